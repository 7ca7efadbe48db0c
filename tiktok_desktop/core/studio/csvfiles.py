"""One CSV of a TikTok Studio download, read: recognised by its columns (never its name), every value checked.

The quirks of the format (`docs`: /work/shared/tiktok-studio-export.md, summed up in the README) are handled here:
a byte-order mark; dates without a year (core.studio.dates); ``undefined`` for unknown, and in Viewers.csv the
0 new and 0 returning viewers that come with an unknown total; the "Difference in followers from previous day"
column, which holds the difference to the next day, ignored; the last two days before the export (incomplete)
left out. Anything else that does not fit stops the import with an error naming the file, the line and the text.
"""

from __future__ import annotations

import csv
import io
import math
import re
from datetime import date, timedelta

from tiktok_desktop.core.plain_text import plain_text
from tiktok_desktop.core.studio.dates import parse_day
from tiktok_desktop.core.studio.errors import (
    StudioBadDate,
    StudioBadValue,
    StudioMissingColumns,
    StudioNotRecognised,
    StudioSeveralHandles,
    StudioUnreadable,
)
from tiktok_desktop.core.studio.model import ActiveHour, DailyMetrics, Kind, Share, StudioFile

MAX_ROWS = 20_000  # a year of hourly rows is 8,760; a download has far fewer
LAG_DAYS = 2  # the export day and the day before are incomplete (TikTok's data lags two days): not stored
LABEL_LIMIT = 60  # a gender or a territory code
MAX_COUNT = 2**63 - 1
_UNKNOWN = {"", "undefined", "-", "--", "n/a", "null"}
_COUNT = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")
_HANDLE_IN_LINK = re.compile(r"tiktok\.com/@([A-Za-z0-9._]{1,64})(?:[/?#]|$)", re.IGNORECASE)

# Per kind: the columns (normalised header text) read into a DailyMetrics field, or into the kind's own values
_DAILY_COLUMNS = {
    Kind.OVERVIEW: {
        "video views": "video_views",
        "profile views": "profile_views",
        "likes": "likes",
        "comments": "comments",
        "shares": "shares",
    },
    Kind.FOLLOWER_HISTORY: {"followers": "followers"},  # never "difference in followers from previous day"
    Kind.VIEWERS: {
        "total viewers": "total_viewers",
        "new viewers": "new_viewers",
        "returning viewers": "returning_viewers",
    },
}
_REQUIRED = {
    Kind.OVERVIEW: ("date",),
    Kind.FOLLOWER_HISTORY: ("date", "followers"),
    Kind.VIEWERS: ("date", "total viewers"),
    Kind.FOLLOWER_ACTIVITY: ("date", "hour", "active followers"),
    Kind.FOLLOWER_GENDER: ("gender", "distribution"),
    Kind.FOLLOWER_TERRITORIES: ("top territories", "distribution"),
    Kind.CONTENT: ("video link",),
}


def _normal(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).lower()


def recognise(columns: list[str]) -> str | None:
    """The kind of file with these (normalised) columns, by the columns only its kind has; None if none."""
    have = set(columns)
    if "video link" in have or "video title" in have:
        return Kind.CONTENT
    if "hour" in have or "active followers" in have:
        return Kind.FOLLOWER_ACTIVITY
    if "gender" in have:
        return Kind.FOLLOWER_GENDER
    if "top territories" in have:
        return Kind.FOLLOWER_TERRITORIES
    if have & {"total viewers", "new viewers", "returning viewers"}:
        return Kind.VIEWERS
    if have & {"video views", "profile views"}:
        return Kind.OVERVIEW
    if "followers" in have or "difference in followers from previous day" in have:
        return Kind.FOLLOWER_HISTORY
    return None


def _count(text: str, name: str, line: int, column: str) -> int | None:
    value = text.strip()
    if value.lower() in _UNKNOWN:
        return None
    if not _COUNT.fullmatch(value) or (n := int(value.replace(",", ""))) > MAX_COUNT:
        raise StudioBadValue(file=name, line=line, text=value, column=column)
    return n


def _fraction(text: str, name: str, line: int, column: str) -> float | None:
    value = text.strip()
    if value.lower() in _UNKNOWN:
        return None
    try:
        number = float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        number = math.nan
    if not (0.0 <= number <= 1.0001):  # NaN and infinities fail too
        raise StudioBadValue(file=name, line=line, text=value, column=column)
    return min(number, 1.0)


