"""Checks of what a person sees in any widget tree: text that does not fit its room, and text too faint to read.

Generic: it walks every visible label, button, check box, radio button and tab under a top-level widget.
- Clipped text: the text's size from QFontMetrics (with the font the widget really uses, style sheets included)
  against the room the style gives it (a button's contents rectangle, a label's contents rectangle less its
  margin and indent, a tab's rectangle less the style's tab padding). Word-wrapped labels are measured by the
  height their text needs at their width.
- Contrast: WCAG 2 contrast ratio of the text colour (the widget's palette for its foreground role, which is
  where Qt puts a style sheet's `color`) against the background as painted: the most common colour of the
  widget's rectangle in a grab of the whole window (so a parent's style-sheet background counts, as it does on
  screen). At least 4.5:1 (WCAG AA for normal text).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QToolButton,
    QWidget,
)

AA_NORMAL = 4.5
AA_NON_TEXT = 3.0  # WCAG 1.4.11: the parts of a control one needs to see it (a radio button's ring)
SLACK = 1  # px: font metrics and the style round differently; a pixel more is the glyphs' antialiased edge


@dataclass(frozen=True)
class Problem:
    kind: str  # "clipped" or "contrast"
    widget: str  # class, object name and text, to find it
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.widget}: {self.detail}"


def describe(w: QWidget, text: str) -> str:
    name = w.objectName()
    return f"{type(w).__name__}{'#' + name if name else ''} {text[:60]!r}"


# -- colour ------------------------------------------------------------------------------------------------


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(fg: QColor, bg: QColor) -> QColor:
    """A translucent text colour as it shows over bg."""
    a = fg.alphaF()
    return QColor.fromRgbF(
        fg.redF() * a + bg.redF() * (1 - a),
        fg.greenF() * a + bg.greenF() * (1 - a),
        fg.blueF() * a + bg.blueF() * (1 - a),
    )


def painted_background(shot: QImage, rect: QRect) -> QColor:
    """The most common colour in rect of the window's grab (text covers less of a widget than its background)."""
    counts: Counter[int] = Counter()
    r = rect.intersected(shot.rect())
    step = max(1, min(r.width(), r.height()) // 24)
    for y in range(r.top(), r.bottom() + 1, step):
        for x in range(r.left(), r.right() + 1, step):
            counts[shot.pixel(x, y)] += 1
    if not counts:
        return QColor("white")
    return QColor.fromRgb(counts.most_common(1)[0][0])


def painted_text_contrast(shot: QImage, rect: QRect, background: QColor) -> float:
    """The highest contrast of any pixel in rect against the background: the core of the glyphs as painted. A
    style sheet's colour for a state (a checked button) is painted without being in the widget's palette."""
    best = 1.0
    r = rect.intersected(shot.rect())
    for y in range(r.top(), r.bottom() + 1):
        for x in range(r.left(), r.right() + 1):
            best = max(best, contrast(QColor.fromRgb(shot.pixel(x, y)), background))
    return best


def indicator_contrast(shot: QImage, top: QWidget, button: QAbstractButton, scale: float) -> float:
    """How well a radio button's or check box's indicator stands out from what is around it."""
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    box = button.style().subElementRect(element, option, button)
    origin = button.mapTo(top, box.topLeft())
    rect = QRect(int(origin.x() * scale), int(origin.y() * scale), int(box.width() * scale), int(box.height() * scale))
    around = painted_background(shot, QRect(rect.right() + 2, rect.top(), int(4 * scale), rect.height()))
    return painted_text_contrast(shot, rect, around)


def text_colour(w: QWidget) -> QColor:
    group = QPalette.ColorGroup.Active if w.isEnabled() else QPalette.ColorGroup.Disabled
    return w.palette().color(group, w.foregroundRole())


# -- room for text -----------------------------------------------------------------------------------------


def visible_text(text: str) -> str:
    """A button's or tab's text as drawn: a single & marks a mnemonic and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_room(label: QLabel) -> QRect:
    fm = QFontMetrics(label.font())
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    indent = label.indent() if label.indent() > 0 else (fm.horizontalAdvance("x") // 2 if label.frameWidth() else 0)
    room.setWidth(room.width() - indent)
    return room


def label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        return ""  # laid out by a QTextDocument: not measured here
    fm = QFontMetrics(label.font())
    room = label_room(label)
    if label.wordWrap():
        need = fm.boundingRect(QRect(0, 0, room.width(), 100_000), Qt.TextFlag.TextWordWrap, text)
        if need.height() > room.height() + SLACK or need.width() > room.width() + SLACK:
            return f"needs {need.width()}x{need.height()} px, has {room.width()}x{room.height()}"
        return ""
    lines = text.split("\n")
    width = max(fm.horizontalAdvance(line) for line in lines)
    height = fm.height() * len(lines) if len(lines) > 1 else fm.height()
    if width > room.width() + SLACK or height > room.height() + SLACK:
        return f"needs {width}x{height} px, has {room.width()}x{room.height()}"
    return ""


def button_problem(button: QAbstractButton) -> str:
    text = visible_text(button.text())
    if not text:
        return ""
    fm = QFontMetrics(button.font())
    width = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    room = button_room(button)
    if width > room.width() + SLACK or fm.height() > room.height() + SLACK + 1:
        return f"needs {width}x{fm.height()} px, has {room.width()}x{room.height()}"
    return ""


def button_room(button: QAbstractButton) -> QRect:
    """The rectangle the style leaves for a button's text (in the button's coordinates)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QPushButton):  # as QPushButton::initStyleOption: a style sheet may style these apart
        features = QStyleOptionButton.ButtonFeature.None_
        if button.isFlat():
            features |= QStyleOptionButton.ButtonFeature.Flat
        if button.isDefault():
            features |= QStyleOptionButton.ButtonFeature.DefaultButton
        if button.autoDefault():
            features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
        option.features = features
    style = button.style()
    if isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    elif isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    elif isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        if not button.icon().isNull():
            room.setWidth(room.width() - button.iconSize().width() - 4)
    else:  # a tool button: its text beside or under an icon, the style's margins
        room = button.contentsRect()
        if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            room.setWidth(room.width() - button.iconSize().width() if not button.icon().isNull() else room.width())
    return room


