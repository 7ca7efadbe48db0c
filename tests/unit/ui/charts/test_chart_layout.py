"""What a person sees of the charts' layout: hashtag labels that do not overlap at any height, in either
language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from helpers.constants import NOW
from PySide6.QtGui import QFontMetrics, QImage, QPainter

from tiktok_desktop.app.chart_data import chart_data
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.store import Store
from tiktok_desktop.core.studio.model import DailyMetrics
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.charts.panel import ChartsPanel
from tiktok_desktop.ui.charts.views import FollowersChart

if TYPE_CHECKING:
    import pyqtgraph as pg

    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.ui.charts.chart_base import Chart


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Dashboard:
    with Store(tmp_path_factory.mktemp("demo") / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("height", [200, 260, 420])
def test_hashtag_labels_do_not_overlap(qtbot, demo: Dashboard, language: str, height: int) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, height)
    panel.show()
    assert panel.build()
    panel.show_chart("hashtags")
    panel.set_data(chart_data(demo))
    chart = panel.charts["hashtags"]
    qtbot.waitUntil(chart.widget.isVisible)
    chart.widget.grab()
    rows = len(chart.item.getAxis("left")._tickLevels[0])
    assert 3 <= rows <= len(chart.data.hashtags)
    label = max((text for _, text in chart.item.getAxis("left")._tickLevels[0]), key=len)
    line = QFontMetrics(chart.item.getAxis("left").font()).boundingRect(label).height()
    room = chart.item.getViewBox().height() / rows
    assert room >= line, (language, height, rows, room, line)


def test_legends_sit_above_the_data_on_a_themed_background(qtbot, demo: Dashboard) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 320)
    panel.show()
    assert panel.build()
    panel.set_data(chart_data(demo))
    for name in ("engagement", "duration", "daily"):
        panel.show_chart(name)
        chart = panel.chart(name)
        qtbot.waitUntil(chart.widget.isVisible)
        chart.widget.grab()
        legend, view = chart.legend.sceneBoundingRect(), chart.item.getViewBox().sceneBoundingRect()
        assert legend.width() > 0 and not legend.intersects(view), (name, legend, view)
        assert chart.legend.opts["brush"].color() == chart.widget.palette().base().color(), name


@pytest.mark.parametrize("name", ["heatmap", "active"])
def test_the_colour_bar_labels_its_ends_inside_the_bar(qtbot, demo: Dashboard, name: str) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.build()
    activity = [[100.0 + 10 * d + (h * 5) % 60 for h in range(24)] for d in range(7)]  # imported hours
    panel.set_data(dataclasses.replace(chart_data(demo), activity=activity))
    chart = panel.chart(name)
    low, high = chart.bar.levels()
    ticks = [value for value, _ in chart.bar.axis._tickLevels[0]]
    margin = (high - low) * 0.05  # half a label's height on a short bar: a label centred on an end was cut
    assert all(low + margin <= t <= high - margin for t in ticks), (low, high, ticks)


def many_videos(n: int) -> Dashboard:
    import random

    from tiktok_desktop.core.models import Account, Profile, Video

    rng = random.Random(3)
    videos = [
        Video(str(i), NOW - rng.randrange(400 * 86_400), f"video {i}", views=rng.randrange(100, 10**6), likes=50)
        for i in range(n)
    ]
    return Dashboard(Account("demo:x", Profile("demo", "x"), None), videos, [], NOW)


def test_a_period_change_draws_the_chart_on_screen_and_the_others_when_shown(qtbot, demo: Dashboard) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.build()
    panel.show_chart("followers")
    panel.set_data(chart_data(demo))
    assert panel.charts["followers"].data.followers and not panel.charts["views"].data.videos
    panel.show_chart("views")
    assert len(panel.charts["views"]._videos) == len(chart_data(demo).videos)


def test_dense_dots_are_thinned_to_the_pixels_yet_every_video_answers_the_mouse(qtbot) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    assert panel.build()
    panel.show_chart("views")
    panel.set_data(chart_data(many_videos(30_000)))
    chart = panel.charts["views"]
    qtbot.waitUntil(chart.widget.isVisible)
    drawn = len(chart.scatter.scatter.data)
    assert 1_000 < drawn < 30_000 / 2, drawn
    assert len(chart._videos) == 30_000
    for i in (0, 12_345, 29_999):  # drawn or not, each video is found under the mouse
        video = chart._videos[i]
        found = chart.video_at(chart._xs[i], chart._ys[i])
        near = chart._videos[chart.nearest(chart._xs[i], chart._ys[i])]
        assert found == near.video_id and abs(near.views - video.views) / video.views < 0.2


# a popup on the offscreen platform: it cannot raise it or grab the keyboard (tests on a real X server do)
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")
def test_the_menu_key_on_a_chart_opens_its_export_menu(qtbot, demo: Dashboard) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.build()
    panel.set_data(chart_data(demo))
    view = panel.plots["followers"]
    QApplication.sendEvent(
        view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(20, 20), view.mapToGlobal(QPoint(20, 20)))
    )
    assert panel.menu is not None and panel.menu.isVisible()
    assert "Save as SVG\u2026" in [a.text() for a in panel.menu.actions()]
    panel.menu.close()


@pytest.mark.parametrize("height", [190, 230, 520])
def test_weekday_names_of_the_heatmap_do_not_overlap(qtbot, demo: Dashboard, language: str, height: int) -> None:
    """A short weekday x hour map (the Audience tab at 1024 x 700 with a banner) draws every other day rather than
    seven names on top of each other; a tall one draws all seven."""
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, height)
    panel.show()
    assert panel.build()
    panel.show_chart("heatmap")
    panel.set_data(chart_data(demo))
    chart = panel.charts["heatmap"]
    qtbot.waitUntil(chart.widget.isVisible)
    chart.widget.grab()
    axis = chart.item.getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        texts = axis.generateDrawSpecs(painter)[2]
    finally:
        painter.end()
    centres = sorted(rect.center().y() for rect, _, _ in texts)
    line = QFontMetrics(axis.font()).height()
    assert len(centres) >= 4, (language, height, centres)
    assert all(b - a >= line for a, b in zip(centres, centres[1:], strict=False)), (language, height, centres, line)
    if height >= 500:
        assert len(centres) == 7


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_legend_and_colour_bar_text_is_readable(qtbot, demo: Dashboard, dark: bool) -> None:
    """The words of the legends and of the colour bars in the palette's text colour, at WCAG AA against the chart's
    background (pyqtgraph's grey on white was 2.9:1)."""
    from helpers.visual_check import AA_NORMAL, painted_text_contrast
    from PySide6.QtCore import QRect

    from tiktok_desktop.ui import theme

    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 320)
    panel.setPalette(theme._palette(dark))
    panel.show()
    assert panel.build()
    activity = [[100.0 + 10 * d + (h * 5) % 60 for h in range(24)] for d in range(7)]
    # daily views as from an import (the demo has none, and an empty chart shows no legend)
    start = date(2026, 10, 1)
    daily = [
        (noon, DailyMetrics(start + timedelta(days=i), video_views=1000 + 37 * i, profile_views=100 + 5 * i))
        for i, noon in enumerate(range(1_790_000_000, 1_790_000_000 + 30 * 86_400, 86_400))
    ]
    panel.set_data(dataclasses.replace(chart_data(demo), activity=activity, daily=daily))
    faint = []
    for name in ("engagement", "duration", "daily", "heatmap", "active"):
        panel.show_chart(name)
        chart = panel.chart(name)
        qtbot.waitUntil(chart.widget.isVisible)
        assert not chart.nothing, name  # drawn: its legend and colour bar are shown
        shot = chart.widget.grab().toImage()
        scale = shot.width() / chart.widget.width()
        background = chart.widget.palette().base().color()
        bar = getattr(chart, "bar", None)
        shown = hasattr(chart, "legend") and chart.legend.isVisible()  # hidden on an empty chart (daily, no import)
        words = [label.item for _, label in chart.legend.items] if shown else []
        words += [bar.getAxis("left").label] if bar is not None else []  # the colour bar's title
        for item in words:
            r = chart.widget.mapFromScene(item.sceneBoundingRect()).boundingRect()
            rect = QRect(int(r.x() * scale), int(r.y() * scale), int(r.width() * scale), int(r.height() * scale))
            ratio = painted_text_contrast(shot, rect, background)
            if ratio < AA_NORMAL:
                faint.append(f"{name} {item.toPlainText()!r}: {ratio:.2f}:1")
        if bar is not None:
            ticks = bar.axis.textPen().color()
            from helpers.visual_check import contrast

            if contrast(ticks, background) < AA_NORMAL:
                faint.append(f"{name} colour bar values: {contrast(ticks, background):.2f}:1")
    assert not faint, faint


