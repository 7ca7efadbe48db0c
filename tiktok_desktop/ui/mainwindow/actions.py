"""The window's actions, toolbar and menus. What each action does is the window's: it is handed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from tiktok_desktop import __version__
from tiktok_desktop.ui.first_frame import set_shortcut, text_beside_icons
from tiktok_desktop.ui.mainwindow.export_actions import ExportActions

LANGUAGE_NAMES = (("system", None), ("en", "English"), ("zh_CN", "\u7b80\u4f53\u4e2d\u6587"))


@dataclass(frozen=True)
class Handlers:
    refresh: Callable[[], None]
    cancel_sync: Callable[[], None]
    sign_in: Callable[[], object]
    sign_out: Callable[[], None]
    wizard: Callable[[], object]
    preferences: Callable[[], object]
    language: Callable[[str], None]
    import_studio: Callable[[], object]


class WindowActions(QObject):
    """Builds the toolbar and the menu bar of `window`, with `search` in the toolbar."""

    def __init__(
        self,
        window: QMainWindow,
        handlers: Handlers,
        exports: ExportActions,
        search: QLineEdit,
        language: str,
    ) -> None:
        super().__init__(window)
        self.refresh = self._action(self.tr("&Refresh"), handlers.refresh, QKeySequence.StandardKey.Refresh)
        self.refresh.setIcon(QIcon.fromTheme("view-refresh"))
        self.refresh.setToolTip(self.tr("Fetch the latest numbers (F5)"))
        self.cancel = self._action(self.tr("Cancel sync"), handlers.cancel_sync, QKeySequence.StandardKey.Cancel)
        self.cancel.setEnabled(False)
        self.sign_in = self._action(self.tr("Sign in with TikTok"), handlers.sign_in)
        self.sign_in.setToolTip(self.tr("Sign in with your TikTok account to see your own numbers"))
        self.signed_in_as = QAction(self.tr("Not signed in"), self)
        self.signed_in_as.setEnabled(False)
        self.sign_out = self._action(self.tr("Sign &out"), handlers.sign_out)
        self.sign_out.setVisible(False)
        wizard = self._action(self.tr("Set-up &wizard\u2026"), handlers.wizard)
        preferences = self._action(self.tr("&Preferences\u2026"), handlers.preferences, QKeySequence("Ctrl+,"))
        # closing the window may only hide it (collecting in the background): the app may connect a real quit
        self.quit = quit_action = self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        self.import_studio = self._action(
            self.tr("&Import TikTok Studio data\u2026"), handlers.import_studio, QKeySequence("Ctrl+I")
        )
        self.import_studio.setToolTip(
            self.tr("A year of daily history, profile views and your audience, from TikTok Studio's Download data")
        )
        find = self._action(self.tr("&Find videos"), lambda: focus_by_shortcut(search), QKeySequence.StandardKey.Find)
        search.setPlaceholderText(self.tr("Search titles, descriptions, #hashtags (Ctrl+F)"))

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        text_beside_icons(toolbar)
        for action in (self.refresh, self.cancel, exports.csv_action, exports.report_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.sign_in)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(search)
        window.addToolBar(toolbar)

        menu = window.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.refresh)
        file_menu.addAction(self.import_studio)
        file_menu.addSeparator()
        for action in (exports.csv_action, exports.xlsx_action, exports.report_action):
            file_menu.addAction(action)
        # the charts panel puts its entries before this one when it is made (after the window's first paint)
        self.chart_menu = QMenu(QCoreApplication.translate("ChartsPanel", "Export chart"), window)
        self.chart_menu.addAction(exports.copy_chart_action)
        file_menu.addMenu(self.chart_menu)
        file_menu.addSeparator()
        file_menu.addAction(wizard)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(find)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name or self.tr("System default"), self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: handlers.language(c))
            group.addAction(action)
            language_menu.addAction(action)
        account_menu = menu.addMenu(self.tr("&Account"))
        account_menu.addAction(self.signed_in_as)
        account_menu.addSeparator()
        account_menu.addAction(self.sign_in)
        account_menu.addAction(self.sign_out)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), lambda: show_about(window)))

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def set_syncing(self, on: bool) -> None:
        self.refresh.setEnabled(not on)
        self.cancel.setEnabled(on)

    def show_account(self, signed_in: bool, name: str = "", source: str = "") -> None:
        """`source`: the one in use; TikAPI needs no TikTok sign-in, so it is not offered there."""
        if signed_in and name:
            text = self.tr("Signed in as %1").replace("%1", "@" + name)
        else:
            text = self.tr("Signed in with TikTok") if signed_in else self.tr("Not signed in")
        self.signed_in_as.setText(text)
        self.sign_in.setVisible(not signed_in and source != "tikapi")
        self.sign_out.setVisible(signed_in)


def focus_by_shortcut(widget: QWidget) -> None:
    from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)

    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)  # a line edit then selects its text, to type over it


def show_about(parent: QWidget) -> None:
    from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)
    from PySide6.QtWidgets import QMessageBox  # its Python class costs ~5 ms: made when needed, not at start

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About TikTok Creator Desktop"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    text = QCoreApplication.translate("MainWindow", "TikTok Creator Desktop %1\nAnalytics for TikTok creators.")
    box.setText(text.replace("%1", __version__))
    box.exec()
