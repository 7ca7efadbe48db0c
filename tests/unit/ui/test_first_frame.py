"""The first frame's settings by number (ui/first_frame.py): the numbers are Qt's, and each setter sets what the
enum would have."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

from tiktok_desktop.ui import first_frame
from tiktok_desktop.ui.widgets.labels import plain_label


def test_the_numbers_are_the_values_of_qts_enums() -> None:
    assert first_frame.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert first_frame.ALIGN_CENTER == Qt.AlignmentFlag.AlignCenter.value
    assert first_frame.TEXT_BESIDE_ICON == Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value
    assert first_frame.COLOR_SCHEMES == {"light": Qt.ColorScheme.Light.value, "dark": Qt.ColorScheme.Dark.value}
    assert Qt.ColorScheme.Unknown.value == 0


def test_each_setter_sets_what_the_enum_would(qapp) -> None:
    label = plain_label("<b>not bold</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText  # text from strangers is never rich text
    centred = QLabel()
    first_frame.center(centred)
    assert centred.alignment() == Qt.AlignmentFlag.AlignCenter
    toolbar = QToolBar()
    first_frame.text_beside_icons(toolbar)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_shortcut_is_one_sequence_or_every_binding_of_a_standard_key(qapp) -> None:
    action = QAction()
    first_frame.set_shortcut(action, QKeySequence("Ctrl+E"))
    assert action.shortcuts() == [QKeySequence("Ctrl+E")]
    first_frame.set_shortcut(action, QKeySequence.StandardKey.Cancel)
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Cancel)
    assert QKeySequence(Qt.Key.Key_Escape) in action.shortcuts()  # Esc cancels a sync, as before
