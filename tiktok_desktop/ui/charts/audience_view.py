"""The Audience tab: who the followers are (gender, top territories, as of the latest TikTok Studio download) and
when they are active, next to the hours when the creator's own posts did best. Everything in it comes from
imports but the posting-times map, which the app measures itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tiktok_desktop.ui import formatting as fmt
from tiktok_desktop.ui.charts.territories import territory_name
from tiktok_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:  # annotations only: the window is painted before the analysis is imported
    from tiktok_desktop.app.chart_data import ChartData
    from tiktok_desktop.core.studio.model import Share
    from tiktok_desktop.ui.charts.chart_base import Chart

TOP_TERRITORIES = 5


def gender_name(label: str) -> str:
    """TikTok Studio's English gender labels, translated; anything else shown as the file has it."""
    names = {
        "female": QCoreApplication.translate("Audience", "Female"),
        "male": QCoreApplication.translate("Audience", "Male"),
        "other": QCoreApplication.translate("Audience", "Other"),
    }
    return names.get(label.strip().lower(), label)


class AudienceView(QWidget):
    """`active` and `posting` are the two weekday x hour charts (the panel wires their hover and menus)."""

    def __init__(self, active: Chart, posting: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 8, 0)
        self.empty = QLabel(
            self.tr(
                "Import your TikTok Studio data (File > Import TikTok Studio data\u2026) to see who your followers "
                "are, when they are active, your profile views and a year of daily history."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        side_layout.addWidget(self.empty)
        self.source = QLabel()  # first, so the date of the figures stays in sight in a short panel
        self.source.setWordWrap(True)
        self.source.setObjectName("hint")
        side_layout.addWidget(self.source)
        self.gender_title = self._title(self.tr("Gender"))
        side_layout.addWidget(self.gender_title)
        self.gender = QGridLayout()
        side_layout.addLayout(self.gender)
        self.territory_title = self._title(self.tr("Top territories"))
        side_layout.addWidget(self.territory_title)
        self.territories = QGridLayout()
        side_layout.addLayout(self.territories)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(230)
        scroll.setMaximumWidth(300)
        layout.addWidget(scroll)
        for chart, title in (
            (active, self.tr("When your followers are active")),
            (posting, self.tr("When your posts did best (median views)")),
        ):
            column = QVBoxLayout()
            heading = self._title(title)
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(heading)
            column.addWidget(chart.widget, 1)
            layout.addLayout(column, 1)

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    @staticmethod
    def _fill(grid: QGridLayout, rows: list[tuple[str, float]]) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for r, (name, fraction) in enumerate(rows):
            grid.addWidget(plain_label(name), r, 0)  # from a file: plain text
            share = QLabel(f"{QLocale().toString(fraction * 100, 'f', 1)} %")
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(share, r, 1)

    def set_data(self, data: ChartData) -> None:
        audience = data.audience
        has = audience is not None
        self.empty.setVisible(not has and not data.activity)
        gender: tuple[Share, ...] = audience.gender if audience else ()
        territories: tuple[Share, ...] = audience.territories[:TOP_TERRITORIES] if audience else ()
        self.gender_title.setVisible(bool(gender))
        self.territory_title.setVisible(bool(territories))
        self._fill(self.gender, [(gender_name(s.label), s.fraction) for s in gender])
        self._fill(self.territories, [(territory_name(s.label), s.fraction) for s in territories])
        lines = []
        if audience is not None:
            lines.append(
                self.tr("From your TikTok Studio download of %1.").replace("%1", fmt.date(audience.exported_at))
            )
        if data.activity_days:
            lines.append(
                self.tr("Active hours: %n days of follower activity over every import.", "", data.activity_days)
            )
        self.source.setText(" ".join(lines))
        self.source.setVisible(bool(lines))
