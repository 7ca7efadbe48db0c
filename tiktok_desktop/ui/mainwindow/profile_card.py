"""The profile card: who the account is and how its numbers moved over the last 7 days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tiktok_desktop.core.metrics import change_since
from tiktok_desktop.ui.widgets.labels import plain_label
from tiktok_desktop.ui.widgets.stat_tile import StatTile

# annotations only: the data classes are imported with the data, after the window is painted
if TYPE_CHECKING:
    from tiktok_desktop.core.models import Account, AccountSnapshot

AVATAR_SIZE = 72


def initials_avatar(name: str, size: int = AVATAR_SIZE) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.fillPath(path, QColor("#FE2C55"))
    font = QFont()
    font.setPixelSize(size * 2 // 5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    letter = (name.strip()[:1] or "?").upper()
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


class ProfileCard(QFrame):
    """Avatar, names, verified mark, bio and the four headline numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(16)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        outer.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)

        who = QVBoxLayout()
        who.setSpacing(2)
        name_row = QHBoxLayout()
        self.display_name = plain_label()
        self.display_name.setObjectName("displayName")
        self.verified = plain_label("\u2714")
        self.verified.setObjectName("verified")
        self.verified.setToolTip(self.tr("Verified account"))
        name_row.addWidget(self.display_name)
        name_row.addWidget(self.verified)
        name_row.addStretch(1)
        who.addLayout(name_row)
        self.username = plain_label()
        self.username.setObjectName("username")
        who.addWidget(self.username)
        self.bio = plain_label()
        self.bio.setObjectName("bio")
        self.bio.setWordWrap(True)
        self.bio.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who.addWidget(self.bio)
        who.addStretch(1)
        outer.addLayout(who, 2)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.followers = StatTile(self.tr("Followers"))
        self.following = StatTile(self.tr("Following"))
        self.likes = StatTile(self.tr("Likes"))
        self.videos = StatTile(self.tr("Videos"))
        for i, tile in enumerate((self.followers, self.following, self.likes, self.videos)):
            grid.addWidget(tile, 0, i)
        outer.addLayout(grid, 3)

    def show_account(self, account: Account, snapshots: list[AccountSnapshot]) -> None:
        """The changes are over the 7 days up to the last sync: the numbers shown are that sync's."""
        p = account.profile
        now = account.last_sync_at or (snapshots[-1].taken_at if snapshots else 0)
        self.avatar.setPixmap(initials_avatar(p.display_name or p.username))
        self.display_name.setText(p.display_name or p.username)
        self.verified.setVisible(p.verified)
        self.username.setText(f"@{p.username}" if p.username else "")
        self.bio.setText(p.bio)
        self.bio.setVisible(bool(p.bio))
        for tile, field in (
            (self.followers, "followers"),
            (self.following, "following"),
            (self.likes, "likes"),
            (self.videos, "video_count"),
        ):
            tile.set_value(getattr(p, field), change_since(snapshots, field, 7, now))
