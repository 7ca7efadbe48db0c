"""The set-up wizard: from "I have no developer account" to signed in (or to TikAPI, or to demo data)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.maintenance import (
    CLIENT_KEY_SHAPE,
    CLIENT_SECRET_SHAPE,
    TIKAPI_KEY_SHAPE,
    USERNAME_SHAPE,
    check_tikapi,
    clean,
    clean_username,
    save_official_credentials,
    save_tikapi,
)
from tiktok_desktop.app.signin import SCOPES, redirect_uri_to_register
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.setup.signin_dialog import SignInDialog
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.widgets.fields import CopyField, SecretField
from tiktok_desktop.ui.widgets.labels import plain_label

SOURCE, REGISTER, CREDENTIALS, TEST_SIGN_IN, TIKAPI, FINISH = range(6)
DEVELOPER_PORTAL = "https://developers.tiktok.com/apps/"
TIKAPI_SITE = "https://tikapi.io/"


def note(text: str) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


def message_label() -> QLabel:
    label = note("")
    label.setObjectName("dialogError")
    label.hide()
    return label


class FormPage(QWizardPage):
    """A page of fields: says what is wrong as the user types, and saves on Next or says why it cannot.

    The save runs through the task helper (the keyring may be slow, or wait for the user to unlock it);
    Next advances once it succeeded.
    """

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner
        self.problem = message_label()
        self._saved = False
        self.saving = False

    def _problem(self) -> str:
        """What is wrong with the fields filled in so far ("" when nothing)."""
        return ""

    def _filled(self) -> bool:
        return True

    def _changed(self) -> None:
        self._saved = False
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._filled() and not self._problem() and not self.saving

    def _save_task(self) -> Callable[[], None]:
        """The save, as a function to run off the GUI thread (read the fields here, not in it)."""
        raise NotImplementedError

    def validatePage(self) -> bool:
        if self._saved:
            return True
        save = self._save_task()
        self._set_saving(True)
        self.runner.submit(
            "save", lambda progress, cancel: save(), on_success=self._save_done, on_error=self._save_failed, owner=self
        )
        return False

    def _set_saving(self, on: bool) -> None:
        self.saving = on
        self.completeChanged.emit()

    def _save_done(self, _: object) -> None:
        self._set_saving(False)
        self._saved = True
        self.wizard().next()

    def _save_failed(self, error: BaseException) -> None:  # a refusing keyring, a settings file not written
        self._set_saving(False)
        self.problem.setText(error_text(error))
        self.problem.show()


class SourcePage(QWizardPage):
    def __init__(self) -> None:
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
        self.buttons["official"].setChecked(True)
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
        layout.addWidget(table)

    def choice(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def nextId(self) -> int:
        return {"official": REGISTER, "tikapi": TIKAPI, "demo": FINISH}[self.choice()]


class RegisterPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr("Register a TikTok developer app"))
        self.setSubTitle(self.tr("TikTok lets apps read your numbers only through an app you register, once."))
        content = QWidget()
        layout = QVBoxLayout(content)
        portal = QPushButton(self.tr("Open developers.tiktok.com"))
        portal.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(DEVELOPER_PORTAL)))
        layout.addWidget(
            note(
                self.tr(
                    "1. Sign in at developers.tiktok.com with your TikTok account and create an app (Manage apps, "
                    "Connect an app)."
                )
            )
        )
        layout.addWidget(portal, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note(self.tr("2. Fill in the app's details:")))
        form = QFormLayout()
        form.addRow(self.tr("App name"), CopyField("Creator Desktop (personal)"))
        form.addRow(
            self.tr("Description"),
            CopyField(
                self.tr("A desktop app that shows my own TikTok profile statistics and video performance to me.")
            ),
        )
        form.addRow(self.tr("Category"), plain_label(self.tr("Analytics")))
        form.addRow(self.tr("Platform"), plain_label(self.tr("Desktop")))
        form.addRow(self.tr("Products"), plain_label(self.tr("Login Kit, Display API")))
        layout.addLayout(form)
        layout.addWidget(note(self.tr("3. Register this redirect URI exactly (Login Kit, Desktop):")))
        self.redirect = CopyField("")
        layout.addWidget(self.redirect)
        self.redirect_note = note("")
        layout.addWidget(self.redirect_note)
        layout.addWidget(note(self.tr("4. Add these scopes:")))
        scopes = QFormLayout()
        why = {
            "user.info.basic": self.tr("your name and avatar"),
            "user.info.profile": self.tr("your @username, bio and verified mark"),
            "user.info.stats": self.tr("followers, following, likes and video count"),
            "video.list": self.tr("your public videos and their views, likes, comments and shares"),
        }
        for scope in SCOPES:
            scopes.addRow(plain_label(scope), note(why[scope]))
        layout.addLayout(scopes)
        layout.addWidget(
            note(
                self.tr(
                    "Tips that help the review: upload a short demo video of this app, link a privacy policy, and "
                    "state that the data is only shown to you, on your computer. Until the app is approved, its "
                    "Sandbox mode works for the TikTok accounts you add as testers."
                )
            )
        )
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

    def initializePage(self) -> None:
        port = self.ctx.settings.get("redirect_port")
        self.redirect.set_value(redirect_uri_to_register(port))
        self.redirect_note.setText(
            self.tr("The port is fixed to %1 in the preferences.").replace("%1", str(port))
            if port
            else self.tr("The * stands for any port: the app picks a free one each time.")
        )


class CredentialsPage(FormPage):
    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.ctx = ctx
        self.setTitle(self.tr("Your app's credentials"))
        self.setSubTitle(self.tr("Copy them from your app's page at developers.tiktok.com."))
        form = QFormLayout(self)
        self.key = QLineEdit()
        self.key.setMaxLength(512)
        self.key.setPlaceholderText(self.tr("Client key"))
        self.secret = SecretField()
        self.secret.edit.setPlaceholderText(self.tr("Client secret"))
        form.addRow(self.tr("Client key"), self.key)
        form.addRow(self.tr("Client secret"), self.secret)
        form.addRow(note(self.tr("The secret is stored in your system's keyring, never in a file.")))
        self.env_note = note("")
        form.addRow(self.env_note)
        form.addRow(self.problem)
        self.key.textChanged.connect(self._changed)
        self.secret.edit.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        self.key.setText(self.ctx.settings.get("client_key"))
        env = [name for name in ("TIKTOK_CLIENT_KEY", "TIKTOK_CLIENT_SECRET") if self.ctx.env.get(name)]
        self.env_note.setText(
            self.tr("%1 is set in the environment and takes precedence over what you enter here.").replace(
                "%1", " + ".join(env)
            )
            if env
            else ""
        )
        self.env_note.setVisible(bool(env))

    def _problem(self) -> str:
        key, secret = clean(self.key.text()), clean(self.secret.text())
        if not key or not secret:
            return ""
        if not CLIENT_KEY_SHAPE.fullmatch(key):
            return self.tr("The client key is 8 to 64 letters and digits, without spaces.")
        if not CLIENT_SECRET_SHAPE.fullmatch(secret):
            return self.tr("The client secret is 16 to 128 letters, digits, - or _, without spaces.")
        return ""

    def _filled(self) -> bool:
        return bool(clean(self.key.text()) and clean(self.secret.text()))

    def _save_task(self) -> Callable[[], None]:
        ctx, key, secret = self.ctx, clean(self.key.text()), clean(self.secret.text())
        return lambda: save_official_credentials(ctx, key, secret)


class TestSignInPage(QWizardPage):
    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        self.profile: Profile | None = None
        self.setTitle(self.tr("Sign in with TikTok"))
        self.setSubTitle(self.tr("A real sign-in checks the credentials and the redirect URI in one go."))
        layout = QVBoxLayout(self)
        self.button = QPushButton(self.tr("Sign in with TikTok"))
        self.button.clicked.connect(self.sign_in)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = note(self.tr("Not signed in yet. You can also sign in later from the Account menu."))
        layout.addWidget(self.result)
        layout.addStretch(1)

    def sign_in(self) -> SignInDialog:
        return SignInDialog.open_for(self.ctx, self.runner, self, self._signed_in)

    def _signed_in(self, profile: Profile) -> None:
        self.profile = profile
        self.result.setText(
            self.tr("Signed in as %1 (@%2), %3 followers.")
            .replace("%1", profile.display_name)
            .replace("%2", profile.username)
            .replace("%3", fmt.number(profile.followers))
        )

    def nextId(self) -> int:
        return FINISH


class TikApiPage(FormPage):
    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.ctx = ctx
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
        form.addRow(self.problem)
        self.key.edit.textChanged.connect(self._changed)
        self.username.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        self.username.setText(self.ctx.settings.get("tikapi_username"))
        self._changed()

    def _problem(self) -> str:
        key, name = clean(self.key.text()), clean_username(self.username.text())
        if key and not TIKAPI_KEY_SHAPE.fullmatch(key):
            return self.tr("A TikAPI key is 10 or more letters and digits, without spaces.")
        if name and not USERNAME_SHAPE.fullmatch(name):
            return self.tr("A TikTok username is 2 to 24 letters, digits, dots or underscores.")
        return ""

    def _changed(self) -> None:
        super()._changed()
        self.test_button.setEnabled(self.isComplete())

    def _filled(self) -> bool:
        return bool(clean(self.key.text()) and clean_username(self.username.text()))

    def test_connection(self) -> None:
        ctx, key, name = self.ctx, clean(self.key.text()), clean_username(self.username.text())

        def fetch(progress: ProgressCallback, cancel: CancelToken) -> Profile:
            return check_tikapi(ctx, key, name, cancel)

        def found(profile: Profile) -> None:
            self.test_button.setEnabled(True)
            self.result.setText(
                self.tr("Found %1 (@%2), %3 followers.")
                .replace("%1", profile.display_name)
                .replace("%2", profile.username)
                .replace("%3", fmt.number(profile.followers))
            )

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
        self.sync_now.setChecked(True)
        layout.addWidget(self.sync_now)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        choice = wizard.source_page.choice()
        if choice == "official":
            profile = wizard.sign_in_page.profile
            text = (
                self.tr("Data source: TikTok official API.")
                + "\n"
                + (
                    self.tr("Signed in as @%1.").replace("%1", profile.username)
                    if profile
                    else self.tr("Not signed in yet: use Account > Sign in with TikTok when your app is ready.")
                )
                + "\n"
                + self.tr("Your client secret is in the system keyring.")
            )
        elif choice == "tikapi":
            text = (
                self.tr("Data source: TikAPI, following @%1.").replace(
                    "%1", clean_username(wizard.tikapi_page.username.text())
                )
                + "\n"
                + self.tr("Your TikAPI key is in the system keyring.")
            )
        else:
            text = self.tr("Data source: demo data. Run this wizard again from the File menu at any time.")
        self.summary.setText(text)


class SetupWizard(QWizard):
    """Signals:
    setup_finished(bool sync_now): the wizard was completed; the chosen source is saved
    """

    setup_finished = Signal(bool)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up TikTok Creator Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setMinimumSize(720, 560)
        self.source_page = SourcePage()
        self.register_page = RegisterPage(ctx)
        self.credentials_page = CredentialsPage(ctx, runner)
        self.sign_in_page = TestSignInPage(ctx, runner)
        self.tikapi_page = TikApiPage(ctx, runner)
        self.finish_page = FinishPage()
        for page_id, page in (
            (SOURCE, self.source_page),
            (REGISTER, self.register_page),
            (CREDENTIALS, self.credentials_page),
            (TEST_SIGN_IN, self.sign_in_page),
            (TIKAPI, self.tikapi_page),
            (FINISH, self.finish_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(SOURCE)

    def done(self, result: int) -> None:
        # finished or skipped, the wizard does not come back by itself
        self.ctx.settings.set("wizard_done", True)
        if result == QWizard.DialogCode.Accepted:
            self.ctx.settings.set("source", self.source_page.choice())
        try:
            self.ctx.settings.save()
        except AppError:
            pass  # the main window reports settings it cannot save when it saves its own state
        super().done(result)
        if result == QWizard.DialogCode.Accepted:
            self.setup_finished.emit(self.finish_page.sync_now.isChecked())
