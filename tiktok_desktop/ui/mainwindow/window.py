"""The main window: banners, profile card, insights, charts and the video table, composed from their parts.

The parts do the work: WindowActions (menus, toolbar), Banners, VideoTable, SyncController, AccountController,
ExportActions, StatusArea. The window loads what to show (app.window_data, in the background), shows it, and
routes errors to its banner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from tiktok_desktop.app.chart_names import RANGES
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError, NotSignedIn, SignedOut, StoreCorrupt, StoreTooNew
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.mainwindow import dialogs
from tiktok_desktop.ui.mainwindow.account_controller import AccountController
from tiktok_desktop.ui.mainwindow.actions import Handlers, WindowActions
from tiktok_desktop.ui.mainwindow.banners import Banners, with_age
from tiktok_desktop.ui.mainwindow.body import WindowBody
from tiktok_desktop.ui.mainwindow.dashboard_loader import DashboardLoader
from tiktok_desktop.ui.mainwindow.export_actions import ExportActions
from tiktok_desktop.ui.mainwindow.layout_state import remember_layout, restore_layout
from tiktok_desktop.ui.mainwindow.status_area import StatusArea
from tiktok_desktop.ui.mainwindow.studio_controller import StudioController
from tiktok_desktop.ui.mainwindow.sync_controller import SyncController
from tiktok_desktop.ui.tasks import TaskRunner

# Sign-in, sync, keyring and httpx are imported where used: the window must appear before those ~150 ms (bench).
if TYPE_CHECKING:
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.app.sync import SyncResult
    from tiktok_desktop.app.window_data import Analysis, SignIn, WindowData
    from tiktok_desktop.core.models import Profile
    from tiktok_desktop.ui.setup.preferences import PreferencesDialog
    from tiktok_desktop.ui.setup.signin_dialog import SignInDialog
    from tiktok_desktop.ui.setup.wizard import SetupWizard


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
        self.ctx, self.runner = ctx, runner
        self.dashboard: Dashboard | None = None
        self.chart_data: ChartData | None = None
        self.source_name = ""  # the concrete source shown, known once the first load resolved it
        self.signed_in = False
        # Qt adds the display name to a title that does not end with it (X11, Windows): in the UI language
        QApplication.setApplicationDisplayName(self.tr("TikTok Creator Desktop"))
        self.setWindowTitle(QApplication.applicationDisplayName())
        self.setMinimumSize(760, 560)
        self._build_body()
        self.status = StatusArea(self.statusBar())
        self.sync = SyncController(ctx, runner, self)
        self.loader = DashboardLoader(ctx, runner, self)
        self.loader.failed.connect(self.show_error)
        self.loader.progressed.connect(self.status.show_upgrade)
        self.loader.settled.connect(self.status.upgrade_done)
        self.loader.sign_in_read.connect(self._sign_in_read)
        self.account = AccountController(ctx, runner, self)
        self.account.signed_in.connect(self._account_changed)
        self.account.signed_out.connect(lambda: self._account_changed(None))
        self.account.failed.connect(self.show_error)
        for signal, slot in (
            (self.sync.started, lambda: self._set_syncing(True)),
            (self.sync.stopped, lambda: self._set_syncing(False)),
            (self.sync.progressed, self.status.show_progress),
            (self.sync.synced, self._synced),
            (self.sync.cancelled, self._sync_cancelled),
            (self.sync.failed, self.show_error),
            (self.sync.wanted, self.refresh),
        ):
            signal.connect(slot)
        self.exports = ExportActions(self, ctx, runner, self.charts)
        self.close_guard: Callable[[], bool] | None = None  # set by the tray keeper
        self.studio = StudioController(ctx, runner, self)  # File > Import TikTok Studio data, drops, reminder
        handlers = Handlers(
            refresh=self.refresh,
            cancel_sync=self.cancel_sync,
            sign_in=self.sign_in,
            sign_out=self.sign_out,
            wizard=self.open_wizard,
            preferences=self.open_preferences,
            language=self.language_requested.emit,
            import_studio=self.studio.open,
        )
        self.commands = WindowActions(
            self, handlers, self.exports, self.charts.export_menu(), self.search, ctx.settings.get("language")
        )
        self.status.cancel_button.clicked.connect(self.cancel_sync)
        self._restore_state()

    def _build_body(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banners = Banners()
        self.demo_banner, self.error_banner = self.banners.demo, self.banners.error
        layout.addWidget(self.banners)
        self.body = WindowBody(self.runner, self.ctx)
        self.profile_card, self.insights, self.charts = self.body.profile_card, self.body.insights, self.body.charts
        self.table, self.splitter = self.body.table, self.body.splitter
        self.model = self.table.video_model
        self.charts.set_range(self.ctx.settings.get("chart_range"))
        self.charts.range_changed.connect(self._range_changed)
        self.charts.video_clicked.connect(self.select_video)
        empty = self.body.empty
        empty.sign_in_requested.connect(self._sign_in_or_set_up)
        empty.tikapi_requested.connect(lambda: self.open_wizard("tikapi"))
        empty.demo_requested.connect(self.use_demo)
        layout.addWidget(self.body, 1)
        self.setCentralWidget(central)

        self.search = self.table.search_box()
        self.search.textChanged.connect(lambda text: self.status.message(self.table.filter(text)))

    # -- state ---------------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_layout(self.ctx.settings, self, self.table.horizontalHeader(), self.splitter, self.charts)

    def save_state(self) -> None:
        s = self.ctx.settings
        remember_layout(s, self, self.table.horizontalHeader(), self.splitter)
        if self.charts.built:
            s.set("chart_tab", self.charts.current())
        try:
            s.save()
        except Exception as e:  # noqa: BLE001 - failing to remember the layout must not block quitting
            self.status.message(error_text(e), 5000)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # drops of TikTok Studio downloads
        event.setAccepted(self.studio.drag_entered(event))

    dragEnterEvent = dragMoveEvent  # noqa: N815 - the same check on entering (Qt names the override)

    def dropEvent(self, event: QDropEvent) -> None:
        event.setAccepted(self.studio.dropped(event))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and self.close_guard():  # collecting in the background instead
            event.ignore()
            return
        self.save_state()
        self.sync.cancel()
        super().closeEvent(event)

    # -- loading -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Loads what the store has; on a first start with demo data, syncs it first, and offers the wizard."""
        self.reload(sync_if_empty=True)
        if self.ctx.settings.problem is not None:  # a damaged settings file, kept aside: say so once
            self.banners.show_notice(error_text(self.ctx.settings.problem))
        if not self.ctx.settings.get("wizard_done"):
            self.open_wizard()

    def open_wizard(self, source: str = "") -> SetupWizard:
        """`source` ("tikapi", ...) starts the wizard on that source's set-up."""
        wizard = dialogs.open_wizard(self, self.ctx, self.runner, source)
        wizard.setup_finished.connect(lambda sync_now: self.reload(then_refresh=sync_now))
        return wizard

    def open_preferences(self) -> PreferencesDialog:
        return dialogs.open_preferences(self, self.ctx, self.runner, self.account, self.signed_in)

    def setting_changed(self, key: str) -> None:
        """A preference changed (Preferences, Reset): applied at once, no restart."""
        if key == "auto_refresh":
            self.sync.apply_auto_refresh()
        elif key == "source" and not self.loader.loading:  # a load under way reads the new source already
            self.reload(sync_if_empty=True)

    def reload(self, sync_if_empty: bool = False, then_refresh: bool = False) -> None:
        self.loader.load(self.charts.range_key, lambda result: self._loaded(result, sync_if_empty, then_refresh))

    def _loaded(self, result: WindowData, sync_if_empty: bool, then_refresh: bool) -> None:
        self.source_name = result.source
        if result.dashboard is None:
            self._show_empty()
            signed_in = result.sign_in is not None and result.sign_in.signed_in  # official: none signed in, no sync
            if then_refresh or sync_if_empty and (result.source == "demo" or signed_in):
                self.refresh()
            return
        self.model.set_cover_files(result.covers)
        self._show(result.dashboard, result.analysis)
        if then_refresh:
            self.refresh()

    def _sign_in_read(self, sign_in: SignIn) -> None:  # with the load, or after it once its numbers are painted
        shown = self.dashboard if self.source_name == "official" else None
        self._show_account(sign_in.signed_in, shown.account.profile.username if shown is not None else "")
        if sign_in.keyring_warning is not None and sign_in.signed_in:
            self.banners.show_error(error_text(sign_in.keyring_warning))

    def _show_empty(self) -> None:
        self.dashboard, self.chart_data = None, None
        self.body.show_empty(self.source_name)
        self.exports.set_enabled(False)
        self._update_status(None)

    def _show(self, dashboard: Dashboard, analysis: Analysis | None) -> None:
        self.dashboard = dashboard
        self.profile_card.show_account(dashboard.account, dashboard.snapshots)
        self.body.show_dashboard()
        self.table.set_videos(dashboard.videos)
        self._show_analysis(analysis)
        self.exports.set_enabled(True)
        self._update_status(dashboard)
        self.dashboard_shown.emit()

    def _show_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            return
        self.chart_data = analysis.charts
        self.insights.show_report(analysis.report, RANGES.get(self.charts.range_key))
        self.insights.show()
        first = not self.charts.built
        if self.charts.build():
            self.charts.set_data(analysis.charts)
            if first:
                self.charts.show_chart(self.ctx.settings.get("chart_tab"))

    def _range_changed(self, key: str) -> None:
        self.ctx.settings.set("chart_range", key)
        dashboard = self.dashboard
        if dashboard is not None:
            # shown only if the dashboard was not replaced by a reload meanwhile
            self.loader.analyse(
                dashboard, key, lambda result: self._show_analysis(result) if self.dashboard is dashboard else None
            )

    def select_video(self, video_id: str) -> None:
        """Selects and shows a video in the table (clearing a search that hides it)."""
        if not self.table.select_video(video_id) and self.search.text():
            self.search.clear()
            self.table.select_video(video_id)

    def _update_status(self, dashboard: Dashboard | None) -> None:
        # the label follows the numbers on screen, whatever the source setting says meanwhile
        demo = dashboard is not None and dashboard.account.profile.source == "demo"
        self.banners.show_demo(demo)
        title = QApplication.applicationDisplayName()
        self.setWindowTitle(self.tr("Demo data") + " \u2014 " + title if demo else title)
        self.status.show_source(self.source_name, dashboard)

    def use_demo(self) -> None:
        self.ctx.settings.set("source", "demo")
        try:
            self.ctx.settings.save()
        except AppError as e:  # shown, and demo data is used for this run all the same
            self.show_error(e)
        if not self.loader.loading:  # else the load under way reads the new source already
            self.reload(sync_if_empty=True)

    # -- sync ----------------------------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self.sync.syncing

    def refresh(self) -> None:
        if self.sync.syncing:
            return
        if not self.source_name:  # not loaded yet: the load resolves the source, then refreshes
            self.reload(then_refresh=True)
            return
        self.banners.clear_error()
        self.sync.start(self.source_name)

    def cancel_sync(self) -> None:
        if self.sync.syncing:
            self.sync.cancel()
            self.status.cancelling()

    def _set_syncing(self, on: bool) -> None:
        self.commands.set_syncing(on)
        self.status.set_syncing(on)

    def _synced(self, result: SyncResult) -> None:
        if result.fetched:  # otherwise the scheduled job had just synced: its numbers are shown without a word
            self.status.message(self.tr("Synced %n video(s).", "", result.videos), 8000)
        self.reload()

    def _sync_cancelled(self) -> None:
        self.status.message(self.tr("Sync cancelled. Everything fetched before is kept."), 8000)
        self.reload()

    def show_message(self, text: str) -> None:
        self.status.message(text, 10000)

    def show_error(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(error, (StoreCorrupt, StoreTooNew)):
            dialogs.offer_to_move_database_aside(self, self.ctx, self.runner, error)
        elif isinstance(error, (SignedOut, NotSignedIn)):
            self._show_account(False)
            gui = isinstance(error, NotSignedIn)  # its own text names the command line's login
            text = self.tr("You are not signed in with TikTok.") if gui else error_text(error)
            self.banners.show_error(self._kept(text), self.tr("Sign in with TikTok"), self.sign_in)
        else:
            self.banners.show_error(self._kept(error_text(error)))

    def _kept(self, text: str) -> str:
        """An error over numbers still on screen says how old they are."""
        return with_age(text, None if self.dashboard is None else self.dashboard.account.last_sync_at)

    # -- account -------------------------------------------------------------------------------------------

    def _show_account(self, signed_in: bool, name: str = "") -> None:
        self.signed_in = signed_in
        self.commands.show_account(signed_in, name, self.source_name)

    def sign_in(self) -> SignInDialog:
        return self.account.sign_in()

    def _sign_in_or_set_up(self) -> None:
        """Without a developer app's client key there is nothing to sign in with: the wizard sets one up first."""
        _ = self.sign_in() if self.account.has_client_key() else self.open_wizard("official")

    def sign_out(self) -> None:
        self.account.sign_out()

    def _account_changed(self, profile: Profile | None) -> None:
        """Signed in as `profile`, or out (None): the load resolves the source anew; a sign-in then syncs."""
        self.banners.clear_error()
        self._show_account(profile is not None, profile.username if profile else "")
        self.save_state()
        if profile is None:
            self.status.message(self.tr("Signed out. Your stored history is kept."), 8000)
        else:
            self.status.message(self.tr("Signed in as %1").replace("%1", "@" + profile.username), 8000)
        self.reload(then_refresh=profile is not None)
