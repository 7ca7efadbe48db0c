"""The video table's model: plain column arrays, lazy data(), sorting and filtering done here.

QSortFilterProxyModel would call back into Python data() for every comparison (millions of calls for
100,000 rows); numpy's argsort over a column's keys (built once per column) takes milliseconds instead.
numpy is imported when the first videos arrive, after the window is on screen.
`_order` holds every row in sort order; `_rows` is its filtered subsequence, the rows the view sees.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap

from tiktok_desktop.core.metrics import engagement_rate
from tiktok_desktop.ui import formatting as fmt

# annotations only: the data classes are imported with the data, after the window is painted
if TYPE_CHECKING:
    from tiktok_desktop.core.models import Video

VideoIdRole = Qt.ItemDataRole.UserRole + 1
ShareUrlRole = Qt.ItemDataRole.UserRole + 2

COVER, TITLE, PUBLISHED, DURATION, VIEWS, LIKES, COMMENTS, SHARES, ENGAGEMENT, SAVES, AI_GENERATED = range(11)
_NUMERIC = {DURATION, VIEWS, LIKES, COMMENTS, SHARES, ENGAGEMENT, SAVES}
_PALETTE = ("#25F4EE", "#FE2C55", "#7B61FF", "#FFB020", "#2EC4B6", "#FF7A59", "#4C9AFF", "#9BE15D")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COVER_SIZE = QSize(27, 36)


class VideoTableModel(QAbstractTableModel):
    """Rows are videos. Use set_videos() to replace them, set_filter_text() to search, sort() to order.

    Signals:
        cover_needed(str video_id, str path): a cached cover is about to be shown; load it and hand it to
            set_cover() (the model never reads files itself)
    """

    cover_needed = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._videos: list[Video] = []
        self._keys: dict[int, Any] = {}  # column -> numpy array of sort keys, built on first use
        self._haystack: list[str] | None = None  # built on the first search
        self._order: list[int] = []
        self._rows: list[int] = []
        self._needles: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (PUBLISHED, Qt.SortOrder.DescendingOrder)
        self._headers = (
            self.tr("Cover"),
            self.tr("Title"),
            self.tr("Published"),
            self.tr("Duration"),
            self.tr("Views"),
            self.tr("Likes"),
            self.tr("Comments"),
            self.tr("Shares"),
            self.tr("Engagement"),
            self.tr("Saves"),
            self.tr("AI"),  # short: a wide header would take the titles' room at 1024 px (its tooltip says more)
        )
        # the creator's label: unknown (the source does not say) stays empty, never "No"
        self._labels = {True: self.tr("Yes"), False: self.tr("No"), None: ""}
        self._covers: dict[int, QPixmap] = {}
        self._cover_files: dict[str, Path] = {}
        self._cover_images: dict[str, QPixmap] = {}
        self._cover_requested: set[str] = set()

    # -- content --------------------------------------------------------------------------------------------

    def set_videos(self, videos: Sequence[Video]) -> None:
        self.beginResetModel()
        self._videos = list(videos)
        self._keys = {}
        self._haystack = None
        self._order = self._sorted(*self._sort)
        self._rows = self._filtered(self._order)
        self.endResetModel()

    def set_cover_files(self, files: dict[str, Path]) -> None:
        """The cached cover file of each video that has one (found by the caller off the GUI thread)."""
        self._cover_files = files
        self._cover_requested -= files.keys()  # files may have changed after a sync: load them again
        self._cover_images = {k: v for k, v in self._cover_images.items() if k in files}

    def set_cover(self, video_id: str, image: QImage) -> None:
        if image.isNull():
            return
        self._cover_images[video_id] = QPixmap.fromImage(image)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COVER), self.index(len(self._rows) - 1, COVER), [Qt.ItemDataRole.DecorationRole]
            )

    def video_at(self, row: int) -> Video:
        return self._videos[self._rows[row]]

    def row_of(self, video_id: str) -> int | None:
        for row, i in enumerate(self._rows):
            if self._videos[i].video_id == video_id:
                return row
        return None

    @property
    def total_count(self) -> int:
        return len(self._videos)

    @property
    def has_saves(self) -> bool:
        """Whether the source knows saves at all (TikAPI sometimes; the official API never)."""
        return any(v.saves is not None for v in self._videos)

    @property
    def has_ai_labels(self) -> bool:
        """Whether the source says which videos are AI-generated (the official API; TikAPI never)."""
        return any(v.ai_generated is not None for v in self._videos)

    # -- filtering and sorting --------------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        needles = text.casefold().split()
        if needles == self._needles:
            return
        self.beginResetModel()
        self._needles = needles
        self._rows = self._filtered(self._order)
        self.endResetModel()

    def _filtered(self, order: list[int]) -> list[int]:
        if not self._needles:
            return list(order)
        if self._haystack is None:
            self._haystack = [f"{v.title}\n{v.description}".casefold() for v in self._videos]
        hay = self._haystack
        needles = self._needles
        return [i for i in order if all(n in hay[i] for n in needles)]

    def _column_keys(self, column: int) -> Any:
        keys = self._keys.get(column)
        if keys is not None:
            return keys
        import numpy as np

        v, n = self._videos, len(self._videos)

        def ints(field: str) -> Any:
            return np.fromiter((getattr(x, field) for x in v), dtype=np.int64, count=n)

        if column == TITLE:
            keys = np.array([(x.title or x.description).casefold() for x in v] or [""])[:n]
        elif column == ENGAGEMENT:
            views = ints("views")
            engaged = ints("likes") + ints("comments") + ints("shares")
            keys = np.full(n, -1.0)  # unknown (no views) sorts below every known rate
            np.divide(engaged * 100.0, views, out=keys, where=views > 0)
        elif column == SAVES:
            keys = np.fromiter((-1 if x.saves is None else x.saves for x in v), dtype=np.int64, count=n)
        elif column == AI_GENERATED:  # No 0, Yes 1; unknown -1, below both (last when descending, like Saves)
            flags = {True: 1, False: 0, None: -1}
            keys = np.fromiter((flags[x.ai_generated] for x in v), dtype=np.int8, count=n)
        else:
            field = {
                DURATION: "duration_s",
                VIEWS: "views",
                LIKES: "likes",
                COMMENTS: "comments",
                SHARES: "shares",
            }.get(column, "published_at")
            keys = ints(field)
        self._keys[column] = keys
        return keys

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        if not self._videos:
            return []  # and numpy stays unimported until there is something to sort
        import numpy as np

        order_index = np.argsort(self._column_keys(column), kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            order_index = order_index[::-1]
        return order_index.tolist()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column == COVER:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows_before = [self._rows[p.row()] for p in persistent]
        self._sort = (column, order)
        self._order = self._sorted(column, order)
        self._rows = self._filtered(self._order)
        if persistent:
            where = {video: row for row, video in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent,
                [self.index(where[v], p.column()) for v, p in zip(rows_before, persistent, strict=True)],
            )
        self.layoutChanged.emit()

    # -- Qt model interface -----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.InitialSortOrderRole:  # a header's first click: most (or newest) first
                return (
                    Qt.SortOrder.DescendingOrder if section in _NUMERIC | {PUBLISHED} else Qt.SortOrder.AscendingOrder
                )
            if role == Qt.ItemDataRole.ToolTipRole and section == AI_GENERATED:
                return self.tr("AI-generated: the creator labelled the video as made with AI")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        i = self._rows[index.row()]
        v = self._videos[i]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(v, i, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == COVER:
            return self._cover(v)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            # tooltips guess rich text: escape the untrusted text so it always shows literally
            text = v.title + ("\n\n" + v.description if v.description else "")
            return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
        if role == VideoIdRole:
            return v.video_id
        if role == ShareUrlRole:
            return v.share_url
        return None

    def _display(self, v: Video, i: int, column: int) -> str | None:
        if column == TITLE:
            return v.title or v.description
        if column == PUBLISHED:
            return fmt.date_time(v.published_at)
        if column == DURATION:
            return fmt.duration(v.duration_s)
        if column == VIEWS:
            return fmt.number(v.views)
        if column == LIKES:
            return fmt.number(v.likes)
        if column == COMMENTS:
            return fmt.number(v.comments)
        if column == SHARES:
            return fmt.number(v.shares)
        if column == ENGAGEMENT:
            return fmt.percent(engagement_rate(v.likes, v.comments, v.shares, v.views))
        if column == SAVES:
            return "" if v.saves is None else fmt.number(v.saves)  # unknown is empty, never 0
        if column == AI_GENERATED:
            return self._labels[v.ai_generated]
        return None

    def _cover(self, v: Video) -> QPixmap:
        """The cached cover once loaded; until then (or without one) a colour tile."""
        image = self._cover_images.get(v.video_id)
        if image is not None:
            return image
        path = self._cover_files.get(v.video_id)
        if path is not None and v.video_id not in self._cover_requested:
            self._cover_requested.add(v.video_id)
            self.cover_needed.emit(v.video_id, str(path))
        slot = int(v.video_id[-3:]) % len(_PALETTE) if v.video_id[-3:].isdigit() else hash(v.video_id) % 8
        pixmap = self._covers.get(slot)
        if pixmap is None:
            pixmap = QPixmap(COVER_SIZE)
            pixmap.fill(QColor(_PALETTE[slot]))
            self._covers[slot] = pixmap
        return pixmap
