from __future__ import annotations

import time

import httpx
import pytest
from helpers.fake_tiktok import FakeTikTok

from tiktok_desktop.app.sync import sync
from tiktok_desktop.auth.manager import TokenManager
from tiktok_desktop.auth.oauth import OAuthConfig, TokenClient
from tiktok_desktop.auth.secrets import SecretStore, TokenStore
from tiktok_desktop.auth.tokens import parse_token_response
from tiktok_desktop.core.errors import MalformedResponse, RateLimited, ServerError, SignedOut
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.core.store import Store
from tiktok_desktop.net.http import RetryPolicy, SlidingWindowLimiter
from tiktok_desktop.sources.official import VIDEO_FIELDS, OfficialSource, user_fields
from tiktok_desktop.sources.official_parse import parse_video

NO_WAIT = RetryPolicy(base_delay=0.0, rate_limit_delay=0.0)


@pytest.fixture
def fake():
    server = FakeTikTok().start()
    yield server
    server.stop()


_clients: list[httpx.Client] = []


@pytest.fixture(autouse=True)
def close_clients():
    yield
    while _clients:
        _clients.pop().close()  # keep-alive connections stay open until their client closes


def client() -> httpx.Client:
    _clients.append(httpx.Client())
    return _clients[-1]


def signed_in(fake: FakeTikTok, scopes: set[str] | None = None, lifetime: int | None = None) -> OfficialSource:
    """Tokens issued by the fake as after a real sign-in, in the (in-memory) keyring."""
    if lifetime is not None:
        fake.access_lifetime = lifetime
    body = fake._issue(
        fake.open_id, scopes or {"user.info.basic", "user.info.profile", "user.info.stats", "video.list"}
    )
    store = TokenStore(SecretStore())
    store.save(parse_token_response(body))
    config = OAuthConfig(fake.client_key, fake.client_secret, fake.auth_url, fake.base)
    manager = TokenManager(store, TokenClient(config, client(), NO_WAIT))
    return OfficialSource(fake.base, manager, client(), retry=NO_WAIT)


def test_profile_with_every_scope(fake: FakeTikTok) -> None:
    p = signed_in(fake).fetch_profile()
    assert (p.source, p.external_id, p.username) == ("official", fake.open_id, "fake.creator")
    assert p.display_name == "Fake <i>Creator</i> 🍜" and p.bio.startswith("<script>")
    assert p.followers == 12_345 and p.likes == 2**35 and p.video_count == fake.videos and p.verified


def test_fewer_scopes_granted_asks_only_for_allowed_fields(fake: FakeTikTok) -> None:
    source = signed_in(fake, {"user.info.basic"})
    p = source.fetch_profile()
    assert p.display_name and p.followers is None and p.username == ""
    assert list(source.iter_video_pages()) == []  # no video.list: no videos, no error
    assert fake.requests["video/list"] == 0
    assert user_fields(frozenset({"user.info.stats"})) == [
        "follower_count",
        "following_count",
        "likes_count",
        "video_count",
    ]


def test_every_video_in_pages_of_20(fake: FakeTikTok) -> None:
    pages = list(signed_in(fake).iter_video_pages())
    assert [len(p) for p in pages] == [20, 20, 5]
    videos = [v for p in pages for v in p]
    assert [v.video_id for v in videos] == [r["id"] for r in fake.video_rows]
    assert videos[0].views == 1000 + 2**33 and isinstance(videos[0].video_id, str)
    assert fake.requests["video/list"] == 3


def test_expired_access_token_is_refreshed_once_and_rotation_is_kept(fake: FakeTikTok) -> None:
    source = signed_in(fake)
    fake.access.clear()  # the access token stops working (expired on TikTok's side)
    old_refresh = TokenStore(SecretStore()).load().refresh_token
    assert source.fetch_profile().username == "fake.creator"
    assert source.tokens.refreshes == 1
    stored = TokenStore(SecretStore()).load()
    assert stored.refresh_token != old_refresh and stored.refresh_token in fake.refresh
    assert old_refresh not in fake.refresh


def test_refresh_happens_before_expiry_without_a_401(fake: FakeTikTok) -> None:
    source = signed_in(fake, lifetime=60)
    source.fetch_profile()
    assert source.tokens.refreshes == 1 and fake.requests["user/info"] == 1


def test_revoked_access_means_signed_out(fake: FakeTikTok) -> None:
    source = signed_in(fake)
    fake.revoke_everything()
    with pytest.raises(SignedOut):
        source.fetch_profile()
    assert TokenStore(SecretStore()).load() is None


@pytest.mark.parametrize("failures", [(429,), (500, 500), ("garbage",), ("drop",), (429, 500, "garbage")])
def test_transient_failures_are_retried(fake: FakeTikTok, failures) -> None:
    fake.fail_next("video/list", *failures)
    videos = [v for p in signed_in(fake).iter_video_pages() for v in p]
    assert len(videos) == fake.videos


def test_persistent_failures_become_clear_errors(fake: FakeTikTok) -> None:
    source = signed_in(fake)
    fake.fail_next("user/info", 500, 500, 500, 500)
    with pytest.raises(ServerError):
        source.fetch_profile()
    fake.fail_next("user/info", 429, 429, 429, 429)
    with pytest.raises(RateLimited):
        source.fetch_profile()
    fake.fail_next("user/info", *["garbage"] * 4)
    with pytest.raises(MalformedResponse):
        source.fetch_profile()


def test_unreachable_server_is_a_network_error() -> None:
    from tiktok_desktop.core.errors import NetworkError

    with httpx.Client() as http, pytest.raises(NetworkError) as err:
        from tiktok_desktop.net.http import request_json

        request_json(http, "GET", "http://127.0.0.1:9/x?secret=1", service="T", retry=NO_WAIT, cancel=CancelToken())
    assert "secret" not in str(err.value) and "127.0.0.1" in str(err.value)


