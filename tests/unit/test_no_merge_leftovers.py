"""No merge conflict left in the tracked text: a README once shipped with <<<<<<< HEAD and both sides' rows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.MULTILINE)
TEXT = (".py", ".md", ".ts", ".toml", ".cfg", ".txt", ".spec", ".yml", ".yaml", ".json", ".ini")


def test_no_conflict_markers_in_tracked_text() -> None:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    names = [n for n in listed.stdout.splitlines() if n.endswith(TEXT) or n == "Makefile"]
    if listed.returncode != 0:  # not a git checkout (an unpacked source archive): the files on disk
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.suffix in TEXT and ".venv" not in p.parts]
    leftovers = [n for n in names if (ROOT / n).is_file() and MARKER.search((ROOT / n).read_text("utf-8", "replace"))]
    assert leftovers == []
