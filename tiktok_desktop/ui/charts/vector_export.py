"""What makes a chart's SVG vector all through, where pyqtgraph would leave bitmaps and scaled strokes.

Rendered into a QSvgGenerator as they draw on screen, pyqtgraph's items give three kinds of non-vector output:
- a scatter draws its dots from a cached pixmap atlas (each dot a 16x8 bitmap squeezed to 8x8, seen as "()"
  in browsers and librsvg); in export mode (GraphicsItem.setExportMode, what pyqtgraph's own exporters set)
  it draws every symbol as a path;
- an ImageItem (the heatmap) or a pixmap item (the colour bar) is one small bitmap stretched over its area, a
  blur: here each of its pixels becomes a filled rectangle of the same colour, on whole device pixels;
- a curve is a path in data coordinates inside a group with the view's matrix and a cosmetic pen
  (vector-effect="non-scaling-stroke"), which librsvg ignores, so a 3-pixel line is scaled by the matrix into
  a huge block: bake_transforms() moves such matrices into the coordinates, as pyqtgraph's SVGExporter does
  (its correctCoordinates), so strokes keep their width in every renderer.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"


class _Cells(QGraphicsItem):
    """An ImageItem's pixels as rectangles, in the image item's own coordinates (pixel (x, y) is the unit square
    at x, y), so it sits exactly where the image did."""

    def __init__(self, image: QImage, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._image = image.convertToFormat(QImage.Format.Format_ARGB32)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._image.width(), self._image.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Each cell in device coordinates with its edges on whole pixels, so that two neighbours share their edge
        exactly, and one pixel wider towards a neighbour drawn after it (the next column, the next row), which
        covers it: no renderer shows a seam of background between cells, also when the SVG is scaled (the PDF)."""
        image = self._image
        to_device = painter.transform()

        def device(x: int, y: int) -> QRect:
            rect = to_device.mapRect(QRectF(x, y, 1, 1))
            left, top = round(rect.left()), round(rect.top())
            return QRect(left, top, round(rect.right()) - left, round(rect.bottom()) - top)

        def filled(x: int, y: int) -> bool:
            return x < image.width() and y < image.height() and image.pixelColor(x, y).alpha() > 0

        painter.save()
        painter.resetTransform()
        painter.setPen(QColor(0, 0, 0, 0))
        for y in range(image.height()):
            for x in range(image.width()):
                if not filled(x, y):
                    continue  # no data (NaN): the background shows, as in the window
                cell = device(x, y)
                for nx, ny in ((x + 1, y), (x, y + 1)):
                    if filled(nx, ny):
                        after = device(nx, ny)
                        cell = cell.adjusted(
                            -1 if after.right() < cell.left() else 0,
                            -1 if after.bottom() < cell.top() else 0,
                            1 if after.left() > cell.right() else 0,
                            1 if after.top() > cell.bottom() else 0,
                        )
                painter.fillRect(cell, image.pixelColor(x, y))
        painter.restore()


def _image_of(item: QGraphicsItem) -> QImage | None:
    """The picture an ImageItem (the heatmap) or a pixmap item (the colour bar) draws, one unit a pixel."""
    if isinstance(item, QGraphicsPixmapItem):
        pixmap = item.pixmap()
        return None if pixmap.isNull() or item.offset() != QPointF(0, 0) else pixmap.toImage()
    image = getattr(item, "qimage", None)
    if image is None and getattr(item, "image", None) is not None:
        item.render()  # type: ignore[attr-defined]
        image = getattr(item, "qimage", None)
    return image if isinstance(image, QImage) and not image.isNull() else None


@contextmanager
def vector_items(scene: QGraphicsScene) -> Iterator[None]:
    """While open, the scene's items draw as shapes only (see the module's docstring); restored after."""
    import pyqtgraph as pg

    items = list(scene.items())
    exporting = [i for i in items if isinstance(i, pg.GraphicsItem)]
    replaced: list[tuple[QGraphicsItem, _Cells]] = []
    for item in exporting:
        item.setExportMode(True, {"antialias": True, "background": None, "painter": None})
    try:
        for item in items:
            if isinstance(item, (pg.ImageItem, QGraphicsPixmapItem)) and item.isVisible():
                image = _image_of(item)
                if image is None:
                    continue
                cells = _Cells(image, item)
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)  # its bitmap is not drawn
                replaced.append((item, cells))
        yield
    finally:
        for item, cells in replaced:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
            scene = cells.scene()
            if scene is not None:
                scene.removeItem(cells)
        for item in exporting:
            item.setExportMode(False)


