"""numpy's OpenBLAS with one thread in the app (ui/__init__.py): its pool's threads spin for a while after they
start, a core's worth of the start-up on a 2-core machine. Fresh interpreters: the pool starts with numpy."""

from __future__ import annotations

import os

import pytest
from helpers.fresh_python import fresh_python

PROBE = """
import os
import tiktok_desktop.ui
threads = len(os.listdir("/proc/self/task"))
import numpy
print(os.environ["OPENBLAS_NUM_THREADS"], len(os.listdir("/proc/self/task")) - threads)
"""


def numpy_threads(count: str | None = None) -> list[str]:
    return fresh_python(PROBE, {"OPENBLAS_NUM_THREADS": count}).split()


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_numpy_starts_no_thread_of_its_own_under_the_ui() -> None:
    assert numpy_threads() == ["1", "0"]


def test_a_thread_count_the_user_set_is_kept() -> None:
    assert numpy_threads("2")[0] == "2"
