"""Exports of the video table (CSV, XLSX), and how every export writes its file."""

from __future__ import annotations

import csv
import errno
import io
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tiktok_desktop.app.export_studio import COUNT_FORMAT, add_studio_sheets
from tiktok_desktop.core.atomic_file import ORDINARY_FILE_MODE, write_atomic
from tiktok_desktop.core.errors import DiskFull, ExportFailed
from tiktok_desktop.core.estimates import FORMULAS
from tiktok_desktop.core.metrics import comment_rate, engagement_per_follower, like_rate, share_rate, video_engagement
from tiktok_desktop.core.models import AccountSnapshot, Video

if TYPE_CHECKING:
    from tiktok_desktop.app.dashboard import Dashboard

# The first columns are stable and documented (README, Command line); new columns are only ever appended.
# est_ columns are model estimates, not measurements (core/estimates.py).
CSV_COLUMNS = (
    "video_id",
    "published_at",
    "title",
    "description",
    "duration_s",
    "views",
    "likes",
    "comments",
    "shares",
    "engagement_rate_pct",
    "share_url",
    "saves",
    "cover_url",
    "engagement_per_follower_pct",
    "like_rate_pct",
    "comment_rate_pct",
    "share_rate_pct",
    "views_per_day_24h",
    "views_per_day_7d",
    "est_avg_watch_time_s",
    "est_completion_rate_pct",
    "est_bounce_rate_pct",
    "ai_generated",  # the creator's label: true, false, or empty when the source does not say
)
SNAPSHOT_COLUMNS = ("taken_at", "followers", "following", "likes", "video_count")
DECIMAL_FORMAT = "#,##0.00"  # two decimals, and the digits grouped as counts are (5,998.00 views a day)
_TEXT = {"video_id", "title", "description", "share_url", "cover_url"}
# A spreadsheet reads a CSV cell starting with one of these as a formula (=HYPERLINK(...) in a title would be
# live). Text from outside that starts with one gets a leading apostrophe, as OWASP recommends ("CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """`text` as a spreadsheet shows it as text: prefixed with an apostrophe when it would start a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def iso_utc(ts: int) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_export(out: Path, write: Callable[[BinaryIO], object]) -> None:
    """An export written atomically (core.atomic_file), with the permissions of an ordinary file, and its
    failures as the errors a user can act on."""
    try:
        write_atomic(Path(out), write, mode=ORDINARY_FILE_MODE)
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise DiskFull() from e
        raise ExportFailed(path=str(out), detail=e.strerror or str(e)) from e


def write_bytes(out: Path, data: bytes) -> None:
    write_export(out, lambda f: f.write(data))


def video_values(v: Video, dashboard: Dashboard | None = None) -> list[object]:
    """One row of CSV_COLUMNS with typed values: None where a value is unknown."""
    followers = dashboard.account.profile.followers if dashboard else None
    velocity = dashboard.velocity if dashboard else {}
    est = dashboard.estimate(v) if dashboard else None
    return [
        v.video_id,
        v.published_at,
        v.title,
        v.description,
        v.duration_s,
        v.views,
        v.likes,
        v.comments,
        v.shares,
        video_engagement(v),
        v.share_url,
        v.saves,
        v.cover_url,
        engagement_per_follower(v, followers),
        like_rate(v),
        comment_rate(v),
        share_rate(v),
        velocity.get("24h", {}).get(v.video_id),
        velocity.get("7d", {}).get(v.video_id),
        est and est.avg_watch_time_s,
        est and est.completion_rate_pct,
        est and est.bounce_rate_pct,
        v.ai_generated,
    ]