def test_client_side_limiter_keeps_under_the_window() -> None:
    clock = [0.0]
    limiter = SlidingWindowLimiter(3, 10.0, clock=lambda: clock[0], margin=0.0)

    class Tick(CancelToken):
        def sleep(self, seconds: float) -> None:
            clock[0] += seconds

    times = []
    for _ in range(7):
        limiter.acquire(Tick())
        times.append(clock[0])
    assert times[:3] == [0, 0, 0] and 10 <= times[3] < 10.1 and 20 <= times[6] < 20.2
    margin = SlidingWindowLimiter(1, 10.0, clock=lambda: clock[0])  # default: 5 % longer than the server's
    clock[0] = 100.0
    margin.acquire(Tick())
    margin.acquire(Tick())
    assert 110.4 < clock[0] < 110.6


def test_resync_lists_only_new_pages_and_requeries_the_rest(fake: FakeTikTok) -> None:
    with Store(":memory:") as store:
        first = sync(store, signed_in(fake))
        assert first.videos == fake.videos and fake.requests["video/list"] == 3
        fake.requests.clear()
        fake.video_rows.insert(0, {**fake.video_rows[0], "id": "7399999999999999999", "create_time": int(time.time())})
        for row in fake.video_rows:
            row["view_count"] += 7
        second = sync(store, signed_in(fake))
        assert fake.requests["video/list"] == 2  # page 1 has the new video, page 2 is all known: stop
        assert fake.requests["video/query"] == 1  # the 6 videos not on those pages, in one call
        assert second.videos == fake.videos + 1
        views = {v.video_id: v.views for v in store.videos(second.account)}
        assert all(views[r["id"]] == r["view_count"] for r in fake.video_rows)


def test_an_interrupted_sync_is_followed_by_a_full_listing(fake: FakeTikTok) -> None:
    with Store(":memory:") as store:
        sync(store, signed_in(fake))
        fake.fail_next("video/list", *[500] * 4)
        with pytest.raises(ServerError):
            sync(store, signed_in(fake))
        fake.requests.clear()
        sync(store, signed_in(fake))
        assert fake.requests["video/list"] == 3 and fake.requests["video/query"] == 0


def test_covers_are_cached_once_without_the_api_token(fake: FakeTikTok, tmp_path) -> None:
    from tiktok_desktop.sources.covers import CoverCache

    cache = CoverCache(tmp_path / "covers")
    with Store(":memory:") as store:
        sync(store, signed_in(fake), covers=cache)
        assert fake.requests["cover"] == fake.videos and fake.cover_auth_leaks == 0
        assert len(cache.cached([r["id"] for r in fake.video_rows])) == fake.videos
        sync(store, signed_in(fake), covers=cache)
        assert fake.requests["cover"] == fake.videos  # nothing fetched twice
    cache.close()


def test_a_cover_that_fails_is_skipped(tmp_path) -> None:
    import respx

    from tiktok_desktop.core.models import Video
    from tiktok_desktop.sources.covers import CoverCache

    with respx.mock:
        respx.get("https://cdn.example/a.jpg").mock(return_value=httpx.Response(404))
        respx.get("https://cdn.example/b.jpg").mock(
            return_value=httpx.Response(200, text="<html>", headers={"content-type": "text/html"})
        )
        respx.get("https://cdn.example/c.jpg").mock(side_effect=httpx.ConnectError("down"))
        respx.get("https://cdn.example/d.jpg").mock(
            return_value=httpx.Response(200, content=b"img", headers={"content-type": "image/jpeg"})
        )
        cache = CoverCache(tmp_path / "c")
        videos = [Video(x, 0, cover_url=f"https://cdn.example/{x}.jpg") for x in "abcd"] + [Video("e", 0)]
        assert cache.fetch_missing(videos) == 1
        assert list(cache.cached("abcde")) == ["d"] and cache.path("d").read_bytes() == b"img"
        cache.close()


# -- the creator's AI-generated label (is_aigc) -------------------------------------------------------------


@pytest.mark.parametrize(
    "answer, expected", [({"is_aigc": True}, True), ({"is_aigc": False}, False), ({"is_aigc": None}, None), ({}, None)]
)
def test_is_aigc_is_read_as_true_false_or_unknown(answer: dict, expected: bool | None) -> None:
    assert parse_video({"id": "1", "create_time": 1, **answer}).ai_generated is expected


@pytest.mark.parametrize("value", [1, 0, 1.0, "true", "false", "", [], {}, [True]])
def test_is_aigc_of_another_type_is_malformed_naming_the_field(value: object) -> None:
    with pytest.raises(MalformedResponse) as err:
        parse_video({"id": "1", "create_time": 1, "is_aigc": value})
    assert "is_aigc is not true or false" in str(err.value)


def test_list_and_query_ask_for_is_aigc_and_the_sync_stores_it(fake: FakeTikTok) -> None:
    assert "is_aigc" in VIDEO_FIELDS.split(",")
    labelled = {r["id"]: r["is_aigc"] for r in fake.video_rows}
    assert any(labelled.values()) and not all(labelled.values())
    with Store(":memory:") as store:
        first = sync(store, signed_in(fake))
        assert {v.video_id: v.ai_generated for v in store.videos(first.account)} == labelled
        oldest = fake.video_rows[-1]
        oldest["is_aigc"] = not oldest["is_aigc"]  # re-read by video/query on the next sync, not listed
        fake.requests.clear()
        second = sync(store, signed_in(fake))
        assert fake.requests["video/query"] >= 1
        assert {v.video_id: v.ai_generated for v in store.videos(second.account)}[oldest["id"]] is oldest["is_aigc"]
