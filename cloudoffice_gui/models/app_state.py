"""The state every view shares: database, language, chosen products, as-of date, evidence.

Views never talk to each other directly; they change this object and react to its signals,
so the matrix, timeline, lists and evidence panel stay in step without knowing each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from cloudoffice_gui.data.database import CloudOfficeDatabase
from cloudoffice_gui.data.records import Product


LOCKDOWN_END_EVENT = "wuhan-lockdown-lifted"
"""The context event whose date is the "end of lockdown" quick choice of the as-of control."""


class AppState(QObject):
    """Shared, observable state of one main window."""

    database_changed = Signal(object)
    """Emitted with the new :class:`CloudOfficeDatabase` after File > Open database."""
    language_changed = Signal(str)
    chosen_products_changed = Signal(list)
    current_product_changed = Signal(str)
    as_of_changed = Signal(object)
    evidence_changed = Signal(str, list)
    """A title and the facts (SupportRow, Event, Offer, Strategy, Source) to show as evidence."""
    navigate_requested = Signal(str, str)
    """(kind, id): show this record in its view (search results use it)."""

    def __init__(self, database: CloudOfficeDatabase, language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language if language in ("zh", "en") else "en"
        self._chosen: list[str] = self.default_product_ids()
        self._current: str = self._chosen[0] if self._chosen else ""
        self._as_of = self.default_as_of()

    # -- database ----------------------------------------------------------------------
    @property
    def database(self) -> CloudOfficeDatabase:
        """The database shown now."""
        return self._database

    def set_database(self, database: CloudOfficeDatabase) -> None:
        """Show another database; chosen products are kept where they still exist."""
        old = self._database
        self._database = database
        known = {p.id for p in database.products()}
        kept = [p for p in self._chosen if p in known]
        self._chosen = kept or self.default_product_ids()
        if self._current not in known:
            self._current = self._chosen[0] if self._chosen else ""
        self.database_changed.emit(database)
        self.chosen_products_changed.emit(list(self._chosen))
        self.current_product_changed.emit(self._current)
        if old is not database:
            old.close()

    def default_product_ids(self) -> list[str]:
        """The article's products, or the first six when the database marks none."""
        products = self._database.products()
        chosen = [p.id for p in products if p.in_article]
        return chosen or [p.id for p in products[:6]]

    def products_by_id(self) -> dict[str, Product]:
        """Every product of the database by id."""
        return {p.id: p for p in self._database.products()}

    # -- language ------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """'zh' or 'en': the language of data texts."""
        return self._language

    def set_language(self, language: str) -> None:
        """Switch data texts to ``language`` ('zh' or 'en')."""
        if language not in ("zh", "en") or language == self._language:
            return
        self._language = language
        self.language_changed.emit(language)

    # -- products ------------------------------------------------------------------------
    @property
    def chosen_product_ids(self) -> list[str]:
        """The products compared in the matrix, timeline and report, in column order."""
        return list(self._chosen)

    def set_chosen_product_ids(self, product_ids: Sequence[str]) -> None:
        """Choose the compared products (unknown ids are dropped, order kept)."""
        known = self.products_by_id()
        chosen = [p for p in dict.fromkeys(product_ids) if p in known]
        if chosen != self._chosen:
            self._chosen = chosen
            self.chosen_products_changed.emit(list(chosen))

    @property
    def current_product_id(self) -> str:
        """The product whose details are shown."""
        return self._current

    def set_current_product_id(self, product_id: str) -> None:
        """Show ``product_id`` in the details pane."""
        if product_id != self._current:
            self._current = product_id
            self.current_product_changed.emit(product_id)

    # -- time ----------------------------------------------------------------------------
    @property
    def as_of(self) -> dt.date:
        """The date the matrix and timeline show the state of."""
        return self._as_of

    def default_as_of(self) -> dt.date:
        """The date the dataset is about (``meta.focus_date``), or today for a file without one."""
        focus = self._database.info().focus_date
        return dt.date.fromisoformat(focus) if focus else dt.date.today()

    def researched_through(self) -> dt.date | None:
        """The last day the research covers (``meta.researched_through``), if the file says."""
        horizon = self._database.info().researched_through
        return dt.date.fromisoformat(horizon) if horizon else None

    def quick_dates(self) -> list[tuple[str, dt.date]]:
        """The as-of dates a reader most often wants: (key, date), oldest first.

        Keys: ``focus`` (the article's day), ``lockdown`` (the end of Wuhan's lockdown, from its
        sourced context event when the database has it), ``horizon`` (researched through), ``today``.
        """
        dates = [("focus", self.default_as_of())]
        lockdown = self._database.event(LOCKDOWN_END_EVENT)
        if lockdown is not None and lockdown.date_precision == "day":
            dates.append(("lockdown", dt.date.fromisoformat(lockdown.date)))
        horizon = self.researched_through()
        if horizon is not None:
            dates.append(("horizon", horizon))
        dates.append(("today", dt.date.today()))
        return dates

    def set_as_of(self, date: dt.date) -> None:
        """Move the as-of date."""
        if date != self._as_of:
            self._as_of = date
            self.as_of_changed.emit(date)

    # -- evidence and navigation -----------------------------------------------------------
    def show_evidence(self, title: str, facts: list[object]) -> None:
        """Fill the evidence panel with ``facts`` under ``title``."""
        self.evidence_changed.emit(title, list(facts))

    def navigate(self, kind: str, item_id: str) -> None:
        """Ask the main window to show record ``item_id`` of ``kind`` in its view."""
        self.navigate_requested.emit(kind, item_id)
