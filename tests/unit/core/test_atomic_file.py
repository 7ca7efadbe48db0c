"""The one atomic-write helper: the target is the old file or the complete new one, never half, never litter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tiktok_desktop.core.atomic_file import ORDINARY_FILE_MODE, write_atomic, write_bytes_atomic


def test_writes_and_replaces_with_the_requested_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new", mode=ORDINARY_FILE_MODE)
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == ORDINARY_FILE_MODE
    assert os.listdir(tmp_path) == ["out.bin"]


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def half_then_fail(f) -> None:
        f.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomic(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.bin"]


def test_a_failing_replace_removes_the_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.bin"

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_bytes_atomic(target, b"data")
    assert os.listdir(tmp_path) == []


def test_a_folder_that_cannot_hold_a_temporary_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_bytes_atomic(tmp_path / "missing" / "out.bin", b"data")
