from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import respx
from helpers.fake_tikapi import FakeTikApi

from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.errors import (
    MalformedResponse,
    RateLimited,
    ServerError,
    TikApiBadKey,
    TikApiBadRequest,
    TikApiSessionExpired,
    TikApiUnknownUser,
)
from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.core.store import Store
from tiktok_desktop.net.http import RetryPolicy
from tiktok_desktop.sources.tikapi import TikApiSource, count, parse_item

BASE = "https://api.tikapi.io"
NO_WAIT = RetryPolicy(base_delay=0.0, rate_limit_delay=0.0)


_sources: list[TikApiSource] = []


@pytest.fixture(autouse=True)
def close_sources():
    yield
    while _sources:
        _sources.pop().close()  # keep-alive connections stay open until their client closes


def source(base: str = BASE, key: str = "KEY0123456789", username: str = "chef.wang") -> TikApiSource:
    _sources.append(TikApiSource(base, key, username, httpx.Client(), retry=NO_WAIT))
    return _sources[-1]


@pytest.fixture
def fake():
    server = FakeTikApi().start()
    yield server
    server.stop()


# -- parsing ------------------------------------------------------------------------------------------------


def test_counts_accept_numbers_and_digit_strings_only() -> None:
    assert count({"a": "123"}, "a") == 123 and count({"a": 5}, "a") == 5 and count({}, "a") is None
    assert count({"b": "9"}, "a", "b") == 9
    for bad in ("12k", True, [1], "1.5"):
        with pytest.raises(MalformedResponse):
            count({"a": bad}, "a")


def test_item_mapping() -> None:
    v = parse_item(
        {
            "id": "7",
            "desc": "first line\nmore #tag",
            "createTime": "1700000000",
            "video": {"duration": "31", "cover": "https://c/x.jpg"},
            "stats": {"playCount": "1000", "diggCount": 50, "commentCount": "5", "shareCount": 3},
        },
        "u",
    )
    assert (v.video_id, v.published_at, v.title, v.duration_s) == ("7", 1_700_000_000, "first line", 31)
    assert (v.views, v.likes, v.comments, v.shares, v.saves) == (1000, 50, 5, 3, None)
    assert v.share_url == "https://www.tiktok.com/@u/video/7" and video_engagement(v) == pytest.approx(5.8)


# -- error branches -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status, body, error",
    [
        (403, {"status": "error", "message": "Invalid API key"}, TikApiBadKey),
        (401, {"status": "error", "message": "Unauthorized"}, TikApiBadKey),
        (404, {"status": "error", "message": "User not found"}, TikApiUnknownUser),
        (400, {"status": "error", "message": "Bad", "fields": {"username": "required"}}, TikApiBadRequest),
        (428, {"status": "error", "message": "Session expired"}, TikApiSessionExpired),
        (200, {"status": "error", "message": "weird"}, ServerError),
    ],
)
@respx.mock
def test_each_error_is_typed(status: int, body: dict, error: type) -> None:
    route = respx.get(f"{BASE}/public/check").mock(return_value=httpx.Response(status, json=body))
    with pytest.raises(error) as err:
        source().fetch_profile()
    assert route.calls[0].request.headers["X-API-KEY"] == "KEY0123456789"
    assert "KEY0123456789" not in str(err.value)
    if error is TikApiUnknownUser:
        assert "chef.wang" in str(err.value)
    if error is TikApiBadRequest:
        assert "username: required" in str(err.value)


@respx.mock
def test_a_spent_key_limit_backs_off_then_succeeds_or_says_rate_limited() -> None:
    ok = httpx.Response(200, json={"status": "success", "userInfo": {"user": {"uniqueId": "x", "secUid": "s"}}})
    limit = httpx.Response(403, json={"status": "error", "message": "Rate limit exceeded for this key"})
    respx.get(f"{BASE}/public/check").mock(side_effect=[limit, limit, ok])
    assert source().fetch_profile().username == "x"
    respx.get(f"{BASE}/public/check").mock(side_effect=[limit] * 4)
    with pytest.raises(RateLimited):
        source().fetch_profile()


