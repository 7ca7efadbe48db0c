"""The one-click PDF report: profile KPIs with period comparison, the estimates apart, the top videos and every
chart (drawn as vectors). Painted with QPdfWriter on the GUI thread: charts are widgets."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtSvg import QSvgRenderer

from tiktok_desktop.app.chart_data import ChartData
from tiktok_desktop.app.chart_names import CHARTS
from tiktok_desktop.app.report import ReportData
from tiktok_desktop.core.analytics import PERIODS, Change
from tiktok_desktop.core.errors import ExportFailed
from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.charts.files import offscreen_chart, svg_bytes
from tiktok_desktop.ui.charts.share import caption
from tiktok_desktop.ui.charts.vector_export import installed_font_only
from tiktok_desktop.ui.theme import light_palette

DPI = 96  # layout in "screen pixels": an A4 page is about 718 x 1047 inside its margins
CHART_SIZE = QSize(1000, 520)
GREY, ACCENT, EST = QColor("#5f6368"), QColor("#FE2C55"), QColor("#7A5200")


class _Page:
    """A cursor down the page that starts a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = rect.width(), rect.height()
        self.y = 0.0

    def need(self, height: float) -> None:
        if self.y + height > self.height and self.y > 0:
            self.writer.newPage()
            self.y = 0.0

    def text(
        self,
        text: str,
        size: float = 10,
        bold: bool = False,
        colour: QColor | None = None,
        italic: bool = False,
        x: float = 0,
        width: float | None = None,
        advance: bool = True,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        font = QFont()
        if i18n.current_language() == "zh_CN":  # digits from the Chinese font too: one baseline a row
            font.setFamilies([*i18n.SIMPLIFIED_CHINESE_FONTS, *font.families()])
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        self.painter.setFont(font)
        self.painter.setPen(colour or QColor("#161823"))
        width = width if width is not None else self.width - x
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        bounds = self.painter.boundingRect(QRectF(x, self.y, width, 10_000), flags, text)
        self.need(bounds.height())
        self.painter.drawText(QRectF(x, self.y, width, bounds.height()), flags, text)
        if advance:
            self.y += bounds.height()
        return bounds.height()

    def rule(self) -> None:
        self.painter.setPen(QPen(QColor("#dadce0"), 0.8))
        self.painter.drawLine(0, int(self.y + 4), int(self.width), int(self.y + 4))
        self.y += 10


def _cell(change: Change, kind: str) -> str:
    """A period's value with its change against the previous period: kind "gain" (+1.2K), "count" (1,234) or
    "rate" (5.00%, change in percentage points)."""
    if change.current is None:
        return "\u2014"
    if kind == "rate":
        value = fmt.percent(change.current)
    elif kind == "gain":
        value = fmt.signed_compact(round(change.current))
    else:
        value = fmt.number(round(change.current))
    if change.previous is None:
        return value
    if kind == "rate":
        points = QCoreApplication.translate("ReportWriter", "%1 pt", "percentage points").replace(
            "%1", f"{change.current - change.previous:+.2f}"
        )
        return f"{value} ({points})"
    return value if change.pct is None else f"{value} ({fmt.signed_number(round(change.pct))}%)"


class ReportWriter(QObject):
    """Writes the report; a QObject for its translation context."""

    def pdf(self, data: ReportData, charts: ChartData) -> bytes:
        out = QByteArray()
        buffer = QBuffer(out)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(14, 14, 14, 14),
                QPageLayout.Unit.Millimeter,
            )
        )
        profile = data.dashboard.account.profile
        writer.setTitle(self.tr("TikTok report: %1").replace("%1", "@" + profile.username))
        writer.setCreator("TikTok Creator Desktop")
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportFailed(path="PDF", detail="the PDF painter could not start")
        try:
            page = _Page(writer, painter)
            self._front(page, data)
            self._charts(page, charts, data)
        finally:
            painter.end()
        return bytes(out.data())

    def _front(self, page: _Page, data: ReportData) -> None:
        d = data.dashboard
        p = d.account.profile
        page.text(self.tr("TikTok report"), 9, colour=ACCENT, bold=True)
        page.text(p.display_name or p.username, 20, bold=True)
        source = {
            "demo": self.tr("demo data (a made-up creator)"),
            "official": self.tr("TikTok official API"),
            "tikapi": self.tr("TikAPI"),
        }.get(p.source, p.source)
        page.text(
            f"@{p.username} \u00b7 "
            + self.tr("numbers as of %1").replace("%1", fmt.date_time(d.as_of))
            + f" \u00b7 {source}",
            10,
            colour=GREY,
        )
        page.y += 10
        totals = (
            (self.tr("Followers"), p.followers),
            (self.tr("Following"), p.following),
            (self.tr("Likes"), p.likes),
            (self.tr("Videos"), p.video_count),
        )
        column = page.width / 4
        top = page.y
        for i, (label, value) in enumerate(totals):
            page.y = top
            page.text(label, 9, colour=GREY, x=i * column, width=column)
            page.text(fmt.number(value), 16, bold=True, x=i * column, width=column)
        page.rule()

        page.text(self.tr("This period against the previous one"), 13, bold=True)
        page.text(
            self.tr(
                "Gains over all videos and the account, from the stored snapshots; in brackets, the "
                "change against the period before. \u2014: not enough history yet."
            ),
            8.5,
            colour=GREY,
        )
        page.y += 4
        rows = (
            (self.tr("Followers gained"), lambda k: _cell(data.account[k]["followers"], "gain")),
            (self.tr("Views gained"), lambda k: _cell(data.account[k]["views"], "gain")),
            (self.tr("Likes gained"), lambda k: _cell(data.account[k]["likes"], "gain")),
            (self.tr("Engagement rate"), lambda k: _cell(data.account[k]["engagement"], "rate")),
            (self.tr("Videos published"), lambda k: _cell(data.published[k]["videos"], "count")),
            (self.tr("Views of the videos published"), lambda k: _cell(data.published[k]["views"], "count")),
            (self.tr("Engagement of the videos published"), lambda k: _cell(data.published[k]["engagement"], "rate")),
        )
        first = page.width * 0.37
        width = (page.width - first) / len(PERIODS)
        top = page.y
        for i, days in enumerate(PERIODS):
            page.y = top
            page.text(
                self.tr("Last %1 days").replace("%1", str(days)),
                9,
                bold=True,
                x=first + i * width,
                width=width,
                align=Qt.AlignmentFlag.AlignRight,
            )
        for label, cell in rows:
            top = page.y
            height = page.text(label, 9.5, x=0, width=first, advance=False)
            for i, days in enumerate(PERIODS):
                page.y = top
                height = max(
                    height,
                    page.text(
                        cell(days),
                        9.5,
                        x=first + i * width,
                        width=width,
                        advance=False,
                        align=Qt.AlignmentFlag.AlignRight,
                    ),
                )
            page.y = top + height + 3
        edges = sorted({t for days in PERIODS for t in data.estimated.get(days, [])})
        if edges:  # the window's words (and their translation): a comparison's edge stood in for
            note = QCoreApplication.translate(
                "InsightsStrip",
                "\u2248 Estimated: no snapshot was taken close to %1 (the app was not running, or older history "
                "keeps one snapshot a day), so the nearest earlier snapshot stands in for it.",
            )
            page.text(note.replace("%1", ", ".join(fmt.date_time(t) for t in edges)), 8.5, colour=GREY)
        page.y += 6

        est = data.estimate
        page.text(self.tr("Estimates (not measured by TikTok)"), 11, bold=True, colour=EST, italic=True)
        if est is None:
            page.text(self.tr("Not enough data for an estimate."), 9.5, italic=True, colour=EST)
        else:
            page.text(
                self.tr(
                    "\u2248 average watch time %1 s \u00b7 \u2248 completion %2 \u00b7 "
                    "\u2248 bounce in the first 3 s %3"
                )
                .replace("%1", f"{est.avg_watch_time_s:.1f}")
                .replace("%2", fmt.percent(est.completion_rate_pct))
                .replace("%3", fmt.percent(est.bounce_rate_pct)),
                9.5,
                italic=True,
                colour=EST,
            )
        page.text(
            self.tr(
                "Model: viewers still watching after t seconds = 1 / (1 + t / \u03c4), \u03c4 = 12 s \u00d7 "
                "(video engagement / median engagement), limited to 3\u201348 s; weighted by views."
            ),
            8,
            italic=True,
            colour=GREY,
        )
        page.rule()

        page.text(self.tr("Top videos by views"), 13, bold=True)
        page.y += 2
        columns = (
            (self.tr("Title"), 0.0, 0.46),
            (self.tr("Published"), 0.46, 0.14),
            (self.tr("Views"), 0.6, 0.13),
            (self.tr("Likes"), 0.73, 0.11),
            (self.tr("Engagement"), 0.84, 0.16),
        )
        top = page.y
        for label, x, w in columns:
            page.y = top
            page.text(
                label,
                9,
                bold=True,
                colour=GREY,
                x=x * page.width,
                width=w * page.width,
                advance=False,
                align=Qt.AlignmentFlag.AlignLeft if x == 0 else Qt.AlignmentFlag.AlignRight,
            )
        page.y = top + 16
        metrics = page.painter.fontMetrics()
        for v in data.top:
            page.need(17)
            top = page.y
            title = metrics.elidedText(
                v.title or self.tr("(no title)"), Qt.TextElideMode.ElideRight, int(0.44 * page.width)
            )
            values = (
                title,
                fmt.date(v.published_at),
                fmt.number(v.views),
                fmt.number(v.likes),
                fmt.percent(video_engagement(v)),
            )
            height = 0.0
            for (_, x, w), shown in zip(columns, values, strict=True):
                page.y = top
                align = Qt.AlignmentFlag.AlignLeft if x == 0 else Qt.AlignmentFlag.AlignRight
                # titles are the creator's text: drawText shows them as typed, never as markup
                height = max(
                    height, page.text(shown, 9, x=x * page.width, width=w * page.width, advance=False, align=align)
                )
            page.y = top + max(17, height + 3)  # an emoji's font is taller than the text's

    def _charts(self, page: _Page, charts: ChartData, data: ReportData) -> None:
        profile = data.dashboard.account.profile
        height = page.width * CHART_SIZE.height() / CHART_SIZE.width()
        palette = light_palette()
        imported = {"daily": bool(charts.daily), "active": bool(charts.activity)}
        for name in CHARTS:
            if not imported.get(name, True):  # a chart of TikTok Studio imports, and nothing was imported
                continue
            with offscreen_chart(name, charts, CHART_SIZE, palette) as chart:
                page.need(height + 56)
                page.y += 12
                page.text(chart.title(), 13, bold=True)
                byline = caption(chart.title(), profile.username, charts, demo=profile.source == "demo").byline
                page.text(byline, 8.5, colour=GREY)
                page.y += 4
                target = QRectF(0, page.y, page.width, height)
                # drawn from the chart's vector SVG (files.svg_bytes): dots and heatmap cells as shapes, and text
                # placed as laid out for the screen; rendered straight into the PDF, the legend's text took the
                # printer's metrics and outgrew its box ("Median of the duratio")
                chinese = i18n.SIMPLIFIED_CHINESE_FONTS if i18n.current_language() == "zh_CN" else ()
                svg = QSvgRenderer(
                    installed_font_only(svg_bytes(chart.widget, chart.title()), chinese, i18n.SIMPLIFIED_CHINESE_FONTS)
                )
                svg.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                svg.render(page.painter, target)
                page.y += height


def report_pdf(data: ReportData, charts: ChartData) -> bytes:
    return ReportWriter().pdf(data, charts)