def _hour(text: str, name: str, line: int) -> int:
    value = text.strip()
    m = re.fullmatch(r"(\d{1,2})(?::00)?", value)
    if m is None or int(m[1]) > 23:
        raise StudioBadValue(file=name, line=line, text=value, column="Hour")
    return int(m[1])


def _rows(name: str, text: str) -> tuple[list[str], list[str], list[list[str]]]:
    """(raw header, normalised header, data rows); a row of another length than the header is a cut file."""
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, [])
        rows = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise StudioUnreadable(
                    file=name, detail=f"line {reader.line_num} has {len(row)} of {len(header)} values"
                )
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise StudioUnreadable(file=name, detail=f"more than {MAX_ROWS} lines")
    except csv.Error as e:
        raise StudioUnreadable(file=name, detail=str(e)) from e
    return header, [_normal(h) for h in header], rows


def read_csv(name: str, data: bytes, exported_at: int, export_day: date, handle: str | None) -> StudioFile:
    """One CSV's bytes, read. `export_day` is the creator's calendar day of `exported_at` (the year of the dates
    and the lag are counted from it); `handle` is what the file's name says, if anything."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise StudioUnreadable(file=name, detail="not UTF-8 text") from e
    if "\x00" in text:
        raise StudioUnreadable(file=name, detail="binary data, not text")
    header, columns, rows = _rows(name, text)
    kind = recognise(columns)
    if kind is None:
        shown = ", ".join(plain_text(h, limit=40) for h in header[:10]) or "none"
        raise StudioNotRecognised(file=name, columns=shown)
    missing = [c for c in _REQUIRED[kind] if c not in columns]
    if missing:
        raise StudioMissingColumns(file=name, columns=", ".join(missing))
    at = {c: columns.index(c) for c in columns}
    out = StudioFile(name, kind, exported_at, handle, rows=len(rows))
    if kind == Kind.CONTENT:
        out.handle = _content_handle(name, [row[at["video link"]] for row in rows], handle)
        return out
    if kind in (Kind.FOLLOWER_GENDER, Kind.FOLLOWER_TERRITORIES):
        label_column = "gender" if kind == Kind.FOLLOWER_GENDER else "top territories"
        for line, row in enumerate(rows, start=2):
            label = plain_text(row[at[label_column]], limit=LABEL_LIMIT)
            share = _fraction(row[at["distribution"]], name, line, "Distribution")
            if label and label.lower() not in _UNKNOWN and share is not None:
                out.shares.append(Share(label, share))
        return out
    last_complete = export_day - timedelta(days=LAG_DAYS)
    for line, row in enumerate(rows, start=2):
        raw_day = row[at["date"]].strip()
        if raw_day.lower() in _UNKNOWN:
            continue
        day = parse_day(raw_day, export_day)
        if day is None:
            raise StudioBadDate(file=name, line=line, text=plain_text(raw_day, limit=40))
        if kind == Kind.FOLLOWER_ACTIVITY:
            active = _count(row[at["active followers"]], name, line, "Active followers")
            hour = _hour(row[at["hour"]], name, line)
            if active is not None:
                out.activity.append(ActiveHour(day, hour, active))
            continue
        values = {
            field: _count(row[at[column]], name, line, header[at[column]].strip().lstrip("\ufeff"))
            for column, field in _DAILY_COLUMNS[kind].items()
            if column in at
        }
        if kind == Kind.VIEWERS and values.get("total_viewers") is None:
            values["new_viewers"] = values["returning_viewers"] = None  # the 0 and 0 beside "undefined"
        metrics = DailyMetrics(day, **values)
        if day <= last_complete and metrics.known:
            out.daily.append(metrics)
    return out


def _content_handle(name: str, links: list[str], handle: str | None) -> str | None:
    """The handle Content.csv's links carry (each ``https://www.tiktok.com/@handle/video/...``)."""
    found = {m[1].lower() for link in links if (m := _HANDLE_IN_LINK.search(link))}
    if handle:
        found.add(handle.lower())
    if len(found) > 1:
        raise StudioSeveralHandles(handles=", ".join("@" + h for h in sorted(found)))
    return next(iter(found), None)
