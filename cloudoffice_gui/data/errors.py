"""Typed errors for databases the app cannot show, each with the problem and what to do."""

from __future__ import annotations

from pathlib import Path

_REMEDY_BUNDLED = (
    "Open a CloudOffice Compare database (File > Open database…, or --database PATH), or "
    "reinstall the app to restore the bundled one."
)


class DatabaseError(Exception):
    """Base class: the database at ``path`` cannot be used; ``problem`` and ``remedy`` say why."""

    title = "Cannot open the database"

    def __init__(self, path: Path | str, problem: str, remedy: str = _REMEDY_BUNDLED) -> None:
        self.path = str(path)
        self.problem = problem
        self.remedy = remedy
        super().__init__(self.message())

    def message(self) -> str:
        """One paragraph for a dialog or stderr: what is wrong, where, and what to do."""
        return f"{self.title}: {self.path}. {self.problem} {self.remedy}"


class DatabaseMissingError(DatabaseError):
    """The path does not exist, or is a directory."""

    title = "Database not found"


class NotADatabaseError(DatabaseError):
    """The file is not an SQLite database, or it is damaged (corrupt, truncated, empty)."""

    title = "Not a readable database"


class ForeignDatabaseError(DatabaseError):
    """An SQLite database, but another application's, or missing tables/columns we need."""

    title = "Not a CloudOffice Compare database"


class NewerSchemaError(DatabaseError):
    """Made by a newer version of the app than this one."""

    title = "Database made by a newer version"


class InvalidDataError(DatabaseError):
    """Our schema, but rows that break our rules (unknown level, dangling id, bad date, ...)."""

    title = "Database contains invalid data"
