"""--self-test: proves a build works (window on demo data, keyring backend, HTTPS client, resources).

Runs against a temporary data folder, so it never touches the user's database or settings.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.config import Paths, Settings

PLATFORM_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


def _check_keyring() -> str:
    """A frozen app loses keyring's entry-point metadata easily, and with it every real backend."""
    from importlib.metadata import entry_points

    import keyring
    from keyring.backends import fail

    found = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if PLATFORM_BACKEND not in found:
        raise RuntimeError(f"keyring backends not discoverable (found {found or 'none'})")
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        # the build is fine; this machine has no keyring service running (the app then says so)
        return f"backends {', '.join(found)} found; none usable on this machine right now"
    return f"using {type(backend).__module__}.{type(backend).__name__}"


def _check_http() -> str:
    import ssl

    import certifi
    import httpx

    with httpx.Client(timeout=5):  # builds the TLS context httpx uses, from certifi's bundle
        pass
    count = len(ssl.create_default_context(cafile=certifi.where()).get_ca_certs())
    if not count:
        raise RuntimeError(f"no CA certificates in {certifi.where()}")
    return f"httpx {httpx.__version__}, {count} CA certificates"


def _check_resources() -> str:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

    from tiktok_desktop.ui.resources import resource

    icon = QIcon(str(resource("icons", "app.svg")))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise RuntimeError("app icon missing")
    qm = resource("translations", "tiktok_desktop_zh_CN.qm")
    if not QTranslator().load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    return "icon, zh_CN translation"


def _check_window(tmp: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from tiktok_desktop.ui.main_window import MainWindow
    from tiktok_desktop.ui.tasks import TaskRunner

    paths = Paths(config_dir=tmp / "config", data_dir=tmp / "data", cache_dir=tmp / "cache")
    ctx = AppContext(paths, Settings(paths.settings_file, environ={}))
    runner = TaskRunner(synchronous=True)
    window = MainWindow(ctx, runner)
    window.show()
    window.start()
    QApplication.processEvents()
    rows = window.model.rowCount()
    charts = window.charts.built
    window.close()
    runner.shutdown()
    if rows < 1 or not charts:
        raise RuntimeError(f"dashboard incomplete: {rows} videos, charts built: {charts}")
    return f"{rows} demo videos, charts built"


def self_test(ctx: AppContext) -> int:
    del ctx  # the self-test never uses the user's folders
    from tiktok_desktop.ui.app import create_application

    app = create_application([sys.argv[0]])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="tiktok-desktop-selftest-") as tmp:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("resources", _check_resources),
            ("keyring", _check_keyring),
            ("http", _check_http),
            ("window", lambda: _check_window(Path(tmp))),
        ]
        for name, check in checks:
            try:
                print(f"ok   {name}: {check()}")
            except Exception as e:  # noqa: BLE001 - report every failing check, not only the first
                failures += 1
                print(f"FAIL {name}: {type(e).__name__}: {e}", file=sys.stderr)
    del app
    print("self-test passed" if not failures else f"self-test failed: {failures} check(s)")
    return 1 if failures else 0
