"""Write a synthetic CloudOffice Compare database of research scale, reproducible from a seed.

    .venv/bin/python benchmarks/make_large_db.py --seed 1 --output /tmp/large.db

Defaults: 1,000 products, 500 features in 25 groups with support history (several rows per
cell over time for a good share of cells, a few disputed cells), 100,000 events of every kind
and precision (a third of them figures), offers, strategies and 2,000 sources. Every text is
made up and says so ("Synthetic ..."): this file exists to time the app, never to be read.

Rows go in with plain ``sqlite3.executemany`` into tables made from ``schema.DDL``; indexes,
the search index, ``meta`` and ``user_version`` are then made as the real builder makes them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import itertools
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cloudoffice_gui.data import schema  # noqa: E402
from cloudoffice_gui.data.build import build_search_index  # noqa: E402

BUILD_DATE = "2026-01-01"
_FIRST_DAY = dt.date(2012, 1, 1).toordinal()
_LAST_DAY = dt.date(2024, 12, 31).toordinal()
_WORDS = ("Cloud", "Team", "Meet", "Doc", "Link", "Flow", "Desk", "Chat", "Work", "Hub",
          "Sync", "Note", "Board", "Space", "Wave", "Bridge", "Pilot", "Nest", "Loop", "Beam")
_HANZI = "云协同会议文档办公钉飞书企业微信腾讯金山智能远程视频表格直播通讯平台连接数据安全"
_METRICS = (("dau", "Daily active users", "日活跃用户数", "users", "用户"),
            ("mau", "Monthly active users", "月活跃用户数", "users", "用户"),
            ("enterprises", "Organisations", "企业组织数", "organisations", "企业组织"),
            ("meeting-minutes", "Meeting minutes", "会议分钟数", "minutes", "分钟"),
            ("paid-customers", "New paid customers", "新增付费客户数", "customers", "客户"),
            ("downloads", "Downloads", "下载量", "downloads", "次下载"))
_UNITS = (None, None, None, "participants", "form fillers", "GB", "viewers")


class _Maker:
    """Draws every row from one ``random.Random`` so a seed fixes the whole database."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def hanzi(self, low: int, high: int) -> str:
        """A made-up Chinese name of ``low`` to ``high`` characters."""
        return "".join(self.rng.choices(_HANZI, k=self.rng.randint(low, high)))

    def date(self, low: int = _FIRST_DAY, high: int = _LAST_DAY) -> tuple[str, str, int]:
        """(ISO text, precision, ordinal): mostly days, some months, a few years."""
        day = dt.date.fromordinal(self.rng.randint(low, high))
        draw = self.rng.random()
        if draw < 0.7:
            return day.isoformat(), "day", day.toordinal()
        if draw < 0.93:
            return day.isoformat()[:7], "month", day.replace(day=1).toordinal()
        return str(day.year), "year", dt.date(day.year, 1, 1).toordinal()


def _sources(m: _Maker, count: int) -> list[tuple]:
    rows = []
    for n in range(count):
        published, precision, _ = m.date()
        rows.append((f"src-{n:05d}", f"Synthetic source {n} {m.hanzi(4, 10)}", f"Publisher {n % 97}",
                     None, published, precision, f"https://example.org/synthetic/{n}",
                     m.rng.choice(("zh", "en")), m.rng.choice(("news", "blog", "report", "vendor")),
                     m.rng.choice(schema.CONFIDENCES), "Synthetic benchmark source."))
    return rows


def _vendors(m: _Maker, count: int) -> list[tuple]:
    return [(f"vendor-{n:04d}", f"{m.rng.choice(_WORDS)}{m.rng.choice(_WORDS)} Corp {n}",
             f"{m.hanzi(2, 4)}公司{n}", m.rng.choice(("CN", "US", "JP", "DE"))) for n in range(count)]


def _products(m: _Maker, count: int, vendors: list[tuple], sources: list[tuple]) -> list[tuple]:
    rows = []
    for n in range(count):
        launched, precision, _ = m.date(_FIRST_DAY - 3000, _LAST_DAY - 2000)
        name = f"{m.rng.choice(_WORDS)} {m.rng.choice(_WORDS)} {n}"
        zh = f"{m.hanzi(2, 5)}{n}"
        source = m.rng.choice(sources)[0]
        rows.append((f"prod-{n:05d}", m.rng.choice(vendors)[0], name, zh,
                     f"{name.replace(' ', '')};{zh}版" if n % 3 == 0 else "",
                     m.rng.choice(schema.PRODUCT_CATEGORIES), launched, precision,
                     f"Synthetic product {n} for benchmarks.", f"用于性能测试的虚构产品{n}。",
                     1 if n < 6 else 0, source, f"Synthetic launch quote {n}", n))
    return rows


