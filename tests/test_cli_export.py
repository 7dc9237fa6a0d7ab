"""``python main.py export``: PDF, CSV and PNG without a window; failures say why, write nothing."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def run_export(*args: str, lang_env: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG=lang_env)
    return subprocess.run([sys.executable, str(REPO / "main.py"), "export", *args], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout
        return re.sub(r"\s+", "", out.decode("utf-8"))
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(path)).pages))


def assert_clean_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_pdf_in_english_for_the_article_products(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run_export("--format", "pdf", "--output", str(out), "--as-of", "2020-02-24",
                        "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = pdf_text(out)
    for name in ("DingTalk", "WeCom", "Feishu", "TencentMeeting", "TencentDocs", "KingsoftDocs"):
        assert name in text
    assert "7,000formfillers" in text and "300participants" in text
    assert "Asof2020-02-24" in text


def test_pdf_language_defaults_to_the_system_one(tmp_path: Path) -> None:
    out = tmp_path / "zh.pdf"
    result = run_export("--format", "pdf", "--output", str(out), "--as-of", "2020-01-25",
                        "--products", "tencent-meeting,tencent-docs", lang_env="zh_CN.UTF-8")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "腾讯会议" in text and "数据截至2020-01-25" in text and "100人" in text
    assert "钉钉(DingTalk)" not in text


def test_paper_options(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = run_export("--format", "pdf", "--output", str(out), "--products", "feishu",
                        "--lang", "en", "--page-size", "Letter", "--orientation", "landscape")
    assert result.returncode == 0, result.stderr
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


def test_csv_in_chinese(tmp_path: Path) -> None:
    out = tmp_path / "matrix.csv"
    result = run_export("--format", "csv", "--output", str(out), "--as-of", "2020-01-25",
                        "--lang", "zh", "--products", "tencent-meeting,dingtalk")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][1:] == ["腾讯会议", "钉钉"] and "2020-01-25" in rows[0][0]
    capacity = next(r for r in rows if r[0] == "免费会议人数上限")
    assert capacity[1].endswith("100人")


def test_png_of_the_timeline(tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    result = run_export("--format", "png", "--output", str(out), "--as-of", "2020-02-24",
                        "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert result.stderr.strip() == ""


@pytest.mark.parametrize(("args", "words"), [
    (("--products", "dingtalk,no-such-product"), ("no-such-product", "known ids")),
    (("--as-of", "2020-02-30"), ("bad date", "2020-02-30")),
    (("--as-of", "yesterday"), ("bad date", "YYYY-MM-DD")),
    (("--lang", "fr"), ("unknown language",)),
])
def test_bad_arguments_fail_clearly(tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]) -> None:
    out = tmp_path / "report.pdf"
    result = run_export("--format", "pdf", "--output", str(out), *args)
    assert_clean_failure(result, *words)
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_bytes(b"not a database" * 20), "not an SQLite database"),
])
def test_bad_database_fails_clearly(tmp_path: Path, make, words: str) -> None:
    database = tmp_path / "bad.db"
    make(database)
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    result = run_export("--format", "pdf", "--output", str(out), "--database", str(database))
    assert_clean_failure(result, words, str(database))
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("fmt", ["pdf", "csv", "png"])
def test_unwritable_output_fails_clearly(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "missing-folder" / f"out.{fmt}"
    result = run_export("--format", fmt, "--output", str(out))
    assert_clean_failure(result, "does not exist")
    assert result.returncode == 1
    assert not out.parent.exists()


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_folder_nobody_may_write_fails_clearly() -> None:
    result = run_export("--format", "csv", "--output", "/proc/cloudoffice-matrix.csv")
    assert_clean_failure(result, "Cannot write")
    assert not Path("/proc/cloudoffice-matrix.csv").exists()


def test_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "matrix.csv"
    out.write_text("precious", encoding="utf-8")
    result = run_export("--format", "csv", "--output", str(out), "--lang", "en")
    assert_clean_failure(result, "exists", "--force")
    assert out.read_text(encoding="utf-8") == "precious"
    result = run_export("--format", "csv", "--output", str(out), "--lang", "en", "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix.csv"]
