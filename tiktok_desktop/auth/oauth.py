"""TikTok's OAuth endpoints: the authorize URL, code exchange, refresh and revoke.

Token errors arrive as {"error": ..., "error_description": ...}, sometimes with HTTP 200: the body decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

import httpx

from tiktok_desktop.auth.tokens import Tokens, parse_token_response
from tiktok_desktop.core.errors import AppError, BadCredentials, SignedOut, SignInFailed, SignInRefused
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.net.http import RetryPolicy, request_json

SCOPES = ("user.info.basic", "user.info.profile", "user.info.stats", "video.list")


@dataclass(frozen=True)
class OAuthConfig:
    client_key: str
    client_secret: str = field(repr=False)
    auth_url: str = "https://www.tiktok.com/v2/auth/authorize/"
    api_base: str = "https://open.tiktokapis.com"
    scopes: tuple[str, ...] = SCOPES

    def api_url(self, path: str) -> str:
        return self.api_base.rstrip("/") + path


def authorize_url(config: OAuthConfig, redirect_uri: str, state: str, challenge: str) -> str:
    query = urlencode(
        {
            "client_key": config.client_key,
            "scope": ",".join(config.scopes),  # one comma-separated string: spaces fail
            "response_type": "code",
            "redirect_uri": redirect_uri,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"{config.auth_url}?{query}"


def _token_error(body: Mapping[str, object], refreshing: bool) -> AppError:
    error = str(body.get("error") or "unknown_error")
    description = str(body.get("error_description") or "")[:200]
    if error == "invalid_grant" and refreshing:
        return SignedOut()
    if error in ("invalid_client", "unauthorized_client"):
        return BadCredentials(error=error)
    if error == "access_denied":
        return SignInRefused(error=error)
    return SignInFailed(error=error, description=description or error)


class TokenClient:
    def __init__(self, config: OAuthConfig, http: httpx.Client, retry: RetryPolicy | None = None) -> None:
        self.config = config
        self.http = http
        self.retry = retry or RetryPolicy()

    def _post(self, path: str, data: dict[str, str], cancel: CancelToken | None) -> dict[str, object]:
        _, body = request_json(
            self.http,
            "POST",
            self.config.api_url(path),
            service="TikTok",
            retry=self.retry,
            cancel=cancel or CancelToken(),
            data=data,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Cache-Control": "no-cache"},
        )
        return body

    def exchange_code(self, code: str, redirect_uri: str, verifier: str, cancel: CancelToken | None = None) -> Tokens:
        body = self._post(
            "/v2/oauth/token/",
            {
                "client_key": self.config.client_key,
                "client_secret": self.config.client_secret,
                "code": code,
                "grant_type": "authorization_code",
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
            cancel,
        )
        if body.get("error"):
            raise _token_error(body, refreshing=False)
        return parse_token_response(body)

    def refresh(self, refresh_token: str, cancel: CancelToken | None = None) -> Tokens:
        body = self._post(
            "/v2/oauth/token/",
            {
                "client_key": self.config.client_key,
                "client_secret": self.config.client_secret,
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
            },
            cancel,
        )
        if body.get("error"):
            raise _token_error(body, refreshing=True)
        if not body.get("refresh_token"):  # no rotation this time: the old one stays valid
            body = {**body, "refresh_token": refresh_token}
        return parse_token_response(body)

    def revoke(self, access_token: str, cancel: CancelToken | None = None) -> None:
        body = self._post(
            "/v2/oauth/revoke/",
            {
                "client_key": self.config.client_key,
                "client_secret": self.config.client_secret,
                "token": access_token,
            },
            cancel,
        )
        if body.get("error"):
            raise _token_error(body, refreshing=True)
