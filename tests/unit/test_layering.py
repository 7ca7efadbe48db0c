"""The layers of the README's Architecture section, enforced: who may import whom, no import cycles, Qt only in ui/.

Every import counts, also those inside functions (they run too, only later), except those under
`if TYPE_CHECKING:`, which never run. The checker itself is tested on a planted tree, so it cannot pass by being
blind.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "tiktok_desktop"

# Which layers a layer may import (itself always). `ui.base` is ui/'s own plumbing (tasks, i18n, theme...);
# `ui.shell` starts the GUI (application, self-test) and may use every part of ui/.
ALLOWED: dict[str, set[str]] = {
    "root": set(),  # tiktok_desktop/__init__.py: the name and version
    "core": {"root"},
    "net": {"root", "core"},
    "auth": {"root", "core", "net"},
    "sources": {"root", "core", "net"},
    "config": {"root", "core"},
    "app": {"root", "core", "net", "auth", "sources", "config"},
    "ui.base": {"root", "core", "config", "app"},
    "ui.widgets": {"root", "core", "config", "app", "ui.base"},
    "ui.charts": {"root", "core", "config", "app", "ui.base", "ui.widgets"},
    "ui.setup": {"root", "core", "config", "app", "ui.base", "ui.widgets"},
    "ui.video": {"root", "core", "config", "app", "ui.base", "ui.widgets", "ui.charts"},
    "ui.mainwindow": {"root", "core", "config", "app", "ui.base", "ui.widgets", "ui.charts", "ui.setup", "ui.video"},
    "ui.background": {"root", "core", "config", "app", "ui.base", "ui.widgets"},
    "ui.shell": {
        "root",
        *("core", "config", "app"),
        *("ui.base", "ui.widgets", "ui.charts", "ui.setup", "ui.video", "ui.mainwindow", "ui.background"),
    },
    "cli_studio": {"root", "core", "config", "app"},  # the CLI's `import studio`, apart from cli.py
    "cli": {"root", "core", "config", "app", "cli_studio", "ui.base", "ui.charts", "ui.shell"},
    "main": {"cli"},
}
UI_SHELL = {"application", "selftest"}
UI_PARTS = {"widgets", "charts", "setup", "video", "mainwindow", "background"}
QT = {"PySide6", "shiboken6", "pyqtgraph", "numpy"}
NETWORK_AND_STORAGE = {"httpx", "sqlite3", "keyring"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported module (or package), dotted
    line: int


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> str:
    parts = module.split(".")[1:]
    if not parts:
        return "root"
    if parts[0] == "__main__":
        return "main"
    if parts[0] in ("cli_parser", "cli_language"):  # the command line in several modules
        return "cli"
    if parts[0] != "ui":
        return parts[0]
    if len(parts) == 1:
        return "ui.base"
    if parts[1] in UI_SHELL:
        return "ui.shell"
    # a module in a feature folder, or the folder's __init__; a new folder has no layer until ALLOWED names it
    return f"ui.{parts[1]}" if len(parts) > 2 or parts[1] in UI_PARTS else "ui.base"


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except what sits under `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and ast.unparse(child.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def imports_of(root: Path, package: str = PACKAGE) -> tuple[set[str], list[Import], dict[str, set[str]]]:
    """The package's modules, its imports of its own modules, and the outside packages each module imports."""
    files = sorted((root / package).rglob("*.py"))
    modules = {module_name(p, root) for p in files}
    found: list[Import] = []
    outside: dict[str, set[str]] = {}
    for path in files:
        me = module_name(path, root)
        is_package = path.name == "__init__.py"
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = me.split(".")[: len(me.split(".")) - node.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, base] if base else anchor)
                # `from pkg import name` imports pkg.name when that is a module, else pkg itself
                names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for name in names:
                if name.split(".")[0] == package:
                    while name not in modules:  # `import pkg.mod.Class`-like spellings
                        name = name.rsplit(".", 1)[0]
                    if name != me:
                        found.append(Import(me, name, getattr(node, "lineno", 0)))
                else:
                    outside.setdefault(me, set()).add(name.split(".")[0])
    return modules, found, outside


def upward_imports(found: list[Import]) -> list[str]:
    bad = []
    for i in found:
        mine, theirs = layer(i.module), layer(i.target)
        if theirs != mine and theirs not in ALLOWED[mine]:
            bad.append(f"{i.module}:{i.line} imports {i.target} ({mine} may not use {theirs})")
    return bad


