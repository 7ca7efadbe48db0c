"""Counts read as English: "1 video", "2 videos", never "video(s)", in the window and on the command line.

English is the source language; tiktok_desktop_en.ts holds only the plural (numerus) forms of the %n messages,
and the Chinese catalogue keeps its one form a message.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tiktok_desktop import cli_language
from tiktok_desktop.cli_language import CommandLine
from tiktok_desktop.ui import i18n
from tiktok_desktop.ui.formatting import Age

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
EN = TRANSLATIONS / "tiktok_desktop_en.ts"
ZH = TRANSLATIONS / "tiktok_desktop_zh_CN.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", m)
        for c in root.findall("context")
        for m in c.findall("message")
    ]


def numerus_sources(path: Path) -> set[tuple[str, str]]:
    return {(c, s) for c, s, m in messages(path) if m.get("numerus") == "yes"}


@pytest.fixture
def cli_english():
    cli_language.use_language("en")
    yield
    cli_language.use_language("en")


def test_english_counts_in_the_window() -> None:
    assert i18n.install("en") == "en"
    assert QCoreApplication.translate("MainWindow", "Synced %n video(s).", "", 1) == "Synced 1 video."
    assert QCoreApplication.translate("MainWindow", "Synced %n video(s).", "", 2) == "Synced 2 videos."
    assert QCoreApplication.translate("MainWindow", "Synced %n video(s).", "", 1234) == "Synced 1,234 videos."
    assert Age().text(0, 60) == "1 minute ago"
    assert Age().text(0, 3 * 86400) == "3 days ago"


def test_english_counts_on_the_command_line(cli_english) -> None:
    assert CommandLine.tr("Synced %n videos of %1.", "", 1) == "Synced 1 video of %1."
    assert CommandLine.tr("Synced %n videos of %1.", "", 1234) == "Synced 1,234 videos of %1."
    assert CommandLine.tr("self-test failed: %n checks", "", 1) == "self-test failed: 1 check"


def test_english_commands_load_qt_only_to_print_a_count() -> None:
    """An English command without a count (a scheduled `sync --quiet`) starts without importing QtCore."""
    code = (
        "import sys\n"
        "from tiktok_desktop import cli_language as c\n"
        "c.use_language('en')\n"
        "print(c.translate('CommandLine', 'never'), 'PySide6.QtCore' in sys.modules)\n"
        "print(c.CommandLine.tr('%n followers', '', 1), 'PySide6.QtCore' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["never False", "1 follower True"]


def test_the_self_test_says_how_many_checks_failed(monkeypatch, capsys) -> None:
    from tiktok_desktop import cli
    from tiktok_desktop.ui import selftest

    for failures, line in (
        (1, "self-test failed: 1 check"),
        (2, "self-test failed: 2 checks"),
        (0, "self-test passed"),
    ):
        monkeypatch.setattr(selftest, "self_test", lambda ctx, failures=failures: failures)
        assert cli.main(["--self-test"]) == (1 if failures else 0)
        assert capsys.readouterr().out.strip() == line


def test_no_count_reads_with_s_in_brackets_in_english(cli_english) -> None:
    """Every %n message of the code (the Chinese catalogue has them all), translated as the window and the command
    line do for 1 and for 2: a singular and a plural, each with its number, and no "(s)" left; nor in any other
    message."""
    assert i18n.install("en") == "en"
    plural = numerus_sources(ZH)
    assert len(plural) >= 15
    for context, source in sorted(plural):
        one = QCoreApplication.translate(context, source, "", 1)
        two = QCoreApplication.translate(context, source, "", 2)
        on_command_line = cli_language.translate(context, source, None, 1)
        assert "(s)" not in one + two and one != two, (context, source, one, two)
        assert "1" in one and "2" in two and on_command_line == one, (context, source)
    for context, source, _ in messages(ZH):
        if (context, source) not in plural:
            assert "(s)" not in source, (context, source)


# a count before a plural noun in a message without plural forms reads "1 videos" for a count of 1; these few are
# never 1: periods (PERIODS, 7 days and more), the rolling median's fixed window, and decimals ("1.0 points")
ALWAYS_PLURAL = {
    ("ChartExport", "Last %1 days"),
    ("ReportWriter", "Last %1 days"),
    ("InsightsStrip", "Last %1 days vs the %1 days before"),
    ("InsightsStrip", "Charts: all time \u00b7 these figures: the last %1 days vs the %1 days before"),
    ("Charts", "Rolling median (%1 videos)"),
    ("InsightsStrip", "%1 points vs previous"),
    ("InsightsStrip", "%1 followers a day on average"),
}
COUNTED = re.compile(
    r"%\d(?: of %\d)?\)? (?:[a-z]+ )?(?:videos|followers|days|hours|minutes|seconds|views|likes|comments|shares|"
    r"snapshots|accounts|checks|covers|files|rows|points|items)\b"
)


def test_a_count_before_a_plural_noun_has_plural_forms() -> None:
    """ "%1 of %2 videos match", "%3 followers": a count written with .replace() reads "1 videos"; such a message
    takes its count as %n with Name.tr(text, "", n), so English has a singular and a plural."""
    counted = {(c, s) for c, s, m in messages(ZH) if m.get("numerus") != "yes" and COUNTED.search(s)}
    assert counted == ALWAYS_PLURAL, sorted(counted ^ ALWAYS_PLURAL)


def test_the_english_file_holds_only_up_to_date_plural_forms(tmp_path: Path) -> None:
    entries = messages(EN)
    assert entries and all(m.get("numerus") == "yes" for _, _, m in entries), "make lupdate: -pluralonly"
    for context, source, m in entries:
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert m.find("translation").get("type") is None and len(forms) == 2, (context, source)
        assert all("%Ln" in f for f in forms), (context, source)  # the count as QLocale writes it: 1,234
    assert {(c, s) for c, s, _ in entries} == numerus_sources(ZH)
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    fresh = tmp_path / "tiktok_desktop_en.ts"
    shutil.copy(EN, fresh)
    command = [lupdate, "-extensions", "py", "-no-obsolete", "-locations", "none", str(ROOT / "tiktok_desktop")]
    subprocess.run([*command, "-pluralonly", "-ts", str(fresh)], check=True, capture_output=True)
    assert fresh.read_text(encoding="utf-8") == EN.read_text(encoding="utf-8"), "run `make lupdate`"


def test_chinese_counts_are_as_before(cli_english) -> None:
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Synced %n video(s).", "", 1) == "已同步 1 个视频。"
        assert QCoreApplication.translate("MainWindow", "Synced %n video(s).", "", 2) == "已同步 2 个视频。"
        assert Age().text(0, 60) == "1 分钟前"
        cli_language.use_language("zh_CN")
        assert CommandLine.tr("Synced %n videos of %1.", "", 1) == "已同步 %1 的 1 个视频。"
        assert CommandLine.tr("Synced %n videos of %1.", "", 2) == "已同步 %1 的 2 个视频。"
    finally:
        assert i18n.install("en") == "en"
    # every Chinese plural message has its one form, whatever the count
    zh = QTranslator()
    assert zh.load(str(ZH.with_suffix(".qm")))
    for context, source in numerus_sources(ZH):
        one = zh.translate(context, source, "", 1)
        assert "%Ln" in one and one == zh.translate(context, source, "", 2), (context, source)


def test_counts_are_grouped_alike_in_both_languages(cli_english) -> None:
    """2,132 in English and in Chinese (QLocale groups zh_CN's thousands with ","): Qt writes a translation's %n
    without separators and %Ln as QLocale does, so no translation of a count says %n."""
    for path in (EN, ZH):
        for context, source, m in messages(path):
            if "%n" in source:
                for form in [
                    *m.iter("numerusform"),
                    *([] if m.find("translation") is None else [m.find("translation")]),
                ]:
                    text = "".join(form.itertext())
                    assert "%n" not in text.replace("%Ln", ""), (path.name, context, source, text)
    try:
        for language, synced, ago in (
            ("en", "Synced 2,132 videos.", "2,132 days ago"),
            ("zh_CN", "已同步 2,132 个视频。", "2,132 天前"),
        ):
            assert i18n.install(language) == language
            assert QCoreApplication.translate("MainWindow", "Synced %n video(s).", "", 2132) == synced
            assert Age().text(0, 2132 * 86400) == ago
            cli_language.use_language(language)
            assert "2,132" in CommandLine.tr("%n followers", "", 2132)
    finally:
        assert i18n.install("en") == "en"


def test_the_package_bundles_the_english_file() -> None:
    """build.spec ships every compiled catalogue of resources/translations (and drops Qt's own but Chinese)."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'for qm in (ROOT / "resources" / "translations").glob("*.qm")' in spec
    unused = spec[spec.index("def unused") : spec.index("\n\n\na.datas")]
    namespace: dict[str, object] = {"Path": Path}
    exec(unused, namespace)  # the spec's own filter, as PyInstaller runs it
    dropped = namespace["unused"]
    assert callable(dropped)
    # the paths inside the folder, as PyInstaller gives them (a.datas' first field)
    for ours in ("tiktok_desktop_en.qm", "tiktok_desktop_zh_CN.qm"):
        assert not dropped(f"resources/translations/{ours}")
    assert not dropped("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert dropped("PySide6/Qt/translations/qtbase_de.qm")
