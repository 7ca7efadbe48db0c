"""Rates and other computed decimals read as numbers a person reads: two decimals shown in the XLSX (the cell keeps
the exact value for formulas), two decimals written in the CSV; counts stay whole numbers, their digits grouped in
the XLSX."""

from __future__ import annotations

import csv
from pathlib import Path

from helpers.constants import NOW

from tiktok_desktop.app.dashboard import load_dashboard
from tiktok_desktop.app.export import CSV_COLUMNS, export_csv, export_xlsx
from tiktok_desktop.app.sync import sync
from tiktok_desktop.core.store import Store
from tiktok_desktop.sources.demo import DemoSource

DECIMAL_COLUMNS = {
    "engagement_rate_pct",
    "engagement_per_follower_pct",
    "like_rate_pct",
    "comment_rate_pct",
    "share_rate_pct",
    "views_per_day_24h",
    "views_per_day_7d",
    "est_avg_watch_time_s",
    "est_completion_rate_pct",
    "est_bounce_rate_pct",
}


def demo_dashboard(tmp_path: Path):
    with Store(tmp_path / "db.sqlite") as store:
        result = sync(store, DemoSource(now=NOW), now=NOW)
        dashboard = load_dashboard(store, result.account)
    assert dashboard is not None
    return dashboard


def test_xlsx_shows_two_decimals_in_every_computed_column(tmp_path: Path) -> None:
    import openpyxl

    dashboard = demo_dashboard(tmp_path)
    export_xlsx(dashboard.videos, dashboard.snapshots, tmp_path / "v.xlsx", dashboard)
    sheet = openpyxl.load_workbook(tmp_path / "v.xlsx")["Videos"]
    header = [c.value for c in sheet[1]]
    seen = set()
    for row in sheet.iter_rows(min_row=2):
        for name, cell in zip(header, row, strict=True):
            if isinstance(cell.value, float):
                assert cell.number_format == "#,##0.00", (name, cell.value, cell.number_format)
                seen.add(name)
    rates = {name for name in DECIMAL_COLUMNS if name.endswith("_pct")}  # (views a day can be empty in a demo)
    assert rates <= seen, rates - seen


def test_csv_writes_two_decimals(tmp_path: Path) -> None:
    dashboard = demo_dashboard(tmp_path)
    export_csv(dashboard.videos, tmp_path / "v.csv", dashboard)
    with (tmp_path / "v.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(CSV_COLUMNS)
    for row in rows:
        for name in DECIMAL_COLUMNS:
            value = row[name]
            if value:
                assert len(value.split(".")[-1]) <= 2 and float(value) == round(float(value), 2), (name, value)
        assert "." not in row["views"] and "." not in row["likes"]


def test_xlsx_groups_the_digits_of_every_count(tmp_path: Path) -> None:
    """Views, likes, followers and the imported daily counts show 2,132 as the window writes them (the cell keeps
    the whole number; the separator is the reader's spreadsheet's)."""
    import openpyxl

    dashboard = demo_dashboard(tmp_path)
    export_xlsx(dashboard.videos, dashboard.snapshots, tmp_path / "v.xlsx", dashboard)
    book = openpyxl.load_workbook(tmp_path / "v.xlsx")
    counted: dict[str, set[str]] = {}
    for sheet_name in ("Videos", "Account snapshots", "Daily"):
        sheet = book[sheet_name]
        header = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for name, cell in zip(header, row, strict=True):
                if isinstance(cell.value, int) and not isinstance(cell.value, bool) and name not in DECIMAL_COLUMNS:
                    assert cell.number_format == "#,##0", (sheet_name, name, cell.value, cell.number_format)
                    counted.setdefault(sheet_name, set()).add(str(name))
    assert {"views", "likes"} <= counted["Videos"], counted
    assert "followers" in counted["Account snapshots"], counted
