"""The dates of a TikTok Studio download: a day and a month with no year, in the language of the Studio interface
(``August 9``, ``18 tháng Sáu``); the year is inferred from the export day.

Only forms seen in real files, or unambiguous, are read: English month names (full or abbreviated), Vietnamese
(``tháng`` and the month's name or number) and ISO ``2026-08-09``. Anything else is refused by the caller, naming
the text: a guessed month would put a year of history on the wrong days without anyone noticing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_ENGLISH = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}
# Vietnamese month names after "tháng" (April is "Tư", also "Bốn"; January and December have folk names too)
_VIETNAMESE = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}

_ENGLISH_FORMS = (
    re.compile(r"(?P<month>[a-z]+)\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?"),  # August 9, Aug. 9
    re.compile(r"(?P<day>\d{1,2}) (?P<month>[a-z]+)\.?"),  # 9 August
)
_VIETNAMESE_FORM = re.compile(r"(?:ngày )?(?P<day>\d{1,2}),? tháng (?P<month>\d{1,2}|[^\d]+)")
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_SPACES = re.compile(r"\s+")


def _month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of `text`, or None when it is none of the forms read."""
    # NFC: a Vietnamese name may come with its accents as combining marks
    norm = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()
    if m := _ISO.fullmatch(norm):
        return int(m["month"]), int(m["day"]), int(m["year"])
    for form in _ENGLISH_FORMS:
        if (m := form.fullmatch(norm)) and m["month"] in _ENGLISH:
            return _ENGLISH[m["month"]], int(m["day"]), None
    if m := _VIETNAMESE_FORM.fullmatch(norm):
        month = m["month"].strip()
        number = int(month) if month.isdigit() else _VIETNAMESE.get(month)
        if number is not None:
            return number, int(m["day"]), None
    return None


def parse_day(text: str, export_day: date) -> date | None:
    """The date `text` names: the latest year that puts it on or before `export_day` (a download covers the
    365 days before it, so December's days of an export made in January belong to the year before).

    None when `text` is in no form this module reads, or names no real day (``February 30``)."""
    found = _month_day(text)
    if found is None:
        return None
    month, day, year = found
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    # February 29 may need up to 8 years back (1900-like century years are not leap years)
    for candidate in range(export_day.year, export_day.year - 9, -1):
        try:
            d = date(candidate, month, day)
        except ValueError:
            continue
        if d <= export_day:
            return d
    return None
