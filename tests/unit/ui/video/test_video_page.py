"""A video's page: opened with Enter or a double-click on its row, loaded in the background, its chart's
tooltips and menu, Open on TikTok one click away, Esc closes it, its size is remembered."""

from __future__ import annotations

import pytest
from helpers.window import start_and_wait
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.models import Video
from tiktok_desktop.ui.mainwindow.video_model import TITLE
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.video.page import VideoPage

TIMEOUT = 30_000


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def loaded_page(qtbot, window: MainWindow, video_id: str) -> VideoPage:
    page = window.table.pages.pages.get(video_id)
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page


def newest_with_history(window: MainWindow) -> int:
    """The row of a video some weeks old (the demo keeps 90 days of daily snapshots)."""
    for row in range(window.model.rowCount()):
        v = window.model.video_at(row)
        if 20 * 86_400 < window.dashboard.as_of - v.published_at < 60 * 86_400:
            return row
    raise AssertionError("no demo video of that age")


def test_enter_on_a_row_opens_the_video_page(qtbot, window: MainWindow, opened: list[QUrl]) -> None:
    start_and_wait(qtbot, window)
    row = newest_with_history(window)
    video = window.model.video_at(row)
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(row, TITLE))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    page = loaded_page(qtbot, window, video.video_id)
    assert page.title.text() == video.title
    assert page.tiles["views"].value.text() == f"{video.views:,}"
    assert page.chart is not None and page.stack.currentWidget() is page.chart.widget
    assert "your typical video" in page.verdict.text()  # the demo has enough videos of every age
    assert not opened  # the page, not the browser
    page.open_button.click()
    assert [u.toString() for u in opened] == [video.share_url]


def test_double_click_opens_the_page_and_the_menu_opens_tiktok(qtbot, window: MainWindow, opened) -> None:
    start_and_wait(qtbot, window)
    index = window.model.index(0, TITLE)
    center = window.table.visualRect(index).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=center)  # Qt 6 wants a press first
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    video = window.model.video_at(0)
    loaded_page(qtbot, window, video.video_id)
    assert not opened
    menu = window.table.menu_for(index)
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["Open video page", "Open on TikTok"]
    menu.actions()[1].trigger()
    assert [u.toString() for u in opened] == [video.share_url]
    menu.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_escape_closes_the_page_and_its_size_is_remembered(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    video_id = window.model.video_at(0).video_id
    page = window.table.pages.open(video_id)
    assert window.table.pages.open(video_id) is page  # opened again: the same page, brought forward
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    page.resize(700, 530)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: video_id not in window.table.pages.pages, timeout=TIMEOUT)
    again = window.table.pages.open(video_id)
    assert (again.width(), again.height()) == (700, 530)
    qtbot.waitUntil(lambda: again.loaded, timeout=TIMEOUT)
    again.close()


def test_the_title_is_plain_text(qtbot, ctx: AppContext, runner: TaskRunner) -> None:
    hostile = Video("1", 1_700_000_000, "\x1b[31m<b>Bold</b>\x07 line\nbreak \u202eRTL")
    page = VideoPage(ctx, runner, "demo:nobody", hostile)
    qtbot.addWidget(page)
    assert page.title.text() == "<b>Bold</b> line break RTL"
    assert page.title.textFormat() == Qt.TextFormat.PlainText
    assert not page.open_button.isEnabled()  # no link to open


def test_a_video_without_history_says_so(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    newest = max(range(window.model.rowCount()), key=lambda r: window.model.video_at(r).published_at)
    video = window.model.video_at(newest)
    page = window.table.pages.open(video.video_id)
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    text = page.verdict.text()
    assert "Too few" in text or "your typical video" in text or "No history" in text
    page.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_chart_tooltip_and_menu(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    video = window.model.video_at(newest_with_history(window))
    page = window.table.pages.open(video.video_id)
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    qtbot.wait(50)  # laid out
    chart = page.chart
    point = page.history.own["views"][-2]
    scene_pos = chart.item.getViewBox().mapViewToScene(QPointF(point.age / chart.unit, point.value))
    viewport_pos = chart.widget.mapFromScene(scene_pos)
    viewport = chart.widget.viewport()
    help_event = QHelpEvent(QEvent.Type.ToolTip, viewport_pos, viewport.mapToGlobal(viewport_pos))
    assert page.eventFilter(viewport, help_event)  # answered by the page, not left to the scene
    assert QToolTip.isVisible() and f"{point.value:,}" in QToolTip.text()
    viewport.setFocus()  # the menu key on the chart: the view's context-menu request, as a right-click makes
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(10, 10), viewport.mapToGlobal(QPoint(10, 10))),
    )
    shown = [m for m in page.findChildren(QMenu) if m.isVisible()]
    assert len(shown) == 1 and shown[0].actions()[0].text() == "Open on TikTok"
    shown[0].close()
    menu = page.chart_menu()
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Open on TikTok",
        "Copy image",
        "Save as PNG\u2026",
        "Save as SVG\u2026",
        "Reset zoom",
    ]
    menu.close()
    page.close()


