"""What the window shows when it has no numbers for the chosen source: why, and the three ways on from there.

It replaces the profile, the charts and the table, so that no numbers of another source (the demo's made-up
creator) stay on screen under a label that no longer says what they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tiktok_desktop.ui.widgets.labels import plain_label


class EmptyState(QWidget):
    """Signals:
    sign_in_requested(): "Sign in with TikTok"
    tikapi_requested(): "Set up TikAPI" (the wizard's TikAPI page)
    demo_requested(): "Use demo data"
    """

    sign_in_requested = Signal()
    tikapi_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = plain_label()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = plain_label()
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(640)  # a line a reader's eye can follow on a wide window
        outer.addWidget(self.title)
        centre = QHBoxLayout()  # stretches, not an alignment: an aligned wrapped label is laid out one line high
        centre.addStretch(1)
        centre.addWidget(self.body, 100)
        centre.addStretch(1)
        outer.addLayout(centre)
        row = QHBoxLayout()
        row.addStretch(1)
        self.sign_in = QPushButton(self.tr("Sign in with TikTok"))
        self.tikapi = QPushButton(self.tr("Set up TikAPI"))
        self.demo = QPushButton(self.tr("Use demo data"))
        for button, signal in (
            (self.sign_in, self.sign_in_requested),
            (self.tikapi, self.tikapi_requested),
            (self.demo, self.demo_requested),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=signal: s.emit())
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_for(self, source: str) -> None:
        """Says why `source` has nothing to show; the button that fixes it comes first and is the default."""
        if source == "tikapi":
            self.title.setText(self.tr("No TikAPI data yet"))
            self.body.setText(
                self.tr(
                    "Nothing has been fetched through TikAPI yet. Check the key and the username in the set-up, "
                    "then press Refresh (F5)."
                )
            )
        else:
            self.title.setText(self.tr("Not signed in yet"))
            self.body.setText(
                self.tr(
                    "Sign in with your TikTok account to see your own numbers; the app keeps their history from "
                    "then on. Or follow a public profile through TikAPI, or look around with demo data."
                )
            )
        self.sign_in.setVisible(source != "tikapi")
        primary = self.tikapi if source == "tikapi" else self.sign_in
        for button in (self.sign_in, self.tikapi, self.demo):
            button.setDefault(button is primary)
