"""Help text wrapped by the columns a terminal gives it: a Chinese character takes two, and words stay whole."""

from __future__ import annotations

from tiktok_desktop.cli_parser import columns, no_arguments, parser, wrap

CHINESE = (
    "图表尺寸（像素）或预设：default（1200x700）、landscape（1920x1080）、portrait（1080x1920）、square（1080x1080）"
)


def test_chinese_lines_fit_the_columns_and_keep_words_whole() -> None:
    lines = wrap(CHINESE, 40)
    assert "".join(lines) == CHINESE
    for line in lines:
        assert columns(line) <= 40 + 2, line  # (+ a hanging comma or stop, as Chinese typesetting allows)
    for word in ("landscape", "portrait", "square", "1920x1080"):
        assert any(word in line for line in lines), f"{word} cut in two: {lines}"
    assert not any(line.endswith("（") for line in lines), "an opening bracket stays with its word"
    assert not any(line.startswith(("，", "。", "、", "）")) for line in lines)


def test_english_wraps_at_spaces() -> None:
    text = "chart size in pixels, or a preset: default (1200x700), landscape (1920x1080), portrait (1080x1920)"
    lines = wrap(text, 30)
    assert " ".join(lines) == text
    assert all(len(line) <= 30 for line in lines)


def test_columns_counts_wide_characters_twice() -> None:
    assert columns("ab") == 2 and columns("中文") == 4 and columns("（") == 2


def test_no_arguments_is_what_the_parser_makes_of_none() -> None:
    """The window starts without building the parser: the two must not drift apart."""
    assert no_arguments() == parser().parse_args([])
