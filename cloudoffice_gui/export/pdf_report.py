"""The comparison report painted with QPainter: one code path for PDF, printer and preview.

:func:`paint_report` draws a :class:`ReportContent` on any paged device (QPdfWriter,
QPrinter, the QPrintPreviewDialog's printer); :func:`export_pdf` wraps it in an atomic file
write. Text uses the bundled CJK font, so Chinese is embedded and searchable in the PDF on
machines without any Chinese font.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPdfWriter

from cloudoffice_gui import __version__
from cloudoffice_gui.export.atomic_write import atomic_output
from cloudoffice_gui.export.errors import ExportCancelled, ExportError
from cloudoffice_gui.export.pdf_canvas import MUTED, Cell, ReportCanvas, Table, apply_page_setup
from cloudoffice_gui.export.report_charts import MetricChart, TimelineChart
from cloudoffice_gui.export.report_content import ReportContent

Progress = Callable[[float], bool]
"""Called with the share done (0..1); returning False cancels the export."""

# The on-screen matrix tints (feature_matrix_model) made opaque and a little lighter, so
# the black text on them keeps its contrast on paper and in greyscale.
LEVEL_FILLS = {"full": QColor(40, 167, 69), "partial": QColor(230, 160, 20),
               "none": QColor(220, 53, 69), "disputed": QColor(128, 90, 213)}
FILL_STRENGTH = 0.22
MIN_PRODUCT_COLUMN_PT = 68.0
FEATURE_COLUMN_PT = 98.0


def report_font_families() -> list[str]:
    """The bundled families (CJK face first), registering them if needed."""
    from cloudoffice_gui.views.fonts import register_bundled_fonts

    families = register_bundled_fonts()
    if not families:
        raise ExportError("The bundled fonts are missing (resources/fonts); "
                          "Chinese text cannot be written. Reinstall the app.")
    return families


def level_fill(level: str) -> QColor | None:
    """The paper tint of a matrix cell of ``level`` (None: unknown stays white)."""
    colour = LEVEL_FILLS.get(level)
    if colour is None:
        return None
    mix = FILL_STRENGTH
    return QColor(round(255 - mix * (255 - colour.red())), round(255 - mix * (255 - colour.green())),
                  round(255 - mix * (255 - colour.blue())))


def paint_report(content: ReportContent, device: QPagedPaintDevice,
                 progress: Progress | None = None) -> int:
    """Paint the whole report on ``device``; returns the number of pages.

    Lays out once without drawing to count pages (for "page n of N"), then draws.
    """
    families = report_font_families()
    footer = content.footer()
    dry = ReportCanvas(device, None, families, footer, lambda page: "")
    total = _ReportWriter(content, dry, None).write()
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Could not start drawing the report (the output device refused).")
    try:
        canvas = ReportCanvas(device, painter, families, footer,
                              lambda page: content.label("page", page=page, total=total))
        return _ReportWriter(content, canvas, progress).write()
    finally:
        painter.end()


def export_pdf(content: ReportContent, path: Path | str, page_size: str = "A4",
               orientation: str = "portrait", overwrite: bool = False,
               progress: Progress | None = None) -> Path:
    """Write the report as a PDF at ``path`` atomically; returns the absolute path written."""
    with atomic_output(path, overwrite) as temp:
        writer = QPdfWriter(str(temp))
        writer.setTitle(f"{content.title} — {content.as_of.isoformat()}")
        writer.setCreator(f"CloudOffice Compare {__version__}")
        apply_page_setup(writer, page_size, orientation)
        try:
            paint_report(content, writer, progress)
        finally:
            # The writer closes its file only when destroyed; do it before the rename.
            del writer
    return Path(path).expanduser().absolute()


class _ReportWriter:
    """Writes the report's sections in order onto one canvas."""

    def __init__(self, content: ReportContent, canvas: ReportCanvas,
                 progress: Progress | None) -> None:
        self.c = content
        self.canvas = canvas
        self.progress = progress

    def write(self) -> int:
        """All sections; the number of pages."""
        steps = [self._title_page, self._profiles, self._matrix, self._ranking, self._timeline,
                 self._metrics, self._offers, self._strategies, self._sources, self._coverage]
        for done, step in enumerate(steps):
            if self.progress is not None and not self.progress(done / len(steps)):
                raise ExportCancelled()
            step()
        if self.progress is not None and not self.progress(1.0):
            raise ExportCancelled()
        return self.canvas.finish()

    def _new_section(self, key: str) -> None:
        if self.canvas.y > 0:
            self.canvas.new_page()
        self.canvas.heading(self.c.label(key), 16)

    # -- sections --------------------------------------------------------------------------
    def _title_page(self) -> None:
        c, canvas = self.c, self.canvas
        canvas.y = canvas.height * 0.12
        canvas.paragraph(c.title, 26, bold=True, after_pt=6)
        canvas.paragraph(c.subtitle, 12, after_pt=22)
        facts = [
            (c.label("as_of"), f"{c.date_text(c.as_of)} ({c.as_of.isoformat()})"),
            *((c.label("focus_date"), f"{c.date_text(d)} ({d.isoformat()})")
              for d in (c.focus_date,) if d is not None),
            *((c.label("researched_through"), f"{c.date_text(d)} ({d.isoformat()})")
              for d in (c.researched_through,) if d is not None),
            (c.label("products"), "\n".join(
                f"{p.name}{f' ({p.other_name})' if p.other_name else ''} — {p.vendor}"
                for p in c.profiles)),
            (c.label("data_version"), c.data_version),
            (c.label("database_built"), c.build_date),
            (c.label("database"), c.database_name),
            (c.label("generated"), f"{c.date_text(c.generated)} ({c.generated.isoformat()})"),
            (c.label("language"), c.label("language_name")),
        ]
        table = Table(headers=(), widths=(1, 3), font_pt=10)
        table.rows = [[Cell(key, bold=True), Cell(value)] for key, value in facts]
        canvas.table(table)
        canvas.space(10)
        canvas.paragraph(c.label("how_to_read"), 9.5)

    def _profiles(self) -> None:
        c, canvas = self.c, self.canvas
        self._new_section("profiles")
        for profile in c.profiles:
            name = profile.name + (f"  {profile.other_name}" if profile.other_name else "")
            canvas.heading(name, 12, keep_pt=70)
            details = [f"{c.label('vendor')}: {profile.vendor}",
                       f"{c.label('category')}: {profile.category}",
                       f"{c.label('launched')}: {profile.launched}"]
            canvas.paragraph("    ".join(details), 9, after_pt=2)
            if profile.aliases:
                canvas.paragraph(f"{c.label('aliases')}: {profile.aliases}", 9, after_pt=2)
            canvas.paragraph(profile.summary, 9.5, after_pt=8)

    def _matrix(self) -> None:
        c, canvas = self.c, self.canvas
        count = len(c.product_names)
        room = canvas.width - canvas.pt(FEATURE_COLUMN_PT)
        per_page = max(1, int(room // canvas.pt(MIN_PRODUCT_COLUMN_PT)))
        # Too many products for one page width: split them into even parts, each a full
        # table with the feature column and header repeated.
        parts = max(1, math.ceil(count / per_page)) if count else 1
        size = math.ceil(count / parts) if count else 0
        for part in range(parts):
            first, last = part * size, min(count, (part + 1) * size)
            self._new_section("matrix")
            canvas.paragraph(c.label("matrix_note", first=first + 1, last=last, count=count), 8.5)
            self._legend()
            product_width = room / max(size, 1)
            widths = [canvas.pt(FEATURE_COLUMN_PT)] + [product_width] * (last - first)
            table = Table(headers=[c.label("feature"), *c.product_names[first:last]], widths=widths,
                          font_pt=7.5 if size > 4 else 8)
            for group in c.matrix_groups:
                table.rows.append(group.name)
                for row in group.rows:
                    table.rows.append([Cell(row.name)] + [
                        Cell(cell.text(), fill=None if cell.stale else level_fill(cell.level),
                             color=MUTED if cell.stale or cell.level in ("unknown", "out-of-scope")
                             else None)
                        for cell in row.cells[first:last]])
            canvas.table(table)

    def _legend(self) -> None:
        c, canvas = self.c, self.canvas
        levels = ("full", "partial", "none", "unknown", "disputed", "out-of-scope")
        table = Table(headers=(), widths=[1] * len(c.legend), font_pt=7, keep_together=True)
        table.rows = [[Cell(f"{glyph} {word}\n{note}", fill=level_fill(level))
                       for (glyph, word, note), level in zip(c.legend, levels)]]
        canvas.paragraph(c.label("legend"), 8.5, bold=True, after_pt=2)
        canvas.table(table)
        if c.marks:
            canvas.paragraph("    ".join(f"{mark} {meaning}" for mark, meaning in c.marks), 7.5)

    def _ranking(self) -> None:
        c, canvas = self.c, self.canvas
        if not c.ranking:
            return
        canvas.heading(c.label("ranking"), 13, keep_pt=60 + 20 * len(c.ranking))
        canvas.paragraph(c.label("ranking_note", weights=c.ranking_weights), 8.5)
        table = Table(headers=[c.label("rank"), c.label("product"), c.label("score"),
                               c.label("points")], widths=(0.6, 2.4, 1, 1.2), font_pt=8.5,
                      keep_together=True)
        table.rows = [[Cell(str(e.rank)), Cell(e.product_name, bold=e.rank == 1),
                       Cell(f"{e.percent:.1f}%"), Cell(e.points)] for e in c.ranking]
        canvas.table(table)

    def _timeline(self) -> None:
        c, canvas = self.c, self.canvas
        self._new_section("timeline")
        if not c.events:
            canvas.paragraph(c.label("no_events"), 9.5)
            return
        from cloudoffice_gui.data.timeline_data import seconds_to_date

        start = seconds_to_date(c.chart_start)
        end = min(seconds_to_date(c.chart_end), c.as_of)
        canvas.paragraph(c.label("timeline_note", start=c.date_text(start), end=c.date_text(end)), 8.5)
        self._timeline_chart()
        canvas.space(8)
        table = Table(headers=["#", c.label("date"), c.label("lane"), c.label("kind"),
                               c.label("event"), c.label("source")],
                      widths=(0.35, 1.1, 1.2, 0.75, 4.4, 0.6), font_pt=7.5)
        table.rows = [[Cell(str(e.number)), Cell(e.date_text), Cell(e.lane_name), Cell(e.kind_text),
                       Cell(e.title), Cell(f"[{e.citation}]")] for e in c.events]
        canvas.table(table)

    def _timeline_chart(self) -> None:
        """The chart, its lanes continued on the next page when they do not all fit."""
        c, canvas = self.c, self.canvas
        lanes = list(range(len(c.timeline.lanes)))
        while lanes:
            room = canvas.bottom - canvas.y
            fitting = TimelineChart(c, canvas, lanes).lanes_fitting(room)
            if fitting == 0 and canvas.y > 0:
                canvas.new_page()
                continue
            # A lane too busy for a whole page is drawn with its rows squeezed.
            chart = TimelineChart(c, canvas, lanes[:max(fitting, 1)], max_height=room)
            canvas.figure(chart.height, chart.paint)
            lanes = lanes[max(fitting, 1):]

    def _metrics(self) -> None:
        c, canvas = self.c, self.canvas
        canvas.heading(c.label("metrics"), 13, keep_pt=150)
        if not c.metric_panels:
            canvas.paragraph(c.label("no_metrics"), 9.5)
            return
        canvas.paragraph(c.label("metrics_note"), 8.5)
        columns = 3 if canvas.width > canvas.pt(700) else 2
        gap = canvas.pt(8)
        width = (canvas.width - gap * (columns - 1)) / columns
        height = canvas.pt(118)
        panels = [MetricChart(p, c, canvas) for p in c.metric_panels]
        for first in range(0, len(panels), columns):
            row = panels[first:first + columns]

            def paint(painter: QPainter, rect: QRectF, row: list = row) -> None:
                for n, chart in enumerate(row):
                    left = rect.left() + n * (width + gap)
                    chart.paint(painter, QRectF(left, rect.top(), width, height))

            canvas.figure(height + gap, paint)

    def _offers(self) -> None:
        c, canvas = self.c, self.canvas
        self._new_section("offers")
        if not c.offers:
            canvas.paragraph(c.label("no_offers"), 9.5)
            return
        canvas.paragraph(c.label("offers_note"), 8.5)
        table = Table(headers=[c.label("product"), c.label("audience"), c.label("offer"),
                               c.label("announced"), c.label("period"), c.label("source")],
                      widths=(1.1, 2.6, 2.4, 1.1, 1.4, 0.6), font_pt=7.5)
        table.rows = [[Cell(o.product_name, bold=True), Cell(o.audience), Cell(o.offer),
                       Cell(o.announced), Cell(o.period), Cell(f"[{o.citation}]")] for o in c.offers]
        canvas.table(table)

    def _strategies(self) -> None:
        c, canvas = self.c, self.canvas
        for key, entries in (("strategies", c.strategies), ("context", c.context)):
            canvas.heading(c.label(key), 13, keep_pt=80)
            if not entries:
                canvas.paragraph(c.label("no_strategies"), 9.5)
                continue
            canvas.paragraph(c.label("strategies_note"), 8.5)
            for entry in entries:
                lead = f"{entry.heading}: " if entry.heading else ""
                canvas.ensure(canvas.pt(40))
                canvas.paragraph(f"{lead}{entry.summary} [{entry.citation}]", 9.5, after_pt=1)
                if entry.speaker:
                    canvas.paragraph(f"{c.label('speaker')}: {entry.speaker}", 8, indent_pt=14,
                                     after_pt=1)
                canvas.paragraph(f"{c.label('quote')}: {entry.quote}", 8, indent_pt=14, after_pt=7,
                                 color=QColor(70, 70, 70))

    def _coverage(self) -> None:
        c, canvas = self.c, self.canvas
        if not c.coverage:
            return
        canvas.heading(c.label("coverage"), 13, keep_pt=80 + 14 * len(c.coverage))
        canvas.paragraph(c.label("coverage_note"), 8.5)
        table = Table(headers=[c.label("product"), c.label("coverage_stated"), c.label("coverage_as_of"),
                               c.label("coverage_unknown"), c.label("coverage_out"),
                               c.label("coverage_high")],
                      widths=(1.6, 1.5, 1.5, 0.9, 0.9, 1.2), font_pt=7.5)
        table.rows = [[Cell(e.product_name, bold=True), Cell(e.stated), Cell(e.stated_as_of),
                       Cell(str(e.unknown)), Cell(str(e.out_of_scope)), Cell(e.high_share)]
                      for e in c.coverage]
        canvas.table(table)

    def _sources(self) -> None:
        c, canvas = self.c, self.canvas
        self._new_section("sources")
        canvas.paragraph(c.label("sources_note"), 8.5)
        table = Table(headers=["#", c.label("source")], widths=(0.45, 9), font_pt=7.5)
        for entry in c.sources:
            s = entry.source
            parts = [s.title]
            details = [t for t in (s.publisher, s.author, entry.date_text) if t]
            if details:
                parts.append(", ".join(details))
            if s.url:
                parts.append(s.url)
            parts.append(f"{c.label('confidence')}: {entry.confidence_text}")
            table.rows.append([Cell(f"[{entry.number}]", bold=True), Cell("\n".join(parts))])
        canvas.table(table)
