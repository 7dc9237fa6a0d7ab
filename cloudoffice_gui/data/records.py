"""Frozen dataclasses for the records the app reads; no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field


def localized(en: str | None, zh: str | None, lang: str) -> tuple[str, bool]:
    """The text in ``lang`` ('zh' or 'en'), falling back to the other; True if it fell back."""
    first, second = (zh, en) if lang == "zh" else (en, zh)
    if first:
        return first, False
    return (second or ""), bool(second)


@dataclass(frozen=True, slots=True)
class Source:
    """A public source that facts cite, with how far we trust it."""

    id: str
    title: str
    publisher: str | None
    author: str | None
    published: str | None
    published_precision: str | None
    url: str | None
    language: str
    kind: str
    confidence: str
    note: str | None
    host_class: str | None = None
    accessed: str | None = None


@dataclass(frozen=True, slots=True)
class Vendor:
    """A company that makes one or more products."""

    id: str
    name_en: str
    name_zh: str
    country: str | None

    def name(self, lang: str) -> str:
        """The vendor's name in ``lang``."""
        return localized(self.name_en, self.name_zh, lang)[0]


@dataclass(frozen=True, slots=True)
class Product:
    """A collaboration product (DingTalk, Tencent Meeting, ...)."""

    id: str
    vendor_id: str
    name_en: str
    name_zh: str
    aliases: tuple[str, ...]
    category: str
    launched: str | None
    launched_precision: str | None
    summary_en: str
    summary_zh: str
    in_article: bool
    launched_source_id: str | None
    launched_quote: str | None
    position: int

    def name(self, lang: str) -> str:
        """The product's name in ``lang``."""
        return localized(self.name_en, self.name_zh, lang)[0]

    def summary(self, lang: str) -> tuple[str, bool]:
        """The summary in ``lang`` and whether it fell back to the other language."""
        return localized(self.summary_en, self.summary_zh, lang)


@dataclass(frozen=True, slots=True)
class FeatureGroup:
    """A section of the feature matrix."""

    id: str
    name_en: str
    name_zh: str
    position: int

    def name(self, lang: str) -> str:
        """The group's name in ``lang``."""
        return localized(self.name_en, self.name_zh, lang)[0]


@dataclass(frozen=True, slots=True)
class Feature:
    """A row of the feature matrix."""

    id: str
    group_id: str
    name_en: str
    name_zh: str
    unit: str | None
    description_en: str
    description_zh: str
    position: int
    applies_to: tuple[str, ...] = ()
    in_article: bool = False

    def name(self, lang: str) -> str:
        """The feature's name in ``lang``."""
        return localized(self.name_en, self.name_zh, lang)[0]

    def applies(self, category: str) -> bool:
        """Whether a product of ``category`` is in this feature's scope (empty scope: all)."""
        return not self.applies_to or category in self.applies_to


@dataclass(frozen=True, slots=True)
class SupportRow:
    """One sourced statement of a product's support for a feature, valid from a date on."""

    id: str
    product_id: str
    feature_id: str
    level: str
    value: float | None
    unit: str | None
    valid_from: str
    valid_from_precision: str
    note_en: str
    note_zh: str
    source_id: str
    quote: str
    confidence: str
    ref: str | None = None
    began: str | None = None
    began_precision: str | None = None
    reported: str | None = None
    reported_precision: str | None = None
    ended: str | None = None
    ended_precision: str | None = None
    ended_source_id: str | None = None
    ended_quote: str | None = None

    @property
    def reported_only(self) -> bool:
        """True when no source gives a start: the row counts from its report date, "at least since"."""
        return self.began is None and self.reported is not None

    @property
    def last_evidence(self) -> str:
        """The newest date this row's sources speak for the claim (report, else start)."""
        return max(d for d in (self.valid_from, self.reported) if d)


@dataclass(frozen=True, slots=True)
class Metric:
    """A kind of figure (daily active users, meeting capacity, ...) with its unit."""

    id: str
    name_en: str
    name_zh: str
    unit_en: str
    unit_zh: str

    def name(self, lang: str) -> str:
        """The metric's name in ``lang``."""
        return localized(self.name_en, self.name_zh, lang)[0]

    def unit(self, lang: str) -> str:
        """The metric's unit in ``lang``."""
        return localized(self.unit_en, self.unit_zh, lang)[0]


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening: a launch, an offer, a capacity change, a reported figure, ..."""

    id: str
    date: str
    date_precision: str
    product_id: str | None
    vendor_id: str | None
    kind: str
    metric: str | None
    title_en: str
    title_zh: str
    value: float | None
    unit: str | None
    source_id: str
    quote: str
    confidence: str
    ref: str | None = None
    reported: str | None = None
    reported_precision: str | None = None

    def title(self, lang: str) -> tuple[str, bool]:
        """The title in ``lang`` and whether it fell back to the other language."""
        return localized(self.title_en, self.title_zh, lang)


@dataclass(frozen=True, slots=True)
class Offer:
    """A free or discounted offer: who qualifies, what they get, for how long."""

    id: str
    product_id: str
    announced: str | None
    announced_precision: str | None
    starts: str | None
    ends: str | None
    audience_en: str
    audience_zh: str
    offer_en: str
    offer_zh: str
    source_id: str
    quote: str
    confidence: str
    ref: str | None = None
    reported: str | None = None
    reported_precision: str | None = None
    ends_source_id: str | None = None
    ends_quote: str | None = None


@dataclass(frozen=True, slots=True)
class Strategy:
    """A vendor's platform strategy, or a piece of the article's context, with its quote."""

    id: str
    vendor_id: str | None
    product_id: str | None
    kind: str
    metaphor_en: str
    metaphor_zh: str
    summary_en: str
    summary_zh: str
    speaker: str | None
    source_id: str
    quote: str
    confidence: str
    ref: str | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What the database says about itself, for the status bar and the About dialog."""

    path: str
    schema_version: int
    data_version: str
    build_date: str
    title_en: str
    title_zh: str
    counts: dict[str, int] = field(default_factory=dict)
    focus_date: str | None = None
    researched_through: str | None = None
