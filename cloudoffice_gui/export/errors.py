"""Errors an export can end with; each carries a one-line message for stderr or a dialog."""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be written; ``str(error)`` says why in one line."""


class ExportCancelled(ExportError):
    """The user cancelled an export; nothing was written."""

    def __init__(self, message: str = "Export cancelled; nothing was written.") -> None:
        super().__init__(message)


class OutputExistsError(ExportError):
    """The target file exists and the caller did not allow replacing it."""
