"""Numbers, dates and durations as the user's language writes them."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from tiktok_desktop.ui import i18n


def fill(text: str, *values: str) -> str:
    """%1, %2... replaced in one pass: a value (a creator's name) that holds "%2" stays as it is."""
    return re.sub(
        r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0), text
    )


def number(n: int | None) -> str:
    return "\u2014" if n is None else QLocale().toString(n)


def compact(n: int | None) -> str:
    """12.3K / 4.5M in English; 1.2万 / 3.4亿 in Chinese, which counts in ten-thousands. Below the first unit (and
    for a count of units) the number as QLocale writes it: 2,132 (2,132 in Chinese too, below 1万)."""
    if n is None:
        return "\u2014"
    sign = "-" if n < 0 else ""
    n = abs(n)
    units: tuple[tuple[int, str], ...]
    if i18n.current_language() == "zh_CN":
        units = ((100_000_000, "\u4ebf"), (10_000, "\u4e07"))
    else:
        units = ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K"))
    locale = QLocale()
    for i, (size, suffix) in enumerate(units):
        if n >= size:
            value = round(n / size, 1) if n / size < 100 else round(n / size)
            if i > 0 and value >= units[i - 1][0] // size:  # 999,960 is 1M, not 1000K
                size, suffix = units[i - 1]
                value = round(n / size, 1)
            text = locale.toString(float(value), "f", 0 if value == int(value) else 1)
            return f"{sign}{text}{suffix}"
    return sign + locale.toString(n)


def signed_compact(n: int | None) -> str:
    if n is None:
        return "\u2014"
    return ("+" if n > 0 else "") + compact(n)


def signed_number(n: int) -> str:
    return ("+" if n > 0 else "") + number(n)


def percent(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.2f}%"


def duration(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


def date_time(ts: int | None) -> str:
    if ts is None:
        return QCoreApplication.translate("Format", "never")
    local = datetime.fromtimestamp(ts).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def date(ts: int) -> str:
    return datetime.fromtimestamp(ts).astimezone().strftime("%Y-%m-%d")


class Age(QObject):
    """How long ago something was (a class: Qt's translation tools find plural forms in tr() only)."""

    def text(self, ts: int, now: int) -> str:
        """In the largest whole unit: "just now", "5 minutes ago", "3 hours ago", "2 days ago"."""
        seconds = max(0, now - ts)
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n minute(s) ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("%n hour(s) ago", "", seconds // 3600)
        return self.tr("%n day(s) ago", "", seconds // 86400)


def age(ts: int, now: int) -> str:
    return Age().text(ts, now)


def decimal(value: float, decimals: int = 1) -> str:
    """A number with a fixed count of decimals, in the locale's digits and separators."""
    return QLocale().toString(float(value), "f", decimals)


def long_date_time(ts: int) -> str:
    """The day written out in the user's language ("Monday, September 21, 2026" / "2026年9月21日星期一") and the
    time."""
    moment = QDateTime.fromSecsSinceEpoch(ts)
    locale = QLocale()
    return (
        locale.toString(moment.date(), QLocale.FormatType.LongFormat)
        + " "
        + locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    )


def seconds(value: float, decimals: int = 0) -> str:
    """5 s, 19.0 s, 1 min, 30 min in the user's language (5秒, 1分钟)."""
    if value >= 60 and value % 60 == 0:
        return QCoreApplication.translate("Format", "%1 min").replace("%1", QLocale().toString(int(value // 60)))
    return QCoreApplication.translate("Format", "%1 s").replace("%1", QLocale().toString(float(value), "f", decimals))


def long_date(ts: int) -> str:
    """The day in the language's long form without the weekday: "November 25, 2026", "2026年11月25日"."""
    locale = QLocale()
    pattern = re.sub(r"d{4}[,\s]*|[,\s]*d{4}", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(QDateTime.fromSecsSinceEpoch(ts).date(), pattern)
