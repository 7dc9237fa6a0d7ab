"""The comparison PDF: read back with pypdf and poppler, in both languages, on real data."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.feature_scoring import Weights
from cloudoffice_gui.export import report_labels
from cloudoffice_gui.export.errors import ExportCancelled, ExportError, OutputExistsError
from cloudoffice_gui.export.pdf_report import export_pdf, paint_report
from cloudoffice_gui.export.report_content import UnknownProductError, build_report_content
from cloudoffice_gui.views.fonts import bundled_fonts_dir

ARTICLE_EN = ("DingTalk", "WeCom", "Feishu", "Tencent Meeting", "Tencent Docs", "Kingsoft Docs")
ARTICLE_ZH = ("钉钉", "企业微信", "飞书", "腾讯会议", "腾讯文档", "金山文档")
LATE = dt.date(2020, 2, 24)
EARLY = dt.date(2020, 1, 25)
GENERATED = dt.date(2026, 1, 2)


def squash(text: str) -> str:
    """Extracted text without whitespace: pypdf puts tabs and breaks between runs."""
    return re.sub(r"\s+", "", text)


def cell(content: object, feature_id: str, column: int = 0) -> object:
    """The matrix cell of ``feature_id`` in ``column`` of a report's content."""
    rows = [r for g in content.matrix_groups for r in g.rows]  # type: ignore[attr-defined]
    return next(r for r in rows if r.feature_id == feature_id).cells[column]


