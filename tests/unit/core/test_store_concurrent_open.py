"""Two processes opening a new database at once: one creates the tables, the other finds them made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys, time
from tiktok_desktop.core.store import Store
start = float(sys.argv[2])
while time.time() < start:  # both processes open the file at the same moment
    pass
with Store(sys.argv[1]) as store:
    print(len(store.accounts()))
"""


def test_two_processes_create_the_same_new_database(tmp_path: Path) -> None:
    import time

    db = tmp_path / "new.sqlite3"
    start = str(time.time() + 1.5)  # after both interpreters have started
    procs = [
        subprocess.Popen([sys.executable, "-c", SCRIPT, str(db), start], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err.decode()[-300:] for _, err in results]
    assert all(out.strip() == b"0" for out, _ in results)
