from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tiktok_desktop import __version__
from tiktok_desktop.cli import main
from tiktok_desktop.config import Paths
from tiktok_desktop.core.store import SCHEMA_VERSION


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real program, as a user starts it (the folders come from the isolated fixture's environment)."""
    return subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_sync_then_export_gives_every_video(isolated: Paths, tmp_path: Path) -> None:
    synced = run("sync", "--source", "demo")
    assert synced.returncode == 0, synced.stderr
    assert "Synced" in synced.stdout
    out = tmp_path / "videos.csv"
    exported = run("export", "csv", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 150
    status = run("status", "--json")
    info = json.loads(status.stdout)
    (account,) = info["accounts"]
    assert account["key"] == "demo:lumi.cooks" and account["videos"] == len(rows)
    assert account["last_sync"].endswith("Z")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_status_on_an_empty_store(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status"]) == 0
    assert "No accounts yet" in capsys.readouterr().out


def test_export_before_any_sync_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "csv", "--out", str(tmp_path / "x.csv")]) == 1
    assert "Run a sync first" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, expected",
    [
        (["sync", "--source", "official"], "client key and client secret are not set"),
        (["login"], "client key and client secret are not set"),
        (["sync", "--source", "tikapi", "--username", "x"], "No TikAPI key is set"),
        (["sync", "--source", "tikapi"], "No TikAPI key is set"),
        (["export", "xlsx", "--out", "x.xlsx"], "No data yet"),
        (["export", "chart", "--out", "x.png"], "needs a chart name"),
        (["export", "chart", "views", "--out", "x.png"], "No data yet"),
        (["nonsense"], "invalid choice"),
        (["export", "csv"], "--out"),
    ],
)
def test_errors_are_one_line_without_traceback(args: list[str], expected: str) -> None:
    line = one_error_line(run(*args))
    assert line.startswith("tiktok-desktop") and expected in line


def test_corrupt_database_is_one_clear_line_and_is_kept(isolated: Paths) -> None:
    isolated.data_dir.mkdir(parents=True)
    isolated.database.write_bytes(b"garbage" * 500)
    line = one_error_line(run("status"))
    assert "damaged" in line and str(isolated.database) in line
    assert isolated.database.read_bytes() == b"garbage" * 500


def test_newer_database_is_refused(isolated: Paths) -> None:
    isolated.data_dir.mkdir(parents=True)
    db = sqlite3.connect(isolated.database)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    assert "newer version" in one_error_line(run("sync", "--source", "demo"))


def test_unwritable_data_folder(isolated: Paths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("TIKTOK_DESKTOP_DATA_DIR", str(blocker / "data"))
    assert "Cannot write to the data folder" in one_error_line(run("sync", "--source", "demo"))


def test_unexpected_errors_are_one_line_and_logged(
    isolated: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tiktok_desktop.app.status as status_module

    def boom(ctx):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(status_module, "status", boom)
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err
    assert "Traceback" in isolated.log_file.read_text()


def test_self_test_passes(isolated: Paths) -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   modules:" in result.stdout and "ok   window:" in result.stdout
    assert not isolated.database.exists()  # never touches the user's data


def test_self_test_fails_on_a_module_that_does_not_import(isolated: Paths, tmp_path: Path) -> None:
    """As a build that leaves out a library the window needs would (QtNetwork, once)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import sys\n"
        "class LeftOut:\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'PySide6.QtNetwork':\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, LeftOut())\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "tiktok_desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    # the window opens without it now (the local server starts once its numbers are shown): the module check
    # is what fails
    assert "FAIL modules" in result.stderr and "tiktok_desktop.ui.background.single_instance" in result.stderr


@pytest.mark.slow
def test_cli_exports_every_kind(tmp_path: Path) -> None:
    import openpyxl
    import pypdf
    from PySide6.QtGui import QImage

    assert run("sync", "--source", "demo").returncode == 0
    for name in ("views", "heatmap"):
        for suffix in (".png", ".svg"):
            done = run("export", "chart", name, "--out", str(tmp_path / f"{name}{suffix}"), "--size", "800x450")
            assert done.returncode == 0 and done.stderr == "", done.stderr
    assert QImage(str(tmp_path / "views.png")).size().toTuple() == (800, 450)
    done = run("export", "chart", "views", "--out", str(tmp_path / "tall.png"), "--size", "portrait")
    assert done.returncode == 0 and QImage(str(tmp_path / "tall.png")).size().toTuple() == (1080, 1920)
    assert b"Hour of posting" in (tmp_path / "heatmap.svg").read_bytes()
    assert run("export", "xlsx", "--out", str(tmp_path / "v.xlsx")).returncode == 0
    assert openpyxl.load_workbook(tmp_path / "v.xlsx").sheetnames == [
        "Videos",
        "Account snapshots",
        "Daily",
        "Audience",
    ]
    done = run("export", "report", "--out", str(tmp_path / "r.pdf"), "--range", "28")
    assert done.returncode == 0 and done.stderr == ""
    assert len(pypdf.PdfReader(tmp_path / "r.pdf").pages) >= 3
