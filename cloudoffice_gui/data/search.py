"""Global search over the ``search_index`` table, in Chinese and English (no Qt).

The builder indexes every record with FTS5's trigram tokenizer, which finds any substring of
three or more characters (SQLite's default tokenizer would treat a run of hanzi as one word).
Shorter terms ("钉", "飞书") cannot form a trigram: runs of hanzi are phrase queries on
``search_chars_fts`` (one token per hanzi); short Latin terms, and any term no index answers,
are matched with an escaped LIKE. Only the first matches (and first title matches) are ranked. Whatever the user types is data: FTS input is quoted
as one phrase and LIKE input is escaped, so ``"``, ``AND(``, ``*`` or ``%`` are just text.
"""

from __future__ import annotations

import heapq
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from cloudoffice_gui.data import schema
from cloudoffice_gui.data.database import CloudOfficeDatabase
from cloudoffice_gui.data.errors import DatabaseError
from cloudoffice_gui.data.records import localized
from cloudoffice_gui.data.search_documents import CHARS_TABLE, SEARCH_KINDS, is_hanzi

KIND_ORDER: tuple[str, ...] = SEARCH_KINDS
"""Order of result groups whose best hits rank the same: products first, sources last."""

MAX_QUERY_CHARS = 200
"""Longer input is cut: nobody searches for a paragraph, and it bounds the work per keystroke."""

_FTS_MIN_CHARS = 3  # the trigram tokenizer cannot match anything shorter
_CANDIDATES = 500  # matches ranked per pass: the dialog shows at most 50 per kind
_SNIPPET_BEFORE, _SNIPPET_AFTER = 12, 60  # a short lead-in keeps the match visible when elided
_FTS_TABLE = f"{schema.SEARCH_TABLE}_fts"
_KIND_RANK = {kind: n for n, kind in enumerate(KIND_ORDER)}
_ESCAPE = "ESCAPE '\\'"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


@dataclass(frozen=True)
class SearchHit:
    """One record that matches: its kind and id, its product (if any) and its title."""

    kind: str
    item_id: str
    product_id: str | None
    title: str
    title_en: str = ""
    title_zh: str = ""
    snippet: str = ""
    """Plain text around the first match in the body (its start when only the title matches)."""
    rank: int = 0
    """0 title equals the text, 1 title starts with it, 2 title contains it, 3 body only."""

    def title_in(self, lang: str) -> tuple[str, bool]:
        """The title in ``lang`` and whether it fell back to the other language."""
        return localized(self.title_en, self.title_zh, lang)


def clean_query(text: str) -> str:
    """``text`` as search input: valid UTF-8, no control characters, trimmed and bounded."""
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    # Control and format characters (NUL, bidi overrides) become spaces; unassigned code
    # points stay, as they may be hanzi newer than this Python's Unicode tables.
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf") else c for c in text)
    return " ".join(text.split())[:MAX_QUERY_CHARS].strip()


def query_language(text: str) -> str:
    """'zh' when ``text`` contains a Chinese character, else 'en' (for choosing titles)."""
    return "zh" if _CJK.search(text) else "en"


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 phrase: wrapped in double quotes, inner quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """A LIKE pattern matching ``term`` anywhere, for ``ESCAPE '\\'``."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(db: CloudOfficeDatabase, text: str, lang: str | None = None,
           limit: int = 50) -> list[SearchHit]:
    """Records whose titles or texts contain every word of ``text``, grouped by kind and ranked.

    Within a kind, title matches come first; kinds follow their best hit, then
    :data:`KIND_ORDER`. Both languages are always searched; ``lang`` only chooses the language of the titles
    (by default the language of ``text``). At most ``limit`` hits are returned per kind.
    """
    query = clean_query(text)
    if not query or limit < 1 or not _has_index(db):
        return []
    title_lang = lang if lang in ("zh", "en") else query_language(query)
    terms = list(dict.fromkeys(query.split()))
    params: dict[str, str] = {"q": like_pattern(query)[1:-1], "prefix": like_pattern(query)[1:]}
    # SQLite ranks the candidates cheaply (its LIKE folds ASCII case only); Python then reads
    # titles and bodies of the best few per kind alone: "a" may match 100,000 rows.
    candidates = _candidates(db, _plan(db, terms, params))
    params["ids"] = json.dumps(candidates)
    matches = db.execute(
        f"SELECT s.rowid, s.kind, {_title_rank_sql(len(terms))} FROM {schema.SEARCH_TABLE} AS s "
        "WHERE s.rowid IN (SELECT value FROM json_each(:ids))", params)
    rows = _rows(db, _best_per_kind(matches, limit))
    aliases = _aliases(db) if any(r[0] == "product" for r in rows) else {}
    hits = [_hit(row, query, terms, title_lang, aliases.get(row[1], ())) for row in rows]
    # A group whose best hit matches by title comes before one that matches only in texts,
    # so Enter on "底盘" opens the "universal chassis" strategy; ties keep KIND_ORDER.
    best: dict[str, int] = {}
    for hit in hits:
        best[hit.kind] = min(hit.rank, best.get(hit.kind, hit.rank))
    hits.sort(key=lambda h: (best[h.kind], _KIND_RANK.get(h.kind, len(_KIND_RANK)), h.kind,
                             h.rank, h.title.casefold(), h.item_id))
    counts: dict[str, int] = {}
    kept = []
    for hit in hits:
        counts[hit.kind] = counts.get(hit.kind, 0) + 1
        if counts[hit.kind] <= limit:
            kept.append(hit)
    return kept


def group_by_kind(hits: Iterable[SearchHit]) -> dict[str, list[SearchHit]]:
    """``hits`` grouped by kind, keeping their order (kinds in order of first appearance)."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return groups


