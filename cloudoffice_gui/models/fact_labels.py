"""Display texts shared by the offers, sources and strategies models (translated, plain)."""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication

from cloudoffice_gui.data.records import localized

CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}
"""Sort order of confidences: most trusted first."""


def confidence_label(confidence: str) -> str:
    """The translated word for a confidence level."""
    labels = {
        "high": QCoreApplication.translate("Confidence", "High"),
        "medium": QCoreApplication.translate("Confidence", "Medium"),
        "low": QCoreApplication.translate("Confidence", "Low"),
    }
    return labels.get(confidence, confidence)


def marked_text(en: str | None, zh: str | None, lang: str) -> str:
    """The text in ``lang``; visibly marked ' [EN]' / ' [中文]' when it fell back."""
    text, fell_back = localized(en, zh, lang)
    if fell_back:
        return f"{text} {'[EN]' if lang == 'zh' else '[中文]'}"
    return text


def fact_kind_label(kind: str) -> str:
    """The translated name of a kind of fact (support row, event, offer, ...)."""
    labels = {
        "support": QCoreApplication.translate("FactKind", "Feature support"),
        "event": QCoreApplication.translate("FactKind", "Event"),
        "offer": QCoreApplication.translate("FactKind", "Offer"),
        "strategy": QCoreApplication.translate("FactKind", "Strategy"),
        "context": QCoreApplication.translate("FactKind", "Context"),
        "launch": QCoreApplication.translate("FactKind", "Launch date"),
    }
    return labels.get(kind, kind)


def level_label(level: str) -> str:
    """The translated word for a support level."""
    labels = {
        "full": QCoreApplication.translate("Level", "Full"),
        "partial": QCoreApplication.translate("Level", "Partial"),
        "none": QCoreApplication.translate("Level", "None"),
        "unknown": QCoreApplication.translate("Level", "Unknown"),
    }
    return labels.get(level, level)


def number_text(value: float | None) -> str:
    """A figure with thousands separators and without a spurious '.0'."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def plain_tooltip(text: str | None) -> str | None:
    """``text`` for a ToolTipRole, shown as written.

    Qt renders a tooltip that merely looks like HTML (a quote holding ``<img src=…>``) as
    HTML, so such a text is escaped inside a rich-text paragraph; other texts pass unchanged.
    """
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
