"""The real window on a real X server, driven as a person does: run by tests/e2e/test_on_x_server.py as
`python x_window.py SCENARIO` with DISPLAY set and QT_QPA_PLATFORM=xcb, the app's folders in the environment.

The pointer and the keys are real X events (xdotool, through XTest): the X server moves the pointer and Qt
receives what it would receive from a person, tooltip timers included. Waits are for a condition with a
time limit; the one fixed time is the requirement itself (a tooltip still shown 2 s after the pointer stopped).
Prints "ok" and exits 0, or prints what failed and exits 1.
"""

from __future__ import annotations

import html
import subprocess
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.application import Controller
from tiktok_desktop.ui.gui_thread_gc import GuiThreadCollector
from tiktok_desktop.ui.mainwindow.video_model import VideoIdRole
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.qapp import create_application
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.theme import apply_theme

TIMEOUT = 20.0


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def holds(condition: Callable[[], bool], what: str, seconds: float) -> None:
    """The condition stays true for `seconds` while the event loop runs (the requirement is a duration)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        if not condition():
            raise AssertionError(f"{what} stopped after {seconds - (end - time.monotonic()):.2f} s")
        time.sleep(0.01)


def move_to(point: QPoint) -> None:
    """Moves the pointer next to the point, then onto it: a person's last small move."""
    xdotool("mousemove", str(point.x() - 6), str(point.y() - 6))
    xdotool("mousemove", str(point.x()), str(point.y()))


def open_window() -> MainWindow:
    ctx = AppContext.default()
    GuiThreadCollector(create_application([]))  # garbage collected on this thread, as run_gui does
    i18n.install(ctx.settings.get("language"))
    apply_theme(ctx.settings.get("theme"))
    runner = TaskRunner(QApplication.instance())
    controller = Controller(ctx, runner)
    window = controller.open_window()
    window._controller = controller  # type: ignore[attr-defined]  # kept alive with the window
    shown: list[bool] = []
    window.dashboard_shown.connect(lambda: shown.append(True))
    wait_until(lambda: bool(shown) and window.charts.built and not window.syncing, "the dashboard")
    window.activateWindow()
    xdotool("windowfocus", "--sync", str(int(window.winId())))
    return window


def dot_on_screen(window: MainWindow, chart_name: str) -> tuple[QPoint, str, str]:
    """The screen point, title and id of the video with the most views on a chart (the top dot, set apart)."""
    window.charts.show_chart(chart_name)
    chart = window.charts.charts[chart_name]
    wait_until(lambda: len(chart._xs) > 0 and chart.widget.isVisible(), f"the dots of {chart_name}")
    i = int(chart._ys.argmax())
    box, dot = chart.item.getViewBox(), QPointF(chart._xs[i], chart._ys[i])
    wait_until(lambda: box.viewRect().contains(dot), f"the {chart_name} chart laid out")
    scene = box.mapViewToScene(dot)
    point = chart.widget.viewport().mapToGlobal(chart.widget.mapFromScene(scene))
    video = chart._videos[i]
    return point, video.title, video.video_id


def tooltip(window: MainWindow) -> None:
    point, title, _ = dot_on_screen(window, "views")
    move_to(point)
    wait_until(lambda: QToolTip.isVisible() and html.escape(title) in QToolTip.text(), "the dot's tooltip")
    holds(QToolTip.isVisible, "the tooltip with the pointer resting on the dot", 2.0)


def menus(window: MainWindow) -> None:
    panel = window.charts
    for i, (name, chart) in enumerate(panel.charts.items()):
        panel.show_chart(name)
        box = chart.item.getViewBox()
        wait_until(
            lambda c=chart, b=box: c.widget.isVisible() and b.sceneBoundingRect().width() > 100, f"the {name} tab"
        )
        # each chart's click 20 pixels apart: two right clicks at one place within 0.4 s are a double click
        centre = chart.widget.mapFromScene(box.sceneBoundingRect().center()) + QPoint(20 * i - 50, 0)
        point = chart.widget.viewport().mapToGlobal(centre)
        move_to(point)
        xdotool("click", "3")
        wait_until(lambda: panel.menu is not None and panel.menu.isVisible(), f"the export menu of {name} at {point}")
        texts = [a.text() for a in panel.menu.actions()]  # type: ignore[union-attr]
        if not {"Save as PNG\u2026", "Save as SVG\u2026", "Copy image"} <= set(texts):
            raise AssertionError(f"the menu of {name} offers {texts}")
        xdotool("key", "Escape")
        wait_until(
            lambda: QApplication.activePopupWidget() is None and QApplication.activeWindow() is window,
            f"the menu of {name} to close",
        )


