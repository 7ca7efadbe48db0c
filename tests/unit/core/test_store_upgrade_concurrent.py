"""Processes opening an old database at the same moment: one converts it, the others wait and find it done."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from helpers.old_history import KEY, sync_times, write_old_history

SCRIPT = """
import sys, time
from tiktok_desktop.core.progress import Stage
from tiktok_desktop.core.store import Store
start = float(sys.argv[2])
converted = []
def progress(p):
    if p.stage is Stage.UPGRADE and p.total is not None:
        converted.append(p)
while time.time() < start:  # every process opens the file at the same moment
    pass
with Store(sys.argv[1], progress, now=int(sys.argv[3])) as store:
    print(bool(converted), store.counts(sys.argv[4])["video_snapshots"], len(store.sync_times(sys.argv[4])))
"""


def test_one_process_converts_the_others_wait(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    times = sync_times(1_790_000_000, 60 * 24)
    write_old_history(db, 120, times)
    start = str(time.time() + 1.5)  # after every interpreter has started
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, str(db), start, str(times[-1]), KEY],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err.decode()[-500:] for _, err in results]
    lines = sorted(out.decode().split() for out, _ in results)
    assert [line[0] for line in lines] == ["False", "False", "True"]  # exactly one converted
    assert len({tuple(line[1:]) for line in lines}) == 1  # and all read the same history
    assert int(lines[0][2]) == len(times)
    assert not db.with_name(db.name + ".compacting").exists()
    import sqlite3

    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
