"""Top territories of the Audience tab in the window's language: Qt names countries only in English, so a Chinese
window showed "United States (US)"; every code TikTok reports has a translated name, other codes stay codes."""

from __future__ import annotations

import re

from tiktok_desktop.ui.charts.territories import NAMES, territory_name

LATIN_NAME = re.compile(r"[A-Za-z].* \(")  # a Latin letter before the bracketed code


def test_every_territory_has_a_chinese_name(chinese) -> None:
    assert territory_name("US") == "美国 (US)"
    assert territory_name(" vn ") == "越南 (VN)"
    untranslated = [code for code in NAMES if LATIN_NAME.match(territory_name(code))]
    assert untranslated == []


def test_a_code_missing_from_the_table_stays_a_code_in_chinese(chinese) -> None:
    assert territory_name("FJ") == "FJ"  # Fiji: Qt knows it, in English only
    assert territory_name("ZZ") == "ZZ"


def test_english_names(qapp) -> None:
    assert territory_name("US") == "United States (US)"
    assert territory_name("FJ") == "Fiji (FJ)"
    assert territory_name("ZZ") == "ZZ"
