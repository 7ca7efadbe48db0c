"""PKCE and state for TikTok's desktop flow.

TikTok's desktop flow wants the challenge as the lowercase HEX SHA-256 of the verifier, not the base64url
form of RFC 7636 (the web flow's form fails here).
"""

from __future__ import annotations

import hashlib
import secrets
import string

VERIFIER_ALPHABET = string.ascii_letters + string.digits + "-._~"


def new_verifier(length: int = 64) -> str:
    if not 43 <= length <= 128:
        raise ValueError("a PKCE verifier has 43 to 128 characters")
    return "".join(secrets.choice(VERIFIER_ALPHABET) for _ in range(length))


def hex_challenge(verifier: str) -> str:
    return hashlib.sha256(verifier.encode("ascii")).hexdigest()


def new_state() -> str:
    return secrets.token_urlsafe(32)
