"""Reading fields of API JSON: missing is fine, a wrong type is a malformed answer. And what every source needs
to read a paged list safely: the page a source yields, and the guard that makes a list end.

What an answer holds is never trusted to fit: counts must fit SQLite's int64 and be counts, text is capped at
lengths far above TikTok's own (a 50 MB display name is a hostile answer, not a name), ids are short and
printable, and a list must end.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from tiktok_desktop.core.errors import MalformedResponse, PaginationLoop
from tiktok_desktop.core.models import Video

MAX_INT64 = 2**63 - 1  # SQLite's INTEGER: a larger count cannot be stored
MAX_TIMESTAMP = 253_402_300_799  # 9999-12-31T23:59:59Z: later times cannot be shown as dates
_MAX_DIGITS = len(str(MAX_INT64))

# Stored text is cut at these lengths (TikTok's own limits are far lower: titles and descriptions 150 characters).
LONG_TEXT = 2_200  # titles, descriptions, bios
NAME = 512  # display names
USERNAME = 80
URL = 2_048  # a longer URL is dropped, not cut: a cut URL points elsewhere
MAX_ID = 128  # TikTok's ids have 19 digits, open_ids and secUids under 100 characters

_SURROGATE = re.compile("[\ud800-\udfff]")


def _bad(service: str, what: str) -> MalformedResponse:
    return MalformedResponse(service=service, detail=what)


def storable(value: str) -> str:
    """JSON may carry lone surrogates ("\\ud800"), which cannot be written as UTF-8: each becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", value)


def text(d: Mapping[str, object], key: str, service: str, limit: int = LONG_TEXT) -> str:
    """d[key] as text of at most `limit` characters ("" when missing)."""
    value = d.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(service, f"{key} is not text")
    return storable(value[:limit])


def url(d: Mapping[str, object], key: str, service: str) -> str:
    value = text(d, key, service, URL + 1)
    return "" if len(value) > URL else value


def whole_number(
    d: Mapping[str, object], key: str, service: str, *, lenient: bool = False, maximum: int = MAX_INT64
) -> int | None:
    """d[key] as an int from 0 to `maximum` (None when missing); anything else is a malformed answer naming
    the field: a bool, a fraction, a negative number, one beyond int64 (SQLite cannot store it).

    `lenient` also takes what TikTok's web JSON has (TikAPI): digit strings and whole floats. Digits are ASCII
    only: "²".isdigit() is true, but int("²") fails.
    """
    value = d.get(key)
    if value is None:
        return None
    if lenient and isinstance(value, float) and value.is_integer():
        value = int(value)
    elif lenient and isinstance(value, str):
        digits = value.strip()
        if not (digits.isascii() and digits.isdigit()):
            raise _bad(service, f"{key} is not a whole number")
        digits = digits.lstrip("0") or "0"
        if len(digits) > _MAX_DIGITS:  # never int() of thousands of digits
            raise _bad(service, f"{key} is out of range")
        value = int(digits)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(service, f"{key} is not a whole number")
    if value < 0:
        raise _bad(service, f"{key} is negative")
    if value > maximum:
        raise _bad(service, f"{key} is out of range")
    return value


def flag(d: Mapping[str, object], key: str, service: str) -> bool | None:
    """d[key] as a JSON boolean (None when missing or null). Anything else is a malformed answer naming the field:
    1 or "false" are not read as true or false, since a guess would put a wrong label on a video."""
    value = d.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise _bad(service, f"{key} is not true or false")


def identifier(d: Mapping[str, object], key: str, service: str, *, what: str = "an id") -> str:
    """An id (or a cursor) as text ("" when missing): short and printable. TikTok's ids exceed 2^53: a number,
    against the contracts, is still exact in Python and is kept as its digits."""
    value = d.get(key)
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_INT64:
        return str(value)
    if not isinstance(value, str) or len(value) > MAX_ID or not value.isprintable():
        raise _bad(service, f"{key} is not {what}")
    return value


def video_id(item: Mapping[str, object], key: str, service: str) -> str:
    value = identifier(item, key, service)
    if not value:
        raise _bad(service, "video without an id")
    return value


def member(d: object, key: str) -> Mapping[str, object] | None:
    """d[key] when d is a JSON object and d[key] is one too; None otherwise."""
    value = d.get(key) if isinstance(d, dict) else None
    return value if isinstance(value, dict) else None


# -- pages ----------------------------------------------------------------------------------------------------

COUNTS = ("views", "likes", "comments", "shares")  # the counts a video snapshot records


class VideoPage(list[Video]):
    """A page of videos as a source yields it. `uncounted` names the videos whose answer lacked one of
    COUNTS: they read 0 here, and the sync does not record that 0 over a count it knows."""

    def __init__(self, videos: Iterable[Video] = (), uncounted: Iterable[str] = ()) -> None:
        super().__init__(videos)
        self.uncounted = frozenset(uncounted)


MAX_PAGES = 10_000  # whatever the profile says: 200,000 videos in the official API's pages of 20
PAGE_MARGIN = 5


def page_limit(video_count: int | None, page_size: int) -> int:
    """How many pages a list of video_count videos may take: twice what it needs (pages may hold fewer than
    asked) plus a margin (videos posted meanwhile), never more than MAX_PAGES; MAX_PAGES when unknown."""
    if video_count is None:
        return MAX_PAGES
    return min(MAX_PAGES, 2 * math.ceil(video_count / page_size) + PAGE_MARGIN)


class PageGuard:
    """Makes a cursor-paged list end: every page must move the cursor to one never seen before, and there are
    at most page_limit() pages. Otherwise PaginationLoop, or MalformedResponse for more pages without a cursor:
    the pages received so far are good, but the list is incomplete (and the sync is not marked complete)."""

    def __init__(
        self,
        service: str,
        page_size: int,
        video_count: int | None,
        *,
        names: tuple[str, str] = ("has_more", "cursor"),
        first: str | None = None,
    ) -> None:
        self.service = service
        self.limit = page_limit(video_count, page_size)
        self.video_count = video_count
        self.names = names
        self.pages = 0
        self._seen = set() if first is None else {first}

    def more(self, has_more: bool, cursor: str | None) -> bool:
        """After each page: whether to ask for the next one, from the page's has_more and cursor (as text)."""
        self.pages += 1
        if not has_more:
            return False
        if cursor is None:
            raise _bad(self.service, f"{self.names[0]} is true but {self.names[1]} is missing")
        if cursor in self._seen:
            raise PaginationLoop(service=self.service, detail=f"{self.names[1]} {cursor[:30]} came back again")
        if self.pages >= self.limit:
            videos = "an unknown number of" if self.video_count is None else f"{self.video_count}"
            raise PaginationLoop(
                service=self.service, detail=f"more than {self.limit} pages for a profile of {videos} videos"
            )
        self._seen.add(cursor)
        return True
