"""Tooltips for long plain text: as rich text, escaped, so Qt wraps them instead of showing one very long line."""

from __future__ import annotations

import html


def wrapped_tooltip(text: str) -> str:
    """`text` is plain (it may come from a stranger): escaped, line breaks kept, wrapped by Qt at about 80
    characters."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
