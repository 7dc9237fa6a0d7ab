"""The plain records a comparison report is made of, and the citation numbering; no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cloudoffice_gui.data.records import Source
from cloudoffice_gui.data.timeline_data import MetricSeries, TimelineData
from cloudoffice_gui.export.report_labels import label


def number_text(value: float) -> str:
    """A figure with thousands separators and without a spurious '.0'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class Citations:
    """Numbers sources in the order the report first cites them."""

    def __init__(self, sources: dict[str, Source]) -> None:
        self._sources = sources
        self._numbers: dict[str, int] = {}

    def cite(self, source_id: str) -> int:
        """The number of ``source_id``, given the next free one on its first citation."""
        if source_id not in self._numbers:
            self._numbers[source_id] = len(self._numbers) + 1
        return self._numbers[source_id]

    def numbered(self) -> list[tuple[int, Source]]:
        """(number, source) in number order; ids the database lacks get a stand-in entry."""
        result = []
        for source_id, number in sorted(self._numbers.items(), key=lambda kv: kv[1]):
            source = self._sources.get(source_id) or Source(
                id=source_id, title=source_id, publisher=None, author=None, published=None,
                published_precision=None, url=None, language="", kind="", confidence="low",
                note=None)
            result.append((number, source))
        return result


@dataclass(frozen=True)
class ProductProfile:
    """A product's profile: names, vendor, category, launch date with its citation, summary."""

    product_id: str
    name: str
    other_name: str
    """The name in the other language when it differs ('DingTalk' in a Chinese report)."""
    vendor: str
    category: str
    launched: str
    aliases: str
    summary: str


@dataclass(frozen=True)
class MatrixCell:
    """One matrix cell on the as-of date, as words: glyph, level, figure, since when, sources."""

    level: str
    glyph: str
    level_text: str
    value_text: str
    since_text: str
    citations: tuple[int, ...]
    stale: bool = False

    def lines(self) -> list[str]:
        """The cell's lines; the citation marks end the last one."""
        lines = [f"{self.glyph} {self.level_text}"]
        lines += [t for t in (self.value_text, self.since_text) if t]
        if self.citations:
            lines[-1] += " " + "".join(f"[{n}]" for n in self.citations)
        return lines

    def text(self) -> str:
        """The cell as one text with line breaks."""
        return "\n".join(self.lines())


@dataclass(frozen=True)
class MatrixRow:
    """One feature with a cell per compared product."""

    feature_id: str
    name: str
    cells: tuple[MatrixCell, ...]


@dataclass(frozen=True)
class MatrixGroup:
    """A section of the matrix."""

    group_id: str
    name: str
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class RankingEntry:
    """A product's place in the weighted ranking."""

    rank: int
    product_name: str
    percent: float
    points: str


@dataclass(frozen=True)
class EventEntry:
    """A numbered event of the timeline table (the chart labels its marker with the number)."""

    number: int
    event_id: str
    date_text: str
    lane_name: str
    kind_text: str
    title: str
    citation: int


@dataclass(frozen=True)
class MetricPanel:
    """One figure over time: a series per product, each with the citation of every point."""

    title: str
    unit: str
    series: tuple[tuple[str, MetricSeries, tuple[int, ...]], ...]
    """(lane name, series, citation number per point)."""


@dataclass(frozen=True)
class OfferEntry:
    """A row of the offers table."""

    product_name: str
    audience: str
    offer: str
    announced: str
    period: str
    citation: int


@dataclass(frozen=True)
class StrategyEntry:
    """A platform strategy or a piece of context, with its speaker, quote and citation."""

    heading: str
    summary: str
    speaker: str
    quote: str
    citation: int


@dataclass(frozen=True)
class SourceEntry:
    """A numbered source of the appendix."""

    number: int
    source: Source
    date_text: str
    confidence_text: str


@dataclass(frozen=True)
class CoverageEntry:
    """One product's row of the appendix's data coverage table, as words."""

    product_name: str
    stated: str
    stated_as_of: str
    unknown: int
    out_of_scope: int
    high_share: str


@dataclass(frozen=True)
class ReportContent:
    """Everything the report shows, in its language, ready to lay out."""

    lang: str
    as_of: dt.date
    generated: dt.date
    title: str
    subtitle: str
    data_version: str
    build_date: str
    database_name: str
    product_ids: tuple[str, ...]
    product_names: tuple[str, ...]
    profiles: tuple[ProductProfile, ...]
    legend: tuple[tuple[str, str, str], ...]
    """(glyph, level word, what it means) for each level a cell can show."""
    matrix_groups: tuple[MatrixGroup, ...]
    ranking: tuple[RankingEntry, ...]
    ranking_weights: str
    timeline: TimelineData
    chart_start: float
    chart_end: float
    lane_names: tuple[str, ...]
    product_order: tuple[str, ...]
    """Every product id of the database in display order (colours follow it, as on screen)."""
    events: tuple[EventEntry, ...]
    metric_panels: tuple[MetricPanel, ...]
    offers: tuple[OfferEntry, ...]
    strategies: tuple[StrategyEntry, ...]
    context: tuple[StrategyEntry, ...]
    sources: tuple[SourceEntry, ...]
    focus_date: dt.date | None = None
    researched_through: dt.date | None = None
    coverage: tuple[CoverageEntry, ...] = ()
    marks: tuple[tuple[str, str], ...] = ()
    """(mark, what it means) for the marks a matrix cell's text can carry."""

    def label(self, key: str, **values: object) -> str:
        """A fixed report word in the report's language."""
        return label(key, self.lang, **values)

    def date_text(self, date: dt.date) -> str:
        """A full date in the report's language."""
        from cloudoffice_gui.data.dates import format_date

        return format_date(date.isoformat(), "day", self.lang)

    def footer(self) -> str:
        """The left part of every page's footer: as-of and generation dates."""
        return self.label("footer", as_of=self.as_of.isoformat(),
                          generated=self.generated.isoformat(), title=self.title)
