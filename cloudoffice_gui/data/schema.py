"""The database schema: one place that both the builder and the reader trust.

The table and column names here are a public contract (see docs/schema.md): people open
the bundled file with Datasette and sqlite-utils, so columns are only ever added.
"""

from __future__ import annotations

SCHEMA_VERSION = 2
"""Stored in ``PRAGMA user_version`` and in ``meta``; bump on any schema change.

Version 2 added: when a claim began, was reported and ended (support, events, offers), the
scope of a feature (``features.applies_to``), the host class and access date of a source, and the
``focus_date`` / ``researched_through`` meta keys. Version-1 files still open: the reader treats
a missing column as empty."""

OLDEST_READABLE_VERSION = 1

LEVELS = ("full", "partial", "none", "unknown")
CONFIDENCES = ("high", "medium", "low")
PRECISIONS = ("day", "month", "year")
EVENT_KINDS = ("launch", "offer", "capacity", "metric", "feature", "strategy", "context")
PRODUCT_CATEGORIES = ("suite", "meeting", "docs", "messaging", "office")
STRATEGY_KINDS = ("platform", "context")
HOST_CLASSES = ("vendor", "news", "reprint", "blog", "aggregator", "other")
"""Who published a source; the confidence a fact may carry follows it (README, Adding a fact)."""


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


def _date_check(column: str, precision_column: str, nullable: bool = True) -> str:
    # Dates are ISO text at the stated precision, so string comparison orders them and a
    # month-precision date never pretends to be a specific day.
    shape = (
        f"(({precision_column} = 'day' AND {column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"
        f" OR ({precision_column} = 'month' AND {column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]')"
        f" OR ({precision_column} = 'year' AND {column} GLOB '[12][0-9][0-9][0-9]'))"
    )
    if nullable:
        return f"CHECK ({column} IS NULL OR {shape})"
    return f"CHECK ({shape})"


def _precision(column: str, nullable: bool = True) -> str:
    check = _in(column, PRECISIONS)
    if nullable:
        return f"{column} TEXT CHECK ({column} IS NULL OR {column} IN ({', '.join(repr(v) for v in PRECISIONS)}))"
    return f"{column} TEXT NOT NULL {check}"


