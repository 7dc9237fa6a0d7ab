"""Colours, symbols and texts of the timeline: which product, which kind, which date.

No pyqtgraph here, so the main window can import it for free; the plot module imports it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import Event, Metric, Source, SupportRow
from cloudoffice_gui.data.schema import EVENT_KINDS

# Paul Tol's "vibrant" scheme: told apart with every common colour-vision deficiency and
# readable on both white and near-black backgrounds (unlike Okabe-Ito's yellow and black).
PRODUCT_COLOURS: tuple[str, ...] = (
    "#0077BB", "#EE7733", "#009988", "#EE3377", "#33BBEE", "#CC3311", "#AA4499",
)
MARKET_COLOUR = "#888888"
"""Grey for the market lane: contrast about 3.5:1 on white and 5:1 on black."""

KIND_SYMBOLS: dict[str, str] = {
    "launch": "star",
    "offer": "d",
    "capacity": "s",
    "metric": "t1",
    "feature": "o",
    "strategy": "p",
    "context": "+",
}
"""pyqtgraph symbol per event kind: shapes differ, so kinds read without colour."""

KIND_OFFSETS: dict[str, float] = {
    kind: (n - (len(EVENT_KINDS) - 1) / 2) * 0.11 for n, kind in enumerate(EVENT_KINDS)
}
"""Vertical offset of each kind inside its lane, so a launch and an offer on one day both show."""

MARKER_SIZE = 11


def _t(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)


def product_colour(product_id: str | None, product_order: Sequence[str]) -> str:
    """A product's colour: fixed by its place in the database, not in the current selection."""
    if product_id is None or product_id not in product_order:
        return MARKET_COLOUR
    return PRODUCT_COLOURS[list(product_order).index(product_id) % len(PRODUCT_COLOURS)]


def kind_label(kind: str) -> str:
    """The translated name of an event kind."""
    labels = {
        "launch": _t("Launch"), "offer": _t("Offer"), "capacity": _t("Capacity"),
        "metric": _t("Figure"), "feature": _t("Feature"), "strategy": _t("Strategy"),
        "context": _t("Context"),
    }
    return labels.get(kind, kind)


def precision_label(precision: str) -> str:
    """The translated name of a date precision."""
    return {"day": _t("exact day"), "month": _t("month precision"),
            "year": _t("year precision")}.get(precision, precision)


def compact_number(value: float, lang: str) -> str:
    """A short figure for axis ticks: 26.1M / 2610万, 1.5B / 15亿."""
    magnitude = abs(value)
    if lang == "zh":
        steps = ((1e8, "亿"), (1e4, "万"))
    else:
        steps = ((1e9, "B"), (1e6, "M"), (1e3, "K"))
    for size, suffix in steps:
        if magnitude >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.4g}"


def full_number(value: float) -> str:
    """A figure with thousands separators and no spurious '.0'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _esc(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _source_line(source: Source | None, source_id: str) -> str:
    if source is None:
        return _t("Source: %1").replace("%1", _esc(source_id))
    publisher = f" ({_esc(source.publisher)})" if source.publisher else ""
    return _t("Source: %1").replace("%1", _esc(source.title) + publisher)


def event_tooltip(event: Event, lang: str, lane_name: str, source: Source | None,
                  metric: Metric | None = None) -> str:
    """Rich-text tooltip of one event; every database text is escaped."""
    title, fell_back = event.title(lang)
    marker = (" [EN]" if lang == "zh" else " [中文]") if fell_back else ""
    date = format_date(event.date, event.date_precision, lang)
    lines = [f"<b>{_esc(title)}</b>{marker}",
             f"{_esc(date)} · {_esc(precision_label(event.date_precision))}",
             f"{_esc(lane_name)} · {_esc(kind_label(event.kind))}"]
    if event.value is not None:
        unit = metric.unit(lang) if metric else (event.unit or "")
        lines.append(_t("Value: %1").replace("%1", _esc(f"{full_number(event.value)} {unit}".strip())))
    lines.append(_source_line(source, event.source_id))
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def events_tooltip(events: Sequence[Event], lang: str, lane_name: Callable[[str | None], str],
                   sources: Mapping[str, Source], metrics: Mapping[str, Metric]) -> str:
    """Tooltip of a marker: its first three events, and how many more it holds."""
    parts = [event_tooltip(e, lang, lane_name(e.product_id), sources.get(e.source_id),
                           metrics.get(e.metric) if e.metric else None) for e in events[:3]]
    if len(events) > 3:
        more = _t("… and %1 more here: click to list them all").replace("%1", str(len(events) - 3))
        parts.append(f"<p>{_esc(more)}</p>")
    return "".join(parts)


def figure_tooltip(record: Event | SupportRow, value: float, series_name: str, unit: str,
                   lang: str, source: Source | None) -> str:
    """Rich-text tooltip of one point of a metric series."""
    if isinstance(record, Event):
        date, precision = record.date, record.date_precision
    else:
        date, precision = record.valid_from, record.valid_from_precision
    lines = [f"<b>{_esc(series_name)}</b>",
             _esc(f"{full_number(value)} {unit}".strip()),
             f"{_esc(format_date(date, precision, lang))} · {_esc(precision_label(precision))}",
             _source_line(source, record.source_id)]
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
