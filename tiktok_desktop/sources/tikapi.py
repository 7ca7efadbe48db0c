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

SERVICE = "TikAPI"
PAGE_SIZE = 30  # TikAPI's default and maximum


def _bad(what: str) -> MalformedResponse:
    return MalformedResponse(service=SERVICE, detail=what)


def count(d: Mapping[str, object], *keys: str) -> int | None:
    """The first of keys present, as an int; digit strings are accepted (TikTok's web JSON has both)."""
    for key in keys:
        value = d.get(key)
        if value is None:
            continue
        if isinstance(value, bool):
            raise _bad(f"{key} is not a number")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        raise _bad(f"{key} is not a number")
    return None


def text(d: Mapping[str, object], key: str) -> str:
    return fields.text(d, key, SERVICE)


def parse_profile(body: object) -> tuple[Profile, str]:
    """(profile, secUid) from /public/check."""
    info = fields.member(body, "userInfo")
    user = fields.member(info, "user")
    if user is None:
        raise _bad("no userInfo.user")
    stats = fields.member(info, "stats") or {}
    username = text(user, "uniqueId")
    sec_uid = text(user, "secUid")
    if not sec_uid:
        raise _bad("no secUid")
    profile = Profile(
        source="tikapi",
        external_id=text(user, "id") or username,
        username=username,
        display_name=text(user, "nickname"),
        bio=text(user, "signature"),
        avatar_url=text(user, "avatarLarger") or text(user, "avatarMedium") or text(user, "avatarThumb"),
        profile_url=f"https://www.tiktok.com/@{username}" if username else "",
        verified=user.get("verified") is True,
        followers=count(stats, "followerCount"),
        following=count(stats, "followingCount"),
        likes=count(stats, "heartCount", "heart"),
        video_count=count(stats, "videoCount"),
    )
    return profile, sec_uid


def parse_item(item: object, username: str) -> Video:
    if not isinstance(item, dict):
        raise _bad("item is not an object")
    video_id = fields.video_id(item, "id", SERVICE)
    published = count(item, "createTime")
    if published is None:
        raise _bad("item without createTime")
    stats = fields.member(item, "stats") or {}
    media = fields.member(item, "video") or {}
    description = text(item, "desc")
    return Video(
        video_id=video_id,
        published_at=published,
        title=description.split("\n", 1)[0][:150],  # the web JSON has no separate title
        description=description,
        duration_s=count(media, "duration") or 0,
        views=count(stats, "playCount") or 0,
        likes=count(stats, "diggCount") or 0,
        comments=count(stats, "commentCount") or 0,
        shares=count(stats, "shareCount") or 0,
        saves=count(stats, "collectCount", "saveCount"),  # None when TikAPI does not say: not zero
        cover_url=text(media, "cover"),
        share_url=f"https://www.tiktok.com/@{username}/video/{video_id}" if username else "",
    )


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

    def _get(self, path: str, params: Mapping[str, object]) -> dict[str, object]:
        for attempt in range(self.retry.attempts):
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
            message = str(body.get("message") or "")[:200]
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
                fields = body.get("fields")
                detail = ", ".join(f"{k}: {v}" for k, v in fields.items()) if isinstance(fields, dict) else message
                raise TikApiBadRequest(fields=detail or message or "400")
            if status == 428:
                raise TikApiSessionExpired()
            raise ServerError(service=SERVICE, status=status)
        raise AssertionError("unreachable")

    def fetch_profile(self) -> Profile:
        profile, self._sec_uid = parse_profile(self._get("/public/check", {"username": self.username}))
        return profile

    def iter_video_pages(self) -> Iterator[list[Video]]:
        if self._sec_uid is None:
            self.fetch_profile()
        cursor: object = None  # whatever the last page gave, sent back as it came
        while True:
            params: dict[str, object] = {"secUid": self._sec_uid, "count": PAGE_SIZE}
            if cursor not in (None, "", 0, "0"):
                params["cursor"] = cursor
            body = self._get("/public/posts", params)
            items = body.get("itemList") or []
            if not isinstance(items, list):
                raise _bad("itemList is not a list")
            videos = [parse_item(i, self.username) for i in items]
            if videos:
                yield videos
            next_cursor = body.get("cursor")
            if body.get("hasMore") is not True or not items or next_cursor in (None, cursor):
                return
            cursor = next_cursor

    def history(self) -> History:
        return History()

    def close(self) -> None:
        self.http.close()
