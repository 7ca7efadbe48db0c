"""Every user-visible string is in the Chinese catalogue, translated, with its placeholders intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tiktok_desktop.core.errors import AppError, DiskFull, StoreCorrupt
from tiktok_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "tiktok_desktop_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (c.findtext("name"), m.findtext("source")): m for c in root.findall("context") for m in c.findall("message")
    }


def translation_text(m: ET.Element) -> str:
    t = m.find("translation")
    forms = t.findall("numerusform")
    return forms[0].text or "" if forms else t.text or ""


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    found = messages(TS)
    assert len(found) > 50
    for (context, source), m in found.items():
        t = m.find("translation")
        assert t.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        text = translation_text(m)
        assert text.strip(), (context, source)
        placed = text.replace("%Ln", "%n")  # the count, as QLocale writes it (2,132)
        assert sorted(PLACEHOLDER.findall(placed)) == sorted(PLACEHOLDER.findall(source)), (context, source)


def test_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing from the environment")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            lupdate,
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            str(ROOT / "tiktok_desktop"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    in_catalogue = set(messages(TS))
    assert in_code - in_catalogue == set(), "new strings: run `make lupdate` and translate them"
    assert in_catalogue - in_code == set(), "strings no longer in the code: run `make lupdate`"


def test_every_error_template_is_in_the_catalogue() -> None:
    def all_errors(cls: type) -> list[type]:
        return [cls] + [s for sub in cls.__subclasses__() for s in all_errors(sub)]

    catalogue = messages(TS)
    for cls in all_errors(AppError):
        assert ("Errors", cls.template) in catalogue, cls.__name__


def test_switching_language_translates_errors(qapp) -> None:
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        assert i18n.error_text(DiskFull()).startswith("磁盘已满")
        text = i18n.error_text(StoreCorrupt(path="/x/y.db"))
        assert "/x/y.db" in text and "损坏" in text
        assert QCoreApplication.translate("VideoTableModel", "Views") == "播放量"
        # Qt's own strings too (wizard buttons, standard dialog buttons)
        assert QCoreApplication.translate("QWizard", "&Next") == "下一步(&N)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        assert i18n.install("en") == "en"
    assert i18n.error_text(DiskFull()).startswith("The disk is full")


def test_compiled_catalogue_loads() -> None:
    assert QTranslator().load(str(TS.with_suffix(".qm")))
