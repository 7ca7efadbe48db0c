"""The window on a real X server (Xvfb, the xcb platform), driven with real pointer and key events: what a
person does with the charts and a slow sync. Each test runs the window in its own process
(tests/helpers/x_window.py): the test process itself is on the offscreen platform."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli import HELPERS, cli, signed_in_env
from helpers.fake_tiktok import FakeTikTok
from helpers.xserver import xvfb

from tiktok_desktop.config import Paths, Settings


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


def settings(env: dict[str, str], **values: object) -> None:
    stored = Settings(Paths.default().settings_file, environ={})
    for key, value in {"wizard_done": True, "language": "en", "theme": "light", **values}.items():
        stored.set(key, value)
    stored.save()


def run_window(env: dict[str, str], display: str, scenario: str) -> None:
    window_env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANG": "en_US.UTF-8"}
    window_env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, str(HELPERS / "x_window.py"), scenario],
        env=window_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout.strip().endswith("ok"), result.stdout + result.stderr


@pytest.fixture
def demo_env() -> dict[str, str]:
    env = dict(os.environ)
    settings(env, source="demo")
    return env


def test_a_chart_tooltip_stays_while_the_pointer_rests_on_a_dot(display: str, demo_env: dict[str, str]) -> None:
    run_window(demo_env, display, "tooltip")


def test_a_right_click_on_each_chart_opens_its_export_menu(display: str, demo_env: dict[str, str]) -> None:
    run_window(demo_env, display, "menus")


def test_clicking_a_dot_selects_its_row(display: str, demo_env: dict[str, str]) -> None:
    run_window(demo_env, display, "click")


def test_enter_opens_a_video_page_whose_chart_answers_the_mouse(display: str, demo_env: dict[str, str]) -> None:
    run_window(demo_env, display, "video_page")


def test_followers_gained_per_day_bars_answer_the_mouse(display: str, demo_env: dict[str, str]) -> None:
    run_window(demo_env, display, "followers_per_day")


def test_f5_shows_progress_and_esc_cancels_a_slow_sync(display: str, tmp_path: Path) -> None:
    fake = FakeTikTok(videos=45).start()
    try:
        env = signed_in_env(fake, tmp_path)
        first = cli(env, "sync", "--source", "official")  # the data the window opens with
        assert first.returncode == 0, first.stderr
        settings(env, source="official")
        fake.latency = 1.0  # each answer takes a second: the sync is still running when Esc is pressed
        run_window(env, display, "sync")
    finally:
        fake.stop()
