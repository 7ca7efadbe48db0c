"""Answers a broken or hostile server may send: lists that never end, counts no database can hold, JSON nested
beyond Python's recursion limit, text of megabytes. Each ends in a typed error naming the problem (or is cut to
size), after a bounded number of requests, with the data stored before intact."""

from __future__ import annotations

import itertools
import math
import threading

import httpx
import pytest
from helpers.fake_tikapi import FakeTikApi
from helpers.fake_tiktok import MISSING, FakeTikTok

from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.errors import MalformedResponse, PaginationLoop
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.core.store import Store
from tiktok_desktop.net.http import RetryPolicy
from tiktok_desktop.sources import fields
from tiktok_desktop.sources.official import OfficialSource
from tiktok_desktop.sources.official_parse import parse_user, parse_video_page
from tiktok_desktop.sources.tikapi import TikApiSource, parse_item, parse_profile

NO_WAIT = RetryPolicy(base_delay=0.0, rate_limit_delay=0.0)
REQUEST_CAP = 60  # a test's own bound: past it, the sync is cancelled (a source without bounds fails, not hangs)
TIME_CAP = 30.0


SCOPES = {"user.info.basic", "user.info.profile", "user.info.stats", "video.list"}


class Tokens:
    """A signed-in session as the official source sees it, with a token the fake issued."""

    def __init__(self, fake: FakeTikTok) -> None:
        self._token = fake._issue(fake.open_id, set(SCOPES))
        self.open_id = fake.open_id
        self.scopes = frozenset(SCOPES)

    def access_token(self, cancel: CancelToken | None = None) -> str:
        return str(self._token["access_token"])

    def refresh_after_rejection(self, rejected: str, cancel: CancelToken | None = None) -> str:
        raise AssertionError("the fake's token does not expire in these tests")


_clients: list[httpx.Client] = []
_timers: list[threading.Timer] = []


@pytest.fixture(autouse=True)
def close_everything():
    yield
    while _clients:
        _clients.pop().close()  # keep-alive connections stay open until their client closes
    while _timers:
        _timers.pop().cancel()


def bounded_client(cancel: CancelToken) -> httpx.Client:
    """A client that cancels the sync at REQUEST_CAP requests or after TIME_CAP seconds."""
    sent = itertools.count(1)

    def count(request: httpx.Request) -> None:
        if next(sent) >= REQUEST_CAP:
            cancel.cancel()

    _timers.append(threading.Timer(TIME_CAP, cancel.cancel))
    _timers[-1].start()
    _clients.append(httpx.Client(event_hooks={"request": [count]}))
    return _clients[-1]


def official(fake: FakeTikTok) -> tuple[OfficialSource, CancelToken]:
    cancel = CancelToken()
    return OfficialSource(fake.base, Tokens(fake), bounded_client(cancel), retry=NO_WAIT, cancel=cancel), cancel


def tikapi(fake: FakeTikApi) -> tuple[TikApiSource, CancelToken]:
    cancel = CancelToken()
    source = TikApiSource(fake.base, fake.api_key, fake.username, bounded_client(cancel), retry=NO_WAIT, cancel=cancel)
    return source, cancel


@pytest.fixture
def tiktok():
    server = FakeTikTok(videos=45).start()
    yield server
    server.stop()


@pytest.fixture
def tikapi_fake():
    server = FakeTikApi(videos=70).start()
    yield server
    server.stop()


def stored(store: Store, account: str) -> tuple[list[object], list[object]]:
    return sorted(store.videos(account)), store.video_snapshots(account)


# -- endless lists ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mode, requests, kept",
    [
        ("stuck_cursor", 2, 40),  # page 2 gives back the cursor it was sent
        ("endless_pages", 2 * math.ceil(45 / 20) + 5, 45),  # has_more for ever: bounded by the video count
    ],
)
def test_official_list_that_never_ends_stops_with_a_pagination_loop(
    tiktok: FakeTikTok, mode: str, requests: int, kept: int
) -> None:
    tiktok.hostile = mode
    source, cancel = official(tiktok)
    with Store(":memory:") as store:
        with pytest.raises(PaginationLoop) as err:
            sync(store, source, cancel=cancel, now=1000)
        assert "TikTok kept sending more pages" in str(err.value)
        assert tiktok.requests["video/list"] == requests
        account = f"official:{tiktok.open_id}"
        assert store.counts(account)["videos"] == kept  # the pages before are kept
        assert store.account(account).last_sync_at is None  # but the sync is not complete


def test_official_has_more_without_a_cursor_is_an_incomplete_sync(tiktok: FakeTikTok) -> None:
    tiktok.hostile = "null_cursor"
    source, cancel = official(tiktok)
    with Store(":memory:") as store:
        with pytest.raises(MalformedResponse) as err:
            sync(store, source, cancel=cancel, now=1000)
        assert "has_more is true but cursor is missing" in str(err.value)
        assert tiktok.requests["video/list"] == 1
        account = f"official:{tiktok.open_id}"
        assert store.counts(account)["videos"] == 20 and store.account(account).last_sync_at is None


