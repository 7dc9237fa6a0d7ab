"""Dates at a precision (day, month, year): parsing, period bounds and display text."""

from __future__ import annotations

import calendar
import datetime as dt

from cloudoffice_gui.data.validation import precision_of

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_iso_day(text: str) -> bool:
    """True for a real calendar day written YYYY-MM-DD (not 2020-02-30, not 2020-2-3)."""
    if len(text) != 10:
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def period_bounds(date: str, precision: str | None = None) -> tuple[dt.date, dt.date]:
    """First and last day of the period an ISO date names (a day, a month or a year)."""
    precision = precision or precision_of(date)
    year = int(date[:4])
    if precision == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(date[5:7])
    if precision == "month":
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(date[8:10]))
    return day, day


def format_date(date: str | None, precision: str | None = None, lang: str = "en") -> str:
    """Show a date at exactly its precision: '24 Jan 2020' / 'Feb 2020' / '2019' (or Chinese)."""
    if not date:
        return ""
    precision = precision or precision_of(date)
    try:
        start, _ = period_bounds(date, precision)
    except ValueError:
        return date
    if lang == "zh":
        if precision == "year":
            return f"{start.year}年"
        if precision == "month":
            return f"{start.year}年{start.month}月"
        return f"{start.year}年{start.month}月{start.day}日"
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return f"{_MONTHS_EN[start.month - 1]} {start.year}"
    return f"{start.day} {_MONTHS_EN[start.month - 1]} {start.year}"
