"""What the set-up wizard's pages share: their ids, the addresses they link to, and the form page that checks
and saves what the user typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QWizardPage,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.widgets.fields import SecretField
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

    def __init__(self, ctx: AppContext, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx = ctx
        # the whole height the wizard has: with its size hint (measured before a message showed) QWizard gave the
        # page too little room for a message of two lines, and cut it off
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.runner = runner
        self.problem = message_label()
        self._saved = False
        self.saving = False
        self.secret_saved = False  # the keyring holds this page's secret: an empty field keeps it
        self.keyring_note = note("")  # where the secret goes: the keyring, or nowhere (show_keyring_state)

    def keyring_works(self) -> bool:
        """Whether a keyring keeps secrets, as far as the app knows: a backend that drops them is found out at the
        first save (it is read back)."""
        return self.ctx.secrets.persistent

    def keyring_texts(self) -> tuple[str, str]:
        """What the page says of its secret with a keyring, and without one."""
        return "", ""

    def show_keyring_state(self) -> None:
        kept, not_kept = self.keyring_texts()
        self.keyring_note.setText(kept if self.keyring_works() else not_kept)

    def look_for_saved_secret(self, saved: Callable[[], bool], field: SecretField) -> None:
        """Says in `field` when its secret is saved already (read in the background: the keyring may be slow)."""

        def found(is_saved: bool) -> None:
            self.secret_saved = is_saved
            self.show_keyring_state()  # a keyring that failed to answer is none
            if is_saved:  # the fields' problems stand, and so does a save's error shown meanwhile
                field.edit.setPlaceholderText(
                    self.tr("Saved in the system keyring: leave empty to keep it")
                    if self.keyring_works()
                    else self.tr("Kept until the app closes: leave empty to keep it")
                )
                self.secret_found()

        self.runner.submit(
            "saved secret",
            lambda progress, cancel: saved(),
            on_success=found,
            on_error=lambda error: self.show_keyring_state(),  # says more when saving
            owner=self,
        )

    def secret_found(self) -> None:
        self.completeChanged.emit()

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
        self.show_keyring_state()  # a keyring that did not keep the secret is none from now on
        self.problem.setText(error_text(error))
        self.problem.show()
