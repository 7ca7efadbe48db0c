"""The TikTok Studio tables (core.store_schema, the studio_* tables): one import written in one transaction, and
what the charts, the exports and the reminder read back.

Rules that make an import safe to repeat and never harmful:
- a value is replaced only by a known value of a download at least as new (re-importing an old download after a
  newer one changes nothing; an unknown never erases a known value);
- the app's own measurements (account_snapshots) are not touched: readers prefer them (core.studio.series);
- follower activity is kept per day and hour across imports, so weekly imports build up a history of active
  hours; a day in two downloads keeps the newer one's figures;
- gender and territories are kept per download (a snapshot with its export time);
- an import is recorded once per (account, export time): importing the same files again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tiktok_desktop.core.store import Store
from tiktok_desktop.core.studio.model import DAILY_FIELDS, ActiveHour, DailyMetrics, Kind, Share, StudioImport

GENDER = "gender"
TERRITORY = "territory"

_NEWER_WINS = ",\n".join(
    f"{f} = CASE WHEN excluded.exported_at >= studio_daily.exported_at"
    f" THEN coalesce(excluded.{f}, studio_daily.{f}) ELSE coalesce(studio_daily.{f}, excluded.{f}) END"
    for f in DAILY_FIELDS
)
_DAILY_UPSERT = f"""
    INSERT INTO studio_daily (account, day, exported_at, {", ".join(DAILY_FIELDS)})
    VALUES ({", ".join("?" * (len(DAILY_FIELDS) + 3))})
    ON CONFLICT (account, day) DO UPDATE SET {_NEWER_WINS},
        exported_at = max(excluded.exported_at, studio_daily.exported_at)
"""
_ACTIVITY_UPSERT = """
    INSERT INTO studio_follower_activity (account, day, hour, active, exported_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (account, day, hour) DO UPDATE SET active = excluded.active, exported_at = excluded.exported_at
    WHERE excluded.exported_at >= studio_follower_activity.exported_at
"""


@dataclass(frozen=True)
class ImportRecord:
    """One import as recorded: the download's export time, when it was imported, which files, which days."""

    exported_at: int
    imported_at: int
    files: tuple[str, ...]
    days: int
    first_day: date | None
    last_day: date | None


@dataclass(frozen=True)
class AudienceSnapshot:
    """Gender and top territories of the followers as of one download (fractions, largest first)."""

    exported_at: int
    gender: tuple[Share, ...]
    territories: tuple[Share, ...]


def save_import(store: Store, account: str, data: StudioImport, imported_at: int) -> None:
    """Writes one import in one transaction: all of it, or (on any error) nothing."""
    at = data.exported_at
    with store.write() as db:
        for part in data.parts:  # oldest first, each with its own export time (see StudioImport.parts)
            t = part.exported_at
            db.executemany(_DAILY_UPSERT, [(account, d.day.isoformat(), t, *d[1:]) for d in part.daily])
            db.executemany(_ACTIVITY_UPSERT, [(account, a.day.isoformat(), a.hour, a.active, t) for a in part.activity])
            kind = {Kind.FOLLOWER_GENDER: GENDER, Kind.FOLLOWER_TERRITORIES: TERRITORY}.get(part.kind)
            if kind is not None and part.shares:  # each download's snapshot, replaced only by itself
                db.execute(
                    "DELETE FROM studio_audience WHERE account = ? AND exported_at = ? AND kind = ?", (account, t, kind)
                )
                db.executemany(
                    "INSERT INTO studio_audience VALUES (?, ?, ?, ?, ?)",
                    [(account, t, kind, s.label, s.fraction) for s in part.shares],
                )
        first, last = data.first_day, data.last_day
        db.execute(
            "INSERT OR IGNORE INTO studio_imports VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                account,
                at,
                imported_at,
                ",".join(data.files),
                len(data.daily),
                first.isoformat() if first else None,
                last.isoformat() if last else None,
            ),
        )


def daily(store: Store, account: str) -> list[DailyMetrics]:
    """Every imported day of the account, oldest first."""
    with store.read() as db:
        rows = db.execute(
            f"SELECT day, {', '.join(DAILY_FIELDS)} FROM studio_daily WHERE account = ? ORDER BY day", (account,)
        ).fetchall()
    return [DailyMetrics(date.fromisoformat(r[0]), *r[1:]) for r in rows]


def follower_activity(store: Store, account: str) -> list[ActiveHour]:
    """Every imported hour of follower activity, oldest first."""
    with store.read() as db:
        rows = db.execute(
            "SELECT day, hour, active FROM studio_follower_activity WHERE account = ? ORDER BY day, hour", (account,)
        ).fetchall()
    return [ActiveHour(date.fromisoformat(r[0]), r[1], r[2]) for r in rows]


def latest_audience(store: Store, account: str) -> AudienceSnapshot | None:
    """The newest gender and territory figures (each from the newest download that had it); None if none."""
    with store.read() as db:
        out: dict[str, tuple[int, tuple[Share, ...]]] = {}
        for kind in (GENDER, TERRITORY):
            at = db.execute(
                "SELECT max(exported_at) FROM studio_audience WHERE account = ? AND kind = ?", (account, kind)
            ).fetchone()[0]
            if at is None:
                continue
            rows = db.execute(
                """SELECT label, fraction FROM studio_audience WHERE account = ? AND kind = ? AND exported_at = ?
                   ORDER BY fraction DESC, label""",
                (account, kind, at),
            ).fetchall()
            out[kind] = (at, tuple(Share(*r) for r in rows))
    if not out:
        return None
    return AudienceSnapshot(
        max(at for at, _ in out.values()), out.get(GENDER, (0, ()))[1], out.get(TERRITORY, (0, ()))[1]
    )


def imports(store: Store, account: str) -> list[ImportRecord]:
    """The account's imports, the latest import first."""
    with store.read() as db:
        rows = db.execute(
            """SELECT exported_at, imported_at, files, days, first_day, last_day FROM studio_imports
               WHERE account = ? ORDER BY imported_at DESC, exported_at DESC""",
            (account,),
        ).fetchall()
    return [
        ImportRecord(
            r[0],
            r[1],
            tuple(f for f in r[2].split(",") if f),
            r[3],
            date.fromisoformat(r[4]) if r[4] else None,
            date.fromisoformat(r[5]) if r[5] else None,
        )
        for r in rows
    ]
