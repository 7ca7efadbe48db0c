"""Cover caching on a disk that refuses files: a lost cover, never an exception that ends the sync."""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx
import pytest

from tiktok_desktop.core.models import Video
from tiktok_desktop.sources.covers import CoverCache

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def client() -> httpx.Client:
    return httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=PNG, headers={"content-type": "image/png"}))
    )


def test_a_temporary_file_that_cannot_be_made_loses_the_cover_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", no_space)
    cache = CoverCache(tmp_path / "covers", client())
    videos = [Video("1", 0, "one", cover_url="https://cdn.example/1.png")]
    try:
        assert cache.fetch_missing(videos) == 0  # before: UnboundLocalError from the cleanup path
    finally:
        cache.close()
    assert cache.cached(["1"]) == {}


def test_covers_arrive_whole(tmp_path: Path) -> None:
    cache = CoverCache(tmp_path / "covers", client())
    try:
        assert cache.fetch_missing([Video("1", 0, "one", cover_url="https://cdn.example/1.png")]) == 1
    finally:
        cache.close()
    assert cache.path("1").read_bytes() == PNG
    assert [p.name for p in (tmp_path / "covers").iterdir()] == ["1.img"]
