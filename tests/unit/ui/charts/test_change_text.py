"""The period comparison's "vs previous": a change that rounds to nothing reads 0, never "-0%" in red."""

from __future__ import annotations

from tiktok_desktop.core.analytics import Change
from tiktok_desktop.ui.charts.insights import change_text


def test_a_change_that_rounds_to_zero_is_flat(qapp) -> None:
    assert change_text(Change(99_700, 100_000)) == ("0% vs previous", "flat")  # -0.3 %
    assert change_text(Change(9.160, 9.163), "rate") == ("0.00 points vs previous", "flat")
    assert change_text(Change(104_000, 100_000)) == ("+4% vs previous", "up")
    assert change_text(Change(9.00, 9.16), "rate") == ("-0.16 points vs previous", "down")


def test_a_large_change_is_grouped_as_counts_are(qapp) -> None:
    from tiktok_desktop.ui import i18n

    try:
        for language in ("en", "zh_CN"):
            assert i18n.install(language) == language
            text, trend = change_text(Change(12_350, 1_000))
            assert "+1,135%" in text and trend == "up", text
    finally:
        i18n.install("en")
