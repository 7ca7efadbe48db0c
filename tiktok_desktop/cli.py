"""Command line: the GUI (default) and scripting commands. Errors end with one line on stderr, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from tiktok_desktop import __version__, cli_studio
from tiktok_desktop.app.chart_names import CHARTS, RANGES
from tiktok_desktop.core.errors import AppError, Cancelled, SettingsError
from tiktok_desktop.core.plain_text import LINE_LIMIT, plain_text
from tiktok_desktop.core.redaction import RedactingFormatter

if TYPE_CHECKING:  # each command imports what it needs when it runs: the GUI starts without them
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.app.dashboard import Dashboard
    from tiktok_desktop.core.models import Account
    from tiktok_desktop.core.progress import ProgressCallback
    from tiktok_desktop.core.store import Store

PROG = "tiktok-desktop"
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Analytics for TikTok creators.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="build the main window on demo data, check keyring, HTTP client and resources, then exit",
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    sub.add_parser("gui", help="start the app (the default)")
    login = sub.add_parser("login", help="sign in with TikTok (official API)")
    login.add_argument("--no-browser", action="store_true", help="only print the sign-in URL")
    login.add_argument("--timeout", type=float, default=300.0, metavar="S", help="give up after S seconds")
    sub.add_parser("logout", help="revoke and delete the stored tokens")
    sync = sub.add_parser("sync", help="fetch the profile and every video into the local history")
    sync.add_argument("--source", choices=("official", "tikapi", "demo"), help="default: from the settings")
    sync.add_argument("--username", help="the TikTok username (TikAPI source)")
    when = sync.add_mutually_exclusive_group()
    when.add_argument(
        "--wait",
        type=_seconds,
        default=None,
        metavar="S",
        help="when another sync is running (the app's, a scheduled one), wait for it at most S seconds "
        "(default 900), then fail",
    )
    when.add_argument(
        "--if-idle",
        action="store_true",
        help="when another sync is running, skip this one (exit 0, saying so) instead of waiting",
    )
    sync.add_argument(
        "--quiet",
        action="store_true",
        help="print nothing unless it fails (scheduled syncs); the log file records each run",
    )
    export = sub.add_parser("export", help="export the video table or a chart")
    export.add_argument(
        "what",
        choices=("csv", "xlsx", "chart", "report"),
        help="the video table (csv, xlsx), one chart (.png or .svg) or the PDF report",
    )
    export.add_argument("name", nargs="?", choices=CHARTS, help="the chart, with 'chart'")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--size", metavar="WxH", help="chart PNG size in pixels (default 1200x700)")
    export.add_argument(
        "--range", choices=tuple(RANGES), default="all", help="days of data in charts and the report (default: all)"
    )
    cli_studio.add_parser(sub)
    status = sub.add_parser("status", help="account, source, last sync and counts")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    return p


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not 0 <= value <= 86400:
        raise argparse.ArgumentTypeError("expected 0 to 86400 seconds")
    return value


def _setup_logging(log_file: Path) -> None:
    """The log file, or nowhere when it cannot be opened. A log that cannot be written (a full or read-only
    cache disk) drops the record silently: logging never prints "--- Logging error ---" or a traceback."""
    logging.raiseExceptions = False
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
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
        sys.stderr.write(plain_text(f"{PROG}: warning: {problem.english()}", limit=LINE_LIMIT) + "\n")


def _progress_printer() -> ProgressCallback:
    from tiktok_desktop.core.progress import Progress, Stage

    # only on a terminal, overwritten in place: scripts get stderr lines only for errors
    tty = sys.stderr.isatty()

    def show(p: Progress) -> None:
        if not tty:
            return
        if p.stage is Stage.WAITING:
            text = "waiting for another sync..."
        elif p.stage is Stage.VIDEOS:
            text = f"videos: {p.done}" + (f"/{p.total}" if p.total else "")
        elif p.stage is Stage.UPGRADE:
            text = "upgrading the history (once)" + (f": {p.done}/{p.total} videos" if p.total else "...")
        else:
            text = f"{p.stage.value}..."
        sys.stderr.write("\r" + text.ljust(50))
        if p.stage is Stage.UPGRADE and p.total is not None and p.done >= p.total:
            sys.stderr.write("\n")  # the command's own lines follow
        sys.stderr.flush()

    return show


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
    progress = no_progress if args.quiet else _progress_printer()
    try:
        result = sync_source(ctx, name, username=args.username, wait=wait, progress=progress)
    except SyncSkipped as e:
        if not args.quiet:
            print(e.english())
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
        print(f"Synced {result.videos} videos of {result.account}.")
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
        _parser().error(f"export chart needs a chart name: one of {', '.join(CHARTS)}")
    if args.what != "chart" and args.name is not None:
        _parser().error(f"a chart name goes with 'export chart', not with 'export {args.what}'")
    with ctx.open_store() as store:
        account = _active_account(ctx, store)
        dashboard = load_dashboard(store, account.key)
    if dashboard is None:
        from tiktok_desktop.core.errors import NoData

        raise NoData()
    if args.what == "csv":
        from tiktok_desktop.app.export import export_csv

        print(f"Wrote {export_csv(dashboard.videos, args.out, dashboard)} videos to {args.out}.")
    elif args.what == "xlsx":
        from tiktok_desktop.app.export import export_xlsx

        rows = export_xlsx(dashboard.videos, dashboard.snapshots, args.out, dashboard)
        days = len(dashboard.studio.table(dashboard.snapshots, dashboard.tz))
        print(f"Wrote {rows} videos, {len(dashboard.snapshots)} account snapshots and {days} days to {args.out}.")
    else:
        _export_drawing(ctx, args, dashboard)
    return 0


def _export_drawing(ctx: AppContext, args: argparse.Namespace, dashboard: Dashboard) -> None:
    from tiktok_desktop.app.chart_data import chart_data
    from tiktok_desktop.core.errors import ExportFailed

    suffixes = (".png", ".svg") if args.what == "chart" else (".pdf",)
    if args.out.suffix.lower() not in suffixes:
        raise ExportFailed(path=str(args.out), detail=f"the file name must end in {' or '.join(suffixes)}")
    from tiktok_desktop.ui.charts.files import parse_size, write_chart_file
    from tiktok_desktop.ui.qapp import headless_render

    try:
        size = parse_size(args.size)
    except ValueError:
        _parser().error(f"--size must look like 1600x900 (100 to 10000 pixels a side), not {args.size!r}")
    headless_render(ctx.settings.get("language"))
    data = chart_data(dashboard, args.range)
    if args.what == "chart":
        write_chart_file(args.name, data, args.out, size)
        print(f"Wrote the {args.name} chart to {args.out}.")
        return
    from tiktok_desktop.app.export import write_bytes
    from tiktok_desktop.app.report import report_data
    from tiktok_desktop.ui.charts.report_pdf import report_pdf

    write_bytes(args.out, report_pdf(report_data(dashboard), data))
    print(f"Wrote the report to {args.out}.")


def _cmd_status(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.status import status

    info = status(ctx)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"Source: {info['source']} (setting: {info['source_setting']})")
    print(f"Database: {info['database']}")
    if not info["accounts"]:
        print("No accounts yet: run 'tiktok-desktop sync'.")
    for a in info["accounts"]:
        print(
            f"{a['key']}: @{a['username']} ({a['display_name']}), {a['followers']} followers, "
            f"{a['videos']} videos stored, last sync {a['last_sync'] or 'never'}"
        )
    return 0


def _cmd_login(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.signin import sign_in

    ctx.oauth_config()  # fail before opening anything when the credentials are missing
    if ctx.secrets.warning is not None:
        raise ctx.secrets.warning  # a sign-in this process forgets at exit would be useless

    def show(url: str) -> None:
        print(f"Open this page to sign in with TikTok:\n{url}", flush=True)

    profile = sign_in(ctx, show_url=show, open_browser=not args.no_browser, timeout=args.timeout)
    not_saved: SettingsError | None = None
    try:
        ctx.settings.save()
    except SettingsError as e:  # the tokens are in the keyring: only the account shown is not remembered
        not_saved = e
    print(f"Signed in as @{profile.username or profile.display_name or profile.external_id}")
    _warn(not_saved)
    return 0


def _cmd_logout(ctx: AppContext, args: argparse.Namespace) -> int:
    from tiktok_desktop.app.signin import sign_out

    print("Signed out." if sign_out(ctx) else "Not signed in.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from tiktok_desktop.app.context import AppContext
    from tiktok_desktop.config import Paths

    try:
        _setup_logging(Paths.default().log_file)  # first: what reading the settings logs goes to the file
        ctx = AppContext.default()
        _warn(ctx.settings.problem)
        if args.self_test:
            from tiktok_desktop.ui.selftest import self_test

            return self_test(ctx)
        if args.command in (None, "gui"):
            from tiktok_desktop.ui.application import run_gui

            return run_gui(ctx)
        ctx.upgrade_progress = _progress_printer()  # the first open of an older database converts it
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
        sys.stderr.write(f"\n{PROG}: cancelled\n")
        return EXIT_CANCELLED
    except AppError as e:
        log.warning("%s failed: %s", args.command, type(e).__name__)
        # only our own "clear the progress line" escape reaches a terminal; the line itself is plain text
        line = plain_text(f"{PROG}: {e.english()}", limit=LINE_LIMIT)
        sys.stderr.write(("\r\033[K" if sys.stderr.isatty() else "") + line + "\n")
        return EXIT_ERROR
    except Exception as e:  # the last line of defence: the user gets one line, the log gets the details
        log.exception("unexpected error")
        sys.stderr.write(f"{PROG}: internal error ({type(e).__name__}); details are in the log file.\n")
        return EXIT_ERROR
