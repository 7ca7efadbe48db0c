"""SVG exports are vector all through (no bitmap left) and look like the PNG of the same chart in librsvg."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers.constants import NOW
from helpers.pdf_fonts import embedded_fonts, han_fonts
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tiktok_desktop.app.chart_data import CHARTS, chart_data
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui.charts.files import png_bytes, render_image, shared_chart, svg_bytes
from tiktok_desktop.ui.charts.share import caption
from tiktok_desktop.ui.charts.vector_export import bake_transforms

SVG = "{http://www.w3.org/2000/svg}"
SIZE = QSize(900, 560)
RSVG = shutil.which("rsvg-convert")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Dashboard:
    with Store(tmp_path_factory.mktemp("demo") / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


def exports(name: str, demo: Dashboard) -> tuple[bytes, QImage]:
    data = chart_data(demo)
    with shared_chart(name, data, SIZE) as chart:
        header = caption(chart.title(), "lumi.cooks", data)
        return svg_bytes(chart.widget, chart.title(), header), render_image(chart.widget, SIZE, header)


def differing_share(a: QImage, b: QImage, step: int = 2, tolerance: int = 60) -> float:
    """The share of sampled pixels whose colours differ by more than `tolerance` in some channel."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    assert (a.width(), a.height()) == (b.width(), b.height())
    total = differing = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())) > tolerance:
                differing += 1
    return differing / total


@pytest.mark.parametrize("name", CHARTS)
def test_svg_has_no_bitmap_and_draws_dots_as_shapes(qapp, demo: Dashboard, name: str) -> None:
    svg, _ = exports(name, demo)
    root = ET.fromstring(svg)
    assert list(root.iter(f"{SVG}image")) == [], "every part of the chart is a shape, none a bitmap"
    texts = "".join(root.itertext())
    assert "@lumi.cooks" in texts and "All time" in texts, "the header names the creator and the period"
    if name == "heatmap":  # 7 x 24 cells (less the empty ones) and the colour bar's steps, as rectangles
        assert len(list(root.iter(f"{SVG}rect"))) > 100


@pytest.mark.skipif(RSVG is None, reason="rsvg-convert (librsvg2-bin) is not installed")
@pytest.mark.parametrize("name", CHARTS)
def test_svg_renders_in_librsvg_like_the_png(qapp, demo: Dashboard, tmp_path: Path, name: str) -> None:
    svg, png = exports(name, demo)
    (tmp_path / "chart.svg").write_bytes(svg)
    (tmp_path / "chart.png").write_bytes(png_bytes(png))
    out = tmp_path / "rsvg.png"
    subprocess.run(
        [str(RSVG), "-w", str(SIZE.width()), "-h", str(SIZE.height()), "-o", str(out), str(tmp_path / "chart.svg")],
        check=True,
        timeout=60,
    )
    share = differing_share(QImage(str(out)), png)
    # text is drawn by two font engines and dots are antialiased differently: a few percent of edge pixels;
    # a bitmap dot, a blurred heatmap or a scaled stroke differ in many more
    assert share < 0.02, f"{share:.1%} of the pixels differ between librsvg's rendering and the PNG"


@pytest.mark.skipif(RSVG is None, reason="rsvg-convert (librsvg2-bin) is not installed")
def test_chinese_hashtags_of_an_english_svg_take_simplified_chinese_forms_in_librsvg(
    qapp, demo: Dashboard, tmp_path: Path
) -> None:
    """The demo's hashtags are partly Chinese (#中餐): librsvg picks the font from the SVG's family list, which
    must name a Simplified Chinese family, or fontconfig gives Han characters the Japanese forms."""
    svg, _ = exports("hashtags", demo)
    assert "中餐".encode() in svg
    (tmp_path / "chart.svg").write_bytes(svg)
    out = tmp_path / "chart.pdf"
    subprocess.run([str(RSVG), "-f", "pdf", "-o", str(out), str(tmp_path / "chart.svg")], check=True, timeout=60)
    fonts = embedded_fonts(out)
    assert han_fonts(fonts), fonts
    assert not any("jp" in f.lower() for f in han_fonts(fonts)), f"Japanese forms of Han characters: {sorted(fonts)}"


def test_baking_moves_a_matrix_into_the_coordinates_of_cosmetic_strokes() -> None:
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg"><g stroke="#d55e00" stroke-width="3" '
        b'transform="matrix(10,0,0,-2,5,100)"><path vector-effect="non-scaling-stroke" d="M1,2 L3,4"/>'
        b'<polyline vector-effect="non-scaling-stroke" points="0,0 1,1"/></g>'
        b'<g transform="matrix(2,0,0,2,0,0)"><text>kept</text></g></svg>'
    )
    root = ET.fromstring(bake_transforms(svg))
    first, second = root.findall(f"{SVG}g")
    assert "transform" not in first.attrib
    assert first.find(f"{SVG}path").get("d") == "M 15,96 L 35,92"
    assert first.find(f"{SVG}polyline").get("points") == "5,100 15,98"
    assert second.get("transform") == "matrix(2,0,0,2,0,0)", "text keeps its matrix"
