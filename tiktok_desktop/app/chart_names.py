"""The charts and the periods by name: what the window and the command line need before any data is read (the
analysis behind them, app.chart_data, imports the analytics and the store)."""

from __future__ import annotations

CHARTS = ("followers", "views", "engagement", "heatmap", "duration", "hashtags", "daily", "active")
RANGES: dict[str, int | None] = {"7": 7, "28": 28, "90": 90, "all": None}