def charts_shown_one_by_one(qtbot, panel_height: int, data: ChartData) -> Iterator[Chart]:
    """Each chart of a 1000-pixel-wide panel of `panel_height`, shown with `data` and painted once."""
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, panel_height)
    panel.show()
    assert panel.build()
    for name in panel.charts:
        panel.show_chart(name)
        panel.set_data(data)
        chart = panel.charts[name]
        qtbot.waitUntil(chart.widget.isVisible)
        chart.widget.grab()
        yield chart


def titled_side_axes(chart: Chart) -> Iterator[pg.AxisItem]:
    for side in ("left", "right"):
        axis = chart.item.getAxis(side)
        if axis.isVisible() and axis.label.isVisible():
            yield axis


@pytest.mark.parametrize("height", [180, 700])
def test_side_axis_titles_fit_the_height_of_their_chart(qtbot, demo: Dashboard, language: str, height: int) -> None:
    """At 1024x700 a chart is short: 'Engagement rate (%)' or '播放量（对数刻度）' were cut in the middle."""
    shortened = []
    for chart in charts_shown_one_by_one(qtbot, height, chart_data(demo)):
        for axis in titled_side_axes(chart):
            width, room = axis.label.boundingRect().width(), axis.size().height()
            assert width <= room, (chart.title(), axis.labelText, width, room)
            if axis.labelText != axis.full_title:
                shortened.append(axis.full_title)
    # tall enough, every title whole; short, some lose their parenthesis (or all of it)
    assert (not shortened) if height == 700 else bool(shortened), shortened


