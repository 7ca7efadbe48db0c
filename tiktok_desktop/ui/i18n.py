"""Languages: the translator for the chosen language, and translation of core errors and settings help."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tiktok_desktop.core.errors import CONTEXT as ERRORS_CONTEXT
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.plain_text import LINE_LIMIT, plain_text
from tiktok_desktop.ui.resources import resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = "en"
# Han characters are shared by Chinese and Japanese, and fontconfig's first choice for them is often the Japanese
# form (Noto Sans CJK JP): in either language (an English UI shows Chinese titles, hashtags and names too), the
# application font names a Simplified Chinese family after its own, so Han characters come from it while Latin
# text and digits (and so every layout measured from them) stay as they were. The Chinese PDF report puts it
# first (report_pdf): a row mixing Chinese and digits then has one baseline.
SIMPLIFIED_CHINESE_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")
_base_families: list[str] | None = None


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
    ours = _ours(language, app)
    if ours is None and language != "en":
        log.warning("no translation for %s", language)
        language = "en"
        ours = _ours(language, app)
    if ours is not None:
        _installed.append(ours)
    if language != "en":
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
    _follow_fonts()
    return language


def _ours(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Our translation of `language`, or None when it cannot be loaded. English has one too: the sources are
    English, but a %n message such as "Synced %n video(s)." takes its singular and plural forms from
    tiktok_desktop_en.qm (the numerus forms only: `make lupdate` keeps it to them)."""
    translator = QTranslator(parent)
    if translator.load(str(resource("translations", f"tiktok_desktop_{language}.qm"))):
        return translator
    if language == "en":
        log.warning("no English plural forms (tiktok_desktop_en.qm)")
    return None


class Context:
    """`Charts.tr(text, "", n)` for a context without a QObject of its own, where QCoreApplication.translate
    would do: pyside6-lupdate reads only `Name.tr(text, disambiguation, n)` (and self.tr) as a message with
    plural forms (numerus), never QCoreApplication.translate's `n`. Subclass it with the context's name."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def _follow_fonts() -> None:
    """The application font's families, SIMPLIFIED_CHINESE_FONTS after them in every language (a system's fallback
    for Han characters is often Japanese)."""
    from PySide6.QtGui import QFontInfo, QGuiApplication  # here: the command line loads this module without QtGui

    global _base_families
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    font = QGuiApplication.font()
    if _base_families is None:
        # the family the font resolves to first: an alias such as "Sans Serif" is no family of the font database,
        # and in a list Qt would skip it for the next (Chinese) family, Latin text included
        resolved = QFontInfo(font).family()
        named = [f for f in font.families() or [font.family()] if f not in SIMPLIFIED_CHINESE_FONTS]
        _base_families = [resolved, *(f for f in named if f != resolved)]
    families = [*_base_families, *SIMPLIFIED_CHINESE_FONTS]
    if font.families() != families:
        font.setFamilies(families)
        QGuiApplication.setFont(font)


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


def standalone_translator(
    setting: str,
) -> tuple[Callable[[str, str, str | None, int], str] | None, Callable[[int], str]]:
    """For the command line, which has no QCoreApplication: (a lookup in our translation of the language, English's
    plural forms included, or None when none loads; numbers as its QLocale writes them). %n is left for the caller
    to replace."""
    language = resolve(setting)
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    lookup = None
    translator = _ours(language)
    if translator is None and language != "en":
        log.warning("no translation for %s", language)
        language, translator = "en", _ours("en")
    if translator is not None:
        found = translator

        def lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
            return found.translate(context, text, disambiguation, n) or text

        if language == "zh_CN":
            locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    return lookup, locale.toString
