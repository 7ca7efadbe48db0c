"""The command line's commands, options and help, in the user's language (cli_language)."""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path
from typing import Any, NoReturn

from tiktok_desktop import __version__, cli_studio
from tiktok_desktop.app.chart_names import CHARTS, RANGES
from tiktok_desktop.cli_language import argparse_language, translate

PROG = "tiktok-desktop"
EXIT_USAGE = 2


def columns(text: str) -> int:
    """The terminal columns `text` takes: two for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, broken at spaces or between two wide characters (Chinese has
    no spaces; textwrap counts a wide character as one column and cuts words like 'portrait' in two)."""
    lines: list[str] = []
    line = ""
    # a word (with an opening bracket before it), a space, or one wide character
    for token in re.findall(r"\s+|[（《“]?[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|.", text):
        if token.isspace():
            line += " " if line else ""
            continue
        if line and columns(line.rstrip() if token[0] in "，。、）：；" else line) + columns(token) > width:
            if token[0] not in "，。、）：；":  # (punctuation stays at the end of its line)
                lines.append(line.rstrip())
                line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


class _HelpFormatter(argparse.HelpFormatter):
    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(" ".join(text.split()), width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        line = translate("CommandLine", "%1: error: %2 (see --help)").replace("%1", self.prog).replace("%2", message)
        self.exit(EXIT_USAGE, line + "\n")


# the file name each export writes, by its extension
SUFFIXES = {"csv": (".csv",), "xlsx": (".xlsx",), "chart": (".png", ".svg"), "report": (".pdf",)}


def no_arguments() -> argparse.Namespace:
    """What parser() makes of no arguments (the window, as a double click starts it), without building it: its
    help texts cost ~5 ms of gettext lookups before the window appears."""
    return argparse.Namespace(self_test=False, command=None)


def parser() -> argparse.ArgumentParser:
    """The commands and their help, in the user's language (use_language first; build and parse it inside
    cli_language.argparse_language, so that argparse's own words are translated too)."""
    p = _Parser(prog=PROG, description=translate("CommandLine", "Analytics for TikTok creators."), add_help=False)
    p.add_argument("-h", "--help", action="help", help=translate("CommandLine", "show this help and exit"))
    p.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=translate("CommandLine", "print the version and exit"),
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "CommandLine", "build the main window on demo data, check keyring, HTTP client and resources, then exit"
        ),
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar=translate("CommandLine", "COMMAND"))
    sub.add_parser("gui", help=translate("CommandLine", "start the app (the default)"))
    login = sub.add_parser("login", help=translate("CommandLine", "sign in with TikTok (official API)"))
    login.add_argument("--no-browser", action="store_true", help=translate("CommandLine", "only print the sign-in URL"))
    login.add_argument(
        "--timeout", type=float, default=300.0, metavar="S", help=translate("CommandLine", "give up after S seconds")
    )
    sub.add_parser("logout", help=translate("CommandLine", "revoke and delete the stored tokens"))
    sync = sub.add_parser(
        "sync", help=translate("CommandLine", "fetch the profile and every video into the local history")
    )
    sync.add_argument(
        "--source", choices=("official", "tikapi", "demo"), help=translate("CommandLine", "default: from the settings")
    )
    sync.add_argument("--username", help=translate("CommandLine", "the TikTok username (TikAPI source)"))
    when = sync.add_mutually_exclusive_group()
    when.add_argument(
        "--wait",
        type=_seconds,
        default=None,
        metavar="S",
        help=translate(
            "CommandLine",
            "when another sync is running (the app's, a scheduled one), wait for it at most S seconds "
            "(default 900), then fail",
        ),
    )
    when.add_argument(
        "--if-idle",
        action="store_true",
        help=translate(
            "CommandLine", "when another sync is running, skip this one (exit 0, saying so) instead of waiting"
        ),
    )
    sync.add_argument(
        "--quiet",
        action="store_true",
        help=translate("CommandLine", "print nothing unless it fails (scheduled syncs); the log file records each run"),
    )
    export = sub.add_parser("export", help=translate("CommandLine", "export the video table or a chart"))
    export.add_argument(
        "what",
        choices=tuple(SUFFIXES),
        help=translate("CommandLine", "the video table (csv, xlsx), one chart (.png or .svg) or the PDF report"),
    )
    export.add_argument("name", nargs="?", choices=CHARTS, help=translate("CommandLine", "the chart, with 'chart'"))
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine", "the file to write; its extension: .csv, .xlsx, .png or .svg (chart), .pdf (report)"
        ),
    )
    export.add_argument(
        "--size",
        metavar="WxH",
        help=translate(
            "CommandLine",
            "chart size in pixels, or a preset: default (1200x700), landscape (1920x1080), portrait (1080x1920), "
            "square (1080x1080)",
        ),
    )
    export.add_argument(
        "--range",
        choices=tuple(RANGES),
        default="all",
        help=translate("CommandLine", "days of data in charts and the report (default: all)"),
    )
    cli_studio.add_parser(sub)
    status = sub.add_parser("status", help=translate("CommandLine", "account, source, last sync and counts"))
    status.add_argument("--json", action="store_true", help=translate("CommandLine", "machine-readable output"))
    return p


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "expected a number of seconds, not %1").replace("%1", repr(text))
        ) from None
    if not 0 <= value <= 86400:
        raise argparse.ArgumentTypeError(translate("CommandLine", "expected 0 to 86400 seconds"))
    return value


def usage_error(message: str) -> NoReturn:
    with argparse_language():
        parser().error(message)
