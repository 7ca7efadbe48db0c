"""--self-test: proves a build works (window on demo data, keyring backend, HTTPS client, resources).

Runs against a temporary data folder, so it never touches the user's database or settings.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.selfcheck import check_http, check_keyring
from tiktok_desktop.config import Paths, Settings


def _check_resources() -> str:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

    from tiktok_desktop.ui.resources import resource

    icon = QIcon(str(resource("icons", "app.svg")))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise RuntimeError("app icon missing")
    for language in ("zh_CN", "en"):  # English: the plural forms of counts ("1 video", "2 videos")
        qm = resource("translations", f"tiktok_desktop_{language}.qm")
        if not QTranslator().load(str(qm)):
            raise RuntimeError(f"cannot load {qm}")
    return "icon, zh_CN and en translations"


def _check_modules() -> str:
    """Every module of the app imports: a library left out of the build fails here, not at a creator's double-click
    (QtNetwork, which the window's one-instance check needs, was once left out while this test still passed)."""
    import importlib
    import pkgutil

    import tiktok_desktop

    names = [m.name for m in pkgutil.walk_packages(tiktok_desktop.__path__, "tiktok_desktop.")]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as e:  # noqa: BLE001 - every module that fails is named
            failed.append(f"{name} ({type(e).__name__}: {e})")
    if failed or len(names) < 50:
        raise RuntimeError(", ".join(failed) or f"only {len(names)} modules found")
    return f"{len(names)} modules import"


def _check_window(tmp: Path) -> str:
    """The window opened as the app opens it (ui.application), on demo data, until its videos and charts are in."""
    from PySide6.QtCore import QDeadlineTimer
    from PySide6.QtWidgets import QApplication

    from tiktok_desktop.ui.application import Controller
    from tiktok_desktop.ui.tasks import TaskRunner

    paths = Paths(config_dir=tmp / "config", data_dir=tmp / "data", cache_dir=tmp / "cache")
    ctx = AppContext(paths, Settings(paths.settings_file, environ={}))
    ctx.settings.set("wizard_done", True)  # no wizard over the window
    runner = TaskRunner(synchronous=True)
    controller = Controller(ctx, runner)
    window = controller.open_window()
    deadline = QDeadlineTimer(20_000)

    def shown() -> tuple[int, bool]:  # the dashboard is made once the window is painted
        return (window.model.rowCount(), window.charts.built) if window.body is not None else (0, False)

    while not all(shown()) and not deadline.hasExpired():
        QApplication.processEvents()  # the first paint, then the dashboard and the load it starts
    rows, charts = shown()
    controller.close()
    window.close_guard = None
    window.close()
    runner.shutdown()
    if rows < 1 or not charts:
        raise RuntimeError(f"dashboard incomplete: {rows} videos, charts built: {charts}")
    return f"{rows} demo videos, charts built"


def self_test(ctx: AppContext) -> int:
    """Runs every check, printing a line each; returns how many failed (the command line says so, translated)."""
    del ctx  # the self-test never uses the user's folders
    from tiktok_desktop.ui.qapp import create_application

    app = create_application([sys.argv[0]])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="tiktok-desktop-selftest-") as tmp:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("modules", _check_modules),
            ("resources", _check_resources),
            ("keyring", check_keyring),
            ("http", check_http),
            ("window", lambda: _check_window(Path(tmp))),
        ]
        for name, check in checks:
            try:
                print(f"ok   {name}: {check()}")
            except Exception as e:  # noqa: BLE001 - report every failing check, not only the first
                failures += 1
                print(f"FAIL {name}: {type(e).__name__}: {e}", file=sys.stderr)
    del app
    return failures
