"""Offline guarantee: the app and the exporter open no network sockets.

Three independent checks: a ``sitecustomize`` that makes every Python socket (and DNS lookup)
fail and records the attempt; ``strace`` counting the socket system calls of the whole
process, Qt's C++ included (when strace can run); and a run inside a network namespace
with no interfaces at all (when ``unshare -rn`` can run). QtNetwork is never even imported.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

GUARD = r'''
"""Installed by tests/test_reliability_offline.py: no socket may be created."""
import os
import socket
import traceback

_LOG = os.environ["CLOUDOFFICE_SOCKET_LOG"]


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what}\n{''.join(traceback.format_stack(limit=8))}\n")
    raise OSError(f"offline test: {what} refused")


def _init(self, family=-1, type=-1, proto=-1, fileno=None):
    _refuse(f"socket.socket(family={family}, type={type}, fileno={fileno})")


def _blocked(name):
    def refuse(*args, **kwargs):
        _refuse(f"socket.{name}{args!r}")
    return refuse


socket.socket.__init__ = _init
for _name in ("create_connection", "create_server", "socketpair", "fromfd", "getaddrinfo",
              "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, _name, _blocked(_name))
'''

RUNS: dict[str, list[str]] = {
    "self-test": ["--self-test", "--lang", "zh"],
    "search": ["search", "腾讯会议"],
    "export-pdf": ["export", "--format", "pdf", "--lang", "en", "--output", "{out}/r.pdf"],
    "export-csv": ["export", "--format", "csv", "--output", "{out}/m.csv"],
    "export-png": ["export", "--format", "png", "--output", "{out}/t.png"],
}


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                CLOUDOFFICE_SETTINGS_DIR=str(tmp_path / "settings"),
                XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                **extra)


def _args(name: str, out: Path) -> list[str]:
    return [a.replace("{out}", str(out)) for a in RUNS[name]]


@pytest.fixture
def guard(tmp_path: Path) -> tuple[Path, Path]:
    """(folder to put first on PYTHONPATH, log of refused sockets)."""
    folder = tmp_path / "guard"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    return folder, tmp_path / "sockets.log"


def _guarded(tmp_path: Path, guard: tuple[Path, Path], command: list[str]) -> subprocess.CompletedProcess[str]:
    folder, log = guard
    env = _env(tmp_path, PYTHONPATH=os.pathsep.join([str(folder), str(REPO)]),
               CLOUDOFFICE_SOCKET_LOG=str(log))
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=180)


def test_the_guard_refuses_and_records_sockets(tmp_path: Path, guard: tuple[Path, Path]) -> None:
    done = _guarded(tmp_path, guard, [sys.executable, "-c",
                                      "import socket\ntry:\n socket.create_connection(('example.org', 80))\n"
                                      "except OSError as e: print('refused', e)\n"
                                      "try:\n socket.socket()\nexcept OSError: print('refused socket')"])
    assert "refused" in done.stdout and "refused socket" in done.stdout, done.stderr
    attempts = [line for line in guard[1].read_text().splitlines() if line.startswith("socket.")]
    assert len(attempts) == 2, attempts


@pytest.mark.slow
@pytest.mark.parametrize("name", list(RUNS))
def test_no_python_socket_is_opened(tmp_path: Path, guard: tuple[Path, Path], name: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = _guarded(tmp_path, guard, [sys.executable, str(REPO / "main.py"), *_args(name, out)])
    attempts = guard[1].read_text() if guard[1].exists() else ""
    assert attempts == "", f"sockets were attempted:\n{attempts}"
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    if name.startswith("export"):
        assert [p.stat().st_size > 0 for p in out.iterdir()] == [True]


SELF_TEST_MODULES = r"""
import sys
from cloudoffice_gui.app import main
code = main(["--self-test"])
from cloudoffice_gui.commands.export_command import run_export
from cloudoffice_gui.cli import build_parser
out = sys.argv[1]
for fmt in ("pdf", "csv", "png"):
    args = build_parser().parse_args(["export", "--format", fmt, "--output", f"{out}/x.{fmt}"])
    code += run_export(args)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "ssl", "http.",
                                                          "urllib.request", "asyncio")))
print("LOADED", code, loaded)
"""


def test_qt_network_and_http_are_never_imported(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", SELF_TEST_MODULES, str(tmp_path)], cwd=REPO,
                          env=_env(tmp_path, PYTHONPATH=str(REPO)), capture_output=True,
                          text=True, timeout=180)
    assert "LOADED 0 []" in done.stdout, done.stdout + done.stderr


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-e", "trace=socket", "-o", os.devnull, "true"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def traced_sockets(tmp_path: Path, command: list[str]) -> tuple[list[str], list[str]]:
    """Run ``command`` under strace: (network socket calls, local socket calls)."""
    trace = tmp_path / "strace.txt"
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,socketpair,connect",
                           "-o", str(trace), *command], cwd=REPO, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    calls = [line for line in trace.read_text().splitlines()
             if re.search(r"\b(socket|socketpair|connect)\(", line)]
    local = re.compile(r"socket(pair)?\(AF_UNIX|connect\(\d+, \{sa_family=AF_UNIX")
    return [c for c in calls if not local.search(c)], [c for c in calls if local.search(c)]


@pytest.mark.skipif(not _strace_works(), reason="strace is missing or may not trace here")
def test_strace_sees_a_network_socket(tmp_path: Path) -> None:
    network, _ = traced_sockets(tmp_path, [sys.executable, "-c", "import socket; socket.socket()"])
    assert len(network) == 1 and "AF_INET" in network[0]


@pytest.mark.slow
@pytest.mark.skipif(not _strace_works(), reason="strace is missing or may not trace here")
@pytest.mark.parametrize("name", ["self-test", "export-pdf", "export-png"])
def test_no_socket_system_call_at_all(tmp_path: Path, name: str) -> None:
    """Counts what Qt's C++ does too, which a Python-level guard cannot see."""
    out = tmp_path / "out"
    out.mkdir()
    network, local = traced_sockets(tmp_path, [sys.executable, str(REPO / "main.py"),
                                               *_args(name, out)])
    assert network == [], "\n".join(network)
    # A local socket (a desktop's D-Bus, say) is not the network; none is opened here today.
    print(f"{name}: {len(network)} network sockets, {len(local)} local")


def _namespace_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _namespace_works(), reason="cannot create a network namespace here")
def test_works_in_a_network_namespace_without_interfaces(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("self-test", "export-pdf"):
        done = subprocess.run(["unshare", "-rn", sys.executable, str(REPO / "main.py"),
                               *_args(name, out)], cwd=REPO, env=_env(tmp_path),
                              capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, done.stderr
    assert (out / "r.pdf").stat().st_size > 0
