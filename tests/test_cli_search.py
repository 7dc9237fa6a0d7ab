"""``python main.py search TEXT``: one tab-separated hit per line, exit 0 even with no hits."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cloudoffice_gui.commands.search_command import hit_line, run_search
from tests.dataset_factory import SOURCE_A, build_small_database, small_dataset

ROOT = Path(__file__).resolve().parent.parent


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "search", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def _lines(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


@pytest.mark.slow
def test_main_py_search_prints_hits(bundled_db: Path) -> None:
    result = _main("飞书")
    assert result.returncode == 0, result.stderr
    lines = _lines(result.stdout)
    assert all(len(fields) == 4 for fields in lines)
    assert lines[0] == ["product", "feishu", "feishu", "飞书"]
    assert ["offer", "feishu-three-years-free-commercial", "feishu"] in [f[:3] for f in lines]


@pytest.mark.slow
def test_main_py_search_lang_and_database_options(small_db: Path) -> None:
    result = _main("阿尔法", "--lang", "en", "--database", str(small_db))
    assert result.returncode == 0, result.stderr
    lines = _lines(result.stdout)
    assert lines[0] == ["product", "alpha", "alpha", "Alpha Talk"]
    assert ["offer", "o2", "alpha", "Three years free"] in lines  # found through its product


@pytest.mark.slow
@pytest.mark.parametrize("text", ["zzzz-nothing", '"', "'; DROP TABLE x; --", "NEAR("])
def test_main_py_search_without_hits_exits_0(small_db: Path, text: str) -> None:
    result = _main(text, "--database", str(small_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_run_search_writes_one_line_per_hit(small_db: Path) -> None:
    out = io.StringIO()
    assert run_search(small_db, "chassis", None, out) == 0
    assert out.getvalue() == "strategy\tst1\talpha\tUniversal chassis\n"
    out = io.StringIO()
    assert run_search(small_db, "底盘", None, out) == 0  # title language follows the query
    assert out.getvalue() == "strategy\tst1\talpha\t通用底盘\n"
    out = io.StringIO()
    assert run_search(small_db, "底盘", "en", out) == 0
    assert out.getvalue() == "strategy\tst1\talpha\tUniversal chassis\n"


def test_run_search_marks_missing_product_with_dash(small_db: Path) -> None:
    out = io.StringIO()
    assert run_search(small_db, "Analyst view", "en", out) == 0
    assert out.getvalue() == "strategy\tst2\t-\tAnalyst view\n"


def test_run_search_reports_a_bad_database(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "missing.db"
    assert run_search(missing, "x", None, io.StringIO()) == 1
    assert "Database not found" in capsys.readouterr().err


def test_hit_line_keeps_one_hit_per_line() -> None:
    assert hit_line("event", "e\t1", None, "a\nb\tc") == "event\te 1\t-\ta b c"
    assert hit_line("source", "s", None, "") == "source\ts\t-\t-"


@pytest.mark.slow
def test_main_py_search_into_a_closed_pipe_exits_0(tmp_path: Path) -> None:
    # More output than a pipe buffer holds (64 KiB), so the writer meets the closed pipe.
    tables = small_dataset()
    tables["events"] += [
        {"id": f"bulk-{n}", "date": "2020-02-01", "date_precision": "day", "product_id": "beta",
         "kind": "feature", "title_en": f"Bulk event number {n} " + "x" * 80,
         "title_zh": f"批量事件 {n}", "source_id": SOURCE_A, "quote": "q", "confidence": "low"}
        for n in range(1000)
    ]
    database = build_small_database(tmp_path, tables)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "search", "Bulk", "--database", str(database)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode("utf-8", "replace")
    assert b"BrokenPipe" not in err