def test_the_typical_video_is_described_on_its_band(qtbot) -> None:
    from tiktok_desktop.app.video_history import VideoHistory
    from tiktok_desktop.core.age_curves import AgeValue, Typical
    from tiktok_desktop.ui.video.age_chart import AgeChart

    day = 86_400
    curve = [Typical(a * day, 9, 100 * a, 150 * a, 200 * a) for a in range(1, 11)]
    own = [AgeValue(day, 5000), AgeValue(10 * day, 9000)]
    history = VideoHistory(
        "v",
        0,
        10 * day,
        {m: own for m in ("views", "likes", "comments", "shares")},
        {m: curve for m in ("views", "likes", "comments", "shares")},
    )
    chart = AgeChart(False)
    qtbot.addWidget(chart.widget)
    chart.widget.resize(800, 500)
    chart.widget.show()
    chart.set_history(history)
    qtbot.wait(50)
    assert chart.describe(5, 750) == "Your typical video at 5 days: 750\nMiddle half: 500 to 1,000 (9 videos)"
    assert chart.describe(5.2, 520) is not None  # on the band, between two ages
    assert chart.describe(5, 5000) is None  # far above it
    assert chart.describe(1, 5000).startswith("24 hours after posting")  # hours under two days
    assert chart.describe(10, 9000).endswith("Views: 9,000")


def test_the_page_shows_loading_then_says_what_went_wrong(qtbot, window: MainWindow, monkeypatch) -> None:
    import threading

    from tiktok_desktop.app import video_history
    from tiktok_desktop.core.errors import StoreCorrupt

    start_and_wait(qtbot, window)
    gate = threading.Event()

    def broken(*args, **kwargs):
        gate.wait(TIMEOUT / 1000)
        raise StoreCorrupt(path="/data/history.sqlite3")

    monkeypatch.setattr(video_history, "load_video_history", broken)
    page = window.table.pages.open(window.model.video_at(0).video_id)
    assert page.stack.currentWidget() is page.loading and "Loading" in page.loading.text()
    assert page.tiles["views"].value.text()  # the counts are there at once
    gate.set()
    qtbot.waitUntil(lambda: "damaged" in page.loading.text(), timeout=TIMEOUT)
    assert not page.loaded and page.verdict.text() == ""
    page.close()


def test_the_page_chart_follows_a_live_theme_switch(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from tiktok_desktop.ui.theme import apply_theme

    start_and_wait(qtbot, window)
    page = window.table.pages.open(window.model.video_at(newest_with_history(window)).video_id)
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    chart = page.chart
    try:
        for theme, dark in (("dark", True), ("light", False)):
            apply_theme(theme)
            base = QApplication.palette().color(QPalette.ColorRole.Base)
            qtbot.waitUntil(lambda base=base: chart.widget.backgroundBrush().color() == base, timeout=TIMEOUT)
            assert chart.dark is dark
            assert chart.item.getAxis("left").textPen().color() == page.palette().color(QPalette.ColorRole.Text)
    finally:
        apply_theme("system")
    page.close()


def test_an_open_page_follows_a_reload(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    page = window.table.pages.open(window.model.video_at(0).video_id)
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    first = page.history
    window.search.setText("zzz-no-such-video")  # a search resets the table's model: no reload of the page
    qtbot.wait(100)
    assert page.history is first
    window.search.clear()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.reload()
    qtbot.waitUntil(lambda: page.history is not first, timeout=TIMEOUT)
    assert page.stack.currentWidget() is page.chart.widget  # the chart stayed while it reloaded
    page.close()
