"""Shared drawing helpers of the PDF renderers: fonts, text fitting, boxes, barcodes.

The renderers draw straight on a reportlab canvas (no platypus): the layouts are fixed
forms, and direct drawing keeps a 2,000-row manifest well under the time goal.
Every PDF embeds a subset of DejaVu Sans (Latin and Cyrillic), shipped in
``resources/fonts`` with its licence.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.domain.money import Money
from app.domain.weight import format_kg

FONT = "PC-Sans"
FONT_BOLD = "PC-Sans-Bold"
FONT_COND = "PC-SansCond"
FONT_COND_BOLD = "PC-SansCond-Bold"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_COND: "DejaVuSansCondensed.ttf",
    FONT_COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_fonts_lock = threading.Lock()
_fonts_ready = False


class FontMissingError(RuntimeError):
    """The shipped fonts are not where they should be (a broken installation)."""


def fonts_dir() -> Path:
    """``resources/fonts`` of the source tree, or of the frozen bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


def ensure_fonts() -> None:
    """Register the shipped TTF fonts with reportlab once per process (thread-safe)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = fonts_dir()
        for name, filename in _FONT_FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontMissingError(
                    f"Font file {path} is missing: documents cannot print Cyrillic text. "
                    "Reinstall PostCounter or restore resources/fonts."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
        pdfmetrics.registerFontFamily(FONT_COND, normal=FONT_COND, bold=FONT_COND_BOLD)
        _fonts_ready = True


def new_canvas(buffer: object, pagesize: tuple[float, float], title: str, subject: str) -> Canvas:
    """A canvas with document metadata and compression on (smaller spool files)."""
    ensure_fonts()
    c = Canvas(buffer, pagesize=pagesize, pageCompression=1, invariant=0)  # type: ignore[arg-type]
    c.setTitle(title)
    c.setSubject(subject)
    c.setAuthor("PostCounter")
    c.setCreator("PostCounter")
    return c


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def fit(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``max_width`` points on one line."""
    if width(text, font, size) <= max_width:
        return text
    ell = "…"
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + ell, font, size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ell


def wrap(text: str, font: str, size: float, max_width: float, max_lines: int) -> list[str]:
    """Word-wrap ``text`` (honouring its newlines) into at most ``max_lines`` lines.

    A word longer than the width is broken; the last line gets an ellipsis when the text
    does not fit, so nothing is silently cut.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while width(word, font, size) > max_width:
                cut = len(word)
                while cut > 1 and width(word[:cut], font, size) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    lines = [ln for ln in lines if ln.strip()] or [""]
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = fit(kept[-1] + " " + " ".join(lines[max_lines:]), font, size, max_width)
        return kept
    return lines


def draw_lines(
    c: Canvas, x: float, y_top: float, lines: Iterable[str], font: str, size: float, leading: float
) -> float:
    """Draw lines downwards from ``y_top`` (the top of the first line); returns the next top."""
    c.setFont(font, size)
    y = y_top
    for line in lines:
        c.drawString(x, y - size * 0.8, line)
        y -= leading
    return y


def caption(
    c: Canvas, x: float, y_top: float, text: str, size: float = 6.0, max_width: float = 0
) -> float:
    """A small grey field caption at the top-left inside a box; returns the y below it.

    With ``max_width`` the caption wraps (condensed face) instead of running into the
    next box.
    """
    c.setFillGray(0.3)
    if max_width and width(text, FONT, size) > max_width:
        lines = wrap(text, FONT_COND, size, max_width, 2)
        y = draw_lines(c, x, y_top, lines, FONT_COND, size, size * 1.1)
    else:
        c.setFont(FONT, size)
        c.drawString(x, y_top - size, text)
        y = y_top - size * 1.1
    c.setFillGray(0)
    return y


def box(c: Canvas, x: float, y: float, w: float, h: float, line: float = 0.6) -> None:
    c.setLineWidth(line)
    c.rect(x, y, w, h, stroke=1, fill=0)


def checkbox(c: Canvas, x: float, y: float, size: float, checked: bool) -> None:
    """A square check box with an X when ticked (prints clearly on any printer)."""
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setLineWidth(1.2)
        inset = size * 0.18
        c.line(x + inset, y + inset, x + size - inset, y + size - inset)
        c.line(x + inset, y + size - inset, x + size - inset, y + inset)


def code128(
    c: Canvas, value: str, x: float, y: float, *, bar_height: float, max_width: float, module: float
) -> float:
    """Draw ``value`` as a vector Code 128 (auto subsets) at (x, y); returns its width.

    Vector bars from reportlab print sharper than a raster image at any printer
    resolution. The module (narrow bar) is ``module`` points, reduced only if the code
    would not fit ``max_width``; it keeps a quiet zone of 10 modules either side.
    """
    bc = Code128Auto(value, barWidth=module, barHeight=bar_height, humanReadable=0, quiet=1)
    if bc.width > max_width:
        bc = Code128Auto(
            value,
            barWidth=module * max_width / bc.width,
            barHeight=bar_height,
            humanReadable=0,
            quiet=1,
        )
    bc.drawOn(c, x, y)
    return float(bc.width)


def kg(grams: int) -> str:
    """``152350`` -> ``"152.350"``: three decimals, as the scale reads."""
    return format_kg(grams)


def money_text(m: Money | None) -> str:
    if m is None:
        return ""
    q = m.quantized().amount
    return f"{group_thousands(q)} {m.currency}"


def group_thousands(amount: Decimal) -> str:
    """``Decimal("12345.60")`` -> ``"12 345.60"`` with a thin non-breaking space."""
    sign = "-" if amount < 0 else ""
    text = f"{abs(amount):f}"
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = "\u202f".join(groups)
    return sign + out + (f".{frac}" if frac else "")


def day_text(d: date) -> str:
    return d.strftime("%d.%m.%Y")


MM = mm
