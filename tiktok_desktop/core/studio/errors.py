"""Typed errors of TikTok Studio imports (core.studio): each stops the import, and nothing of it is stored.

Their templates are in the "Errors" translation context, like every error of core.errors.
"""

from __future__ import annotations

from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP


class StudioError(AppError):
    """A TikTok Studio download that cannot be imported. Nothing of the import is stored."""


class StudioUnreadable(StudioError):
    template = QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {detail}. Nothing was imported.")


class StudioTooLarge(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{file} is larger than {limit}, far more than a TikTok Studio download; nothing was imported."
    )


class StudioNotRecognised(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is not a file of TikTok Studio\u2019s Download data (its columns: {columns}). Nothing was imported.",
    )


class StudioMissingColumns(StudioError):
    template = QT_TRANSLATE_NOOP("Errors", "{file} lacks columns the app needs ({columns}). Nothing was imported.")


class StudioBadValue(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file}, line {line}: \u201c{text}\u201d in the column {column} is not a number. Nothing was imported.",
    )


class StudioBadDate(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file}, line {line}: the date \u201c{text}\u201d is in a format this app cannot read. Switch TikTok Studio "
        "to English, download the data again and import the new files. Nothing was imported.",
    )


class StudioNothingFound(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No TikTok Studio data in {paths}. Choose the zips that TikTok Studio\u2019s Download data saved, or the CSV "
        "files taken out of them.",
    )


class StudioNoHandle(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "These files do not say which account they belong to (only the zips\u2019 names and Content.csv do). "
        "Import the zips as downloaded, or name the account (tiktok-desktop import studio --account KEY).",
    )


class StudioSeveralHandles(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "These files belong to several accounts ({handles}). Import one account\u2019s files at a time."
    )


class StudioUnknownAccount(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "These files belong to @{handle}, an account this app has not stored. Sync that account first, then "
        "import again. Nothing was imported.",
    )


class StudioWrongAccount(StudioError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "These files belong to @{handle}, not to the chosen account @{username} ({account}). Nothing was imported.",
    )


class StudioNoSuchAccount(StudioError):
    template = QT_TRANSLATE_NOOP("Errors", "No account {account} is stored. tiktok-desktop status lists the accounts.")
