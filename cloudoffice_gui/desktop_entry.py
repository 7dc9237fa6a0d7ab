"""Install CloudOffice Compare into the Linux desktop menu (XDG), for the current user.

Writes the launcher, the scalable icon and the AppStream metainfo under the user's XDG data
directory, and removes exactly those files again. No Qt: this runs before (or without) a
QApplication, e.g. from ``python -m cloudoffice_gui.desktop_entry install``.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from cloudoffice_gui import APP_ID, resources_path

EXECUTABLE_NAME = "cloudoffice-gui"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
METAINFO_FILE_NAME = f"{APP_ID}.metainfo.xml"
ICON_SOURCE_NAME = "cloudoffice-compare.svg"

# Desktop Entry spec, "The Exec key": an argument holding any of these must be double-quoted.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four must be backslash-escaped.
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def default_data_home() -> Path:
    """``$XDG_DATA_HOME`` if it is set to an absolute path, else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG Base Directory spec says a relative value is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_paths(data_home: Path | None = None) -> list[Path]:
    """The files :func:`install_desktop_entry` writes: launcher, icon, metainfo."""
    base = data_home if data_home is not None else default_data_home()
    return [
        base / "applications" / DESKTOP_FILE_NAME,
        base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        base / "metainfo" / METAINFO_FILE_NAME,
    ]


def quote_exec_argument(argument: str) -> str:
    """Quote one argument for an ``Exec`` value per the Desktop Entry spec (1.4).

    The result is ready to be written into the file: the spec's quoting rule is applied first,
    then the general string escaping (a literal backslash becomes four backslashes).
    """
    if any(ord(char) < 0x20 or char == "\x7f" for char in argument):
        raise ValueError(f"control characters cannot be represented in Exec: {argument!r}")
    # A literal '%' would start a field code; '%%' is the spec's escape for it.
    argument = argument.replace("%", "%%")
    if argument and not any(char in _EXEC_RESERVED for char in argument):
        return argument
    quoted = "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c for c in argument)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def _escape_string_value(value: str) -> str:
    """Escape a plain string value (``TryExec``, ``Path``) per the spec's string type."""
    if any(ord(char) < 0x20 or char == "\x7f" for char in value):
        raise ValueError(f"control characters are not allowed here: {value!r}")
    return value.replace("\\", "\\\\")


def _is_executable_file(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_launcher_command() -> tuple[list[str], Path | None]:
    """The command that starts this installation of the app, and a working dir if it needs one.

    Prefers the ``cloudoffice-gui`` script of the running interpreter's environment (so a venv
    install launches from that venv), then the one on ``PATH``; a frozen app launches itself;
    otherwise ``<python> -m cloudoffice_gui``.
    """
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)], None
    candidates: list[Path] = []
    if sys.argv and Path(sys.argv[0]).name == EXECUTABLE_NAME:
        candidates.append(Path(sys.argv[0]))
    for scheme in (None, f"{os.name}_user"):
        try:
            scripts = sysconfig.get_path("scripts", scheme or sysconfig.get_default_scheme())
        except KeyError:
            continue
        candidates.append(Path(scripts) / EXECUTABLE_NAME)
    on_path = shutil.which(EXECUTABLE_NAME)
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if _is_executable_file(candidate):
            # abspath, not resolve(): a venv's bin/ must keep its own path, not its symlink target.
            return [os.path.abspath(candidate)], None
    return [os.path.abspath(sys.executable), "-m", "cloudoffice_gui"], _source_checkout_dir()


def _source_checkout_dir() -> Path | None:
    """The checkout root when the package is not installed, so ``-m`` can import it."""
    package_parent = Path(__file__).resolve().parent.parent
    site_dirs = {Path(p).resolve() for p in site.getsitepackages()}
    if site.ENABLE_USER_SITE:
        site_dirs.add(Path(site.getusersitepackages()).resolve())
    return None if package_parent in site_dirs else package_parent


