"""Names of the countries and regions TikTok Studio reports as top territories (ISO 3166 codes), translated like
every other string (context "Territory" in the .ts files): Qt's QLocale names territories only in English, and a
Chinese creator reading "United States" in a Chinese window is what this table prevents. Through the .ts rather
than a table of Chinese names here, so one translation check covers them and another language needs no code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tiktok_desktop.core.i18n import QT_TRANSLATE_NOOP
from tiktok_desktop.ui import i18n

CONTEXT = "Territory"

NAMES = {
    "US": QT_TRANSLATE_NOOP("Territory", "United States"),
    "GB": QT_TRANSLATE_NOOP("Territory", "United Kingdom"),
    "CA": QT_TRANSLATE_NOOP("Territory", "Canada"),
    "AU": QT_TRANSLATE_NOOP("Territory", "Australia"),
    "NZ": QT_TRANSLATE_NOOP("Territory", "New Zealand"),
    "IE": QT_TRANSLATE_NOOP("Territory", "Ireland"),
    "DE": QT_TRANSLATE_NOOP("Territory", "Germany"),
    "FR": QT_TRANSLATE_NOOP("Territory", "France"),
    "IT": QT_TRANSLATE_NOOP("Territory", "Italy"),
    "ES": QT_TRANSLATE_NOOP("Territory", "Spain"),
    "PT": QT_TRANSLATE_NOOP("Territory", "Portugal"),
    "NL": QT_TRANSLATE_NOOP("Territory", "Netherlands"),
    "BE": QT_TRANSLATE_NOOP("Territory", "Belgium"),
    "LU": QT_TRANSLATE_NOOP("Territory", "Luxembourg"),
    "CH": QT_TRANSLATE_NOOP("Territory", "Switzerland"),
    "AT": QT_TRANSLATE_NOOP("Territory", "Austria"),
    "SE": QT_TRANSLATE_NOOP("Territory", "Sweden"),
    "NO": QT_TRANSLATE_NOOP("Territory", "Norway"),
    "DK": QT_TRANSLATE_NOOP("Territory", "Denmark"),
    "FI": QT_TRANSLATE_NOOP("Territory", "Finland"),
    "PL": QT_TRANSLATE_NOOP("Territory", "Poland"),
    "CZ": QT_TRANSLATE_NOOP("Territory", "Czechia"),
    "SK": QT_TRANSLATE_NOOP("Territory", "Slovakia"),
    "HU": QT_TRANSLATE_NOOP("Territory", "Hungary"),
    "RO": QT_TRANSLATE_NOOP("Territory", "Romania"),
    "BG": QT_TRANSLATE_NOOP("Territory", "Bulgaria"),
    "GR": QT_TRANSLATE_NOOP("Territory", "Greece"),
    "CY": QT_TRANSLATE_NOOP("Territory", "Cyprus"),
    "HR": QT_TRANSLATE_NOOP("Territory", "Croatia"),
    "SI": QT_TRANSLATE_NOOP("Territory", "Slovenia"),
    "RS": QT_TRANSLATE_NOOP("Territory", "Serbia"),
    "BA": QT_TRANSLATE_NOOP("Territory", "Bosnia and Herzegovina"),
    "AL": QT_TRANSLATE_NOOP("Territory", "Albania"),
    "MK": QT_TRANSLATE_NOOP("Territory", "North Macedonia"),
    "UA": QT_TRANSLATE_NOOP("Territory", "Ukraine"),
    "MD": QT_TRANSLATE_NOOP("Territory", "Moldova"),
    "RU": QT_TRANSLATE_NOOP("Territory", "Russia"),
    "BY": QT_TRANSLATE_NOOP("Territory", "Belarus"),
    "LT": QT_TRANSLATE_NOOP("Territory", "Lithuania"),
    "LV": QT_TRANSLATE_NOOP("Territory", "Latvia"),
    "EE": QT_TRANSLATE_NOOP("Territory", "Estonia"),
    "TR": QT_TRANSLATE_NOOP("Territory", "Türkiye"),
    "IL": QT_TRANSLATE_NOOP("Territory", "Israel"),
    "SA": QT_TRANSLATE_NOOP("Territory", "Saudi Arabia"),
    "AE": QT_TRANSLATE_NOOP("Territory", "United Arab Emirates"),
    "QA": QT_TRANSLATE_NOOP("Territory", "Qatar"),
    "KW": QT_TRANSLATE_NOOP("Territory", "Kuwait"),
    "BH": QT_TRANSLATE_NOOP("Territory", "Bahrain"),
    "OM": QT_TRANSLATE_NOOP("Territory", "Oman"),
    "JO": QT_TRANSLATE_NOOP("Territory", "Jordan"),
    "LB": QT_TRANSLATE_NOOP("Territory", "Lebanon"),
    "IQ": QT_TRANSLATE_NOOP("Territory", "Iraq"),
    "EG": QT_TRANSLATE_NOOP("Territory", "Egypt"),
    "MA": QT_TRANSLATE_NOOP("Territory", "Morocco"),
    "DZ": QT_TRANSLATE_NOOP("Territory", "Algeria"),
    "TN": QT_TRANSLATE_NOOP("Territory", "Tunisia"),
    "LY": QT_TRANSLATE_NOOP("Territory", "Libya"),
    "NG": QT_TRANSLATE_NOOP("Territory", "Nigeria"),
    "GH": QT_TRANSLATE_NOOP("Territory", "Ghana"),
    "KE": QT_TRANSLATE_NOOP("Territory", "Kenya"),
    "ET": QT_TRANSLATE_NOOP("Territory", "Ethiopia"),
    "TZ": QT_TRANSLATE_NOOP("Territory", "Tanzania"),
    "UG": QT_TRANSLATE_NOOP("Territory", "Uganda"),
    "ZA": QT_TRANSLATE_NOOP("Territory", "South Africa"),
    "SN": QT_TRANSLATE_NOOP("Territory", "Senegal"),
    "CI": QT_TRANSLATE_NOOP("Territory", "Côte d’Ivoire"),
    "CM": QT_TRANSLATE_NOOP("Territory", "Cameroon"),
    "MX": QT_TRANSLATE_NOOP("Territory", "Mexico"),
    "GT": QT_TRANSLATE_NOOP("Territory", "Guatemala"),
    "HN": QT_TRANSLATE_NOOP("Territory", "Honduras"),
    "SV": QT_TRANSLATE_NOOP("Territory", "El Salvador"),
    "NI": QT_TRANSLATE_NOOP("Territory", "Nicaragua"),
    "CR": QT_TRANSLATE_NOOP("Territory", "Costa Rica"),
    "PA": QT_TRANSLATE_NOOP("Territory", "Panama"),
    "DO": QT_TRANSLATE_NOOP("Territory", "Dominican Republic"),
    "PR": QT_TRANSLATE_NOOP("Territory", "Puerto Rico"),
    "JM": QT_TRANSLATE_NOOP("Territory", "Jamaica"),
    "TT": QT_TRANSLATE_NOOP("Territory", "Trinidad and Tobago"),
    "BR": QT_TRANSLATE_NOOP("Territory", "Brazil"),
    "AR": QT_TRANSLATE_NOOP("Territory", "Argentina"),
    "CL": QT_TRANSLATE_NOOP("Territory", "Chile"),
    "CO": QT_TRANSLATE_NOOP("Territory", "Colombia"),
    "PE": QT_TRANSLATE_NOOP("Territory", "Peru"),
    "VE": QT_TRANSLATE_NOOP("Territory", "Venezuela"),
    "EC": QT_TRANSLATE_NOOP("Territory", "Ecuador"),
    "BO": QT_TRANSLATE_NOOP("Territory", "Bolivia"),
    "PY": QT_TRANSLATE_NOOP("Territory", "Paraguay"),
    "UY": QT_TRANSLATE_NOOP("Territory", "Uruguay"),
    "JP": QT_TRANSLATE_NOOP("Territory", "Japan"),
    "KR": QT_TRANSLATE_NOOP("Territory", "South Korea"),
    "TW": QT_TRANSLATE_NOOP("Territory", "Taiwan"),
    "HK": QT_TRANSLATE_NOOP("Territory", "Hong Kong"),
    "MO": QT_TRANSLATE_NOOP("Territory", "Macao"),
    "CN": QT_TRANSLATE_NOOP("Territory", "China"),
    "MN": QT_TRANSLATE_NOOP("Territory", "Mongolia"),
    "SG": QT_TRANSLATE_NOOP("Territory", "Singapore"),
    "MY": QT_TRANSLATE_NOOP("Territory", "Malaysia"),
    "ID": QT_TRANSLATE_NOOP("Territory", "Indonesia"),
    "TH": QT_TRANSLATE_NOOP("Territory", "Thailand"),
    "VN": QT_TRANSLATE_NOOP("Territory", "Vietnam"),
    "PH": QT_TRANSLATE_NOOP("Territory", "Philippines"),
    "KH": QT_TRANSLATE_NOOP("Territory", "Cambodia"),
    "MM": QT_TRANSLATE_NOOP("Territory", "Myanmar"),
    "LA": QT_TRANSLATE_NOOP("Territory", "Laos"),
    "BN": QT_TRANSLATE_NOOP("Territory", "Brunei"),
    "IN": QT_TRANSLATE_NOOP("Territory", "India"),
    "BD": QT_TRANSLATE_NOOP("Territory", "Bangladesh"),
    "PK": QT_TRANSLATE_NOOP("Territory", "Pakistan"),
    "LK": QT_TRANSLATE_NOOP("Territory", "Sri Lanka"),
    "NP": QT_TRANSLATE_NOOP("Territory", "Nepal"),
    "KZ": QT_TRANSLATE_NOOP("Territory", "Kazakhstan"),
    "UZ": QT_TRANSLATE_NOOP("Territory", "Uzbekistan"),
    "KG": QT_TRANSLATE_NOOP("Territory", "Kyrgyzstan"),
    "AZ": QT_TRANSLATE_NOOP("Territory", "Azerbaijan"),
    "GE": QT_TRANSLATE_NOOP("Territory", "Georgia"),
    "AM": QT_TRANSLATE_NOOP("Territory", "Armenia"),
}


def territory_name(code: str) -> str:
    """ "美国 (US)" in Chinese, "United States (US)" in English. A code the table lacks: Qt's English name in an
    English window, the bare code in any other (an English name in a Chinese window reads as untranslated)."""
    key = code.strip().upper()
    english = NAMES.get(key)
    if english is not None:
        return f"{QCoreApplication.translate(CONTEXT, english)} ({key})"
    territory = QLocale.codeToTerritory(key)
    if territory == QLocale.Country.AnyCountry or i18n.current_language() != "en":
        return code.strip()
    return f"{QLocale.territoryToString(territory)} ({key})"
