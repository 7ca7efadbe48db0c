"""Fixed values the tests share."""

from __future__ import annotations

NOW = 1_790_000_000  # a fixed "now" (2026-09-21) so demo data is the same in every run

# the environment variables that configure the app: the isolated fixture removes them for every test
ENV_VARS = (
    "TIKTOK_CLIENT_KEY",
    "TIKTOK_CLIENT_SECRET",
    "TIKTOK_AUTH_URL",
    "TIKTOK_API_BASE",
    "TIKAPI_KEY",
    "TIKAPI_BASE",
    "TIKTOK_DESKTOP_HTTP_DEADLINE",
)
