"""Han characters in Simplified Chinese forms whatever the UI language: creators write titles, hashtags and names in
Chinese in an English UI too, and fontconfig's fallback for Han characters is often the Japanese family (Noto Sans
CJK JP). Latin text keeps the UI font."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextLayout

from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.charts.vector_export import installed_font_only

SC = "Noto Sans CJK SC"  # the family CI installs (fonts-noto-cjk, `make system-deps`)


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp) -> Iterator[str]:
    try:
        assert i18n.install(request.param) == request.param
        yield request.param
    finally:
        i18n.install("en")


def families_drawing(text: str, part: str) -> set[str]:
    """The families Qt draws `part` of `text` in with the application font (fallbacks included)."""
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns(text.index(part), len(part))}


def test_the_application_font_names_simplified_chinese_after_its_own(language: str) -> None:
    families = QGuiApplication.font().families()
    assert families[-len(i18n.SIMPLIFIED_CHINESE_FONTS) :] == list(i18n.SIMPLIFIED_CHINESE_FONTS), families
    assert families[0] not in i18n.SIMPLIFIED_CHINESE_FONTS, "Latin text and digits keep the UI font"


def test_a_chinese_title_is_drawn_in_simplified_chinese_and_latin_in_the_ui_font(language: str) -> None:
    if SC not in QFontDatabase.families():
        pytest.skip(f"{SC} is not installed")
    title = "Fridge 今天做饭 #美食"
    assert families_drawing(title, "今天做饭") == {SC}
    assert families_drawing(title, "美食") == {SC}
    latin = families_drawing(title, "Fridge")
    assert latin and not latin & set(i18n.SIMPLIFIED_CHINESE_FONTS), f"Latin text in {latin}"


def test_an_svg_text_with_han_characters_takes_the_han_family_and_latin_text_the_first(qapp) -> None:
    installed = QFontDatabase.families()
    latin = next(f for f in installed if f not in i18n.SIMPLIFIED_CHINESE_FONTS)
    han = next((f for f in installed if f in i18n.SIMPLIFIED_CHINESE_FONTS), None)
    if han is None:
        pytest.skip("no Simplified Chinese family is installed")
    listed = f"{latin},{han}"
    svg = (
        f'<svg><g font-family="{latin},{han}">\n<text font-family="{listed}">#美食 (7)</text>'
        f'<text font-family="{listed}">#cooking (2)</text></g></svg>'
    ).encode()
    out = installed_font_only(svg, (), i18n.SIMPLIFIED_CHINESE_FONTS).decode()
    assert f'<text font-family="{han}">#美食 (7)</text>' in out, out
    assert f'<text font-family="{latin}">#cooking (2)</text>' in out, out
    assert f'<g font-family="{latin}">' in out, out