@pytest.mark.parametrize("height", [180, 200, 700])  # 200: the followers-per-day title just fits, in English
@pytest.mark.parametrize("per_day", [False, True])
def test_side_axis_titles_lie_within_their_axis(
    qtbot, demo: Dashboard, language: str, height: int, per_day: bool
) -> None:
    """Centred on the axis for the title shown: switched to "Gained per day", the followers chart's title kept the
    place of "Followers" and ran off the top of the chart ("Followers gained pe" at 1600x1000)."""
    outside = []
    for chart in charts_shown_one_by_one(qtbot, height, chart_data(demo)):
        if chart.title() == FollowersChart.title():
            chart.set_mode("total")  # the title it had first...
            chart.set_mode("per_day" if per_day else "total")  # ...and the one it changes to
            chart.widget.grab()
        for axis in titled_side_axes(chart):
            label, room = axis.label.sceneBoundingRect(), axis.sceneBoundingRect()
            if label.top() < room.top() - 1 or label.bottom() > room.bottom() + 1:
                outside.append((chart.title(), axis.labelText, label.top(), label.bottom(), room.top(), room.bottom()))
    assert not outside, outside


@pytest.mark.parametrize("height", [180, 700])
def test_a_rate_axis_shows_its_unit_at_any_height(qtbot, demo: Dashboard, language: str, height: int) -> None:
    """A short chart leaves out "Engagement rate (%)": its numbers alone did not say they are percentages. The
    ticks carry the unit, and the axis is wide enough for them."""
    rates = 0
    for chart in charts_shown_one_by_one(qtbot, height, chart_data(demo)):
        name = chart.title()
        axis = chart.item.getAxis("left")
        if "%" not in getattr(axis, "full_title", ""):
            continue
        rates += 1
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:  # what the axis draws: each tick text and its rectangle
            _, _, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        strings = [text for _, _, text in texts]
        assert strings and all(text.endswith("%") for text in strings), (name, strings)
        bounds = axis.boundingRect()
        for rect, _, text in texts:
            assert bounds.contains(rect), (name, text, rect, bounds)
    assert rates == 2  # engagement over time and by duration


def test_no_chart_builds_a_pyqtgraph_menu_it_never_shows(qtbot, demo: Dashboard, monkeypatch) -> None:
    """Right-click exports a chart (panel.py): pyqtgraph's view menu, built and dropped, cost ~5 ms a chart."""
    import importlib

    view_box_module = importlib.import_module("pyqtgraph.graphicsItems.ViewBox.ViewBox")  # the module, not the class

    built: list[object] = []
    real = view_box_module.ViewBoxMenu
    monkeypatch.setattr(view_box_module, "ViewBoxMenu", lambda view: built.append(view) or real(view))
    views = []
    for chart in charts_shown_one_by_one(qtbot, 300, chart_data(demo)):
        assert chart.item.getViewBox().menu is None, chart.name
        views += [chart.item.getViewBox()] + ([chart.right] if hasattr(chart, "right") else [])
    # pyqtgraph's colour bar makes a menu for its own view whatever it is told: the charts' views make none
    assert views and not [view for view in views if any(view is b for b in built)]
