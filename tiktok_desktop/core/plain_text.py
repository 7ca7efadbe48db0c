"""Untrusted text (a server's error message, a user name) made safe to show on one line, on a terminal or in
a label: no terminal escape sequences, no control characters, no line breaks, no bidi overrides, bounded length.
"""

from __future__ import annotations

import re

PARAM_LIMIT = 300  # one piece of untrusted text inside a message (core.errors.AppError)
LINE_LIMIT = 1000  # a whole message line (the CLI's stderr line, the GUI's banner)
ELLIPSIS = "\u2026"

# Whole escape sequences go, not only their ESC, so "\x1b[31m" leaves no "[31m" behind:
# CSI (ESC [ or C1 0x9B, then parameters and one final byte), and strings ended by BEL or ST (ESC \ or 0x9C):
# OSC (ESC ] / 0x9D, e.g. setting the terminal title), DCS (ESC P / 0x90), SOS (ESC X / 0x98), PM (ESC ^ / 0x9E),
# APC (ESC _ / 0x9F); then any other two-character sequence (ESC, intermediate bytes, one final byte).
# An unended string is not swallowed: only its introducer goes (below), the readable rest stays.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)
# Line and column breaks (CR, LF, TAB, VT, FF, NEL, line and paragraph separators), with the spaces around
# them: one space.
_BREAKS = re.compile(r"[ \t\n\v\f\r\x85\u2028\u2029]*[\t\n\v\f\r\x85\u2028\u2029][ \t\n\v\f\r\x85\u2028\u2029]*")
# What is left of C0 and C1 controls and DEL, and the invisible characters that reorder text (bidi embeddings,
# overrides and isolates, and the directional marks), which can make a message read as something else.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain_text(text: str, limit: int | None = PARAM_LIMIT) -> str:
    """`text` as one plain line: escape sequences and control characters removed, CR/LF/TAB (and the spaces
    around them) turned into one space, bidi controls removed, ends trimmed; longer than `limit` characters
    (None: no limit), cut to `limit` with an ellipsis as the last one. Ordinary spaces and every printable
    character (Chinese, emoji) are kept."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _BREAKS.sub(" ", text)
    text = _INVISIBLE.sub("", text).strip()
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + ELLIPSIS
    return text
