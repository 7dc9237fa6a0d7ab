"""Refresh the Qt Linguist catalogues from the source, then compile them.

    python scripts/update_translations.py          # lupdate + lrelease + Qt's own catalogue
    python scripts/update_translations.py --check  # exit 1 if a text lacks a Chinese translation

Steps: ``pyside6-lupdate`` over every ``cloudoffice_gui/**/*.py`` into
``resources/translations/cloudoffice_{zh_CN,en}.ts`` (translations already made are kept,
texts no longer in the code are dropped); the English catalogue gets each source text as its
translation (the source texts are English); ``pyside6-lrelease`` writes the ``.qm`` files;
``qtbase_zh_CN.qm`` is copied from PySide6 so Qt's standard dialogs speak Chinese too.

lupdate cannot see through a module's one-line helper such as
``def _t(text): return QCoreApplication.translate("Facts", text)`` (``_t("Source")`` has no
context it knows), nor into f-strings (``f"<h3>{self.tr('Offers')}</h3>"``). So this script
finds those calls with ``ast``, writes them as plain ``QCoreApplication.translate("Facts",
"Source")`` lines into a scratch file for lupdate, and points the locations back at the real
files.
Chinese translations are written in the ``.ts`` file (Qt Linguist: ``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cloudoffice_gui"
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALES = ("zh_CN", "en")
QT_CATALOGUES = ("qtbase_zh_CN.qm",)


@dataclass(frozen=True)
class HelperCall:
    """A literal text passed to a module's translate helper: where, and under which context."""

    context: str
    text: str
    path: Path
    line: int


def ts_path(locale: str, folder: Path = TRANSLATIONS) -> Path:
    """The Linguist source of ``locale``."""
    return folder / f"cloudoffice_{locale}.ts"


def qm_path(locale: str, folder: Path = TRANSLATIONS) -> Path:
    """The compiled catalogue of ``locale``."""
    return folder / f"cloudoffice_{locale}.qm"


def tool(name: str) -> str:
    """The path of a PySide6 tool next to this Python (the venv's bin), else on PATH."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def python_sources(package: Path = PACKAGE) -> list[Path]:
    """Every Python file of the package, sorted."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _helper_context(node: ast.FunctionDef) -> str | None:
    """'Ctx' for ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    if len(node.body) != 1 or not isinstance(node.body[0], ast.Return) or not node.args.args:
        return None
    call = node.body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) >= 2):
        return None
    context, text = call.args[0], call.args[1]
    if (isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == node.args.args[0].arg):
        return context.value
    return None


class _CallFinder(ast.NodeVisitor):
    """Collects helper calls anywhere and ``self.tr("…")`` inside f-strings (lupdate skips both)."""

    def __init__(self, path: Path, helpers: dict[str, str]) -> None:
        self.path = path
        self.helpers = helpers
        self.classes: list[str] = []
        self.in_fstring = 0
        self.calls: list[HelperCall] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:  # noqa: N802 - ast API
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        text = node.args[0] if node.args else None
        literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
        func = node.func
        if literal and isinstance(func, ast.Name) and func.id in self.helpers:
            self._add(self.helpers[func.id], text.value, node)  # type: ignore[union-attr]
        elif (literal and self.in_fstring and self.classes and isinstance(func, ast.Attribute)
              and func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self"):
            self._add(self.classes[-1], text.value, node)  # type: ignore[union-attr]
        self.generic_visit(node)

    def _add(self, context: str, text: str, node: ast.Call) -> None:
        self.calls.append(HelperCall(context, text, self.path, node.lineno))


def helper_calls(paths: list[Path]) -> list[HelperCall]:
    """Literal texts lupdate cannot see: module translate helpers' and ``self.tr`` in f-strings."""
    calls: list[HelperCall] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {node.name: ctx for node in tree.body if isinstance(node, ast.FunctionDef)
                   and (ctx := _helper_context(node)) is not None}
        finder = _CallFinder(path, helpers)
        finder.visit(tree)
        calls += finder.calls
    return sorted(calls, key=lambda c: (str(c.path), c.line))


