"""Counts grouped as QLocale writes them in both languages: "2,132" in English and in Chinese (zh_CN groups its
thousands with "," too), in the short forms of the tiles, axes and the PDF as well."""

from __future__ import annotations

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui import i18n


def test_chinese_short_counts_group_the_thousands_below_ten_thousand(chinese) -> None:
    assert [fmt.compact(n) for n in (999, 2132, 9999, -2132)] == ["999", "2,132", "9,999", "-2,132"]
    assert fmt.signed_compact(2132) == "+2,132" and fmt.number(2132) == "2,132"
    large = (12_345, 123_456, 12_345_678, 123_456_789)
    assert [fmt.compact(n) for n in large] == ["1.2万", "12.3万", "1,235万", "1.2亿"]
    assert fmt.compact(99_999_999) == "1亿"  # not 10,000万


def test_english_short_counts(qapp) -> None:
    assert i18n.install("en") == "en"
    assert [fmt.compact(n) for n in (999, 2132, 12_345, 999_960, 1_234_567, 5_000_000_000)] == [
        "999",
        "2.1K",
        "12.3K",
        "1M",  # not 1000K
        "1.2M",
        "5B",
    ]


def test_fill_replaces_each_placeholder_once(qapp) -> None:
    assert fmt.fill("Found %1 (@%2).", "100%2 Chef", "chef") == "Found 100%2 Chef (@chef)."
