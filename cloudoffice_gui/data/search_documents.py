"""The rows of the full-text search index: one document per searchable record."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterator

CHARS_TABLE = "search_chars_fts"
"""FTS5 table (unicode61, contentless, rowid of ``search_index``) with one token per hanzi."""

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")

# Each kind: SQL yielding (item_id, product_id, title_en, title_zh, *body parts). Quotes and
# notes go into the body so that a phrase from any quote finds the fact that carries it; the
# product's names go into the body of its facts so that "飞书 免费" finds Feishu's offers.
_QUERIES: dict[str, str] = {
    "product": """SELECT p.id, p.id, p.name_en, p.name_zh, p.id, p.aliases, p.summary_en,
        p.summary_zh, v.name_en, v.name_zh, p.launched_quote
        FROM products p JOIN vendors v ON v.id = p.vendor_id""",
    "vendor": "SELECT id, NULL, name_en, name_zh, id, country FROM vendors",
    "feature": """SELECT f.id, NULL, f.name_en, f.name_zh, f.id, f.description_en,
        f.description_zh, g.name_en, g.name_zh, f.unit
        FROM features f JOIN feature_groups g ON g.id = f.group_id""",
    "support": """SELECT s.id, s.product_id, p.name_en || ': ' || f.name_en,
        p.name_zh || ':' || f.name_zh, s.note_en, s.note_zh, s.quote, s.unit
        FROM support s JOIN products p ON p.id = s.product_id
        JOIN features f ON f.id = s.feature_id""",
    "event": """SELECT e.id, e.product_id, e.title_en, e.title_zh, e.quote, e.unit, e.metric,
        m.name_en, m.name_zh, p.name_en, p.name_zh, v.name_en, v.name_zh
        FROM events e LEFT JOIN products p ON p.id = e.product_id
        LEFT JOIN vendors v ON v.id = e.vendor_id LEFT JOIN metrics m ON m.id = e.metric""",
    "offer": """SELECT o.id, o.product_id, o.offer_en, o.offer_zh, o.audience_en,
        o.audience_zh, o.quote, p.name_en, p.name_zh
        FROM offers o JOIN products p ON p.id = o.product_id""",
    "strategy": """SELECT s.id, s.product_id, coalesce(nullif(s.metaphor_en, ''), s.summary_en),
        coalesce(nullif(s.metaphor_zh, ''), s.summary_zh), s.metaphor_en, s.metaphor_zh,
        s.summary_en, s.summary_zh, s.speaker, s.quote, p.name_en, p.name_zh, v.name_en,
        v.name_zh
        FROM strategies s LEFT JOIN products p ON p.id = s.product_id
        LEFT JOIN vendors v ON v.id = s.vendor_id""",
    "source": """SELECT id, NULL, title, title, publisher, author, url, published, note
        FROM sources""",
}

SEARCH_KINDS: tuple[str, ...] = tuple(_QUERIES)
"""The kinds of record the index holds, in the order search results are grouped."""


def search_documents(conn: sqlite3.Connection) -> Iterator[dict[str, object]]:
    """Yield the search-index rows for every record of the built tables."""
    for kind, sql in _QUERIES.items():
        for item_id, product_id, title_en, title_zh, *parts in conn.execute(sql):
            yield {
                "kind": kind,
                "item_id": item_id,
                "product_id": product_id,
                "title_en": title_en or "",
                "title_zh": title_zh or "",
                "body": " ".join(str(p) for p in parts if p),
            }


def is_hanzi(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph that :data:`CHARS_TABLE` holds as its own token."""
    return bool(_CJK.fullmatch(char)) and unicodedata.category(char) == "Lo"


def spaced_hanzi(text: str) -> str:
    """``text`` with a space either side of every hanzi, so unicode61 makes one token of each."""
    return "".join(f" {c} " if is_hanzi(c) else c for c in text)


def fill_chars_index(conn: sqlite3.Connection) -> None:
    """Create :data:`CHARS_TABLE` and index every ``search_index`` row in it."""
    conn.execute(f"CREATE VIRTUAL TABLE {CHARS_TABLE} USING fts5(title_en, title_zh, body, "
                 "content='', tokenize='unicode61')")
    rows = conn.execute("SELECT rowid, title_en, title_zh, body FROM search_index ORDER BY rowid")
    conn.executemany(
        f"INSERT INTO {CHARS_TABLE} (rowid, title_en, title_zh, body) VALUES (?, ?, ?, ?)",
        ((rowid, *(spaced_hanzi(str(v or "")) for v in values)) for rowid, *values in rows))
