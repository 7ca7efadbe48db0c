"""The app's look: one style sheet, named by object names set in the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
#profileCard { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
#displayName { font-size: 18px; font-weight: 600; }
#verified { color: #20D5EC; font-size: 16px; font-weight: 700; }
#username { color: palette(placeholder-text); }
#statTile { background: palette(window); border-radius: 8px; }
#statTitle { color: palette(placeholder-text); font-size: 11px; }
#statValue { font-size: 22px; font-weight: 600; }
#statChange[trend="up"] { color: #1E8E3E; }
#statChange[trend="down"] { color: #D93025; }
#statChange[trend="flat"], #statChange[trend="none"] { color: palette(placeholder-text); }
#insightTile { background: palette(window); border-radius: 8px; }
#insightValue { font-size: 16px; font-weight: 600; }
#estimateTile { border: 1px dashed palette(placeholder-text); border-radius: 8px; }
#estimateValue { font-size: 16px; font-style: italic; }
#hint { color: palette(placeholder-text); }
#demoBanner { background: #FFF4CE; border-bottom: 1px solid #E8D48A; padding: 6px 12px; }
#demoBanner QLabel { color: #5C4400; }
#errorBanner { background: #FDE7E9; border-bottom: 1px solid #F1B2BA; padding: 6px 12px; }
#errorBanner QLabel, #errorBanner QPushButton:flat { color: #8A1020; }
#reminderBanner { background: #E3F2FD; border-bottom: 1px solid #A9CCEB; padding: 6px 12px; }
#reminderBanner QLabel, #reminderBanner QPushButton:flat { color: #0B3C66; }
#dialogError { color: #D93025; }
#demoBadge { background: #FFB020; color: #3D2A00; border-radius: 4px; padding: 1px 6px; font-weight: 600; }
"""


_system: tuple[str, QPalette] | None = None  # the style and palette the desktop gave us


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
        QPalette.ColorRole.Highlight: ("#fe2c55", "#fe2c55"),
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


def apply_theme(theme: str) -> None:
    """'light', 'dark' or 'system' (follow the desktop).

    Qt's colour-scheme request works only where the platform theme supports it, so a chosen theme also
    sets the Fusion style with a palette of ours; 'system' restores what the desktop gave.
    """
    global _system
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a theme needs the QApplication"
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    QGuiApplication.styleHints().setColorScheme(scheme)
    if theme in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(_palette(theme == "dark"))
    else:
        app.setStyle(_system[0])
        app.setPalette(_system[1])
    # a style sheet resolves palette(...) and gives the widgets it styles their colours when it is set: set again,
    # or those widgets keep the old theme's (estimate values, "Period:", the status bar turned the colour of
    # their new background)
    sheet = app.styleSheet()
    if sheet:
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
