"""The matrix as CSV, taken from the model a table shows: the same rows, columns and texts.

Reading the on-screen model (the filtered, sorted proxy) rather than recomputing from the
database is what makes the file equal what the user sees, filters and as-of date included.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt

from cloudoffice_gui.export.atomic_write import write_bytes_atomic

_DISPLAY = Qt.ItemDataRole.DisplayRole


def _text(value: object) -> str:
    return "" if value is None else str(value)


def model_rows(model: QAbstractItemModel, corner: str = "",
               rows: Sequence[int] | None = None,
               columns: Sequence[int] | None = None,
               role: int = _DISPLAY) -> list[list[str]]:
    """The table as text: a header row (``corner`` + column headers), then one row per model row.

    Each row starts with its vertical header text (leading indentation stripped). ``rows`` and
    ``columns`` give the order to use (a view's visual order); default: the model's order.
    ``role`` is the cells' data role (a model may spell a cell out more fully for a file).
    """
    rows = list(range(model.rowCount())) if rows is None else list(rows)
    columns = list(range(model.columnCount())) if columns is None else list(columns)
    table = [[corner] + [_text(model.headerData(c, Qt.Orientation.Horizontal, _DISPLAY))
                         for c in columns]]
    for row in rows:
        header = _text(model.headerData(row, Qt.Orientation.Vertical, _DISPLAY)).strip()
        table.append([header] + [_text(model.index(row, c).data(role)) for c in columns])
    return table


def csv_bytes(table: Sequence[Sequence[str]]) -> bytes:
    """``table`` as CSV bytes: UTF-8 with a byte-order mark, CRLF line ends."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    # Excel opens a CSV without a BOM in the system's ANSI code page (GBK on Chinese Windows,
    # cp1252 elsewhere), which garbles UTF-8 Chinese and the ✓ ◐ ✗ glyphs; the BOM makes it
    # read UTF-8. LibreOffice and Python's "utf-8-sig" accept it too.
    return buffer.getvalue().encode("utf-8-sig")


def export_model_csv(model: QAbstractItemModel, path: Path | str, corner: str = "",
                     rows: Sequence[int] | None = None, columns: Sequence[int] | None = None,
                     overwrite: bool = False, role: int = _DISPLAY,
                     footer: Sequence[Sequence[str]] = ()) -> Path:
    """Write ``model`` (in the given row/column order) as CSV at ``path`` atomically.

    ``footer`` rows (a legend) follow the table after one empty row.
    """
    table = model_rows(model, corner, rows, columns, role)
    if footer:
        table += [[], *[list(r) for r in footer]]
    return write_bytes_atomic(path, csv_bytes(table), overwrite)
