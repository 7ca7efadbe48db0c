"""The charts, their exports (PNG, SVG, clipboard), the PDF report and the window's export actions."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers.constants import NOW
from helpers.studio_export import write_download
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tiktok_desktop.app.chart_data import ChartData, chart_data
from tiktok_desktop.app.chart_names import CHARTS
from tiktok_desktop.app.dashboard import Dashboard, load_dashboard
from tiktok_desktop.app.report import report_data
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.models import Account, Profile, Video
from tiktok_desktop.core.store import Store
from tiktok_desktop.core.studio.files import read_download
from tiktok_desktop.core.studio.merge import merge
from tiktok_desktop.core.studio.storage import save_import
from tiktok_desktop.sources.demo import DemoSource
from tiktok_desktop.ui.charts.files import offscreen_chart, png_bytes, render_image, save_chart, svg_bytes
from tiktok_desktop.ui.charts.panel import ChartsPanel, tooltip_html
from tiktok_desktop.ui.charts.report_pdf import report_pdf

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Dashboard:
    """The demo creator, with a TikTok Studio download imported (the charts of imports need one)."""
    folder = tmp_path_factory.mktemp("demo")
    download = write_download(folder / "studio", exported_at=NOW - 3600)
    with Store(folder / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        save_import(store, result.account, merge(read_download(download.zips)), NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


def empty_dashboard() -> Dashboard:
    return Dashboard(Account("demo:x", Profile("demo", "x", username="x"), None), [], [], NOW)


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize("name", CHARTS)
def test_each_chart_draws_demo_and_empty_data_and_exports(qapp, demo: Dashboard, tmp_path: Path, name: str) -> None:
    data = chart_data(demo)
    with offscreen_chart(name, data, QSize(900, 500)) as chart:
        assert not chart.nothing
        image = render_image(chart.widget, QSize(900, 500))
        assert (image.width(), image.height()) == (900, 500)
        assert distinct_colours(image) > 5  # axes, labels and data, not a blank canvas
        save_chart(chart, tmp_path / f"{name}.png", QSize(640, 360))
        save_chart(chart, tmp_path / f"{name}.svg")
        chart.set_data(chart_data(empty_dashboard()))
        # the daily views come only from TikTok Studio imports, and none was made: the title says that
        empty = "No TikTok Studio data imported" if name == "daily" else "Nothing to show"
        assert chart.nothing and empty in chart.item.titleLabel.text
        chart.set_data(ChartData(None, 0))
    png = QImage(str(tmp_path / f"{name}.png"))
    assert (png.width(), png.height()) == (640, 360) and distinct_colours(png) > 5
    root = ET.parse(tmp_path / f"{name}.svg").getroot()
    assert root.tag == f"{SVG}svg"
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert texts.strip(), "axis labels are text in the SVG"
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(tmp_path / f"{name}.svg")).isValid()


def test_svg_carries_axis_labels_and_the_title(qapp, demo: Dashboard) -> None:
    with offscreen_chart("views", chart_data(demo)) as chart:
        svg = svg_bytes(chart.widget, chart.title()).decode("utf-8")
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == "Views"
    assert "Views (log scale)" in "".join(root.itertext())
    assert len(list(root.iter(f"{SVG}text"))) > 10  # the tick labels too


def test_png_at_the_screen_pixel_ratio(qapp, demo: Dashboard) -> None:
    with offscreen_chart("followers", chart_data(demo), QSize(500, 300)) as chart:
        image = QImage.fromData(png_bytes(render_image(chart.widget)))
        ratio = chart.widget.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(500 * ratio), round(300 * ratio))


def test_periods_limit_what_the_charts_show(demo: Dashboard) -> None:
    week, everything = chart_data(demo, "28"), chart_data(demo, "all")
    assert 0 < len(week.videos) < len(everything.videos) == len(demo.videos)
    assert all(v.published_at > demo.as_of - 28 * 86_400 for v in week.videos)
    assert all(p.t >= demo.as_of - 28 * 86_400 for p in week.followers) and len(week.followers) >= 28
    assert sum(n for row in week.heatmap for n, _ in row) == len(week.videos)
    assert chart_data(None).empty


def test_hover_describes_a_video_as_plain_text_and_click_finds_it(qapp, demo: Dashboard) -> None:
    with offscreen_chart("views", chart_data(demo)) as chart:
        x, y = chart._xs[3], chart._ys[3]
        video = chart._videos[3]
        text = chart.describe(x, y)
        assert (video.title or "(no title)") in text and "Views:" in text
        assert chart.video_at(x, y) == video.video_id
        far = chart.item.getViewBox().viewRange()[0][0]
        assert chart.video_at(far - 1e9, y) is None
    assert tooltip_html("<b>x</b>\nline") == "<qt>&lt;b&gt;x&lt;/b&gt;<br>line</qt>"


def test_heatmap_and_hashtags_describe_their_cells(qapp, demo: Dashboard) -> None:
    data = chart_data(demo)
    with offscreen_chart("heatmap", data) as chart:
        day, hour = next((d, h) for d in range(7) for h in range(24) if data.heatmap[d][h][0])
        assert "video" in chart.describe(hour + 0.5, day + 0.5)
        assert chart.video_at(hour + 0.5, day + 0.5) is None
    with offscreen_chart("hashtags", data) as chart:
        assert chart.describe(10, 0).startswith("#" + data.hashtags[0].tag)


def test_pdf_report_has_kpis_every_chart_and_top_videos(qapp, demo: Dashboard, tmp_path: Path) -> None:
    import pypdf

    out = tmp_path / "r.pdf"
    out.write_bytes(report_pdf(report_data(demo), chart_data(demo, "90")))
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 3
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for expected in (
        "@lumi.cooks",
        "Last 28 days",
        "Estimates (not measured by TikTok)",
        "Top videos by views",
        "Posting times",
        "Hashtags",
        "Duration",
    ):
        assert expected in text, expected


def test_pdf_report_of_an_account_without_data(qapp, tmp_path: Path) -> None:
    import pypdf

    empty = empty_dashboard()
    out = tmp_path / "r.pdf"
    out.write_bytes(report_pdf(report_data(empty), chart_data(empty)))
    assert len(pypdf.PdfReader(out).pages) >= 1


def test_panel_builds_and_takes_empty_data(qtbot) -> None:
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.build()
    assert list(panel.charts) == list(CHARTS)
    panel.set_data(chart_data(empty_dashboard()))
    with qtbot.waitSignal(panel.range_changed) as seen:
        panel._range_buttons["28"].click()
    assert seen.args == ["28"] and panel.range_key == "28"


def test_only_the_chart_on_screen_is_made_the_others_when_first_shown(qtbot, demo) -> None:
    """Each chart is a pyqtgraph scene of its own: making all of them held up the first chart on screen."""
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.build()
    panel.set_data(chart_data(demo))
    assert list(panel._made) == ["followers"]
    panel.show_chart("views")
    assert list(panel._made) == ["followers", "views"] and not panel.charts["views"].nothing  # made and drawn
    panel.show_chart("active")  # the Audience tab: its map and the posting-times map beside it
    assert panel.audience.isVisible() and panel.audience_posting is not None
    assert panel.chart("hashtags").data.videos  # an export of a chart never shown makes and draws it
    assert list(panel.charts) == list(CHARTS)


def test_one_video_and_no_snapshots(qapp) -> None:
    one = Dashboard(
        Account("demo:x", Profile("demo", "x"), None), [Video("1", NOW - 100, "t", views=10, likes=1)], [], NOW
    )
    data = chart_data(one)
    for name in CHARTS:
        with offscreen_chart(name, data) as chart:
            chart.set_data(data)
    assert report_data(one).account[7]["followers"].current is None


def test_the_charts_of_imports_describe_what_lies_under_the_mouse(qapp, demo: Dashboard) -> None:
    data = chart_data(demo)
    with offscreen_chart("daily", data) as chart:
        t, day = data.daily[10]
        text = chart.describe(t + 3600, 0)
        assert f"Video views: {day.video_views:,}" in text and f"Profile views: {day.profile_views}" in text
        assert "From TikTok Studio" in text and chart.video_at(t, 0) is None
        assert chart.describe(data.daily[-1][0] + 86400, 0) is None  # beyond the last imported day
    with offscreen_chart("active", data) as chart:
        monday_noon = chart.describe(12.5, 0.5)
        assert monday_noon.startswith("Monday 12:00") and "followers active on average" in monday_noon
    with offscreen_chart("followers", data) as chart:
        imported = sorted(data.imported_followers)[0]
        i = [p.t for p in data.followers].index(imported)
        chart.item.setXRange(imported - 86400, imported + 86400, padding=0)
        chart.item.setYRange(data.followers[i].value - 5, data.followers[i].value + 5, padding=0)
        assert "From TikTok Studio" in chart.describe(imported, data.followers[i].value)


def test_pdf_report_says_when_a_comparison_edge_is_estimated(qapp, demo: Dashboard, tmp_path: Path) -> None:
    """As the window does: an edge in a gap, or in the older history kept one snapshot a day."""
    import dataclasses

    import pypdf

    data = report_data(demo)
    edge = demo.account.last_sync_at - 56 * 86_400
    out = tmp_path / "r.pdf"
    out.write_bytes(report_pdf(dataclasses.replace(data, estimated={28: [edge]}), chart_data(demo, "90")))
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Estimated: no snapshot was taken close to" in text
    out.write_bytes(report_pdf(dataclasses.replace(data, estimated={}), chart_data(demo, "90")))
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Estimated: no snapshot" not in text


def painted_tick_values(chart) -> list[str]:
    """The tick strings the chart's axes (and colour bar) paint, as pyqtgraph lays them out for painting."""
    from PySide6.QtGui import QPainter

    axes = [chart.item.getAxis(n) for n in ("left", "bottom", "right")]
    bar = getattr(chart, "bar", None)
    axes += [bar.axis] if bar is not None else []
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return [text for axis in axes if axis.isVisible() for *_, text in axis.generateDrawSpecs(painter)[2]]
    finally:
        painter.end()


@pytest.mark.parametrize("name", CHARTS)
def test_an_empty_chart_paints_no_made_up_axis_values(qapp, demo: Dashboard, name: str) -> None:
    """Nothing to show: no numbers on its axes (pyqtgraph numbered the range of nothing: a date axis "00.100",
    "00.200" ..., a colour bar "0, 0, 1, 1"); with data again, they are back."""
    with offscreen_chart(name, chart_data(empty_dashboard()), QSize(900, 500)) as chart:
        render_image(chart.widget, QSize(900, 500))
        assert chart.nothing and painted_tick_values(chart) == []
        legend = getattr(chart, "legend", None)
        assert legend is None or not legend.isVisible()  # it named series that are not there
        chart.set_data(chart_data(demo))
        render_image(chart.widget, QSize(900, 500))
        assert not chart.nothing and painted_tick_values(chart)
        assert legend is None or legend.isVisible()
