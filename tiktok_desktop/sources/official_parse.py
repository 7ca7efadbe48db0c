"""Display API JSON -> domain objects. One function per shape: missing or extra fields are fine, wrong
types are not (they mean the answer is not what the contract says)."""

from __future__ import annotations

from collections.abc import Mapping

from tiktok_desktop.core.errors import MalformedResponse
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.sources.fields import text, video_id

SERVICE = "TikTok"


def _bad(what: str) -> MalformedResponse:
    return MalformedResponse(service=SERVICE, detail=what)


def opt_int(d: Mapping[str, object], key: str) -> int | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"{key} is not a whole number")
    return value


def opt_str(d: Mapping[str, object], key: str) -> str:
    return text(d, key, SERVICE)


def parse_user(user: object, open_id: str) -> Profile:
    if not isinstance(user, dict):
        raise _bad("user is not an object")
    username = opt_str(user, "username")
    return Profile(
        source="official",
        external_id=opt_str(user, "open_id") or open_id,
        username=username,
        display_name=opt_str(user, "display_name"),
        bio=opt_str(user, "bio_description"),
        avatar_url=opt_str(user, "avatar_large_url") or opt_str(user, "avatar_url_100") or opt_str(user, "avatar_url"),
        profile_url=opt_str(user, "profile_deep_link") or (f"https://www.tiktok.com/@{username}" if username else ""),
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
    published = opt_int(item, "create_time")
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
        cover_url=opt_str(item, "cover_image_url"),
        share_url=opt_str(item, "share_url"),
    )


def parse_video_page(data: object) -> tuple[list[Video], int | None, bool]:
    """(videos, next cursor, has_more) of a video/list answer; videos only for video/query."""
    if not isinstance(data, dict):
        raise _bad("data is not an object")
    items = data.get("videos") or []
    if not isinstance(items, list):
        raise _bad("videos is not a list")
    cursor = opt_int(data, "cursor")
    has_more = data.get("has_more") is True
    return [parse_video(i) for i in items], cursor, has_more
