"""The window's exports: the video table (CSV, XLSX), the PDF report and the charts (PNG, SVG, clipboard).

File writing runs through the task helper; charts are widgets, so they are rendered on the GUI thread first and
only the bytes are written in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from tiktok_desktop.ui.first_frame import set_shortcut

if TYPE_CHECKING:  # the window is built before these are imported (the charts' data imports the analysis)
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.ui.charts.panel import ChartsPanel
    from tiktok_desktop.ui.tasks import TaskRunner


class ExportHost(Protocol):
    """What the exports need of their window: what there is to export when an action runs, and where to say
    how it went."""

    dashboard: Dashboard | None
    chart_data: ChartData | None

    def show_error(self, error: BaseException) -> None: ...

    def show_message(self, text: str) -> None: ...


class ExportActions(QObject):
    """Export actions of a window (`host`, their parent). The host is found through parent() when an action
    runs, not kept: a Python reference back to the window would keep a closed window alive.

    `ask_path` replaces the file dialog (tests); it gets the dialog title, the default path and the filter.
    """

    def __init__(self, host: QWidget, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(host)
        self.ctx, self.runner = ctx, runner
        self.charts: ChartsPanel | None = None  # attached when the window's dashboard is made
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
        self.set_enabled(False)  # nothing to export until the window shows numbers (MainWindow._show)

    def attach_charts(self, charts: ChartsPanel) -> None:
        """The window's charts, once its dashboard is made (after the first paint)."""
        self.charts = charts
        charts.export_requested.connect(self.export_chart)

    @property
    def _dialog_parent(self) -> QWidget:
        return cast(QWidget, self.parent())

    @property
    def _host(self) -> ExportHost:
        return cast(ExportHost, self.parent())

    def _current(self) -> tuple[Dashboard | None, ChartData | None]:
        return self._host.dashboard, self._host.chart_data

    def _status(self, text: str) -> None:
        self._host.show_message(text)

    def _error(self, error: BaseException) -> None:
        self._host.show_error(error)

    def copy_current(self) -> None:
        if self.charts is not None:
            self.export_chart(self.charts.current(), "copy")

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        set_shortcut(action, QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def set_enabled(self, on: bool) -> None:
        for action in (self.csv_action, self.xlsx_action, self.report_action, self.copy_chart_action):
            action.setEnabled(on)

    def _dialog(self, title: str, default: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog  # its class and enums are made when a file is first asked for

        path, _ = QFileDialog.getSaveFileName(self._dialog_parent, title, default, filters)
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
        from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)

        from tiktok_desktop.app.export import write_bytes
        from tiktok_desktop.app.report import report_data
        from tiktok_desktop.ui.charts.report_pdf import report_pdf

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
        """A chart laid out afresh for sharing (share.py: header with title, @handle, period and date), at the
        default size, or a size chosen from the presets ("png-size"); "copy" puts the PNG on the clipboard."""
        from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)
        from PySide6.QtWidgets import QDialog

        from tiktok_desktop.app.export import write_bytes
        from tiktok_desktop.ui.charts.files import DEFAULT_SIZE, png_bytes, render_image, shared_chart, svg_bytes
        from tiktok_desktop.ui.charts.share import caption, layout_size
        from tiktok_desktop.ui.charts.size_dialog import SizeDialog

        chart = self.charts.charts.get(name) if self.charts is not None else None
        dashboard, data = self._current()
        if chart is None or dashboard is None:
            return
        size = DEFAULT_SIZE
        if kind == "png-size":
            dialog = SizeDialog(DEFAULT_SIZE, self._dialog_parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            size = dialog.chosen()
        out = None
        if kind != "copy":
            svg = kind == "svg"
            out = self._ask(
                self.tr("Export chart"),
                f"{self._base_name(dashboard)}-{name}",
                ".svg" if svg else ".png",
                self.tr("SVG images (*.svg)") if svg else self.tr("PNG images (*.png)"),
            )
            if out is None:
                return
        data = data or chart.data
        profile = dashboard.account.profile
        # the default size at the screen's pixel ratio: sharp on a high-density screen, laid out as it will be seen
        ratio = chart.widget.devicePixelRatioF() if kind in ("png", "copy") else 1.0
        layout = layout_size(size)
        pixels = None if layout == size else size  # a large size: laid out smaller and scaled, text grows with it
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a chart is widgets: drawn here, at once
        try:
            with shared_chart(name, data, layout, chart.widget.palette(), chart.mode) as shared:
                header = caption(shared.title(), profile.username, data, demo=profile.source == "demo")
                if kind == "svg":
                    payload = svg_bytes(shared.widget, shared.title(), header)
                else:
                    image = render_image(shared.widget, layout, header, ratio, pixels)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if kind == "copy":
            QGuiApplication.clipboard().setImage(image)
            self._status(self.tr("Copied the chart to the clipboard"))
            return
        if kind != "svg":
            payload = png_bytes(image)
        assert out is not None
        self._write(out, lambda: write_bytes(out, payload), self.tr("Saved the chart to %1"))
