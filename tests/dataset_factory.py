"""Build small databases from hand-made rows with the real builder, for tests."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from cloudoffice_gui.data import schema
from cloudoffice_gui.data.build import build_database

SOURCE_A = "src-a"
SOURCE_B = "src-b"


def table_columns(table: str) -> list[str]:
    """The column names of ``table`` in our schema, in order."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in schema.DDL:
            conn.execute(statement)
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def write_dataset(data_dir: Path, tables: dict[str, list[dict[str, object]]]) -> Path:
    """Write ``tables`` as CSV data files (missing columns empty) plus dataset.json."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "dataset.json").write_text(
        json.dumps({"data_version": "test-1", "title_en": "Test", "title_zh": "测试",
                    "focus_date": "2020-02-24", "researched_through": "2026-01-01"}),
        encoding="utf-8",
    )
    for table in schema.TABLE_ORDER:
        columns = table_columns(table)
        with (data_dir / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            for row in tables.get(table, []):
                writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return data_dir


def build_small_database(directory: Path, tables: dict[str, list[dict[str, object]]]) -> Path:
    """Write ``tables`` and build them into ``directory/test.db`` with the real builder."""
    data_dir = write_dataset(directory / "data", tables)
    return build_database(data_dir, directory / "test.db", build_date="2026-01-01")


def _support(ident: str, product: str, feature: str, level: str, since: str, **extra: object) -> dict:
    row = {
        "id": ident, "product_id": product, "feature_id": feature, "level": level,
        "valid_from": since, "valid_from_precision": {10: "day", 7: "month"}.get(len(since), "year"),
        "source_id": SOURCE_A, "quote": f"quote {ident}", "confidence": "high",
        "note_en": f"note {ident}", "note_zh": f"注释 {ident}",
    }
    row.update(extra)
    return row


def small_dataset() -> dict[str, list[dict[str, object]]]:
    """Three products, two groups, four features; versioned, disputed and month-precision rows."""
    return {
        "sources": [
            {"id": SOURCE_A, "title": "Source A 来源甲", "publisher": "Pub A", "published": "2020-02-24",
             "published_precision": "day", "url": "https://example.org/a", "language": "zh",
             "kind": "news", "confidence": "high"},
            {"id": SOURCE_B, "title": "Source B", "publisher": "Pub B", "published": "2020-03",
             "published_precision": "month", "url": None, "language": "en", "kind": "blog",
             "confidence": "medium"},
        ],
        "vendors": [
            {"id": "acme", "name_en": "Acme", "name_zh": "阿克米"},
            {"id": "bolt", "name_en": "Bolt", "name_zh": "博尔特"},
        ],
        "products": [
            {"id": "alpha", "vendor_id": "acme", "name_en": "Alpha Talk", "name_zh": "阿尔法",
             "aliases": "AlphaIntl;阿尔法会议", "category": "suite", "launched": "2015",
             "launched_precision": "year", "summary_en": "Alpha summary", "summary_zh": "阿尔法简介",
             "in_article": 1, "launched_source_id": SOURCE_A, "launched_quote": "quote launch",
             "position": 1},
            {"id": "beta", "vendor_id": "acme", "name_en": "Beta Meet", "name_zh": "贝塔会议",
             "aliases": "", "category": "meeting", "launched": "2019-12-25",
             "launched_precision": "day", "summary_en": "Beta summary", "summary_zh": "",
             "in_article": 1, "position": 2},
            {"id": "gamma", "vendor_id": "bolt", "name_en": "Gamma Docs", "name_zh": "伽马文档",
             "aliases": "", "category": "docs", "summary_en": "Gamma summary",
             "summary_zh": "伽马简介", "in_article": 0, "position": 3},
        ],
        "feature_groups": [
            {"id": "meetings", "name_en": "Meetings", "name_zh": "会议", "position": 1},
            {"id": "documents", "name_en": "Documents", "name_zh": "文档", "position": 2},
        ],
        "features": [
            {"id": "video", "group_id": "meetings", "name_en": "Video meetings", "name_zh": "视频会议",
             "position": 1},
            {"id": "capacity", "group_id": "meetings", "name_en": "Meeting capacity",
             "name_zh": "会议人数", "unit": "participants", "position": 2},
            {"id": "editing", "group_id": "documents", "name_en": "Co-editing", "name_zh": "协同编辑",
             "position": 1},
            {"id": "forms", "group_id": "documents", "name_en": "Forms", "name_zh": "收集表",
             "unit": "form fillers", "position": 2},
        ],
        "support": [
            _support("s1", "alpha", "video", "full", "2020-02-24"),
            _support("s2", "beta", "video", "full", "2020-01-24"),
            _support("s3", "beta", "capacity", "full", "2020-01-24", value=100, unit="participants"),
            _support("s4", "beta", "capacity", "full", "2020-01-26", value=300, unit="participants"),
            _support("s5", "alpha", "capacity", "full", "2020-02", value=302, unit="participants"),
            _support("s6", "alpha", "capacity", "partial", "2020-02", value=16, unit="participants",
                     source_id=SOURCE_B, confidence="medium"),
            _support("s7", "gamma", "forms", "full", "2020-02-24", value=7000, unit="form fillers"),
            _support("s8", "gamma", "editing", "full", "2020-02-24"),
            _support("s9", "alpha", "editing", "partial", "2020-02-24"),
        ],
        "metrics": [
            {"id": "dau", "name_en": "Daily active users", "name_zh": "日活跃用户",
             "unit_en": "users", "unit_zh": "用户"},
            {"id": "mau", "name_en": "Monthly active users", "name_zh": "月活跃用户",
             "unit_en": "users", "unit_zh": "用户"},
        ],
        "events": [
            {"id": "e1", "date": "2020-01-24", "date_precision": "day", "product_id": "beta",
             "vendor_id": "acme", "kind": "offer", "title_en": "Beta free for 100",
             "title_zh": "贝塔免费开放100人", "source_id": SOURCE_A, "quote": "quote e1",
             "confidence": "high"},
            {"id": "e2", "date": "2020-02", "date_precision": "month", "product_id": "alpha",
             "vendor_id": "acme", "kind": "metric", "metric": "dau", "value": 150000000,
             "unit": "users", "title_en": "Alpha DAU 150M", "title_zh": "阿尔法日活1.5亿",
             "source_id": SOURCE_B, "quote": "quote e2", "confidence": "medium"},
            {"id": "e3", "date": "2020-01-01", "date_precision": "day", "product_id": "alpha",
             "vendor_id": "acme", "kind": "metric", "metric": "dau", "value": 26100000,
             "unit": "users", "title_en": "Alpha DAU 26.1M", "title_zh": "阿尔法日活2610万",
             "source_id": SOURCE_B, "quote": "quote e3", "confidence": "high"},
            {"id": "e4", "date": "2020-03", "date_precision": "month", "product_id": "beta",
             "vendor_id": "acme", "kind": "metric", "metric": "mau", "value": 58200000,
             "unit": "users", "title_en": "Beta MAU 58.2M", "title_zh": "贝塔月活5820万",
             "source_id": SOURCE_B, "quote": "quote e4", "confidence": "high"},
            {"id": "e5", "date": "2019", "date_precision": "year", "product_id": None,
             "vendor_id": None, "kind": "context", "title_en": "Market context",
             "title_zh": "市场背景", "source_id": SOURCE_A, "quote": "quote e5",
             "confidence": "high"},
        ],
        "offers": [
            {"id": "o1", "product_id": "beta", "announced": "2020-01-24", "announced_precision": "day",
             "starts": "2020-01-24", "audience_en": "All users", "audience_zh": "所有用户",
             "offer_en": "Free 100-person meetings", "offer_zh": "免费100人会议",
             "source_id": SOURCE_A, "quote": "quote o1", "confidence": "high"},
            {"id": "o2", "product_id": "alpha", "announced": "2020-02", "announced_precision": "month",
             "starts": "2020-02", "ends": "2023-02", "audience_en": "Hospitals and schools",
             "audience_zh": "医院和学校", "offer_en": "Three years free", "offer_zh": "三年免费",
             "source_id": SOURCE_B, "quote": "quote o2", "confidence": "medium"},
        ],
        "strategies": [
            {"id": "st1", "vendor_id": "acme", "product_id": "alpha", "kind": "platform",
             "metaphor_en": "Universal chassis", "metaphor_zh": "通用底盘",
             "summary_en": "Alpha wants to be a chassis", "summary_zh": "阿尔法想做底盘",
             "speaker": "CEO", "source_id": SOURCE_A, "quote": "quote st1", "confidence": "high",
             "position": 1},
            {"id": "st2", "vendor_id": None, "product_id": None, "kind": "context",
             "summary_en": "Analyst view", "summary_zh": "分析师观点", "speaker": "Analyst",
             "source_id": SOURCE_A, "quote": "quote st2", "confidence": "high", "position": 2},
        ],
    }
