"""The window's exports: the video table (CSV, XLSX), the PDF report and the charts (PNG, SVG, clipboard).

File writing runs through the task helper; charts are widgets, so they are rendered on the GUI thread first and
only the bytes are written in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QSpinBox,
    QWidget,
)

from tiktok_desktop.ui.charts import ChartsPanel

if TYPE_CHECKING:
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.ui.tasks import TaskRunner


class SizeDialog(QDialog):
    """Asks for an image size in pixels."""

    def __init__(self, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image size"))
        form = QFormLayout(self)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            box.setRange(200, 8000)
            box.setSuffix(self.tr(" px"))
            box.setValue(value)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())


class Exports(QObject):
    """Export actions for a window, its child. What they export is read from the window when they run: its
    `dashboard` and `chart_data`; messages go to its status bar and errors to its `show_error`.

    `ask_path` replaces the file dialog (tests); it gets the dialog title, the default path and the filter.
    """

    def __init__(self, window: QMainWindow, ctx: AppContext, runner: TaskRunner, charts: ChartsPanel) -> None:
        super().__init__(window)  # no Python reference to the window: parent() finds it
        self.ctx, self.runner, self.charts = ctx, runner, charts
        self.ask_path: Callable[[str, str, str], str] = self._dialog
        self.csv_action = self._action(self.tr("Export videos as &CSV\u2026"), "Ctrl+E", self.export_csv)
        self.xlsx_action = self._action(
            self.tr("Export videos as E&xcel workbook\u2026"), "Ctrl+Shift+E", self.export_xlsx
        )
        self.report_action = self._action(self.tr("Save PDF &report\u2026"), "Ctrl+P", self.export_report)
        self.report_action.setToolTip(
            self.tr("Profile KPIs with period comparison, every chart and the top 10 videos, in one PDF")
        )
        self.copy_chart_action = self._action(self.tr("&Copy chart image"), "Ctrl+Shift+C", self.copy_current)
        charts.export_requested.connect(self.export_chart)

    @property
    def window(self) -> QMainWindow:
        return self.parent()  # type: ignore[return-value]

    def _current(self) -> tuple[Dashboard | None, ChartData | None]:
        return self.window.dashboard, self.window.chart_data  # type: ignore[attr-defined]

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _error(self, error: BaseException) -> None:
        self.window.show_error(error)  # type: ignore[attr-defined]

    def copy_current(self) -> None:
        self.export_chart(self.charts.current(), "copy")

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def set_enabled(self, on: bool) -> None:
        for action in (self.csv_action, self.xlsx_action, self.report_action, self.copy_chart_action):
            action.setEnabled(on)

    def _dialog(self, title: str, default: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, default, filters)
        return path

    def _ask(self, title: str, name: str, suffix: str, filters: str) -> Path | None:
        folder = self.ctx.settings.get("export_dir") or str(Path.home())
        path = self.ask_path(title, str(Path(folder) / f"{name}{suffix}"), filters)
        if not path:
            return None
        out = Path(path)
        if not out.suffix:
            out = out.with_suffix(suffix)
        self.ctx.settings.set("export_dir", str(out.parent))
        return out

    def _base_name(self, dashboard: Dashboard) -> str:
        return dashboard.account.profile.username or "tiktok"

    def _write(self, out: Path, work: Callable[[], object], message: str) -> None:
        self.runner.submit(
            "export",
            lambda p, c: work(),
            owner=self,
            on_error=self._error,
            on_success=lambda _: self._status(message.replace("%1", str(out))),
        )

    # -- the table --------------------------------------------------------------------------------------------

    def export_csv(self) -> None:
        from tiktok_desktop.app.export import export_csv

        dashboard, _ = self._current()
        if dashboard is None:
            return
        out = self._ask(self.tr("Export videos"), self._base_name(dashboard), ".csv", self.tr("CSV files (*.csv)"))
        if out is not None:
            n = len(dashboard.videos)
            self._write(
                out, lambda: export_csv(dashboard.videos, out, dashboard), self.tr("Exported %n video(s) to %1", "", n)
            )

    def export_xlsx(self) -> None:
        from tiktok_desktop.app.export import export_xlsx

        dashboard, _ = self._current()
        if dashboard is None:
            return
        out = self._ask(
            self.tr("Export videos"), self._base_name(dashboard), ".xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if out is not None:
            n = len(dashboard.videos)
            self._write(
                out,
                lambda: export_xlsx(dashboard.videos, dashboard.snapshots, out, dashboard),
                self.tr("Exported %n video(s) to %1", "", n),
            )

    # -- the report and the charts --------------------------------------------------------------------------------

    def export_report(self) -> None:
        from tiktok_desktop.app.export import write_bytes
        from tiktok_desktop.app.report import report_data
        from tiktok_desktop.ui.report import report_pdf

        dashboard, data = self._current()
        if dashboard is None or data is None:
            return
        out = self._ask(
            self.tr("Save PDF report"), self._base_name(dashboard) + "-report", ".pdf", self.tr("PDF files (*.pdf)")
        )
        if out is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = report_pdf(report_data(dashboard), data)  # charts are widgets: painted here, on the GUI thread
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._write(out, lambda: write_bytes(out, pdf), self.tr("Saved the report to %1"))

    def export_chart(self, name: str, kind: str) -> None:
        from tiktok_desktop.app.export import write_bytes
        from tiktok_desktop.ui.chart_export import DEFAULT_SIZE, offscreen_chart, png_bytes, render_image, svg_bytes

        chart = self.charts.charts.get(name)
        dashboard, data = self._current()
        if chart is None or dashboard is None:
            return
        if kind == "copy":
            QGuiApplication.clipboard().setImage(render_image(chart.widget))
            self._status(self.tr("Copied the chart to the clipboard"))
            return
        size = None
        if kind == "png-size":
            dialog = SizeDialog(DEFAULT_SIZE, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            size = dialog.chosen()
        svg = kind == "svg"
        out = self._ask(
            self.tr("Export chart"),
            f"{self._base_name(dashboard)}-{name}",
            ".svg" if svg else ".png",
            self.tr("SVG images (*.svg)") if svg else self.tr("PNG images (*.png)"),
        )
        if out is None:
            return
        if svg:
            payload = svg_bytes(chart.widget, chart.title())
        elif size is None:
            payload = png_bytes(render_image(chart.widget))
        else:
            # laid out afresh at the chosen size, so axes and labels fit it rather than being stretched
            with offscreen_chart(name, data or chart.data, size, chart.widget.palette()) as sized:
                payload = png_bytes(render_image(sized.widget, size))
        self._write(out, lambda: write_bytes(out, payload), self.tr("Saved the chart to %1"))