def page_texts(path: Path) -> list[str]:
    """Each page's text: poppler's pdftotext when installed (fast), else pypdf."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                             check=True).stdout.decode("utf-8")
        return out.split("\f")[:-1]
    return pypdf_texts(path)


def pypdf_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def write_report(qapp, database_path: Path, out: Path, lang: str, as_of: dt.date = LATE,
                 product_ids: list[str] | None = None, **options) -> Path:
    weights = options.pop("weights", None)
    with open_database(database_path) as database:
        ids = product_ids or [p.id for p in database.products() if p.in_article]
        content = build_report_content(database, ids, as_of, lang, weights, generated=GENERATED)
    export_pdf(content, out, **options)
    return out


@pytest.fixture(scope="module")
def english_pdf(qapp, tmp_path_factory) -> Path:
    from cloudoffice_gui import bundled_database_path

    return write_report(qapp, bundled_database_path(), tmp_path_factory.mktemp("en") / "en.pdf", "en")


@pytest.fixture(scope="module")
def chinese_pdf(qapp, tmp_path_factory) -> Path:
    from cloudoffice_gui import bundled_database_path

    return write_report(qapp, bundled_database_path(), tmp_path_factory.mktemp("zh") / "zh.pdf", "zh")


def test_english_report_names_products_and_figures(english_pdf: Path) -> None:
    text = squash("".join(page_texts(english_pdf)))
    for name in ARTICLE_EN:
        assert squash(name) in text
    assert "7,000formfillers" in text  # Tencent Docs collection forms
    assert "300participants" in text  # Tencent Meeting from 26 Jan 2020
    assert "200editors" in text
    assert squash("Universal chassis of a car") in text


def test_every_english_page_has_footer_and_page_number(english_pdf: Path) -> None:
    pages = page_texts(english_pdf)
    assert len(pages) >= 6
    for number, text in enumerate(pages, start=1):
        flat = squash(text)
        assert "Asof2020-02-24" in flat and "generated2026-01-02" in flat, number
        assert f"Page{number}of{len(pages)}" in flat


def test_chinese_report_extracts_as_chinese(chinese_pdf: Path) -> None:
    pages = pypdf_texts(chinese_pdf)
    text = squash("".join(pages))
    for name in ARTICLE_ZH:
        assert name in text
    assert "7,000人" in text and "300人" in text
    assert "汽车的通用底盘" in text and "连接器" in text
    assert "商业版3年免费使用权" in text  # Feishu's offer, with 使 and 用
    # The known trap: CJK glyphs mapped to Kangxi radicals extract as U+2Fxx.
    assert not re.search("[\u2f00-\u2fdf\u2e80-\u2eff]", text)
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert "数据截至2020-02-24" in flat and "生成于2026-01-02" in flat
        assert f"第{number}页/共{len(pages)}页" in flat


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_chinese_text_too(chinese_pdf: Path) -> None:
    text = subprocess.run(["pdftotext", str(chinese_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "使用" in text and "腾讯会议" in text and "会议人数上限" in text


def test_fonts_in_the_pdf_are_the_bundled_ones(chinese_pdf: Path) -> None:
    reader = PdfReader(str(chinese_pdf))
    names = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSansCJKscSubset" in n for n in names), names
    assert not any("DejaVu" in n or "Droid" in n for n in names), names


def test_the_as_of_date_changes_the_report(qapp, bundled_db: Path, tmp_path: Path) -> None:
    with open_database(bundled_db) as database:
        ids = ["tencent-meeting"]
        early = build_report_content(database, ids, EARLY, "en")
        late = build_report_content(database, ids, LATE, "en")
    assert cell(early, "meeting-capacity").value_text == "100 participants"
    assert cell(late, "meeting-capacity").value_text == "300 participants"
    early_pdf = write_report(qapp, bundled_db, tmp_path / "early.pdf", "en", EARLY, ids)
    late_pdf = write_report(qapp, bundled_db, tmp_path / "late.pdf", "en", LATE, ids)
    early_text, late_text = (squash("".join(page_texts(p))) for p in (early_pdf, late_pdf))
    assert "100participantssince24Jan2020" in early_text
    assert "300participantssince26Jan2020" not in early_text
    assert "300participantssince26Jan2020" in late_text
    assert "Asof2020-01-25" in early_text


def test_paper_size_and_orientation(qapp, bundled_db: Path, tmp_path: Path) -> None:
    ids = ["feishu"]
    letter = write_report(qapp, bundled_db, tmp_path / "letter.pdf", "en", product_ids=ids,
                          page_size="Letter", orientation="landscape")
    a4 = write_report(qapp, bundled_db, tmp_path / "a4.pdf", "en", product_ids=ids)
    box = PdfReader(str(letter)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    box = PdfReader(str(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    for text in page_texts(letter):
        assert "Asof2020-02-24" in squash(text)


def test_a_wide_matrix_is_split_with_headers_on_every_page(qapp, bundled_db: Path,
                                                          tmp_path: Path) -> None:
    with open_database(bundled_db) as database:
        ids = [p.id for p in database.products()][:10]
        names = [p.name_en for p in database.products()][:10]
    pdf = write_report(qapp, bundled_db, tmp_path / "ten.pdf", "en", product_ids=ids)
    pages = [squash(t) for t in page_texts(pdf)]
    matrix_pages = [t for t in pages if "Instantmessaging" in t or "Onlineclassroom" in t]
    assert len(matrix_pages) >= 2
    for text in matrix_pages:
        assert "Feature" in text  # the header row is repeated on each page of the table
    shown = "".join(matrix_pages)
    for name in names:
        assert squash(name) in shown


def test_weights_add_the_ranking(qapp, bundled_db: Path, tmp_path: Path) -> None:
    ids = ["dingtalk", "tencent-meeting"]
    plain = write_report(qapp, bundled_db, tmp_path / "plain.pdf", "en", product_ids=ids)
    ranked = write_report(qapp, bundled_db, tmp_path / "ranked.pdf", "en", product_ids=ids,
                          weights=Weights({"meetings": 3}))
    assert "Weightedranking" not in squash("".join(page_texts(plain)))
    text = squash("".join(page_texts(ranked)))
    assert "Weightedranking" in text and "Videomeetings3" in text


def test_citations_point_into_the_sources_appendix(bundled_db: Path) -> None:
    with open_database(bundled_db) as database:
        content = build_report_content(database, ["tencent-meeting", "feishu"], LATE, "en")
    numbers = [s.number for s in content.sources]
    assert numbers == list(range(1, len(numbers) + 1))
    cited = {n for g in content.matrix_groups for r in g.rows for c in r.cells for n in c.citations}
    cited |= {e.citation for e in content.events} | {o.citation for o in content.offers}
    assert cited and cited <= set(numbers)
    # Numbered by first citation: the first profile's launch date cites source 1.
    assert content.profiles[0].launched.endswith("[1]")


def test_disputed_and_month_precision_cells(small_db: Path) -> None:
    with open_database(small_db) as database:
        content = build_report_content(database, ["alpha", "beta"], dt.date(2020, 3, 1), "en")
    alpha, beta = cell(content, "capacity", 0), cell(content, "capacity", 1)
    assert alpha.level == "disputed" and alpha.value_text == "302 / 16 participants"
    assert alpha.since_text == "since Feb 2020" and len(alpha.citations) == 2
    assert beta.text().startswith("✓ Full\n300 participants\nsince 26 Jan 2020")


def test_unknown_product_is_refused(bundled_db: Path) -> None:
    with open_database(bundled_db) as database, pytest.raises(UnknownProductError, match="nope"):
        build_report_content(database, ["dingtalk", "nope"], LATE, "en")


def test_cancelled_export_leaves_the_old_file_alone(qapp, bundled_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    with open_database(bundled_db) as database:
        content = build_report_content(database, ["dingtalk"], LATE, "en")
    calls = []

    def cancel_midway(share: float) -> bool:
        calls.append(share)
        return share < 0.5

    with pytest.raises(ExportCancelled):
        export_pdf(content, target, overwrite=True, progress=cancel_midway)
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert calls and max(calls) >= 0.5


def test_existing_file_is_not_replaced_without_permission(qapp, bundled_db: Path,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"keep me")
    with open_database(bundled_db) as database:
        content = build_report_content(database, ["dingtalk"], LATE, "en")
    with pytest.raises(OutputExistsError, match="exists"):
        export_pdf(content, target)
    assert target.read_bytes() == b"keep me"
    export_pdf(content, target, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


@pytest.mark.parametrize("where", [
    "missing/sub/report.pdf",
    # Not even root may create files in /proc, so this holds in CI too.
    pytest.param("/proc/cloudoffice-report.pdf", marks=pytest.mark.skipif(
        not Path("/proc/self").exists(), reason="needs Linux /proc")),
])
def test_unwritable_target_fails_cleanly(qapp, bundled_db: Path, tmp_path: Path, where: str) -> None:
    target = tmp_path / where if not where.startswith("/") else Path(where)
    with open_database(bundled_db) as database:
        content = build_report_content(database, ["dingtalk"], LATE, "en")
    with pytest.raises(ExportError):
        export_pdf(content, target)
    assert not target.exists()


def test_print_preview_paints_the_same_pages(qapp, qtbot, bundled_db: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from cloudoffice_gui.export.pdf_canvas import apply_page_setup

    pdf = write_report(qapp, bundled_db, tmp_path / "same.pdf", "en")
    with open_database(bundled_db) as database:
        ids = [p.id for p in database.products() if p.in_article]
        content = build_report_content(database, ids, LATE, "en", generated=GENERATED)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    apply_page_setup(printer, "A4", "portrait")
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    painted = []
    preview.paintRequested.connect(lambda p: painted.append(paint_report(content, p)))
    preview.updatePreview()
    assert painted and preview.pageCount() == painted[0] == len(PdfReader(str(pdf)).pages)


def test_printing_to_a_pdf_printer_uses_the_same_painter(qapp, bundled_db: Path,
                                                         tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from cloudoffice_gui.export.pdf_canvas import apply_page_setup

    with open_database(bundled_db) as database:
        content = build_report_content(database, ["wecom"], LATE, "zh")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    apply_page_setup(printer, "Letter", "portrait")
    pages = paint_report(content, printer)
    texts = page_texts(tmp_path / "printed.pdf")
    assert len(texts) == pages
    assert "企业微信" in squash("".join(texts))


def test_bundled_font_covers_every_report_label() -> None:
    faces = [TTFont(p) for p in sorted(bundled_fonts_dir().glob("*.[ot]tf"))]
    assert faces, "resources/fonts has no font"
    covered = set().union(*(face.getBestCmap() for face in faces))
    words = [t for table in (report_labels.LABELS, report_labels.LEVELS, report_labels.LEVEL_NOTES,
                             report_labels.CATEGORIES, report_labels.EVENT_KINDS,
                             report_labels.CONFIDENCES) for pair in table.values() for t in pair]
    words += list(report_labels.UNITS_ZH.values())
    missing = {ch for word in words for ch in word if not ch.isspace() and ord(ch) not in covered}
    assert not missing, f"bundled fonts lack {''.join(sorted(missing))}"
