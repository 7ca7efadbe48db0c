"""Every parser of API answers, fed arbitrary JSON values: it returns domain objects the store can hold, or
raises one of the app's typed errors. Never anything else (an OverflowError, a ValueError from int("²"),
a TypeError), which the user would meet as "internal error"."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tiktok_desktop.auth.tokens import Tokens, parse_token_response
from tiktok_desktop.core.errors import AppError, MalformedResponse
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources import fields
from tiktok_desktop.sources.official_parse import parse_user, parse_video_page
from tiktok_desktop.sources.tikapi import parse_posts, parse_profile

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

OFFICIAL_USER = (
    "open_id union_id avatar_url avatar_url_100 avatar_large_url display_name bio_description profile_deep_link "
    "is_verified username follower_count following_count likes_count video_count"
).split()
OFFICIAL_VIDEO = (
    "id create_time cover_image_url share_url video_description title duration height width embed_html "
    "embed_link like_count comment_count share_count view_count is_aigc"
).split()
TIKAPI_USER = "id uniqueId nickname avatarThumb avatarMedium avatarLarger signature verified secUid".split()
TIKAPI_STATS = (
    "followerCount followingCount heartCount heart videoCount diggCount friendCount playCount commentCount "
    "shareCount collectCount saveCount"
).split()
TOKEN = "access_token expires_in open_id refresh_expires_in refresh_token scope token_type error".split()
KEYS = OFFICIAL_USER + OFFICIAL_VIDEO + TIKAPI_USER + TIKAPI_STATS + TOKEN
KEYS += "data user videos cursor has_more userInfo stats statsV2 itemList hasMore desc createTime video".split()

EDGES = [0, -1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, -(2**63), 2**64, 10**30, 10**400]
ODD_TEXT = ["²", "٣", "12", " 7 ", "-3", "1e3", "0x10", "9" * 25, "\ud800", "", "act.x", "a\x00b", "\u202e"]
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from(EDGES)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(ODD_TEXT)
)
keys = st.sampled_from(KEYS) | st.text(max_size=8)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=6),
    max_leaves=10,
)


IDS = {"id", "open_id", "union_id"}
TIMES = {"create_time", "createTime", "duration"}
FLAGS = {"is_verified", "verified", "has_more", "hasMore", "is_aigc"}
COUNTS = {k for k in KEYS if k.endswith(("_count", "Count", "heart"))}


def plausible_value(key: str) -> st.SearchStrategy[object]:
    """What the contract puts under key, now and then something hostile in its place (EDGES, ODD_TEXT)."""
    if key in IDS:
        return st.from_regex(r"[0-9]{1,19}", fullmatch=True) | st.integers(0, 2**63 - 1)
    if key in TIMES:
        return st.integers(0, 2**33)
    if key in FLAGS:
        return st.booleans()
    if key in COUNTS:
        count = st.integers(0, 2**62)
        return st.one_of(count, count, count.map(str), count.map(str), st.sampled_from(EDGES + ODD_TEXT))
    return st.text(max_size=30) | st.sampled_from(ODD_TEXT)


def mostly(good: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """good nine times in ten, any JSON value the tenth."""
    return st.integers(0, 9).flatmap(lambda i: good if i else json_values)


def plausible(names: list[str], required: tuple[str, ...] = ()) -> st.SearchStrategy[dict[str, object]]:
    """An object with some of the real keys (always the required ones), each holding mostly plausible values."""
    return st.fixed_dictionaries(
        {n: mostly(plausible_value(n)) for n in required},
        optional={n: mostly(plausible_value(n)) for n in names if n not in required},
    )


def shaped(**members: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """Mostly the object the contract describes (some members missing)."""
    return mostly(st.fixed_dictionaries({}, optional=members))


official_user = mostly(plausible(OFFICIAL_USER))
official_page = shaped(
    videos=mostly(st.lists(mostly(plausible(OFFICIAL_VIDEO, ("id", "create_time"))), min_size=1, max_size=4)),
    cursor=mostly(st.integers(0, 2**45) | st.integers(0, 2**45).map(str)),
    has_more=mostly(st.booleans()),
)
tikapi_user = mostly(
    st.fixed_dictionaries(
        {
            "userInfo": mostly(
                st.fixed_dictionaries(
                    {"user": mostly(plausible(TIKAPI_USER, ("secUid",)))},
                    optional={"stats": mostly(plausible(TIKAPI_STATS)), "statsV2": mostly(plausible(TIKAPI_STATS))},
                )
            )
        }
    )
)
tikapi_item = mostly(
    st.builds(
        lambda base, parts: {**base, **parts},
        plausible(["id", "desc", "createTime", "author"], ("id", "createTime")),
        st.fixed_dictionaries(
            {},
            optional={
                "video": mostly(plausible(["duration", "cover"])),
                "stats": mostly(plausible(TIKAPI_STATS)),
                "statsV2": mostly(plausible(TIKAPI_STATS)),
            },
        ),
    )
)
tikapi_page = shaped(
    itemList=mostly(st.lists(tikapi_item, min_size=1, max_size=4)),
    cursor=mostly(st.integers(0, 2**45) | st.text(max_size=5)),
    hasMore=mostly(st.booleans()),
)
token_answer = mostly(plausible(TOKEN))
GOOD_TOKEN = {"access_token": "act.a", "refresh_token": "rft.r", "open_id": "o", "refresh_expires_in": 1}


def storable(profile: Profile, videos: list[Video]) -> None:
    """What a parser returns fits its limits, and the store takes it."""
    assert len(profile.username) <= fields.USERNAME and len(profile.display_name) <= fields.NAME
    assert len(profile.bio) <= fields.LONG_TEXT and len(profile.avatar_url) <= fields.URL
    for count in (profile.followers, profile.following, profile.likes, profile.video_count):
        assert count is None or 0 <= count <= fields.MAX_INT64
    for v in videos:
        assert isinstance(v.video_id, str) and 0 < len(v.video_id) <= fields.MAX_ID
        assert 0 <= v.published_at <= fields.MAX_TIMESTAMP
        assert all(0 <= n <= fields.MAX_INT64 for n in (v.views, v.likes, v.comments, v.shares, v.duration_s))
        assert len(v.title) <= fields.LONG_TEXT and len(v.description) <= fields.LONG_TEXT
    with Store(":memory:") as store:
        account = store.save_profile(profile, 1)
        store.save_videos_page(account, videos, 1)


@SETTINGS
@given(official_user)
@example({"follower_count": 2**63})
@example({"likes_count": -1, "display_name": "\ud800"})
def test_official_user(value: object) -> None:
    try:
        profile = parse_user(value, "open")
    except AppError:
        return
    storable(profile, [])


@SETTINGS
@given(official_page)
@example({"videos": [{"id": "1", "create_time": 1, "view_count": 2**63}]})
@example({"videos": [{"id": "1", "create_time": 10**15, "like_count": -1}]})
@example({"videos": [], "cursor": "²", "has_more": True})
def test_official_video_page(value: object) -> None:
    try:
        videos, cursor, has_more = parse_video_page(value)
    except AppError:
        return
    assert isinstance(has_more, bool) and (cursor is None or cursor.isdigit())
    storable(Profile("official", "x"), videos)


@SETTINGS
@given(tikapi_user)
@example({"userInfo": {"user": {"secUid": "s", "id": 5}, "stats": {"followerCount": "²"}}})
def test_tikapi_user(value: object) -> None:
    try:
        profile, sec_uid = parse_profile(value)
    except AppError:
        return
    assert sec_uid and len(sec_uid) < 4 * fields.MAX_ID
    storable(profile, [])


@SETTINGS
@given(tikapi_page)
@example({"itemList": [{"id": "1", "createTime": "1", "stats": {"playCount": "9" * 30}}]})
@example({"itemList": [{"id": "1", "createTime": 1, "statsV2": {"diggCount": "²"}}], "cursor": 5})
def test_tikapi_video_page(value: object) -> None:
    try:
        videos, cursor, has_more = parse_posts(value, "user")
    except AppError:
        return
    assert isinstance(has_more, bool) and (cursor is None or len(cursor) <= fields.MAX_ID)
    storable(Profile("tikapi", "x"), videos)


@SETTINGS
@given(token_answer)
@example({**GOOD_TOKEN, "expires_in": "²"})
def test_token_answer(value: object) -> None:
    try:
        tokens = parse_token_response(value)  # type: ignore[arg-type]  # what json.loads gave, unchecked
    except AppError:
        return
    assert isinstance(tokens, Tokens)


# JSON's 1e999 parses as inf; big integers stay exact
@pytest.mark.parametrize("lifetime", [float("inf"), 10**400], ids=["inf", "10**400"])
def test_token_lifetimes_beyond_floats(lifetime: object) -> None:
    with pytest.raises(MalformedResponse):
        parse_token_response({**GOOD_TOKEN, "expires_in": lifetime})
