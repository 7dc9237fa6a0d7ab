"""A fixture for tests that change application-wide look and language (translators, palette).

Translators and the palette belong to the QApplication, which outlives each test, so a test
that changes them must put them back. Widgets of earlier tests that pytest-qt closed are only
``deleteLater``-ed; they are deleted here first, so the LanguageChange a translator sends
never reaches a window whose database an earlier test already closed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from cloudoffice_gui.app import create_application
from cloudoffice_gui.views.theme import theme_manager
from cloudoffice_gui.views.translator import remove_interface_translators


def _flush_deleted_widgets() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application with names and this test's settings folder; language and theme reset after."""
    _flush_deleted_widgets()
    application = create_application()
    yield application  # type: ignore[misc]
    remove_interface_translators()
    theme_manager().apply("system")
    # Deliver the LanguageChange and palette events now, to this test's own widgets.
    QCoreApplication.processEvents()
    _flush_deleted_widgets()
