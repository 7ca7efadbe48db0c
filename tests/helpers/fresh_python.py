"""Checks of what a first import does (start-up costs, libraries' own set-up) need an interpreter of their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping


def fresh_python(code: str, environ: Mapping[str, str | None] | None = None) -> str:
    """What `code` prints, run by `python -c` under the offscreen Qt platform; `environ` adds variables (None: takes
    one away). A failure raises, with the interpreter's stderr."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name, value in (environ or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode:
        raise AssertionError(f"the fresh interpreter failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done.stdout


def fresh_json(code: str) -> dict[str, object]:
    """The JSON object `code` prints last."""
    result: dict[str, object] = json.loads(fresh_python(code).strip().splitlines()[-1])
    return result
