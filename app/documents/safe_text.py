"""Text made safe for the places it ends up: spreadsheet cells, PDF pages, ZPL labels.

Names and addresses come from people and marketplace files, so they may carry a
spreadsheet formula (``=HYPERLINK(...)``), control characters or Unicode bidi overrides
that make a printed address read differently from the stored one (Trojan-Source style).
"""

from __future__ import annotations

import re
from decimal import Decimal

# C0 and C1 control characters and DEL. Tab, CR and LF are controls too: a cell or a
# printed line never needs them (multi-line text is split before it is drawn).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# OWASP "CSV injection": a cell a spreadsheet would read as a formula or command.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """``text`` without control and bidi-override characters (for PDF and ZPL)."""
    return _BIDI.sub("", _CONTROL.sub("", text))


def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text and never evaluates.

    A cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading apostrophe
    (the OWASP rule; checked before control characters are dropped, so a tab-prefixed
    formula is caught too); then control and bidi-override characters are dropped.
    Numbers written by the program itself (``-1.5``) are passed as ``int``/``float``/
    ``Decimal`` and left alone.
    """
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return printable(text)
