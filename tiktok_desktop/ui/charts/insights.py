"""The insights strip under the profile card: this period against the previous one, and the estimates.

Estimates (not in TikTok's API) sit apart, in their own dashed, italic tiles marked "est.", with the formula in
the tooltip, so they are never read as measured numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.widgets.labels import plain_label
from tiktok_desktop.ui.widgets.stat_tile import StatTile, set_trend
from tiktok_desktop.ui.widgets.tooltip import wrapped_tooltip

if TYPE_CHECKING:  # annotations only: the window is built before the analysis is imported
    from tiktok_desktop.app.report import ReportData
    from tiktok_desktop.core.analytics import Change

DEFAULT_DAYS = 28  # what "All" compares: all-time has no previous period


def change_text(change: Change, kind: str = "count") -> tuple[str, str]:
    """('+12% vs previous', trend) for a Change; the trend names a style."""
    if change.current is None or change.previous is None:
        return QCoreApplication.translate("InsightsStrip", "no earlier data yet"), "none"
    if kind == "rate":
        diff = round(change.current - change.previous, 2) + 0.0  # as shown: -0.004 is 0.00, flat (+ 0.0: not -0.0)
        shown = f"{diff:+.2f}" if diff else "0.00"
        text = QCoreApplication.translate("InsightsStrip", "%1 points vs previous").replace("%1", shown)
    elif change.pct is None:
        text = QCoreApplication.translate("InsightsStrip", "previous period: %1").replace(
            "%1", fmt.compact(round(change.previous))
        )
        diff = change.current - change.previous
    else:
        diff = round(change.pct) + 0.0  # as shown: -0.3 % is 0 %, flat
        shown = f"{fmt.signed_number(round(diff))}%" if diff else "0%"  # +1,234%
        text = QCoreApplication.translate("InsightsStrip", "%1 vs previous").replace("%1", shown)
    return text, "up" if diff > 0 else "down" if diff < 0 else "flat"


class Tile(StatTile):
    """A StatTile for a period figure, or (estimate=True) for an estimate, styled apart."""

    def __init__(self, title: str, estimate: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("estimateTile" if estimate else "insightTile")
        self.value.setObjectName("estimateValue" if estimate else "insightValue")
        self.box.setContentsMargins(10, 6, 10, 6)

    def set_text(self, value: str, change: str = "", trend: str = "none", tip: str = "") -> None:
        self.value.setText(value)
        self.change.setText(change)
        self.change.setVisible(bool(change))
        set_trend(self.change, trend)
        self.setToolTip(wrapped_tooltip(tip))


class InsightsStrip(QWidget):
    """Measured tiles for a period on the left, estimate tiles on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(4)
        self.period = plain_label()
        self.period.setObjectName("statTitle")
        outer.addWidget(self.period)
        layout = QHBoxLayout()
        layout.setSpacing(8)
        outer.addLayout(layout)
        self.views = Tile(self.tr("Views gained"))
        self.likes = Tile(self.tr("Likes gained"))
        self.followers = Tile(self.tr("Followers gained"))
        self.engagement = Tile(self.tr("Engagement rate"))
        self.published = Tile(self.tr("Videos published"))
        for tile in (self.views, self.likes, self.followers, self.engagement, self.published):
            layout.addWidget(tile, 1)
        layout.addSpacing(12)
        self.watch = Tile(self.tr("Avg. watch time (est.)"), estimate=True)
        self.completion = Tile(self.tr("Completion rate (est.)"), estimate=True)
        self.bounce = Tile(self.tr("Bounce rate (est.)"), estimate=True)
        for tile in (self.watch, self.completion, self.bounce):
            layout.addWidget(tile, 1)
        # said when an edge of the comparison falls in a gap or in the older history kept one snapshot a day
        self.estimated_note = plain_label()
        self.estimated_note.setObjectName("statTitle")
        self.estimated_note.setWordWrap(True)
        self.estimated_note.hide()
        outer.addWidget(self.estimated_note)

    def show_report(self, data: ReportData, days: int | None) -> None:
        if days is None:  # all time has no period before it: say which period the tiles compare instead
            days = DEFAULT_DAYS
            caption = self.tr("Charts: all time \u00b7 these figures: the last %1 days vs the %1 days before")
        else:
            caption = self.tr("Last %1 days vs the %1 days before")
        self.period.setText(caption.replace("%1", str(days)))
        account, published = data.account[days], data.published[days]
        edges = data.estimated.get(days, [])
        self.estimated_note.setVisible(bool(edges))
        if edges:
            self.estimated_note.setText(
                self.tr(
                    "\u2248 Estimated: no snapshot was taken close to %1 (the app was not running, or older history "
                    "keeps one snapshot a day), so the nearest earlier snapshot stands in for it."
                ).replace("%1", ", ".join(fmt.date_time(t) for t in edges))
            )
        for tile, key in ((self.views, "views"), (self.likes, "likes"), (self.followers, "followers")):
            c = account[key]
            text, trend = change_text(c)
            value = "\u2014" if c.current is None else fmt.signed_compact(round(c.current))
            tip = self.tr("Gained by all your videos (or the account) over the period, from the stored snapshots")
            if key == "followers" and data.followers_per_day.get(days) is not None:
                per_day = data.followers_per_day[days] or 0.0
                tip += "\n" + self.tr("%1 followers a day on average").replace(
                    "%1", ("+" if per_day > 0 else "") + fmt.decimal(per_day, 1)
                )
            tile.set_text(value, text, trend, tip)
        e = account["engagement"]
        text, trend = change_text(e, "rate")
        self.engagement.set_text(
            fmt.percent(e.current),
            text,
            trend,
            self.tr("(likes + comments + shares) / views, over what all videos gained in the period"),
        )
        p = published["videos"]
        text, trend = change_text(p)
        pv = published["views"]
        self.published.set_text(
            fmt.number(None if p.current is None else int(p.current)),
            text,
            trend,
            self.tr("Videos published in the period, and the views they have: %1 (previous period: %2)")
            .replace("%1", fmt.number(int(pv.current or 0)))
            .replace("%2", fmt.number(int(pv.previous or 0))),
        )
        est = data.estimate
        model = self.tr(
            "Estimate: TikTok's API does not report this. Model: viewers still watching after t seconds = "
            "1 / (1 + t / \u03c4), \u03c4 = 12 s \u00d7 (video engagement / your median engagement), "
            "limited to 3\u201348 s; averaged over your videos, weighted by views."
        )
        self.watch.set_text(
            "\u2248 " + ("\u2014" if est is None else fmt.seconds(est.avg_watch_time_s, 1)),
            "",
            "none",
            model + "\n" + self.tr("Watch time = \u03c4 \u00d7 ln(1 + duration / \u03c4)"),
        )
        self.completion.set_text(
            "\u2248 " + fmt.percent(None if est is None else est.completion_rate_pct),
            "",
            "none",
            model + "\n" + self.tr("Completion = 1 / (1 + duration / \u03c4)"),
        )
        bounce = self.tr("Bounce = share leaving in the first 3 s = 1 \u2212 1 / (1 + 3 s / \u03c4)")
        self.bounce.set_text(
            "\u2248 " + fmt.percent(None if est is None else est.bounce_rate_pct), "", "none", model + "\n" + bounce
        )
