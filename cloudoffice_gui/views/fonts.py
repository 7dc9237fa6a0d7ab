"""The bundled fonts: register them with Qt and make them the application's default.

The app ships a subset of Noto Sans CJK SC (see resources/fonts/README.md) so Chinese
renders on machines with no CJK font, and so PDFs written with QPdfWriter embed a font
whose text extracts as the right characters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cloudoffice_gui import resources_path

FONT_SUFFIXES = (".otf", ".ttf")

# addApplicationFont registers a file again on each call; keep one id per file.
_registered: dict[Path, list[str]] = {}


def bundled_fonts_dir() -> Path:
    """The folder that holds the bundled font files."""
    return resources_path() / "fonts"


def register_bundled_fonts() -> list[str]:
    """Add every bundled font file to QFontDatabase; return their families, main face first.

    Safe to call more than once. The largest file is the CJK face, so ordering by size
    puts it before the small gap-filler fonts (Thai, symbols).
    """
    folder = bundled_fonts_dir()
    files = [p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES] if folder.is_dir() else []
    families: list[str] = []
    for path in sorted(files, key=lambda p: (-p.stat().st_size, p.name)):
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.extend(_registered[path])
    return list(dict.fromkeys(families))


def apply_application_font(app: QApplication) -> None:
    """Make the bundled families the application's font, with the system font after them.

    The bundled CJK face goes first, not merely as a fallback: where the system default
    resolves to a CJK font of its own (e.g. a system Noto CJK through fontconfig), Qt
    would otherwise draw Chinese with it, and that font's PDF text extracts as Kangxi
    radicals. Characters none of the bundled fonts have fall through to the system font.
    """
    bundled = register_bundled_fonts()
    if not bundled:
        return
    font = QFont(app.font())
    system_family = font.family()
    system_families = font.families() or [system_family]
    font.setFamilies(bundled + [f for f in system_families if f not in bundled])
    app.setFont(font)
    # Widgets that ask for the system or fixed-pitch family by name still find
    # Chinese in the bundled face before any system fallback.
    fixed_family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    for family in dict.fromkeys((system_family, fixed_family)):
        QFont.insertSubstitutions(family, bundled)
