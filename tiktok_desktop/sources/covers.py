"""Cover images cached on disk: TikTok's cover URLs expire after hours, so they are fetched right after a
sync, while fresh. Best effort: a cover that fails to download stays a placeholder, and so does one larger
than MAX_BYTES or slower than DEADLINE (each is streamed, and cut off there)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from tiktok_desktop.core.atomic_file import write_bytes_atomic
from tiktok_desktop.core.errors import ResponseTooLarge, ServerTooSlow
from tiktok_desktop.core.models import Video
from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback, Stage, no_progress

if TYPE_CHECKING:  # the HTTPS client is imported on the first download: listing cached covers needs none
    import httpx

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 2**20
DEADLINE = 20.0  # seconds for one cover: a cover is a nicety, never worth holding up the end of a sync
PARALLEL = 4
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


class CoverCache:
    def __init__(
        self, folder: Path, http: httpx.Client | None = None, *, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE
    ) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.deadline = deadline
        self._http = http  # made on the first download: listing what is cached needs no HTTPS client

    @property
    def http(self) -> httpx.Client:
        if self._http is None:
            from tiktok_desktop.net.http import new_client

            # a client of its own: the CDN must never see the API's Authorization header
            self._http = new_client(follow_redirects=True)
        return self._http

    def path(self, video_id: str) -> Path:
        return self.folder / f"{_UNSAFE.sub('_', video_id)}.img"

    def cached(self, video_ids: Sequence[str]) -> dict[str, Path]:
        """The cached cover file of each video that has one."""
        try:
            names = {p.name for p in self.folder.iterdir()}
        except OSError:
            return {}
        return {vid: self.path(vid) for vid in video_ids if self.path(vid).name in names}

    def fetch_missing(
        self, videos: Sequence[Video], cancel: CancelToken | None = None, progress: ProgressCallback = no_progress
    ) -> int:
        """Downloads the covers not cached yet; returns how many arrived."""
        cancel = cancel or CancelToken()
        cached = self.cached([v.video_id for v in videos])
        todo = [v for v in videos if v.cover_url.startswith(("https://", "http://")) and v.video_id not in cached]
        if not todo:
            return 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.info("no cover cache: %s", type(e).__name__)
            return 0
        done = fetched = 0
        http = self.http  # made here, once: the download threads must share one client
        progress(Progress(Stage.COVERS, 0, len(todo)))
        with ThreadPoolExecutor(PARALLEL, thread_name_prefix="covers") as pool:
            for ok in pool.map(lambda v: not cancel.cancelled and self._fetch(http, v), todo):
                done += 1
                fetched += bool(ok)
                progress(Progress(Stage.COVERS, done, len(todo)))
        cancel.raise_if_cancelled()
        return fetched

    def _fetch(self, http: httpx.Client, video: Video) -> bool:
        import httpx

        from tiktok_desktop.net.http import fetch_bounded

        def is_image(response: httpx.Response) -> bool:
            return response.status_code == 200 and response.headers.get("content-type", "").startswith("image/")

        try:
            answer = fetch_bounded(
                http, "GET", video.cover_url, max_bytes=self.max_bytes, deadline=self.deadline, wanted=is_image
            )
        except (httpx.HTTPError, ValueError, ResponseTooLarge, ServerTooSlow) as e:
            log.info("cover %s: %s", video.video_id, type(e).__name__)
            return False
        if answer.body is None:
            return False
        try:
            write_bytes_atomic(self.path(video.video_id), answer.body)
        except OSError as e:  # a full disk loses a cover, never data
            log.info("cover %s not saved: %s", video.video_id, type(e).__name__)
            return False
        return True

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
