"""Languages: the translator for the chosen language, and translation of core errors and settings help."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tiktok_desktop.core.errors import CONTEXT as ERRORS_CONTEXT
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.plain_text import LINE_LIMIT, plain_text
from tiktok_desktop.ui.resources import resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = "en"


def resolve(setting: str) -> str:
    """'system' becomes 'zh_CN' for any Chinese system locale, else 'en'."""
    if setting != "system":
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def current_language() -> str:
    return _language


def install(setting: str) -> str:
    """Replaces the installed translators; returns the language now in use."""
    global _language
    app = QCoreApplication.instance()
    assert app is not None, "translators need the application object"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    language = resolve(setting)
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"tiktok_desktop_{language}.qm"))):
            _installed.append(ours)
        else:
            log.warning("no translation for %s", language)
            language = "en"
        qt = QTranslator(app)  # Qt's own strings (standard buttons, context menus)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for t in _installed:
        app.installTranslator(t)
    _language = language
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return language


def error_text(error: BaseException) -> str:
    """The translated one-line message for an error a user can meet, as plain text: the params as
    AppError.display_params shows them (no escapes, controls or line breaks from a server), the line too."""
    if isinstance(error, AppError):
        text = QCoreApplication.translate(ERRORS_CONTEXT, error.template).format(**error.display_params())
    else:
        text = QCoreApplication.translate("Errors", "Unexpected error ({name}). Details are in the log file.").format(
            name=type(error).__name__
        )
    return plain_text(text, limit=LINE_LIMIT)
