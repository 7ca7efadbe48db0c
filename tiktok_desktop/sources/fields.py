"""Reading fields of API JSON: missing is fine, a wrong type is a malformed answer."""

from __future__ import annotations

from collections.abc import Mapping

from tiktok_desktop.core.errors import MalformedResponse


def text(d: Mapping[str, object], key: str, service: str) -> str:
    value = d.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedResponse(service=service, detail=f"{key} is not text")
    return value


def video_id(item: Mapping[str, object], key: str, service: str) -> str:
    """Ids are text (TikTok's exceed 2^53); an integer id, against the contracts, is still exact in Python."""
    value = item.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        raise MalformedResponse(service=service, detail="video without an id")
    return str(value)


def member(d: object, key: str) -> Mapping[str, object] | None:
    """d[key] when d is a JSON object and d[key] is one too; None otherwise."""
    value = d.get(key) if isinstance(d, dict) else None
    return value if isinstance(value, dict) else None
