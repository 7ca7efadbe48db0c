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
from PySide6.QtWidgets import QApplication, QMainWindow

from tiktok_desktop.app.chart_names import RANGES
from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError, NotSignedIn, SignedOut, StoreCorrupt, StoreTooNew
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.mainwindow import dialogs
from tiktok_desktop.ui.mainwindow.account_controller import AccountController
from tiktok_desktop.ui.mainwindow.actions import Handlers, WindowActions
from tiktok_desktop.ui.mainwindow.banners import with_age
from tiktok_desktop.ui.mainwindow.dashboard_loader import DashboardLoader
from tiktok_desktop.ui.mainwindow.export_actions import ExportActions
from tiktok_desktop.ui.mainwindow.frame import WindowFrame
from tiktok_desktop.ui.mainwindow.layout_state import restore_dashboard_layout, restore_window_layout, save_layout
from tiktok_desktop.ui.mainwindow.status_area import StatusArea
from tiktok_desktop.ui.mainwindow.studio_controller import StudioController
from tiktok_desktop.ui.mainwindow.sync_controller import SyncController
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.theme import finish_theme
from tiktok_desktop.ui.widgets.search_box import SearchBox

# Sign-in, sync, keyring and httpx are imported where used: the window must appear before those ~150 ms (bench).
if TYPE_CHECKING:
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.app.sync import SyncResult
    from tiktok_desktop.app.window_data import Analysis, SignIn, WindowData
    from tiktok_desktop.core.models import Profile
    from tiktok_desktop.ui.mainwindow.body import WindowBody
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

    def __init__(self, ctx: AppContext, runner: TaskRunner, *, dashboard_now: bool = True) -> None:
        """`dashboard_now` False: the dashboard is made by start() (the app calls it once the window is painted)."""
        super().__init__()
        self.ctx, self.runner = ctx, runner
        self.dashboard: Dashboard | None = None
        self.chart_data: ChartData | None = None
        self.source_name = ""  # the concrete source shown, known once the first load resolved it
        self.signed_in = False
        # Qt adds the display name to a title that does not end with it (X11, Windows): in the UI language
        QApplication.setApplicationDisplayName(self.tr("TikTok Creator Desktop"))
        self.setWindowTitle(QApplication.applicationDisplayName())
        self.setMinimumSize(760, 560)
        self.frame = WindowFrame()
        self.banners = self.frame.banners
        self.demo_banner, self.error_banner = self.banners.demo, self.banners.error
        self.setCentralWidget(self.frame)
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
        self.sync.started.connect(lambda: self._set_syncing(True))
        self.sync.stopped.connect(lambda: self._set_syncing(False))
        self.sync.progressed.connect(self.status.show_progress)
        self.sync.synced.connect(self._synced)
        self.sync.cancelled.connect(self._sync_cancelled)
        self.sync.failed.connect(self.show_error)
        self.sync.wanted.connect(self.refresh)
        self.exports = ExportActions(self, ctx, runner)  # the charts join with the dashboard
        self.close_guard: Callable[[], bool] | None = None  # set by the tray keeper
        self.studio = StudioController(ctx, runner, self)  # File > Import TikTok Studio data, drops, reminder
        handlers = Handlers(
            refresh=self.refresh,
            cancel_sync=self.cancel_sync,
            sign_in=self.sign_in,
            sign_out=self.account.sign_out,
            wizard=self.open_wizard,
            preferences=self.open_preferences,
            language=self.language_requested.emit,
            import_studio=self.studio.open,
        )
        self.search = SearchBox()
        self.commands = WindowActions(self, handlers, self.exports, self.search, ctx.settings.get("language"))
        self.status.cancel_button.clicked.connect(self.cancel_sync)
        restore_window_layout(ctx.settings, self)
        self.body: WindowBody | None = None
        if dashboard_now:
            self.build_dashboard()
            self.frame.reveal()

    def build_dashboard(self) -> WindowBody:
        """The profile card, insights, charts and table, or the empty state, in place of "Loading...": made after
        the window's first paint when the app opens it (their modules and widgets, ~50 ms, would delay it)."""
        if self.body is not None:
            return self.body
        from tiktok_desktop.ui.mainwindow.body import WindowBody

        finish_theme(self.ctx.settings.get("theme"))  # the style sheet, if left out until now: polished once
        self.body = body = WindowBody(self.runner, self.ctx)
        self.profile_card, self.insights, self.charts = body.profile_card, body.insights, body.charts
        self.table, self.splitter, self.model = body.table, body.splitter, body.table.video_model
        self.charts.range_changed.connect(self._range_changed)
        self.charts.video_clicked.connect(self.select_video)
        self.charts.export_menu(menu=self.commands.chart_menu)
        self.exports.attach_charts(self.charts)
        self.charts.studio_import_requested.connect(lambda: self.studio.open())  # empty Daily views' button
        body.empty.sign_in_requested.connect(lambda: self.account.sign_in_or_set_up(self.open_wizard))
        body.empty.tikapi_requested.connect(lambda: self.open_wizard("tikapi"))
        body.empty.demo_requested.connect(self.use_demo)
        self.search.textChanged.connect(lambda text: self.status.message(self.table.filter(text)))
        self.table.filter(self.search.text())  # typed before the table was there
        restore_dashboard_layout(self.ctx.settings, body)
        self.frame.put(body)
        return body

    # -- state ---------------------------------------------------------------------------------------------

    def save_state(self) -> None:
        try:
            save_layout(self.ctx.settings, self, self.body)
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
        """Loads what the store has (the dashboard is made meanwhile); on a first start with demo data, syncs it
        first, and offers the wizard."""
        self.reload(sync_if_empty=True)
        self.build_dashboard()
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
        key = self.charts.range_key if self.body is not None else self.ctx.settings.get("chart_range")
        self.loader.load(key, lambda result: self._loaded(result, sync_if_empty, then_refresh))

    def _loaded(self, result: WindowData, sync_if_empty: bool, then_refresh: bool) -> None:
        self.build_dashboard()  # made by start() unless something reloaded before it ran
        self.source_name = result.source
        if result.dashboard is None:
            signed_in = result.sign_in is not None and result.sign_in.signed_in  # official: none signed in, no sync
            syncs = then_refresh or sync_if_empty and (result.source == "demo" or signed_in)
            if not (syncs and self.frame.loading):  # a first sync: "Loading..." stays until its numbers come
                self._show_empty()
            if syncs:
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
        self.build_dashboard().show_empty(self.source_name)
        self.frame.reveal()
        self.exports.set_enabled(False)
        self._update_status(None)

    def _show(self, dashboard: Dashboard, analysis: Analysis | None) -> None:
        self.dashboard = dashboard
        self.profile_card.show_account(dashboard.account, dashboard.snapshots)
        self.build_dashboard().show_dashboard()
        self.frame.reveal()
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
        self.frame.reveal()  # the first load failed: not "Loading..." for ever
        age = None if self.dashboard is None else self.dashboard.account.last_sync_at  # of numbers still shown
        if isinstance(error, (StoreCorrupt, StoreTooNew)):
            dialogs.offer_to_move_database_aside(self, self.ctx, self.runner, error)
        elif isinstance(error, (SignedOut, NotSignedIn)):
            self._show_account(False)
            gui = isinstance(error, NotSignedIn)  # its own text names the command line's login
            text = self.tr("You are not signed in with TikTok.") if gui else error_text(error)
            self.banners.show_error(with_age(text, age), self.tr("Sign in with TikTok"), self.sign_in)
        else:
            self.banners.show_error(with_age(error_text(error), age))

    # -- account -------------------------------------------------------------------------------------------

    def _show_account(self, signed_in: bool, name: str = "") -> None:
        self.signed_in = signed_in
        self.commands.show_account(signed_in, name, self.source_name)

    def sign_in(self) -> SignInDialog:
        return self.account.sign_in()

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
