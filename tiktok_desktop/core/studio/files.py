"""Finding and reading the files of a TikTok Studio download: the zips as downloaded, the CSVs taken out of them,
or folders holding either. Sizes are bounded (a zip bomb or a huge file is refused before it fills memory).

Whose data and when: a zip's name is ``<Kind>_<date>_<unix seconds>_<handle>.zip``; the seconds are the export
time (the ``<date>`` part is wrong in every sample seen) and the handle says whose data it is. A folder with such
a name (a zip unpacked in place) says the same for the CSVs in it. A loose CSV says neither: its export time is
`loose_exported_at` when given (the CLI's ``--exported``), else the file's modification time (which unpacking
keeps from the zip); its account comes from Content.csv's links, or from the account the caller chose.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.core.studio.csvfiles import read_csv
from tiktok_desktop.core.studio.errors import StudioNothingFound, StudioTooLarge, StudioUnreadable
from tiktok_desktop.core.studio.model import StudioFile

MAX_CSV_BYTES = 8 * 1024 * 1024  # a year of daily rows is about 20 kB; hourly activity a few hundred kB
MAX_ZIP_BYTES = 64 * 1024 * 1024
MAX_ZIP_MEMBERS = 100
MAX_FILES = 200  # zips and CSVs found in the folders given
FOLDER_DEPTH = 2  # a folder of zips, or of unpacked zips (a folder each)
_NAMED = re.compile(
    r"(?P<kind>[A-Za-z]+)_(?P<date>.*?)_(?P<seconds>\d{9,11})_(?P<handle>[A-Za-z0-9._]{1,64}?)"
    r"(?: ?\(\d{1,3}\))?(?P<zip>\.zip)?",
    re.IGNORECASE,
)
_EARLIEST_EXPORT = 1_500_000_000  # 2017: an earlier "export time" is not one


@dataclass(frozen=True)
class Origin:
    """What a file's name (or its folder's) says: whose data, exported when; None when it does not say."""

    handle: str | None
    exported_at: int | None


def name_origin(name: str) -> Origin:
    """The handle and export time in a download's name (``Overview_2026-6-1_1786000000_lumi.cooks.zip``)."""
    m = _NAMED.fullmatch(name)
    if m is None or int(m["seconds"]) < _EARLIEST_EXPORT:
        return Origin(None, None)
    return Origin(m["handle"].lower(), int(m["seconds"]))


def _day(seconds: int, tz: tzinfo | None) -> date:
    return datetime.fromtimestamp(seconds, tz).date()


def _size_limit(label: str, size: int, limit: int) -> None:
    if size > limit:
        raise StudioTooLarge(file=label, limit=f"{limit // (1024 * 1024)} MB")


def _read_file(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise StudioUnreadable(file=str(path), detail=e.strerror or str(e)) from e
    _size_limit(str(path), len(data), limit)
    return data


def _zip_members(path: Path, data: bytes) -> Iterator[tuple[str, bytes]]:
    """The CSVs in a zip, each read with a bound (a member's declared size can lie; the bound cannot)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [i for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(".csv")]
            if len(zf.infolist()) > MAX_ZIP_MEMBERS:
                raise StudioUnreadable(file=str(path), detail=f"more than {MAX_ZIP_MEMBERS} files in it")
            for info in members:
                label = f"{path.name}/{info.filename}"
                _size_limit(label, info.file_size, MAX_CSV_BYTES)
                with zf.open(info) as member:
                    content = member.read(MAX_CSV_BYTES + 1)
                _size_limit(label, len(content), MAX_CSV_BYTES)
                yield label, content
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as e:
        # a damaged or cut-off zip, a bad checksum, an unknown compression, a password
        raise StudioUnreadable(file=str(path), detail=f"not a readable zip file ({e})") from e


def _found(paths: Sequence[Path]) -> list[Path]:
    """The zips and CSVs of `paths`: files as given, folders searched FOLDER_DEPTH deep, in name order."""
    out: list[Path] = []

    def walk(folder: Path, depth: int) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError as e:
            raise StudioUnreadable(file=str(folder), detail=e.strerror or str(e)) from e
        for entry in entries:
            if entry.is_dir():
                if depth > 1:
                    walk(entry, depth - 1)
            elif entry.suffix.lower() in (".zip", ".csv"):
                out.append(entry)
            if len(out) > MAX_FILES:
                raise StudioUnreadable(file=str(folder), detail=f"more than {MAX_FILES} zip and CSV files in it")

    for path in paths:
        if path.is_dir():
            walk(path, FOLDER_DEPTH)
        elif path.exists():
            out.append(path)
        else:
            raise StudioUnreadable(file=str(path), detail="no such file")
    return out


def read_download(
    paths: Sequence[Path],
    tz: tzinfo | None = None,
    loose_exported_at: int | None = None,
    cancel: CancelToken | None = None,
) -> list[StudioFile]:
    """Every CSV of the download in `paths`, read (core.studio.csvfiles). `tz` is the creator's time zone (None:
    the computer's), which says on which day an export time falls. Raises a StudioError on anything unreadable,
    and StudioNothingFound when no file is a TikTok Studio CSV."""
    files: list[StudioFile] = []
    for path in _found(paths):
        if cancel is not None:
            cancel.raise_if_cancelled()
        origin = name_origin(path.name)
        if path.suffix.lower() == ".zip":
            members = list(_zip_members(path, _read_file(path, MAX_ZIP_BYTES)))
        else:
            members = [(str(path), _read_file(path, MAX_CSV_BYTES))]
            if origin.exported_at is None:
                origin = name_origin(path.parent.name)
        exported_at = origin.exported_at
        if exported_at is None:
            exported_at = loose_exported_at if loose_exported_at is not None else _mtime(path)
        for label, data in members:
            files.append(read_csv(label, data, exported_at, _day(exported_at, tz), origin.handle))
    if not files:
        raise StudioNothingFound(paths=", ".join(str(p) for p in paths) or "-")
    return files


def _mtime(path: Path) -> int:
    try:
        return int(path.stat().st_mtime)
    except OSError as e:
        raise StudioUnreadable(file=str(path), detail=e.strerror or str(e)) from e
