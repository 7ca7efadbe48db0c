"""Writing a file so that readers only ever see the old one or the complete new one.

Settings, exports and cached covers all write this way: a crash, a full disk or a cancelled export never
leaves half a file, and an existing file is replaced only by a complete one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# read once, at import: os.umask is process-wide, and threads writing files must not flip it back and forth
ORDINARY_FILE_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, write: Callable[[BinaryIO], object], *, mode: int | None = None) -> None:
    """Calls `write` with a temporary file in `path`'s folder, flushes it to disk, then puts it in `path`'s place.

    `mode` sets the file's permissions (default: mkstemp's private 0600). Raises OSError, or whatever `write`
    raises; on every failure the temporary file is gone and `path` is untouched.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk only when the folder's entry does (POSIX); best effort: the data is
    already complete in either name, and Windows cannot open a folder this way."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    write_atomic(path, lambda f: f.write(data), mode=mode)
