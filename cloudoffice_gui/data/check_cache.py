"""Remember database files that passed every check, so that reopening one skips the slow ones.

Checking a researcher's database of 100,000 events in full (SQLite's integrity_check, every
reference, every row) takes about a second, and start-up should not pay it on each launch.
The full check runs the first time a file is opened and again whenever the file changes:
a file is known by its path, device, inode, size, modification and status-change times
(no tool can set the latter back) and the change counter and schema cookie that SQLite
writes into the header on every commit; the app reads files with ``immutable=1``, so a WAL
beside the file is never read and cannot change what was checked. The checking code itself
is part of the key, so a new rule re-checks every file.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path

CACHE_FILE = "checked-databases.json"
MAX_ENTRIES = 32


def _checker_digest() -> str:
    # The modules whose rules a remembered check applied; editing one forgets every file.
    # A CRC, not a cryptographic hash: it only notices edits, and hashlib costs ~4 ms of
    # start-up to import.
    from cloudoffice_gui import __version__
    from cloudoffice_gui.data import database, schema, validation

    crc = zlib.crc32(f"{__version__}:{schema.SCHEMA_VERSION}".encode())
    for module in (database, schema, validation):
        try:
            crc = zlib.crc32(Path(module.__file__ or "").read_bytes(), crc)
        except OSError:
            # A frozen (PyInstaller) app ships bytecode only; its rules change only with a
            # new build, whose version and the executable's own bytes key the cache instead.
            crc = zlib.crc32(Path(sys.executable).stat().st_mtime_ns.to_bytes(8, "little"), crc)
    return f"{crc:08x}"


class CheckCache:
    """A small JSON file in ``directory`` listing fingerprints of files that passed."""

    def __init__(self, directory: Path | str) -> None:
        self.path = Path(directory) / CACHE_FILE
        self._checker: str | None = None

    def fingerprint(self, database: Path) -> str | None:
        """What identifies the file's current bytes, or None if it cannot be read."""
        try:
            stat = database.stat()
            if not database.is_file():
                return None  # reading a pipe would wait for a writer forever
            with database.open("rb") as handle:
                header = handle.read(100)
        except OSError:
            return None
        if self._checker is None:
            self._checker = _checker_digest()
        return ":".join(str(part) for part in (
            self._checker, stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns,
            stat.st_ctime_ns, header[24:28].hex(), header[40:44].hex()))

    def passed(self, database: Path, fingerprint: str | None) -> bool:
        """True if the file with this fingerprint passed every check before."""
        if fingerprint is None:
            return False
        return self._load().get(str(database.resolve())) == fingerprint

    def remember(self, database: Path, fingerprint: str | None) -> None:
        """Record that the file passed; a cache that cannot be written is simply not used."""
        if fingerprint is None:
            return
        entries = self._load()
        key = str(database.resolve())
        entries.pop(key, None)
        entries[key] = fingerprint
        kept = dict(list(entries.items())[-MAX_ENTRIES:])
        import tempfile  # only here, after a full check: ~5 ms of start-up otherwise

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".checked-", dir=self.path.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(kept, out, ensure_ascii=False, indent=0)
                os.replace(temp, self.path)
            except OSError:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items()}
