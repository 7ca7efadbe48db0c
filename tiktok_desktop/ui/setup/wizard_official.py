"""The wizard's pages for TikTok's official API: register an app, enter its key and secret, test the sign-in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.maintenance import (
    CLIENT_KEY_SHAPE,
    CLIENT_SECRET_SHAPE,
    clean,
    client_secret_saved,
    save_official_credentials,
)
from tiktok_desktop.app.signin import SCOPES, redirect_uri_to_register
from tiktok_desktop.core.models import Profile
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.setup.signin_dialog import SignInDialog
from tiktok_desktop.ui.setup.wizard_form import DEVELOPER_PORTAL, FINISH, FormPage, note
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.widgets.fields import CopyField, SecretField
from tiktok_desktop.ui.widgets.labels import plain_label


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
        form.addRow(
            self.tr("Products"),
            note(self.tr("Login Kit, and Display API where the portal lists it as a product of its own")),
        )
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
                    "state that the data is only shown to you, on your computer. Until the app is approved it runs "
                    "in Sandbox mode: only the TikTok accounts you add as Target Users (in the app's Sandbox "
                    "settings) can sign in. Any other account gets a TikTok error page that says "
                    "\u201cnon_sandbox_target\u201d: add that account as a Target User and sign in again."
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
        super().__init__(ctx, runner)
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
        form.addRow(self.keyring_note)
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
        ctx = self.ctx
        self.show_keyring_state()
        self.look_for_saved_secret(lambda: client_secret_saved(ctx), self.secret)

    def keyring_texts(self) -> tuple[str, str]:
        return (
            self.tr("The secret is stored in your system's keyring, never in a file."),
            self.tr(
                "No system keyring keeps secrets on this computer, and the app never writes the secret to a file: "
                "it is kept only until the app closes, and asked for again next time."
            ),
        )

    def _problem(self) -> str:
        key, secret = clean(self.key.text()), clean(self.secret.text())
        if not key or not (secret or self.secret_saved):
            return ""
        if not CLIENT_KEY_SHAPE.fullmatch(key):
            return self.tr("The client key is 8 to 64 letters and digits, without spaces.")
        if secret and not CLIENT_SECRET_SHAPE.fullmatch(secret):
            return self.tr("The client secret is 16 to 128 letters, digits, - or _, without spaces.")
        return ""

    def _filled(self) -> bool:
        return bool(clean(self.key.text()) and (clean(self.secret.text()) or self.secret_saved))

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
        signed_in = (
            self.tr("Signed in as %1 (@%2).")
            if profile.followers is None
            else self.tr("Signed in as %1 (@%2), %n follower(s).", "", profile.followers)
        )
        self.result.setText(fmt.fill(signed_in, profile.display_name, profile.username))

    def nextId(self) -> int:
        return FINISH
