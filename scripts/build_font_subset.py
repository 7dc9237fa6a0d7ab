#!/usr/bin/env python3
"""Build the bundled fonts: a subset of Noto Sans CJK SC (plus small gap fillers) in resources/fonts/.

Usage: python scripts/build_font_subset.py [--source DIR_OR_TTC] [--core-source DIR] [--regular-only]

Without --source / --core-source the script fetches Debian's ``fonts-noto-cjk`` and
``fonts-noto-core`` with ``apt-get download`` into a temporary directory and unpacks
them with ``dpkg-deb -x``; it never installs them, so a missing-font bug still shows
on this machine. The CJK font holds GB2312, Latin, punctuation, symbols and every
character found under resources/data/, resources/translations/*.ts and
cloudoffice_gui/**/*.py, read at run time: re-run the script after the data changes.
Characters used there that the CJK face lacks (Thai, some dingbats) go into subsets of
the matching Noto faces from fonts-noto-core.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parent.parent
CJK_PACKAGE, CORE_PACKAGE = "fonts-noto-cjk", "fonts-noto-core"
CJK_DIR = Path("usr/share/fonts/opentype/noto")
CORE_DIR = Path("usr/share/fonts/truetype/noto")
# Faces from fonts-noto-core that fill the CJK face's gaps, tried in this order.
GAP_FILLERS = ["NotoSansThai", "NotoSansSymbols2", "NotoSansSymbols", "NotoSansMath", "NotoSans"]
CJK_FAMILY, CJK_PS = "Noto Sans CJK SC Subset", "NotoSansCJKscSubset"
# Qt converts the outlines itself when it embeds a font in a PDF, so keeping CFF
# costs nothing there and keeps the original's hinting and smaller size.
CJK_OUTPUT = "NotoSansSC-Subset-{weight}.otf"
SIZE_BUDGET = 4 * 1024 * 1024

# Whole blocks worth having for Chinese text with Latin mixed in (only the code
# points the face actually has are kept).
BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x0100, 0x017F),  # Latin Extended-A (pinyin vowels with tone marks)
    (0x2000, 0x206F),  # general punctuation
    (0x2100, 0x218F),  # letterlike symbols (℃ №), number forms (Ⅻ)
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics (①)
    (0x25A0, 0x25FF),  # geometric shapes (● ▲ ◐)
    (0x2600, 0x26FF),  # miscellaneous symbols (★ ☆)
    (0x2700, 0x27BF),  # dingbats (✓)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
UI_GLYPHS = "✓✔◐◑●○✗✘?•…–—“”‘’·×▲▼△▽★☆←→↑↓■□◆◇《》【】、。，：；！？（）"
# Positioning only, no substitution features. Qt's PDF writer maps each embedded glyph
# back to text through the cmap alone, so a glyph GSUB puts in (the "ffi" ligature, a
# Thai tone mark's low variant) extracts as nothing: "Office" became "O ce". locl and
# the vertical features would also pull in thousands of JP/KR/TC and vertical glyphs.
FEATURES = ["kern", "mark", "mkmk"]
NOT_TEXT = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def gb2312_codepoints() -> set[int]:
    """Every character GB2312 encodes, found by decoding each two-byte code."""
    found = set()
    for high in range(0xA1, 0xFF):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def _sqlite_text(path: Path) -> str:
    """All text values of a SQLite file, so a database under data/ counts too."""
    parts: list[str] = []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                parts.extend(v for v in row if isinstance(v, str))
    return "\n".join(parts)


def text_files(resources: Path) -> list[Path]:
    """The files whose characters the bundled fonts must cover."""
    files = [p for p in sorted((resources / "data").rglob("*")) if p.is_file()]
    files += sorted((resources / "translations").glob("*.ts"))
    files += sorted((resources.parent / "cloudoffice_gui").rglob("*.py"))
    return files


def used_codepoints(resources: Path) -> set[int]:
    """Printable characters of the data, translation and source files, plus the UI glyphs."""
    found = {ord(ch) for ch in UI_GLYPHS}
    for path in text_files(resources):
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            text = _sqlite_text(path)
        else:
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                print(f"skipped (not UTF-8 text): {path}", file=sys.stderr)
                continue
        found.update(ord(ch) for ch in text if unicodedata.category(ch) not in NOT_TEXT)
    return found


def fetch_package(package: str, workdir: Path) -> Path:
    """Download and unpack a package without installing it; returns the unpacked root."""
    def download() -> subprocess.CompletedProcess:
        return subprocess.run(["apt-get", "download", package], cwd=workdir,
                              capture_output=True, text=True)

    if download().returncode != 0:
        subprocess.run(["apt-get", "update"], check=True)
        result = download()
        if result.returncode != 0:
            sys.exit(f"apt-get download {package} failed:\n{result.stderr}")
    deb = next(workdir.glob(f"{package}_*.deb"))
    root = workdir / package
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def package_version(root: Path, package: str) -> str:
    """The Debian version of an unpacked package, from its changelog's first line."""
    changelog = root / f"usr/share/doc/{package}/changelog.Debian.gz"
    if changelog.exists():
        first = gzip.decompress(changelog.read_bytes()).decode("utf-8").split("\n", 1)[0]
        return first.split("(", 1)[1].split(")", 1)[0]
    return "unknown"


