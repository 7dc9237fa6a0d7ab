"""Hostile texts inside a valid database: markup must stay text, 10 MB strings must not freeze.

Markup (``<img src=…>``, ``<a href=…>``, ``<script>``) goes into every free-text column of
every row and into some ids; the window with every view built, in both languages, must show
it literally in labels, tooltips, text browsers, the timeline scene and the PDF report.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cloudoffice_gui import bundled_database_path
from cloudoffice_gui.data import schema
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.validation import MAX_TEXT_CHARS
from tests.test_reliability_bad_databases import snapshot
from tests.test_reliability_cli import run_main
from tests import interface_fixtures

app = interface_fixtures.app  # names, settings folder; language and theme reset after
pytestmark = pytest.mark.usefixtures("app")

MARKUP = ('<img src="file:///etc/hostname"> <a href="https://example.invalid/x">link</a> '
          '<b>bold</b><script>alert(1)</script>')
LITERAL = '<img src="file:///etc/hostname">'
TEN_MB = 10 * 1024 * 1024
NOT_FREE_TEXT = {"id", "metric", "level", "confidence", "category", "kind", "published",
                 "launched", "valid_from", "date", "announced", "starts", "ends", "position",
                 "in_article", "value", "key", "host_class", "accessed", "began", "reported",
                 "ended", "applies_to"}


def free_text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Columns of ``table`` holding free text (names, quotes, notes, URLs...)."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    return [c for c in columns if c not in NOT_FREE_TEXT and not c.endswith(("_id", "_precision"))]


def markup_database(target: Path) -> Path:
    """A copy of the bundled database with MARKUP in every free text and in a few ids."""
    shutil.copyfile(bundled_database_path(), target)
    conn = sqlite3.connect(target)
    for table in schema.TABLE_ORDER:
        sets = ", ".join(f"{c} = coalesce({c}, '') || ' ' || :m" for c in free_text_columns(conn, table))
        conn.execute(f"UPDATE {table} SET {sets}", {"m": MARKUP})
    conn.execute("UPDATE meta SET value = value || ' ' || :m WHERE key IN ('title_en', 'title_zh', "
                 "'data_version')", {"m": MARKUP})
    # Ids end up in anchors, messages and tooltips too.
    bad = "x'\"><img src=y>"
    for table, column in (("support", "product_id"), ("events", "product_id"),
                          ("offers", "product_id"), ("strategies", "product_id")):
        conn.execute(f"UPDATE {table} SET {column} = :bad WHERE {column} = 'feishu'", {"bad": bad})
    conn.execute("UPDATE products SET id = :bad WHERE id = 'feishu'", {"bad": bad})
    conn.execute("UPDATE offers SET id = 'o' || :bad WHERE rowid = (SELECT min(rowid) FROM offers)",
                 {"bad": bad})
    conn.commit()
    conn.close()
    return target


def huge_database(target: Path) -> Path:
    """A copy with 10 MB strings in the most shown columns of Tencent Meeting and its facts."""
    shutil.copyfile(bundled_database_path(), target)
    conn = sqlite3.connect(target)
    huge = ("长文本 <b>long</b> " * (TEN_MB // 18 + 1))[:TEN_MB]
    for sql in (
        "UPDATE products SET name_en = :h, summary_zh = :h WHERE id = 'tencent-meeting'",
        "UPDATE support SET quote = :h WHERE rowid = (SELECT min(rowid) FROM support "
        "WHERE product_id = 'tencent-meeting')",
        "UPDATE events SET title_en = :h WHERE rowid = (SELECT min(rowid) FROM events "
        "WHERE product_id = 'tencent-meeting')",
        "UPDATE offers SET offer_zh = :h WHERE rowid = (SELECT min(rowid) FROM offers)",
        "UPDATE sources SET title = :h WHERE rowid = (SELECT min(rowid) FROM sources)",
        "UPDATE strategies SET summary_en = :h WHERE rowid = (SELECT min(rowid) FROM strategies)",
        "UPDATE features SET name_zh = :h WHERE rowid = (SELECT min(rowid) FROM features)",
        "UPDATE vendors SET name_en = :h WHERE id = (SELECT vendor_id FROM products "
        "WHERE id = 'tencent-meeting')",
        "UPDATE meta SET value = :h WHERE key = 'data_version'",
    ):
        conn.execute(sql, {"h": huge})
    conn.commit()
    conn.close()
    return target


@pytest.fixture(scope="module")
def markup_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return markup_database(tmp_path_factory.mktemp("markup") / "markup.db")


@pytest.fixture(scope="module")
def huge_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return huge_database(tmp_path_factory.mktemp("huge") / "huge.db")


# -- how Qt would render a text ----------------------------------------------------------------
def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a label or tooltip shows for ``text``: markup is parsed when Qt takes it as rich."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def interpreted(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """True when the literal markup in ``text`` would not be shown as written."""
    return "<img" in text and "<img" not in rendered(text, text_format)


def model_texts(view: QAbstractItemView) -> Iterator[tuple[str, int, str]]:
    """(where, role, text) for every cell and header of ``view``'s model, tree rows included."""
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole)
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{type(model).__name__}[{row},{column}]", role, value
                if column == 0 and model.hasChildren(index):
                    pending.append(index)
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                               (Qt.Orientation.Vertical, model.rowCount())):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{type(model).__name__} header {section}", role, value


