"""Typed errors a user can meet. Each carries an English template (translated by the UI) and parameters.

The template is formatted with str.format(**params). Parameters must never hold secrets: they end up
on screen and on stderr.
"""

from __future__ import annotations

from typing import ClassVar

from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


class AppError(Exception):
    """Base of every error that is shown to the user as one translated line."""

    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong: {detail}")

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)


class Cancelled(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Cancelled.")


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


# -- network and APIs -------------------------------------------------------------------------------------


class NetworkError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Cannot reach {host}. Check your internet connection and try again.")


class ServerError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} had a problem on its side (HTTP {status}). Try again later.")


class MalformedResponse(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} sent an answer this app cannot read ({detail}).")


class RateLimited(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} says too many requests were made. Wait a minute and try again.")


class ApiError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "{service} refused the request: {code} ({message}).")


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
