"""The Preferences options for background collection: shown, explained when unavailable, and the scheduled job
following them (installed, moved to a new interval, removed; a failed install turns the option off again)."""

from __future__ import annotations

from pathlib import Path

from helpers.scheduler import FakeSystemctl
from helpers.window import TIMEOUT
from PySide6.QtWidgets import QCheckBox

from tiktok_desktop.app.schedule.install import Scheduler
from tiktok_desktop.app.schedule.job import NAME
from tiktok_desktop.core.errors import ScheduleInstallFailed
from tiktok_desktop.ui.background.scheduled import ScheduledJob
from tiktok_desktop.ui.setup.preferences import PreferencesDialog


def _select(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_the_options_need_auto_refresh_and_a_tray_and_say_why(qtbot, ctx, runner) -> None:
    dialog = PreferencesDialog(ctx, runner, tray_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    keep, scheduled = dialog.fields["keep_collecting"], dialog.fields["scheduled_sync"]
    assert isinstance(keep, QCheckBox) and isinstance(scheduled, QCheckBox)
    assert keep.text() == "Keep collecting when the window is closed" and keep.isChecked()  # on by default
    assert not keep.isEnabled() and not scheduled.isEnabled()  # auto-refresh is off by default
    assert dialog.background_note.text() == "Choose how often to refresh above to collect in the background."
    _select(dialog.fields["auto_refresh"], "6h")
    assert scheduled.isEnabled() and not keep.isEnabled()
    assert "no system tray" in dialog.background_note.text() and "no system tray" in keep.toolTip()
    scheduled.setChecked(True)
    assert "even after you quit" in dialog.background_note.text()
    dialog.accept()
    assert ctx.settings.get("scheduled_sync") and ctx.settings.get("auto_refresh") == "6h"

    with_tray = PreferencesDialog(ctx, runner, tray_available=True)
    qtbot.addWidget(with_tray)
    assert with_tray.fields["keep_collecting"].isEnabled()
    assert with_tray.background_note.text().startswith("Closing the window keeps the app in the tray")


def test_the_job_follows_the_settings(qtbot, ctx, runner, tmp_path: Path) -> None:
    systemctl = FakeSystemctl()
    job = ScheduledJob(ctx, runner, scheduler=lambda: Scheduler({"XDG_CONFIG_HOME": str(tmp_path)}, run=systemctl))
    timer = tmp_path / "systemd" / "user" / f"{NAME}.timer"
    ctx.settings.update({"auto_refresh": "1h", "scheduled_sync": True})
    with qtbot.waitSignal(job.applied, timeout=TIMEOUT) as applied:
        job.setting_changed("scheduled_sync")
    assert applied.args == [str(timer)] and "OnCalendar=hourly" in timer.read_text()
    ctx.settings.set("auto_refresh", "24h")
    with qtbot.waitSignal(job.applied, timeout=TIMEOUT):
        job.setting_changed("auto_refresh")
    assert "OnCalendar=daily" in timer.read_text()
    ctx.settings.set("auto_refresh", "off")  # no interval: no job
    with qtbot.waitSignal(job.applied, timeout=TIMEOUT) as applied:
        job.setting_changed("auto_refresh")
    assert applied.args == [None] and not timer.exists()
    ctx.settings.set("scheduled_sync", False)
    ctx.settings.set("auto_refresh", "6h")
    with qtbot.assertNotEmitted(job.applied, wait=200):
        job.setting_changed("auto_refresh")  # the interval alone installs nothing while the option is off


def test_a_failed_install_turns_the_option_off_and_says_why(qtbot, ctx, runner, tmp_path: Path) -> None:
    refusing = FakeSystemctl(refuse="enable")
    job = ScheduledJob(ctx, runner, scheduler=lambda: Scheduler({"XDG_CONFIG_HOME": str(tmp_path)}, run=refusing))
    ctx.settings.update({"auto_refresh": "1h", "scheduled_sync": True})
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT) as failed:
        job.setting_changed("scheduled_sync")
    assert isinstance(failed.args[0], ScheduleInstallFailed)
    assert "Failed to connect to bus" in failed.args[0].english()
    assert ctx.settings.get("scheduled_sync") is False