_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_PATH_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_BAKEABLE = {f"{{{SVG_NS}}}path", f"{{{SVG_NS}}}polyline", f"{{{SVG_NS}}}polygon"}


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _bake_path(d: str, apply) -> str | None:
    """An absolute path (Qt writes only M, L, C and Z) with every point mapped; None for anything else."""
    out: list[str] = []
    numbers: list[float] = []
    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            if token not in "MLCZ" or len(numbers) % 2:
                return None
            out.append(token)
            continue
        numbers.append(float(token))
        if len(numbers) == 2:
            x, y = apply(*numbers)
            out.append(f"{_fmt(x)},{_fmt(y)}")
            numbers = []
    return None if numbers else " ".join(out)


def _bake_points(points: str, apply) -> str:
    values = [float(v) for v in re.split(r"[\s,]+", points.strip()) if v]
    pairs = (apply(values[i], values[i + 1]) for i in range(0, len(values) - 1, 2))
    return " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pairs)


def bake_transforms(svg: bytes) -> bytes:
    """Groups of paths under a matrix get the matrix applied to their coordinates instead, so a cosmetic pen's
    width stays in pixels in every renderer; groups holding anything else (text) are left as they are."""
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.fromstring(svg)
    for parent in root.iter():
        for group in list(parent):
            if group.tag == f"{{{SVG_NS}}}g" and group.get("fill") == "none" and group.get("stroke") == "none":
                # draws nothing, yet QSvgRenderer strokes its outline when it paints into a PDF
                if all(c.tag in _BAKEABLE for c in group):
                    parent.remove(group)
    for group in root.iter(f"{{{SVG_NS}}}g"):
        match = _MATRIX.fullmatch(group.get("transform", "").strip())
        children = list(group)
        if match is None or not children or any(c.tag not in _BAKEABLE for c in children):
            continue
        cosmetic = all(c.get("vector-effect") == "non-scaling-stroke" for c in children)
        if not cosmetic and group.get("stroke", "none") != "none":
            continue  # a pen in data units: its width must scale with the matrix
        a, b, c, d, e, f = (float(v) for v in match.group(1).split(","))

        def apply(x: float, y: float, a=a, b=b, c=c, d=d, e=e, f=f) -> tuple[float, float]:
            return a * x + c * y + e, b * x + d * y + f

        baked: list[tuple[ET.Element, str, str]] = []
        for child in children:
            if child.tag.endswith("path"):
                new = _bake_path(child.get("d", ""), apply)
                if new is None:
                    break
                baked.append((child, "d", new))
            else:
                baked.append((child, "points", _bake_points(child.get("points", ""), apply)))
        else:
            for child, attribute, value in baked:
                child.set(attribute, value)
            del group.attrib["transform"]
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + text).encode("utf-8")


# Han characters (with CJK punctuation and full-width forms): a text holding any is drawn from a Simplified Chinese
# family whatever the UI language, or fontconfig's fallback gives it Japanese forms
_HAN = re.compile("[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def installed_font_only(svg: bytes, prefer: tuple[str, ...] = (), han: tuple[str, ...] = ()) -> bytes:
    """Each font-family list cut to one installed family, the first of `prefer` in it if any (for a text with Han
    characters, of `prefer` then `han`): QSvgRenderer reads a list ("Sans Serif,Noto Sans CJK SC", as QSvgGenerator
    writes the application font's families) as one unknown name and falls back to the default font, with Japanese
    forms for Chinese text. Browsers and librsvg read the list itself."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())

    def first(match: re.Match[bytes]) -> bytes:
        families = [f.strip().strip("'\"") for f in match.group(1).decode("utf-8").split(",")]
        wanted = (*prefer, *han) if _HAN.search(match.group(2).decode("utf-8", "replace")) else prefer
        chosen = next((f for f in (*[p for p in wanted if p in families], *families) if f in installed), families[-1])
        return b'font-family="' + chosen.encode("utf-8") + b'"'

    # the look-ahead reads the element's text (a <text>'s content; for a group, the white space after its tag)
    return re.sub(rb'font-family="([^"]*,[^"]*)"(?=[^>]*>([^<]*))', first, svg)
