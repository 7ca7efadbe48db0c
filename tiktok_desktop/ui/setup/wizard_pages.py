"""The wizard's first and last pages and the TikAPI page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.maintenance import (
    TIKAPI_KEY_SHAPE,
    USERNAME_SHAPE,
    check_tikapi,
    clean,
    clean_username,
    save_tikapi,
    tikapi_key_saved,
)
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.setup.wizard_form import (
    FINISH,
    REGISTER,
    SOURCE,
    TEST_SIGN_IN,
    TIKAPI,
    TIKAPI_SITE,
    FormPage,
    note,
)
from tiktok_desktop.ui.setup.wizard_official import TestSignInPage
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.widgets.fields import SecretField


class SourcePage(QWizardPage):
    def __init__(self, current: str = "demo") -> None:
        """`current`: the source to offer first (the one in use)."""
        super().__init__()
        self.setTitle(self.tr("Where should your numbers come from?"))
        self.setSubTitle(self.tr("You can change this later in the preferences."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons = {}
        for key, text in (
            ("official", self.tr("TikTok official API: your own account, accurate, free (needs a developer app)")),
            ("tikapi", self.tr("TikAPI: any public profile by username, quick to set up, paid")),
            ("demo", self.tr("Demo data: look around first, nothing to set up")),
        ):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons.get(current, self.buttons["demo"]).setChecked(True)
        table = QTableWidget(5, 3)
        table.setHorizontalHeaderLabels([self.tr("Official API"), self.tr("TikAPI"), self.tr("Demo")])
        rows = (
            (
                self.tr("Accuracy"),
                self.tr("Exact, from TikTok"),
                self.tr("Public web numbers, large counts rounded"),
                self.tr("Made up"),
            ),
            (
                self.tr("Set-up effort"),
                self.tr("Developer app, TikTok review in about 1 to 2 weeks"),
                self.tr("An API key, minutes"),
                self.tr("None"),
            ),
            (self.tr("Cost"), self.tr("Free within TikTok's limits"), self.tr("Paid subscription"), self.tr("Free")),
            (
                self.tr("Completeness"),
                self.tr("Your public videos, profile and stats"),
                self.tr("Public videos; adds saves; no private videos"),
                self.tr("Everything, invented"),
            ),
            (
                self.tr("Stability"),
                self.tr("Official, versioned API"),
                self.tr("Third party; may change"),
                self.tr("Always works"),
            ),
        )
        table.setVerticalHeaderLabels([r[0] for r in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row[1:]):
                table.setItem(r, c, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # as tall as its rows, no blank area under them; it scrolls only when the page is too small for it
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        layout.addWidget(table)
        # what the chosen source asks of the creator next, under the comparison (where the page had only room)
        self.next_steps = note("")
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.table = table
        self.group.buttonToggled.connect(lambda *_: self._show_next_steps())
        self._show_next_steps()

    def _show_next_steps(self) -> None:
        self.next_steps.setText(
            {
                "official": self.tr(
                    "Next: register a developer app at developers.tiktok.com (the next page shows each step and "
                    "what to enter), then sign in. TikTok reviews a new app in about 1 to 2 weeks; until then you "
                    "can look around with demo data."
                ),
                "tikapi": self.tr(
                    "Next: enter your TikAPI key and the username to follow; they are tested before you go on."
                ),
                "demo": self.tr(
                    "Next: finish and look around. The numbers belong to a made-up creator and are always marked "
                    "as demo data. To use your own numbers later, open File > Set-up wizard."
                ),
            }[self.choice()]
        )

    def choice(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def nextId(self) -> int:
        return {"official": REGISTER, "tikapi": TIKAPI, "demo": FINISH}[self.choice()]


class TikApiPage(FormPage):
    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(ctx, runner)
        self.tested: Profile | None = None  # what the last connection test found with the fields as they are
        self.setTitle(self.tr("TikAPI"))
        self.setSubTitle(self.tr("Follow any public TikTok profile by its username, through your TikAPI key."))
        form = QFormLayout(self)
        site = QPushButton(self.tr("Get a key at tikapi.io"))
        site.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(TIKAPI_SITE)))
        form.addRow(site)
        self.key = SecretField()
        self.key.edit.setPlaceholderText(self.tr("API key"))
        self.username = QLineEdit()
        self.username.setMaxLength(100)
        self.username.setPlaceholderText("@username")
        form.addRow(self.tr("API key"), self.key)
        form.addRow(self.tr("TikTok username"), self.username)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        form.addRow(self.test_button)
        self.result = note("")
        form.addRow(self.result)
        form.addRow(self.keyring_note)
        form.addRow(self.problem)
        self.key.edit.textChanged.connect(self._changed)
        self.username.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        self.username.setText(self.ctx.settings.get("tikapi_username"))
        self._changed()
        ctx = self.ctx
        self.show_keyring_state()
        self.look_for_saved_secret(lambda: tikapi_key_saved(ctx), self.key)

    def keyring_texts(self) -> tuple[str, str]:
        return (
            self.tr("The key is stored in your system's keyring, never in a file."),
            self.tr(
                "No system keyring keeps secrets on this computer, and the app never writes the key to a file: "
                "it is kept only until the app closes, and asked for again next time."
            ),
        )

    def _problem(self) -> str:
        key, name = clean(self.key.text()), clean_username(self.username.text())
        if key and not TIKAPI_KEY_SHAPE.fullmatch(key):
            return self.tr("A TikAPI key is 10 or more letters and digits, without spaces.")
        if name and not USERNAME_SHAPE.fullmatch(name):
            return self.tr("A TikTok username is 2 to 24 letters, digits, dots or underscores.")
        return ""

    def _changed(self) -> None:
        super()._changed()
        self.tested = None
        self.test_button.setEnabled(self.isComplete())

    def secret_found(self) -> None:
        super().secret_found()
        self.test_button.setEnabled(self.isComplete())

    def _filled(self) -> bool:
        return bool((clean(self.key.text()) or self.secret_saved) and clean_username(self.username.text()))

    def test_connection(self) -> None:
        ctx, key, name = self.ctx, clean(self.key.text()), clean_username(self.username.text())

        def fetch(progress: ProgressCallback, cancel: CancelToken) -> Profile:
            return check_tikapi(ctx, key, name, cancel)

        def found(profile: Profile) -> None:
            self.test_button.setEnabled(True)
            self.tested = profile
            found = (
                self.tr("Found %1 (@%2).")
                if profile.followers is None
                else self.tr("Found %1 (@%2), %n follower(s).", "", profile.followers)
            )
            self.result.setText(fmt.fill(found, profile.display_name, profile.username))

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.result.setText(error_text(error))

        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting\u2026"))
        self.runner.submit("tikapi test", fetch, on_success=found, on_error=failed, owner=self)

    def _save_task(self) -> Callable[[], None]:
        ctx, key, name = self.ctx, clean(self.key.text()), clean_username(self.username.text())
        return lambda: save_tikapi(ctx, key, name)

    def nextId(self) -> int:
        return FINISH


class FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("All set"))
        layout = QVBoxLayout(self)
        self.summary = note("")
        layout.addWidget(self.summary)
        self.sync_now = QCheckBox(self.tr("Sync now"))
        layout.addWidget(self.sync_now)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        source, sign_in, tikapi = wizard.page(SOURCE), wizard.page(TEST_SIGN_IN), wizard.page(TIKAPI)
        assert isinstance(source, SourcePage) and isinstance(sign_in, TestSignInPage)
        assert isinstance(tikapi, TikApiPage)
        choice = source.choice()
        kept = tikapi.ctx.secrets.persistent  # the keyring kept the secret (read back), or this run's memory has it
        ready = True  # a sync can work: "All set" and "Sync now" offered ticked; else said what is missing
        if choice == "official":
            profile = sign_in.profile
            ready = profile is not None
            text = (
                self.tr("Data source: TikTok official API.")
                + "\n"
                + (
                    self.tr("Signed in as @%1.").replace("%1", profile.username)
                    if profile
                    else self.tr("Not signed in yet: click Sign in with TikTok in the window when your app is ready.")
                )
                + "\n"
                + (
                    self.tr("Your client secret is in the system keyring.")
                    if kept
                    else self.tr(
                        "Your client secret is kept only until the app closes: no system keyring keeps secrets on "
                        "this computer."
                    )
                )
            )
        elif choice == "tikapi":
            ready = tikapi.tested is not None
            text = (
                self.tr("Data source: TikAPI, following @%1.").replace("%1", clean_username(tikapi.username.text()))
                + "\n"
                + (
                    self.tr("Your TikAPI key is in the system keyring.")
                    if kept
                    else self.tr(
                        "Your TikAPI key is kept only until the app closes: no system keyring keeps secrets on this "
                        "computer."
                    )
                )
            )
            if not ready:
                text += "\n" + self.tr(
                    "The connection has not been tested successfully: go Back and test it, or check the key "
                    "and the username later in this wizard."
                )
        else:
            text = self.tr("Data source: demo data. Run this wizard again from the File menu at any time.")
        self.setTitle(self.tr("All set") if ready else self.tr("Almost done"))
        self.summary.setText(text)
        self.sync_now.setChecked(ready)
        self.sync_now.setVisible(ready)
