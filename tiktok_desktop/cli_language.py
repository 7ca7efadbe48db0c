"""The command line in the user's language: the language setting, or the system's when it is "system", as in the
window. Its strings are in the one .ts file the window's are in (context "CommandLine"; argparse's own under
"argparse"), marked with translate() calls that lupdate reads.

How: the compiled .qm is read by Qt's QTranslator (ui.i18n.standalone_translator), imported only for Chinese:
importing QtCore costs about 90 ms (0.1 s more for `status`, measured), so English, set or found in the system's
locale (read from the environment on Linux as Qt reads it), starts as fast as before, and Chinese gets exactly
the lookups the window gets. English needs a translation only for a count's singular or plural ("Synced %n
video." / "Synced %n videos.", from tiktok_desktop_en.qm): it is loaded the first time a message with %n is
translated, so a command that prints no count (`sync --quiet`, `--help`) still starts without Qt. Reading the
.qm or .ts ourselves would duplicate Qt's file format for no gain once QtCore is loaded anyway, for QLocale's
numbers.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tiktok_desktop.core.errors import CONTEXT as ERRORS_CONTEXT
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tiktok_desktop.core.progress import ProgressCallback

Translate = Callable[[str, str, "str | None", int], str]
_translate: Translate | None = None
_number: Callable[[int], str] = "{:,}".format  # QLocale's en_US form, without importing Qt
_english_plurals_pending = True  # English: tiktok_desktop_en.qm not loaded yet (see the module's docstring)


def use_language(setting: str, environ: Mapping[str, str] | None = None) -> None:
    """Translations and number formats of `setting` ("en", "zh_CN" or "system") from now on."""
    global _translate, _number, _english_plurals_pending
    if setting == "system" and sys.platform not in ("win32", "darwin"):
        setting = posix_system_language(os.environ if environ is None else environ)
    if setting == "en":
        _translate, _number, _english_plurals_pending = None, "{:,}".format, True
        return
    from tiktok_desktop.ui import i18n

    _translate, _number = i18n.standalone_translator(setting)
    _english_plurals_pending = False


def posix_system_language(environ: Mapping[str, str]) -> str:
    """What ui.i18n.resolve("system") answers on Linux and other Unix systems (Qt reads the environment there,
    tests/e2e/test_cli_language.py compares the two), without importing Qt: "zh_CN" or "en"."""
    lang = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    if lang in ("", "C", "POSIX"):  # (but not C.UTF-8: there LANGUAGE decides)
        return "en"
    first = environ.get("LANGUAGE", "").split(":")[0]
    return "zh_CN" if (first or lang).lower().startswith("zh") else "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language, in the singular or plural form the translation gives for `n` (lupdate sees
    those forms only in CommandLine.tr calls); %n and %Ln become `n` as number() writes it (QLocale's, grouped)."""
    global _translate, _number, _english_plurals_pending
    if n >= 0 and _english_plurals_pending:
        from tiktok_desktop.ui import i18n

        _translate, _number = i18n.standalone_translator("en")
        _english_plurals_pending = False
    out = text if _translate is None else _translate(context, text, disambiguation, n)
    return out.replace("%Ln", number(n)).replace("%n", number(n)) if n >= 0 else out


class CommandLine:
    """`CommandLine.tr("Synced %n videos of %1.", "", count)`: a command-line message with a count, which must
    be written this way (not `translate("CommandLine", ..., n)`) for lupdate to give it singular and plural forms."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate("CommandLine", text, disambiguation, n)


def fill(text: str, *values: str) -> str:
    """%1, %2... replaced in one pass: a value (a creator's name) that holds "%3" stays as it is."""
    return re.sub(
        r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0), text
    )


def number(n: int) -> str:
    return _number(n)


def error_text(error: AppError) -> str:
    return translate(ERRORS_CONTEXT, error.template).format(**error.display_params())


# argparse's own words, for lupdate (argparse looks them up through its module's `_` and `ngettext`): the
# messages a user meets; the rest (a programmer's errors) stay English
ARGPARSE_STRINGS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


@contextmanager
def argparse_language() -> Iterator[None]:
    """While open, argparse's headings, -h help and error messages are in the user's language. argparse
    translates them with gettext's default domain, which would need .mo files beside our .ts: its module-level
    `_` and `ngettext` are pointed at our translations instead, and put back after."""
    if _translate is None:
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def plural(singular: str, plural_text: str, n: int) -> str:
        return translate("argparse", singular if n == 1 else plural_text)

    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def progress_printer() -> ProgressCallback:
    """Progress on stderr, in the user's language, overwritten in place on a terminal."""
    from tiktok_desktop.core.progress import Progress, Stage

    # only on a terminal, overwritten in place: scripts get stderr lines only for errors
    tty = sys.stderr.isatty()
    stages = {
        Stage.PROFILE: translate("CommandLine", "profile"),
        Stage.HISTORY: translate("CommandLine", "history"),
        Stage.SIGN_IN: translate("CommandLine", "signing in"),
        Stage.COVERS: translate("CommandLine", "covers"),
    }

    def show(p: Progress) -> None:
        if not tty:
            return
        if p.stage is Stage.WAITING:
            text = translate("CommandLine", "waiting for another sync...")
        elif p.stage is Stage.VIDEOS:
            text = translate("CommandLine", "videos: %1").replace(
                "%1", number(p.done) + (f"/{number(p.total)}" if p.total else "")
            )
        elif p.stage is Stage.UPGRADE:
            text = (
                CommandLine.tr("upgrading the history (once): %1/%n videos", "", p.total).replace("%1", number(p.done))
                if p.total
                else translate("CommandLine", "upgrading the history (once)...")
            )
        else:
            text = f"{stages.get(p.stage, p.stage.value)}..."
        sys.stderr.write("\r" + text.ljust(50))
        if p.stage is Stage.UPGRADE and p.total is not None and p.done >= p.total:
            sys.stderr.write("\n")  # the command's own lines follow
        sys.stderr.flush()

    return show
