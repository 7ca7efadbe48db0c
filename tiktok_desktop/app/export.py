"""Exports of the video table."""

from __future__ import annotations

import csv
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from tiktok_desktop.core.errors import DiskFull, ExportFailed
from tiktok_desktop.core.metrics import video_engagement
from tiktok_desktop.core.models import Video

# The first columns are stable and documented (ARCHITECTURE.md); new columns are only ever appended.
CSV_COLUMNS = (
    "video_id", "published_at", "title", "description", "duration_s", "views", "likes", "comments", "shares",
    "engagement_rate_pct", "share_url", "saves", "cover_url",
)


def iso_utc(ts: int) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def csv_row(v: Video) -> list[object]:
    rate = video_engagement(v)
    return [
        v.video_id, iso_utc(v.published_at), v.title, v.description, v.duration_s, v.views, v.likes, v.comments,
        v.shares, "" if rate is None else f"{rate:.2f}", v.share_url, "" if v.saves is None else v.saves,
        v.cover_url,
    ]


def export_csv(videos: Sequence[Video], out: Path) -> int:
    """Writes UTF-8 with a BOM (so Excel shows Chinese correctly), atomically; returns the row count."""
    out = Path(out)
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=".export-", suffix=".csv")
    except OSError as e:
        raise ExportFailed(path=str(out), detail=e.strerror or str(e)) from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(CSV_COLUMNS)
            writer.writerows(csv_row(v) for v in videos)
        os.replace(tmp, out)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        if e.errno == 28:  # ENOSPC
            raise DiskFull() from e
        raise ExportFailed(path=str(out), detail=e.strerror or str(e)) from e
    return len(videos)