@pytest.mark.parametrize(
    "mode, requests",
    [
        ("stuck_cursor", 2),
        ("cycle_cursor", 2),  # 0 -> 1 -> 0
        ("endless_pages", 2 * math.ceil(70 / 30) + 5),  # hasMore for ever, the cursor moving, no items
        ("repeat_page", 3),  # the same items on every page: the sync sees it on page 2 (page 3 fetched ahead)
    ],
)
def test_tikapi_list_that_never_ends_stops_with_a_pagination_loop(
    tikapi_fake: FakeTikApi, mode: str, requests: int
) -> None:
    tikapi_fake.hostile = mode
    source, cancel = tikapi(tikapi_fake)
    with Store(":memory:") as store:
        with pytest.raises(PaginationLoop) as err:
            sync(store, source, cancel=cancel, now=1000)
        assert "TikAPI kept sending more pages" in str(err.value)
        sent = tikapi_fake.requests["/public/posts"]
        assert sent == requests if mode != "repeat_page" else 2 <= sent <= requests
        account = store.accounts()[0]
        assert store.counts(account.key)["videos"] >= 30 and account.last_sync_at is None


def test_tikapi_has_more_without_a_cursor_is_an_incomplete_sync(tikapi_fake: FakeTikApi) -> None:
    tikapi_fake.hostile = "null_cursor"
    source, cancel = tikapi(tikapi_fake)
    with Store(":memory:") as store:
        with pytest.raises(MalformedResponse, match="hasMore is true but cursor is missing"):
            sync(store, source, cancel=cancel, now=1000)
        assert tikapi_fake.requests["/public/posts"] == 1
        account = store.accounts()[0]
        assert store.counts(account.key)["videos"] == 30 and account.last_sync_at is None


def test_overlapping_pages_count_each_video_once(tiktok: FakeTikTok) -> None:
    tiktok.hostile = "overlap"  # each page repeats the last video of the page before
    source, cancel = official(tiktok)
    with Store(":memory:") as store:
        result = sync(store, source, cancel=cancel, now=1000)
        assert result.videos == 45 and store.counts(result.account)["video_snapshots"] == 45


def test_page_limit() -> None:
    assert fields.page_limit(45, 20) == 11 and fields.page_limit(0, 20) == 5
    assert fields.page_limit(None, 20) == fields.page_limit(10**12, 20) == fields.MAX_PAGES


# -- counts and nesting -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "patch, field",
    [
        ({"view_count": 2**63}, "view_count is out of range"),  # SQLite: OverflowError
        ({"like_count": -1}, "like_count is negative"),
        ({"comment_count": "²"}, "comment_count is not a whole number"),
        ({"share_count": 2.5}, "share_count is not a whole number"),
        ({"create_time": 10**15}, "create_time is out of range"),  # no date for year 31,690,708
        ({"id": "7" * 5000}, "id is not an id"),
        ({"is_aigc": "false"}, "is_aigc is not true or false"),  # a non-empty string would read as true
    ],
)
def test_official_odd_values_are_malformed_naming_the_field(tiktok: FakeTikTok, patch: dict, field: str) -> None:
    with Store(":memory:") as store:
        first = sync(store, official(tiktok)[0], now=1000)
        before = stored(store, first.account)
        tiktok.row_patch = patch
        with pytest.raises(MalformedResponse) as err:
            sync(store, official(tiktok)[0], now=2000)
        assert field in str(err.value)
        assert stored(store, first.account) == before


@pytest.mark.parametrize(
    "patch, field",
    [
        ({"playCount": 2**63}, "playCount is out of range"),
        ({"playCount": "9" * 40}, "playCount is out of range"),  # never int() of it
        ({"diggCount": "²"}, "diggCount is not a whole number"),  # "²".isdigit(), but int("²") fails
        ({"commentCount": -5}, "commentCount is negative"),
        ({"shareCount": float("inf")}, "shareCount is not a whole number"),
    ],
)
def test_tikapi_odd_counts_are_malformed_naming_the_field(tikapi_fake: FakeTikApi, patch: dict, field: str) -> None:
    with Store(":memory:") as store:
        first = sync(store, tikapi(tikapi_fake)[0], now=1000)
        before = stored(store, first.account)
        tikapi_fake.stats_patch = patch
        with pytest.raises(MalformedResponse) as err:
            sync(store, tikapi(tikapi_fake)[0], now=2000)
        assert field in str(err.value)
        assert stored(store, first.account) == before


def test_deeply_nested_json_is_malformed(tiktok: FakeTikTok, tikapi_fake: FakeTikApi) -> None:
    tiktok.hostile = tikapi_fake.hostile = "deep_json"
    with Store(":memory:") as store:
        for source in (official(tiktok)[0], tikapi(tikapi_fake)[0]):
            with pytest.raises(MalformedResponse, match="JSON nested too deeply"):
                sync(store, source, now=1000)
        assert [store.counts(a.key)["videos"] for a in store.accounts()] == [0, 0]


