from __future__ import annotations

import logging

from tiktok_desktop.core.redaction import MASK, RedactingFormatter, redact, remember_secret


def test_remembered_secrets_are_masked_longest_first_and_short_values_ignored() -> None:
    remember_secret("abcdefgh-secret")
    remember_secret("abcdefgh")
    remember_secret("short")
    remember_secret(None)
    assert redact("token=abcdefgh-secret; key=abcdefgh; word=short") == f"token={MASK}; key={MASK}; word=short"


def test_the_formatter_masks_tracebacks_too() -> None:
    remember_secret("refresh-token-XYZ-123456")
    try:
        raise ValueError("bad refresh-token-XYZ-123456")
    except ValueError as e:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed %s", ("refresh-token-XYZ-123456",), None)
        record.exc_info = (type(e), e, e.__traceback__)
    text = RedactingFormatter("%(message)s").format(record)
    assert (
        "refresh-token-XYZ-123456" not in text and text.count(MASK) == 3 and "Traceback" in text
    )  # message, source line, exception
