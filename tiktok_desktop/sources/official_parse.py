"""Display API JSON -> domain objects. One function per shape: missing or extra fields are fine, wrong
types are not (they mean the answer is not what the contract says), nor are counts outside int64 or negative;
text is capped (sources.fields)."""

from __future__ import annotations

from collections.abc import Mapping

from tiktok_desktop.core.errors import MalformedResponse
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.sources import fields
from tiktok_desktop.sources.fields import MAX_TIMESTAMP, VideoPage, flag, identifier, url, video_id, whole_number

SERVICE = "TikTok"
# Display API name of each count a video snapshot records (fields.COUNTS)
COUNT_FIELDS = {"views": "view_count", "likes": "like_count", "comments": "comment_count", "shares": "share_count"}


def _bad(what: str) -> MalformedResponse:
    return MalformedResponse(service=SERVICE, detail=what)


def opt_int(d: Mapping[str, object], key: str) -> int | None:
    return whole_number(d, key, SERVICE)


def opt_str(d: Mapping[str, object], key: str, limit: int = fields.LONG_TEXT) -> str:
    return fields.text(d, key, SERVICE, limit)


def parse_user(user: object, open_id: str) -> Profile:
    if not isinstance(user, dict):
        raise _bad("user is not an object")
    username = opt_str(user, "username", fields.USERNAME)
    return Profile(
        source="official",
        external_id=identifier(user, "open_id", SERVICE) or open_id,
        username=username,
        display_name=opt_str(user, "display_name", fields.NAME),
        bio=opt_str(user, "bio_description"),
        avatar_url=url(user, "avatar_large_url", SERVICE)
        or url(user, "avatar_url_100", SERVICE)
        or url(user, "avatar_url", SERVICE),
        profile_url=url(user, "profile_deep_link", SERVICE)
        or (f"https://www.tiktok.com/@{username}" if username else ""),
        verified=bool(user.get("is_verified") is True),
        followers=opt_int(user, "follower_count"),
        following=opt_int(user, "following_count"),
        likes=opt_int(user, "likes_count"),
        video_count=opt_int(user, "video_count"),
    )


def parse_video(item: object) -> Video:
    if not isinstance(item, dict):
        raise _bad("video is not an object")
    vid = video_id(item, "id", SERVICE)
    published = whole_number(item, "create_time", SERVICE, maximum=MAX_TIMESTAMP)
    if published is None:
        raise _bad("video without create_time")
    return Video(
        video_id=vid,
        published_at=published,
        title=opt_str(item, "title"),
        description=opt_str(item, "video_description"),
        duration_s=opt_int(item, "duration") or 0,
        views=opt_int(item, "view_count") or 0,
        likes=opt_int(item, "like_count") or 0,
        comments=opt_int(item, "comment_count") or 0,
        shares=opt_int(item, "share_count") or 0,
        saves=None,
        cover_url=url(item, "cover_image_url", SERVICE),
        share_url=url(item, "share_url", SERVICE),
        ai_generated=flag(item, "is_aigc", SERVICE),  # older answers leave it out: unknown
    )


def parse_video_page(data: object) -> tuple[VideoPage, str | None, bool]:
    """(videos, next cursor as digits, has_more) of a video/list answer; videos only for video/query.

    The cursor is an int64 of milliseconds; some clients saw it as a digit string, so both are read.
    """
    if not isinstance(data, dict):
        raise _bad("data is not an object")
    items = data.get("videos") or []
    if not isinstance(items, list):
        raise _bad("videos is not a list")
    cursor = whole_number(data, "cursor", SERVICE, lenient=True)
    has_more = data.get("has_more") is True
    videos = [parse_video(i) for i in items]
    uncounted = [
        v.video_id for v, i in zip(videos, items, strict=True) if any(i.get(k) is None for k in COUNT_FIELDS.values())
    ]
    return VideoPage(videos, uncounted), None if cursor is None else str(cursor), has_more
