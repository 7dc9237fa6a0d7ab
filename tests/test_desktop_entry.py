"""Desktop integration: the shipped launcher, metainfo and icon, and the per-user installer."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cloudoffice_gui
from cloudoffice_gui import APP_ID, resources_path
from cloudoffice_gui.desktop_entry import (
    DESKTOP_FILE_NAME,
    METAINFO_FILE_NAME,
    default_data_home,
    find_launcher_command,
    install_desktop_entry,
    installed_paths,
    quote_exec_argument,
    uninstall_desktop_entry,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_DESKTOP = resources_path() / DESKTOP_FILE_NAME
SHIPPED_METAINFO = resources_path() / METAINFO_FILE_NAME
SHIPPED_ICON = resources_path() / "icons" / "cloudoffice-compare.svg"


# Debian/Ubuntu packages that provide the tools these tests run.
TOOL_PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "gtk-update-icon-cache": "gtk-update-icon-cache",
}


VALIDATORS = {"desktop-file-validate", "appstreamcli"}


def require_tool(name: str) -> str:
    """Path of a tool; skip if it is missing, except a validator in CI, which must run there."""
    path = shutil.which(name)
    if path is None:
        hint = f"{name} not installed (apt install {TOOL_PACKAGES[name]})"
        if name in VALIDATORS and os.environ.get("CI"):
            pytest.fail(f"{hint}; CI must run the validators")
        pytest.skip(hint)
    return path


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def assert_desktop_file_valid(path: Path) -> None:
    result = run_validator(require_tool("desktop-file-validate"), str(path))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # desktop-file-validate exits 0 on warnings; we want none.
    assert "error:" not in output and "warning:" not in output, output


def read_desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def split_exec(value: str) -> list[str]:
    """Parse an Exec value (as stored in the file) into argv, per Desktop Entry spec 1.4."""
    # Step 1: the general string escapes, applied before the quoting rule.
    unescaped, i = [], 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            unescaped.append(escapes[value[i + 1]])
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    # Step 2: split on spaces, honouring double quotes and the four in-quote escapes.
    args: list[str] = []
    current: list[str] | None = None
    in_quotes, i = False, 0
    while i < len(text):
        char = text[i]
        if in_quotes:
            if char == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current.append(text[i + 1])
                i += 1
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == " ":
            if current is not None:
                args.append("".join(current))
                current = None
        elif char == '"':
            in_quotes = True
            current = current if current is not None else []
        else:
            assert char not in "\t\n'\\><~|&;$*?#()`", f"unquoted reserved {char!r} in {value!r}"
            current = (current or []) + [char]
        i += 1
    assert not in_quotes, f"unterminated quote in {value!r}"
    if current is not None:
        args.append("".join(current))
    # Step 3: field codes; ours has none, so only the '%%' escape may appear.
    for arg in args:
        assert "%" not in arg.replace("%%", ""), f"unexpected field code in {arg!r}"
    return [arg.replace("%%", "%") for arg in args]


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throw-away HOME and XDG_DATA_HOME, so nothing touches the real user's menu."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    target = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(target))
    return target


# --- the shipped files ------------------------------------------------------------------------


def test_shipped_desktop_file_validates() -> None:
    assert_desktop_file_valid(SHIPPED_DESKTOP)


def test_shipped_metainfo_validates() -> None:
    result = run_validator(require_tool("appstreamcli"), "validate", "--no-net",
                           str(SHIPPED_METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "E:" not in output and "W:" not in output, output


def test_shipped_desktop_file_names_the_app_consistently() -> None:
    entry = read_desktop_entry(SHIPPED_DESKTOP)
    assert entry["Name"] == "CloudOffice Compare"
    assert entry["Name[zh_CN]"] == "云办公对比"
    assert entry["Icon"] == APP_ID
    assert split_exec(entry["Exec"]) == ["cloudoffice-gui"]
    assert entry["Terminal"] == "false"


def test_shipped_metainfo_matches_the_app() -> None:
    root = ET.parse(SHIPPED_METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE_NAME
    assert root.findtext("provides/binary") == "cloudoffice-gui"
    assert root.findtext("project_license") == "MIT"
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert cloudoffice_gui.__version__ in versions


def test_pyproject_declares_the_launcher_command() -> None:
    pyproject = REPO_ROOT / "pyproject.toml"
    if not pyproject.exists():
        pytest.skip("pyproject.toml not written yet; the launcher runs the gui-script it declares")
    import tomllib

    scripts = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert scripts["cloudoffice-gui"] == "cloudoffice_gui.app:main"


def test_icon_is_self_contained_svg() -> None:
    root = ET.parse(SHIPPED_ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    x, y, width, height = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0) and width == height
    for element in root.iter():
        for name, value in element.attrib.items():
            if name.endswith("href"):
                assert value.startswith("#"), f"external reference {value!r}"
        assert element.tag.rsplit("}", 1)[-1] not in {"text", "image", "script", "foreignObject"}


@pytest.mark.parametrize("size", [16, 48, 256])
def test_icon_renders_with_qt(qapp, size: int) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SHIPPED_ICON))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # The tile fills the middle, and the cloud (white) sits on the blue tile.
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert image.pixelColor(size // 8 + 1, size // 2).blue() > image.pixelColor(
        size // 8 + 1, size // 2).red()


# --- Exec quoting -----------------------------------------------------------------------------


def test_plain_argument_is_left_unquoted() -> None:
    assert quote_exec_argument("/usr/bin/cloudoffice-gui") == "/usr/bin/cloudoffice-gui"


def test_reserved_characters_are_quoted_and_escaped() -> None:
    assert quote_exec_argument("/opt/my app/run") == '"/opt/my app/run"'
    assert quote_exec_argument('a"b') == '"a\\\\"b"'
    assert quote_exec_argument("100%") == "100%%"


def test_control_characters_are_rejected() -> None:
    with pytest.raises(ValueError):
        quote_exec_argument("/tmp/a\nb")


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
@example("\\")
@example('say "hi" to $USER')
@example("`cmd` 50% ~/a;b")
@example("云办公 对比")
def test_quoting_round_trips_through_the_spec_parser(argument: str) -> None:
    assert split_exec(quote_exec_argument(argument)) == [argument]


# --- install / uninstall ----------------------------------------------------------------------


def test_default_data_home_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_data_home() == tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/invalid")
    assert default_data_home() == tmp_path / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_data_home() == tmp_path / ".local" / "share"


def test_install_writes_the_three_files_and_uninstall_removes_them(data_home: Path) -> None:
    written = install_desktop_entry()
    assert written == installed_paths(data_home)
    desktop, icon, metainfo = written
    assert desktop == data_home / "applications" / f"{APP_ID}.desktop"
    assert icon == data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == SHIPPED_ICON.read_bytes()
    assert metainfo.read_bytes() == SHIPPED_METAINFO.read_bytes()
    assert files_under(data_home) == set(written)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644

    assert uninstall_desktop_entry() == written
    assert files_under(data_home) == set()
    assert uninstall_desktop_entry() == []


def test_installed_desktop_file_validates(data_home: Path) -> None:
    desktop = install_desktop_entry()[0]
    assert_desktop_file_valid(desktop)
    entry = read_desktop_entry(desktop)
    assert entry["Icon"] == APP_ID
    assert entry["Name[zh_CN]"] == "云办公对比"


def test_installed_tree_validates_as_a_whole(tmp_path: Path) -> None:
    # validate-tree cross-checks the metainfo against the installed .desktop file.
    root = tmp_path / "root"
    install_desktop_entry(data_home=root / "usr" / "share")
    result = run_validator(require_tool("appstreamcli"), "validate-tree", "--no-net", str(root))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "E:" not in output and "W:" not in output, output


def test_installed_exec_points_to_an_existing_command(data_home: Path) -> None:
    entry = read_desktop_entry(install_desktop_entry()[0])
    argv = split_exec(entry["Exec"])
    program = Path(argv[0])
    assert program.is_absolute() and program.is_file() and os.access(program, os.X_OK), argv
    assert entry["TryExec"] == argv[0]
    if program.name != "cloudoffice-gui":
        assert argv[1:] == ["-m", "cloudoffice_gui"]
        # -m must find the package from the launcher's working directory (or site-packages).
        workdir = entry.get("Path")
        check = subprocess.run([*argv[:1], "-c", "import cloudoffice_gui"], cwd=workdir or "/",
                               capture_output=True, text=True, check=False, timeout=120)
        assert check.returncode == 0, check.stderr


def test_awkward_exec_path_is_quoted_so_it_round_trips(data_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / 'my "apps" $HOME \\ 100% (x)'
    folder.mkdir()
    script = folder / "cloudoffice-gui"
    script.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    script.chmod(0o755)
    desktop = install_desktop_entry(exec_path=str(script))[0]
    assert_desktop_file_valid(desktop)
    assert split_exec(read_desktop_entry(desktop)["Exec"]) == [str(script)]


def test_running_cloudoffice_gui_script_is_preferred(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "cloudoffice-gui"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert find_launcher_command() == ([str(script)], None)


def test_reinstall_replaces_files_and_leaves_no_temporaries(data_home: Path) -> None:
    desktop = installed_paths(data_home)[0]
    desktop.parent.mkdir(parents=True)
    desktop.write_text("[Desktop Entry]\nName=stale\n", encoding="utf-8")
    install_desktop_entry()
    install_desktop_entry()
    assert read_desktop_entry(desktop)["Name"] == "CloudOffice Compare"
    assert files_under(data_home) == set(installed_paths(data_home))


def test_missing_cache_tools_do_not_fail(data_home: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (data_home / "applications").mkdir(parents=True)
    (data_home / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n")
    empty_bin = tmp_path / "empty-bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    assert len(install_desktop_entry(exec_path="/bin/sh")) == 3
    assert len(uninstall_desktop_entry()) == 3


def test_existing_icon_cache_is_refreshed_and_restored(data_home: Path) -> None:
    tool = require_tool("gtk-update-icon-cache")
    hicolor = data_home / "icons" / "hicolor"
    # Another app's icon: gtk-update-icon-cache writes no cache for an empty theme.
    other_icon = hicolor / "scalable" / "apps" / "org.example.Other.svg"
    other_icon.parent.mkdir(parents=True)
    shutil.copyfile(SHIPPED_ICON, other_icon)
    subprocess.run([tool, "-q", "-t", "-f", str(hicolor)], check=True, timeout=120)
    cache = hicolor / "icon-theme.cache"
    before = files_under(data_home)

    install_desktop_entry()
    assert APP_ID.encode() in cache.read_bytes()
    uninstall_desktop_entry()
    assert APP_ID.encode() not in cache.read_bytes()
    assert files_under(data_home) == before


def test_no_caches_are_created_when_none_existed(data_home: Path) -> None:
    install_desktop_entry()
    assert not (data_home / "applications" / "mimeinfo.cache").exists()
    assert not (data_home / "icons" / "hicolor" / "icon-theme.cache").exists()


def test_installer_does_not_import_qt() -> None:
    # It must work before (or without) a QApplication, e.g. from a post-install step.
    code = ("import sys, cloudoffice_gui.desktop_entry; "
            "sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, check=False, timeout=120)
    assert result.returncode == 0
