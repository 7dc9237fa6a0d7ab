"""CloudOffice Compare: an offline reference app for cloud-office collaboration suites."""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

APP_ID = "io.github.cloudoffice_compare.CloudOfficeCompare"


def resources_path() -> Path:
    """The bundled ``resources/`` directory, in an installed wheel or a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if installed.is_dir():
        return installed
    return here.parent / "resources"


def bundled_database_path() -> Path:
    """The database that ships with the app."""
    return resources_path() / "cloudoffice.db"
