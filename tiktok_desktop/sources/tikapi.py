"""TikAPI (third-party, paid): any public profile by username. Our own small httpx client: the official SDK
turns certificate checks off.

TikAPI passes TikTok's web JSON through: numbers sometimes arrive as strings, saves (collectCount or
saveCount) are sometimes missing, and a 403 may mean a bad key or a spent rate limit (read the message).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import httpx

from tiktok_desktop.core.errors import (
    MalformedResponse,
    RateLimited,
    ServerError,
    TikApiBadKey,
    TikApiBadRequest,
    TikApiSessionExpired,
    TikApiUnknownUser,
)
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.net.http import RetryPolicy, request_json
from tiktok_desktop.sources import fields
from tiktok_desktop.sources.base import History
from tiktok_desktop.sources.fields import PageGuard, VideoPage

SERVICE = "TikAPI"
PAGE_SIZE = 30  # TikAPI's default and maximum


def _bad(what: str) -> MalformedResponse:
    return MalformedResponse(service=SERVICE, detail=what)


def count(d: Mapping[str, object], *keys: str, maximum: int = fields.MAX_INT64) -> int | None:
    """The first of keys present, as an int from 0 to 2^63 - 1; digit strings are accepted (TikTok's web JSON
    has both)."""
    for key in keys:
        value = fields.whole_number(d, key, SERVICE, lenient=True, maximum=maximum)
        if value is not None:
            return value
    return None


def exact_count(item: object, *keys: str) -> int | None:
    """A count from statsV2 (exact digit strings) when it has one, else from stats (which TikTok may round)."""
    exact = fields.member(item, "statsV2")
    value = count(exact, *keys) if exact is not None else None
    if value is not None:
        return value
    return count(fields.member(item, "stats") or {}, *keys)


def text(d: Mapping[str, object], key: str, limit: int = fields.LONG_TEXT) -> str:
    return fields.text(d, key, SERVICE, limit)


def parse_profile(body: object) -> tuple[Profile, str]:
    """(profile, secUid) from /public/check. The user id may be a number or a string: kept as text."""
    info = fields.member(body, "userInfo")
    user = fields.member(info, "user")
    if user is None:
        raise _bad("no userInfo.user")
    username = text(user, "uniqueId", fields.USERNAME)
    sec_uid = text(user, "secUid", fields.MAX_ID * 4)
    if not sec_uid:
        raise _bad("no secUid")
    if len(sec_uid) >= fields.MAX_ID * 4 or not sec_uid.isprintable():
        raise _bad("secUid is not an id")
    profile = Profile(
        source="tikapi",
        external_id=fields.identifier(user, "id", SERVICE) or username,
        username=username,
        display_name=text(user, "nickname", fields.NAME),
        bio=text(user, "signature"),
        avatar_url=fields.url(user, "avatarLarger", SERVICE)
        or fields.url(user, "avatarMedium", SERVICE)
        or fields.url(user, "avatarThumb", SERVICE),
        profile_url=f"https://www.tiktok.com/@{username}" if username else "",
        verified=user.get("verified") is True,
        followers=exact_count(info, "followerCount"),
        following=exact_count(info, "followingCount"),
        likes=exact_count(info, "heartCount", "heart"),
        video_count=exact_count(info, "videoCount"),
    )
    return profile, sec_uid


# TikTok web name of each count a video snapshot records (fields.COUNTS)
COUNT_FIELDS = {"views": "playCount", "likes": "diggCount", "comments": "commentCount", "shares": "shareCount"}


def parse_item(item: object, username: str) -> Video:
    if not isinstance(item, dict):
        raise _bad("item is not an object")
    video_id = fields.video_id(item, "id", SERVICE)
    published = count(item, "createTime", maximum=fields.MAX_TIMESTAMP)
    if published is None:
        raise _bad("item without createTime")
    media = fields.member(item, "video") or {}
    description = text(item, "desc")
    return Video(
        video_id=video_id,
        published_at=published,
        title=description.split("\n", 1)[0][:150],  # the web JSON has no separate title
        description=description,
        duration_s=count(media, "duration") or 0,
        views=exact_count(item, COUNT_FIELDS["views"]) or 0,
        likes=exact_count(item, COUNT_FIELDS["likes"]) or 0,
        comments=exact_count(item, COUNT_FIELDS["comments"]) or 0,
        shares=exact_count(item, COUNT_FIELDS["shares"]) or 0,
        saves=exact_count(item, "collectCount", "saveCount"),  # None when TikAPI does not say: not zero
        cover_url=fields.url(media, "cover", SERVICE),
        share_url=f"https://www.tiktok.com/@{username}/video/{video_id}" if username else "",
    )


def _uncounted(item: dict[str, object]) -> bool:
    return any(exact_count(item, key) is None for key in COUNT_FIELDS.values())


def parse_cursor(body: Mapping[str, object]) -> str | None:
    """The next page's cursor as text (TikAPI sends a number or a string); None when missing."""
    return fields.identifier(body, "cursor", SERVICE, what="a cursor") or None


