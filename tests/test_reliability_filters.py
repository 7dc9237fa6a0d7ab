"""Filter boxes take any text: any Unicode (lone surrogates too), 100,000 characters, SQL, FTS
and regular-expression syntax. Typed into the real line edits of a main window with every
view built (products, matrix, offers, sources, global search): no error, and a product
whose name contains the text stays listed. ``data/search.py`` has its own property tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from cloudoffice_gui import bundled_database_path
from cloudoffice_gui.models.product_list_model import ProductIdRole
from tests import interface_fixtures

app = interface_fixtures.app  # names, settings folder; language and theme reset after
pytestmark = pytest.mark.usefixtures("app")

HOSTILE = ("'; DROP TABLE products; --", '" OR 1=1 --', '"a" AND b* NEAR(c d) ^e title_en:x',
           "%_\\", "(*[", ".*+?{2}|$", "%1 %s {0} %(x)s", "\x00", "\u202e\u0301\u200d",
           "🙂" * 20, "钉钉 飞书 Lark", " \t\n ", "<img src=x>", "\ud800", "a\udfffb")
ANY_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=()), max_size=60),  # surrogates included
    st.sampled_from(HOSTILE),
    st.builds(lambda s, n: s * n, st.sampled_from(["x", "钉", "%", "\""]), st.integers(1000, 100_000)),
)
FILTER_SETTINGS = settings(max_examples=60, deadline=None, database=None,
                           suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[object]:
    from cloudoffice_gui.views.window_factory import create_main_window

    folder = tmp_path_factory.mktemp("filter-settings")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLOUDOFFICE_SETTINGS_DIR", str(folder))
        main = create_main_window(bundled_database_path(), "en")
        main.show()
        main.build_all_views()
        yield main
        main.close()
        main.deleteLater()


class Reported:
    """Exceptions Qt reports through sys.excepthook while typing (slots do not raise)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import sys

        self.errors: list[BaseException] = []
        monkeypatch.setattr(sys, "excepthook", lambda _t, value, _tb: self.errors.append(value))


def _type_everywhere(window: object, text: str) -> None:
    panel = window.product_list  # type: ignore[attr-defined]
    panel.search.setText(text)
    window.view("matrix").filter_edit.setText(text)  # type: ignore[attr-defined]
    window.view("offers").audience_filter.setText(text)  # type: ignore[attr-defined]
    window.view("sources").filter_edit.setText(text)  # type: ignore[attr-defined]
    QApplication.processEvents()


@FILTER_SETTINGS
@given(text=ANY_TEXT)
@example(text="x" * 100_000)
@example(text="'; DROP TABLE products; --")
def test_any_text_in_every_filter_box(window: object, text: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    reported = Reported(monkeypatch)
    _type_everywhere(window, text)
    panel = window.product_list  # type: ignore[attr-defined]
    assert panel.proxy.rowCount() <= panel.model.rowCount()
    window.grab()  # type: ignore[attr-defined]
    _type_everywhere(window, "")
    assert reported.errors == []
    assert panel.proxy.rowCount() == panel.model.rowCount()


def _product_names() -> list[tuple[str, str]]:
    from cloudoffice_gui.data.database import open_database

    with open_database(bundled_database_path()) as db:
        return [(p.id, name) for p in db.products() for name in (p.name_en, p.name_zh, *p.aliases)]


@FILTER_SETTINGS
@given(data=st.data())
def test_a_product_whose_name_contains_the_text_stays_listed(window: object, data: st.DataObject,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    reported = Reported(monkeypatch)
    product_id, name = data.draw(st.sampled_from(_product_names()))
    start = data.draw(st.integers(0, max(0, len(name) - 1)))
    end = data.draw(st.integers(start + 1, len(name)))
    fragment = name[start:end]
    case = data.draw(st.sampled_from([str.upper, str.lower, str]))
    panel = window.product_list  # type: ignore[attr-defined]
    panel.search.setText(case(fragment))
    shown = {panel.proxy.index(r, 0).data(ProductIdRole) for r in range(panel.proxy.rowCount())}
    if fragment.strip():
        assert product_id in shown, (fragment, shown)
    panel.search.setText("")
    assert reported.errors == []


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=ANY_TEXT)
def test_any_text_in_the_global_search_dialog(window: object, text: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from cloudoffice_gui.views.search_dialog import SearchDialog

    reported = Reported(monkeypatch)
    dialog: SearchDialog = window.search_actions.ensure_dialog()  # type: ignore[attr-defined]
    dialog.set_query(text)
    dialog.run_search()
    QApplication.processEvents()
    assert reported.errors == []
    assert "Traceback" not in dialog.status.text()
