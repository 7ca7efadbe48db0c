"""The fake TikTok must be as strict as the contract, or the end-to-end tests prove nothing."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from helpers.fake_tiktok import FakeTikTok

VERIFIER = "v" * 50
HEX = hashlib.sha256(VERIFIER.encode()).hexdigest()
B64 = base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).rstrip(b"=").decode()
REDIRECT = "http://127.0.0.1:5000/callback/"


@pytest.fixture
def fake():
    server = FakeTikTok().start()
    yield server
    server.stop()


def authorize(fake: FakeTikTok, **override: str) -> httpx.Response:
    params = {
        "client_key": fake.client_key,
        "scope": "user.info.basic,video.list",
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "state": "s",
        "code_challenge": HEX,
        "code_challenge_method": "S256",
        **override,
    }
    return httpx.get(f"{fake.auth_url}?{urlencode(params)}")


def code_of(response: httpx.Response) -> str:
    return parse_qs(urlsplit(response.headers["location"]).query)["code"][0]


def exchange(fake: FakeTikTok, code: str, **override: str) -> dict:
    form = {
        "client_key": fake.client_key,
        "client_secret": fake.client_secret,
        "code": code,
        "grant_type": "authorization_code",
        "redirect_uri": REDIRECT,
        "code_verifier": VERIFIER,
        **override,
    }
    return httpx.post(f"{fake.base}/v2/oauth/token/", data=form).json()


@pytest.mark.parametrize(
    "override",
    [
        {"code_challenge": B64},
        {"scope": "user.info.basic video.list"},
        {"client_key": "other"},
        {"redirect_uri": "http://example.com/callback/"},
        {"redirect_uri": "http://127.0.0.1/callback/"},
        {"code_challenge_method": "plain"},
    ],
)
def test_authorize_refuses_what_tiktok_refuses_with_a_page_not_a_redirect(fake, override) -> None:
    response = authorize(fake, **override)
    assert response.status_code == 400 and "location" not in response.headers


def test_client_id_instead_of_client_key_is_refused(fake) -> None:
    params = {
        "client_id": fake.client_key,
        "scope": "user.info.basic",
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "state": "s",
        "code_challenge": HEX,
        "code_challenge_method": "S256",
    }
    assert httpx.get(f"{fake.auth_url}?{urlencode(params)}").status_code == 400


def test_a_code_works_once_with_the_same_redirect_uri_and_verifier(fake) -> None:
    assert (
        exchange(fake, code_of(authorize(fake)), redirect_uri="http://127.0.0.1:5001/callback/")["error"]
        == "invalid_grant"
    )
    assert exchange(fake, code_of(authorize(fake)), code_verifier="w" * 50)["error"] == "invalid_grant"
    code = code_of(authorize(fake))
    assert exchange(fake, code)["access_token"].startswith("act.")
    reused = httpx.post(
        f"{fake.base}/v2/oauth/token/",
        data={
            "client_key": fake.client_key,
            "client_secret": fake.client_secret,
            "code": code,
            "grant_type": "authorization_code",
            "redirect_uri": REDIRECT,
            "code_verifier": VERIFIER,
        },
    )
    assert reused.status_code == 200 and reused.json()["error"] == "invalid_grant"  # errors come with HTTP 200


def test_refresh_tokens_rotate(fake) -> None:
    first = exchange(fake, code_of(authorize(fake)))
    form = {
        "client_key": fake.client_key,
        "client_secret": fake.client_secret,
        "grant_type": "refresh_token",
        "refresh_token": first["refresh_token"],
    }
    second = httpx.post(f"{fake.base}/v2/oauth/token/", data=form).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert httpx.post(f"{fake.base}/v2/oauth/token/", data=form).json()["error"] == "invalid_grant"


def test_display_api_quirks(fake) -> None:
    token = exchange(fake, code_of(authorize(fake)))["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    no_slash = httpx.post(f"{fake.base}/v2/video/list?fields=id", json={"max_count": 20}, headers=auth)
    assert no_slash.status_code == 404
    too_many = httpx.post(f"{fake.base}/v2/video/list/?fields=id", json={"max_count": 21}, headers=auth)
    assert too_many.status_code == 400 and too_many.json()["error"]["code"] == "invalid_params"
    outside_scope = httpx.get(f"{fake.base}/v2/user/info/?fields=follower_count", headers=auth)
    assert outside_scope.status_code == 401 and outside_scope.json()["error"]["code"] == "scope_not_authorized"
    fake.fail_next("user/info", 429)
    assert httpx.get(f"{fake.base}/v2/user/info/?fields=open_id", headers=auth).status_code == 429
    assert httpx.get(f"{fake.base}/v2/user/info/?fields=open_id", headers=auth).status_code == 200