def csv_row(v: Video, dashboard: Dashboard | None = None) -> list[object]:
    row = video_values(v, dashboard)
    out: list[object] = []
    for name, value in zip(CSV_COLUMNS, row, strict=True):
        if value is None:
            out.append("")
        elif isinstance(value, bool):  # before the numbers: a bool is an int, and csv would write True
            out.append("true" if value else "false")
        elif name == "published_at" and isinstance(value, int):
            out.append(iso_utc(value))
        elif isinstance(value, float):
            out.append(f"{value:.2f}")
        elif name in _TEXT and isinstance(value, str):  # text from TikTok; numbers stay numbers, even negative
            out.append(neutralise_formula(value))
        else:
            out.append(value)
    return out


def export_csv(videos: Sequence[Video], out: Path, dashboard: Dashboard | None = None) -> int:
    """Writes UTF-8 with a BOM (so Excel shows Chinese correctly), atomically; returns the row count."""

    def write(f: BinaryIO) -> None:
        text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_row(v, dashboard) for v in videos)
        text.flush()
        text.detach()

    write_export(out, write)
    return len(videos)


def export_xlsx(
    videos: Sequence[Video], snapshots: Sequence[AccountSnapshot], out: Path, dashboard: Dashboard | None = None
) -> int:
    """A workbook with a Videos sheet (CSV_COLUMNS), an Account snapshots sheet, and the Daily and Audience sheets
    (app.export_studio); returns the video count.

    Text is written as text, never as a formula or a link: titles are untrusted and "=..." must stay a title.
    """
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    header = book.add_format({"bold": True, "bg_color": "#F2F2F2", "bottom": 1})
    estimate_header = book.add_format(
        {"bold": True, "italic": True, "font_color": "#7A5200", "bg_color": "#FFF4CE", "bottom": 1}
    )
    estimate = book.add_format({"italic": True, "font_color": "#7A5200", "num_format": DECIMAL_FORMAT})
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    decimal = book.add_format({"num_format": DECIMAL_FORMAT})
    count = book.add_format({"num_format": COUNT_FORMAT})

    sheet = book.add_worksheet("Videos")
    for c, name in enumerate(CSV_COLUMNS):
        est = name.startswith("est_")
        sheet.write_string(0, c, name, estimate_header if est else header)
        if est:
            sheet.write_comment(
                0, c, f"Estimate, not measured by TikTok: {FORMULAS[name]} (retention model, see the README)"
            )
    for r, v in enumerate(videos, start=1):
        for c, (name, value) in enumerate(zip(CSV_COLUMNS, video_values(v, dashboard), strict=True)):
            if value is None:
                continue
            if name == "published_at" and isinstance(value, int):
                sheet.write_datetime(r, c, datetime.fromtimestamp(value, timezone.utc).replace(tzinfo=None), when)
            elif name in _TEXT:
                sheet.write_string(r, c, value)
            elif isinstance(value, bool):  # a real TRUE/FALSE cell; a bool is an int too, so before the numbers
                sheet.write_boolean(r, c, value)
            elif isinstance(value, float):
                sheet.write_number(r, c, value, estimate if name.startswith("est_") else decimal)
            else:
                sheet.write_number(r, c, value, count)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(videos)), len(CSV_COLUMNS) - 1)
    sheet.set_column(0, 0, 21)
    sheet.set_column(1, 1, 19)
    sheet.set_column(2, 3, 40)

    snaps = book.add_worksheet("Account snapshots")
    for c, name in enumerate(SNAPSHOT_COLUMNS):
        snaps.write_string(0, c, name, header)
    for r, s in enumerate(snapshots, start=1):
        snaps.write_datetime(r, 0, datetime.fromtimestamp(s.taken_at, timezone.utc).replace(tzinfo=None), when)
        for c, value in enumerate((s.followers, s.following, s.likes, s.video_count), start=1):
            if value is not None:
                snaps.write_number(r, c, value, count)
    snaps.set_column(0, 0, 19)
    snaps.freeze_panes(1, 0)
    add_studio_sheets(book, header, dashboard)
    book.close()
    write_bytes(out, buffer.getvalue())
    return len(videos)
