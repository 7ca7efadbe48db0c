"""Typed errors a user can meet. Each carries an English template (translated by the UI) and parameters.

The template is formatted with str.format(**params). Parameters must never hold secrets: they end up
on screen and on stderr.
"""

from __future__ import annotations

from typing import ClassVar

from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP
from tiktok_desktop.core.plain_text import plain_text

CONTEXT = "Errors"


class AppError(Exception):
    """Base of every error that is shown to the user as one translated line."""

    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.display_params())

    def display_params(self) -> dict[str, object]:
        """The params as every message shows them: text (often a server's) as one plain line, without escape
        sequences or control characters, capped (core.plain_text). `params` keeps the raw values."""
        return {k: plain_text(v) if isinstance(v, str) else v for k, v in self.params.items()}


class Cancelled(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Cancelled.")


class LockBusy(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Another copy of this app kept {path} locked for more than {seconds} seconds. Try again in a moment."
    )


class SyncSkipped(AppError):
    """Not a failure: a sync asked to run only when idle found another one running (`sync --if-idle`)."""

    template = QT_TRANSLATE_NOOP("Errors", "Another sync is running, so this one was skipped.")


class SyncWaitTooLong(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Another sync was still running after {seconds} seconds, so this one gave up. It will run next time.",
    )


class StoreError(AppError):
    """Problems with the local database file."""


class StoreCorrupt(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is damaged or is not a database. Move it aside to start with an empty one; "
        "the old file is kept.",
    )


class StoreTooNew(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} was written by a newer version of this app (schema {found}, this version "
        "reads up to {supported}). Update the app, or move the file aside to start with an empty one.",
    )


class UpgradeDiskFull(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Not enough free disk space to upgrade the history database {path}: the upgrade needs up to {needed} MB "
        "while it runs. Your history is unchanged. Free some space and open the app again.",
    )


class UpgradeBusy(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The history database {path} needs a one-time upgrade, but another program has it open. Close other "
        "copies of this app (and any scheduled sync still running), then try again.",
    )


class DataDirUnwritable(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot write to the data folder {path}: {detail}. Check its permissions or free space."
    )


class DiskFull(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full: the last changes were not saved. Data saved before is intact. Free some space "
        "and try again.",
    )


class UnknownSource(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Unknown data source \u201c{source}\u201d. Choose one of: {choices}.")


class NoData(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "No data yet. Run a sync first (tiktok-desktop sync).")


class ExportFailed(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {detail}")


class SettingsError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Invalid setting {key}: {detail}")


class SettingsFileDamaged(SettingsError):
    """Not raised: Settings.problem holds it, for the CLI to print as a warning and the GUI to show."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The settings file {path} could not be read ({detail}), so the app started with default settings. "
        "The old file was kept as {kept}.",
    )


class SettingsNotSaved(SettingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Could not save the settings to {path}: {detail}. Check the folder's permissions and free space."
    )


class SettingsOverrideInvalid(SettingsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The environment variable {variable} is not valid: {detail}. Correct it or unset it."
    )


class StoreForeign(StoreCorrupt):
    """A StoreCorrupt, so that the window offers to move the file aside."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} belongs to another program, not to this app, so it was left untouched. Move it aside "
        "to start with an empty database; the file is kept.",
    )


# -- network and APIs -------------------------------------------------------------------------------------


class NetworkError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Cannot reach {host}. Check your internet connection and try again.")


class ServerTooSlow(NetworkError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{host} is answering too slowly, or stopped answering midway. Try again later."
    )


class ResponseTooLarge(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{host} sent an answer larger than {limit}, far more than expected; it was not read. Try again later."
    )


class ServerError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} had a problem on its side (HTTP {status}). Try again later.")


class MalformedResponse(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} sent an answer this app cannot read ({detail}).")


class RateLimited(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} says too many requests were made. Wait a minute and try again.")


class ApiError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} refused the request: {code} ({message}).")


class PaginationLoop(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{service} kept sending more pages of videos ({detail}). The videos received so far are kept, but the "
        "list is incomplete. Try again later.",
    )


# -- TikTok sign-in -----------------------------------------------------------------------------------------


class MissingCredentials(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The TikTok client key and client secret are not set. Enter them in the set-up wizard, or set "
        "TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET.",
    )


class BadCredentials(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "TikTok rejected the client key or client secret ({error}). Check them in the settings."
    )


class SignInRefused(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "The sign-in was refused in TikTok ({error}). Nothing was changed.")


class SignInTimedOut(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The sign-in did not come back within {seconds} seconds. If TikTok showed an error page, register "
        "this redirect URI for your app: {redirect_uri}",
    )


class SignInFailed(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "The sign-in failed: {error} ({description}).")


class SignedOut(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Your TikTok sign-in has expired or access was revoked. Sign in with TikTok again."
    )


class NotSignedIn(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "You are not signed in with TikTok. Sign in first (tiktok-desktop login).")


class ScopeMissing(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "TikTok did not grant the permission \u201c{scope}\u201d. Sign in again and allow it."
    )


class ListenerUnavailable(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot listen for the sign-in on 127.0.0.1 port {port}: {detail}. Choose another port."
    )


class KeyringUnavailable(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No system keyring is available, so the sign-in is kept only until the app closes and is never "
        "written to disk. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet.",
    )


class KeyringCannotSave(KeyringUnavailable):
    """A secret that must outlive this run (a key the wizard saves, a sign-in of the command line) and no keyring
    to keep it: nothing is kept, not even for this run, so the message must not say it is."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No system keyring keeps secrets on this computer, so this cannot be saved: it would be lost when the app "
        "closes. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet.",
    )


# -- TikAPI ------------------------------------------------------------------------------------------------


class TikApiMissingKey(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "No TikAPI key is set. Enter it in the set-up wizard, or set TIKAPI_KEY.")


class TikApiMissingUsername(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "No TikTok username to follow through TikAPI. Enter one in the settings, or pass --username."
    )


class TikApiBadKey(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "TikAPI refused the API key ({message}). Check your TikAPI key in the settings."
    )


class TikApiUnknownUser(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "TikAPI knows no TikTok user named \u201c{username}\u201d. Check the spelling."
    )


class TikApiBadRequest(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "TikAPI did not accept the request ({fields}).")


class TikApiSessionExpired(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The TikAPI account session has expired. Authorize the account again on TikAPI."
    )


class KeyringLockedUnattended(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The keyring is locked or unavailable, so the scheduled sync cannot read your sign-in and did nothing. "
        "Open the app once, or unlock the keyring, and the next scheduled sync will run.",
    )


class ScheduleInstallFailed(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The scheduled sync could not be set up ({detail}). The app still collects while it is open."
    )


class ScheduleRemoveFailed(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The scheduled sync could not be removed ({detail}). The README says how to remove it by hand."
    )
