"""The command line speaks the user's language, as the window does: the language setting, or the system's locale
when the setting is "system"; help, messages and errors. And it behaves as a Unix tool: quiet when its reader goes
away, usage errors with exit 2, numbers with separators."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tiktok_desktop.config import Paths, Settings

CHINESE = {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def set_language(paths: Paths, language: str) -> None:
    settings = Settings(paths.settings_file)
    settings.set("language", language)
    settings.save()


def test_help_follows_the_language_setting(isolated: Paths) -> None:
    set_language(isolated, "zh_CN")
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert "用法：" in result.stdout and "选项" in result.stdout, "argparse's own words too"
    assert "面向 TikTok 创作者的数据分析工具" in result.stdout and "导出视频表格或图表" in result.stdout
    assert "usage:" not in result.stdout and "Analytics for TikTok creators" not in result.stdout
    export_help = run("export", "--help").stdout
    assert "--out FILE" in export_help and "要写入的文件" in export_help


def test_system_setting_follows_the_locale(isolated: Paths) -> None:
    result = run("export", "--help", **CHINESE)
    assert "要写入的文件" in result.stdout, result.stdout
    error = run("export", "csv", "--out", "videos.csv", **CHINESE)
    assert error.returncode == 1
    assert error.stderr.strip() == "tiktok-desktop: 还没有数据。请先同步（tiktok-desktop sync）。"


def test_errors_in_chinese(isolated: Paths) -> None:
    set_language(isolated, "zh_CN")
    wrong = run("export", "chart", "views", "--out", "views.jpg")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == "tiktok-desktop：错误：--out：文件名必须以 .png 或 .svg 结尾（请参阅 --help）"
    unknown = run("export", "gif", "--out", "x.gif")
    assert unknown.returncode == 2 and "无效的选项" in unknown.stderr, unknown.stderr


def test_english_when_set_to_english_on_a_chinese_system(isolated: Paths) -> None:
    set_language(isolated, "en")
    result = run("--help", **CHINESE)
    assert "usage:" in result.stdout and "Analytics for TikTok creators." in result.stdout
    assert not any("\u4e00" <= c <= "\u9fff" for c in result.stdout)
    error = run("export", "csv", "--out", "videos.csv", **CHINESE)
    assert error.stderr.strip() == "tiktok-desktop: No data yet. Run a sync first (tiktok-desktop sync)."


def test_status_in_chinese_with_separators(isolated: Paths) -> None:
    assert run("sync", "--source", "demo").returncode == 0
    followers = json.loads(run("status", "--json").stdout)["accounts"][0]["followers"]
    assert followers >= 10_000
    english = run("status").stdout
    assert f"{followers:,} followers" in english, english
    set_language(isolated, "zh_CN")
    chinese = run("status").stdout
    assert f"{followers:,} 粉丝" in chinese and "数据来源" in chinese, chinese


@pytest.mark.parametrize(
    "args",
    [
        ("export", "csv", "--out", "videos.txt"),
        ("export", "xlsx", "--out", "videos.csv"),
        ("export", "chart", "views", "--out", "views.jpg"),
        ("export", "report", "--out", "report.png"),
    ],
)
def test_a_wrong_extension_is_a_usage_error(isolated: Paths, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert "must end in" in result.stderr and "Traceback" not in result.stderr


def test_out_has_help(isolated: Paths) -> None:
    text = " ".join(run("export", "--help").stdout.split())
    assert "--out FILE the file to write; its extension:" in text


def test_a_reader_that_goes_away_ends_the_command_quietly(isolated: Paths) -> None:
    assert run("sync", "--source", "demo").returncode == 0
    # the reader is gone before the command writes: every write fails with EPIPE, as in `status --json | head -0`
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tiktok_desktop", "status", "--json"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert result.stderr == ""
    assert result.returncode == 141


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt reads the locale from the environment on Unix")
def test_the_command_line_reads_the_system_locale_as_the_window_does() -> None:
    """cli_language decides "system" without Qt (importing it would slow every English command): its answer must
    be the window's (ui.i18n.resolve) for the ways a Unix locale is set."""
    from tiktok_desktop.cli_language import posix_system_language

    cases = [
        {"LANG": "zh_CN.UTF-8"},
        {"LANG": "zh_TW.UTF-8"},
        {"LANG": "en_US.UTF-8"},
        {"LANG": "C.UTF-8", "LANGUAGE": "zh_CN"},
        {"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"},
        {"LANG": "zh_CN.UTF-8", "LANGUAGE": "en"},
        {"LANG": "zh_CN.UTF-8", "LC_ALL": "C"},
        {"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"},
        {"LC_ALL": "POSIX", "LANGUAGE": "zh_CN"},
        {"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"},
        {"LANG": "C"},
        {},
    ]
    probe = "from tiktok_desktop.ui.i18n import resolve; print(resolve('system'))"
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    for case in cases:
        window = subprocess.run(
            [sys.executable, "-c", probe], env={**base, **case}, capture_output=True, text=True, timeout=60
        )
        assert window.returncode == 0, window.stderr
        assert posix_system_language(case) == window.stdout.strip(), case
