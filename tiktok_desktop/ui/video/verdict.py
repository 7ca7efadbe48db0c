"""What a video page says in words: the metric names, ages, and whether this video does better than usual."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tiktok_desktop.app.video_history import VideoHistory
from tiktok_desktop.core.age_curves import HOUR, MIN_VIDEOS, Typical
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.i18n import Context


class VideoPage(Context):
    """The video page's translation context, for a message with a count: `VideoPage.tr("%n day(s)", "", n)`."""


def metric_name(metric: str) -> str:
    """As a heading or an axis label."""
    names = {
        "views": QCoreApplication.translate("VideoPage", "Views"),
        "likes": QCoreApplication.translate("VideoPage", "Likes"),
        "comments": QCoreApplication.translate("VideoPage", "Comments"),
        "shares": QCoreApplication.translate("VideoPage", "Shares"),
    }
    return names[metric]


def metric_noun(metric: str) -> str:
    """Inside a sentence."""
    nouns = {
        "views": QCoreApplication.translate("VideoPage", "views"),
        "likes": QCoreApplication.translate("VideoPage", "likes"),
        "comments": QCoreApplication.translate("VideoPage", "comments"),
        "shares": QCoreApplication.translate("VideoPage", "shares"),
    }
    return nouns[metric]


def age_text(age: int) -> str:
    """'1 hour', '5 hours', '3 days': how old the video was (rounded down)."""
    hours, days = divmod(age, HOUR)[0], divmod(age, DAY)[0]  # (lupdate reads a floor division as a comment)
    if age < 2 * DAY:
        return VideoPage.tr("%n hour(s)", "", hours)
    return VideoPage.tr("%n day(s)", "", days)


def ratio_text(ratio: float) -> str:
    return fmt.decimal(ratio, 0 if ratio >= 10 else 1)


def typical_text(t: Typical) -> str:
    """The typical video at one age, for a tooltip."""
    n = t.videos  # at least MIN_VIDEOS; (lupdate skips a translation whose count is an attribute)
    return (
        QCoreApplication.translate("VideoPage", "Your typical video at %1: %2")
        .replace("%1", age_text(t.age))
        .replace("%2", fmt.number(round(t.median or 0)))
        + "\n"
        + VideoPage.tr("Middle half: %1 to %2 (%n video(s))", "", n)
        .replace("%1", fmt.number(round(t.q1 or 0)))
        .replace("%2", fmt.number(round(t.q3 or 0)))
    )


def verdict(history: VideoHistory, metric: str) -> str:
    """Is this video doing better than usual? One or two sentences, honest about small samples."""
    if not history.has_history:
        return QCoreApplication.translate(
            "VideoPage", "No history of this video is stored yet: its chart fills in with each sync."
        )
    c = history.comparison(metric)
    age, noun, t = age_text(c.age), metric_noun(metric), c.typical
    n = t.videos if t is not None else 0
    if not c.enough or t is None or c.value is None:
        return (
            VideoPage.tr(
                "Too few of your other videos have history at %1 old to compare: %n (at least %2 needed).", "", n
            )
            .replace("%1", age)
            .replace("%2", fmt.number(MIN_VIDEOS))
        )
    ratio = c.ratio
    if ratio is None:
        first = QCoreApplication.translate("VideoPage", "At %1 old your typical video had no %2 yet; this one has %3.")
        first = first.replace("%1", age).replace("%2", noun).replace("%3", fmt.number(c.value))
    else:
        first = (
            QCoreApplication.translate(
                "VideoPage",
                "At %1 old this video has %2\u00d7 the %3 of your typical video at that age (%4 against %5).",
            )
            .replace("%1", age)
            .replace("%2", ratio_text(ratio))
            .replace("%3", noun)
            .replace("%4", fmt.number(c.value))
            .replace("%5", fmt.number(round(t.median or 0)))
        )
    where = {
        "above": VideoPage.tr("That is above the middle half of your videos (%1 to %2, from %n video(s)).", "", n),
        "within": VideoPage.tr("That is within the middle half of your videos (%1 to %2, from %n video(s)).", "", n),
        "below": VideoPage.tr("That is below the middle half of your videos (%1 to %2, from %n video(s)).", "", n),
    }[c.position or "within"]
    second = where.replace("%1", fmt.number(round(t.q1 or 0))).replace("%2", fmt.number(round(t.q3 or 0)))
    return first + " " + second