def open_sc_face(path: Path, weight: str) -> TTFont:
    """The Noto Sans CJK SC face of that weight, from a .ttc collection or a single font."""
    postscript = f"NotoSansCJKsc-{weight}"
    faces = TTCollection(path).fonts if path.suffix.lower() == ".ttc" else [TTFont(path)]
    for face in faces:
        if face["name"].getDebugName(6) == postscript:
            return face
    sys.exit(f"{postscript} not found in {path}")


def _clone_glyph(font: TTFont, name: str, clone: str, glyph_order: list[str]) -> None:
    """Append a copy of glyph name as clone (outline, metrics, vertical origin)."""
    if "CFF " in font:
        top = font["CFF "].cff.topDictIndex[0]
        charstrings = top.CharStrings
        source, _ = charstrings.getItemAndSelector(name)
        source.compile()
        twin = copy.copy(source)  # shares the private dict and subroutines, as it must
        twin.bytecode, twin.program = source.bytecode, None
        charstrings.charStringsIndex.items.append(twin)
        charstrings.charStrings[clone] = len(charstrings.charStringsIndex.items) - 1
        if hasattr(top, "FDSelect"):
            top.FDSelect.gidArray.append(top.FDSelect.gidArray[glyph_order.index(name)])
        top.charset.append(clone)
    else:
        font["glyf"].glyphs[clone] = copy.deepcopy(font["glyf"][name])
    glyph_order.append(clone)
    for table in ("hmtx", "vmtx"):
        if table in font:
            font[table].metrics[clone] = font[table].metrics[name]
    if "VORG" in font and name in font["VORG"].VOriginRecords:
        font["VORG"].VOriginRecords[clone] = font["VORG"].VOriginRecords[name]


def give_each_codepoint_its_own_glyph(font: TTFont) -> int:
    """Clone glyphs that several code points share; returns how many clones were made.

    Qt writes a PDF's ToUnicode map from the lowest code point that maps to each glyph:
    with 用 and the Kangxi radical ⽤ (or • and ·) on one glyph the PDF text extracts
    as the wrong character. One glyph per code point avoids that.
    """
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for codepoint, name in sorted(font.getBestCmap().items()):
        by_glyph[name].append(codepoint)
    glyph_order = list(font.getGlyphOrder())
    cid_keyed = "CFF " in font and hasattr(font["CFF "].cff.topDictIndex[0], "ROS")
    used_cids = {int(n[3:]) for n in glyph_order if cid_keyed and n.startswith("cid")}
    free_cids = (cid for cid in range(65534, 0, -1) if cid not in used_cids)
    remap: dict[int, str] = {}
    for name, codepoints in by_glyph.items():
        for codepoint in codepoints[1:]:
            # CID-keyed CFF names glyphs by CID; other fonts take any unique name.
            clone = f"cid{next(free_cids):05d}" if cid_keyed else f"{name}.u{codepoint:04X}"
            _clone_glyph(font, name, clone, glyph_order)
            remap[codepoint] = clone
    font.setGlyphOrder(glyph_order)
    if "glyf" in font:
        font["glyf"].setGlyphOrder(glyph_order)
    if "CFF " in font and hasattr(font["CFF "].cff.topDictIndex[0], "FDSelect"):
        font["CFF "].cff.topDictIndex[0].FDSelect.format = None
    for table in font["cmap"].tables:
        for codepoint, clone in remap.items():
            if codepoint in table.cmap:
                table.cmap[codepoint] = clone
    return len(remap)


