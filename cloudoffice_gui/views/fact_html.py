"""Render sourced facts as escaped HTML for read-only text browsers.

Every piece of database text goes through ``html.escape``: a fact may hold markup such as
``<img src=…>``, and it must appear literally, never be interpreted.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import (
    Event,
    Offer,
    Source,
    Strategy,
    SupportRow,
    localized,
)

LEVEL_GLYPHS = {"full": "✓", "partial": "◐", "none": "✗", "unknown": "?"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Facts", text)


def esc(text: object) -> str:
    """Escape any value for HTML, keeping line breaks."""
    return html.escape("" if text is None else str(text)).replace("\n", "<br>")


def bilingual(en: str | None, zh: str | None, lang: str) -> str:
    """Escaped text in ``lang``; marked when it fell back to the other language."""
    text, fell_back = localized(en, zh, lang)
    if fell_back:
        marker = "[EN]" if lang == "zh" else "[中文]"
        return f"<i>{esc(text)}</i> <small>{marker}</small>"
    return esc(text)


def format_number(value: float | None, lang: str) -> str:
    """A figure without a spurious '.0', with thousands separators."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def level_text(level: str) -> str:
    """The glyph and translated word for a support level."""
    words = {"full": _t("full"), "partial": _t("partial"), "none": _t("none"),
             "unknown": _t("unknown")}
    return f"{LEVEL_GLYPHS.get(level, '?')} {words.get(level, level)}"


def confidence_text(confidence: str) -> str:
    """Translated confidence word."""
    return {"high": _t("high confidence"), "medium": _t("medium confidence"),
            "low": _t("low confidence")}.get(confidence, confidence)


def source_html(source: Source | None, lang: str) -> str:
    """Title, publisher, date and URL (as text) of a source."""
    if source is None:
        return f"<i>{esc(_t('source missing'))}</i>"
    parts = [f"<b>{esc(source.title)}</b>"]
    if source.publisher:
        parts.append(esc(source.publisher))
    if source.author:
        parts.append(esc(source.author))
    if source.published:
        parts.append(esc(format_date(source.published, source.published_precision, lang)))
    line = " · ".join(parts)
    url = f"<br><small>{esc(source.url)}</small>" if source.url else \
        f"<br><small>{esc(_t('no URL: printed or unpublished copy'))}</small>"
    return line + url


def support_dates_text(row: SupportRow, lang: str) -> str:
    """When a support row's claim holds from: its start, or only the day it was first reported."""
    reported = format_date(row.reported, row.reported_precision, lang) if row.reported else ""
    if row.reported_only:
        return _t("at least since %1 (first reported on %1; start not known)").replace("%1", reported)
    began = format_date(row.valid_from, row.valid_from_precision, lang)
    if reported and row.reported != row.valid_from:
        return _t("began %1 · reported %2").replace("%1", began).replace("%2", reported)
    return _t("valid from") + " " + began


def _ended_html(ended: str, precision: str | None, quote: str | None, source: Source | None,
                lang: str) -> str:
    line = f"<b>{esc(_t('Ended:'))} {esc(format_date(ended, precision, lang))}</b>"
    if quote:
        line += f" — “{esc(quote)}”"
    if source is not None:
        line += f"<br><small>{source_html(source, lang)}</small>"
    return line


def _header(kind: str, date: str, body: str) -> str:
    return f"<p><small>{esc(kind)} · {esc(date)}</small><br>{body}</p>"


