"""Tokens as TikTok hands them out, with absolute expiry times."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tiktok_desktop.core.errors import MalformedResponse
from tiktok_desktop.core.redaction import remember_secret

REFRESH_AHEAD = 5 * 60  # refresh this long before the access token expires


@dataclass(frozen=True)
class Tokens:
    open_id: str
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    scope: str
    access_expires_at: int
    refresh_expires_at: int

    def __post_init__(self) -> None:
        remember_secret(self.access_token)  # wherever tokens come from (an answer, the keyring), logs mask them
        remember_secret(self.refresh_token)

    @property
    def scopes(self) -> frozenset[str]:
        return frozenset(s for s in self.scope.split(",") if s)

    def access_fresh(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) < self.access_expires_at - REFRESH_AHEAD

    def refresh_usable(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) < self.refresh_expires_at


# ten years: far beyond TikTok's one year for refresh tokens, far below what the clock and SQLite can hold
MAX_LIFETIME = 10 * 365 * 86_400


def parse_token_response(body: Mapping[str, Any], now: float | None = None) -> Tokens:
    """The flat token answer; lifetimes come from each answer (TikTok's documents disagree on them)."""
    now = time.time() if now is None else now
    try:
        access, refresh, open_id = body["access_token"], body["refresh_token"], body["open_id"]
        expires_in, refresh_in = int(body["expires_in"]), int(body["refresh_expires_in"])
    except (KeyError, TypeError, ValueError) as e:
        raise MalformedResponse(service="TikTok", detail=f"token answer without {e}") from None
    except OverflowError:  # int(float("inf")): JSON's 1e999
        raise MalformedResponse(service="TikTok", detail="token lifetime out of range") from None
    if not (0 <= expires_in <= MAX_LIFETIME and 0 <= refresh_in <= MAX_LIFETIME):
        raise MalformedResponse(service="TikTok", detail="token lifetime out of range")
    if not all(isinstance(x, str) and x for x in (access, refresh, open_id)):
        raise MalformedResponse(service="TikTok", detail="token answer with empty fields")
    scope = body.get("scope")
    if not isinstance(scope, str):
        scope = ""
    return Tokens(open_id, access, refresh, scope, int(now + expires_in), int(now + refresh_in))
