"""Realistic TikTok Studio downloads for tests, written from /work/shared/tiktok-studio-export.md with every quirk:

- the four zips named ``<Kind>_<wrong date>_<unix seconds>_<handle>.zip``, each CSV starting with a BOM;
- a year of days without a year, in English (``August 9``) or Vietnamese (``9 tháng Tám``), across December ->
  January when the export is early in the year;
- ``undefined`` on the account's first days and here and there, and in Viewers.csv ``undefined,0,0``;
- FollowerHistory's "Difference in followers from previous day", which really is the difference to the next day;
- the two-day lag: the export day and the day before are ``undefined`` or hold incomplete numbers;
- FollowerActivity for the last 7 days only, gender and territories as fractions, Content.csv with ~15 videos.

`expected` holds what an import must store for every day (None = unknown), so tests compare day by day.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tiktok_desktop.core.studio.model import DAILY_FIELDS

FIELDS = DAILY_FIELDS  # the daily metrics in the store's order, as the import reads them
EN_MONTHS = "January February March April May June July August September October November December".split()
VI_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
UNDEFINED_FIRST_DAYS = 3  # the account's first days: every value undefined
LAG = 2  # the export day and the day before: undefined or incomplete, never stored
GENDER = [("Female", "0.61"), ("Male", "0.37"), ("Other", "0.02")]
TERRITORIES = [("US", "0.42"), ("VN", "0.21"), ("GB", "0.09"), ("DE", "0.05"), ("BR", "0.04")]


def spoken(day: date, language: str) -> str:
    if language == "vi":
        return f"{day.day} tháng {VI_MONTHS[day.month - 1]}"
    return f"{EN_MONTHS[day.month - 1]} {day.day}"


def values(i: int) -> dict[str, int]:
    """The true figures of the i-th day of the download (deterministic, varied)."""
    total = 300 + (i * 7) % 50
    return {
        "followers": 1000 + 7 * i + (i * i) % 13,
        "video_views": 500 + (i * 37) % 200,
        "profile_views": 20 + i % 17,
        "likes": 40 + i % 23,
        "comments": i % 9,
        "shares": i % 5,
        "total_viewers": total,
        "new_viewers": total * 2 // 3,
        "returning_viewers": total - total * 2 // 3,
    }


@dataclass
class StudioDownload:
    handle: str
    exported_at: int
    language: str = "en"
    days: int = 365
    zips: list[Path] = field(default_factory=list)
    expected: dict[date, dict[str, int | None]] = field(default_factory=dict)
    activity: dict[tuple[date, int], int] = field(default_factory=dict)

    @property
    def export_day(self) -> date:
        return datetime.fromtimestamp(self.exported_at, timezone.utc).date()

    @property
    def first_day(self) -> date:
        return self.export_day - timedelta(days=self.days - 1)

    def stored_days(self) -> list[date]:
        return sorted(d for d, v in self.expected.items() if any(x is not None for x in v.values()))


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def build(
    handle: str, exported_at: int, language: str = "en", days: int = 365
) -> tuple[StudioDownload, dict[str, dict[str, bytes]]]:
    """The download's files: {zip kind: {csv name: bytes}}, and what an import must store."""
    dl = StudioDownload(handle, exported_at, language, days)
    all_days = [dl.first_day + timedelta(days=i) for i in range(days)]
    last_complete = dl.export_day - timedelta(days=LAG)
    overview, history, viewers = [], [], []
    for i, day in enumerate(all_days):
        v: dict[str, int | None] = dict(values(i))
        shown = dict(v)
        if i < UNDEFINED_FIRST_DAYS:
            shown = dict.fromkeys(v)
        if i == 100:  # a day TikTok did not count views for
            shown["video_views"] = None
        if i == 150:  # undefined total viewers comes with 0 new and 0 returning
            shown["total_viewers"] = None
        if day > last_complete:  # the lag: the day before the export incomplete, the export day undefined
            shown = {k: (x // 3 if day < dl.export_day and x else None) for k, x in v.items()}
        text = {k: ("undefined" if x is None else x) for k, x in shown.items()}
        if i == 150:
            text["new_viewers"] = text["returning_viewers"] = 0
            shown["new_viewers"] = shown["returning_viewers"] = None
        nxt = values(i + 1)["followers"] - v["followers"]  # quirk 4: the difference to the NEXT day
        d = spoken(day, language)
        overview.append(
            [d, text["video_views"], text["profile_views"], text["likes"], text["comments"], text["shares"]]
        )
        history.append([d, text["followers"], nxt])
        viewers.append([d, text["total_viewers"], text["new_viewers"], text["returning_viewers"]])
        dl.expected[day] = shown if day <= last_complete else dict.fromkeys(v)
    history.reverse()  # newest first, as some files come: the order must not matter
    activity = []
    for day in all_days[-7:]:
        for hour in range(24):
            active = 100 + 10 * day.weekday() + (hour * 5) % 60
            activity.append([spoken(day, language), hour, active])
            dl.activity[(day, hour)] = active
    export_time = datetime.fromtimestamp(exported_at, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    content = [
        [
            export_time,
            f"video {n} #fyp",
            f"https://www.tiktok.com/@{handle}/video/73{n:017d}",
            spoken(all_days[-n * 3], language),
            10 * n,
            n,
            n // 2,
            1000 * n,
        ]
        for n in range(1, 16)
    ]
    files = {
        "Overview": {
            "Overview.csv": _csv(["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"], overview)
        },
        "Followers": {
            "FollowerHistory.csv": _csv(["Date", "Followers", "Difference in followers from previous day"], history),
            "FollowerActivity.csv": _csv(["Date", "Hour", "Active followers"], activity),
            "FollowerGender.csv": _csv(["Gender", "Distribution"], [list(r) for r in GENDER]),
            "FollowerTopTerritories.csv": _csv(["Top territories", "Distribution"], [list(r) for r in TERRITORIES]),
        },
        "Viewers": {"Viewers.csv": _csv(["Date", "Total Viewers", "New Viewers", "Returning Viewers"], viewers)},
        "Content": {
            "Content.csv": _csv(
                [
                    "Time",
                    "Video title",
                    "Video link",
                    "Post time",
                    "Total likes",
                    "Total comments",
                    "Total shares",
                    "Total views",
                ],
                content,
            )
        },
    }
    return dl, files


def zip_name(kind: str, exported_at: int, handle: str) -> str:
    return f"{kind}_2025-1-1_{exported_at}_{handle}.zip"  # the date part is wrong in every real download


def write_download(
    folder: Path,
    handle: str = "lumi.cooks",
    exported_at: int = int(datetime(2027, 1, 10, 15, 30, tzinfo=timezone.utc).timestamp()),
    language: str = "en",
    days: int = 365,
    kinds: tuple[str, ...] = ("Overview", "Followers", "Viewers", "Content"),
) -> StudioDownload:
    """The zips of a download in `folder` (created), as TikTok Studio names them."""
    folder.mkdir(parents=True, exist_ok=True)
    dl, files = build(handle, exported_at, language, days)
    for kind in kinds:
        path = folder / zip_name(kind, exported_at, handle)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files[kind].items():
                zf.writestr(name, data)
        dl.zips.append(path)
    return dl


def write_csvs(folder: Path, **kw: object) -> tuple[StudioDownload, list[Path]]:
    """The CSVs taken out of the zips, loose in `folder` (their names say neither handle nor export time)."""
    folder.mkdir(parents=True, exist_ok=True)
    dl, files = build(**kw)  # type: ignore[arg-type]
    paths = []
    for members in files.values():
        for name, data in members.items():
            (folder / name).write_bytes(data)
            paths.append(folder / name)
    return dl, paths