def _has_index(db: CloudOfficeDatabase) -> bool:
    # A database from another builder may lack the index; search then finds nothing.
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    return schema.SEARCH_TABLE in names


def _fts_knows(db: CloudOfficeDatabase, phrase: str) -> bool:
    try:
        return bool(db.execute(
            f"SELECT 1 FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? LIMIT 1", (phrase,)))
    except DatabaseError:
        return False  # no FTS table (or no FTS5 in this SQLite): LIKE still answers


@dataclass
class _Plan:
    """How to find the rows holding every term: FTS expressions per table, LIKE checks."""

    params: dict[str, str]
    fts: dict[str, list[str]]  # table -> phrases, all required
    likes: list[int]  # indexes n of the :cN patterns that LIKE must check


def _index_ready(db: CloudOfficeDatabase, table: str) -> bool:
    """Whether ``table`` indexes the last row of the search table (so no hit means none)."""
    try:
        last = db.execute(f"SELECT max(rowid) FROM {schema.SEARCH_TABLE}")[0][0]
        indexed = db.execute(f"SELECT max(id) FROM {table}_docsize")[0][0]
    except DatabaseError:
        return False  # no such table, or not an FTS5 table of ours
    return last == indexed


def _plan(db: CloudOfficeDatabase, terms: list[str], params: dict[str, str]) -> _Plan:
    """Each term answered by the trigram index (3+ characters), the hanzi index, or LIKE."""
    plan = _Plan(params, {_FTS_TABLE: [], CHARS_TABLE: []}, [])
    ready = {table: _index_ready(db, table) for table in plan.fts}
    for n, term in enumerate(terms):
        params[f"c{n}"] = like_pattern(term)
        if len(term) >= _FTS_MIN_CHARS:
            phrase = fts_phrase(term)
            # An index that may lag its table (another builder) is used only when it knows the term.
            if ready[_FTS_TABLE] or _fts_knows(db, phrase):
                plan.fts[_FTS_TABLE].append(phrase)
                continue
        elif ready[CHARS_TABLE] and (hanzi := [c for c in term if is_hanzi(c)]):
            plan.fts[CHARS_TABLE].append(fts_phrase(" ".join(hanzi)))
            if len(hanzi) == len(term):
                continue  # a run of hanzi as a phrase of single-hanzi tokens: exact
        # Shorter than a trigram and not all hanzi, or unknown to the index: escaped LIKE.
        plan.likes.append(n)
    return plan


def _candidates(db: CloudOfficeDatabase, plan: _Plan) -> list[int]:
    """Rowids worth ranking: the first matches in index order, plus the first title matches.

    Capping keeps a broad term ("a", "会") cheap; the title pass keeps title matches ranked first.
    """
    found = _matching(db, plan, titles_only=False)
    if len(found) < _CANDIDATES:
        return found  # that is every match
    return sorted(set(found) | set(_matching(db, plan, titles_only=True)))


