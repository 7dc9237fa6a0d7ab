"""Display texts of the feature matrix: cell labels with units, tooltips, header tooltips.

Plain text only (database text is never interpreted as markup). Interface words go through
``QCoreApplication.translate``; units and names follow the data language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.feature_matrix import (
    AT_LEAST_SINCE_MARK,
    GLYPHS,
    OUT_OF_SCOPE_LEVEL,
    STALE_MARK,
    CellState,
)
from cloudoffice_gui.data.feature_scoring import ProductScore
from cloudoffice_gui.data.records import Feature, Product, localized
from cloudoffice_gui.models.fact_labels import level_label, number_text

# Units come from the data in English; Chinese writes a head count as "300人".
_UNIT_ZH = {"participants": "人", "form fillers": "人", "editors": "人", "recipients": "人",
            "viewers": "人", "users": "用户", "minutes": "分钟", "members": "人", "attendees": "人",
            "days": "天"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeatureMatrixModel", text)


def unit_label(unit: str | None, language: str) -> str:
    """A unit from the data in the data language."""
    if not unit:
        return ""
    return _UNIT_ZH.get(unit, unit) if language == "zh" else unit


def figure_text(value: float, unit: str | None, language: str) -> str:
    """A figure with its unit: '300 participants' / '300人'."""
    label = unit_label(unit, language)
    if not label:
        return number_text(value)
    return f"{number_text(value)}{'' if language == 'zh' else ' '}{label}"


def cell_text(cell: CellState, feature: Feature, language: str, stale: bool = False) -> str:
    """What a cell shows, with its marks: † at least since a report, ° stale."""
    text = _cell_core_text(cell, feature, language)
    if cell.at_least_since:
        text += AT_LEAST_SINCE_MARK
    if stale:
        text += STALE_MARK
    return text


def cell_export_text(cell: CellState, feature: Feature, language: str, stale: bool = False) -> str:
    """The cell for a file: its text with marks, and what the marks mean in words."""
    text = cell_text(cell, feature, language, stale)
    notes = []
    if cell.level == OUT_OF_SCOPE_LEVEL:
        notes.append(_tr("not this kind of product"))
    if cell.at_least_since and cell.since is not None:
        notes.append(_tr("at least since %1").replace(
            "%1", format_date(cell.since.valid_from, cell.since.valid_from_precision, language)))
    if stale:
        notes.append(stale_text(cell, language))
    if cell.ended:
        notes.append(describe_cell(cell, feature, language))
    return f"{text} ({'; '.join(notes)})" if notes else text


def legend_rows() -> list[list[str]]:
    """What the glyphs and marks of a matrix mean, one per row (for files that carry the matrix)."""
    return [[_tr("Legend")],
            [f"{GLYPHS['full']} {_tr('full')}", f"{GLYPHS['partial']} {_tr('partial')}",
             f"{GLYPHS['none']} {_tr('none (a source says it lacks it)')}",
             f"{GLYPHS['unknown']} {_tr('unknown: no source yet')}",
             f"{GLYPHS['disputed']} {_tr('disputed: sources disagree')}",
             f"{GLYPHS[OUT_OF_SCOPE_LEVEL]} {_tr('not this kind of product (never scored)')}"],
            [f"{AT_LEAST_SINCE_MARK} {_tr('at least since: the date a source first reported it')}",
             f"{STALE_MARK} {_tr('stale: last confirmed over 2 years before the date, or the date is beyond the research')}"]]


def _cell_core_text(cell: CellState, feature: Feature, language: str) -> str:
    glyph = GLYPHS[cell.level]
    if cell.values:
        figures = " / ".join(number_text(v) for v in cell.values)
        label = unit_label(cell.unit or feature.unit, language)
        if not label:
            return f"{glyph} {figures}"
        return f"{glyph} {figures}{'' if language == 'zh' else ' '}{label}"
    if cell.level in ("unknown", OUT_OF_SCOPE_LEVEL):
        return glyph
    if cell.disputed:
        return f"{glyph} " + " / ".join(level_label(level) for level, _ in cell.claims)
    return f"{glyph} {level_label(cell.level)}"


def describe_cell(cell: CellState, feature: Feature, language: str) -> str:
    """One line: the claims of a cell and the date they hold from ("at least since" a report)."""
    since = cell.since
    if cell.level == OUT_OF_SCOPE_LEVEL:
        return _tr("not this kind of product")
    if since is None:
        if cell.ended:
            row = cell.ended[0]
            return (_tr("ended %1; nothing newer known")
                    .replace("%1", format_date(row.ended, row.ended_precision, language)))
        return _tr("no statement yet")
    claims = []
    for level, value in cell.claims:
        text = level_label(level)
        if value is not None:
            text += " " + figure_text(value, cell.unit or feature.unit, language)
        claims.append(text)
    date = format_date(since.valid_from, since.valid_from_precision, language)
    pattern = _tr("%1 at least since %2 (first reported then)") if cell.at_least_since else _tr("%1 since %2")
    return pattern.replace("%1", " / ".join(claims)).replace("%2", date)


def stale_text(cell: CellState, language: str) -> str:
    """Why a stated cell is faded: the day a source last confirmed it."""
    confirmed = cell.confirmed
    date = format_date(confirmed.isoformat(), "day", language) if confirmed else "?"
    return _tr("stale: last confirmed %1").replace("%1", date)


def cell_tooltip(product: Product, feature: Feature, cell: CellState, language: str,
                 before: CellState | None = None, since: dt.date | None = None,
                 stale: bool = False) -> str:
    """A short tooltip; ``before``/``since`` describe the state a changed cell had."""
    lines = [f"{product.name(language)} · {feature.name(language)}",
             describe_cell(cell, feature, language)]
    if stale:
        lines.append(stale_text(cell, language))
    if cell.disputed:
        lines.append(_tr("⚠ Sources disagree on this date."))
    if before is not None and since is not None:
        lines.append(_tr("Changed since %1; then: %2").replace("%1", since.isoformat())
                     .replace("%2", describe_cell(before, feature, language)))
    if cell.rows:
        lines.append(_tr("Select the cell to see every source and quote."))
    return "\n".join(lines)


def score_text(score: ProductScore) -> str:
    """The score row's cell: percentage and rank."""
    return f"{score.percent:.0f}% · #{score.rank}"


