"""Command line: the GUI (default) and scripting commands. Errors end with one line on stderr, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tiktok_desktop import cli_studio
from tiktok_desktop.app.chart_names import CHARTS
from tiktok_desktop.cli_language import (
    CommandLine,
    argparse_language,
    error_text,
    fill,
    progress_printer,
    translate,
    use_language,
)
from tiktok_desktop.cli_parser import PROG, SUFFIXES, no_arguments, parser, usage_error
from tiktok_desktop.core.errors import AppError, Cancelled, KeyringCannotSave, SettingsError
from tiktok_desktop.core.log_file import RotatingLogFile
from tiktok_desktop.core.plain_text import LINE_LIMIT, plain_text
from tiktok_desktop.core.redaction import RedactingFormatter

if TYPE_CHECKING:  # each command imports what it needs when it runs: the GUI starts without them
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.core.models import Account
    from tiktok_desktop.core.store import Store

EXIT_ERROR = 1
EXIT_CANCELLED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a tool ended by SIGPIPE (`status | head`)

log = logging.getLogger(__name__)


def _setup_logging(log_file: Path) -> None:
    """The log file, or nowhere when it cannot be opened. A log that cannot be written (a full or read-only
    cache disk) drops the record silently: logging never prints "--- Logging error ---" or a traceback."""
    logging.raiseExceptions = False
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLogFile(log_file, max_bytes=1_000_000, backups=2)
    except (OSError, ValueError):  # ValueError: a path no file system takes (a NUL byte)
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in root.handlers[:]:  # what basicConfig(force=True) does, minus its failure on a full disk
        root.removeHandler(old)
        with contextlib.suppress(OSError, ValueError):
            old.close()
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry full URLs


def _warn(problem: AppError | None) -> None:
    """One line on stderr for a problem that did not stop the command (it still exits 0)."""
    if problem is not None:
        log.warning("warning shown: %s", type(problem).__name__)
        line = translate("CommandLine", "%1: warning: %2").replace("%1", PROG).replace("%2", error_text(problem))
        sys.stderr.write(plain_text(line, limit=LINE_LIMIT) + "\n")


def _cmd_sync(ctx: AppContext, args: argparse.Namespace) -> int:
    import time

    from tiktok_desktop.app.sync import refuse_without_keyring, sync_source
    from tiktok_desktop.app.sync_lock import SYNC_LOCK_WAIT
    from tiktok_desktop.core.errors import SyncSkipped
    from tiktok_desktop.core.progress import no_progress

    started = time.monotonic()
    ctx.unattended = args.quiet  # before the keyring is first read
    name = ctx.resolve_source(args.source)
    if args.quiet:
        refuse_without_keyring(ctx, args.source, name)
    wait = 0.0 if args.if_idle else SYNC_LOCK_WAIT if args.wait is None else args.wait
    progress = no_progress if args.quiet else progress_printer()
    try:
        result = sync_source(ctx, name, username=args.username, wait=wait, progress=progress)
    except SyncSkipped as e:
        if not args.quiet:
            print(error_text(e))
        return 0
    if sys.stderr.isatty() and not args.quiet:
        sys.stderr.write("\n")
    seconds = time.monotonic() - started
    log.info("sync done: %d videos of %s from %s in %.1f s", result.videos, result.account, name, seconds)
    ctx.settings.set("active_account", result.account)
    if name == "tikapi" and args.username and not ctx.settings.get("tikapi_username"):
        ctx.settings.set("tikapi_username", args.username.strip().lstrip("@"))  # the next sync needs no flag
    not_saved: SettingsError | None = None
    try:
        ctx.settings.save()
    except SettingsError as e:  # the synced data is stored: only the account shown is not remembered
        not_saved = e
    if not args.quiet:
        print(fill(CommandLine.tr("Synced %n videos of %1.", "", result.videos), result.account))
    _warn(not_saved)
    return 0


def _active_account(ctx: AppContext, store: Store) -> Account:
    from tiktok_desktop.app.dashboard import pick_account
    from tiktok_desktop.core.errors import NoData

    account = pick_account(store, ctx.settings.get("active_account"), ctx.resolve_source())
    if account is None:
        raise NoData()
    return account


def _cmd_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.dashboard import load_dashboard

    if args.what == "chart" and args.name is None:
        usage_error(
            translate("CommandLine", "export chart needs a chart name: one of %1").replace("%1", ", ".join(CHARTS))
        )
    if args.what != "chart" and args.name is not None:
        usage_error(
            translate("CommandLine", "a chart name goes with 'export chart', not with 'export %1'").replace(
                "%1", args.what
            )
        )
    if args.out.suffix.lower() not in SUFFIXES[args.what]:
        usage_error(
            translate("CommandLine", "--out: the file name must end in %1").replace(
                "%1", translate("CommandLine", " or ").join(SUFFIXES[args.what])
            )
        )
    with ctx.open_store() as store:
        account = _active_account(ctx, store)
        dashboard = load_dashboard(store, account.key)
    if dashboard is None:
        from tiktok_desktop.core.errors import NoData

        raise NoData()
    if args.what == "csv":
        from tiktok_desktop.app.export import export_csv

        rows = export_csv(dashboard.videos, args.out, dashboard)
        print(fill(CommandLine.tr("Wrote %n videos to %1.", "", rows), str(args.out)))
    elif args.what == "xlsx":
        from tiktok_desktop.app.export import export_xlsx

        rows = export_xlsx(dashboard.videos, dashboard.snapshots, args.out, dashboard)
        days = len(dashboard.studio.table(dashboard.snapshots, dashboard.tz))
        counts = (
            CommandLine.tr("%n videos", "", rows),
            CommandLine.tr("%n account snapshots", "", len(dashboard.snapshots)),
            CommandLine.tr("%n days", "", days),
        )
        print(fill(translate("CommandLine", "Wrote %1, %2 and %3 to %4."), *counts, str(args.out)))
    else:
        _export_drawing(ctx, args, dashboard)
    return 0


def _export_drawing(ctx: AppContext, args: argparse.Namespace, dashboard: Dashboard) -> None:
    from tiktok_desktop.app.chart_data import chart_data
    from tiktok_desktop.ui.charts.files import parse_size, write_chart_file
    from tiktok_desktop.ui.qapp import headless_render

    try:
        size = parse_size(args.size)
    except ValueError:
        usage_error(
            translate(
                "CommandLine", "--size must look like 1600x900 (100 to 10000 pixels a side) or name a preset, not %1"
            ).replace("%1", repr(args.size))
        )
    headless_render(ctx.settings.get("language"))
    data = chart_data(dashboard, args.range)
    if args.what == "chart":
        from tiktok_desktop.ui.charts.share import caption

        profile = dashboard.account.profile
        write_chart_file(
            args.name,
            data,
            args.out,
            lambda title: caption(title, profile.username, data, demo=profile.source == "demo"),
            size,
        )
        print(
            translate("CommandLine", "Wrote the %1 chart to %2.").replace("%1", args.name).replace("%2", str(args.out))
        )
        return
    from tiktok_desktop.app.export import write_bytes
    from tiktok_desktop.app.report import report_data
    from tiktok_desktop.ui.charts.report_pdf import report_pdf

    write_bytes(args.out, report_pdf(report_data(dashboard), data))
    print(translate("CommandLine", "Wrote the report to %1.").replace("%1", str(args.out)))


def _cmd_status(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.status import status

    info = status(ctx)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(
        translate("CommandLine", "Source: %1 (setting: %2)")
        .replace("%1", info["source"])
        .replace("%2", info["source_setting"])
    )
    print(translate("CommandLine", "Database: %1").replace("%1", info["database"]))
    if not info["accounts"]:
        print(translate("CommandLine", "No accounts yet: run 'tiktok-desktop sync'."))
    for a in info["accounts"]:
        followers = (
            translate("CommandLine", "followers unknown")
            if a["followers"] is None
            else CommandLine.tr("%n followers", "", a["followers"])
        )
        line = translate("CommandLine", "%1: @%2 (%3), %4, %5, last sync %6")
        last_sync = a["last_sync"] or translate("CommandLine", "never")
        stored = CommandLine.tr("%n videos stored", "", a["videos"])
        print(fill(line, a["key"], a["username"], a["display_name"], followers, stored, last_sync))
    return 0


def _cmd_login(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.signin import sign_in

    ctx.oauth_config()  # fail before opening anything when the credentials are missing
    if ctx.secrets.warning is not None:
        raise KeyringCannotSave()  # a sign-in this process forgets at exit would be useless

    def show(url: str) -> None:
        print(translate("CommandLine", "Open this page to sign in with TikTok:") + f"\n{url}", flush=True)

    profile = sign_in(ctx, show_url=show, open_browser=not args.no_browser, timeout=args.timeout)
    not_saved: SettingsError | None = None
    try:
        ctx.settings.save()
    except SettingsError as e:  # the tokens are in the keyring: only the account shown is not remembered
        not_saved = e
    name = profile.username or profile.display_name or profile.external_id
    print(translate("CommandLine", "Signed in as @%1").replace("%1", name))
    _warn(not_saved)
    return 0


def _cmd_logout(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.signin import sign_out

    print(translate("CommandLine", "Signed out.") if sign_out(ctx) else translate("CommandLine", "Not signed in."))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    if opens_window(sys.argv[1:] if argv is None else argv):
        # the window's start imports much and frees little: a collection then finds nothing (~10 ms of them);
        # the window's own collector (ui/gui_thread_gc.py) collects from its first second on
        gc.disable()
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader that has gone (`status | head`) shows here, not at exit as a traceback
        return code
    except BrokenPipeError:
        return _reader_gone()


def opens_window(argv: Sequence[str]) -> bool:
    return not argv or argv[0] == "gui"


def _reader_gone() -> int:
    """The reader of stdout has gone: stop quietly, as Unix tools do (Python's own advice: point stdout at
    devnull so that the interpreter's last flush does not fail once more)."""
    import os

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.config import Paths

    command: str | None = None
    try:
        _setup_logging(Paths.default().log_file)  # first: what reading the settings logs goes to the file
        ctx = AppContext.default()
        use_language(ctx.settings.get("language"))  # before the parser: its help and errors are translated
        words = sys.argv[1:] if argv is None else argv
        if words:
            with argparse_language():
                args = parser().parse_args(words)
        else:
            args = no_arguments()
        command = args.command
        _warn(ctx.settings.problem)
        if args.self_test:
            from tiktok_desktop.ui.selftest import self_test

            failures = self_test(ctx)
            print(
                CommandLine.tr("self-test failed: %n checks", "", failures)
                if failures
                else translate("CommandLine", "self-test passed")
            )
            return 1 if failures else 0
        if args.command in (None, "gui"):
            from tiktok_desktop.ui.application import run_gui

            return run_gui(ctx)
        ctx.upgrade_progress = progress_printer()  # the first open of an older database converts it
        handlers = {
            "sync": _cmd_sync,
            "export": _cmd_export,
            "status": _cmd_status,
            "import": cli_studio.cmd_import,
            "login": _cmd_login,
            "logout": _cmd_logout,
        }
        return handlers[args.command](ctx, args)
    except (Cancelled, KeyboardInterrupt):
        sys.stderr.write(f"\n{PROG}: " + translate("CommandLine", "cancelled") + "\n")
        return EXIT_CANCELLED
    except BrokenPipeError:
        raise  # main() ends quietly
    except AppError as e:
        log.warning("%s failed: %s", command, type(e).__name__)
        # only our own "clear the progress line" escape reaches a terminal; the line itself is plain text
        line = plain_text(f"{PROG}: {error_text(e)}", limit=LINE_LIMIT)
        sys.stderr.write(("\r\033[K" if sys.stderr.isatty() else "") + line + "\n")
        return EXIT_ERROR
    except Exception as e:  # the last line of defence: the user gets one line, the log gets the details
        log.exception("unexpected error")
        line = translate("CommandLine", "internal error (%1); details are in the log file.")
        sys.stderr.write(f"{PROG}: " + line.replace("%1", type(e).__name__) + "\n")
        return EXIT_ERROR