def rename(font: TTFont, family: str, postscript: str, weight: str) -> None:
    """Give a subset its own names so it never passes for the full system font."""
    version = font["name"].getDebugName(5)
    font["name"].names = [n for n in font["name"].names if n.platformID == 3 and n.langID == 0x409]
    names = {1: family, 2: weight, 3: f"{version};{postscript}-{weight}",
             4: f"{family} {weight}", 5: f"{version}; subset by scripts/build_font_subset.py",
             6: f"{postscript}-{weight}"}
    font["name"].removeNames(nameID=16)
    font["name"].removeNames(nameID=17)
    for name_id, value in names.items():
        font["name"].setName(value, name_id, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        old, cff.fontNames = cff.fontNames[0], [f"{postscript}-{weight}"]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = f"{family} {weight}", family
        for fd in getattr(top, "FDArray", []):
            fd.FontName = fd.FontName.replace(old, f"{postscript}-{weight}")


def subset_face(font: TTFont, codepoints: set[int], family: str, postscript: str,
                weight: str, out: Path) -> dict:
    """Subset font to the code points it has, rename it and save it to out; returns figures."""
    options = subset.Options()
    options.layout_features = FEATURES
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints & set(font.getBestCmap()))
    subsetter.subset(font)
    clones = give_each_codepoint_its_own_glyph(font)
    rename(font, family, postscript, weight)
    font.recalcTimestamp = False  # the same input gives the same bytes
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(out)
    saved = TTFont(out)
    return {"file": out.name, "bytes": out.stat().st_size, "glyphs": saved["maxp"].numGlyphs,
            "characters": len(saved.getBestCmap()), "clones": clones,
            "version": saved["name"].getDebugName(5).split(";")[0],
            "notice": saved["name"].getDebugName(0)}


def build_gap_fillers(core: Path, missing: set[int], out_dir: Path) -> tuple[list[dict], set[int]]:
    """Subset fonts-noto-core faces to the used characters the CJK face lacks."""
    stats = []
    for face_name in GAP_FILLERS:
        path = core / CORE_DIR / f"{face_name}-Regular.ttf"
        font = TTFont(path)
        wanted = missing & set(font.getBestCmap())
        if not wanted:
            continue
        family = f"{font['name'].getDebugName(1)} Subset"
        out = out_dir / f"{face_name}-Subset-Regular.ttf"
        stats.append(subset_face(font, wanted, family, f"{face_name}Subset", "Regular", out))
        missing = missing - wanted
    return stats, missing


def ofl_text(copyright_file: Path, notices: list[str]) -> str:
    """OFL.txt: the fonts' copyright notices plus the SIL OFL 1.1 text from Debian's copyright file."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    # The first "License: SIL-1.1" line belongs to the Files: stanza; the text follows the second.
    start = next(i for i, line in enumerate(lines)
                 if line.startswith("License: SIL-1.1") and lines[i + 1].startswith(" ")) + 1
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    head = "\n".join(dict.fromkeys(notices))
    return f"{head}\nNoto is a trademark of Google Inc.\n\n" + "\n".join(body).strip() + "\n"


README = """# Bundled fonts

Subsets of **Noto Sans CJK SC** (Simplified Chinese) and, for the few characters the
data uses that it lacks, of other Noto faces, so Chinese text renders in the window and
in exported PDFs on machines with no CJK font installed.
`cloudoffice_gui/views/fonts.py` registers every font file in this folder.

| File | Family | Bytes | Glyphs | Characters | Font version |
|---|---|---|---|---|---|
{rows}