@respx.mock
def test_429_and_503_are_retried() -> None:
    ok = httpx.Response(200, json={"status": "success", "userInfo": {"user": {"uniqueId": "x", "secUid": "s"}}})
    respx.get(f"{BASE}/public/check").mock(side_effect=[httpx.Response(429), httpx.Response(503), ok])
    assert source().fetch_profile().username == "x"
    respx.get(f"{BASE}/public/check").mock(return_value=httpx.Response(503))
    with pytest.raises(ServerError):
        source().fetch_profile()


# -- against the fake server ----------------------------------------------------------------------------------


def test_sync_stores_every_video_with_correct_counts(fake: FakeTikApi) -> None:
    fake.fail_next("/public/posts", 429, 503)
    with Store(":memory:") as store:
        result = sync(store, source(fake.base, fake.api_key))
        assert result.account == "tikapi:6800000000000000001" and result.videos == 70
        account = store.account(result.account).profile
        assert (account.username, account.followers, account.likes, account.video_count) == (
            "chef.wang",
            98765,
            1234567,
            70,
        )
        videos = {v.video_id: v for v in store.videos(result.account)}
    for i, item in enumerate(fake.items):
        v = videos[item["id"]]
        assert v.views == 5000 + i * 100 and v.comments == i and v.published_at == int(item["createTime"])
        assert v.saves == (40 + i if i % 3 == 0 else 7 + i if i % 3 == 1 else None)
    assert fake.requests["/public/posts"] == 3 + 2  # 70 videos in pages of 30, plus the two failures


def test_tikapi_and_official_accounts_of_one_person_are_kept_apart(fake: FakeTikApi) -> None:
    from tiktok_desktop.core.models import Profile

    with Store(":memory:") as store:
        sync(store, source(fake.base, fake.api_key))
        store.save_profile(Profile("official", "6800000000000000001", username="chef.wang"), 1)
        assert sorted(a.key for a in store.accounts()) == ["official:6800000000000000001", "tikapi:6800000000000000001"]


# -- the real command ----------------------------------------------------------------------------------------


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_sync_command_end_to_end(fake: FakeTikApi, isolated, tmp_path: Path) -> None:
    fake.fail_next("/public/check", 503)
    fake.fail_next("/public/posts", 429)
    env = {**os.environ, "TIKAPI_BASE": fake.base, "TIKAPI_KEY": fake.api_key}
    ok = cli(env, "sync", "--source", "tikapi", "--username", "@chef.wang")
    assert ok.returncode == 0, ok.stderr
    assert "Synced 70 videos of tikapi:" in ok.stdout
    out = tmp_path / "v.csv"
    assert cli(env, "export", "csv", "--out", str(out)).returncode == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 71
    assert fake.requests["cover"] == 70 and fake.cover_key_leaks == 0  # the CDN never sees the API key

    bad_key = cli({**env, "TIKAPI_KEY": "WrongKey12345"}, "sync", "--source", "tikapi")
    assert bad_key.returncode == 1 and bad_key.stderr.count("\n") == 1
    assert "Check your TikAPI key" in bad_key.stderr and "WrongKey" not in bad_key.stderr
    unknown = cli(env, "sync", "--source", "tikapi", "--username", "nobody.here")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    assert "no TikTok user named “nobody.here”" in unknown.stderr
    status = cli(env, "status", "--json")
    assert '"videos": 70' in status.stdout  # stored data kept after the failures

    no_key = cli({k: v for k, v in env.items() if k != "TIKAPI_KEY"}, "sync", "--source", "tikapi")
    assert no_key.returncode == 1 and "No TikAPI key is set" in no_key.stderr
    for path in tmp_path.rglob("*"):  # the key lives in the environment here: never written anywhere
        if path.is_file():
            assert fake.api_key.encode() not in path.read_bytes(), path