def tab_problems(bar: QTabBar) -> list[tuple[str, str]]:
    fm = QFontMetrics(bar.font())
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    out = []
    for i in range(bar.count()):
        text = visible_text(bar.tabText(i))
        room = bar.tabRect(i).width() - padding
        if bar.tabButton(i, QTabBar.ButtonPosition.RightSide) is not None:
            room -= bar.tabButton(i, QTabBar.ButtonPosition.RightSide).width()
        if fm.horizontalAdvance(text) > room:
            out.append((text, f"tab needs {fm.horizontalAdvance(text)} px, has {room}"))
    return out


def placeholder_problem(edit: QLineEdit) -> str:
    """An empty field's placeholder (the hint of what to type) against the room the style leaves for text."""
    text = edit.placeholderText()
    if edit.text() or not text:
        return ""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 4  # QLineEdit's own horizontal margin, 2 a side
    for action in edit.actions():  # the clear button and other icons inside the field
        for button in action.associatedObjects():
            if isinstance(button, QWidget) and button.parent() is edit and button.isVisible():
                width -= button.width()
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    return f"placeholder needs {need} px, has {width}" if need > width + SLACK else ""


# -- the walk ----------------------------------------------------------------------------------------------


def shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0 and not w.visibleRegion().isEmpty()


def check(top: QWidget, min_contrast: float = AA_NORMAL) -> list[Problem]:
    """Every problem a person would see in `top` (a window or dialog, shown) as it is now."""
    shot = top.grab().toImage()
    scale = shot.devicePixelRatio()
    problems: list[Problem] = []
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not shown(w) or w.window() is not top:
            continue
        if isinstance(w, QTabBar):
            for text, detail in tab_problems(w):
                problems.append(Problem("clipped", describe(w, text), detail))
            continue
        if isinstance(w, QLineEdit):
            if detail := placeholder_problem(w):
                problems.append(Problem("clipped", describe(w, w.placeholderText()), detail))
            continue
        if isinstance(w, QLabel):
            text, detail, room = w.text(), label_problem(w), label_room(w)
            if w.pixmap() is not None and not w.pixmap().isNull():
                continue
        elif isinstance(w, QAbstractButton):
            text, detail, room = visible_text(w.text()), button_problem(w), button_room(w)
        else:
            continue
        if isinstance(w, (QRadioButton, QCheckBox)) and w.isEnabled():
            indicator = indicator_contrast(shot, top, w, scale)
            if indicator < AA_NON_TEXT:
                problems.append(Problem("contrast", describe(w, text), f"indicator {indicator:.2f}:1"))
        if not text.strip():
            continue
        if detail:
            problems.append(Problem("clipped", describe(w, text), detail))
        if not w.isEnabled():
            continue  # WCAG: text of an inactive control is exempt
        origin = w.mapTo(top, QPoint(0, 0))
        rect = QRect(int(origin.x() * scale), int(origin.y() * scale), int(w.width() * scale), int(w.height() * scale))
        background = painted_background(shot, rect)
        foreground = blend(text_colour(w), background)
        # the palette's colour, or what is painted where the text goes when a style sheet paints another colour
        # (glyph edges are antialiased: the palette's colour is the one to trust for small text)
        text_rect = QRect(
            int((origin.x() + room.x()) * scale),
            int((origin.y() + room.y()) * scale),
            int(room.width() * scale),
            int(room.height() * scale),
        )
        ratio = contrast(foreground, background)
        if ratio < min_contrast:  # reading every pixel is slow: only when the palette's colour does not do
            ratio = max(ratio, painted_text_contrast(shot, text_rect, background))
        if ratio < min_contrast:
            problems.append(
                Problem(
                    "contrast",
                    describe(w, text),
                    f"{ratio:.2f}:1, text {foreground.name()} on {background.name()}",
                )
            )
    return problems


def assert_readable(top: QWidget, where: str = "") -> None:
    problems = check(top)
    assert not problems, f"{where}: what a person cannot read\n" + "\n".join(str(p) for p in problems)
