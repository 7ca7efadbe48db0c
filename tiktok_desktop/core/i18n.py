"""Marks text for translation in layers that must not import Qt.

`pyside6-lupdate` extracts calls to a function named QT_TRANSLATE_NOOP from any Python file,
so messages defined here end up in the .ts files; the UI translates them at display time
with QCoreApplication.translate(context, text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context
    return text
