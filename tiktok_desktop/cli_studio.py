"""The command line's `import studio`: its arguments and what it prints (the import itself is app.studio_import).
Apart from cli.py to keep that module small; it follows cli.py's habits: English lines, errors raised as the
app's typed errors (cli.main prints them as one line), usage errors through argparse (exit 2)."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from tiktok_desktop.app.context import AppContext

P = TypeVar("P", bound=argparse.ArgumentParser)


def exported_day(text: str) -> int:
    """--exported YYYY-MM-DD: noon of that day, local time (the day counts, not the hour)."""
    try:
        return int(datetime.combine(date.fromisoformat(text), time(12)).timestamp())
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a date like 2026-08-09, not {text!r}") from None


def add_parser(sub: argparse._SubParsersAction[P]) -> None:
    """Adds `import` to the commands (`sub`: cli.py's subparsers, whose parser class exits 2 on usage errors)."""
    imports = sub.add_parser("import", help="import history from files")
    imports.add_argument("what", choices=("studio",), help="studio: TikTok Studio's Download data (zips or CSVs)")
    imports.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER", help="the zips, CSVs or folders")
    imports.add_argument(
        "--account", metavar="KEY", help="the account to import into (see status); default: the files' @handle"
    )
    imports.add_argument(
        "--exported",
        type=exported_day,
        metavar="YYYY-MM-DD",
        help="the day CSVs taken out of the zips were downloaded (default: their modification time)",
    )


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.studio_import import import_studio

    summary = import_studio(ctx, args.files, args.account, args.exported)
    who = f"{summary.account} (@{summary.username})"
    if summary.empty:
        print(f"Nothing to import for {who}: the files hold no days, follower activity or audience.")
        return 0
    parts = [f"{summary.days} days" + (f" ({summary.first_day} to {summary.last_day})" if summary.days else "")]
    if summary.active_hours:
        parts.append(f"{summary.active_hours} hours of follower activity")
    if summary.audience_exported_at is not None:
        parts.append(f"the audience of {datetime.fromtimestamp(summary.audience_exported_at).date()}")
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    print(f"Imported {listed} into {who}.")
    if summary.missing:
        print(f"Not among these files: {', '.join(summary.missing)} (import them too for the full history).")
    return 0
