"""The layers of ARCHITECTURE.md: only ui/ imports Qt; ui/ never talks to the network or SQLite itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tiktok_desktop"
QT = {"PySide6", "pyqtgraph", "shiboken6", "numpy"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("layer", ["core", "sources", "auth", "app"])
def test_no_qt_below_ui(layer: str) -> None:
    for path in (PACKAGE / layer).rglob("*.py"):
        assert not imports(path) & QT, path


def test_core_uses_the_standard_library_only() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        assert not imports(path) & {"httpx", "keyring", "platformdirs"}, path


def test_ui_calls_use_cases_not_the_network_or_the_database() -> None:
    for path in (PACKAGE / "ui").rglob("*.py"):
        assert not imports(path) & {"httpx", "sqlite3"} or path.name == "selftest.py", path
