"""``main.py search TEXT``: the global search on the command line, one hit per line (no Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.errors import DatabaseError
from cloudoffice_gui.data.search import query_language, search

CLI_LIMIT_PER_KIND = 1000


def hit_line(kind: str, item_id: str, product_id: str | None, title: str) -> str:
    """One output line: kind, id, product id (or '-') and title, separated by tabs."""
    fields = (kind, item_id, product_id or "-", title)
    # A tab or newline inside a field would break the one-hit-per-line format.
    return "\t".join(" ".join(str(f).split()) or "-" for f in fields)


def run_search(database_path: Path | str | None, text: str, lang: str | None,
               out: TextIO) -> int:
    """Print every hit for ``text`` to ``out``; 0 also when nothing matches, 1 on a bad database."""
    if database_path is None:
        from cloudoffice_gui import bundled_database_path

        database_path = bundled_database_path()
    try:
        db = open_database(database_path)
    except DatabaseError as error:
        print(error.message(), file=sys.stderr)
        return 1
    try:
        title_lang = lang if lang in ("zh", "en") else query_language(text)
        for hit in search(db, text, title_lang, limit=CLI_LIMIT_PER_KIND):
            out.write(hit_line(hit.kind, hit.item_id, hit.product_id, hit.title) + "\n")
        out.flush()
    except DatabaseError as error:
        print(error.message(), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (``| head``): not an error. Point stdout at devnull so
        # Python's final flush at exit does not complain again.
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        db.close()
    return 0
