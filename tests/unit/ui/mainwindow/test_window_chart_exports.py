"""Charts exported from the window are made for sharing: laid out at a real size (not the on-screen strip), with a
header naming the chart, the creator, the period and the day; sizes from presets; one copy entry a menu."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from helpers.window import start_and_wait
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog

from tiktok_desktop.ui.charts import size_dialog
from tiktok_desktop.ui.charts.size_dialog import SizeDialog
from tiktok_desktop.ui.mainwindow.window import MainWindow

TIMEOUT = 30_000


def export(qtbot, window: MainWindow, name: str, kind: str, out: Path) -> None:
    window.exports.ask_path = lambda title, default, filters: str(out)
    window.exports.export_chart(name, kind)
    qtbot.waitUntil(out.exists, timeout=TIMEOUT)


def test_png_is_laid_out_at_the_default_size_not_the_on_screen_strip(qtbot, window: MainWindow, tmp_path) -> None:
    start_and_wait(qtbot, window)
    window.resize(1256, 600)  # the charts' tab is a wide, low strip
    export(qtbot, window, "views", "png", tmp_path / "v.png")
    image = QImage(str(tmp_path / "v.png"))
    ratio = window.charts.charts["views"].widget.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(1200 * ratio), round(700 * ratio))


def test_svg_has_the_header_and_no_bitmap(qtbot, window: MainWindow, tmp_path) -> None:
    start_and_wait(qtbot, window)
    export(qtbot, window, "heatmap", "svg", tmp_path / "h.svg")
    root = ET.parse(tmp_path / "h.svg").getroot()
    text = "".join(root.itertext())
    assert "Posting times" in text and "@lumi.cooks" in text and "All time" in text and "demo data" in text
    assert not list(root.iter("{http://www.w3.org/2000/svg}image"))


def test_a_preset_size_gives_a_portrait_png(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    start_and_wait(qtbot, window)

    class Portrait(SizeDialog):
        def exec(self) -> int:
            self.choose_preset(1080, 1920)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("tiktok_desktop.ui.charts.size_dialog.SizeDialog", Portrait)  # imported when used
    export(qtbot, window, "engagement", "png-size", tmp_path / "e.png")
    image = QImage(str(tmp_path / "e.png"))
    assert (image.width(), image.height()) == (1080, 1920)


def test_size_dialog_offers_the_presets_and_follows_typed_sizes(qtbot) -> None:
    dialog = SizeDialog(QSize(1200, 700))
    qtbot.addWidget(dialog)
    offered = [dialog.preset.itemData(i) for i in range(dialog.preset.count())]
    for width, height in ((1200, 700), (1920, 1080), (1080, 1920), (1080, 1080)):
        assert QSize(width, height) in offered
    dialog.choose_preset(1920, 1080)
    assert dialog.chosen() == QSize(1920, 1080)
    dialog.width_box.setValue(1000)
    assert dialog.preset.currentData() is None, "a typed size is Custom"
    assert size_dialog.preset_text(1080, 1920, "Portrait, Full HD (TikTok, Stories)").startswith("1080 \u00d7 1920")


def test_copy_puts_the_shareable_chart_on_the_clipboard(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    window.exports.copy_chart_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert image.width() / image.height() == 1200 / 700


def test_each_menu_has_one_copy_entry(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&File")
    chart_menu = next(a.menu() for a in file_menu.actions() if a.menu())
    copies = [a.text() for a in chart_menu.actions() if "copy" in a.text().lower().replace("&", "")]
    assert copies == ["&Copy chart image"]
    right_click = window.charts.export_menu("views")
    assert [a.text() for a in right_click.actions() if "Copy" in a.text()] == ["Copy image"]


def test_large_sizes_are_laid_out_smaller_and_scaled_so_text_grows() -> None:
    from tiktok_desktop.ui.charts.share import layout_size

    assert layout_size(QSize(1200, 700)) == QSize(1200, 700)
    assert layout_size(QSize(640, 360)) == QSize(640, 360)
    assert layout_size(QSize(1080, 1920)) == QSize(700, 1244)
    assert layout_size(QSize(1920, 1080)) == QSize(1244, 700)


def test_cli_presets_by_name(tmp_path) -> None:
    from tiktok_desktop.ui.charts.files import parse_size

    assert parse_size("portrait") == QSize(1080, 1920)
    assert parse_size("Landscape") == QSize(1920, 1080)
    assert parse_size("800x450") == QSize(800, 450)
