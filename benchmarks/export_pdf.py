"""Time the comparison PDF: the six article products and ten products, both languages.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_pdf.py [--runs 5] [--database DB]

Prints the median of ``--runs`` runs per case (after one warm-up export): gathering the content (database to texts),
painting the PDF (layout twice: once to count pages, once to draw) and the whole export. A
separate process also times the command line, start-up and imports included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from cloudoffice_gui import bundled_database_path  # noqa: E402
from cloudoffice_gui.data.database import open_database  # noqa: E402
from cloudoffice_gui.export.pdf_report import export_pdf  # noqa: E402
from cloudoffice_gui.export.report_content import build_report_content  # noqa: E402
from cloudoffice_gui.views.fonts import register_bundled_fonts  # noqa: E402

AS_OF = dt.date(2020, 2, 24)


def time_case(database_path: Path, ids: list[str], lang: str, runs: int,
              folder: Path) -> tuple[float, float, int]:
    """Median seconds for content and PDF painting, and the PDF's size in bytes."""
    content_times, pdf_times, size = [], [], 0
    for run in range(runs):
        target = folder / f"{lang}-{len(ids)}-{run}.pdf"
        start = time.perf_counter()
        with open_database(database_path) as database:
            content = build_report_content(database, ids, AS_OF, lang)
        middle = time.perf_counter()
        export_pdf(content, target, overwrite=True)
        end = time.perf_counter()
        content_times.append(middle - start)
        pdf_times.append(end - middle)
        size = target.stat().st_size
    return statistics.median(content_times), statistics.median(pdf_times), size


def time_cli(database_path: Path, runs: int, folder: Path) -> float:
    """Median wall time of ``main.py export --format pdf`` for the six article products."""
    times = []
    for run in range(runs):
        target = folder / f"cli-{run}.pdf"
        start = time.perf_counter()
        subprocess.run([sys.executable, str(REPO / "main.py"), "export", "--format", "pdf",
                        "--output", str(target), "--as-of", AS_OF.isoformat(), "--lang", "en",
                        "--database", str(database_path)], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Print the timings; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", type=Path, default=bundled_database_path())
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])  # fonts and painting need it
    register_bundled_fonts()
    with open_database(args.database) as database:
        products = database.products()
    article = [p.id for p in products if p.in_article]
    ten = [p.id for p in products][:10]
    print(f"database {args.database} · as of {AS_OF} · median of {args.runs} runs")
    with tempfile.TemporaryDirectory() as folder:
        time_case(args.database, article, "zh", 1, Path(folder))  # warm-up: fonts, imports
        for label, ids in (("six article products", article), ("ten products", ten)):
            for lang in ("en", "zh"):
                content, pdf, size = time_case(args.database, ids, lang, args.runs, Path(folder))
                print(f"{label:<22} {lang}: content {content * 1000:6.0f} ms · PDF "
                      f"{pdf * 1000:6.0f} ms · total {(content + pdf) * 1000:6.0f} ms · "
                      f"{size / 1024:5.0f} KiB")
        cli = time_cli(args.database, max(1, min(args.runs, 3)), Path(folder))
        print(f"command line, six products, en (process start to exit): {cli * 1000:.0f} ms")
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
