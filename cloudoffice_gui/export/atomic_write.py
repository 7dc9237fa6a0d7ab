"""Write export files atomically: a temporary file next to the target, then a rename.

A failed or cancelled export therefore leaves no partial file, and an existing file is
only ever replaced when the caller says so (the GUI after asking, the CLI with --force).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from cloudoffice_gui.export.errors import ExportError, OutputExistsError


def check_target(path: Path | str, overwrite: bool) -> Path:
    """The absolute target path, or an :class:`ExportError` saying why it cannot be written."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise ExportError(f"Cannot write {target}: it is a folder.")
    if (target.exists() or target.is_symlink()) and not overwrite:
        raise OutputExistsError(f"Not replacing {target}: the file exists.")
    if not target.parent.is_dir():
        raise ExportError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    return target


@contextlib.contextmanager
def atomic_output(path: Path | str, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes ``path``, on any error it vanishes.

    Raises :class:`OutputExistsError` if ``path`` exists and ``overwrite`` is false, and
    :class:`ExportError` when the folder cannot be written.
    """
    target = check_target(path, overwrite)
    try:
        # Same folder as the target, so the final rename never crosses file systems.
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=target.parent)
    except OSError as error:
        raise ExportError(f"Cannot write in {target.parent}: {error.strerror or error}.") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        if not temp.exists() or temp.stat().st_size == 0:
            raise ExportError(f"Writing {target} failed: nothing was written.")
        _make_permanent(temp, target, overwrite)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_bytes_atomic(path: Path | str, data: bytes, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically and return the absolute path written."""
    with atomic_output(path, overwrite) as temp:
        temp.write_bytes(data)
    return Path(path).expanduser().absolute()


def _make_permanent(temp: Path, target: Path, overwrite: bool) -> None:
    # mkstemp creates the file readable by its owner only; an exported report should get
    # the permissions any other new file of the user gets.
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):
        os.chmod(temp, 0o666 & ~mask)
    # The data must be on disk before the rename makes it visible, or a crash right after
    # could leave an empty file under the final name.
    with open(temp, "r+b") as stream:
        os.fsync(stream.fileno())
    try:
        if overwrite:
            os.replace(temp, target)
        else:
            _link_without_replacing(temp, target)
    except OutputExistsError:
        raise
    except OSError as error:
        raise ExportError(f"Cannot write {target}: {error.strerror or error}.") from None
    _sync_folder(target.parent)


def _link_without_replacing(temp: Path, target: Path) -> None:
    # A hard link fails if the name exists, so a file that appeared while we were writing
    # is never replaced; file systems without hard links fall back to check-then-rename.
    try:
        os.link(temp, target)
    except FileExistsError:
        raise OutputExistsError(f"Not replacing {target}: the file exists.") from None
    except (OSError, NotImplementedError) as error:
        if isinstance(error, OSError) and error.errno not in (
            errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, None,
        ):
            raise
        if target.exists():
            raise OutputExistsError(f"Not replacing {target}: the file exists.") from None
        os.replace(temp, target)
        return
    temp.unlink()


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, and it is
    # only a durability nicety, so failure is ignored.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
