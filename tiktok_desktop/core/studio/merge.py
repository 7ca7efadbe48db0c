"""The files of one import merged into one account's data: the newest export wins where files overlap, and an
unknown never replaces a known value."""

from __future__ import annotations

from collections.abc import Sequence

from tiktok_desktop.core.studio.errors import StudioSeveralHandles
from tiktok_desktop.core.studio.model import ActiveHour, DailyMetrics, Kind, Share, StudioFile, StudioImport


def handle_of(files: Sequence[StudioFile]) -> str | None:
    """The one handle the files carry (names, Content.csv links); None when none says; several: refused."""
    handles = sorted({f.handle for f in files if f.handle})
    if len(handles) > 1:
        raise StudioSeveralHandles(handles=", ".join("@" + h for h in handles))
    return handles[0] if handles else None


def merge(files: Sequence[StudioFile]) -> StudioImport:
    newest_first = sorted(files, key=lambda f: f.exported_at, reverse=True)
    daily: dict[object, DailyMetrics] = {}
    activity: dict[tuple[object, int], ActiveHour] = {}
    for f in newest_first:
        for row in f.daily:
            daily[row.day] = daily[row.day].merged(row) if row.day in daily else row
        for a in f.activity:
            activity.setdefault((a.day, a.hour), a)

    def shares(kind: str) -> tuple[tuple[Share, ...], int | None]:
        source = next((f for f in newest_first if f.kind == kind), None)
        if source is None:
            return (), None
        return tuple(sorted(source.shares, key=lambda s: -s.fraction)), source.exported_at

    gender, gender_at = shares(Kind.FOLLOWER_GENDER)
    territories, territories_at = shares(Kind.FOLLOWER_TERRITORIES)
    audience_at = max((t for t in (gender_at, territories_at) if t is not None), default=None)
    kinds = {f.kind for f in files}
    return StudioImport(
        handle=handle_of(files),
        exported_at=newest_first[0].exported_at if newest_first else 0,
        files=tuple(k for k in Kind.ALL if k in kinds),
        daily=tuple(sorted(daily.values(), key=lambda d: d.day)),
        activity=tuple(sorted(activity.values())),
        gender=gender,
        territories=territories,
        audience_exported_at=audience_at,
        parts=tuple(reversed(newest_first)),
    )
