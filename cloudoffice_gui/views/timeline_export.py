"""Write a pyqtgraph scene to PNG or SVG atomically, without any dialog.

pyqtgraph's exporters open a file dialog when given no file name; we always give one: a
temporary file beside the target, moved over it only once it is complete, so a failed
export never leaves a half-written picture where a good one was.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph.exporters as exporters
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsScene


@contextlib.contextmanager
def atomic_path(path: Path | str, suffix: str) -> Iterator[Path]:
    """A temporary path in ``path``'s folder, moved onto ``path`` if the block succeeds."""
    target = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    os.close(handle)
    try:
        yield Path(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def scene_image(scene: QGraphicsScene, width: int | None = None) -> QImage:
    """The scene drawn into an image ``width`` pixels wide (height keeps the aspect ratio)."""
    exporter = exporters.ImageExporter(scene)
    if width:
        exporter.parameters()["width"] = int(width)
    return exporter.export(toBytes=True)


def write_png(scene: QGraphicsScene, path: Path | str, width: int | None = None) -> Path:
    """Write the scene as a PNG at ``path`` and return the path."""
    image = scene_image(scene, width)
    with atomic_path(path, ".png") as temp:
        if not image.save(str(temp), "PNG"):
            raise OSError(f"could not write PNG to {temp}")
    return Path(path)


def close_paths_explicitly(d: str) -> str:
    """Path data with each 'Z' replaced by a line back to its subpath's start.

    pyqtgraph 0.14's SVG exporter parses path data as 'x,y' tokens only and fails on the
    'Z' that Qt 6 writes for closed shapes (pyqtgraph issue #3495); a line to the start
    draws the same outline.
    """
    tokens = d.split()
    start = ""
    out = []
    for token in tokens:
        if token.upper() == "Z":
            if start:
                out.append("L" + start)
            continue
        if token[:1] == "M":
            start = token[1:]
        out.append(token)
    return " ".join(out)


@contextlib.contextmanager
def _closed_paths_fixed() -> Iterator[None]:
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original: Callable[..., object] | None = getattr(module, "correctCoordinates", None)
    if original is None:  # a newer pyqtgraph reorganised it: nothing to work around
        yield
        return

    def correct(node: object, defs: object, item: object, options: object) -> object:
        for path in node.getElementsByTagName("path"):  # type: ignore[attr-defined]
            data = path.getAttribute("d")
            if "Z" in data or "z" in data:
                path.setAttribute("d", close_paths_explicitly(data))
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def write_svg(scene: QGraphicsScene, path: Path | str) -> Path:
    """Write the scene as an SVG document at ``path`` and return the path."""
    exporter = exporters.SVGExporter(scene)
    with atomic_path(path, ".svg") as temp, _closed_paths_fixed():
        exporter.export(fileName=str(temp))
    return Path(path)