def parse_posts(body: object, username: str) -> tuple[VideoPage, str | None, bool]:
    """(videos, next cursor, hasMore) of a /public/posts answer."""
    if not isinstance(body, dict):
        raise _bad("posts is not an object")
    items = body.get("itemList") or []
    if not isinstance(items, list):
        raise _bad("itemList is not a list")
    videos = [parse_item(i, username) for i in items]
    uncounted = [v.video_id for v, i in zip(videos, items, strict=True) if _uncounted(i)]
    return VideoPage(videos, uncounted), parse_cursor(body), body.get("hasMore") is True


class TikApiSource:
    name = "tikapi"

    def __init__(
        self,
        base: str,
        api_key: str,
        username: str,
        http: httpx.Client,
        *,
        retry: RetryPolicy | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.base = base.rstrip("/")
        self._api_key = api_key
        self.username = username.strip().lstrip("@")
        self.http = http
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or CancelToken()
        self._sec_uid: str | None = None
        self._video_count: int | None = None  # from the profile: bounds the pages of the video list

    def _get(self, path: str, params: Mapping[str, object]) -> dict[str, object]:
        for attempt in range(self.retry.attempts):
            try:
                status, body = request_json(
                    self.http,
                    "GET",
                    self.base + path,
                    service=SERVICE,
                    retry=self.retry,
                    cancel=self.cancel,
                    params=params,
                    headers={"X-API-KEY": self._api_key, "Accept": "application/json"},
                )
            except RecursionError:  # json.loads of arrays or objects nested thousands deep
                raise _bad("JSON nested too deeply") from None
            raw_message = body.get("message")
            message = raw_message[:200] if isinstance(raw_message, str) else ""
            if status == 200 and body.get("status") != "error":
                return body
            if status in (401, 403):
                if "limit" not in message.lower():
                    raise TikApiBadKey(message=message or str(status))
                if attempt == self.retry.attempts - 1:
                    raise RateLimited(service=SERVICE)
                self.cancel.sleep(self.retry.delay(attempt, rate_limited=True))
                continue
            if status == 404:
                raise TikApiUnknownUser(username=self.username)
            if status == 400:
                bad_fields = body.get("fields")
                detail = (
                    ", ".join(f"{k}: {v}" for k, v in bad_fields.items() if isinstance(v, str))[:200]
                    if isinstance(bad_fields, dict)
                    else message
                )
                raise TikApiBadRequest(fields=detail or message or "400")
            if status == 428:
                raise TikApiSessionExpired()
            raise ServerError(service=SERVICE, status=status)
        raise AssertionError("unreachable")

    def fetch_profile(self) -> Profile:
        profile, self._sec_uid = parse_profile(self._get("/public/check", {"username": self.username}))
        self._video_count = profile.video_count
        return profile

    def iter_video_pages(self) -> Iterator[list[Video]]:
        if self._sec_uid is None:
            self.fetch_profile()
        # no cursor and cursor 0 both ask for the first page: a list that comes back to 0 is a loop
        guard = PageGuard(SERVICE, PAGE_SIZE, self._video_count, names=("hasMore", "cursor"), first="0")
        cursor: str | None = None
        while True:
            params: dict[str, object] = {"secUid": self._sec_uid, "count": PAGE_SIZE}
            if cursor is not None and cursor != "0":
                params["cursor"] = cursor
            videos, cursor, has_more = parse_posts(self._get("/public/posts", params), self.username)
            if videos:
                yield videos
            if not guard.more(has_more, cursor):
                return

    def history(self) -> History:
        return History()

    def close(self) -> None:
        self.http.close()
