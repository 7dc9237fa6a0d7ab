"""Shared fixtures: Qt offscreen, the bundled database, and small hand-made databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep test runs from reading or writing the developer's real settings.
os.environ.setdefault("CLOUDOFFICE_SETTINGS_DIR", "")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cloudoffice_gui import bundled_database_path  # noqa: E402
from tests.dataset_factory import build_small_database, small_dataset  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own QSettings location and XDG dirs, never the user's."""
    base = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("CLOUDOFFICE_SETTINGS_DIR", str(base))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    # Apply it now: QSettings.setPath is global, and windows read and write settings.
    from cloudoffice_gui.app import configure_settings_location

    configure_settings_location()


@pytest.fixture
def bundled_db() -> Path:
    """The committed database that ships with the app."""
    path = bundled_database_path()
    assert path.is_file(), "run `python -m cloudoffice_gui.data.build` to create it"
    return path


@pytest.fixture
def bundled_copy(tmp_path: Path, bundled_db: Path) -> Path:
    """A copy of the bundled database that a test may damage."""
    target = tmp_path / "copy.db"
    shutil.copyfile(bundled_db, target)
    return target


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """A tiny database built from hand-made rows (see tests/dataset_factory.py)."""
    return build_small_database(tmp_path / "small", small_dataset())
