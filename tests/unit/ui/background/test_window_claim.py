"""The window lock tells a later start whether an app runs, before any socket is asked."""

from __future__ import annotations

from pathlib import Path

from tiktok_desktop.ui.background.window_claim import claim_window


def test_the_first_claim_holds_the_lock_and_a_later_one_asks_the_running_app(tmp_path: Path) -> None:
    first = claim_window(tmp_path / "window.lock")
    assert first.lock is not None and not first.ask_first
    later = claim_window(tmp_path / "window.lock")
    assert later.ask_first and later.another_runs
    first.release()
    again = claim_window(tmp_path / "window.lock")  # the app ended: the next start is the only one
    assert not again.ask_first
    again.release()


def test_a_lock_file_that_cannot_be_made_means_asking_once_without_waiting(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    claim = claim_window(tmp_path / "file" / "window.lock")
    assert claim.ask_first and not claim.another_runs
