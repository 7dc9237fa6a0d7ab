"""The bundled fonts: coverage of our text, registration with Qt, and PDF text that extracts.

No CJK font is installed on the test machine (`fc-list :lang=zh` is empty), so these
tests fail if the bundled font is missing, incomplete or not used.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QPainter, QPdfWriter, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from cloudoffice_gui import resources_path
from cloudoffice_gui.views.fonts import apply_application_font, bundled_fonts_dir, register_bundled_fonts

CJK_FILE = "NotoSansSC-Subset-Regular.otf"
CJK_FAMILY = "Noto Sans CJK SC Subset"
PDF_TEXT = "腾讯会议 使用 7000 份收集表"
# Characters that share a glyph in the original face, and Latin that GSUB ligatures
# ("ffi") would swallow: each must come back out of the PDF as itself.
PDF_TRAPS = "• · – ‒ ～ 〜 ✓ ◐ ★ ☆ ▲ ▼ … × CloudOffice file flow official"


def _font_files() -> list[Path]:
    return sorted(p for p in bundled_fonts_dir().iterdir() if p.suffix in (".otf", ".ttf"))


def _covered() -> set[int]:
    covered: set[int] = set()
    for path in _font_files():
        covered |= set(TTFont(path).getBestCmap())
    return covered


def _drawn_characters(paths: list[Path]) -> dict[str, list[str]]:
    """Visible characters of the files, each with the files it appears in."""
    found: dict[str, list[str]] = {}
    for path in paths:
        for ch in set(path.read_text(encoding="utf-8")):
            if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
                continue
            found.setdefault(ch, []).append(path.name)
    return found


def _assert_covered(paths: list[Path]) -> None:
    covered = _covered()
    missing = {ch: files for ch, files in _drawn_characters(paths).items() if ord(ch) not in covered}
    report = ", ".join(f"{ch} U+{ord(ch):04X} ({', '.join(sorted(files))})"
                       for ch, files in sorted(missing.items()))
    assert not missing, f"not in the bundled fonts, run scripts/build_font_subset.py: {report}"


def _data_and_translation_files() -> list[Path]:
    data = [p for p in (resources_path() / "data").rglob("*") if p.suffix in (".csv", ".json", ".md")]
    return sorted(data) + sorted((resources_path() / "translations").glob("*.ts"))


def _write_pdf(path: Path, lines: list[tuple[QFont, str]]) -> None:
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for row, (font, text) in enumerate(lines):
        painter.setFont(font)
        painter.drawText(QRectF(0, row * 600, 9000, 500), text)
    painter.end()


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def _pdf_font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return names


@pytest.fixture
def app_font_restored(qapp: QApplication):
    """Give the application font back after a test that changes it."""
    before = QFont(qapp.font())
    yield qapp
    qapp.setFont(before)
    for family in QFont.substitutions():
        QFont.removeSubstitutions(family)


def test_cjk_font_covers_all_of_gb2312() -> None:
    cmap = TTFont(bundled_fonts_dir() / CJK_FILE).getBestCmap()
    missing = []
    for high in range(0xA1, 0xFF):
        for low in range(0xA1, 0xFF):
            try:
                ch = bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if ord(ch) not in cmap:
                missing.append(ch)
    assert not missing, "GB2312 characters missing: " + "".join(missing)


def test_fonts_cover_every_character_in_data_and_translations() -> None:
    files = _data_and_translation_files()
    assert files, "resources/data/ has no text files to check"
    _assert_covered(files)


def test_fonts_cover_every_character_in_the_ui_source() -> None:
    _assert_covered(sorted((resources_path().parent / "cloudoffice_gui").rglob("*.py")))


@pytest.mark.parametrize("path", _font_files(), ids=lambda p: p.name)
def test_each_code_point_has_its_own_glyph(path: Path) -> None:
    # Qt's ToUnicode map gives a shared glyph the lowest code point: 用 would come out as ⽤.
    cmap = TTFont(path).getBestCmap()
    shared = {glyph for glyph, n in Counter(cmap.values()).items() if n > 1}
    assert not shared, [chr(c) for c, g in cmap.items() if g in shared]


def test_registered_family_supports_chinese(qapp: QApplication) -> None:
    families = register_bundled_fonts()
    assert families[0] == CJK_FAMILY
    assert families == register_bundled_fonts()  # a second call registers nothing new
    assert CJK_FAMILY in QFontDatabase.families()
    font = QFont(CJK_FAMILY, 12)
    metrics = QFontMetrics(font)
    raw = QRawFont.fromFont(font)
    assert raw.familyName() == CJK_FAMILY
    for ch in "钉钉飞书企业微信":
        assert metrics.inFontUcs4(ord(ch)), ch
        assert raw.supportsCharacter(ch), ch


def test_pdf_text_extracts_as_the_characters_drawn(qapp: QApplication, tmp_path: Path) -> None:
    register_bundled_fonts()
    pdf = tmp_path / "report.pdf"
    _write_pdf(pdf, [(QFont(CJK_FAMILY, 12), PDF_TEXT), (QFont(CJK_FAMILY, 12), PDF_TRAPS)])
    assert "NotoSansCJKscSubset-Regular" in _pdf_font_names(pdf)
    text = _pdf_text(pdf)
    assert "使用" in text and "腾讯会议" in text, text
    for word in PDF_TRAPS.split():
        assert word in text, f"{word!r} not extracted from {text!r}"
    if shutil.which("pdftotext"):
        poppler = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout
        assert PDF_TEXT in poppler and PDF_TRAPS in poppler, poppler


def test_application_font_draws_chinese_with_the_bundled_face(
        app_font_restored: QApplication, qtbot, tmp_path: Path) -> None:
    apply_application_font(app_font_restored)
    assert app_font_restored.font().families()[0] == CJK_FAMILY
    label = QLabel("Hello 钉钉飞书企业微信")
    qtbot.addWidget(label)
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {CJK_FAMILY}
    # An exporter that never names a font gets the application font, bold included.
    bold = QFont()
    bold.setBold(True)
    pdf = tmp_path / "default.pdf"
    _write_pdf(pdf, [(QFont(), PDF_TEXT), (bold, "钉钉飞书企业微信")])
    # Bold ships only while both weights fit the size budget; Qt synthesises it otherwise.
    has_bold = (bundled_fonts_dir() / CJK_FILE.replace("Regular", "Bold")).exists()
    expected = {"NotoSansCJKscSubset-Regular"} | ({"NotoSansCJKscSubset-Bold"} if has_bold else set())
    assert expected <= _pdf_font_names(pdf)
    text = _pdf_text(pdf)
    assert "使用" in text and "腾讯会议" in text and "企业微信" in text, text
