"""What the comparison report says, gathered from the database for products, a date, a language.

No Qt here: :func:`build_report_content` turns records into plain texts with numbered
citations, in the order the report shows them, so the PDF painter only lays text out and the
content can be tested without a display. Sources are numbered by first citation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from cloudoffice_gui.data.coverage import coverage, percent_text
from cloudoffice_gui.data.database import CloudOfficeDatabase
from cloudoffice_gui.data.dates import format_date, period_bounds
from cloudoffice_gui.data.feature_matrix import (
    AT_LEAST_SINCE_MARK,
    GLYPHS,
    OUT_OF_SCOPE_LEVEL,
    STALE_MARK,
    CellState,
    FeatureMatrix,
)
from cloudoffice_gui.data.feature_scoring import Weights
from cloudoffice_gui.data.records import Event, localized
from cloudoffice_gui.data.timeline_data import MetricKey, MetricSeries, TimelineData, build_timeline
from cloudoffice_gui.export.report_labels import (
    CATEGORIES, CONFIDENCES, EVENT_KINDS, LEVEL_NOTES, LEVELS, label, pick, unit_text,
)
from cloudoffice_gui.export.report_sections import (
    context_entries, offer_entries, ranking_entries, strategy_entries,
)
from cloudoffice_gui.export.report_types import (
    Citations, CoverageEntry, EventEntry, MatrixCell, MatrixGroup, MatrixRow, MetricPanel, ProductProfile,
    ReportContent, SourceEntry, number_text,
)

__all__ = ["ReportContent", "UnknownProductError", "build_report_content", "cited"]

LEGEND_LEVELS = ("full", "partial", "none", "unknown", "disputed", OUT_OF_SCOPE_LEVEL)
CHART_WINDOW_DAYS = 92
"""When events span more than a year the chart shows this many days up to the newest one."""


class UnknownProductError(ValueError):
    """Some requested product ids are not in the database."""

    def __init__(self, unknown: Sequence[str], known: Sequence[str]) -> None:
        self.unknown = list(unknown)
        super().__init__(f"Unknown product id(s): {', '.join(unknown)}. "
                         f"Known ids: {', '.join(known)}.")


def cited(text: str, numbers: Sequence[int]) -> str:
    """``text`` followed by its citation marks: 'text [1][3]'."""
    marks = "".join(f"[{n}]" for n in numbers)
    return f"{text} {marks}".strip() if marks else text


def starts_by(date: str | None, precision: str | None, as_of: dt.date) -> bool:
    """True when the period ``date`` names has begun by ``as_of`` (no date: True)."""
    if not date:
        return True
    return period_bounds(date, precision)[0] <= as_of


def build_report_content(database: CloudOfficeDatabase, product_ids: Sequence[str],
                         as_of: dt.date, lang: str, weights: Weights | None = None,
                         generated: dt.date | None = None) -> ReportContent:
    """Everything the report shows for ``product_ids`` on ``as_of`` in ``lang`` ('zh'|'en').

    Raises :class:`UnknownProductError` for ids the database lacks; ``weights`` adds the
    weighted ranking.
    """
    lang = "zh" if lang == "zh" else "en"
    products = {p.id: p for p in database.products()}
    unknown = [p for p in product_ids if p not in products]
    if unknown:
        raise UnknownProductError(unknown, list(products))
    ids = list(dict.fromkeys(product_ids))
    sources = {s.id: s for s in database.sources()}
    citations = Citations(sources)
    info = database.info()
    generated = generated or dt.date.today()
    names = tuple(products[p].name(lang) for p in ids)
    matrix = FeatureMatrix.from_database(database, on_demand=True)  # only the products shown
    grid = matrix.grid(ids, as_of)

    profiles = _profiles(database, ids, lang, citations)
    groups = _matrix_groups(matrix, grid, lang, citations,
                            lambda state: bool(state.rows) and matrix.stale(state, as_of))
    ranking, weights_text = (ranking_entries(matrix, ids, grid, weights, names, lang)
                             if weights is not None else ((), ""))
    timeline, events = _timeline(database, ids, as_of, lang, citations)
    panels = _metric_panels(database, timeline, ids, lang, citations)
    offers = offer_entries(database.offers(ids), products, sources, as_of, lang, citations)
    strategies = strategy_entries(database, ids, sources, as_of, lang, citations)
    context = context_entries(database, sources, as_of, lang, citations)
    chart_start, chart_end = _chart_window(timeline, as_of)
    title = label("title", lang)
    return ReportContent(
        lang=lang, as_of=as_of, generated=generated, title=title,
        subtitle=localized(info.title_en, info.title_zh, lang)[0],
        data_version=info.data_version, build_date=info.build_date,
        database_name=database.path.name,
        product_ids=tuple(ids), product_names=names, profiles=profiles,
        legend=tuple((GLYPHS[k], pick(LEVELS, k, lang), pick(LEVEL_NOTES, k, lang))
                     for k in LEGEND_LEVELS),
        matrix_groups=groups, ranking=ranking, ranking_weights=weights_text,
        timeline=timeline, chart_start=chart_start, chart_end=chart_end,
        lane_names=tuple(_lane_name(lane.product_id, products, lang) for lane in timeline.lanes),
        product_order=tuple(products), events=events, metric_panels=panels, offers=offers, strategies=strategies,
        focus_date=_day(info.focus_date), researched_through=_day(info.researched_through),
        coverage=_coverage(database, ids, as_of, names),
        marks=((AT_LEAST_SINCE_MARK, label("at_least_since", lang)), (STALE_MARK, label("stale", lang))),
        context=context, sources=tuple(
            SourceEntry(n, s, format_date(s.published, s.published_precision, lang),
                        pick(CONFIDENCES, s.confidence, lang))
            for n, s in citations.numbered()),
    )


def _coverage(database: CloudOfficeDatabase, ids: list[str], as_of: dt.date,
              names: tuple[str, ...]) -> tuple[CoverageEntry, ...]:
    rows = coverage(database, as_of, ids)
    name_of = dict(zip(ids, names))
    return tuple(CoverageEntry(
        product_name=name_of.get(r.product_id, r.product_id),
        stated=f"{r.stated} / {r.in_scope} ({percent_text(r.stated_share)})",
        stated_as_of=f"{r.stated_as_of} ({percent_text(r.stated_as_of_share)})",
        unknown=r.unknown, out_of_scope=r.out_of_scope, high_share=percent_text(r.high_share),
    ) for r in rows)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _lane_name(product_id: str | None, products: dict, lang: str) -> str:
    if product_id is None:
        return label("market", lang)
    return products[product_id].name(lang)


def _profiles(database: CloudOfficeDatabase, ids: list[str], lang: str,
              citations: Citations) -> tuple[ProductProfile, ...]:
    products = {p.id: p for p in database.products()}
    vendors = {v.id: v for v in database.vendors()}
    other = "en" if lang == "zh" else "zh"
    result = []
    for pid in ids:
        product = products[pid]
        vendor = vendors.get(product.vendor_id)
        summary, fell_back = product.summary(lang)
        if fell_back:
            summary += label("fell_back_en" if lang == "zh" else "fell_back_zh", lang)
        launched = format_date(product.launched, product.launched_precision, lang)
        numbers = (citations.cite(product.launched_source_id),) if (
            launched and product.launched_source_id) else ()
        other_name = product.name(other)
        result.append(ProductProfile(
            product_id=pid, name=product.name(lang),
            other_name=other_name if other_name != product.name(lang) else "",
            vendor=vendor.name(lang) if vendor else product.vendor_id,
            category=pick(CATEGORIES, product.category, lang),
            launched=cited(launched, numbers) if launched else label("not_stated", lang),
            aliases=", ".join(product.aliases), summary=summary,
        ))
    return tuple(result)


def _cell(state: CellState, unit: str | None, lang: str, citations: Citations,
          stale: bool = False) -> MatrixCell:
    level = state.level
    values = state.values
    shown_unit = unit_text(state.unit or unit, lang)
    value_text = ""
    if values:
        # As on screen: '300 participants' / '300人'.
        separator = "" if lang == "zh" else " "
        value_text = " / ".join(number_text(v) for v in values)
        value_text = f"{value_text}{separator}{shown_unit}" if shown_unit else value_text
    since = ""
    if state.since is not None:
        row = state.since
        date = format_date(row.valid_from, row.valid_from_precision, lang)
        since = (label("since_reported", lang, date=date) + AT_LEAST_SINCE_MARK if state.at_least_since
                 else label("since", lang, date=date))
        if stale and state.confirmed is not None:
            confirmed = format_date(state.confirmed.isoformat(), "day", lang)
            since += f"\n{STALE_MARK} " + label("last_confirmed", lang, date=confirmed)
    numbers = tuple(dict.fromkeys(citations.cite(r.source_id) for r in state.rows))
    return MatrixCell(level=level, glyph=GLYPHS.get(level, "?"), level_text=pick(LEVELS, level, lang),
                      value_text=value_text, since_text=since, citations=numbers, stale=stale)


def _matrix_groups(matrix: FeatureMatrix, grid: list[list[CellState]], lang: str,
                   citations: Citations,
                   is_stale: Callable[[CellState], bool] = lambda _state: False,
                   ) -> tuple[MatrixGroup, ...]:
    rows_by_group: dict[str, list[MatrixRow]] = {}
    for feature, states in zip(matrix.features, grid):
        cells = tuple(_cell(s, feature.unit, lang, citations, is_stale(s)) for s in states)
        rows_by_group.setdefault(feature.group_id, []).append(
            MatrixRow(feature.id, feature.name(lang), cells))
    groups = []
    for group in matrix.groups:
        if group.id in rows_by_group:
            groups.append(MatrixGroup(group.id, group.name(lang), tuple(rows_by_group.pop(group.id))))
    # Features whose group the database does not list still appear, under their group id.
    for group_id, rows in rows_by_group.items():
        groups.append(MatrixGroup(group_id, group_id, tuple(rows)))
    return tuple(groups)


def _timeline(database: CloudOfficeDatabase, ids: list[str], as_of: dt.date, lang: str,
              citations: Citations) -> tuple[TimelineData, tuple[EventEntry, ...]]:
    events = [e for e in database.events() if starts_by(e.date, e.date_precision, as_of)]
    support = [r for r in database.support(ids)
               if starts_by(r.valid_from, r.valid_from_precision, as_of)]
    timeline = build_timeline(events, ids, support, database.features())
    products = {p.id: p for p in database.products()}
    lane_rank = {lane.product_id: lane.index for lane in timeline.lanes}

    def order(event: Event) -> tuple:
        return (period_bounds(event.date, event.date_precision)[0], lane_rank[event.product_id],
                event.id)

    entries = []
    for number, event in enumerate(sorted(timeline.events, key=order), start=1):
        title, fell_back = event.title(lang)
        if fell_back:
            title += label("fell_back_en" if lang == "zh" else "fell_back_zh", lang)
        entries.append(EventEntry(
            number=number, event_id=event.id,
            date_text=format_date(event.date, event.date_precision, lang),
            lane_name=_lane_name(event.product_id, products, lang),
            kind_text=pick(EVENT_KINDS, event.kind, lang), title=title,
            citation=citations.cite(event.source_id)))
    return timeline, tuple(entries)


def _metric_panels(database: CloudOfficeDatabase, timeline: TimelineData, ids: list[str],
                   lang: str, citations: Citations) -> tuple[MetricPanel, ...]:
    metrics = {m.id: m for m in database.metrics()}
    features = {f.id: f for f in database.features()}
    products = {p.id: p for p in database.products()}
    panels = []
    for key in timeline.metric_keys():
        title, unit = _metric_title(key, metrics, features, lang)
        series: list[tuple[str, MetricSeries, tuple[int, ...]]] = []
        for s in timeline.series_for(key):
            numbers = tuple(citations.cite(r.source_id) for r in s.records)
            series.append((_lane_name(s.product_id, products, lang), s, numbers))
        panels.append(MetricPanel(title=title, unit=unit, series=tuple(series)))
    return tuple(panels)


def _metric_title(key: MetricKey, metrics: dict, features: dict, lang: str) -> tuple[str, str]:
    if key.source == "metric" and key.id in metrics:
        metric = metrics[key.id]
        name, unit = metric.name(lang), metric.unit(lang)
    elif key.source == "feature" and key.id in features:
        feature = features[key.id]
        name, unit = feature.name(lang), unit_text(feature.unit, lang)
    else:
        return key.id, ""
    # "Users (users)" says nothing twice: keep the unit only where it adds something.
    if unit.casefold() in name.casefold() or name.casefold() in unit.casefold():
        unit = ""
    return name, unit


def _chart_window(timeline: TimelineData, as_of: dt.date) -> tuple[float, float]:
    """The time span the timeline chart draws, in Unix seconds."""
    from cloudoffice_gui.data.timeline_data import DAY_SECONDS, date_to_seconds

    span = timeline.time_range()
    limit = date_to_seconds(as_of) + DAY_SECONDS
    if span is None:
        return limit - CHART_WINDOW_DAYS * DAY_SECONDS, limit
    first, last = span
    # Day events sit on the as-of day; a month or year containing it may end later.
    end = min(last, limit) if last > limit else last
    end += 3 * DAY_SECONDS
    # A 2003 or 2015 event would squeeze the weeks the article is about into a sliver:
    # past a year of history, the chart shows the last weeks and the table lists the rest.
    if end - first > 400 * DAY_SECONDS:
        return end - CHART_WINDOW_DAYS * DAY_SECONDS, end
    return first - 3 * DAY_SECONDS, end

