"""The followers chart's gain-per-day bars: one bar a measured day (a 0 stays visible as a line), days without
enough snapshots shaded as gaps, the switch next to the periods, remembered as a layout setting."""

from __future__ import annotations

from datetime import timezone

import pyqtgraph as pg
from PySide6.QtCore import QSize

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.core.analytics import Point, gains_per_day
from tiktok_desktop.ui.charts.files import offscreen_chart
from tiktok_desktop.ui.charts.panel import ChartsPanel

DAY = 86_400
T0 = 1_772_323_200  # 1 March 2026 00:00 UTC
FOLLOWERS = [
    Point(T0 + 10 * 3600, 100),
    Point(T0 + DAY + 23 * 3600, 140),  # +40
    # the 3rd: no snapshot
    Point(T0 + 3 * DAY + 12 * 3600, 170),  # unknown: the day before has none
    Point(T0 + 4 * DAY + 20 * 3600, 160),  # -10
    Point(T0 + 5 * DAY + 20 * 3600, 160),  # 0
]


def data() -> ChartData:
    return ChartData(None, FOLLOWERS[-1].t, FOLLOWERS, follower_gains=gains_per_day(FOLLOWERS, timezone.utc))


def test_bars_are_the_gains_and_gaps_are_shaded(qapp) -> None:
    with offscreen_chart("followers", data(), QSize(800, 400), mode="per_day") as chart:
        assert chart.bars.isVisible() and not chart.curve.isVisible()
        opts = chart.bars.opts
        assert list(opts["height"]) == [40, -10, 0]
        assert [round((a + b) / 2) for a, b in zip(opts["x0"], opts["x1"], strict=True)] == [
            T0 + DAY + DAY // 2,
            T0 + 4 * DAY + DAY // 2,
            T0 + 5 * DAY + DAY // 2,
        ]
        regions = [item.getRegion() for item in chart.item.items if isinstance(item, pg.LinearRegionItem)]
        assert regions == [(T0, T0 + DAY), (T0 + 2 * DAY, T0 + 4 * DAY)]  # 1 March, then 3 and 4 March
        assert "not enough snapshots" in chart.describe(T0 + 3 * DAY + 5, 0)
        assert "40 followers gained" in chart.describe(T0 + DAY + 5, 9999)
        assert "10 followers lost" in chart.describe(T0 + 4 * DAY + 5, 0)
        assert "0 followers gained" in chart.describe(T0 + 5 * DAY + 5, 0)
        assert chart.item.getAxis("left").labelText == "Followers gained per day"
        chart.set_mode("total")
        assert chart.curve.isVisible() and not chart.bars.isVisible()
        assert not [i for i in chart.item.items if isinstance(i, pg.LinearRegionItem)]
        assert chart.item.getAxis("left").labelText == "Followers"


def test_the_switch_sits_with_the_followers_chart_and_says_when_it_changes(qtbot) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.build()
    panel.set_data(data())
    assert panel._mode_bar.isVisible() and panel.charts["followers"].mode == "total"
    with qtbot.waitSignal(panel.followers_per_day_changed) as changed:
        panel._mode_buttons[True].click()
    assert changed.args == [True] and panel.charts["followers"].mode == "per_day"
    panel.show_chart("views")
    assert not panel._mode_bar.isVisible()


def test_the_choice_is_remembered(qtbot, window) -> None:
    from helpers.window import start_and_wait

    start_and_wait(qtbot, window)
    window.charts._mode_buttons[True].click()
    assert window.ctx.settings.get("followers_per_day") is True
    assert window.charts.charts["followers"].mode == "per_day"
    window.save_state()
    from tiktok_desktop.config import Settings
    from tiktok_desktop.ui.mainwindow.window import MainWindow

    again = MainWindow(
        window.ctx.__class__(window.ctx.paths, Settings(window.ctx.paths.settings_file, environ={})), window.runner
    )
    qtbot.addWidget(again)
    again.show()
    start_and_wait(qtbot, again)
    assert again.charts.charts["followers"].mode == "per_day" and again.charts._mode_buttons[True].isChecked()
    again.close()