def cycles(modules: set[str], found: list[Import]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for i in found:
        graph[i.module].add(i.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


# -- the real package ------------------------------------------------------------------------------------------


def test_every_module_has_a_known_layer() -> None:
    modules, _, _ = imports_of(ROOT)
    assert {layer(m) for m in modules} <= set(ALLOWED)


def test_imports_only_point_down() -> None:
    _, found, _ = imports_of(ROOT)
    assert upward_imports(found) == []


def test_no_import_cycles_between_modules() -> None:
    modules, found, _ = imports_of(ROOT)
    assert cycles(modules, found) == []


def test_only_ui_imports_qt_and_ui_never_talks_to_the_network_storage_or_keyring() -> None:
    _, _, outside = imports_of(ROOT)
    for module, names in outside.items():
        if layer(module).startswith("ui"):
            assert not names & NETWORK_AND_STORAGE, module
        elif layer(module) != "cli":
            assert not names & QT, module


def test_core_uses_the_standard_library_only() -> None:
    _, _, outside = imports_of(ROOT)
    for module, names in outside.items():
        if layer(module) == "core":
            assert not names & ({"httpx", "keyring", "platformdirs", "xlsxwriter"} | QT), module


# -- the checker, on a planted tree -----------------------------------------------------------------------------


def plant(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_checker_finds_a_planted_upward_import_even_inside_a_function(tmp_path: Path) -> None:
    plant(
        tmp_path,
        {
            "__init__.py": "",
            "core/__init__.py": "",
            "core/models.py": "def f():\n    from tiktok_desktop.app import use_case\n",
            "app/__init__.py": "",
            "app/use_case.py": "from tiktok_desktop.core import models\n",
            "sources/__init__.py": "",
            "sources/x.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tiktok_desktop.app import use_case\n"
            ),
            "sources/y.py": (
                "from typing import TYPE_CHECKING\nif not TYPE_CHECKING:\n    import tiktok_desktop.app.use_case\n"
            ),
        },
    )
    modules, found, _ = imports_of(tmp_path)
    assert upward_imports(found) == [
        "tiktok_desktop.core.models:2 imports tiktok_desktop.app.use_case (core may not use app)",
        "tiktok_desktop.sources.y:3 imports tiktok_desktop.app.use_case (sources may not use app)",
    ]
    assert cycles(modules, found) == [["tiktok_desktop.app.use_case", "tiktok_desktop.core.models"]]


def test_the_checker_finds_a_cycle_within_a_layer_and_between_ui_parts(tmp_path: Path) -> None:
    plant(
        tmp_path,
        {
            "__init__.py": "",
            "ui/__init__.py": "",
            "ui/tasks.py": "import tiktok_desktop.ui.theme\n",
            "ui/theme.py": "def f():\n    from . import tasks\n",
            "ui/widgets/__init__.py": "",
            "ui/widgets/banner.py": "from tiktok_desktop.ui.mainwindow.window import MainWindow\n",
            "ui/mainwindow/__init__.py": "",
            "ui/mainwindow/window.py": "from tiktok_desktop.ui.widgets.banner import Banner\n",
        },
    )
    modules, found, _ = imports_of(tmp_path)
    assert cycles(modules, found) == [
        ["tiktok_desktop.ui.mainwindow.window", "tiktok_desktop.ui.widgets.banner"],
        ["tiktok_desktop.ui.tasks", "tiktok_desktop.ui.theme"],
    ]
    assert upward_imports(found) == [
        "tiktok_desktop.ui.widgets.banner:1 imports tiktok_desktop.ui.mainwindow.window "
        "(ui.widgets may not use ui.mainwindow)"
    ]


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("tiktok_desktop", "root"),
        ("tiktok_desktop.__main__", "main"),
        ("tiktok_desktop.cli", "cli"),
        ("tiktok_desktop.ui.tasks", "ui.base"),
        ("tiktok_desktop.ui.application", "ui.shell"),
        ("tiktok_desktop.ui.charts", "ui.charts"),
        ("tiktok_desktop.ui.qapp", "ui.base"),
        ("tiktok_desktop.ui.charts.panel", "ui.charts"),
        ("tiktok_desktop.config.settings", "config"),
    ],
)
def test_layer_names(module: str, expected: str) -> None:
    assert layer(module) == expected
