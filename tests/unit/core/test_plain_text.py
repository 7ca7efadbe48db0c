from __future__ import annotations

import pytest

from tiktok_desktop.core.errors import ApiError, MalformedResponse, TikApiBadKey
from tiktok_desktop.core.plain_text import ELLIPSIS, PARAM_LIMIT, plain_text


def assert_plain(text: str) -> None:
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("\x1b[31mred\x1b[0m text", "red text"),  # colours (CSI), the whole sequence goes
        ("\x1b[1;38;5;196mbold\x1b[m", "bold"),
        ("\x1b]0;pwned\x07Invalid key", "Invalid key"),  # OSC: sets the terminal title, ended by BEL
        ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC hyperlink, ended by ST
        ("\x9b2Jcleared", "cleared"),  # C1 CSI
        ("\x9d0;title\x9cafter", "after"),  # C1 OSC ended by C1 ST
        ("a\x1bcb\x1b(Bc", "abc"),  # two-character sequences (reset, charset)
        ("\x1b]0;never ended", "0;never ended"),  # an unended OSC does not swallow the text
        ("\x1b[", ""),  # a cut-off sequence goes
        ("line 1\r\nline 2", "line 1 line 2"),  # CR/LF: one space
        ("a\rb\nc\td", "a b c d"),
        ("a \r\n\t b", "a b"),  # a break with the spaces around it: one space
        ("a\u2028b\x85c", "a b c"),  # Unicode line separator, NEL
        ("x\x00y\x07z\x7f\x85", "xyz"),  # NUL, BEL, DEL dropped; NEL at the end: a space, trimmed
        ("\u202eevil.exe\u202c", "evil.exe"),  # right-to-left override
        ("a\u202ab\u202bc\u202dd\u2066e\u2067f\u2068g\u2069h\u200ei\u200fj", "abcdefghij"),
        ("  two  spaces kept  ", "two  spaces kept"),  # ordinary spaces stay (ends trimmed)
        ("番茄炒蛋 🍅 «ok»", "番茄炒蛋 🍅 «ok»"),  # printable text unchanged
        ("", ""),
    ],
)
def test_plain_text_removes_escapes_controls_breaks_and_bidi(raw: str, shown: str) -> None:
    assert plain_text(raw) == shown
    assert_plain(plain_text(raw))


def test_long_text_is_capped_with_an_ellipsis() -> None:
    assert PARAM_LIMIT == 300
    capped = plain_text("x" * 5000)
    assert len(capped) == 300 and capped == "x" * 299 + ELLIPSIS
    assert plain_text("x" * 300) == "x" * 300  # exactly at the limit: untouched
    assert plain_text("abc def", limit=5) == "abc" + ELLIPSIS  # no trailing space before the ellipsis
    assert plain_text("y" * 5000, limit=None) == "y" * 5000
    # the cap counts what is shown, after the escapes are gone
    assert plain_text("\x1b[31m" * 100 + "short") == "short"


def test_every_error_shows_server_text_as_one_plain_line() -> None:
    hostile = "\x1b]0;owned\x07\x1b[31mInvalid API key\r\nPlease \u202eretry\x1b[0m" + "!" * 1000
    error = TikApiBadKey(message=hostile)
    text = error.english()
    assert text.startswith("TikAPI refused the API key (Invalid API key Please retry!!!")
    assert text.endswith(f"{ELLIPSIS}). Check your TikAPI key in the settings.")
    assert_plain(text)
    assert str(error) == text  # what a traceback or log line would show too
    assert error.params["message"] == hostile  # the raw value stays for code that inspects it
    assert error.display_params()["message"] == plain_text(hostile)
    other = ApiError(service="TikTok", code=7, message="bad\nthing")  # non-text params are left as they are
    assert other.english() == "TikTok refused the request: 7 (bad thing)."
    assert other.display_params()["code"] == 7


def test_the_gui_shows_server_text_as_one_plain_line(qapp: object) -> None:
    # ui.i18n.error_text formats the translated template itself: it must show the same plain params
    from tiktok_desktop.ui.i18n import error_text

    text = error_text(TikApiBadKey(message="\x1b]0;owned\x07\x1b[31mInvalid API key\r\n\u202eretry\x9b2J"))
    assert text == "TikAPI refused the API key (Invalid API key retry). Check your TikAPI key in the settings."
    assert error_text(ValueError("\x1b[31m")) == "Unexpected error (ValueError). Details are in the log file."
    # a param that is not text is formatted as it is: the whole line is made plain too
    assert error_text(MalformedResponse(service="TikAPI", detail=ValueError("bad\r\n\x1b[1mfield"))) == (
        "TikAPI sent an answer this app cannot read (bad field)."
    )