def _py_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def run_lupdate(ts_files: list[Path], sources: list[Path] | None = None) -> None:
    """Merge the texts of ``sources`` (default: the package) into ``ts_files``."""
    sources = python_sources() if sources is None else sources
    calls = helper_calls(sources)
    with tempfile.TemporaryDirectory() as scratch:
        stub = Path(scratch) / "translate_helper_calls.py"
        lines = ["from PySide6.QtCore import QCoreApplication"]
        lines += [f"QCoreApplication.translate({_py_string(c.context)}, {_py_string(c.text)})"
                  for c in calls]
        stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                   "-locations", "absolute", *map(str, sources), str(stub), "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True, cwd=ROOT)
        for ts in ts_files:
            _relocate(ts, stub, calls)


def _relocate(ts: Path, stub: Path, calls: list[HelperCall]) -> None:
    """Point locations in the scratch file back at the helper calls' real files and lines."""
    text = ts.read_text(encoding="utf-8")
    stub_name = re.escape(stub.name)

    def real(match: re.Match[str]) -> str:
        call = calls[int(match.group(1)) - 2]  # line 1 is the import
        relative = Path(os.path.relpath(call.path, ts.parent)).as_posix()
        return f'<location filename="{relative}" line="{call.line}"/>'

    text = re.sub(rf'<location filename="[^"]*{stub_name}" line="(\d+)"/>', real, text)
    ts.write_text(text, encoding="utf-8")


# Escaped XML text holds no '<', so [^<]* never runs into the next message.
_UNFINISHED = re.compile(
    r"(<source>([^<]*)</source>(?:\s*<(comment|extracomment|translatorcomment|oldsource)>[^<]*</\3>)*\s*)"
    r'<translation type="unfinished">\s*</translation>')


def fill_identity(ts: Path) -> None:
    """Give every untranslated message its source text: the source language is English.

    Plural messages (``%n``) are left for a person: English needs two different forms.
    """
    text = ts.read_text(encoding="utf-8")
    ts.write_text(_UNFINISHED.sub(r"\1<translation>\2</translation>", text), encoding="utf-8")


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation; None when unfinished, empty or obsolete."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                result[(name, source)] = None
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = "\n".join(forms) if forms else (translation.text or "")
            filled = all(f.strip() for f in forms) if forms else bool(text.strip())
            result[(name, source)] = text if filled else None
    return result


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` with lrelease."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own catalogues."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def update(folder: Path = TRANSLATIONS) -> None:
    """lupdate, English identity, lrelease, and Qt's catalogue, all in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(locale, folder) for locale in LOCALES]
    run_lupdate(ts_files)
    fill_identity(ts_path("en", folder))
    for locale in LOCALES:
        compile_qm(ts_path(locale, folder), qm_path(locale, folder))
    for name in QT_CATALOGUES:
        shutil.copyfile(qt_translations_dir() / name, folder / name)


def missing_translations(folder: Path = TRANSLATIONS) -> list[tuple[str, str]]:
    """Texts in the code that the Chinese catalogue does not translate (lupdate into a copy)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts_path("zh_CN").name
        shutil.copyfile(ts_path("zh_CN", folder), copy)
        run_lupdate([copy])
        return sorted(key for key, value in messages(copy).items() if value is None)


def main(argv: list[str] | None = None) -> int:
    """Update everything, or with --check only report texts without a translation."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the code has texts the zh_CN catalogue lacks")
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_translations()
        for context, source in missing:
            print(f"untranslated: [{context}] {source}")
        return 1 if missing else 0
    update()
    missing = [key for key, value in messages(ts_path("zh_CN")).items() if value is None]
    print(f"updated {TRANSLATIONS.relative_to(ROOT)}: "
          f"{len(messages(ts_path('zh_CN')))} texts, {len(missing)} without a Chinese translation")
    for context, source in missing:
        print(f"  [{context}] {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
