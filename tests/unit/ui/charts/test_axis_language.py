"""Every chart's axis ticks in the UI language: a Chinese date axis says 8月 and 8月5日 (QLocale), not Aug; counts
are abbreviated the language's way (1万, not 10K, and never 1e+04); durations say 秒 and 分钟."""

from __future__ import annotations

import re

import pytest
from helpers.constants import NOW

from tiktok_desktop.app.chart_data import chart_data
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui.charts.panel import ChartsPanel

ENGLISH_WORDS = re.compile(r"[A-Za-z]")  # no axis tick of a Chinese chart has a Latin letter (Aug, Mon, s, min, K)
SCIENTIFIC = re.compile(r"\d[eE][+-]?\d|\u00d710")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Dashboard:
    with Store(tmp_path_factory.mktemp("demo") / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


def tick_strings(panel: ChartsPanel, name: str) -> dict[str, list[str]]:
    """The strings each axis of a chart draws now (fixed ticks, or those the axis makes for its range)."""
    chart = panel.chart(name)
    out: dict[str, list[str]] = {}
    for side in ("left", "bottom"):
        axis = chart.item.getAxis(side)
        if not axis.isVisible():
            continue
        if axis._tickLevels is not None:
            out[side] = [text for level in axis._tickLevels for _, text in level]
            continue
        low, high = axis.range
        length = axis.geometry().width() if side == "bottom" else axis.geometry().height()
        strings = []
        for spacing, values in axis.tickValues(min(low, high), max(low, high), length):
            strings += [s for s in axis.tickStrings(values, axis.autoSIPrefixScale, spacing) if s]
        out[side] = strings
    colour_bar = getattr(chart, "bar", None)
    if colour_bar is not None:
        out["colour bar"] = [text for level in colour_bar.axis._tickLevels for _, text in level]
    return out


def shown_panel(qtbot, dashboard: Dashboard, range_key: str) -> ChartsPanel:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.show()
    assert panel.build()
    panel.set_data(chart_data(dashboard, range_key))
    for name in panel.charts:  # each tab shown once, as a person would, so each chart is laid out
        panel.show_chart(name)
        qtbot.waitUntil(lambda n=name: panel.plots[n].isVisible())
        panel.plots[name].grab()  # painted: the axes pick their tick spacing from their font when drawn
    return panel


@pytest.mark.parametrize("range_key", ["all", "7"])
def test_chinese_charts_have_chinese_ticks(qtbot, demo: Dashboard, chinese: None, range_key: str) -> None:
    panel = shown_panel(qtbot, demo, range_key)
    seen = {name: tick_strings(panel, name) for name in panel.charts}
    for name, axes in seen.items():
        for side, strings in axes.items():
            if (name, side) == ("hashtags", "left"):
                continue  # the creator's own hashtags
            assert strings, (name, side)
            assert not [s for s in strings if ENGLISH_WORDS.search(s) or SCIENTIFIC.search(s)], (name, side, strings)
    dates = seen["followers"]["bottom"] + seen["views"]["bottom"] + seen["engagement"]["bottom"]
    assert all("\u6708" in s or "\u5e74" in s or ":" in s for s in dates), dates  # 月 / 年 (or a time of day)
    if range_key == "7":
        assert any("\u65e5" in s for s in dates), dates  # days: 9月21日
    assert any("\u4e07" in s for s in seen["views"]["left"]), seen["views"]["left"]  # 1万, 10万
    assert "1\u5206\u949f" in seen["duration"]["bottom"] and "5\u79d2" in seen["duration"]["bottom"]


def test_english_counts_are_abbreviated_never_scientific(qtbot, demo: Dashboard) -> None:
    panel = shown_panel(qtbot, demo, "all")
    views = tick_strings(panel, "views")["left"]
    assert {"1K", "10K", "100K"} <= set(views), views
    followers = tick_strings(panel, "followers")
    assert all(s.endswith("K") for s in followers["left"]), followers
    assert {"Jul", "Aug"} <= set(followers["bottom"]), followers
    assert not [
        s
        for axes in map(lambda n: tick_strings(panel, n), panel.charts)
        for v in axes.values()
        for s in v
        if SCIENTIFIC.search(s)
    ]


def test_close_count_ticks_are_written_out_rather_than_abbreviated_alike(qapp) -> None:
    from tiktok_desktop.ui.charts.axes import CountAxis

    axis = CountAxis("left")
    assert axis.tickStrings([30_000, 35_000, 40_000], 1, 5_000) == ["30K", "35K", "40K"]
    assert axis.tickStrings([41_160, 41_170, 41_180], 1, 10) == ["41,160", "41,170", "41,180"]
