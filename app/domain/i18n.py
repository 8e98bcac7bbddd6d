"""Marking of user-facing domain texts for translation without importing Qt.

Domain code returns English templates; the UI translates them with
``QCoreApplication.translate(context, template)`` and then fills the parameters.
``pyside6-lupdate`` recognises the ``QT_TRANSLATE_NOOP`` name and extracts the text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call only marks it for extraction."""
    del context
    return text
