"""The XLSX sheets of day-by-day history and of the audience (app.export.export_xlsx adds them).

Daily: one row a calendar day, the date as a real Excel date, then DAILY_COLUMNS; followers from the app's own
snapshots where it has them and from imported TikTok Studio days elsewhere; every other figure imported. An
unknown figure is an empty cell, never 0.
Audience: the latest gender and territory shares with their export date, then the average number of active
followers by weekday and hour over every import. Column names are stable identifiers, like the other sheets'.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from tiktok_desktop.core.studio.model import DAILY_FIELDS

if TYPE_CHECKING:
    from tiktok_desktop.app.dashboard import Dashboard

DAILY_COLUMNS = ("date", *DAILY_FIELDS)
AUDIENCE_COLUMNS = ("exported_at", "group", "label", "share")
COUNT_FORMAT = "#,##0"  # a count as the reader's spreadsheet groups it (2,132; Excel's own separator per locale)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def add_studio_sheets(book: Any, header: Any, dashboard: Dashboard | None) -> int:
    """Adds the Daily and Audience sheets to an xlsxwriter workbook; returns the number of days written."""
    day_format = book.add_format({"num_format": "yyyy-mm-dd"})
    count = book.add_format({"num_format": COUNT_FORMAT})
    rows = dashboard.studio.table(dashboard.snapshots, dashboard.tz) if dashboard else []
    daily = book.add_worksheet("Daily")
    for c, name in enumerate(DAILY_COLUMNS):
        daily.write_string(0, c, name, header)
    for r, row in enumerate(rows, start=1):
        daily.write_datetime(r, 0, datetime(row.day.year, row.day.month, row.day.day), day_format)
        for c, value in enumerate(row[1:], start=1):
            if value is not None:
                daily.write_number(r, c, value, count)
    daily.set_column(0, 0, 12)
    daily.set_column(1, len(DAILY_COLUMNS) - 1, 14)
    daily.freeze_panes(1, 1)

    audience = book.add_worksheet("Audience")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    percent = book.add_format({"num_format": "0.0%"})
    for c, name in enumerate(AUDIENCE_COLUMNS):
        audience.write_string(0, c, name, header)
    r = 1
    snapshot = dashboard.studio.audience if dashboard else None
    if snapshot is not None:
        exported = datetime.fromtimestamp(snapshot.exported_at, timezone.utc).replace(tzinfo=None)
        for group, shares in (("gender", snapshot.gender), ("territory", snapshot.territories)):
            for share in shares:
                audience.write_datetime(r, 0, exported, when)
                audience.write_string(r, 1, group)
                audience.write_string(r, 2, share.label)  # text from a file: never a formula
                audience.write_number(r, 3, share.fraction, percent)
                r += 1
    heat = dashboard.studio.activity_heat if dashboard else []
    if heat:
        r += 1
        audience.write_string(r, 0, "active_followers_by_hour", header)
        audience.write_string(r, 1, "weekday", header)
        for hour in range(24):
            audience.write_number(r, 2 + hour, hour, header)
        for w, cells in enumerate(heat):
            audience.write_string(r + 1 + w, 1, WEEKDAYS[w])
            for hour, active in enumerate(cells):
                if active is not None:
                    audience.write_number(r + 1 + w, 2 + hour, round(active, 1))
    audience.set_column(0, 0, 17)
    audience.set_column(1, 2, 12)
    audience.freeze_panes(1, 0)
    return len(rows)
