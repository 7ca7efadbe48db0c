"""No failure is silent: a bug in a task or a slot leaves its traceback in the log file and reaches the user."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiktok_desktop.cli import _setup_logging
from tiktok_desktop.core.errors import DiskFull
from tiktok_desktop.ui import crash
from tiktok_desktop.ui.tasks import TaskRunner


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's own logging set-up, writing to a file; the test process's logging is put back after."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    path = tmp_path / "app.log"
    _setup_logging(path)
    yield path
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level = handlers, level


def raise_key_error(progress, cancel):
    return {}["missing key"]


def test_an_unexpected_exception_in_a_task_is_logged_with_its_traceback(qtbot, log_file: Path) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.submit("broken", raise_key_error, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert runner.shutdown(5000)
    text = log_file.read_text(encoding="utf-8")
    assert "task broken failed" in text and "Traceback (most recent call last)" in text
    assert "KeyError: 'missing key'" in text and "raise_key_error" in text


def test_an_error_the_user_can_meet_is_not_logged_as_a_bug(qtbot, log_file: Path) -> None:
    runner = TaskRunner(synchronous=True)
    errors: list[BaseException] = []

    def disk_full(progress, cancel):
        raise DiskFull()

    runner.submit("export", disk_full, on_error=errors.append)
    assert isinstance(errors[0], DiskFull)
    assert "Traceback" not in log_file.read_text(encoding="utf-8")


def test_a_task_without_on_error_falls_back_to_the_default_handler(qtbot) -> None:
    runner = TaskRunner(synchronous=True)
    shown: list[BaseException] = []
    runner.default_error_handler = shown.append
    runner.submit("no handler", raise_key_error)
    assert len(shown) == 1 and isinstance(shown[0], KeyError)


def uncaught_key_error_shown(log_file: Path) -> list[str]:
    """What the installed crash reporter shows for a KeyError nobody caught (sys.excepthook put back after)."""
    previous = sys.excepthook
    reporter = crash.install(log_file)
    shown: list[str] = []
    reporter.show = shown.append
    try:
        try:
            {}["in a slot"]
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    return shown


def test_an_uncaught_exception_in_the_gui_thread_is_logged_and_shown(qapp, log_file: Path) -> None:
    shown = uncaught_key_error_shown(log_file)
    assert len(shown) == 1 and "KeyError" in shown[0] and str(log_file) in shown[0]
    text = log_file.read_text(encoding="utf-8")
    assert "uncaught KeyError" in text and "Traceback (most recent call last)" in text


def test_a_secret_in_an_exception_never_reaches_the_log(qtbot, log_file: Path) -> None:
    from tiktok_desktop.auth.secrets import TIKAPI_KEY, SecretStore

    SecretStore().set(TIKAPI_KEY, "tikapi-key-0123456789abcdef")

    def leaky(progress, cancel):
        raise RuntimeError("request failed with X-API-KEY: tikapi-key-0123456789abcdef")

    runner = TaskRunner(synchronous=True)
    runner.submit("leaky", leaky, on_error=lambda e: None)
    text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "X-API-KEY: [secret]" in text
    assert "0123456789abcdef" not in text


def test_the_crash_dialog_does_not_point_to_a_log_that_does_not_exist(qapp, tmp_path: Path) -> None:
    shown = uncaught_key_error_shown(tmp_path / "no-such-folder" / "app.log")
    assert len(shown) == 1 and "could not be written" in shown[0] and "no-such-folder" not in shown[0]
