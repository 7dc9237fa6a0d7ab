"""The command line: --self-test on good and bad databases, clear messages, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_main(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_self_test_passes_on_the_bundled_database() -> None:
    result = run_main("--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "Traceback" not in result.stderr


def test_module_entry_point_runs_the_same() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "cloudoffice_gui", "--self-test", "--lang", "zh"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.write_bytes(b"not a database at all" * 10), "not an SQLite database"),
        (lambda p: p.mkdir(), "folder"),
    ],
)
def test_self_test_on_a_bad_database_explains(tmp_path: Path, make, words: str) -> None:
    path = tmp_path / "bad.db"
    make(path)
    result = run_main("--self-test", "--database", str(path))
    assert result.returncode != 0
    assert words in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, "one paragraph"


def test_bad_language_is_rejected_clearly() -> None:
    result = run_main("--lang", "fr", "--self-test")
    assert result.returncode == 2
    assert "unknown language 'fr'" in result.stderr
