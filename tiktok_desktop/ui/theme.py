"""The app's look: one style sheet, named by object names set in the widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tiktok_desktop.ui.first_frame import request_color_scheme
from tiktok_desktop.ui.resources import resource

# Colours that are not palette roles, per theme: each text colour (and the ring of radio buttons and check boxes,
# 3:1 for what shows a control) has at least 4.5:1 contrast (WCAG AA) against
# the background it is drawn on (tests/unit/ui/test_what_a_person_sees.py measures it). The banners keep their
# light colours in both themes, so their text and buttons have fixed dark colours.
_COLOURS = {
    False: {
        "up": "#137333",
        "down": "#C5221F",
        "verified": "#0A7B8A",
        "ring": "#6B6F76",
        "accent": "#D6204B",
        "on_accent": "#FFFFFF",
    },
    True: {
        "up": "#81C995",
        "down": "#F28B82",
        "verified": "#20D5EC",
        "ring": "#9AA0A6",
        "accent": "#FF6B8B",
        "on_accent": "#202124",
    },
}

_STYLE_SHEET = """
#profileCard { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
#displayName { font-size: 18px; font-weight: 600; }
#verified { color: VERIFIED; font-size: 16px; font-weight: 700; }
#username { color: palette(placeholder-text); }
#statTile { background: palette(window); border-radius: 8px; }
#statTitle { color: palette(placeholder-text); font-size: 11px; }
#statValue { font-size: 22px; font-weight: 600; }
#statChange[trend="up"] { color: UP; }
#statChange[trend="down"] { color: DOWN; }
#statChange[trend="flat"], #statChange[trend="none"] { color: palette(placeholder-text); }
#insightTile { background: palette(window); border-radius: 8px; }
#insightValue { font-size: 16px; font-weight: 600; }
#estimateTile { border: 1px dashed palette(placeholder-text); border-radius: 8px; }
#estimateValue { font-size: 16px; font-style: italic; }
#hint { color: palette(placeholder-text); }
#emptyTitle { font-size: 18px; font-weight: 600; }
#demoBanner { background: #FFF4CE; border-bottom: 1px solid #E8D48A; padding: 6px 12px; }
#demoBanner QLabel, #demoBanner QPushButton { color: #5C4400; }
#errorBanner { background: #FDE7E9; border-bottom: 1px solid #F1B2BA; padding: 6px 12px; }
#errorBanner QLabel, #errorBanner QPushButton { color: #8A1020; }
#errorBanner QPushButton { background: #FFFFFF; border: 1px solid #F1B2BA; border-radius: 4px; padding: 3px 10px; }
#errorBanner QPushButton:flat { background: transparent; border: none; padding: 3px 6px; }
#errorBanner QPushButton:hover { border-color: #8A1020; }
#dialogError { color: DOWN; }
#reminderBanner { background: #E3F2FD; border-bottom: 1px solid #A9CCEB; padding: 6px 12px; }
#reminderBanner QLabel, #reminderBanner QPushButton:flat { color: #0B3C66; }
#demoBadge { background: #FFB020; color: #3D2A00; border-radius: 4px; padding: 1px 6px; font-weight: 600; }
QRadioButton::indicator, QCheckBox::indicator { width: 14px; height: 14px; border: 1px solid RING;
    background: palette(base); }
QRadioButton::indicator { border-radius: 8px; }
QRadioButton::indicator:checked { border: 5px solid ACCENT; width: 6px; height: 6px; }
QCheckBox::indicator { border-radius: 3px; }
QCheckBox::indicator:checked { background: palette(highlight); border-color: palette(highlight); image: url(CHECK); }
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: palette(mid); }
QPushButton:checked { background: ACCENT; color: ON_ACCENT;
    border: 1px solid ACCENT; border-radius: 3px; padding: 3px 10px; }
"""


def sheet_for(dark: bool = False) -> str:
    """The app's style sheet for a light or a dark palette."""
    text = _STYLE_SHEET.replace("CHECK", resource("icons", "check.svg").as_posix())
    for name, colour in sorted(_COLOURS[dark].items(), key=lambda item: -len(item[0])):  # ON_ACCENT before ACCENT
        text = text.replace(name.upper(), colour)
    return text


STYLE_SHEET = sheet_for(False)