- Sources: Debian packages `fonts-noto-cjk` `{cjk_version}`
  (`/usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc`, face `NotoSansCJKsc-*`,
  upstream https://github.com/googlefonts/noto-cjk) and `fonts-noto-core`
  `{core_version}` (`/usr/share/fonts/truetype/noto/`).
- Licence: SIL Open Font License 1.1, see `OFL.txt` (text copied from the package's
  copyright file). The fonts are renamed "... Subset" because they are modified versions.
- Weights: {weights_note}
- The CJK font holds all of GB2312, ASCII, Latin-1, Latin Extended-A, general
  punctuation, CJK symbols and punctuation, full-width forms, the arrows, geometric
  shapes, symbols and dingbats the face has, the UI glyphs (`UI_GLYPHS` in the script),
  and every character found in `resources/data/`, `resources/translations/*.ts` and
  `cloudoffice_gui/**/*.py` when it was built.
- Code points that share a glyph in the original (• and ·, 用 and the Kangxi radical ⽤,
  ～ and 〜) get a glyph each: Qt's PDF writer builds the ToUnicode map from the lowest
  code point per glyph, so shared glyphs made PDF text extract as the wrong characters.
- Only positioning features (kern, mark, mkmk) are kept, no GSUB substitutions: Qt maps
  embedded glyphs back to text through the cmap alone, so the "ffi" ligature made
  "Office" extract as "O ce", and substituted Thai tone marks dropped out.
- Used but in none of these faces (left to system fonts): {absent}

Rebuild after the data or translations change (needs `apt-get download` and `dpkg-deb`;
nothing gets installed):

    python scripts/build_font_subset.py
"""


def write_readme(out_dir: Path, stats: list[dict], cjk_root: Path, core_root: Path,
                 note: str, absent: set[int]) -> None:
    """README.md: what the fonts are, where they came from and how to rebuild them."""
    rows = "\n".join(f"| `{s['file']}` | {TTFont(out_dir / s['file'])['name'].getDebugName(1)} "
                     f"| {s['bytes']:,} | {s['glyphs']:,} | {s['characters']:,} | {s['version']} |"
                     for s in stats)
    shown = ", ".join(f"{chr(c)} U+{c:04X}" for c in sorted(absent)) or "none"
    (out_dir / "README.md").write_text(README.format(
        rows=rows, cjk_version=package_version(cjk_root, CJK_PACKAGE),
        core_version=package_version(core_root, CORE_PACKAGE),
        weights_note=note, absent=shown), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Fetch the faces, subset them, write the fonts, OFL.txt and README.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="unpacked fonts-noto-cjk root")
    parser.add_argument("--core-source", type=Path, help="unpacked fonts-noto-core root")
    parser.add_argument("--resources", type=Path, default=REPO / "resources")
    parser.add_argument("--regular-only", action="store_true", help="skip the Bold weight")
    args = parser.parse_args(argv)
    out_dir = args.resources / "fonts"
    used = used_codepoints(args.resources)
    wanted = used | gb2312_codepoints()
    for first, last in BLOCKS:
        wanted.update(range(first, last + 1))

    with tempfile.TemporaryDirectory() as tmp:
        cjk_root = args.source or fetch_package(CJK_PACKAGE, Path(tmp))
        core_root = args.core_source or fetch_package(CORE_PACKAGE, Path(tmp))
        for old in out_dir.glob("*-Subset-*.*tf"):
            old.unlink()  # a gap filler the data no longer needs must not linger
        faces = {w: open_sc_face(cjk_root / CJK_DIR / f"NotoSansCJK-{w}.ttc", w)
                 for w in ("Regular", "Bold")}
        missing = used - set(faces["Regular"].getBestCmap())
        stats = [subset_face(faces["Regular"], wanted, CJK_FAMILY, CJK_PS, "Regular",
                             out_dir / CJK_OUTPUT.format(weight="Regular"))]
        note = "Regular only (--regular-only); Qt synthesises bold."
        if not args.regular_only:
            bold_out = out_dir / CJK_OUTPUT.format(weight="Bold")
            bold = subset_face(faces["Bold"], wanted, CJK_FAMILY, CJK_PS, "Bold", bold_out)
            total = stats[0]["bytes"] + bold["bytes"]
            if total <= SIZE_BUDGET:
                stats.append(bold)
                note = f"Regular and Bold of the CJK font ({total:,} bytes together)."
            else:
                bold_out.unlink()
                note = (f"Regular only: with Bold the CJK fonts would take {total:,} bytes, "
                        f"over the {SIZE_BUDGET:,}-byte budget; Qt synthesises bold.")
            note += " The gap fillers are Regular only."
        fillers, absent = build_gap_fillers(core_root, missing, out_dir)
        stats += fillers
        (out_dir / "OFL.txt").write_text(
            ofl_text(cjk_root / "usr/share/doc/fonts-noto-cjk/copyright",
                     [s["notice"] for s in stats]), encoding="utf-8")
        write_readme(out_dir, stats, cjk_root, core_root, note, absent)

    for s in stats:
        print(f"{s['file']}: {s['bytes']:,} bytes, {s['glyphs']:,} glyphs, "
              f"{s['characters']:,} characters, {s['clones']} cloned glyphs")
    print(note)
    if absent:
        print("used but in no bundled face: " + " ".join(chr(c) for c in sorted(absent)),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