def fact_html(fact: object, sources: dict[str, Source], lang: str,
              names: Callable[[str | None], str] = lambda pid: pid or "") -> str:
    """One fact (support row, event, offer, strategy or source) with its quote and source."""
    if isinstance(fact, Source):
        return f"<div>{source_html(fact, lang)}<br><small>{esc(confidence_text(fact.confidence))}</small></div>"
    source = sources.get(getattr(fact, "source_id", ""), None)
    if isinstance(fact, SupportRow):
        figure = f" {format_number(fact.value, lang)} {esc(fact.unit or '')}" if fact.value is not None else ""
        body = f"<b>{esc(level_text(fact.level))}{figure}</b> — {esc(names(fact.product_id))}"
        note = bilingual(fact.note_en, fact.note_zh, lang)
        if note:
            body += f"<br>{note}"
        if fact.ended:
            body += "<br>" + _ended_html(fact.ended, fact.ended_precision, fact.ended_quote,
                                         sources.get(fact.ended_source_id or ""), lang)
        head = _header(_t("Support"), support_dates_text(fact, lang), body)
    elif isinstance(fact, Event):
        figure = f" — {format_number(fact.value, lang)} {esc(fact.unit or '')}" if fact.value is not None else ""
        body = f"<b>{bilingual(fact.title_en, fact.title_zh, lang)}</b>{figure}"
        if fact.product_id:
            body += f"<br><small>{esc(names(fact.product_id))}</small>"
        when = format_date(fact.date, fact.date_precision, lang)
        if fact.reported and fact.reported != fact.date:
            when = _t("%1 · reported %2").replace("%1", when).replace(
                "%2", format_date(fact.reported, fact.reported_precision, lang))
        head = _header(_t("Event") + f" ({fact.kind})", when, body)
    elif isinstance(fact, Offer):
        start = esc(format_date(fact.starts, None, lang)) if fact.starts else esc(_t("start not stated"))
        end = esc(format_date(fact.ends, None, lang)) if fact.ends else f"<i>{esc(_t('end not found'))}</i>"
        body = (f"<b>{bilingual(fact.offer_en, fact.offer_zh, lang)}</b> — {esc(names(fact.product_id))}"
                f"<br>{esc(_t('Who:'))} {bilingual(fact.audience_en, fact.audience_zh, lang)}"
                f"<br>{esc(_t('When:'))} {start} – {end}")
        if fact.ends and (fact.ends_quote or fact.ends_source_id):
            body += "<br>" + _ended_html(fact.ends, None, fact.ends_quote,
                                         sources.get(fact.ends_source_id or ""), lang)
        head = _header(_t("Offer"), format_date(fact.announced, fact.announced_precision, lang)
                       or _t("date not stated"), body)
    elif isinstance(fact, Strategy):
        metaphor = bilingual(fact.metaphor_en, fact.metaphor_zh, lang)
        body = (f"<b>{metaphor}</b><br>" if metaphor else "") + bilingual(fact.summary_en, fact.summary_zh, lang)
        if fact.speaker:
            body += f"<br><small>{esc(_t('Speaker:'))} {esc(fact.speaker)}</small>"
        head = _header(_t("Strategy") if fact.kind == "platform" else _t("Context"), "", body)
    else:
        return f"<p>{esc(fact)}</p>"
    quote = f"<blockquote>“{esc(fact.quote)}”</blockquote>" if fact.quote else ""  # type: ignore[attr-defined]
    confidence = esc(confidence_text(fact.confidence))  # type: ignore[attr-defined]
    return f"<div>{head}{quote}<p><small>{source_html(source, lang)}<br>{confidence}</small></p></div>"


def facts_html(facts: Sequence[object], sources: dict[str, Source], lang: str,
               names: Callable[[str | None], str] = lambda pid: pid or "") -> str:
    """Several facts; rows that disagree on the same date are shown side by side."""
    blocks: list[str] = []
    groups: list[list[object]] = []
    for fact in facts:
        key = (getattr(fact, "valid_from", None), getattr(fact, "feature_id", None),
               getattr(fact, "product_id", None))
        if isinstance(fact, SupportRow) and groups and isinstance(groups[-1][0], SupportRow) and (
            getattr(groups[-1][0], "valid_from", None), groups[-1][0].feature_id,
            groups[-1][0].product_id) == key:
            groups[-1].append(fact)
        else:
            groups.append([fact])
    for group in groups:
        if len(group) > 1 and _disagree(group):
            cells = "".join(f"<td valign='top' width='{100 // len(group)}%'>"
                            f"{fact_html(f, sources, lang, names)}</td>" for f in group)
            blocks.append(f"<p><b>⚠ {esc(_t('Sources disagree:'))}</b></p>"
                          f"<table width='100%' cellspacing='6'><tr>{cells}</tr></table>")
        else:
            blocks.extend(fact_html(f, sources, lang, names) for f in group)
    return "<hr>".join(blocks)


def _disagree(rows: list[object]) -> bool:
    return len({(getattr(r, "level", None), getattr(r, "value", None)) for r in rows}) > 1
