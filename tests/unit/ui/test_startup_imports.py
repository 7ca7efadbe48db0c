"""What the first paint of the real app (`python -m tiktok_desktop`) waits for: modules it does not need to draw
the window are loaded after it (make bench measures the time; this says what moved, and fails when it moves back).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tiktok_desktop.config import Paths

LATER = (
    "PySide6.QtNetwork",  # the local server for later starts (window_claim.py tells whether one runs)
    "logging.handlers",  # socket, pickle and queue for handlers the app does not use (core/log_file.py)
    "hashlib",  # OpenSSL, for a server name CRC-32 names as well
    "tiktok_desktop.core.models",  # the data classes come with the data: the window imports them for annotations
    "tiktok_desktop.ui.mainwindow.body",  # the dashboard: made once the window is painted
    "tiktok_desktop.ui.background.tray",  # the tray icon and its menu: with the keeper, once painted
)

PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from tiktok_desktop.ui.mainwindow.window import MainWindow

LATER = {later!r}
seen = {{}}

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = [m for m in LATER if m in sys.modules]
            seen["sheet at paint"] = bool(QApplication.instance().styleSheet())
            seen["Qt at paint"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
            QTimer.singleShot(500, lambda: (seen.setdefault("after", [m for m in LATER if m in sys.modules]),
                                            seen.setdefault("sheet after", bool(QApplication.instance().styleSheet())),
                                            QApplication.quit()))
        return False

show = MainWindow.show
probe = AtPaint()
def shown(window):
    window.installEventFilter(probe)
    show(window)
MainWindow.show = shown
from tiktok_desktop.cli import main
code = main([])
print(seen)
sys.exit(code)
"""


def test_the_first_paint_waits_for_no_dashboard_network_module_tray_style_sheet_or_qt_namespace(
    isolated: Paths,
) -> None:
    isolated.config_dir.mkdir(parents=True)
    isolated.settings_file.write_text(json.dumps({"version": 2, "account": {"wizard_done": True}}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(later=LATER)], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    seen = eval(out.stdout.strip().splitlines()[-1])
    assert seen["paint"] == []
    assert "PySide6.QtNetwork" in seen["after"]  # listening for later starts, once painted
    assert (seen["sheet at paint"], seen["sheet after"]) == (False, True)  # the style sheet once painted
    assert seen["Qt at paint"] is False  # PySide6's `Qt` and its 93 enums (ui/first_frame.py)


def test_quitting_as_soon_as_the_window_is_painted_ends_cleanly(isolated: Paths, tmp_path) -> None:
    """The bench's probe quits at the end of the first paint: before the local server (made once painted) has
    its thread running; it is still stopped before the app ends (Qt aborts on a thread destroyed running)."""
    isolated.config_dir.mkdir(parents=True)
    isolated.settings_file.write_text(json.dumps({"version": 2, "account": {"wizard_done": True}}))
    probe = tmp_path / "painted"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIKTOK_DESKTOP_STARTUP_PROBE": str(probe)}
    for _ in range(3):  # the race was lost on most runs
        out = subprocess.run([sys.executable, "-m", "tiktok_desktop"], env=env, capture_output=True, timeout=120)
        assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
        assert probe.read_text().split()[1:] != []