def render_desktop_entry(template: str, command: list[str], working_dir: Path | None) -> str:
    """The shipped launcher with ``Exec`` (plus ``TryExec`` and maybe ``Path``) for ``command``.

    ``TryExec`` hides the menu entry if the program is later deleted (e.g. its venv removed)
    instead of leaving a launcher that fails.
    """
    lines = template.splitlines()
    output: list[str] = []
    group = None
    replaced = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            group = stripped
        key = stripped.split("=", 1)[0].strip() if "=" in stripped else None
        if group == "[Desktop Entry]" and key in {"TryExec", "Path"}:
            continue
        if group == "[Desktop Entry]" and key == "Exec":
            output.append("TryExec=" + _escape_string_value(command[0]))
            output.append("Exec=" + " ".join(quote_exec_argument(arg) for arg in command))
            if working_dir is not None:
                output.append("Path=" + _escape_string_value(str(working_dir)))
            replaced = True
            continue
        output.append(line)
    if not replaced:
        raise ValueError("the desktop entry template has no Exec key in [Desktop Entry]")
    return "\n".join(output) + "\n"


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file 0600; menus and icon caches of other processes need to read it.
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def _refresh_caches(data_home: Path) -> None:
    """Refresh the desktop and icon caches that already exist; never create or require them.

    Only existing caches are refreshed: our entry declares no MIME types and a missing icon
    cache just means the directory is scanned, so creating caches would only leave files behind.
    """
    applications = data_home / "applications"
    hicolor = data_home / "icons" / "hicolor"
    commands = []
    if (applications / "mimeinfo.cache").exists():
        commands.append(["update-desktop-database", "-q", str(applications)])
    if (hicolor / "icon-theme.cache").exists():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    for command in commands:
        if shutil.which(command[0]) is None:
            continue
        try:
            subprocess.run(command, check=False, timeout=60,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            # A stale cache only delays the menu update; it must not fail the install.
            pass


def install_desktop_entry(
    data_home: Path | None = None, exec_path: str | None = None
) -> list[Path]:
    """Install the launcher, icon and metainfo for the current user; return the written files.

    ``exec_path`` is the program the launcher runs (a path, or a name found on ``PATH``); by
    default the installed ``cloudoffice-gui`` script (see :func:`find_launcher_command`).
    """
    base = data_home if data_home is not None else default_data_home()
    if exec_path is not None:
        # A bare name is looked up on PATH by the launcher; anything else is made absolute.
        program = exec_path if os.sep not in exec_path else os.path.abspath(exec_path)
        command, working_dir = [program], None
    else:
        command, working_dir = find_launcher_command()
    resources = resources_path()
    template = (resources / DESKTOP_FILE_NAME).read_text(encoding="utf-8")
    desktop_path, icon_path, metainfo_path = installed_paths(base)
    contents = {
        desktop_path: render_desktop_entry(template, command, working_dir).encode("utf-8"),
        icon_path: (resources / "icons" / ICON_SOURCE_NAME).read_bytes(),
        metainfo_path: (resources / METAINFO_FILE_NAME).read_bytes(),
    }
    # The launcher goes last so a menu never shows an entry whose icon is not there yet.
    for path in (icon_path, metainfo_path, desktop_path):
        _atomic_write(path, contents[path])
    _refresh_caches(base)
    return [desktop_path, icon_path, metainfo_path]


def uninstall_desktop_entry(data_home: Path | None = None) -> list[Path]:
    """Remove the files :func:`install_desktop_entry` writes; return those that were removed."""
    base = data_home if data_home is not None else default_data_home()
    removed = []
    for path in installed_paths(base):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    if removed:
        _refresh_caches(base)
    return removed


def main(argv: list[str] | None = None) -> int:
    """``python -m cloudoffice_gui.desktop_entry install|uninstall``: print the files touched."""
    args = sys.argv[1:] if argv is None else argv
    if args not in (["install"], ["uninstall"]):
        print("usage: python -m cloudoffice_gui.desktop_entry install|uninstall", file=sys.stderr)
        return 2
    action = install_desktop_entry if args[0] == "install" else uninstall_desktop_entry
    for path in action():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
