"""Light and dark: follow the system colour scheme, or force one, for the whole application.

When the platform already paints the wanted scheme (a dark desktop, a native style that
honours it) nothing is overridden. Otherwise the app switches to the Fusion style with an
explicit palette, which every platform (including offscreen) renders the same way.
Views that draw their own colours (matrix, timeline) ask :func:`is_dark_palette` and
re-read the palette on ``QEvent.Type.PaletteChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

THEMES = ("system", "light", "dark")
"""Theme choices: follow the system colour scheme, or force light or dark."""

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def is_dark_palette(palette: QPalette) -> bool:
    """True when ``palette`` draws light text on a dark window."""
    window = palette.color(_Role.Window).lightness()
    text = palette.color(_Role.WindowText).lightness()
    return window < text


def system_prefers_dark() -> bool:
    """True when the desktop reports a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _palette(colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """A complete dark palette for the Fusion style (text contrast above 10:1)."""
    return _palette({
        _Role.Window: "#2d2d2d", _Role.WindowText: "#e6e6e6",
        _Role.Base: "#1e1e1e", _Role.AlternateBase: "#2a2a2a",
        _Role.ToolTipBase: "#3a3a3a", _Role.ToolTipText: "#f0f0f0",
        _Role.PlaceholderText: "#9a9a9a", _Role.Text: "#e6e6e6",
        _Role.Button: "#3a3a3a", _Role.ButtonText: "#e6e6e6", _Role.BrightText: "#ff6b6b",
        _Role.Light: "#505050", _Role.Midlight: "#444444", _Role.Mid: "#303030",
        _Role.Dark: "#9a9a9a", _Role.Shadow: "#0f0f0f",
        _Role.Highlight: "#2f7fd0", _Role.HighlightedText: "#ffffff",
        _Role.Link: "#6cb4ff", _Role.LinkVisited: "#c29cff", _Role.Accent: "#2f7fd0",
    }, {
        _Role.WindowText: "#7a7a7a", _Role.Text: "#7a7a7a", _Role.ButtonText: "#7a7a7a",
        _Role.Highlight: "#505050", _Role.HighlightedText: "#b0b0b0",
    })


def light_palette() -> QPalette:
    """A complete light palette for the Fusion style (Qt's own Fusion colours)."""
    return _palette({
        _Role.Window: "#efefef", _Role.WindowText: "#000000",
        _Role.Base: "#ffffff", _Role.AlternateBase: "#f7f7f7",
        _Role.ToolTipBase: "#ffffdc", _Role.ToolTipText: "#000000",
        _Role.PlaceholderText: "#6e6e6e", _Role.Text: "#000000",
        _Role.Button: "#efefef", _Role.ButtonText: "#000000", _Role.BrightText: "#ffffff",
        _Role.Light: "#ffffff", _Role.Midlight: "#cacaca", _Role.Mid: "#b8b8b8",
        _Role.Dark: "#6e6e6e", _Role.Shadow: "#767676",
        _Role.Highlight: "#308cc6", _Role.HighlightedText: "#ffffff",
        _Role.Link: "#0b57d0", _Role.LinkVisited: "#7a1fa2", _Role.Accent: "#308cc6",
    }, {
        _Role.WindowText: "#8c8c8c", _Role.Text: "#8c8c8c", _Role.ButtonText: "#8c8c8c",
        _Role.Highlight: "#919191", _Role.HighlightedText: "#ffffff",
    })


class ReadableFusionStyle(QProxyStyle):
    """Fusion with a visible frame around check boxes on a dark palette.

    Fusion outlines a check box in the window colour made darker, which vanishes on a dark
    base; the product list's checkboxes would look unchecked-and-absent.
    """

    _CHECKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
               QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._CHECKS and is_dark_palette(option.palette):
            painter.save()
            painter.setPen(QPen(option.palette.color(_Role.Dark), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5))
            painter.restore()


class ThemeManager(QObject):
    """Applies the chosen theme to the application and re-applies it when the system changes."""

    theme_changed = Signal(str)
    """The theme choice ('system', 'light' or 'dark') after :meth:`apply`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._native_style = app.style().name()
        self._style: QStyle | None = None  # keeps our proxy style alive while the app uses it
        self._theme = "system"
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @property
    def theme(self) -> str:
        """The current choice: 'system', 'light' or 'dark'."""
        return self._theme

    def wants_dark(self) -> bool:
        """Whether the current choice resolves to dark right now."""
        return self._theme == "dark" or (self._theme == "system" and system_prefers_dark())

    def apply(self, theme: str) -> None:
        """Use ``theme`` ('system', 'light' or 'dark') from now on."""
        self._theme = theme if theme in THEMES else "system"
        want_dark = self.wants_dark()
        # Back to what the platform paints, then override only if that is the wrong scheme.
        if self._style is not None or self._app.style().name() != self._native_style:
            self._app.setStyle(self._native_style)
            self._style = None
        self._app.setPalette(QPalette())
        override = is_dark_palette(self._app.palette()) != want_dark
        if override or (want_dark and self._native_style.lower() == "fusion"):
            self._style = ReadableFusionStyle() if want_dark else None
            self._app.setStyle(self._style or "Fusion")
        if override:
            self._app.setPalette(dark_palette() if want_dark else light_palette())
        self.theme_changed.emit(self._theme)

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system":
            self.apply("system")


_manager: ThemeManager | None = None


def theme_manager() -> ThemeManager:
    """The application's theme manager (created on first use; needs a QApplication)."""
    global _manager
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    if _manager is None:
        _manager = ThemeManager(app)  # type: ignore[arg-type]
    return _manager
