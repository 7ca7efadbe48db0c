"""Saving a video page's chart as PNG or SVG: the image is painted here (a widget), the file written in the
background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from tiktok_desktop.ui.i18n import error_text

if TYPE_CHECKING:
    from tiktok_desktop.ui.video.age_chart import AgeChart
    from tiktok_desktop.ui.video.page import VideoPage


def save_chart_image(page: VideoPage, chart: AgeChart, kind: str) -> None:
    from tiktok_desktop.app.export import write_bytes
    from tiktok_desktop.ui.charts.files import png_bytes, render_image, svg_bytes

    settings = page.ctx.settings
    folder = Path(settings.get("export_dir") or Path.home())
    filters = (
        QCoreApplication.translate("VideoPage", "SVG images (*.svg)")
        if kind == "svg"
        else QCoreApplication.translate("VideoPage", "PNG images (*.png)")
    )
    path, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("VideoPage", "Save chart"),
        str(folder / f"video-{page.video.video_id}.{kind}"),
        filters,
    )
    if not path:
        return
    out = Path(path)
    if not out.suffix:
        out = out.with_suffix("." + kind)
    settings.set("export_dir", str(out.parent))
    payload = svg_bytes(chart.widget, page.windowTitle()) if kind == "svg" else png_bytes(render_image(chart.widget))
    page.runner.submit(
        "export",
        lambda progress, cancel: write_bytes(out, payload),
        on_success=lambda _: page.notice.setText(
            QCoreApplication.translate("VideoPage", "Saved the chart to %1").replace("%1", str(out))
        ),
        on_error=lambda e: page.notice.setText(error_text(e)),
        owner=page,
    )
