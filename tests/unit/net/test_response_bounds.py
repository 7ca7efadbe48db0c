"""Every answer is bounded in size and in time: an endless, huge, inflating or dripping body ends in a typed
error (or, for a cover, a skipped cover) with memory and wall time bounded, never a hang or a swelling process.

Each call runs in a thread watched from the test: past its time or its memory budget the fake stops
misbehaving and the test fails, so a missing bound shows as a failure, not as a hang or an exhausted machine.
"""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from helpers.fake_tiktok import FakeTikTok

from tiktok_desktop.core.errors import NetworkError, ResponseTooLarge, ServerTooSlow, SettingsError
from tiktok_desktop.core.models import Video
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.net.http import DEADLINE_ENV, RetryPolicy, deadline_from_env, new_client, request_json
from tiktok_desktop.sources.covers import CoverCache

MB = 2**20
ONCE = RetryPolicy(attempts=1)
TWICE = RetryPolicy(attempts=2, base_delay=0.0)


@pytest.fixture
def fake() -> Iterator[FakeTikTok]:
    server = FakeTikTok(videos=4).start()
    yield server
    server.stop()


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with new_client() as client:  # the app's client: 20 s per read, which a drip never trips
        yield client


@dataclass
class Outcome:
    value: object
    error: BaseException | None
    seconds: float
    peak_mb: float  # Python memory at its peak during the call, over what was in use before it


