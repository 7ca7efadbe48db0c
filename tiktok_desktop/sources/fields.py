"""Reading fields of API JSON: missing is fine, a wrong type is a malformed answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tiktok_desktop.core.errors import MalformedResponse


def text(d: Mapping[str, Any], key: str, service: str) -> str:
    value = d.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedResponse(service=service, detail=f"{key} is not text")
    return value


def video_id(item: Mapping[str, Any], key: str, service: str) -> str:
    """Ids are text (TikTok's exceed 2^53); an integer id, against the contracts, is still exact in Python."""
    value = item.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        raise MalformedResponse(service=service, detail="video without an id")
    return str(value)
