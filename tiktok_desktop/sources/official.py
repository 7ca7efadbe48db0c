"""TikTok's official Display API v2: profile, video list (cursor pages) and video query (re-reads by id)."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import httpx

from tiktok_desktop.core.errors import ApiError, MalformedResponse, RateLimited, ScopeMissing, SignedOut
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.net.http import RetryPolicy, SlidingWindowLimiter, request_json
from tiktok_desktop.sources.base import AccessTokens, History
from tiktok_desktop.sources.fields import PageGuard
from tiktok_desktop.sources.official_parse import parse_user, parse_video_page

log = logging.getLogger(__name__)

USER_FIELDS = {
    "user.info.basic": ("open_id", "union_id", "avatar_url", "avatar_url_100", "avatar_large_url", "display_name"),
    "user.info.profile": ("bio_description", "profile_deep_link", "is_verified", "username"),
    "user.info.stats": ("follower_count", "following_count", "likes_count", "video_count"),
}
VIDEO_FIELDS = (
    "id,create_time,cover_image_url,share_url,video_description,title,duration,like_count,comment_count,"
    "share_count,view_count,is_aigc"
)
PAGE_SIZE = 20  # the API's maximum for both list and query
RATE_LIMIT = 600  # requests per minute per endpoint
QUERY_PARALLELISM = 8  # re-reads in flight at once: well within 600 a minute, and 8x fewer round trips


def user_fields(scopes: frozenset[str]) -> list[str]:
    """Only fields of granted scopes: one field outside them fails the whole call."""
    return [f for scope, fields in USER_FIELDS.items() if scope in scopes for f in fields]


class OfficialSource:
    name = "official"

    def __init__(
        self,
        api_base: str,
        tokens: AccessTokens,
        http: httpx.Client,
        *,
        retry: RetryPolicy | None = None,
        limit_per_minute: tuple[int, float] = (RATE_LIMIT, 60.0),
        cancel: CancelToken | None = None,
    ) -> None:
        self.api_base = api_base.rstrip("/")
        self.tokens = tokens
        self.http = http
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or CancelToken()
        self._video_count: int | None = None  # from the profile: bounds the pages of the video list
        self._limiters = {
            endpoint: SlidingWindowLimiter(*limit_per_minute) for endpoint in ("user/info", "video/list", "video/query")
        }

    def _call(
        self, endpoint: str, method: str, fields: str, body: Mapping[str, object] | None = None
    ) -> dict[str, object]:
        url = f"{self.api_base}/v2/{endpoint}/"  # the trailing slash is required
        token = self.tokens.access_token(self.cancel)
        for attempt in (1, 2):
            self._limiters[endpoint].acquire(self.cancel)
            try:
                _, answer = request_json(
                    self.http,
                    method,
                    url,
                    service="TikTok",
                    retry=self.retry,
                    cancel=self.cancel,
                    # 401 and other 4xx carry an error body read below; 429 and 5xx are retried by request_json
                    params={"fields": fields},
                    json=body,
                    headers={"Authorization": f"Bearer {token}"},
                )
            except RecursionError:  # json.loads of arrays or objects nested thousands deep
                raise MalformedResponse(service="TikTok", detail="JSON nested too deeply") from None
            error = answer.get("error")
            code = error.get("code") if isinstance(error, dict) else None
            if code is not None and not isinstance(code, str):
                raise MalformedResponse(service="TikTok", detail="error.code is not text")
            if code == "ok":
                data = answer.get("data")
                if not isinstance(data, dict):
                    raise MalformedResponse(service="TikTok", detail="no data")
                return data
            if code == "access_token_invalid" and attempt == 1:
                token = self.tokens.refresh_after_rejection(token, self.cancel)
                continue
            raw_message = error.get("message") if isinstance(error, dict) else None
            message = raw_message[:200] if isinstance(raw_message, str) else ""
            if code == "access_token_invalid":
                raise SignedOut()
            if code in ("scope_not_authorized", "scope_permission_missed"):
                raise ScopeMissing(scope=endpoint.replace("/", "."))
            if code == "rate_limit_exceeded":
                raise RateLimited(service="TikTok")
            if code is None:
                raise MalformedResponse(service="TikTok", detail="no error object")
            raise ApiError(service="TikTok", code=code[:100], message=message or code[:100])
        raise AssertionError("unreachable")

    def fetch_profile(self) -> Profile:
        fields = user_fields(self.tokens.scopes) or ["open_id"]
        data = self._call("user/info", "GET", ",".join(fields))
        profile = parse_user(data.get("user"), self.tokens.open_id)
        self._video_count = profile.video_count
        return profile

    @property
    def can_list_videos(self) -> bool:
        return "video.list" in self.tokens.scopes

    def iter_video_pages(self) -> Iterator[list[Video]]:
        if not self.can_list_videos:
            return
        guard = PageGuard("TikTok", PAGE_SIZE, self._video_count)
        cursor: str | None = None  # digits of an int64: checked by parse_video_page
        while True:
            body: dict[str, object] = {"max_count": PAGE_SIZE}
            if cursor is not None:
                body["cursor"] = int(cursor)
            videos, cursor, has_more = parse_video_page(self._call("video/list", "POST", VIDEO_FIELDS, body))
            if videos:
                yield videos
            if not guard.more(has_more, cursor):
                return

    def refresh_known(self, video_ids: Sequence[str]) -> Iterator[list[Video]]:
        """Fresh counts for known videos, 20 ids a call, a few calls in flight; missing ids are gone or private."""
        if not self.can_list_videos or not video_ids:
            return
        chunks = [list(video_ids[i : i + PAGE_SIZE]) for i in range(0, len(video_ids), PAGE_SIZE)]

        def query(ids: list[str]) -> list[Video]:
            data = self._call("video/query", "POST", VIDEO_FIELDS, {"filters": {"video_ids": ids}})
            return parse_video_page(data)[0]

        with ThreadPoolExecutor(QUERY_PARALLELISM, thread_name_prefix="video-query") as pool:
            for videos in pool.map(query, chunks):
                self.cancel.raise_if_cancelled()
                if videos:
                    yield videos

    def history(self) -> History:
        return History()

    def close(self) -> None:
        self.http.close()
