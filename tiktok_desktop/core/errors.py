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


class SourceUnavailable(AppError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The data source \u201c{source}\u201d is not available in this version yet. Use the demo data."
    )


class UnknownSource(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Unknown data source \u201c{source}\u201d. Choose one of: {choices}.")


class NoData(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "No data yet. Run a sync first (tiktok-desktop sync).")


class ExportFailed(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {detail}")


class SettingsError(AppError):
    template = QT_TRANSLATE_NOOP("Errors", "Invalid setting {key}: {detail}")
