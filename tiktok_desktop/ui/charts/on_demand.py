"""The charts panel's charts, each made when first asked for: its tab shown, its data drawn, an export. A chart is a
pyqtgraph scene of its own; making the nine of them at once cost the first start ~0.3 s on the GUI thread before
the chart on screen could be drawn (`make bench`, start-up)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from tiktok_desktop.app.chart_names import CHARTS

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget

    from tiktok_desktop.ui.charts.chart_base import Chart


class Charts(Mapping[str, "Chart"]):
    """Every chart by name (in CHARTS order); `made` holds those made so far."""

    def __init__(self, make: Callable[[str], Chart]) -> None:
        self._make = make
        self.made: dict[str, Chart] = {}

    def __getitem__(self, name: str) -> Chart:
        if name not in CHARTS:
            raise KeyError(name)
        chart = self.made.get(name)
        if chart is None:
            chart = self.made[name] = self._make(name)
        return chart

    def __iter__(self) -> Iterator[str]:
        return iter(CHARTS)

    def __len__(self) -> int:
        return len(CHARTS)


class Plots(Mapping[str, "PlotWidget"]):
    """The widget of each chart, made as the chart is."""

    def __init__(self, charts: Mapping[str, Chart]) -> None:
        self._charts = charts

    def __getitem__(self, name: str) -> PlotWidget:
        return self._charts[name].widget

    def __iter__(self) -> Iterator[str]:
        return iter(self._charts)

    def __len__(self) -> int:
        return len(self._charts)
