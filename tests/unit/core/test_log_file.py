"""The log file keeps to its size: full, it moves to .1 (then .2), and the oldest beyond the backups goes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiktok_desktop.core.log_file import RotatingLogFile


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, RotatingLogFile]]:
    handler = RotatingLogFile(tmp_path / "app.log", max_bytes=1000, backups=2)
    log = logging.getLogger(f"test-log-file-{tmp_path.name}")
    log.propagate = False
    log.addHandler(handler)
    yield log, handler
    log.removeHandler(handler)
    handler.close()


def test_a_full_log_moves_to_backups_and_the_oldest_goes(tmp_path: Path, logger) -> None:
    log, _ = logger
    for i in range(100):  # 100 lines of 100 bytes: ten files' worth
        log.warning("%03d %s", i, "x" * 95)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2"]
    for name in files:
        size = (tmp_path / name).stat().st_size
        assert 0 < size <= 1000
    assert (tmp_path / "app.log").read_text().splitlines()[-1].startswith("099 ")
    newest_backup = (tmp_path / "app.log.1").read_text().splitlines()
    oldest_backup = (tmp_path / "app.log.2").read_text().splitlines()
    assert int(oldest_backup[-1][:3]) + 1 == int(newest_backup[0][:3])  # nothing lost between the kept files


def test_a_log_continues_the_file_left_by_the_last_run(tmp_path: Path) -> None:
    (tmp_path / "app.log").write_text("y" * 990 + "\n")
    handler = RotatingLogFile(tmp_path / "app.log", max_bytes=1000, backups=2)
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "one more line", None, None)
    handler.emit(record)
    handler.close()
    assert (tmp_path / "app.log.1").read_text() == "y" * 990 + "\n"  # full: moved aside, not appended to
    assert (tmp_path / "app.log").read_text() == "one more line\n"


def test_a_line_longer_than_the_limit_still_gets_written(tmp_path: Path, logger) -> None:
    log, _ = logger
    log.warning("z" * 3000)
    assert (tmp_path / "app.log").stat().st_size > 3000
    assert not (tmp_path / "app.log.1").exists()  # an empty file is not rotated for it
