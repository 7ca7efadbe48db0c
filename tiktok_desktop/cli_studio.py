"""The command line's `import studio`: its arguments and what it prints (the import itself is app.studio_import).
Apart from cli.py to keep that module small; it follows cli.py's habits: lines in the user's language
(cli_language: the "CommandLine" context, numbers through number(), ISO dates), errors raised as the app's typed
errors (cli.main prints them as one line), usage errors through argparse (exit 2)."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from tiktok_desktop.cli_language import CommandLine, fill, translate

if TYPE_CHECKING:
    from tiktok_desktop.app.context import AppContext

P = TypeVar("P", bound=argparse.ArgumentParser)


def exported_day(text: str) -> int:
    """--exported YYYY-MM-DD: noon of that day, local time (the day counts, not the hour)."""
    try:
        return int(datetime.combine(date.fromisoformat(text), time(12)).timestamp())
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("CommandLine", "must be a date like 2026-08-09, not %1"), repr(text))
        ) from None


def add_parser(sub: argparse._SubParsersAction[P]) -> None:
    """Adds `import` to the commands (`sub`: cli.py's subparsers, whose parser class exits 2 on usage errors)."""
    imports = sub.add_parser("import", help=translate("CommandLine", "import history from files"))
    imports.add_argument(
        "what",
        choices=("studio",),
        help=translate("CommandLine", "studio: TikTok Studio's Download data (zips or CSVs)"),
    )
    imports.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help=translate("CommandLine", "the zips, CSVs or folders"),
    )
    imports.add_argument(
        "--account",
        metavar="KEY",
        help=translate("CommandLine", "the account to import into (see status); default: the files' @handle"),
    )
    imports.add_argument(
        "--exported",
        type=exported_day,
        metavar="YYYY-MM-DD",
        help=translate(
            "CommandLine",
            "the day CSVs taken out of the zips were downloaded (default: Content.csv's Time, else their "
            "modification time)",
        ),
    )


def _listed(parts: list[str]) -> str:
    """ "a, b and c" in the user's language."""
    if len(parts) == 1:
        return parts[0]
    return fill(translate("CommandLine", "%1 and %2"), translate("CommandLine", ", ").join(parts[:-1]), parts[-1])


def _assumed_line(day: date, source: str) -> str:
    if source == "option":
        return fill(translate("CommandLine", "Loose CSVs: export day %1, as given with --exported."), day.isoformat())
    where = (
        translate("CommandLine", "Content.csv's Time column")
        if source == "content"
        else translate("CommandLine", "the files' modification time")
    )
    return fill(
        translate(
            "CommandLine",
            "Loose CSVs: their names do not say when they were downloaded; taken as %1 (from %2). If that is "
            "wrong, import them again with --exported YYYY-MM-DD.",
        ),
        day.isoformat(),
        where,
    )


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.studio_import import import_studio

    summary = import_studio(ctx, args.files, args.account, args.exported)
    who = f"{summary.account} (@{summary.username})"
    if summary.empty:
        print(
            fill(
                translate(
                    "CommandLine", "Nothing to import for %1: the files hold no days, follower activity or audience."
                ),
                who,
            )
        )
        return 0
    parts = []
    if summary.days and summary.first_day and summary.last_day:
        days = CommandLine.tr("%n days (%1 to %2)", "", summary.days)
        parts.append(fill(days, summary.first_day.isoformat(), summary.last_day.isoformat()))
    if summary.active_hours:
        parts.append(CommandLine.tr("%n hours of follower activity", "", summary.active_hours))
    if summary.audience_exported_at is not None:
        audience_day = datetime.fromtimestamp(summary.audience_exported_at).date().isoformat()
        parts.append(fill(translate("CommandLine", "the audience of %1"), audience_day))
    if summary.changed:
        print(fill(translate("CommandLine", "Imported %1 into %2."), _listed(parts), who))
    else:
        line = translate("CommandLine", "Already imported: %1 of %2; nothing new in these files.")
        print(fill(line, _listed(parts), who))
    for day, source in summary.assumed:
        print(_assumed_line(day, source))
    if summary.missing:
        line = translate("CommandLine", "Not among these files: %1 (import them too for the full history).")
        print(fill(line, translate("CommandLine", ", ").join(summary.missing)))
    return 0
