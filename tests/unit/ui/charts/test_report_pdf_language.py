"""The PDF report in the user's language and script: Simplified Chinese glyphs (not the Japanese forms fontconfig
prefers for Han characters), figures in the language, a byline under each chart, and legends drawn whole."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers.constants import NOW
from helpers.pdf_fonts import embedded_fonts, han_fonts

from tiktok_desktop.app.chart_data import chart_data
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.report import report_data
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui.charts.report_pdf import report_pdf


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Dashboard:
    with Store(tmp_path_factory.mktemp("demo") / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


def fonts_and_text(pdf: bytes, tmp_path: Path) -> tuple[set[str], str]:
    import pypdf

    out = tmp_path / "r.pdf"
    out.write_bytes(pdf)
    reader = pypdf.PdfReader(out)
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            inner = xobject.get_object().get("/Resources") or {}
            for font in (inner.get("/Font") or {}).values():
                fonts.add(str(font.get_object().get("/BaseFont")))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    return fonts, text


def test_chinese_report_uses_simplified_chinese_glyphs_and_words(chinese, demo: Dashboard, tmp_path: Path) -> None:
    fonts, text = fonts_and_text(report_pdf(report_data(demo), chart_data(demo, "28")), tmp_path)
    cjk = {f for f in fonts if "CJK" in f or "Han" in f}
    assert cjk, fonts
    assert not any("jp" in f.lower() for f in cjk), f"Japanese forms of Han characters: {sorted(fonts)}"
    assert "个百分点" in text and " pt)" not in text, "percentage points in Chinese"
    assert "近 28 天" in text and "@lumi.cooks" in text, "each chart's byline: period and handle"
    # a gain under 1万 grouped as QLocale writes it, as in English (+4,214 followers in 28 days, not +4214)
    assert re.search(r"\+\d,\d{3} \(", text) and not re.search(r"\+\d{4} \(", text), text[:600]


def test_english_report_has_the_byline_and_whole_legends(qapp, demo: Dashboard, tmp_path: Path) -> None:
    fonts, text = fonts_and_text(report_pdf(report_data(demo), chart_data(demo, "28")), tmp_path)
    assert "Last 28 days" in text and "pt)" in text
    assert "Median of the duration bucket" in text
    assert "Rolling median (15 videos)" in text


def test_chinese_rows_share_one_baseline_with_their_numbers(chinese, demo: Dashboard, tmp_path: Path) -> None:
    import pypdf

    out = tmp_path / "r.pdf"
    out.write_bytes(report_pdf(report_data(demo), chart_data(demo, "28")))
    placed: list[tuple[float, float, str]] = []  # (baseline, x, text) of each piece of text on the first page

    def visit(text: str, cm, tm, font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            placed.append((y, x, text.strip()))

    pypdf.PdfReader(out).pages[0].extract_text(visitor_text=visit)
    # the period table: cells like "+509 (+112%)" on the right, the row's label at the left margin
    cells = [p for p in placed if p[1] > 200 and "%" in p[2] and "(" in p[2]]
    rows = 0
    for y, _, text in cells:
        labels = [p for p in placed if p[1] < 60 and abs(p[0] - y) < 8]
        if labels:
            rows += 1
            assert all(abs(label[0] - y) < 0.5 for label in labels), f"{text} at {y:.1f}, its label at {labels}"
    assert rows >= 5, placed


def _dark_grey_pixels_at_the_right_edge_of_the_duration_legend(pdf: Path) -> int:
    """Text pixels in the last few pixel columns inside the page's right margin, in the band of the Duration
    chart's legend (top right of the chart), with the page rendered by poppler at 144 dpi."""
    import subprocess

    import pypdf
    from PySide6.QtGui import QImage

    reader = pypdf.PdfReader(pdf)
    found: list[float] = []
    number = 0
    for page in reader.pages:
        number += 1

        def visit(text: str, cm, tm, font, size) -> None:
            if text.strip() == "Duration":
                found.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=visit)
        if found:
            break
    assert found, "the report has a Duration chart"
    top, right = float(page.mediabox.top), float(page.mediabox.right) - 14 / 25.4 * 72  # margins: 14 mm
    out = pdf.with_name("page")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "144", "-f", str(number), "-l", str(number), "-singlefile", pdf, out],
        check=True,
        timeout=60,
    )
    image = QImage(str(out) + ".png")
    y0, y1, edge = int((top - found[0]) * 2), int((top - found[0] + 110) * 2), int(right * 2)
    count = 0
    for x in range(edge - 8, edge - 1):
        for y in range(y0, y1):
            c = image.pixelColor(x, y)
            if c.lightness() < 200 and max(c.getRgb()[:3]) - min(c.getRgb()[:3]) < 24:  # grey text, not data
                count += 1
    return count


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_legends_are_not_cut_at_the_edge_of_the_page(qapp, demo: Dashboard, tmp_path: Path) -> None:
    """Drawn straight into the PDF, the legend's text took the printer's metrics, outgrew its box and was cut
    at the chart's edge ("Median of the duratio"): text pixels up to the very edge."""
    out = tmp_path / "r.pdf"
    out.write_bytes(report_pdf(report_data(demo), chart_data(demo, "28")))
    assert _dark_grey_pixels_at_the_right_edge_of_the_duration_legend(out) == 0


def test_english_report_draws_chinese_titles_and_hashtags_in_simplified_chinese(
    qapp, demo: Dashboard, tmp_path: Path
) -> None:
    """The demo creator's titles and hashtags are partly Chinese (三分钟学会葱油饼, #美食): in the English report too
    they take the Simplified Chinese forms, in the front page's table and in the charts, and Latin text the UI
    font."""
    out = tmp_path / "r.pdf"
    out.write_bytes(report_pdf(report_data(demo), chart_data(demo, "28")))
    fonts = embedded_fonts(out)
    assert han_fonts(fonts), fonts
    assert not any("jp" in f.lower() for f in han_fonts(fonts)), f"Japanese forms of Han characters: {sorted(fonts)}"
    assert fonts - han_fonts(fonts), f"Latin text in the UI font: {sorted(fonts)}"
