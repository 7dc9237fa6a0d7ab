"""Property-based fuzzing: damaged copies of the real database never crash the app.

Byte mutations (flips, overwrites, truncation, zeroed or swapped pages) and row mutations
(any value into any column with CHECK and NOT NULL off, deleted and duplicated rows) of
resources/cloudoffice.db go through the data layer (every query, the matrix, timeline,
search and report builders) and through one main window with every view built (File > Open,
each product, both languages, evidence, rendering). The only allowed failures are our
DatabaseError subclasses, raised when the file is opened: never an exception in a view.

CI runs this bounded profile (200 examples in all); ``scripts/fuzz_databases.py`` runs the
same probes 1,000 times or more. CLOUDOFFICE_FUZZ_SCALE=N multiplies the examples here.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import fuzz_databases as fuzz  # noqa: E402

from cloudoffice_gui import bundled_database_path  # noqa: E402
from tests import interface_fixtures  # noqa: E402

app = interface_fixtures.app  # names, settings folder; language and theme reset after
pytestmark = pytest.mark.usefixtures("app")

SCALE = max(1, int(os.environ.get("CLOUDOFFICE_FUZZ_SCALE", "1")))
OUTCOMES: dict[str, int] = {}


def profile(examples: int) -> settings:
    """The bounded CI profile: no deadline (a window takes seconds), no example database."""
    return settings(max_examples=examples * SCALE, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


class Workspace:
    """Numbered example files in one folder, and the relaxed (no NOT NULL) base copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.original = bundled_database_path().read_bytes()
        self.relaxed = folder / "relaxed.db"
        shutil.copyfile(bundled_database_path(), self.relaxed)
        fuzz.relax_schema(self.relaxed)
        self._count = 0

    def next_path(self) -> Path:
        """A fresh path for the next example."""
        self._count += 1
        return self.folder / f"example-{self._count}.db"

    def with_bytes(self, operations: list[tuple]) -> Path:
        """A copy with ``operations`` applied to its bytes."""
        path = self.next_path()
        path.write_bytes(fuzz.apply_byte_operations(self.original, operations))
        return path

    def with_rows(self, operations: list[tuple]) -> Path:
        """A copy with ``operations`` applied to its rows."""
        path = self.next_path()
        shutil.copyfile(self.relaxed, path)
        fuzz.apply_row_operations(path, operations)
        return path


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("fuzz"))


@pytest.fixture(scope="module")
def window_probe(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[fuzz.WindowProbe]:
    settings_dir = tmp_path_factory.mktemp("fuzz-settings")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLOUDOFFICE_SETTINGS_DIR", str(settings_dir))
        patch.setenv("XDG_DATA_HOME", str(settings_dir / "data"))
        probe = fuzz.WindowProbe(bundled_database_path())
        yield probe
        probe.close()


def _record(kind: str, outcome: str) -> None:
    OUTCOMES[f"{kind}: {outcome}"] = OUTCOMES.get(f"{kind}: {outcome}", 0) + 1


def _check(path: Path, outcome: str, stamp: int) -> None:
    assert not outcome.startswith("late"), f"check_rows() accepted {path} but a read failed"
    assert "without a dialog" not in outcome
    assert path.stat().st_mtime_ns == stamp, "the database was written"


@profile(examples=70)
@given(operations=fuzz.byte_operations())
def test_byte_mutations_in_the_data_layer(workspace: Workspace, operations: list[tuple]) -> None:
    path = workspace.with_bytes(operations)
    stamp = path.stat().st_mtime_ns
    outcome = fuzz.probe_data_layer(path)
    _record("bytes/data", outcome)
    _check(path, outcome, stamp)
    path.unlink()


@profile(examples=70)
@given(operations=fuzz.row_operations())
def test_row_mutations_in_the_data_layer(workspace: Workspace, operations: list[tuple]) -> None:
    path = workspace.with_rows(operations)
    stamp = path.stat().st_mtime_ns
    outcome = fuzz.probe_data_layer(path)
    _record("rows/data", outcome)
    _check(path, outcome, stamp)
    path.unlink()


@pytest.mark.slow
@profile(examples=25)
@given(operations=fuzz.byte_operations())
def test_byte_mutations_in_the_window(workspace: Workspace, window_probe: fuzz.WindowProbe,
                                      operations: list[tuple]) -> None:
    path = workspace.with_bytes(operations)
    stamp = path.stat().st_mtime_ns
    outcome = window_probe.probe(path)
    _record("bytes/window", outcome)
    _check(path, outcome, stamp)
    path.unlink()  # the window may still read it: the open handle keeps it alive


@pytest.mark.slow
@profile(examples=35)
@given(operations=fuzz.row_operations())
def test_row_mutations_in_the_window(workspace: Workspace, window_probe: fuzz.WindowProbe,
                                     operations: list[tuple]) -> None:
    path = workspace.with_rows(operations)
    stamp = path.stat().st_mtime_ns
    outcome = window_probe.probe(path)
    _record("rows/window", outcome)
    _check(path, outcome, stamp)
    path.unlink()  # the window may still read it: the open handle keeps it alive


def test_fuzzing_reached_the_views(window_probe: fuzz.WindowProbe) -> None:
    """The mutations are not all rejected at once: some databases get through to the views."""
    if not OUTCOMES:
        pytest.skip("run with the fuzz tests above")
    for layer in ("rows/data", "rows/window"):
        assert OUTCOMES.get(f"{layer}: ok", 0) > 0, OUTCOMES
    assert any(k.startswith("bytes") and not k.endswith(": ok") for k in OUTCOMES), OUTCOMES
    print(f"fuzz outcomes: {OUTCOMES}")
