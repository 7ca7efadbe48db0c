"""Renders resources/icons/app.svg to the PNG, ICO and ICNS files installers and .desktop files want."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    icon = QIcon(str(ICONS / "app.svg"))
    image = icon.pixmap(QSize(256, 256)).toImage()
    if image.isNull():
        print("cannot render app.svg", file=sys.stderr)
        return 1
    image.save(str(ICONS / "app.png"))
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix in ("ico", "icns"):
        if suffix in formats:
            image.save(str(ICONS / f"app.{suffix}"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