DDL: tuple[str, ...] = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    f"""CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        publisher TEXT,
        author TEXT,
        published TEXT,
        {_precision('published_precision')},
        url TEXT,
        language TEXT NOT NULL,
        kind TEXT NOT NULL,
        confidence TEXT NOT NULL {_in('confidence', CONFIDENCES)},
        note TEXT,
        host_class TEXT CHECK (host_class IS NULL OR host_class IN ({', '.join(repr(v) for v in HOST_CLASSES)})),
        accessed TEXT CHECK (accessed IS NULL OR accessed GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        {_date_check('published', 'published_precision')}
    )""",
    """CREATE TABLE vendors (
        id TEXT PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        country TEXT
    )""",
    f"""CREATE TABLE products (
        id TEXT PRIMARY KEY,
        vendor_id TEXT NOT NULL REFERENCES vendors(id),
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL {_in('category', PRODUCT_CATEGORIES)},
        launched TEXT,
        {_precision('launched_precision')},
        summary_en TEXT NOT NULL DEFAULT '',
        summary_zh TEXT NOT NULL DEFAULT '',
        in_article INTEGER NOT NULL DEFAULT 0 CHECK (in_article IN (0, 1)),
        launched_source_id TEXT REFERENCES sources(id),
        launched_quote TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        {_date_check('launched', 'launched_precision')}
    )""",
    """CREATE TABLE feature_groups (
        id TEXT PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    """CREATE TABLE features (
        id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL REFERENCES feature_groups(id),
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        unit TEXT,
        description_en TEXT NOT NULL DEFAULT '',
        description_zh TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        applies_to TEXT NOT NULL DEFAULT '',
        in_article INTEGER NOT NULL DEFAULT 0 CHECK (in_article IN (0, 1))
    )""",
    f"""CREATE TABLE support (
        id TEXT PRIMARY KEY,
        product_id TEXT NOT NULL REFERENCES products(id),
        feature_id TEXT NOT NULL REFERENCES features(id),
        level TEXT NOT NULL {_in('level', LEVELS)},
        value REAL,
        unit TEXT,
        valid_from TEXT NOT NULL,
        {_precision('valid_from_precision', nullable=False)},
        note_en TEXT NOT NULL DEFAULT '',
        note_zh TEXT NOT NULL DEFAULT '',
        source_id TEXT NOT NULL REFERENCES sources(id),
        quote TEXT NOT NULL,
        confidence TEXT NOT NULL {_in('confidence', CONFIDENCES)},
        ref TEXT,
        began TEXT,
        {_precision('began_precision')},
        reported TEXT,
        {_precision('reported_precision')},
        ended TEXT,
        {_precision('ended_precision')},
        ended_source_id TEXT REFERENCES sources(id),
        ended_quote TEXT,
        {_date_check('valid_from', 'valid_from_precision', nullable=False)},
        {_date_check('began', 'began_precision')},
        {_date_check('reported', 'reported_precision')},
        {_date_check('ended', 'ended_precision')},
        CHECK (began IS NULL OR (valid_from = began AND valid_from_precision = began_precision)),
        CHECK (coalesce(began, '') != '' OR reported IS NULL
               OR (valid_from = reported AND valid_from_precision = reported_precision)),
        CHECK (ended IS NULL OR ended > valid_from)
    )""",
    """CREATE TABLE metrics (
        id TEXT PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        unit_en TEXT NOT NULL,
        unit_zh TEXT NOT NULL
    )""",
    f"""CREATE TABLE events (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        {_precision('date_precision', nullable=False)},
        product_id TEXT REFERENCES products(id),
        vendor_id TEXT REFERENCES vendors(id),
        kind TEXT NOT NULL {_in('kind', EVENT_KINDS)},
        metric TEXT REFERENCES metrics(id),
        title_en TEXT NOT NULL,
        title_zh TEXT NOT NULL,
        value REAL,
        unit TEXT,
        source_id TEXT NOT NULL REFERENCES sources(id),
        quote TEXT NOT NULL,
        confidence TEXT NOT NULL {_in('confidence', CONFIDENCES)},
        ref TEXT,
        reported TEXT,
        {_precision('reported_precision')},
        {_date_check('date', 'date_precision', nullable=False)},
        {_date_check('reported', 'reported_precision')}
    )""",
    f"""CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        product_id TEXT NOT NULL REFERENCES products(id),
        announced TEXT,
        {_precision('announced_precision')},
        starts TEXT,
        ends TEXT,
        audience_en TEXT NOT NULL,
        audience_zh TEXT NOT NULL,
        offer_en TEXT NOT NULL,
        offer_zh TEXT NOT NULL,
        source_id TEXT NOT NULL REFERENCES sources(id),
        quote TEXT NOT NULL,
        confidence TEXT NOT NULL {_in('confidence', CONFIDENCES)},
        ref TEXT,
        reported TEXT,
        {_precision('reported_precision')},
        ends_source_id TEXT REFERENCES sources(id),
        ends_quote TEXT,
        {_date_check('announced', 'announced_precision')},
        {_date_check('reported', 'reported_precision')}
    )""",
    f"""CREATE TABLE strategies (
        id TEXT PRIMARY KEY,
        vendor_id TEXT REFERENCES vendors(id),
        product_id TEXT REFERENCES products(id),
        kind TEXT NOT NULL DEFAULT 'platform' {_in('kind', STRATEGY_KINDS)},
        metaphor_en TEXT NOT NULL DEFAULT '',
        metaphor_zh TEXT NOT NULL DEFAULT '',
        summary_en TEXT NOT NULL,
        summary_zh TEXT NOT NULL,
        speaker TEXT,
        source_id TEXT NOT NULL REFERENCES sources(id),
        quote TEXT NOT NULL,
        confidence TEXT NOT NULL DEFAULT 'high' {_in('confidence', CONFIDENCES)},
        ref TEXT,
        position INTEGER NOT NULL DEFAULT 0
    )""",
)

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("products", ("vendor_id",)),
    ("products", ("category",)),
    ("features", ("group_id", "position")),
    ("support", ("product_id", "feature_id", "valid_from")),
    ("support", ("feature_id",)),
    ("support", ("source_id",)),
    ("events", ("product_id", "date")),
    ("events", ("date",)),
    ("events", ("kind",)),
    ("events", ("metric",)),
    ("events", ("source_id",)),
    ("offers", ("product_id",)),
    ("offers", ("source_id",)),
    ("strategies", ("vendor_id",)),
    ("strategies", ("source_id",)),
)

TABLE_ORDER: tuple[str, ...] = (
    "sources", "vendors", "products", "feature_groups", "features",
    "support", "metrics", "events", "offers", "strategies",
)
"""Tables loaded from resources/data/, in foreign-key order."""

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "sources": ("id", "title", "publisher", "author", "published", "url", "language", "kind"),
    "vendors": ("id", "name_en", "name_zh"),
    "products": ("id", "vendor_id", "name_en", "name_zh", "aliases", "category", "launched",
                 "launched_precision", "summary_en", "summary_zh"),
    "feature_groups": ("id", "name_en", "name_zh", "position"),
    "features": ("id", "group_id", "name_en", "name_zh", "unit", "description_en",
                 "description_zh", "position"),
    "support": ("id", "product_id", "feature_id", "level", "value", "unit", "valid_from",
                "valid_from_precision", "note_en", "note_zh", "source_id", "quote", "confidence"),
    "events": ("id", "date", "date_precision", "product_id", "vendor_id", "kind", "metric",
               "title_en", "title_zh", "value", "unit", "source_id", "quote", "confidence"),
    "offers": ("id", "product_id", "announced", "starts", "ends", "audience_en", "audience_zh",
               "offer_en", "offer_zh", "source_id", "quote", "confidence"),
    "strategies": ("id", "vendor_id", "product_id", "metaphor_en", "metaphor_zh", "summary_en",
                   "summary_zh", "speaker", "source_id", "quote"),
    "metrics": ("id", "name_en", "name_zh", "unit_en", "unit_zh"),
}
"""What the reader needs; a database missing any of these is not one of ours."""

SEARCH_TABLE = "search_index"
"""Denormalised text of every searchable record, indexed with FTS5 (trigram tokenizer)."""
