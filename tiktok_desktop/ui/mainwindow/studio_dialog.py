"""File > Import TikTok Studio data...: a short how-to, the files (chosen here, or dropped on the window), the
import in the background (app.studio_import) and what it brought.

The files go to the account of their @handle; CSVs taken out of the zips, which carry none, go to the account
the window shows. Their names do not say when they were downloaded either: "Downloaded on" gives the day when the
one assumed (Content.csv's Time, or the files' modification time, named in the summary) is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from datetime import date

    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.app.studio_import import ImportSummary
    from tiktok_desktop.ui.tasks import TaskRunner

SUFFIXES = (".zip", ".csv")


def importable(paths: Sequence[Path]) -> list[Path]:
    """What a drop may import: zips, CSVs and folders."""
    return [p for p in paths if p.is_dir() or p.suffix.lower() in SUFFIXES]


def _day(d: date | None) -> str:
    return "" if d is None else d.isoformat()  # as formatting.date writes dates elsewhere in the window


class StudioImportDialog(QDialog):
    """Signals:
    imported(ImportSummary): an import finished and stored something new (the window reloads)
    failed_unseen(BaseException): an import failed after the dialog was closed (the window shows it)
    """

    imported = Signal(object)
    failed_unseen = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, account: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.account = ctx, runner, account
        self.files: list[Path] = []
        self.running = False
        # tests replace these: they get the dialog title and the folder to start in
        self.ask_files: Callable[[str, str], list[str]] = self._ask_files
        self.ask_folder: Callable[[str, str], str] = self._ask_folder
        self.setWindowTitle(self.tr("Import TikTok Studio data"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "TikTok Studio gives up to a year of daily history, profile views, viewers, and when and where your "
                "followers are:"
            )
        )
        steps = QLabel(
            self.tr(
                "1. In TikTok Studio on the web (tiktok.com/tiktokstudio), open Analytics.\n"
                "2. On each tab (Overview, Content, Viewers, Followers), click Download data at the top right and "
                "choose the longest range (up to 365 days).\n"
                "3. Choose the four zips here, or drop them on the window."
            )
        )
        tip = QLabel(
            self.tr(
                "Switch TikTok Studio to English before downloading: its dates have no year and are written in its "
                "language, and English dates are the safest to read. Import again every week: follower activity "
                "covers only the last 7 days of a download."
            )
        )
        tip.setObjectName("hint")
        for label in (intro, steps, tip):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        layout.addWidget(self.list, 1)
        pick = QHBoxLayout()
        self.choose_files = QPushButton(self.tr("Choose files\u2026"))
        self.choose_files.clicked.connect(self._choose_files)
        self.choose_folder = QPushButton(self.tr("Choose folder\u2026"))
        self.choose_folder.clicked.connect(self._choose_folder)
        pick.addWidget(self.choose_files)
        pick.addWidget(self.choose_folder)
        pick.addStretch(1)
        # the download day of CSVs taken out of the zips, when the one assumed is wrong (the zips' names say it)
        self.downloaded = QCheckBox(self.tr("CSVs downloaded on"))
        self.downloaded.setToolTip(
            self.tr("Only for CSVs taken out of the zips: their names do not say when they were downloaded.")
        )
        self.downloaded_day = QDateEdit(QDate.currentDate())
        self.downloaded_day.setDisplayFormat("yyyy-MM-dd")
        self.downloaded_day.setCalendarPopup(True)
        self.downloaded_day.setMaximumDate(QDate.currentDate())
        self.downloaded_day.setEnabled(False)
        self.downloaded.toggled.connect(self.downloaded_day.setEnabled)
        for changed in (self.downloaded.toggled, self.downloaded_day.dateChanged):
            changed.connect(self._allow_import)
        pick.addWidget(self.downloaded)
        pick.addWidget(self.downloaded_day)
        layout.addLayout(pick)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.outcome = plain_label()  # error texts may quote a file's content: plain text
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- choosing --------------------------------------------------------------------------------------------

    def _folder(self) -> str:
        downloads = Path.home() / "Downloads"
        return self.ctx.settings.get("studio_dir") or str(downloads if downloads.is_dir() else Path.home())

    def _ask_files(self, title: str, folder: str) -> list[str]:
        names, _ = QFileDialog.getOpenFileNames(
            self, title, folder, self.tr("TikTok Studio downloads (*.zip *.csv);;All files (*)")
        )
        return names

    def _ask_folder(self, title: str, folder: str) -> str:
        return QFileDialog.getExistingDirectory(self, title, folder)

    def _choose_files(self) -> None:
        names = self.ask_files(self.tr("Choose the TikTok Studio zips"), self._folder())
        if names:
            self.set_files([Path(n) for n in names])

    def _choose_folder(self) -> None:
        name = self.ask_folder(self.tr("Choose a folder of TikTok Studio zips"), self._folder())
        if name:
            self.set_files([Path(name)])

    def _allow_import(self) -> None:
        """Another download day: importing the same files again may change something."""
        self.import_button.setEnabled(bool(self.files) and not self.running)

    def set_files(self, paths: Sequence[Path]) -> None:
        self.files = list(paths)
        self.list.clear()
        for p in self.files:
            self.list.addItem(str(p))  # a list item shows its text as plain text
        if self.files:
            self.ctx.settings.set("studio_dir", str(self.files[0].parent if self.files[0].is_file() else self.files[0]))
        self.import_button.setEnabled(bool(self.files) and not self.running)
        self.outcome.hide()

    # -- importing -------------------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.files or self.running:
            return
        from tiktok_desktop.app.studio_import import import_studio

        ctx, files, account = self.ctx, list(self.files), self.account
        loose_at = None
        if self.downloaded.isChecked():  # noon of that day, local time, as the CLI's --exported
            day = self.downloaded_day.date()
            loose_at = int(datetime(day.year(), day.month(), day.day(), 12).timestamp())
        self._set_running(True)
        self.runner.submit(
            "import studio",
            lambda progress, cancel: import_studio(ctx, files, None, loose_at, account, cancel=cancel),
            on_success=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _set_running(self, on: bool) -> None:
        self.running = on
        self.progress.setVisible(on)
        for button in (self.import_button, self.choose_files, self.choose_folder):
            button.setEnabled(not on)
        if on:
            self._show_outcome(self.tr("Importing\u2026"), error=False)

    def reject(self) -> None:
        """Closed while importing: hidden until the import ends, so that the window still learns of it."""
        if self.running:
            self.hide()
            return
        super().reject()

    def _show_outcome(self, text: str, error: bool) -> None:
        self.outcome.setObjectName("dialogError" if error else "")
        self.outcome.style().unpolish(self.outcome)  # the style sheet follows the new object name
        self.outcome.style().polish(self.outcome)
        self.outcome.setText(text)
        self.outcome.show()

    def _done(self, summary: ImportSummary) -> None:
        self._set_running(False)
        self.import_button.setEnabled(False)  # imported: importing the same files again would change nothing
        self._show_outcome(self.summary_text(summary), error=False)
        if summary.changed:
            self.imported.emit(summary)
        if not self.isVisible():  # closed while importing
            self.close()

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._show_outcome(error_text(error), error=True)
        if not self.isVisible():  # closed while importing: the window says it instead
            self.failed_unseen.emit(error)
            self.close()

    def summary_text(self, s: ImportSummary) -> str:
        who = "@" + s.username
        if s.empty:
            return self.tr("These files hold nothing to import for %1.").replace("%1", who)
        lines = []
        if s.days:
            lines.append(
                self.tr("%n days of history, %1 to %2, for %3.", "", s.days)
                .replace("%1", _day(s.first_day))
                .replace("%2", _day(s.last_day))
                .replace("%3", who)
            )
        if s.active_hours:
            lines.append(self.tr("%n hours of follower activity.", "", s.active_hours))
        if s.audience_exported_at is not None:
            lines.append(self.tr("Gender and territories as of %1.").replace("%1", fmt.date(s.audience_exported_at)))
        for day, source in s.assumed:
            if source == "option":
                lines.append(
                    self.tr("CSVs taken out of the zips: downloaded on %1, as given.").replace("%1", _day(day))
                )
                continue
            where = (
                self.tr("from the Time column of Content.csv")
                if source == "content"
                else self.tr("from the files' modification time")
            )
            lines.append(
                self.tr(
                    "The CSVs' names do not say when they were downloaded: taken as %1 (%2). If that is wrong, "
                    "set \u201cCSVs downloaded on\u201d and import again, or import the zips as downloaded."
                )
                .replace("%1", _day(day))
                .replace("%2", where)
            )
        if s.missing:
            lines.append(
                self.tr("Not among these files: %1. Download them too for the full picture.").replace(
                    "%1", ", ".join(s.missing)
                )
            )
        if not s.changed:
            return self.tr("Already imported, nothing new in these files:") + "\n" + "\n".join(lines)
        return self.tr("Imported:") + "\n" + "\n".join(lines)