def test_a_missing_count_does_not_overwrite_the_stored_one(tiktok: FakeTikTok, tikapi_fake: FakeTikApi) -> None:
    newest = tiktok.video_rows[0]["id"]
    with Store(":memory:") as store:
        first = sync(store, official(tiktok)[0], now=1000)
        views = store.videos(first.account)[0].views
        tiktok.row_patch = {"view_count": MISSING}
        for row in tiktok.video_rows:
            row["view_count"] += 7
        second = sync(store, official(tiktok)[0], now=2000)
        assert second.videos == 45
        videos = {v.video_id: v for v in store.videos(first.account)}
        assert videos[newest].views == views  # not 0
        assert [s.views for s in store.video_snapshots(first.account, newest)] == [views]  # no new snapshot
        assert all(videos[r["id"]].views == r["view_count"] for r in tiktok.video_rows[1:])

        first = sync(store, tikapi(tikapi_fake)[0], now=1000)
        newest = tikapi_fake.items[0]["id"]
        tikapi_fake.stats_patch = {"playCount": MISSING}
        assert sync(store, tikapi(tikapi_fake)[0], now=2000).videos == 70
        assert [s.views for s in store.video_snapshots(first.account, newest)] == [5000]


# -- TikAPI ids and exact counts ------------------------------------------------------------------------------


def test_tikapi_numeric_user_id_is_kept_as_text(tikapi_fake: FakeTikApi) -> None:
    tikapi_fake.numeric_ids = True
    profile = tikapi(tikapi_fake)[0].fetch_profile()
    assert profile.external_id == "6800000000000000001"
    assert profile.account_key == "tikapi:6800000000000000001"


def test_tikapi_prefers_the_exact_stats_v2(tikapi_fake: FakeTikApi) -> None:
    tikapi_fake.stats_v2 = True  # stats rounded to millions, statsV2 exact
    with Store(":memory:") as store:
        result = sync(store, tikapi(tikapi_fake)[0], now=1000)
        videos = {v.video_id: v for v in store.videos(result.account)}
    for i, item in enumerate(tikapi_fake.items):
        v = videos[item["id"]]
        assert (v.views, v.likes, v.comments) == (10**9 + 5000 + i * 100, 10**9 + 300 + i, 10**9 + i)
    item = {"id": "1", "createTime": 1, "stats": {"playCount": 2_000_000}, "statsV2": {"diggCount": "7"}}
    assert (parse_item(item, "u").views, parse_item(item, "u").likes) == (2_000_000, 7)  # each count on its own


# -- text -----------------------------------------------------------------------------------------------------


def test_huge_text_is_cut_to_size_and_stored() -> None:
    huge = "é" * 50_000_000
    user = {"display_name": huge, "username": huge, "bio_description": huge, "avatar_url": "https://a/" + huge}
    profile = parse_user(user, "open")
    assert (len(profile.display_name), len(profile.username), len(profile.bio)) == (512, 80, 2200)
    assert profile.avatar_url == ""  # a URL cut short would point elsewhere: dropped
    assert profile.profile_url == "https://www.tiktok.com/@" + "é" * 80
    item = {"id": "1", "create_time": 5, "title": huge, "video_description": huge, "share_url": huge}
    page, _, _ = parse_video_page({"videos": [item]})
    assert (len(page[0].title), len(page[0].description), page[0].share_url) == (2200, 2200, "")
    tikapi_profile, _ = parse_profile(
        {"userInfo": {"user": {"uniqueId": huge, "nickname": huge, "signature": huge, "secUid": "s"}}}
    )
    assert (len(tikapi_profile.username), len(tikapi_profile.display_name), len(tikapi_profile.bio)) == (80, 512, 2200)
    assert len(parse_item({"id": "1", "createTime": 1, "desc": huge}, "u").description) == 2200


def test_lone_surrogates_are_replaced_so_the_text_can_be_stored() -> None:
    page, _, _ = parse_video_page({"videos": [{"id": "1", "create_time": 5, "title": "a\ud800b"}]})
    assert page[0].title == "a\ufffdb"
    with Store(":memory:") as store:
        account = store.save_profile(parse_user({"display_name": "\udfff"}, "open"), 1)
        store.save_videos_page(account, page, 1)
        assert store.videos(account)[0].title == "a\ufffdb"


def test_huge_text_from_the_server_is_stored_cut(tiktok: FakeTikTok) -> None:
    tiktok.user_patch = {"display_name": "N" * 300_000}
    tiktok.row_patch = {"title": "T" * 300_000, "cover_image_url": "https://x/" + "c" * 300_000}
    with Store(":memory:") as store:
        result = sync(store, official(tiktok)[0], now=1000)
        assert store.account(result.account).profile.display_name == "N" * 512
        newest = store.videos(result.account)[0]
        assert newest.title == "T" * 2200 and newest.cover_url == ""
