"""Qt model of every source: title, publisher, date, URL, confidence and how many facts cite it.

Texts and sort keys are computed once per database and language; ``data()`` is a lookup.
Filter it with a plain ``QSortFilterProxyModel`` on :data:`FilterTextRole`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import Source
from cloudoffice_gui.models import precomputed_table_model
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import CONFIDENCE_RANK, confidence_label
from cloudoffice_gui.models.precomputed_table_model import PrecomputedTableModel

SortRole = precomputed_table_model.SortRole
SourceRole = Qt.ItemDataRole.UserRole + 1
SourceIdRole = Qt.ItemDataRole.UserRole + 2
FilterTextRole = Qt.ItemDataRole.UserRole + 3
CitationCountRole = Qt.ItemDataRole.UserRole + 4


class SourcesModel(PrecomputedTableModel):
    """Sources as rows; columns: title, publisher, date, URL, confidence, citing facts."""

    TITLE, PUBLISHER, DATE, URL, CONFIDENCE, CITATIONS = range(6)
    COLUMN_COUNT = 6

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._sources: list[Source] = []
        self._counts: dict[str, int] = {}
        self._filter_text: list[str] = []
        self._reload()

    def _reload(self) -> None:
        db = self._state.database
        lang = self._state.language
        self._sources = db.sources()
        self._counts = db.citation_counts()
        self._display, self._sort, self._filter_text = [], [], []
        for source in self._sources:
            count = self._counts.get(source.id, 0)
            self._display.append((
                source.title, source.publisher or "",
                format_date(source.published, source.published_precision, lang),
                source.url or "", confidence_label(source.confidence), str(count),
            ))
            # Unknown dates sort as the oldest, so "newest first" puts them last.
            self._sort.append((
                source.title.casefold(), (source.publisher or "").casefold(),
                source.published or "", source.url or "",
                CONFIDENCE_RANK.get(source.confidence, 9), count,
            ))
            self._filter_text.append(" ".join(
                t for t in (source.id, source.title, source.publisher, source.author,
                            source.url, source.published, source.note) if t).casefold())

    def source_at(self, row: int) -> Source:
        """The source shown in ``row``."""
        return self._sources[row]

    def row_of(self, source_id: str) -> int:
        """The row of ``source_id``, or -1."""
        return next((i for i, s in enumerate(self._sources) if s.id == source_id), -1)

    # -- Qt model interface -------------------------------------------------------------------
    def _tooltip_text(self, row: int, column: int) -> str:
        if column == self.TITLE:
            source = self._sources[row]
            return "\n".join(t for t in (source.title, source.author, source.note) if t)
        return self._display[row][column]

    def _extra_data(self, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CITATIONS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == SourceRole:
            return self._sources[row]
        if role == SourceIdRole:
            return self._sources[row].id
        if role == FilterTextRole:
            return self._filter_text[row]
        if role == CitationCountRole:
            return self._counts.get(self._sources[row].id, 0)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Title"), self.tr("Publisher"), self.tr("Date"), self.tr("URL"),
                  self.tr("Confidence"), self.tr("Facts"))
        return titles[section] if 0 <= section < len(titles) else None