def bounded(fake: FakeTikTok, call: Callable[[], object], *, seconds: float, memory_mb: float = 48) -> Outcome:
    """Runs call in a thread; fails the test when it takes longer than `seconds` or more than memory_mb."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as e:  # noqa: BLE001 - handed to the test
            box["error"] = e

    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        start = time.monotonic()
        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        while worker.is_alive() and time.monotonic() - start < seconds:
            if tracemalloc.get_traced_memory()[1] - before > memory_mb * MB:
                break
            worker.join(0.02)
        elapsed = time.monotonic() - start
        peak_mb = (tracemalloc.get_traced_memory()[1] - before) / MB
    finally:
        tracemalloc.stop()
    if worker.is_alive():
        fake.halt.set()  # ends the misbehaving answer, so the call (and its memory) ends too
        worker.join(30)
        pytest.fail(f"unbounded: still reading after {elapsed:.1f} s, {peak_mb:.0f} MB of Python memory")
    error = box.get("error")
    assert error is None or isinstance(error, BaseException)
    return Outcome(box.get("value"), error, elapsed, peak_mb)


def api_call(fake: FakeTikTok, http: httpx.Client, retry: RetryPolicy = ONCE, **bounds: float) -> Callable[[], object]:
    # the fake serves a queued misbehaviour before it checks the token: no sign-in needed
    url = fake.base + "/v2/user/info/?fields=open_id"
    return lambda: request_json(http, "GET", url, service="TikTok", retry=retry, cancel=CancelToken(), **bounds)


def test_an_endless_body_stops_at_the_cap_with_memory_bounded(fake: FakeTikTok, http: httpx.Client) -> None:
    fake.fail_next("user/info", "endless", "endless")
    out = bounded(fake, api_call(fake, http, TWICE, max_bytes=1 * MB), seconds=10)
    assert isinstance(out.error, ResponseTooLarge), out.error
    assert "127.0.0.1" in str(out.error) and "1 MB" in str(out.error)
    assert out.peak_mb < 4, out.peak_mb
    assert fake.requests["user/info"] == 1  # the same answer would come again: never retried


def test_the_default_cap_is_8_mb(fake: FakeTikTok, http: httpx.Client) -> None:
    fake.fail_next("user/info", "endless")
    out = bounded(fake, api_call(fake, http), seconds=10)
    assert isinstance(out.error, ResponseTooLarge) and "8 MB" in str(out.error), out.error
    assert out.peak_mb < 8 + 4, out.peak_mb


def test_a_huge_announced_length_is_refused_before_reading(fake: FakeTikTok, http: httpx.Client) -> None:
    fake.fail_next("user/info", "huge")
    out = bounded(fake, api_call(fake, http, max_bytes=1 * MB), seconds=10)
    assert isinstance(out.error, ResponseTooLarge), out.error
    assert out.peak_mb < 1, out.peak_mb  # not even the cap was read
    assert out.seconds < 2


def test_a_compressed_body_is_capped_as_it_inflates(fake: FakeTikTok, http: httpx.Client) -> None:
    fake.fail_next("user/info", "bomb")  # 64 KB on the wire, 64 MB inflated
    out = bounded(fake, api_call(fake, http, max_bytes=1 * MB), seconds=10, memory_mb=24)
    assert isinstance(out.error, ResponseTooLarge), out.error
    assert out.peak_mb < 4, out.peak_mb


def test_a_body_dripping_faster_than_the_read_timeout_ends_at_the_deadline(
    fake: FakeTikTok, http: httpx.Client
) -> None:
    fake.drip_interval = 0.2  # never silent long enough for any per-read timeout
    fake.fail_next("user/info", "drip", "drip", "drip")
    out = bounded(fake, api_call(fake, http, TWICE, deadline=1.5), seconds=10)
    assert isinstance(out.error, ServerTooSlow) and isinstance(out.error, NetworkError), out.error
    assert "127.0.0.1" in str(out.error) and "too slowly" in str(out.error)
    assert fake.requests["user/info"] == 2  # retried within the policy's attempts, then given up
    assert out.seconds < 2 * (1.5 + 0.2) + 1.5, out.seconds  # two deadlines (and a drip), and a margin


def test_a_body_dripping_a_byte_every_5_s_ends_at_the_deadline(fake: FakeTikTok, http: httpx.Client) -> None:
    fake.drip_interval = 5.0
    fake.fail_next("user/info", "drip")
    out = bounded(fake, api_call(fake, http, deadline=1.5), seconds=10)
    assert isinstance(out.error, ServerTooSlow), out.error
    assert out.seconds < 1.5 + 1, out.seconds


def test_a_normal_answer_still_arrives_within_tight_bounds(fake: FakeTikTok, http: httpx.Client) -> None:
    status, body = api_call(fake, http, max_bytes=4096, deadline=2)()  # type: ignore[misc]
    assert status == 401 and body["error"]["code"] == "access_token_invalid"  # type: ignore[index]


@pytest.mark.parametrize("chunked", [False, True])
def test_the_cap_is_exact(chunked: bool) -> None:
    answer = b'{"a": "' + b"x" * 1000 + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([answer]) if chunked else answer)

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:

        def call(cap: int) -> object:
            return request_json(
                http, "GET", "https://api.test/x", service="T", retry=ONCE, cancel=CancelToken(), max_bytes=cap
            )

        assert call(len(answer)) == (200, {"a": "x" * 1000})
        with pytest.raises(ResponseTooLarge):
            call(len(answer) - 1)


def test_the_deadline_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DEADLINE_ENV, raising=False)
    assert deadline_from_env() == 60.0
    monkeypatch.setenv(DEADLINE_ENV, " 2.5 ")
    assert deadline_from_env() == 2.5
    for wrong in ("0", "0.5", "601", "abc", "nan", "inf", "-3"):
        monkeypatch.setenv(DEADLINE_ENV, wrong)
        with pytest.raises(SettingsError) as err:
            deadline_from_env()
        assert DEADLINE_ENV in str(err.value)


def test_request_json_uses_the_deadline_of_the_environment(
    fake: FakeTikTok, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEADLINE_ENV, "1")
    fake.drip_interval = 0.2
    fake.fail_next("user/info", "drip")
    out = bounded(fake, api_call(fake, http), seconds=10)
    assert isinstance(out.error, ServerTooSlow) and out.seconds < 1 + 1, (out.error, out.seconds)


def test_covers_too_large_or_too_slow_are_skipped(fake: FakeTikTok, tmp_path: Path) -> None:
    fake.drip_interval = 0.2
    fake.fail_next("cover", "endless", "huge", "drip")  # three of the four covers misbehave
    videos = [Video(row["id"], 0, cover_url=row["cover_image_url"]) for row in fake.video_rows]
    cache = CoverCache(tmp_path / "covers", max_bytes=1 * MB, deadline=1.5)
    try:
        out = bounded(fake, lambda: cache.fetch_missing(videos), seconds=10)
    finally:
        cache.close()
    assert out.error is None and out.value == 1, out.error
    assert len(cache.cached([v.video_id for v in videos])) == 1
    assert out.peak_mb < 8, out.peak_mb
    assert out.seconds < 1.5 + 1.5, out.seconds
    assert fake.requests["cover"] == 4  # each once


def test_covers_have_a_5_mb_cap_by_default(fake: FakeTikTok, tmp_path: Path) -> None:
    fake.fail_next("cover", "endless")
    videos = [Video(row["id"], 0, cover_url=row["cover_image_url"]) for row in fake.video_rows[:1]]
    cache = CoverCache(tmp_path / "covers")
    try:
        out = bounded(fake, lambda: cache.fetch_missing(videos), seconds=10)
    finally:
        cache.close()
    assert out.error is None and out.value == 0, out.error
    assert out.peak_mb < 5 + 4, out.peak_mb
