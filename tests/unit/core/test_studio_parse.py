"""Reading TikTok Studio CSVs: dates without a year, every quirk of the format, and every way a file can be wrong."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.studio_export import build

from tiktok_desktop.core.studio.csvfiles import read_csv
from tiktok_desktop.core.studio.dates import parse_day
from tiktok_desktop.core.studio.errors import (
    StudioBadDate,
    StudioBadValue,
    StudioMissingColumns,
    StudioNotRecognised,
    StudioSeveralHandles,
    StudioUnreadable,
)
from tiktok_desktop.core.studio.model import ActiveHour, DailyMetrics, Kind, Share

EXPORT_DAY = date(2027, 1, 10)
AT = 1_799_000_000  # the export time itself only travels along; the day above is what counts


def csv_bytes(text: str, bom: bool = True) -> bytes:
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def read(text: str, name: str = "x.csv", handle: str | None = "lumi.cooks", bom: bool = True):
    return read_csv(name, csv_bytes(text, bom), AT, EXPORT_DAY, handle)


# -- dates ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("January 9", date(2027, 1, 9)),
        ("January 10", date(2027, 1, 10)),  # the export day itself
        ("January 11", date(2026, 1, 11)),  # after the export day: a year earlier
        ("December 31", date(2026, 12, 31)),  # December of an export made in January
        ("August 9", date(2026, 8, 9)),
        ("Aug 9", date(2026, 8, 9)),
        ("Sept. 3", date(2026, 9, 3)),
        ("9 August", date(2026, 8, 9)),
        ("  august   9 ", date(2026, 8, 9)),
        ("18 tháng Sáu", date(2026, 6, 18)),
        ("18 tháng sáu", date(2026, 6, 18)),
        ("1 tháng Mười Hai", date(2026, 12, 1)),
        ("1 tháng Mười", date(2026, 10, 1)),
        ("2 tháng Một", date(2027, 1, 2)),
        ("5 tháng Tư", date(2026, 4, 5)),
        ("5 tháng 4", date(2026, 4, 5)),
        ("ngày 5 tháng 4", date(2026, 4, 5)),
        ("18 tha\u0301ng Sa\u0301u", date(2026, 6, 18)),  # accents as combining marks (NFD)
        ("2026-08-09", date(2026, 8, 9)),
        ("February 29", date(2024, 2, 29)),  # the latest leap year on or before the export day
    ],
)
def test_dates_without_a_year_get_the_latest_year_on_or_before_the_export_day(text: str, day: date) -> None:
    assert parse_day(text, EXPORT_DAY) == day


@pytest.mark.parametrize(
    "text",
    ["9. August", "9 août", "8月9日", "09/08", "August", "Foo 9", "February 30", "tháng Sáu", "0 tháng 6", "13/13"],
)
def test_other_date_forms_are_not_guessed(text: str) -> None:
    assert parse_day(text, EXPORT_DAY) is None


def test_an_unreadable_date_stops_the_file_naming_the_text_and_suggesting_english() -> None:
    with pytest.raises(StudioBadDate) as err:
        read("Date,Video Views\nJanuary 2,5\n9 août,7\n", name="Overview.csv")
    message = err.value.english()
    assert "Overview.csv" in message and "line 3" in message and "\u201c9 août\u201d" in message
    assert "Switch TikTok Studio to English" in message and "Nothing was imported" in message


# -- the quirks ---------------------------------------------------------------------------------------------------


def test_bom_and_undefined_and_extra_unknown_columns() -> None:
    f = read("Date,Video Views,Profile Views,Likes,Comments,Shares,Saves\nJanuary 1,10,undefined,3,0,1,7\n")
    assert f.kind == Kind.OVERVIEW
    assert f.daily == [
        DailyMetrics(date(2027, 1, 1), video_views=10, profile_views=None, likes=3, comments=0, shares=1)
    ]


def test_a_file_without_bom_is_read_too() -> None:
    assert read("Date,Followers\nJanuary 1,12\n", bom=False).daily[0].followers == 12


def test_undefined_total_viewers_makes_the_zeros_beside_it_unknown() -> None:
    f = read(
        "Date,Total Viewers,New Viewers,Returning Viewers\nJanuary 1,undefined,0,0\nJanuary 2,10,0,10\n"
        "January 3,undefined,undefined,undefined\n"
    )
    assert f.kind == Kind.VIEWERS
    # January 1: nothing known, not stored; January 2: a real 0 new viewers stays 0
    assert f.daily == [DailyMetrics(date(2027, 1, 2), total_viewers=10, new_viewers=0, returning_viewers=10)]


def test_the_difference_column_is_ignored() -> None:
    f = read("Date,Followers,Difference in followers from previous day\nJanuary 1,100,5\nJanuary 2,105,-3\n")
    assert f.kind == Kind.FOLLOWER_HISTORY
    assert [(d.day.day, d.followers) for d in f.daily] == [(1, 100), (2, 105)]
    assert all(d.video_views is None and d.likes is None for d in f.daily)


def test_the_last_two_days_before_the_export_are_left_out() -> None:
    f = read("Date,Followers\nJanuary 7,100\nJanuary 8,101\nJanuary 9,40\nJanuary 10,undefined\n")
    assert [d.day for d in f.daily] == [date(2027, 1, 7), date(2027, 1, 8)]


def test_follower_activity_gender_and_territories() -> None:
    act = read("Date,Hour,Active followers\nJanuary 9,0,12\nJanuary 9,23,undefined\nJanuary 9,5:00,7\n")
    assert act.kind == Kind.FOLLOWER_ACTIVITY  # the lag does not apply: activity is hourly, newest download wins
    assert act.activity == [ActiveHour(date(2027, 1, 9), 0, 12), ActiveHour(date(2027, 1, 9), 5, 7)]
    gender = read("Gender,Distribution\nFemale,0.6\nMale,40%\nOther,undefined\n")
    assert gender.kind == Kind.FOLLOWER_GENDER and gender.shares == [Share("Female", 0.6), Share("Male", 0.4)]
    places = read("Top territories,Distribution\nUS,0.5\n")
    assert places.kind == Kind.FOLLOWER_TERRITORIES and places.shares == [Share("US", 0.5)]


def test_hostile_labels_are_cleaned_and_stay_text() -> None:
    f = read('Top territories,Distribution\n"=HYPERLINK(""http://x"")\x1b[31m\r\nUS",0.5\n' + "A" * 500 + ",0.1\n")
    assert f.shares[0] == Share('=HYPERLINK("http://x") US', 0.5)  # plain text; the XLSX writes it as text
    assert len(f.shares[1].label) <= 60


def test_content_is_only_a_handle_check() -> None:
    dl, files = build("lumi.cooks", AT)
    f = read_csv("Content.csv", files["Content"]["Content.csv"], AT, EXPORT_DAY, None)
    assert f.kind == Kind.CONTENT and f.handle == "lumi.cooks" and f.rows == 15
    assert not f.daily and not f.activity and not f.shares
    foreign = files["Content"]["Content.csv"].decode("utf-8-sig").replace("@lumi.cooks/", "@someone.else/", 1)
    with pytest.raises(StudioSeveralHandles) as err:
        read(foreign, handle=None)
    assert "@someone.else" in err.value.english() and "@lumi.cooks" in err.value.english()


def test_files_are_recognised_by_their_columns_not_their_names() -> None:
    _, files = build("lumi.cooks", AT)
    for members in files.values():
        for name, data in members.items():
            assert read_csv("renamed.csv", data, AT, EXPORT_DAY, None).kind == name


# -- broken and hostile files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, error, words",
    [
        ("Name,Age\nx,1\n", StudioNotRecognised, ["Name, Age"]),
        ("", StudioNotRecognised, ["none"]),
        ("Hour,Active followers\n1,2\n", StudioMissingColumns, ["date"]),
        ("Date,Total Viewers,New Viewers\nJanuary 1,5\n", StudioUnreadable, ["line 2 has 2 of 3 values"]),
        ("Date,Followers\nJanuary 1,12.5\n", StudioBadValue, ["12.5", "Followers", "line 2"]),
        ("Date,Followers\nJanuary 1,-4\n", StudioBadValue, ["-4"]),
        ("Date,Followers\nJanuary 1,99999999999999999999\n", StudioBadValue, ["99999999999999999999"]),
        ("Gender,Distribution\nFemale,1.7\n", StudioBadValue, ["1.7"]),
        ("Gender,Distribution\nFemale,nan\n", StudioBadValue, ["nan"]),
        ("Date,Hour,Active followers\nJanuary 1,24,5\n", StudioBadValue, ["24", "Hour"]),
        ("Date,Followers\nJanuary 1,1\x00\n", StudioUnreadable, ["x.csv"]),
    ],
)
def test_broken_files_are_refused_with_the_file_and_the_problem(text: str, error: type, words: list[str]) -> None:
    with pytest.raises(error) as err:
        read(text)
    assert all(w in err.value.english() for w in words), err.value.english()


def test_thousands_separators_and_not_utf8() -> None:
    assert read('Date,Followers\nJanuary 1,"12,345"\n').daily[0].followers == 12345
    with pytest.raises(StudioUnreadable, match="not UTF-8"):
        read_csv("x.csv", b"Date,Followers\nJanuary 1,\xff\n", AT, EXPORT_DAY, None)
