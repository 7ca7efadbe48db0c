"""A theme switched while the app runs reaches every widget, those the style sheet colours included, and the
charts: nothing keeps the old palette (text the colour of its new background)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.visual_check import contrast
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tiktok_desktop.ui.charts.insights import InsightsStrip
from tiktok_desktop.ui.charts.panel import ChartsPanel
from tiktok_desktop.ui.qapp import create_application
from tiktok_desktop.ui.theme import apply_theme
from tiktok_desktop.ui.widgets.banner import Banner


@pytest.fixture
def styled_app(qapp) -> Iterator[QApplication]:
    sheet = qapp.styleSheet()
    app = create_application()
    apply_theme("light")
    yield app
    apply_theme("system")
    app.setStyleSheet(sheet)


def text_colour(label: QLabel) -> str:
    return label.palette().color(label.foregroundRole()).name()


def test_switching_to_dark_and_back_recolours_styled_labels_and_charts(qtbot, styled_app: QApplication) -> None:
    strip = InsightsStrip()
    panel = ChartsPanel()
    for w in (strip, panel):
        qtbot.addWidget(w)
        w.show()
    assert panel.build()
    for theme in ("dark", "light", "dark"):
        apply_theme(theme)
        QApplication.processEvents()
        palette = QApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        assert text_colour(strip.watch.value) == text, theme  # an estimate value: no colour of its own
        assert text_colour(strip.period) == muted, theme  # "Last 28 days ...": palette(placeholder-text)
        background = palette.color(QPalette.ColorRole.Base)
        for chart in panel.charts.values():
            assert chart.widget.backgroundBrush().color() == background, (theme, chart.name)
            assert (
                chart.item.getAxis("bottom").textPen().color().name() == palette.color(QPalette.ColorRole.Text).name()
            ), (theme, chart.name)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_banners_dismiss_button_reads_on_its_light_strip_in_either_theme(qtbot, styled_app, theme: str) -> None:
    """The banners keep their light colours in the dark theme: their flat Dismiss button must not take the dark
    theme's light button text (it was all but invisible on the reminder's light blue)."""
    apply_theme(theme)
    for name in ("errorBanner", "reminderBanner"):
        banner = Banner(name, closable=True)
        qtbot.addWidget(banner)
        banner.show_message("x")
        banner.show()
        image = banner.grab().toImage()
        background = image.pixelColor(2, 2)
        dismiss = next(b for b in banner.findChildren(QPushButton) if b.isFlat())
        area = dismiss.geometry()  # the text as drawn on the strip: its most contrasting pixel
        best = max(
            contrast(image.pixelColor(x, y), background)
            for x in range(area.left(), area.right())
            for y in range(area.top(), area.bottom())
        )
        assert best >= 4.5, (name, theme, best)


_DESKTOP_LOOK = """
import json, sys
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle
from tiktok_desktop.ui.qapp import create_application
from tiktok_desktop.ui.theme import apply_theme

QApplication([sys.argv[0], "-style", "windows"])  # the desktop's style: not Fusion, which the themes set
late = sys.argv[1] == "late"  # as the app starts: the style sheet once its window is painted
app = create_application(style_sheet=not late)
desktop = app.palette().color(QPalette.ColorRole.Window).name()
looks = []
if late:
    apply_theme(sys.argv[2], style_sheet=False)
    assert not app.styleSheet()
for theme in (sys.argv[2], "dark", "system", "light", "system"):
    apply_theme(theme)
    # under the app's style sheet the style has no name; its metrics are the style's beneath (Windows 16, Fusion 14)
    extent = app.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    looks.append([theme, extent, app.palette().color(QPalette.ColorRole.Window).name()])
print(json.dumps({"desktop": desktop, "looks": looks}))
"""


@pytest.mark.parametrize(("sheet", "first"), [("at-once", "system"), ("late", "system"), ("late", "dark")])
def test_system_default_brings_back_the_desktops_style_and_palette(sheet: str, first: str) -> None:
    """The desktop's style was read after the app's style sheet was set, when the style has no name: "System
    default" after the light or dark theme kept their Fusion style. A process of its own: the style a
    QApplication starts with is what is tested, and the test session's is long made."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_STYLE_OVERRIDE", None)
    out = subprocess.run(
        [sys.executable, "-c", _DESKTOP_LOOK, sheet, first], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout)
    windows, fusion = 16, 14
    desktop = seen["desktop"]
    assert seen["looks"] == [
        ["system", windows, desktop] if first == "system" else ["dark", fusion, "#202124"],
        ["dark", fusion, "#202124"],
        ["system", windows, desktop],
        ["light", fusion, "#f3f3f3"],
        ["system", windows, desktop],
    ]