def _matching(db: CloudOfficeDatabase, plan: _Plan, titles_only: bool) -> list[int]:
    tables = [(table, phrases) for table, phrases in plan.fts.items() if phrases]
    conditions, params = [], dict(plan.params)
    for n in plan.likes:
        columns = ("title_en", "title_zh") if titles_only else ("title_en", "title_zh", "body")
        conditions.append("(" + " OR ".join(f"s.{c} LIKE :c{n} {_ESCAPE}" for c in columns) + ")")
    for table, phrases in tables:
        expression = " AND ".join(phrases)
        params[table] = f"{{title_en title_zh}} : ({expression})" if titles_only else expression
    if tables:
        # The first index drives the scan in rowid order, so LIMIT stops it early.
        driver, _ = tables[0]
        source = f"{driver} CROSS JOIN {schema.SEARCH_TABLE} AS s ON s.rowid = {driver}.rowid"
        conditions.insert(0, f"{driver} MATCH :{driver}")
        conditions += [f"s.rowid IN (SELECT rowid FROM {t} WHERE {t} MATCH :{t})"
                       for t, _ in tables[1:]]
    else:
        source = f"{schema.SEARCH_TABLE} AS s"
    sql = f"SELECT s.rowid FROM {source} WHERE {' AND '.join(conditions)} LIMIT {_CANDIDATES}"
    try:
        return [row[0] for row in db.execute(sql, params)]
    except DatabaseError:
        return []  # e.g. a hanzi the index's tokenizer does not take as a token


def _title_rank_sql(term_count: int) -> str:
    """SQL for the rank: 0 title equals the text, 1 starts with it, 2 has every term, 3 none."""
    def each(column: str) -> str:
        return " AND ".join(f"s.{column} LIKE :c{n} {_ESCAPE}" for n in range(term_count))

    return (f"CASE WHEN s.title_en LIKE :q {_ESCAPE} OR s.title_zh LIKE :q {_ESCAPE} THEN 0 "
            f"WHEN s.title_en LIKE :prefix {_ESCAPE} OR s.title_zh LIKE :prefix {_ESCAPE} THEN 1 "
            f"WHEN ({each('title_en')}) OR ({each('title_zh')}) THEN 2 ELSE 3 END")


def _best_per_kind(matches: list[tuple], limit: int) -> list[int]:
    """Rowids of the best ``limit`` matches of each kind (by rank, then index order).

    Products are all kept: there are few, and an alias match ranks them higher later on.
    """
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for rowid, kind, rank in matches:
        by_kind.setdefault(kind, []).append((rank, rowid))
    chosen: list[int] = []
    for kind, entries in by_kind.items():
        best = entries if kind == "product" else heapq.nsmallest(limit, entries)
        chosen += [rowid for _rank, rowid in best]
    return chosen


def _rows(db: CloudOfficeDatabase, rowids: list[int]) -> list[tuple]:
    rows: list[tuple] = []
    for start in range(0, len(rowids), 500):  # stay under SQLite's bound-parameter limit
        chunk = rowids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows += db.execute(
            f"SELECT s.kind, s.item_id, s.product_id, s.title_en, s.title_zh, s.body "
            f"FROM {schema.SEARCH_TABLE} AS s WHERE s.rowid IN ({marks})", chunk)
    return rows


def _aliases(db: CloudOfficeDatabase) -> dict[str, tuple[str, ...]]:
    try:
        return {p.id: p.aliases for p in db.products()}
    except DatabaseError:
        return {}


def _hit(row: tuple, query: str, terms: list[str], lang: str,
         aliases: tuple[str, ...]) -> SearchHit:
    # A database from elsewhere may hold numbers or bytes in any cell of the index.
    kind, item_id, product_id, title_en, title_zh, body = (_as_text(value) for value in row)
    product_id = product_id or None
    title = localized(title_en, title_zh, lang)[0] or str(item_id)
    folded = query.casefold()
    titles = [t.casefold() for t in (title_en, title_zh) if t]
    # Aliases ("Lark", "VooV") are names too: an alias match ranks like a title match.
    titles += [a.casefold() for a in aliases]
    if folded in titles:
        rank = 0
    elif any(t.startswith(folded) for t in titles):
        rank = 1
    elif any(all(term.casefold() in t for term in terms) for t in titles):
        rank = 2
    else:
        rank = 3
    return SearchHit(kind, str(item_id), product_id, title, title_en, title_zh,
                     _snippet(body or "", terms[0]), rank)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _snippet(body: str, term: str) -> str:
    match = re.search(re.escape(term), body, re.IGNORECASE)
    if match is None:
        return body[:_SNIPPET_BEFORE + _SNIPPET_AFTER]
    start = max(0, match.start() - _SNIPPET_BEFORE)
    end = min(len(body), match.end() + _SNIPPET_AFTER)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")
