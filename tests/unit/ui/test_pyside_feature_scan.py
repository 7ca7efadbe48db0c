"""PySide6 reads no module's source once the UI is imported (ui/pyside_feature_scan.py); checked in a fresh
interpreter, where the modules below are imported for the first time."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import inspect
{before}
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", obj)) or real(obj)
import fractions, statistics, tiktok_desktop.core.analytics
print(len(read))
"""


def sources_read(before: str) -> int:
    code = PROBE.format(before=before)
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def test_no_module_source_is_read_once_the_ui_is_imported() -> None:
    assert sources_read("import tiktok_desktop.ui") == 0


def test_pyside6_reads_each_module_it_sees_imported_without_it() -> None:
    """What the check above is against."""
    assert sources_read("import PySide6.QtCore") >= 3
