"""The command line on every bad database: one line on stderr, a non-zero exit, no traceback,
no hang (each process runs under a timeout), no write, and no file left by an export.

The cases are those of tests/test_reliability_bad_databases.py; each command is a separate
process, and they run in parallel.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_reliability_bad_databases import CASES, BadCase, make_case, snapshot

REPO = Path(__file__).resolve().parent.parent
CLI_TIMEOUT = 120


COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "self-test": lambda db, out: ["--self-test", "--database", str(db)],
    "search": lambda db, out: ["search", "tencent", "--database", str(db)],
    "export-pdf": lambda db, out: ["export", "--format", "pdf", "--output", str(out / "r.pdf"),
                                   "--database", str(db), "--lang", "en"],
    "export-csv": lambda db, out: ["export", "--format", "csv", "--output", str(out / "m.csv"),
                                   "--database", str(db)],
}


@dataclass
class CliRun:
    """One finished command: what it printed and whether the inputs stayed untouched."""

    returncode: int
    stdout: str
    stderr: str
    path: Path
    unchanged: bool
    outputs: list[str]


def run_main(args: list[str], timeout: float = CLI_TIMEOUT, env: dict | None = None,
             ) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` offscreen; raises TimeoutExpired if it hangs."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=REPO,
                          env=environment, capture_output=True, text=True, timeout=timeout)


QT_COMMAND_CASES = frozenset({
    "missing", "directory", "fifo", "empty", "random-4k", "header-page-then-random",
    "truncated-4096", "truncated-0.5", "foreign-notes", "foreign-empty-schema", "newer-schema",
    "missing-table-offers", "missing-column-support.level", "unknown-level",
    "dangling-support-product", "date-slashes", "value-infinite", "null-event-quote",
})
"""Cases every command gets; the rest go through ``search`` only (a Qt process costs ~1 s),
unless CLOUDOFFICE_FULL_MATRIX=1 asks for every case through every command."""
FULL_MATRIX = os.environ.get("CLOUDOFFICE_FULL_MATRIX") == "1"


def cli_work() -> list[tuple[BadCase, str]]:
    """(case, command) pairs the command-line test runs."""
    return [(case, command) for case in CASES for command in COMMANDS
            if FULL_MATRIX or command == "search" or case.id in QT_COMMAND_CASES]


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], CliRun]:
    """Every case through every command, run in parallel (each is a separate process)."""
    base = tmp_path_factory.mktemp("cli")
    settings = base / "settings"

    def one(item: tuple[int, BadCase, str]) -> tuple[tuple[str, str], CliRun]:
        n, case, command = item
        folder = base / f"{n}-{command}"
        path = make_case(case, folder / "db")
        out = folder / "out"
        out.mkdir()
        before = snapshot(path)
        done = run_main(COMMANDS[command](path, out), env={
            "CLOUDOFFICE_SETTINGS_DIR": str(settings), "XDG_DATA_HOME": str(settings / "data"),
            "XDG_CONFIG_HOME": str(settings / "config")})
        return (case.id, command), CliRun(done.returncode, done.stdout, done.stderr, path,
                                          snapshot(path) == before, os.listdir(out))

    work = [(n, case, command) for n, (case, command) in enumerate(cli_work())]
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as pool:
        return dict(pool.map(one, work))


@pytest.mark.slow
@pytest.mark.parametrize(("case", "command"), cli_work(),
                         ids=[f"{c.id}-{command}" for c, command in cli_work()])
def test_command_line_explains_on_stderr(cli_runs: dict, case: BadCase, command: str) -> None:
    run = cli_runs[(case.id, command)]
    assert "Traceback" not in run.stderr + run.stdout, run.stderr
    assert run.unchanged, "the database file or its folder changed"
    assert run.outputs == [], f"an export left {run.outputs}"
    if command == "search" and not case.at_open:
        # Search reads only the search index, so a bad row elsewhere does not stop it.
        assert run.returncode == 0 or case.words in run.stderr, run.stderr
        return
    assert run.returncode != 0, run.stdout
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, f"one line on stderr: {run.stderr!r}"
    assert case.words.lower() in lines[0].lower() and str(run.path) in lines[0], lines[0]
