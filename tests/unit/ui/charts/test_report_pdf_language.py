"""The PDF report in the user's language and script: Simplified Chinese glyphs (not the Japanese forms fontconfig
prefers for Han characters), figures in the language, a byline under each chart, and legends drawn whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.constants import NOW

from tiktok_desktop.app.chart_data import chart_data
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.report import report_data
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.charts.report_pdf import report_pdf


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Dashboard:
    with Store(tmp_path_factory.mktemp("demo") / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        yield
    finally:
        i18n.install("en")


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
