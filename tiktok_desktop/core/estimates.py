"""Estimates of what TikTok's API does not tell: watch time, completion and early drop-off.

These are NOT measurements. They come from a simple retention model and are always shown as estimates
(labelled, with the formula, prefixed est_ in exports) and never added to measured numbers.

Model: the share of viewers still watching after t seconds is r(t) = 1 / (1 + t / tau), with
tau = TAU_S x (the video's engagement / the account's median engagement), clamped to [TAU_MIN_X, TAU_MAX_X]
times TAU_S: videos that engage better than usual are assumed to hold viewers longer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.core.models import Video

TAU_S = 12.0
TAU_MIN_X, TAU_MAX_X = 0.25, 4.0
BOUNCE_S = 3.0  # leaving within the first seconds counts as a bounce

FORMULAS = {
    "est_avg_watch_time_s": "tau x ln(1 + duration / tau)",
    "est_completion_rate_pct": "100 / (1 + duration / tau)",
    "est_bounce_rate_pct": "100 x (1 - 1 / (1 + 3 s / tau))",
}


@dataclass(frozen=True, slots=True)
class Estimate:
    avg_watch_time_s: float
    completion_rate_pct: float
    bounce_rate_pct: float


def median_engagement(videos: Sequence[Video]) -> float | None:
    rates = [r for v in videos if (r := video_engagement(v)) is not None]
    return median(rates) if rates else None


def tau(video: Video, account_median: float | None) -> float | None:
    rate = video_engagement(video)
    if rate is None or not account_median:
        return None
    return TAU_S * min(TAU_MAX_X, max(TAU_MIN_X, rate / account_median))


def estimate(video: Video, account_median: float | None) -> Estimate | None:
    """None for a video without views or duration: there is nothing to base an estimate on."""
    t = tau(video, account_median)
    if t is None or video.duration_s <= 0:
        return None
    d = video.duration_s
    return Estimate(
        avg_watch_time_s=t * math.log1p(d / t),
        completion_rate_pct=100.0 / (1.0 + d / t),
        bounce_rate_pct=100.0 * (1.0 - 1.0 / (1.0 + min(BOUNCE_S, d) / t)),
    )


def account_estimate(videos: Sequence[Video]) -> Estimate | None:
    """The videos' estimates averaged, weighted by views (a video watched more says more)."""
    m = median_engagement(videos)
    weighted = [(v.views, e) for v in videos if (e := estimate(v, m)) is not None]
    total = sum(w for w, _ in weighted)
    if not total:
        return None
    return Estimate(
        *(
            sum(w * getattr(e, f) for w, e in weighted) / total
            for f in ("avg_watch_time_s", "completion_rate_pct", "bounce_rate_pct")
        )
    )