def markup_problems(window: QWidget) -> tuple[list[str], set[str]]:
    """Places where markup was interpreted, and the kinds of places that showed it literally."""
    problems: list[str] = []
    literal: set[str] = set()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if interpreted(widget.toolTip()):
            problems.append(f"tooltip of {name}: {widget.toolTip()[:120]!r}")
        elif LITERAL in rendered(widget.toolTip()):
            literal.add("widget tooltip")
        if isinstance(widget, QLabel):
            if interpreted(widget.text(), widget.textFormat()):
                problems.append(f"label {name}: {widget.text()[:120]!r}")
            elif LITERAL in rendered(widget.text(), widget.textFormat()):
                literal.add("label")
        if isinstance(widget, QTextEdit):
            if re.search(r"<img\b", widget.toHtml()):
                problems.append(f"text browser {name} holds an image")
            elif LITERAL in widget.toPlainText():
                literal.add(f"browser {widget.objectName()}")
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if interpreted(widget.tabToolTip(tab)):
                    problems.append(f"tab tooltip {tab} of {name}")
        if isinstance(widget, QAbstractItemView):
            for where, role, text in model_texts(widget):
                if role == Qt.ItemDataRole.DisplayRole:
                    if LITERAL in text:
                        literal.add("item text")
                    continue  # item delegates paint display text as plain text
                if interpreted(text):
                    problems.append(f"{where} role {role}: {text[:120]!r}")
                elif LITERAL in rendered(text):
                    literal.add("item tooltip")
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if interpreted(item.toolTip()):
                    problems.append(f"graphics item tooltip in {name}: {item.toolTip()[:120]!r}")
                if isinstance(item, QGraphicsTextItem):
                    if re.search(r"<img\b", item.toHtml()):
                        problems.append(f"graphics text in {name}: {item.toPlainText()[:120]!r}")
                    elif LITERAL in item.toPlainText():
                        literal.add("graphics text")
    for action in window.findChildren(QAction):
        if interpreted(action.toolTip()):
            problems.append(f"action tooltip {action.toolTip()[:120]!r}")
    return problems, literal


def browser_problems(window: QWidget) -> list[str]:
    """Text browsers (details, evidence) that hold a real image instead of its markup."""
    return [f"{browser.objectName()}: {browser.toPlainText()[:200]!r}"
            for browser in window.findChildren(QTextEdit) if re.search(r"<img\b", browser.toHtml())]


def exercise(window: QWidget, problems: list[str] | None = None) -> None:
    """Show every product in both languages and every kind of fact as evidence; with
    ``problems``, collect the text browsers' problems after each step."""
    state = window.state  # type: ignore[attr-defined]
    db = state.database
    products = db.products()
    state.set_chosen_product_ids([p.id for p in products])
    for key in list(window._lazy_tabs):  # type: ignore[attr-defined]
        window.show_view(key)  # type: ignore[attr-defined]
    window.show_view("details")  # type: ignore[attr-defined]  # renders only while visible
    facts = [*db.support(), *db.events(), *db.offers(), *db.strategies(), *db.sources()]
    for language in ("zh", "en"):
        state.set_language(language)
        for product in products:
            state.set_current_product_id(product.id)
            if problems is not None:
                problems += browser_problems(window)
        for start in range(0, len(facts), 40):
            state.show_evidence(products[0].name(language), facts[start:start + 40])
            if problems is not None:
                problems += browser_problems(window)
        QApplication.processEvents()


def test_markup_is_shown_literally_everywhere(markup_db: Path, qtbot) -> None:
    from cloudoffice_gui.views.window_factory import create_main_window

    before = snapshot(markup_db)
    window = create_main_window(markup_db, "en")
    qtbot.addWidget(window)
    window.show()
    assert len(window.build_all_views()) >= 6
    problems: list[str] = []
    exercise(window, problems)
    more, literal = markup_problems(window)
    problems += more
    assert problems == [], "\n".join(problems)
    # It is really there, as text, in the main kinds of places.
    assert {"label", "item text", "item tooltip", "browser EvidenceBrowser",
            "browser ProductDetails"} <= literal, literal
    assert LITERAL in window.evidence_panel.plain_text()
    window.close()
    assert snapshot(markup_db) == before