def score_tooltip(score: ProductScore, count: int) -> str:
    """Points, possible points and rank of one product."""
    return (_tr("%1 of %2 weighted points (%3%); rank %4 of %5")
            .replace("%1", number_text(float(score.points)))
            .replace("%2", number_text(float(score.possible)))
            .replace("%3", f"{score.percent:.1f}")
            .replace("%4", str(score.rank)).replace("%5", str(count)))


def product_tooltip(product: Product, score: ProductScore | None) -> str:
    """A column header's tooltip: both names, the score, how to sort and reorder."""
    lines = [f"{product.name_en} · {product.name_zh}"]
    if score is not None:
        lines.append(_tr("Score %1% (rank %2)").replace("%1", f"{score.percent:.0f}")
                     .replace("%2", str(score.rank)))
    lines.append(_tr("Click to sort by this product; drag to reorder the columns."))
    return "\n".join(lines)


def feature_tooltip(feature: Feature, language: str) -> str:
    """A row header's tooltip: both names, the description and the unit of figures."""
    description, _ = localized(feature.description_en, feature.description_zh, language)
    lines = [f"{feature.name_en} · {feature.name_zh}"]
    if description:
        lines.append(description)
    if feature.unit:
        lines.append(_tr("Figures in %1").replace("%1", unit_label(feature.unit, language)))
    return "\n".join(lines)


def score_row_title() -> tuple[str, str]:
    """The score row's header text and tooltip."""
    return _tr("Score"), _tr("Weighted score and rank of each product (see the weights panel).")
