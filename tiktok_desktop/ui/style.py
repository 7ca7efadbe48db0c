"""The app's look: one style sheet, named by object names set in the widgets."""

from __future__ import annotations

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
#demoBanner { background: #FFF4CE; color: #5C4400; border-bottom: 1px solid #E8D48A; padding: 6px 12px; }
#errorBanner { background: #FDE7E9; color: #8A1020; border-bottom: 1px solid #F1B2BA; padding: 6px 12px; }
#dialogError { color: #D93025; }
#demoBadge { background: #FFB020; color: #3D2A00; border-radius: 4px; padding: 1px 6px; font-weight: 600; }
"""