_system: tuple[str, QPalette] | None = None  # the style and palette the desktop gave us
_style_set: str | None = None  # the style apply_theme last set


def remember_desktop_look(app: QApplication) -> None:
    """Keeps the desktop's style and palette for "System default". Called before the app's style sheet is set:
    under a style sheet app.style() is Qt's style sheet style, whose name is empty, and "System default" then
    kept the Fusion style of the light or dark theme chosen before it."""
    global _system, _style_set
    name = app.style().name()
    if _system is None and name:
        _system = (name, QPalette(app.palette()))
        _style_set = name  # what the app has now: choosing "System default" first makes no new style object


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: ("#202124", "#f3f3f3"),
        QPalette.ColorRole.WindowText: ("#e8eaed", "#161823"),
        QPalette.ColorRole.Base: ("#2a2b2e", "#ffffff"),
        QPalette.ColorRole.AlternateBase: ("#303134", "#f7f7f8"),
        QPalette.ColorRole.Text: ("#e8eaed", "#161823"),
        QPalette.ColorRole.Button: ("#303134", "#f3f3f3"),
        QPalette.ColorRole.ButtonText: ("#e8eaed", "#161823"),
        QPalette.ColorRole.Highlight: ("#b0123e", "#d6204b"),
        QPalette.ColorRole.HighlightedText: ("#ffffff", "#ffffff"),
        QPalette.ColorRole.Mid: ("#4a4b4f", "#c9c9cc"),
        QPalette.ColorRole.ToolTipBase: ("#303134", "#ffffe1"),
        QPalette.ColorRole.ToolTipText: ("#e8eaed", "#161823"),
        QPalette.ColorRole.PlaceholderText: ("#9aa0a6", "#6b6f76"),
        QPalette.ColorRole.Link: ("#8ab4f8", "#1a55c9"),
    }
    for role, (dark_colour, light_colour) in colours.items():
        p.setColor(role, QColor(dark_colour if dark else light_colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8389"))
    return p


def light_palette() -> QPalette:
    """For what is printed or shared (the PDF report): dark backgrounds do not print."""
    return _palette(False)


def apply_theme(theme: str, *, style_sheet: bool = True) -> None:
    """'light', 'dark' or 'system' (follow the desktop).

    Qt's colour-scheme request works only where the platform theme supports it, so a chosen theme also
    sets the Fusion style with a palette of ours; 'system' restores what the desktop gave.

    `style_sheet` False (the start, before the window's first paint): the palette and style only; the style sheet
    comes with the next call. A first paint under a style sheet is slower, and the window's frame has nothing the
    sheet styles; nor is the desktop's style read then for 'system' (its Python class alone takes ~7 ms).
    """
    global _system
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a theme needs the QApplication"
    if not style_sheet and theme not in ("light", "dark"):
        return  # the desktop's look, as the app starts with it
    remember_desktop_look(app)  # done already, unless the app was made without create_application
    if _system is None:  # under a style sheet of someone else's: the palette, and the style as it is
        _system = ("", QPalette(app.palette()))
    request_color_scheme(theme)
    global _style_set
    style = "Fusion" if theme in ("light", "dark") else _system[0]
    # a new style object only when it changes: Qt deletes the old one under every widget and style sheet cache,
    # for nothing when it is the same (under a style sheet app.style() has no name to compare: kept here)
    if style and (_style_set or "").lower() != style.lower():  # the desktop's "fusion" is our "Fusion"
        app.setStyle(style)
        _style_set = style
    app.setPalette(_palette(theme == "dark") if theme in ("light", "dark") else _system[1])
    # a style sheet resolves palette(...) and gives the widgets it styles their colours when it is set: set again,
    # or those widgets keep the old theme's (estimate values, "Period:", the status bar turned the colour of their
    # new background). The same text would change nothing, so it names the theme; not cleared first: clearing
    # deleted Qt's style sheet style and its caches under the widgets (crashes in the next setStyleSheet)
    if style_sheet:
        dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
        app.setStyleSheet(sheet_for(dark) + f"\n/* theme: {theme} */\n")


def finish_theme(theme: str) -> None:
    """The style sheet of `theme`, unless the app has one already (apply_theme(style_sheet=False) left it out)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.styleSheet():
        apply_theme(theme)
