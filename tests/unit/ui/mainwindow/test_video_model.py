from __future__ import annotations

import pytest
from helpers.constants import NOW
from PySide6.QtCore import QPersistentModelIndex, Qt

from tiktok_desktop.core.models import Video
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui.mainwindow.video_model import (
    AI_GENERATED,
    ENGAGEMENT,
    LIKES,
    PUBLISHED,
    TITLE,
    VIEWS,
    ShareUrlRole,
    VideoIdRole,
    VideoTableModel,
)

HOSTILE = '<b>bold</b><img src="file:///etc/passwd"> \u202eevil\u202c'


@pytest.fixture
def model(qapp) -> VideoTableModel:
    m = VideoTableModel()
    m.set_videos([v for p in DemoSource(now=NOW).iter_video_pages() for v in p])
    return m


def column(m: VideoTableModel, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [m.data(m.index(r, col), role) for r in range(m.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, model: VideoTableModel) -> None:
    qtmodeltester.check(model)
    model.sort(VIEWS, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("dumplings")
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtmodeltester, qapp) -> None:
    qtmodeltester.check(VideoTableModel())


def test_sort_by_views_both_ways(model: VideoTableModel) -> None:
    model.sort(VIEWS, Qt.SortOrder.DescendingOrder)
    views = [model.video_at(r).views for r in range(model.rowCount())]
    assert views == sorted(views, reverse=True)
    model.sort(VIEWS, Qt.SortOrder.AscendingOrder)
    assert [model.video_at(r).views for r in range(model.rowCount())] == sorted(views)


def test_sort_by_engagement_puts_unknown_last_when_descending(qapp) -> None:
    m = VideoTableModel()
    m.set_videos([Video("a", 1, views=0, likes=5), Video("b", 2, views=100, likes=5), Video("c", 3, views=10, likes=5)])
    m.sort(ENGAGEMENT, Qt.SortOrder.DescendingOrder)
    assert [m.video_at(r).video_id for r in range(3)] == ["c", "b", "a"]
    assert column(m, ENGAGEMENT)[-1] == "\u2014"


def test_filter_matches_every_word_in_title_or_description(model: VideoTableModel) -> None:
    total = model.rowCount()
    model.set_filter_text("#美食")
    assert 0 < model.rowCount() < total
    assert all("#美食" in model.video_at(r).description for r in range(model.rowCount()))
    model.set_filter_text("#美食 #FYP")  # case-insensitive, all words
    assert all(
        "#美食" in (v := model.video_at(r)).description and "#fyp" in v.description.lower()
        for r in range(model.rowCount())
    )
    model.set_filter_text("no such words anywhere")
    assert model.rowCount() == 0
    model.set_filter_text("")
    assert model.rowCount() == total


def test_filter_survives_sorting(model: VideoTableModel) -> None:
    model.set_filter_text("noodles")
    n = model.rowCount()
    model.sort(VIEWS, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == n
    views = [model.video_at(r).views for r in range(n)]
    assert views == sorted(views)


def test_selection_follows_the_video_when_sorting(model: VideoTableModel) -> None:
    target = model.index(5, TITLE)
    video_id = model.data(target, VideoIdRole)
    persistent = QPersistentModelIndex(target)
    model.sort(VIEWS, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(persistent.row(), TITLE), VideoIdRole) == video_id
    assert model.row_of(video_id) == persistent.row()


def test_untrusted_text_is_never_rich_text(qapp) -> None:
    m = VideoTableModel()
    m.set_videos([Video("1", 0, title=HOSTILE, description="<script>x</script>", share_url="https://x")])
    assert m.data(m.index(0, TITLE)) == HOSTILE  # the delegate draws display text literally
    tip = m.data(m.index(0, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;bold&lt;/b&gt;" in tip and "&lt;script&gt;" in tip
    assert m.data(m.index(0, TITLE), ShareUrlRole) == "https://x"


def test_empty_title_falls_back_to_description(qapp) -> None:
    m = VideoTableModel()
    m.set_videos([Video("1", 0, title="", description="only a description #tag")])
    assert m.data(m.index(0, TITLE)) == "only a description #tag"


def test_long_emoji_and_rtl_titles_are_kept_whole(qapp) -> None:
    title = ("مرحبا 🍜" * 30)[:150]
    m = VideoTableModel()
    m.set_videos([Video("1", 0, title=title)])
    assert m.data(m.index(0, TITLE)) == title


def test_published_column_shows_local_time(model: VideoTableModel) -> None:
    assert all(len(text) == 16 for text in column(model, PUBLISHED))


# -- the AI-generated label -----------------------------------------------------------------------------------

LABELLED = [Video("yes", 1, ai_generated=True), Video("unknown", 2), Video("no", 3, ai_generated=False)]


def test_ai_generated_column_says_yes_no_and_leaves_unknown_empty(qtmodeltester, qapp) -> None:
    m = VideoTableModel()
    m.set_videos(LABELLED)
    assert m.headerData(AI_GENERATED, Qt.Orientation.Horizontal) == "AI"
    tip = m.headerData(AI_GENERATED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("AI-generated")
    assert AI_GENERATED == m.columnCount() - 1  # appended: saved column layouts keep their columns
    shown = {m.video_at(r).video_id: text for r, text in enumerate(column(m, AI_GENERATED))}
    assert shown == {"yes": "Yes", "no": "No", "unknown": ""}  # unknown is never "No"
    qtmodeltester.check(m)


def test_sort_by_ai_generated_puts_unknown_last_when_descending(qapp) -> None:
    m = VideoTableModel()
    m.set_videos(LABELLED)
    m.sort(AI_GENERATED, Qt.SortOrder.DescendingOrder)
    assert [m.video_at(r).video_id for r in range(3)] == ["yes", "no", "unknown"]
    m.sort(AI_GENERATED, Qt.SortOrder.AscendingOrder)
    assert [m.video_at(r).video_id for r in range(3)] == ["unknown", "no", "yes"]


def test_demo_videos_sort_by_ai_generated(model: VideoTableModel, qtmodeltester) -> None:
    model.sort(AI_GENERATED, Qt.SortOrder.DescendingOrder)
    shown = column(model, AI_GENERATED)
    assert shown == sorted(shown, key=lambda text: text == "No") and "Yes" in shown and "No" in shown
    qtmodeltester.check(model)


def test_ai_generated_column_is_hidden_when_no_video_knows_it(qapp, runner, ctx) -> None:
    from tiktok_desktop.ui.mainwindow.video_table import VideoTable

    table = VideoTable(runner, ctx)
    table.set_videos([Video("1", 1), Video("2", 2)])  # TikAPI: the label is never known
    assert not table.video_model.has_ai_labels and table.isColumnHidden(AI_GENERATED)
    table.set_videos(LABELLED)
    assert table.video_model.has_ai_labels and not table.isColumnHidden(AI_GENERATED)
    table.set_videos([Video("1", 1, ai_generated=False)])  # known, even if no video is AI-generated
    assert not table.isColumnHidden(AI_GENERATED)
    table.deleteLater()


@pytest.mark.parametrize("column", [VIEWS, LIKES, ENGAGEMENT, PUBLISHED])
def test_a_first_click_on_a_count_header_sorts_the_most_first(qtbot, runner, ctx, column: int) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from tiktok_desktop.ui.mainwindow.video_table import VideoTable

    table = VideoTable(runner, ctx)
    qtbot.addWidget(table)
    table.resize(1200, 400)
    table.show()
    table.video_model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, Qt.SortOrder.DescendingOrder)


def test_the_search_status_counts_in_the_singular_and_the_plural(qapp, runner, ctx) -> None:
    """ "1 of 1 video shown", "2 of 2,500 videos shown": the noun follows the count, and the counts are grouped as
    QLocale writes them, in Chinese too."""
    from tiktok_desktop.ui import i18n
    from tiktok_desktop.ui.mainwindow.video_table import VideoTable

    table = VideoTable(runner, ctx)
    try:
        table.set_videos([Video("1", 1, title="Dumplings")])
        assert table.filter("dump") == "1 of 1 video shown"
        assert table.filter("noodles") == "0 of 1 video shown"
        many = [Video(str(i), i, title="Noodles" if i < 2 else f"Rice {i}") for i in range(2500)]
        table.set_videos(many)
        assert table.filter("noodles") == "2 of 2,500 videos shown"
        assert table.filter("") == ""
        assert i18n.install("zh_CN") == "zh_CN"
        assert table.filter("rice") == "显示 2,498 个，共 2,500 个视频"
    finally:
        i18n.install("en")
        table.deleteLater()
