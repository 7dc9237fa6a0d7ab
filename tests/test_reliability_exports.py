"""A process killed in the middle of an export leaves no partial file at the output path.

A driver runs ``main.py export`` with a hook that signals and then sleeps at a chosen moment
(while the PDF pages are painted, or with the temporary file complete just before it is
renamed); the test then kills it with SIGKILL. The output path must not exist, and what is
left (SIGKILL allows no clean-up) must be a hidden, clearly temporary file:
``.NAME.XXXXXX.part`` in the same folder. A catchable interrupt (SIGINT) leaves nothing.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

DRIVER = r'''
import os, sys, time
from pathlib import Path

marker = Path(os.environ["EXPORT_MARKER"])
stage = os.environ["EXPORT_STAGE"]


def wait_here(what):
    marker.write_text(what)
    time.sleep(600)


if stage == "before-rename":
    from cloudoffice_gui.export import atomic_write

    def slow_make_permanent(temp, target, overwrite):
        wait_here(str(temp))

    atomic_write._make_permanent = slow_make_permanent
elif stage == "painting":
    from cloudoffice_gui.export import pdf_report

    class SlowWriter(pdf_report.QPdfWriter):
        def newPage(self):
            done = super().newPage()
            wait_here("painting")
            return done

    pdf_report.QPdfWriter = SlowWriter

from cloudoffice_gui.app import main
raise SystemExit(main(sys.argv[1:]))
'''

TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[A-Za-z0-9_]+\.part$")
FORMATS = {"pdf": "report.pdf", "csv": "matrix.csv", "png": "timeline.png"}
PARTIAL_FILES: list[str] = []
"""Outputs found after a kill (must stay empty); read by the closing figures."""


def start_export(tmp_path: Path, fmt: str, stage: str) -> tuple[subprocess.Popen[str], Path, Path]:
    """Start an export that waits at ``stage``; returns (process, output path, marker)."""
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / FORMATS[fmt]
    marker = tmp_path / "marker"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
               EXPORT_MARKER=str(marker), EXPORT_STAGE=stage,
               CLOUDOFFICE_SETTINGS_DIR=str(tmp_path / "settings"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    args = ["export", "--format", fmt, "--output", str(output), "--lang", "en"]
    process = subprocess.Popen([sys.executable, "-c", DRIVER, *args], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return process, output, marker


def wait_for(marker: Path, process: subprocess.Popen[str], limit: float = 120) -> str:
    """Wait until the export reaches its stage (or fails); returns the marker's text."""
    end = time.monotonic() + limit
    while not marker.exists() or not marker.read_text():
        if process.poll() is not None:
            pytest.fail(f"the export ended before its stage: {process.communicate()}")
        if time.monotonic() > end:
            process.kill()
            pytest.fail("the export never reached its stage")
        time.sleep(0.02)
    return marker.read_text()


def leftovers(folder: Path) -> list[str]:
    """Every name in ``folder``."""
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "stage"), [
    ("pdf", "painting"), ("pdf", "before-rename"), ("csv", "before-rename"),
    ("png", "before-rename"),
])
def test_sigkill_mid_export_leaves_no_output(tmp_path: Path, fmt: str, stage: str) -> None:
    process, output, marker = start_export(tmp_path, fmt, stage)
    where = wait_for(marker, process)
    temps = [n for n in leftovers(output.parent) if n != output.name]
    if stage == "before-rename":
        assert Path(where).name in temps and Path(where).stat().st_size > 0
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    if output.exists():
        PARTIAL_FILES.append(str(output))
    assert not output.exists(), "a killed export left a file at the output path"
    for name in leftovers(output.parent):
        match = TEMP_NAME.match(name)
        assert match and match.group("target") == output.name, f"stray file {name!r}"
    # The next export to the same path is not disturbed by the leftover.
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "export", "--format", fmt,
                           "--output", str(output), "--lang", "en"], cwd=REPO,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and output.stat().st_size > 0, done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["painting", "before-rename"])
def test_interrupt_mid_export_cleans_up(tmp_path: Path, stage: str) -> None:
    process, output, marker = start_export(tmp_path, "pdf", stage)
    wait_for(marker, process)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode != 0
    assert leftovers(output.parent) == [], "an interrupted export left files"


@pytest.mark.slow
def test_kill_as_soon_as_the_temporary_file_appears(tmp_path: Path) -> None:
    """No hook: whatever the moment, the output is complete or absent, never partial."""
    process, output, _ = start_export(tmp_path, "pdf", "none")
    end = time.monotonic() + 120
    while process.poll() is None and not any(n.endswith(".part") for n in leftovers(output.parent)):
        assert time.monotonic() < end, "the export never started writing"
        time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    if output.exists():
        assert output.read_bytes().startswith(b"%PDF") and b"%%EOF" in output.read_bytes()[-1024:]
    for name in leftovers(output.parent):
        assert name == output.name or TEMP_NAME.match(name), name