def test_a_link_to_a_fact_with_markup_in_its_id_still_works(markup_db: Path, qtbot) -> None:
    from PySide6.QtGui import QTextCursor

    from cloudoffice_gui.views.window_factory import create_main_window

    window = create_main_window(markup_db, "en")
    qtbot.addWidget(window)
    window.show()
    db = window.state.database
    odd = next(o for o in db.offers() if "<img" in o.id)
    window.state.set_current_product_id(odd.product_id)
    details = window.show_view("details")
    assert odd.offer_en.split(" <img")[0] in details.plain_text()
    document = details.browser.document()
    hrefs = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        for position in range(block.position(), block.position() + block.length()):
            cursor.setPosition(position)
            href = cursor.charFormat().anchorHref()
            if href and href not in hrefs:
                hrefs.append(href)
        block = block.next()
    odd_links = [h for h in hrefs if "img" in h]
    assert odd_links, hrefs
    details.browser.anchorClicked.emit(QUrl(odd_links[0]))
    assert odd.quote.split(" <img")[0] in window.evidence_panel.plain_text()


def test_database_error_dialog_shows_markup_in_ids_literally(tmp_path: Path, qtbot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cloudoffice_gui.data.errors import DatabaseError
    from cloudoffice_gui.views.database_error_dialog import show_database_error

    path = tmp_path / "<b>odd name<img src=x>.db"
    shutil.copyfile(bundled_database_path(), path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE support SET product_id = '<img src=x>' WHERE rowid = 1")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    show_database_error(caught.value)
    labels = [label for label in seen[0].findChildren(QLabel) if "<img" in label.text()]
    assert labels and not any(interpreted(lb.text(), lb.textFormat()) for lb in labels)


def test_markup_is_literal_in_the_pdf(markup_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    output = tmp_path / "report.pdf"
    done = run_main(["export", "--format", "pdf", "--output", str(output), "--database",
                     str(markup_db), "--lang", "en", "--products", "dingtalk,tencent-meeting"])
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    compact = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", LITERAL) in compact, text[:2000]
    assert "<script>alert(1)</script>" in compact


# -- 10 MB strings -----------------------------------------------------------------------------
def test_huge_strings_open_and_are_cut(huge_db: Path) -> None:
    with open_database(huge_db) as db:
        db.check_rows()
        product = next(p for p in db.products() if p.id == "tencent-meeting")
        assert len(product.name_en) == MAX_TEXT_CHARS + 1 and product.name_en.endswith("…")
        assert product.name_en.startswith("长文本 <b>long</b>")
        assert max(len(s.quote) for s in db.support()) <= MAX_TEXT_CHARS + 1
        assert len(db.info().data_version) <= MAX_TEXT_CHARS + 1


def test_huge_strings_render_in_the_window(huge_db: Path, qtbot) -> None:
    from cloudoffice_gui.views.window_factory import create_main_window

    window = create_main_window(huge_db, "en")
    qtbot.addWidget(window)
    window.show()
    window.build_all_views()
    exercise(window)
    window.state.set_current_product_id("tencent-meeting")
    assert "长文本 <b>long</b>" in window.view("details").plain_text()
    assert not window.grab().isNull()


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["--self-test", "--lang", "zh"],
    ["search", "长文本"],
    ["export", "--format", "pdf", "--products", "tencent-meeting,dingtalk", "--lang", "en"],
    ["export", "--format", "csv", "--products", "tencent-meeting,dingtalk"],
], ids=["self-test", "search", "export-pdf", "export-csv"])
def test_huge_strings_on_the_command_line(huge_db: Path, tmp_path: Path, args: list[str]) -> None:
    before = snapshot(huge_db)
    if args[0] == "export":
        args = [*args, "--output", str(tmp_path / "out")]
    done = run_main([*args[:1], *args[1:], "--database", str(huge_db)], timeout=180)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(huge_db) == before
    if args[0] == "export":
        assert (tmp_path / "out").stat().st_size > 0


def test_numbers_and_bytes_in_the_search_index_are_searched_as_text(tmp_path: Path) -> None:
    """Found by the fuzzer: a BLOB body or a numeric title in the index broke the search."""
    from cloudoffice_gui.data.search import search

    path = tmp_path / "odd-index.db"
    shutil.copyfile(bundled_database_path(), path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE search_index SET body = X'00FF10', title_en = 2020, kind = 7, "
                 "product_id = 3.5 WHERE rowid IN (SELECT rowid FROM search_index LIMIT 40)")
    conn.commit()
    conn.close()
    with open_database(path) as db:
        for text in ("tencent", "2020", "腾讯", "meeting"):
            assert all(isinstance(hit.title, str) for hit in search(db, text))
    done = run_main(["search", "2020", "--database", str(path)])
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
