"""The dashboard: profile card, charts and the video table, with refresh, search and export."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tiktok_desktop import __version__
from tiktok_desktop.app.chart_data import RANGES
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard, pick_account
from tiktok_desktop.config import AUTO_REFRESH_SECONDS
from tiktok_desktop.core.errors import Cancelled, NotSignedIn, SignedOut, StoreCorrupt, StoreTooNew
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.progress import Progress, Stage
from tiktok_desktop.ui import format as fmt
from tiktok_desktop.ui.banner import Banner
from tiktok_desktop.ui.charts import ChartsPanel
from tiktok_desktop.ui.exports import Exports
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.insights import InsightsStrip
from tiktok_desktop.ui.profile_card import ProfileCard, plain_label
from tiktok_desktop.ui.style import apply_theme
from tiktok_desktop.ui.tasks import TaskHandle, TaskRunner
from tiktok_desktop.ui.video_model import COVER, COVER_SIZE, PUBLISHED, SAVES, TITLE, ShareUrlRole, VideoTableModel

# Sign-in, sync, keyring and httpx are imported where they are used, not here: the window must appear
# before those ~150 ms of imports (benchmarks/run.py, start-up).
if TYPE_CHECKING:
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.app.report import ReportData
    from tiktok_desktop.app.sync import SyncResult
    from tiktok_desktop.ui.preferences import PreferencesDialog
    from tiktok_desktop.ui.signin_dialog import SignInDialog
    from tiktok_desktop.ui.wizard import SetupWizard


def analyse(dashboard: Dashboard | None, range_key: str) -> tuple[ChartData | None, ReportData | None]:
    """What the charts and the insights strip show; run off the GUI thread (hashtags of 100k videos take time)."""
    from tiktok_desktop.app.chart_data import chart_data
    from tiktok_desktop.app.report import report_data

    if dashboard is None:
        return None, None
    return chart_data(dashboard, range_key), report_data(dashboard)


@dataclass(frozen=True)
class Loaded:
    """What the load task found: the source in use, its dashboard, and who is signed in."""

    source: str
    dashboard: Dashboard | None
    signed_in: bool
    keyring_warning: BaseException | None
    covers: dict[str, Path]
    chart_data: ChartData | None = None
    report: ReportData | None = None


LANGUAGE_NAMES = (("system", None), ("en", "English"), ("zh_CN", "\u7b80\u4f53\u4e2d\u6587"))


class MainWindow(QMainWindow):
    """The main window.

    Signals:
        language_requested(str): the user picked a language in the View menu ("system", "en", "zh_CN")
        dashboard_shown(): the profile, table and charts show freshly loaded data
    """

    language_requested = Signal(str)
    dashboard_shown = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.dashboard: Dashboard | None = None
        self.chart_data: ChartData | None = None
        self.report: ReportData | None = None
        self._sync: TaskHandle | None = None
        self._banner_action: Callable[[], None] | None = None
        self.source_name = ctx.settings.get("source") if ctx.settings.get("source") != "auto" else "demo"
        self.signed_in = False
        self.setWindowTitle(self.tr("TikTok Creator Desktop"))
        self.setMinimumSize(760, 560)
        self._build_ui()
        self._build_actions()
        self._restore_state()
        self.auto_refresh = QTimer(self)
        self.auto_refresh.timeout.connect(self._auto_refresh)
        self._apply_auto_refresh()

    # -- construction --------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner = Banner("demoBanner", closable=False)
        self.demo_banner.hide()
        self.error_banner = Banner("errorBanner", closable=True)
        self.error_banner.hide()
        self.error_banner.action.clicked.connect(self._on_banner_action)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.error_banner)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 12, 12, 8)
        self.profile_card = ProfileCard()
        self.profile_card.hide()
        body_layout.addWidget(self.profile_card)
        self.insights = InsightsStrip()
        self.insights.hide()
        body_layout.addWidget(self.insights)

        self.model = VideoTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("videoTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COVER, 56)
        header.resizeSection(PUBLISHED, 140)
        header.setSortIndicator(PUBLISHED, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._open_video)
        self.model.cover_needed.connect(self._load_cover)

        self.charts = ChartsPanel()
        self.charts.setMinimumHeight(180)
        self.charts.set_range(self.ctx.settings.get("chart_range"))
        self.charts.range_changed.connect(self._range_changed)
        self.charts.video_clicked.connect(self.select_video)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        body_layout.addWidget(self.splitter, 1)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

        bar = self.statusBar()
        self.source_label = plain_label()
        self.account_label = plain_label()
        self.sync_label = plain_label()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_sync)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        for w in (self.source_label, self.account_label, self.sync_label):
            bar.addPermanentWidget(w)

    def _build_actions(self) -> None:
        self.refresh_action = QAction(QIcon.fromTheme("view-refresh"), self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setToolTip(self.tr("Fetch the latest numbers (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        self.cancel_action = QAction(self.tr("Cancel sync"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel_sync)
        self.exports = Exports(self, self.ctx, self.runner, self.charts)
        self.export_action = self.exports.csv_action
        self.sign_in_action = QAction(self.tr("Sign in with TikTok"), self)
        self.sign_in_action.setToolTip(self.tr("Sign in with your TikTok account to see your own numbers"))
        self.sign_in_action.triggered.connect(self.sign_in)
        self.signed_in_as = QAction(self.tr("Not signed in"), self)
        self.signed_in_as.setEnabled(False)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.sign_out_action.setVisible(False)
        wizard_action = QAction(self.tr("Set-up &wizard\u2026"), self)
        wizard_action.triggered.connect(self.open_wizard)
        preferences_action = QAction(self.tr("&Preferences\u2026"), self)
        preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        preferences_action.triggered.connect(self.open_preferences)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        find_action = QAction(self.tr("&Find videos"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles, descriptions, #hashtags (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._on_search)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.cancel_action)
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.exports.report_action)
        toolbar.addSeparator()
        toolbar.addAction(self.sign_in_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.exports.xlsx_action)
        file_menu.addAction(self.exports.report_action)
        chart_menu = self.charts.export_menu()
        chart_menu.addAction(self.exports.copy_chart_action)
        file_menu.addMenu(chart_menu)
        file_menu.addSeparator()
        file_menu.addAction(wizard_action)
        file_menu.addAction(preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(find_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.ctx.settings.get("language")
        for code, name in LANGUAGE_NAMES:
            action = QAction(name or self.tr("System default"), self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)
        account_menu = menu.addMenu(self.tr("&Account"))
        account_menu.addAction(self.signed_in_as)
        account_menu.addSeparator()
        account_menu.addAction(self.sign_in_action)
        account_menu.addAction(self.sign_out_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- state ---------------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.ctx.settings
        for key, restore in (
            ("window_geometry", self.restoreGeometry),
            ("window_state", self.restoreState),
            ("table_header", self.table.horizontalHeader().restoreState),
            ("splitter_state", self.splitter.restoreState),
        ):
            if s.get(key):
                restore(QByteArray.fromBase64(s.get(key).encode("ascii")))
        if not s.get("window_geometry"):
            self.resize(1280, 820)
        if not s.get("splitter_state"):
            self.splitter.setSizes([430, 300])  # the charts get room from the start

    def save_state(self) -> None:
        s = self.ctx.settings
        for key, data in (
            ("window_geometry", self.saveGeometry()),
            ("window_state", self.saveState()),
            ("table_header", self.table.horizontalHeader().saveState()),
            ("splitter_state", self.splitter.saveState()),
        ):
            s.set(key, bytes(data.toBase64()).decode("ascii"))
        if self.charts.built:
            s.set("chart_tab", self.charts.current())
        try:
            s.save()
        except Exception as e:  # noqa: BLE001 - failing to remember the layout must not block quitting
            self.statusBar().showMessage(error_text(e), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._sync is not None:
            self._sync.cancel()
        super().closeEvent(event)

    # -- loading -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Loads what the store has; on a first start with demo data, syncs it first, and offers the wizard."""
        self.reload(sync_if_empty=True)
        if not self.ctx.settings.get("wizard_done"):
            self.open_wizard()

    def open_wizard(self) -> SetupWizard:
        from tiktok_desktop.ui.wizard import SetupWizard

        wizard = SetupWizard(self.ctx, self.runner, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setup_finished.connect(lambda sync_now: self.reload(then_refresh=sync_now))
        wizard.open()
        return wizard

    def open_preferences(self) -> PreferencesDialog:
        from tiktok_desktop.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._preferences_changed)
        dialog.sign_out_requested.connect(self.sign_out)
        dialog.open()
        return dialog

    def _preferences_changed(self, changed: dict) -> None:
        if "theme" in changed:
            apply_theme(changed["theme"])
        if "auto_refresh" in changed:
            self._apply_auto_refresh()
        if "source" in changed:
            self.reload(sync_if_empty=True)
        if "language" in changed:
            self.language_requested.emit(changed["language"])  # rebuilds the window: last

    def _apply_auto_refresh(self) -> None:
        seconds = AUTO_REFRESH_SECONDS.get(self.ctx.settings.get("auto_refresh"), 0)
        if seconds:
            self.auto_refresh.start(seconds * 1000)
        else:
            self.auto_refresh.stop()

    def _auto_refresh(self) -> None:
        if not self.syncing:
            self.refresh()

    def reload(self, sync_if_empty: bool = False, then_refresh: bool = False) -> None:
        ctx = self.ctx
        range_key = self.charts.range_key

        def load(progress, cancel) -> Loaded:
            from tiktok_desktop.sources.covers import CoverCache

            source = ctx.resolve_source()  # may read the keyring: not on the GUI thread
            signed_in = ctx.signed_in()
            with ctx.open_store() as store:
                account = pick_account(store, ctx.settings.get("active_account"), source)
                dashboard = None if account is None else load_dashboard(store, account.key)
            charts, report = analyse(dashboard, range_key)
            cache = CoverCache(ctx.paths.covers_dir)
            try:
                covers = cache.cached([v.video_id for v in dashboard.videos]) if dashboard else {}
            finally:
                cache.close()
            return Loaded(source, dashboard, signed_in, ctx.secrets.warning, covers, charts, report)

        def loaded(result: Loaded) -> None:
            self.source_name = result.source
            official = result.dashboard is not None and result.source == "official"
            self._show_account(result.signed_in, result.dashboard.account.profile.username if official else "")
            if result.keyring_warning is not None and result.signed_in:
                self._banner_action = None
                self.error_banner.show_message(error_text(result.keyring_warning))
            if result.dashboard is None:
                self._show_empty()
                if then_refresh or sync_if_empty and result.source in ("demo", "official"):
                    self.refresh()
                return
            self.model.set_cover_files(result.covers)
            self.chart_data, self.report = result.chart_data, result.report
            self._show(result.dashboard)
            if then_refresh:
                self.refresh()

        self.runner.submit("load", load, on_success=loaded, on_error=self._on_error, owner=self)

    def _show_empty(self) -> None:
        self._update_status(None)
        self.statusBar().showMessage(self.tr("No data yet: press Refresh (F5) to fetch it."))

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.profile_card.show_account(dashboard.account, dashboard.snapshots, int(time.time()))
        self.profile_card.show()
        self.model.set_videos(dashboard.videos)
        self.table.setColumnHidden(SAVES, not self.model.has_saves)
        self._show_analysis()
        self.exports.set_enabled(True)
        self._update_status(dashboard)
        self.dashboard_shown.emit()

    def _show_analysis(self) -> None:
        if self.report is not None:
            self.insights.show_report(self.report, RANGES.get(self.charts.range_key))
            self.insights.show()
        if self.chart_data is not None:
            first = not self.charts.built
            if self.charts.build():
                self.charts.set_data(self.chart_data)
                if first:
                    self.charts.show_chart(self.ctx.settings.get("chart_tab"))

    def _range_changed(self, key: str) -> None:
        self.ctx.settings.set("chart_range", key)
        dashboard = self.dashboard
        if dashboard is None:
            return

        def shown(result: tuple[ChartData, ReportData]) -> None:
            if self.dashboard is dashboard:  # not replaced by a reload meanwhile
                self.chart_data, self.report = result
                self._show_analysis()

        self.runner.submit(
            "charts", lambda p, c: analyse(dashboard, key), on_success=shown, on_error=self._on_error, owner=self
        )

    def select_video(self, video_id: str) -> None:
        """Selects and shows a video in the table (clearing a search that hides it)."""
        row = self.model.row_of(video_id)
        if row is None and self.search.text():
            self.search.clear()
            row = self.model.row_of(video_id)
        if row is None:
            return
        index = self.model.index(row, TITLE)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setCurrentIndex(index)

    def _update_status(self, dashboard: Dashboard | None) -> None:
        demo = self.source_name == "demo"
        self.demo_banner.setVisible(demo)
        if demo:
            self.demo_banner.show_message(self.tr("Demo data: these numbers belong to a made-up creator, not to you."))
        title = self.tr("TikTok Creator Desktop")
        self.setWindowTitle(title + (" \u2014 " + self.tr("Demo data") if demo else ""))
        source_names = {
            "demo": self.tr("Demo data"),
            "official": self.tr("TikTok official API"),
            "tikapi": self.tr("TikAPI"),
        }
        self.source_label.setText(self.tr("Source: %1").replace("%1", source_names.get(self.source_name, "")))
        if dashboard is None:
            self.account_label.setText(self.tr("No account"))
            self.sync_label.setText("")
            return
        p = dashboard.account.profile
        self.account_label.setText(self.tr("Account: %1").replace("%1", "@" + p.username))
        self.sync_label.setText(self.tr("Last sync: %1").replace("%1", fmt.date_time(dashboard.account.last_sync_at)))

    # -- sync ----------------------------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self._sync is not None

    def refresh(self) -> None:
        if self.syncing:
            return
        ctx, name = self.ctx, self.source_name

        def run(progress, cancel) -> SyncResult:
            from tiktok_desktop.app.sync import sync_source

            return sync_source(
                ctx, name, username=ctx.settings.get("tikapi_username") or None, progress=progress, cancel=cancel
            )

        self.error_banner.hide()
        self._set_syncing(True)
        handle = self.runner.submit(
            "sync", run, on_success=self._synced, on_error=self._sync_failed, on_progress=self._on_progress, owner=self
        )
        if not handle.done:  # a synchronous runner has already finished it
            self._sync = handle

    def cancel_sync(self) -> None:
        if self._sync is not None:
            self._sync.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("Cancelling\u2026"))

    def _set_syncing(self, on: bool) -> None:
        self.refresh_action.setEnabled(not on)
        self.cancel_action.setEnabled(on)
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        if on:
            self.progress.setRange(0, 0)
            self.statusBar().showMessage(self.tr("Syncing\u2026"))
        else:
            self._sync = None

    def _on_progress(self, p: Progress) -> None:
        if p.stage in (Stage.VIDEOS, Stage.COVERS) and p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(p.done)
            text = (
                (
                    self.tr("Fetching videos: %1 of %2")
                    if p.stage is Stage.VIDEOS
                    else self.tr("Saving covers: %1 of %2")
                )
                .replace("%1", str(p.done))
                .replace("%2", str(p.total))
            )
        else:
            self.progress.setRange(0, 0)
            text = {
                Stage.PROFILE: self.tr("Fetching profile\u2026"),
                Stage.VIDEOS: self.tr("Fetching videos\u2026"),
                Stage.HISTORY: self.tr("Saving history\u2026"),
            }.get(p.stage, self.tr("Working\u2026"))
        self.statusBar().showMessage(text)

    def _synced(self, result: SyncResult) -> None:
        self._set_syncing(False)
        self.ctx.settings.set("active_account", result.account)
        self.statusBar().showMessage(self.tr("Synced %n video(s).", "", result.videos), 8000)
        self.reload()

    def _sync_failed(self, error: BaseException) -> None:
        self._set_syncing(False)
        if isinstance(error, Cancelled):
            self.statusBar().showMessage(self.tr("Sync cancelled. Everything fetched before is kept."), 8000)
            self.reload()
            return
        self._on_error(error)

    # -- errors, export, misc ---------------------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        self._on_error(error)

    def _on_error(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(error, (StoreCorrupt, StoreTooNew)):
            self._banner_action = self._move_database_aside
            self.error_banner.show_message(error_text(error), self.tr("Move aside and start fresh"))
        elif isinstance(error, (SignedOut, NotSignedIn)):
            self._banner_action = self.sign_in
            self._show_account(False)
            self.error_banner.show_message(error_text(error), self.tr("Sign in with TikTok"))
        else:
            self._banner_action = None
            self.error_banner.show_message(error_text(error))

    def _on_banner_action(self) -> None:
        if self._banner_action is not None:
            self._banner_action()

    def _move_database_aside(self) -> None:
        from tiktok_desktop.app.database import move_database_aside

        ctx = self.ctx

        def moved(path: Path) -> None:
            self.error_banner.hide()
            self.statusBar().showMessage(self.tr("The old database was kept as %1").replace("%1", str(path)), 15000)
            self.start()

        self.runner.submit(
            "move aside", lambda p, c: move_database_aside(ctx), on_success=moved, on_error=self._on_error, owner=self
        )

    # -- account -------------------------------------------------------------------------------------------

    def _show_account(self, signed_in: bool, name: str = "") -> None:
        self.signed_in = signed_in
        self.signed_in_as.setText(
            self.tr("Signed in as %1").replace("%1", "@" + name)
            if signed_in and name
            else self.tr("Signed in with TikTok")
            if signed_in
            else self.tr("Not signed in")
        )
        self.sign_in_action.setVisible(not signed_in)
        self.sign_out_action.setVisible(signed_in)

    def sign_in(self) -> SignInDialog:
        from tiktok_desktop.ui.signin_dialog import SignInDialog

        return SignInDialog.open_for(self.ctx, self.runner, self, self._signed_in)

    def _signed_in(self, profile: Profile) -> None:
        self.error_banner.hide()
        self._show_account(True, profile.username)
        self.statusBar().showMessage(self.tr("Signed in as %1").replace("%1", "@" + profile.username), 8000)
        self.save_state()
        chosen = self.ctx.settings.get("source")
        self.source_name = "official" if chosen == "auto" else chosen
        self.refresh()

    def sign_out(self) -> None:
        from tiktok_desktop.app.signin import sign_out

        ctx = self.ctx

        def done(_: bool) -> None:
            self._show_account(False)
            self.save_state()
            self.statusBar().showMessage(self.tr("Signed out. Your stored history is kept."), 8000)
            self.reload()

        self.runner.submit(
            "sign out", lambda p, c: sign_out(ctx, c), on_success=done, on_error=self._on_error, owner=self
        )

    def _load_cover(self, video_id: str, path: str) -> None:
        def load(progress, cancel) -> QImage:
            image = QImage(path)  # QImage (unlike QPixmap) may be used off the GUI thread
            return image.scaled(
                COVER_SIZE, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
            )

        self.runner.submit("cover", load, on_success=lambda image: self.model.set_cover(video_id, image), owner=self)

    def _on_search(self, text: str) -> None:
        self.model.set_filter_text(text)
        if text.strip():
            self.statusBar().showMessage(
                self.tr("%1 of %2 videos match")
                .replace("%1", str(self.model.rowCount()))
                .replace("%2", str(self.model.total_count))
            )
        else:
            self.statusBar().clearMessage()

    def _open_video(self, index: QModelIndex) -> None:
        url = self.model.data(index, ShareUrlRole)
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About TikTok Creator Desktop"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("TikTok Creator Desktop %1\nAnalytics for TikTok creators.").replace("%1", __version__))
        box.exec()