def click(window: MainWindow) -> None:
    point, _, video_id = dot_on_screen(window, "views")
    move_to(point)
    xdotool("click", "1")

    def selected() -> bool:
        index = window.table.currentIndex()
        return index.isValid() and index.data(VideoIdRole) == video_id

    wait_until(selected, "the clicked video's row to be selected")


def sync(window: MainWindow) -> None:
    """F5 starts a sync that shows progress; Esc cancels it (the fake server answers slowly)."""
    window.table.setFocus()
    xdotool("key", "F5")
    wait_until(
        lambda: window.syncing and window.status.progress.isVisible(),
        f"the sync's progress (focus: {QApplication.focusWidget()}, status: {window.statusBar().currentMessage()})",
    )
    wait_until(lambda: window.statusBar().currentMessage().startswith("Fetching"), "a step of the sync")
    xdotool("key", "Escape")
    wait_until(lambda: not window.syncing, "the sync to stop")
    wait_until(lambda: "Sync cancelled" in window.statusBar().currentMessage(), "the cancelled message")
    if window.status.progress.isVisible():
        raise AssertionError("the progress bar stayed after the cancel")


def video_page(window: MainWindow) -> None:
    """Enter on a row opens the video's page; a tooltip on a point of its chart stays; a right-click opens the
    chart's menu; Esc closes the menu, then the page."""
    from tiktok_desktop.ui.mainwindow.video_model import TITLE

    as_of = window.dashboard.as_of  # type: ignore[union-attr]
    row = next(r for r in range(window.model.rowCount()) if 10 * 86_400 < as_of - window.model.video_at(r).published_at)
    video_id = window.model.video_at(row).video_id
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(row, TITLE))
    xdotool("key", "Return")
    wait_until(lambda: video_id in window.table.pages.pages, "the page to open")
    page = window.table.pages.pages[video_id]
    wait_until(lambda: page.loaded and page.isVisible(), "the page's history")
    chart = page.chart
    assert chart is not None and page.history is not None
    xdotool("windowfocus", "--sync", str(int(page.winId())))
    box = chart.item.getViewBox()
    own = page.history.own["views"]
    point_of = QPointF(own[len(own) // 2].age / chart.unit, own[len(own) // 2].value)
    wait_until(lambda: box.viewRect().contains(point_of), "the page's chart laid out")
    point = chart.widget.viewport().mapToGlobal(chart.widget.mapFromScene(box.mapViewToScene(point_of)))
    move_to(point)
    wait_until(lambda: QToolTip.isVisible() and "after posting" in QToolTip.text(), "the point's tooltip")
    holds(QToolTip.isVisible, "the tooltip with the pointer resting on the point", 2.0)
    xdotool("mousemove", str(point.x() + 30), str(point.y() + 20))
    xdotool("click", "3")
    wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu), "the chart's menu")
    texts = [a.text() for a in QApplication.activePopupWidget().actions()]  # type: ignore[union-attr]
    if texts[0] != "Open on TikTok" or "Save as PNG\u2026" not in texts:
        raise AssertionError(f"the page's chart menu offers {texts}")
    xdotool("key", "Escape")
    wait_until(lambda: QApplication.activePopupWidget() is None, "the menu to close")
    xdotool("key", "Escape")
    wait_until(lambda: video_id not in window.table.pages.pages, "Esc to close the page")


def followers_per_day(window: MainWindow) -> None:
    """A real click on "Gained per day" shows the bars; a tooltip on a bar stays."""
    panel = window.charts
    panel.show_chart("followers")
    button = panel._mode_buttons[True]
    wait_until(button.isVisible, "the per-day switch")
    move_to(button.mapToGlobal(button.rect().center()))
    xdotool("click", "1")
    chart = panel.charts["followers"]
    wait_until(lambda: chart.mode == "per_day" and len(chart._xs) > 0, "the bars")
    i = int(chart._ys.argmax())
    box, top = chart.item.getViewBox(), QPointF(chart._xs[i], chart._ys[i] / 2)
    wait_until(lambda: box.viewRect().contains(top), "the bars laid out")
    move_to(chart.widget.viewport().mapToGlobal(chart.widget.mapFromScene(box.mapViewToScene(top))))
    wait_until(lambda: QToolTip.isVisible() and "followers" in QToolTip.text(), "the bar's tooltip")
    holds(QToolTip.isVisible, "the tooltip with the pointer resting on the bar", 2.0)


SCENARIOS = {
    "tooltip": tooltip,
    "menus": menus,
    "click": click,
    "sync": sync,
    "video_page": video_page,
    "followers_per_day": followers_per_day,
}


def main() -> int:
    window = open_window()
    try:
        SCENARIOS[sys.argv[1]](window)
    except AssertionError as e:
        shown = [w.windowTitle() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(f"{e}; windows on screen: {shown}", flush=True)
        return 1
    finally:
        window.close()
    print("ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
