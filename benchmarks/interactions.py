"""Time interactions inside one app process; run by benchmarks/run.py, prints one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/interactions.py --database DB

Every interaction is timed from the change (a keystroke, an as-of date, a range) until the
widget that shows its result has painted again, so layout and painting count, not just the
model. Views are built in the order a user would meet them, and the timeline is built before
anything else imports pyqtgraph, so "timeline ready" includes that import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget  # noqa: E402

PRODUCT_KEYS = ("c", "", "t", "te", "tea", "team", "team ", "team 1", "team 12", "", "腾", "")
SEARCH_QUERIES = ("meeting", "会议", "免费", "Team", "300", "文档", "Synthetic feature 12")
AS_OF_DATES = tuple(dt.date(2012 + (n * 5) % 13, 1 + (n * 7) % 12, 1 + (n * 11) % 28)
                    for n in range(16))
"""Sixteen dates spread over 2012-2024, in an order that jumps back and forth."""


class PaintWatch(QObject):
    """Notes when ``widget`` has finished painting: the first event of any kind after its paint.

    The paint pass that draws the widget may go on to other widgets, and timers due in the
    same processEvents() may run after it; neither belongs to "this widget updated".
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.painting = False
        self.done: tuple[float, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.done is None:
            if self.painting and not (watched is self.widget and event.type() == QEvent.Type.Paint):
                self.finish()
            elif watched is self.widget and event.type() == QEvent.Type.Paint:
                self.painting = True
        return False

    def finish(self) -> None:
        """Record now as the end of the widget's paint."""
        self.done = (time.perf_counter(), time.process_time())
        self.painting = False


def until_painted(action: Callable[[], object], widget: QWidget, timeout: float = 2.0,
                  cpu: list[float] | None = None, whole_pass: bool = False) -> float | None:
    """Seconds from ``action()`` until ``widget`` has painted; None if it never repainted.

    With ``cpu``, the process CPU seconds over the same span are appended to it (on a busy
    machine wall time also counts other processes). With ``whole_pass``, the time runs to
    the end of the event processing in which the widget painted (its children paint after
    it: a view shown for the first time is ready when they are).
    """
    app = QApplication.instance()
    watch = PaintWatch(widget)
    app.installEventFilter(watch)
    try:
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        while watch.done is None:
            app.processEvents()
            if watch.painting or (whole_pass and watch.done is not None):
                watch.finish()
            if watch.done is None and time.perf_counter() - started > timeout:
                return None
        if cpu is not None:
            cpu.append(watch.done[1] - started_cpu)
        return watch.done[0] - started
    finally:
        app.removeEventFilter(watch)


def median_ms(samples: list[float | None]) -> float | None:
    """Median of the samples that repainted, in milliseconds."""
    kept = [s for s in samples if s is not None]
    return round(statistics.median(kept) * 1000, 2) if kept else None


def _viewport(widget: QWidget) -> QWidget:
    return widget.viewport() if isinstance(widget, QAbstractItemView) else widget


def product_filter(window: object) -> dict[str, object]:
    """Typing in the product list's search box: keystroke to filtered table painted."""
    from PySide6.QtTest import QTest

    panel = window.product_list  # type: ignore[attr-defined]
    viewport = _viewport(panel.table)
    samples: list[float | None] = []
    cpu: list[float] = []
    for text in PRODUCT_KEYS:
        if text.startswith(panel.search.text()) and text and text.isascii():
            extra = text[len(panel.search.text()):]
            samples.append(until_painted(lambda e=extra: QTest.keyClicks(panel.search, e), viewport,
                                         cpu=cpu))
        else:
            samples.append(until_painted(lambda t=text: panel.search.setText(t), viewport, cpu=cpu))
    panel.search.clear()
    QApplication.processEvents()
    return {"product_filter_ms": median_ms(samples), "product_filter_cpu_ms": median_ms(cpu),
            "product_filter_max_ms": round(max(s for s in samples if s is not None) * 1000, 2)}


def global_search(window: object) -> dict[str, object]:
    """The search dialog: query to results painted (the 150 ms typing pause left out)."""
    try:
        from cloudoffice_gui.views.search_dialog import SearchDialog
    except ImportError:
        return {"global_search_ms": None}
    dialog = SearchDialog(window.state, window)  # type: ignore[attr-defined]
    dialog.show()
    QApplication.processEvents()
    viewport = _viewport(dialog.tree)
    cpu: list[float] = []
    samples = [until_painted(lambda q=query: dialog.set_query(q), viewport, cpu=cpu)
               for query in SEARCH_QUERIES]
    dialog.close()
    return {"global_search_ms": median_ms(samples), "global_search_cpu_ms": median_ms(cpu),
            "global_search_max_ms": round(max(s for s in samples if s is not None) * 1000, 2)}


def timeline(window: object, all_products: bool) -> dict[str, object]:
    """Timeline ready (incl. the pyqtgraph import), then pan/zoom frames over every event."""
    result: dict[str, object] = {"pyqtgraph_before_timeline": "pyqtgraph" in sys.modules}
    started = time.perf_counter()
    holder = window._lazy_tabs["timeline"]  # type: ignore[attr-defined]
    ready = until_painted(lambda: window.show_view("timeline"), holder, timeout=60,  # type: ignore[attr-defined]
                          whole_pass=True)
    result["timeline_ready_s"] = round(ready or time.perf_counter() - started, 3)
    view = window.view("timeline")  # type: ignore[attr-defined]
    state = window.state  # type: ignore[attr-defined]
    if all_products:
        started = time.perf_counter()
        state.set_chosen_product_ids([p.id for p in state.database.products()])
        QApplication.processEvents()
        result["timeline_all_products_s"] = round(time.perf_counter() - started, 3)
    data = view.timeline_data()
    result["timeline_events_shown"] = len(data.events)
    canvas = view.canvas
    low, high = canvas.x_range()
    span = high - low
    samples: list[float | None] = []
    cpu: list[float] = []
    for step in range(12):
        if step % 3 == 2:  # zoom in or out around the middle
            factor = 0.7 if step % 2 else 1.4
            action = lambda f=factor: canvas.zoom(f)  # noqa: E731
        else:  # pan by a tenth
            shift = span * (0.1 if step % 2 else -0.1)
            action = lambda s=shift: canvas.set_x_range(canvas.x_range()[0] + s, canvas.x_range()[1] + s)  # noqa: E731
        samples.append(until_painted(action, canvas.viewport(), cpu=cpu))
    result["timeline_frame_ms"] = median_ms(samples)
    result["timeline_frame_cpu_ms"] = median_ms(cpu)
    return result


def matrix(window: object, products: int) -> dict[str, object]:
    """The matrix: ready time, then as-of changes with ``products`` product columns."""
    state = window.state  # type: ignore[attr-defined]
    ids = [p.id for p in state.database.products()][:products]
    state.set_chosen_product_ids(ids)
    QApplication.processEvents()
    holder = window._lazy_tabs["matrix"]  # type: ignore[attr-defined]
    started = time.perf_counter()
    ready = until_painted(lambda: window.show_view("matrix"), holder, timeout=60,  # type: ignore[attr-defined]
                          whole_pass=True)
    view = window.view("matrix")  # type: ignore[attr-defined]
    viewport = _viewport(view.table)
    cpu: list[float] = []
    samples = [until_painted(lambda d=date: state.set_as_of(d), viewport, cpu=cpu) for date in AS_OF_DATES]
    return {"matrix_ready_s": round(ready or time.perf_counter() - started, 3),
            "matrix_shape": [view.model.rowCount(), view.model.columnCount()],
            "asof_update_ms": median_ms(samples), "asof_update_cpu_ms": median_ms(cpu),
            "asof_update_max_ms": round(max(s for s in samples if s is not None) * 1000, 2)}


def pdf(database: object) -> dict[str, object]:
    """PDF report of 6 and 10 products: content built and file written (median of 3)."""
    try:
        from cloudoffice_gui.export.pdf_report import export_pdf
        from cloudoffice_gui.export.report_content import build_report_content
    except ImportError:
        return {"pdf_6_products_s": None, "pdf_10_products_s": None}
    ids = [p.id for p in database.products()]  # type: ignore[attr-defined]
    as_of = dt.date(2020, 2, 24)
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        for count in (6, 10):
            times = []
            for run in range(3):
                started = time.perf_counter()
                content = build_report_content(database, ids[:count], as_of, "zh")  # type: ignore[arg-type]
                export_pdf(content, Path(folder) / f"r{count}-{run}.pdf", overwrite=True)
                times.append(time.perf_counter() - started)
            result[f"pdf_{count}_products_s"] = round(statistics.median(times), 3)
            result[f"pdf_{count}_products_first_s"] = round(times[0], 3)
    return result


def main(argv: list[str] | None = None) -> int:
    """Open the database in a main window, time the interactions, print a JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", type=Path, required=True)
    parser.add_argument("--matrix-products", type=int, default=50)
    parser.add_argument("--timeline-all-products", action="store_true")
    parser.add_argument("--pdf", action="store_true")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only these parts: filter search timeline matrix pdf")
    args = parser.parse_args(argv)
    from cloudoffice_gui.app import create_application
    from cloudoffice_gui.views.window_factory import create_main_window

    create_application()
    started = time.perf_counter()
    window = create_main_window(args.database, "en")
    until_painted(window.show, window, timeout=60, whole_pass=True)
    result: dict[str, object] = {"window_s": round(time.perf_counter() - started, 3)}
    parts: dict[str, Callable[[], dict[str, object]]] = {
        "filter": lambda: product_filter(window), "search": lambda: global_search(window),
        "timeline": lambda: timeline(window, args.timeline_all_products),
        "matrix": lambda: matrix(window, args.matrix_products),
        "pdf": lambda: pdf(window.state.database),
    }
    wanted = args.only if args.only is not None else [p for p in parts if p != "pdf" or args.pdf]
    for section in (parts[name] for name in wanted):
        try:
            result.update(section())
        except Exception as error:  # noqa: BLE001 - one broken part must not hide the others
            result.setdefault("errors", []).append(f"{type(error).__name__}: {error}")  # type: ignore[union-attr]
        result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        # A line after each part: if a later part hangs, run.py still has these figures.
        print(json.dumps(result), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