def _features(m: _Maker, count: int, group_count: int) -> tuple[list[tuple], list[tuple]]:
    groups = [(f"group-{g:03d}", f"Synthetic group {g}", f"虚构分组{g}{m.hanzi(2, 3)}", g)
              for g in range(group_count)]
    features = []
    for n in range(count):
        group = groups[n % group_count][0]
        features.append((f"feat-{n:04d}", group, f"Synthetic feature {n} {m.rng.choice(_WORDS)}",
                         f"虚构功能{n}{m.hanzi(2, 4)}", m.rng.choice(_UNITS),
                         f"Synthetic description {n}.", f"虚构说明{n}。", n // group_count))
    return groups, features


def _support(m: _Maker, products: list[tuple], features: list[tuple],
             sources: list[tuple]) -> Iterator[tuple]:
    # Each product covers 5-30% of the features; 40% of covered cells change over time
    # (2-4 rows) and 2% are disputed (two sources, same date, different claims).
    levels = ("full", "full", "partial", "none", "unknown")
    n = 0
    for product in products:
        share = m.rng.uniform(0.05, 0.30)
        for feature in m.rng.sample(features, int(len(features) * share)):
            history = 1 if m.rng.random() < 0.6 else m.rng.randint(2, 4)
            dates = sorted(m.date() for _ in range(history))
            value = float(m.rng.choice((50, 100, 300, 500, 1000))) if feature[4] else None
            for text, precision, _ in dates:
                level = m.rng.choice(levels)
                claims = [(level, value)]
                if m.rng.random() < 0.02:
                    claims.append(("partial" if level == "full" else "full",
                                   value * 2 if value else None))
                for level, figure in claims:
                    n += 1
                    yield (f"sup-{n:07d}", product[0], feature[0], level, figure,
                           feature[4] if figure is not None else None, text, precision,
                           f"Synthetic note {n}", f"虚构注释{n}", m.rng.choice(sources)[0],
                           f"Synthetic quote {n}: {product[3]}{feature[3]}", m.rng.choice(schema.CONFIDENCES),
                           "synthetic")
                if value:
                    value *= 2


def _events(m: _Maker, count: int, products: list[tuple], sources: list[tuple]) -> Iterator[tuple]:
    kinds = [k for k in schema.EVENT_KINDS if k != "metric"]
    for n in range(count):
        text, precision, _ = m.date()
        product = m.rng.choice(products) if m.rng.random() < 0.95 else None
        kind = "metric" if m.rng.random() < 0.35 else m.rng.choice(kinds)
        if product is None and kind != "metric":
            kind = "context"
        metric = m.rng.choice(_METRICS)[0] if kind == "metric" else None
        value = float(m.rng.randint(1, 500) * 100_000) if metric else None
        yield (f"ev-{n:07d}", text, precision, product[0] if product else None,
               product[1] if product else None, kind, metric,
               f"Synthetic {kind} event {n}", f"虚构{kind}事件{n}{m.hanzi(2, 6)}", value,
               "users" if metric else None, m.rng.choice(sources)[0],
               f"Synthetic event quote {n} {m.hanzi(4, 12)}", m.rng.choice(schema.CONFIDENCES),
               "synthetic")


def _offers(m: _Maker, products: list[tuple], sources: list[tuple]) -> Iterator[tuple]:
    n = 0
    for product in products:
        for _ in range(m.rng.randint(0, 6)):
            n += 1
            announced, precision, _ = m.date()
            yield (f"offer-{n:06d}", product[0], announced, precision, announced,
                   None, f"Synthetic audience {n}", f"虚构对象{n}", f"Synthetic offer {n}",
                   f"虚构优惠{n}{m.hanzi(2, 6)}", m.rng.choice(sources)[0],
                   f"Synthetic offer quote {n}", m.rng.choice(schema.CONFIDENCES), "synthetic")


def _strategies(m: _Maker, vendors: list[tuple], sources: list[tuple]) -> list[tuple]:
    rows = []
    for n, vendor in enumerate(vendors):
        rows.append((f"strat-{n:05d}", vendor[0], None, "platform" if n % 10 else "context",
                     f"Synthetic metaphor {n}", f"虚构比喻{n}", f"Synthetic strategy {n}",
                     f"虚构战略{n}{m.hanzi(4, 10)}", None, m.rng.choice(sources)[0],
                     f"Synthetic strategy quote {n}", "high", "synthetic", n))
    return rows


def _insert(conn: sqlite3.Connection, table: str, rows: Iterator[tuple] | list[tuple]) -> int:
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    # Rows name the schema-1 columns; columns added later stay at their defaults.
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")][:len(first)]
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
    before = conn.total_changes
    conn.executemany(sql, itertools.chain((first,), rows))
    return conn.total_changes - before


def make_large_database(output: Path, seed: int = 1, products: int = 1000, features: int = 500,
                        events: int = 100_000, sources: int = 2000) -> dict[str, int]:
    """Write the synthetic database to ``output`` (replacing it); returns row counts."""
    m = _Maker(seed)
    output.parent.mkdir(parents=True, exist_ok=True)
    temp = output.with_name(f".{output.name}.tmp")
    temp.unlink(missing_ok=True)
    conn = sqlite3.connect(temp)
    counts: dict[str, int] = {}
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: index and FTS builds stay in memory
        for statement in schema.DDL:
            conn.execute(statement)
        source_rows = _sources(m, sources)
        vendor_rows = _vendors(m, max(6, products // 5))
        product_rows = _products(m, products, vendor_rows, source_rows)
        group_rows, feature_rows = _features(m, features, max(1, features // 20))
        metric_rows = list(_METRICS)
        with conn:
            counts["sources"] = _insert(conn, "sources", source_rows)
            counts["vendors"] = _insert(conn, "vendors", vendor_rows)
            counts["products"] = _insert(conn, "products", product_rows)
            counts["feature_groups"] = _insert(conn, "feature_groups", group_rows)
            counts["features"] = _insert(conn, "features", feature_rows)
            counts["support"] = _insert(conn, "support", _support(m, product_rows, feature_rows, source_rows))
            counts["metrics"] = _insert(conn, "metrics", metric_rows)
            counts["events"] = _insert(conn, "events", _events(m, events, product_rows, source_rows))
            counts["offers"] = _insert(conn, "offers", _offers(m, product_rows, source_rows))
            counts["strategies"] = _insert(conn, "strategies", _strategies(m, vendor_rows, source_rows))
        db = sqlite_utils.Database(conn)
        for table, columns in schema.INDEXES:
            db[table].create_index(list(columns))
        build_search_index(db)
        meta = {
            "schema_version": str(schema.SCHEMA_VERSION),
            "data_version": f"synthetic-seed-{seed}",
            "build_date": BUILD_DATE,
            "data_sha256": _inputs_hash(seed, products, features, events, sources),
            "title_en": f"Synthetic benchmark dataset (seed {seed}); not real data",
            "title_zh": f"性能测试用虚构数据集(种子 {seed});非真实数据",
        }
        with conn:
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        # No VACUUM (the builder's last step): a file written in one go has nothing to
        # reclaim, and vacuuming 250 MB would add seconds for nothing.
    finally:
        conn.close()
    temp.replace(output)
    return counts


def _inputs_hash(*parameters: int) -> str:
    # Like the builder's fingerprint of its CSV files: what the rows were made from.
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(repr(parameters).encode())
    return digest.hexdigest()


def _rows_hash(conn: sqlite3.Connection, tables: tuple[str, ...] = schema.TABLE_ORDER) -> str:
    digest = hashlib.sha256()
    for table in tables:
        digest.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def content_hash(path: Path) -> str:
    """SHA-256 over every row of the data tables, ``meta`` and the search index, in order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _rows_hash(conn, (*schema.TABLE_ORDER, "meta", schema.SEARCH_TABLE))
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    """Command line: write the database and print its row counts and content hash."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, default=Path("/tmp/cloudoffice-large.db"))
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--features", type=int, default=500)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--sources", type=int, default=2000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = make_large_database(args.output, args.seed, args.products, args.features,
                                 args.events, args.sources)
    seconds = time.perf_counter() - started
    print(", ".join(f"{table} {count}" for table, count in counts.items()))
    print(f"wrote {args.output} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
