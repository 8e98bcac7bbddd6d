"""Shared drawing helpers of the PDF renderers: fonts, text fitting, boxes, barcodes.

The renderers draw straight on a reportlab canvas (no platypus): the layouts are fixed
forms, and direct drawing keeps a 2,000-row manifest well under the time goal.
Every PDF embeds a subset of DejaVu Sans (Latin and Cyrillic), shipped in
``resources/fonts`` with its licence.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from reportlab import rl_config
from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.documents.captions import Caption
from app.documents.safe_text import printable
from app.domain.money import Money
from app.domain.weight import format_kg

# Compressed streams stay binary: ASCII85 wrapping is for 7-bit channels, which neither a
# spool file nor a printer is, and its pure-Python encoder was a tenth of each document's
# rendering time (the receipt is rendered while the clerk waits, after the payment).
rl_config.useA85 = 0

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


class SafeCanvas(Canvas):
    """A canvas that drops control and bidi-override characters from every drawn string.

    Every document draws its text through these three calls, so a name carrying U+202E
    (right-to-left override) or a control character is printed as plain text, whatever
    the document module. Titles and subjects go through the same filter.
    """

    def drawString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> Any:
        return super().drawString(x, y, printable(text), *args, **kw)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> Any:
        return super().drawRightString(x, y, printable(text), *args, **kw)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> Any:
        return super().drawCentredString(x, y, printable(text), *args, **kw)


def new_canvas(buffer: object, pagesize: tuple[float, float], title: str, subject: str) -> Canvas:
    """A canvas with document metadata and compression on (smaller spool files)."""
    ensure_fonts()
    c = SafeCanvas(buffer, pagesize=pagesize, pageCompression=1, invariant=0)  # type: ignore[arg-type]
    c.setTitle(printable(title))
    c.setSubject(printable(subject))
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
    c: Canvas, x: float, y_top: float, text: str | Caption, size: float = 6.0, max_width: float = 0
) -> float:
    """A small grey field caption at the top-left inside a box; returns the y below it.

    With ``max_width`` the caption wraps (condensed face) instead of running into the
    next box. A bilingual :class:`Caption` prints "Русский / English" on one line when it
    fits, else the Russian line over the English one, so callers place what follows at
    the returned y, never at a fixed offset.
    """
    if isinstance(text, Caption):
        if text.second:
            c.setFillGray(0.3)
            fits = not max_width or pair_width(text, FONT, size) <= max_width
            if fits:
                draw_pair(c, x, y_top - size, text, FONT, size)
                y = y_top - size * 1.1
            else:
                y = draw_stacked(c, x, y_top, text, FONT, size, max_width=max_width)
            c.setFillGray(0)
            return y
        text = text.first
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


# -- bilingual captions ----------------------------------------------------------------
# The English text of a bilingual caption prints at this share of the Russian one's size:
# small enough to read as the second language, large enough for a 300 dpi office printer.
SECOND = 0.8
MIN_SECOND = 5.5  # points: the smallest English text, still readable on a 300 dpi printer
_SEP = " /"  # ends the first text, so text extraction keeps the English on a line of its own
_CONDENSED = {FONT: FONT_COND, FONT_BOLD: FONT_COND_BOLD}


def second_size(size: float, ratio: float = SECOND) -> float:
    """The size of the English text after a Russian one of ``size`` points."""
    return max(size * ratio, min(size, MIN_SECOND))


def pair_width(cap: Caption, font: str, size: float, ratio: float = SECOND) -> float:
    """Width of ``cap`` drawn by :func:`draw_pair` at ``size`` without fitting."""
    if not cap.second:
        return width(cap.first, font, size)
    small = second_size(size, ratio)
    return width(cap.first + _SEP, font, size) + width(" " + cap.second, font, small)


def _fit_pair(
    cap: Caption, font: str, size: float, ratio: float, max_width: float
) -> tuple[str, str, str, float]:
    """(font, first, second, size) that fit ``max_width``: the same face and size when they
    fit; else the condensed face, shrinking to 80 %; else the English, then the Russian,
    cut with an ellipsis. Nothing is ever drawn past ``max_width``."""
    first, second = cap.first, cap.second
    if not max_width or pair_width(cap, font, size, ratio) <= max_width:
        return font, first, second, size
    face = _CONDENSED.get(font, font)
    s = size
    while s >= size * 0.8:
        if pair_width(cap, face, s, ratio) <= max_width:
            return face, first, second, s
        s -= 0.25
    s = size * 0.8
    if second:
        small = second_size(s, ratio)
        room = max_width - width(first + _SEP, face, s) - width(" ", face, small)
        if room >= width("…", face, small) * 4:
            return face, first, fit(second, face, small, room), s
    return face, fit(first, face, s, max_width), "", s


def draw_pair(
    c: Canvas,
    x: float,
    baseline: float,
    cap: Caption,
    font: str,
    size: float,
    *,
    ratio: float = SECOND,
    align: str = "l",
    max_width: float = 0,
) -> float:
    """Draw "Русский / English" on one baseline, the English ``ratio`` times smaller.

    ``align`` is ``"l"``, ``"r"`` (``x`` is the right edge) or ``"c"`` (``x`` is the centre).
    English-only captions draw as a single text. Returns the width drawn.
    """
    face, first, second, s = _fit_pair(cap, font, size, ratio, max_width)
    head = first + _SEP if second else first
    small = second_size(s, ratio)
    w_head = width(head, face, s)
    total = w_head + (width(" " + second, face, small) if second else 0)
    left = x - total if align == "r" else x - total / 2 if align == "c" else x
    c.setFont(face, s)
    c.drawString(left, baseline, head)
    if second:
        c.setFont(face, small)
        c.drawString(left + w_head + width(" ", face, small), baseline, second)
    return total


def draw_stacked(
    c: Canvas,
    x: float,
    y_top: float,
    cap: Caption,
    font: str,
    size: float,
    *,
    ratio: float = SECOND,
    align: str = "l",
    max_width: float = 0,
) -> float:
    """The Russian text on one line, the English ``ratio`` times smaller under it.

    A line wider than ``max_width`` takes the condensed face, then shrinks to 80 %, and is
    cut with an ellipsis only if that is still too wide; returns the y below the last line
    (the same leading as :func:`draw_lines`, 1.1 times the nominal size).
    """
    y = y_top
    for text, nominal in ((cap.first, size), (cap.second, second_size(size, ratio))):
        if not text:
            continue
        face, s = font, nominal
        if max_width and width(text, face, s) > max_width:
            face = _CONDENSED.get(font, font)
            while s > nominal * 0.8 and width(text, face, s) > max_width:
                s -= 0.25
            text = fit(text, face, s, max_width)
        c.setFont(face, s)
        baseline = y - nominal * 0.85
        if align == "r":
            c.drawRightString(x, baseline, text)
        elif align == "c":
            c.drawCentredString(x, baseline, text)
        else:
            c.drawString(x, baseline, text)
        y -= nominal * 1.1
    return y


def draw_signature_field(
    c: Canvas, x: float, y: float, label: Caption, line_from: float, right: float, value: str = ""
) -> None:
    """One field of a signature box (manifest, acceptance act): its grey label at ``x``, a
    dotted line from ``line_from`` to ``right`` to write on, and ``value`` (a printed name)
    on that line when given."""
    c.setFillGray(0.35)
    if label.second:
        draw_stacked(c, x, y + 6.5 * 0.85, label, FONT, 6.5)
    else:
        c.setFont(FONT, 6.5)
        c.drawString(x, y, label.first)
    c.setFillGray(0)
    c.setLineWidth(0.4)
    c.setDash(1, 2)
    c.line(line_from, y - 0.5 * MM, right, y - 0.5 * MM)
    c.setDash()
    if value:
        c.setFont(FONT, 8.5)
        c.drawString(
            line_from + 1 * MM, y + 0.3 * MM, fit(value, FONT, 8.5, right - line_from - 2 * MM)
        )


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


# -- tables of the day's manifest and the batch's acceptance act --------------------------

Row = TypeVar("Row")


def kg_total(grams: int) -> str:
    """A total weight in kg with thousands grouped: ``218 492.284``."""
    return group_thousands(Decimal(grams).scaleb(-3).quantize(Decimal("0.001")))


def paginate(rows: Sequence[Row], per_page: int, on_last_page: int) -> list[Sequence[Row]]:
    """Split ``rows`` into pages of ``per_page``; the last page holds at most
    ``on_last_page`` (it keeps room for the totals and signatures)."""
    pages: list[Sequence[Row]] = []
    i = 0
    while len(rows) - i > on_last_page:
        remaining = len(rows) - i
        take = per_page
        if remaining <= per_page:
            # share the rest with the last page rather than leave it with totals only
            take = remaining - remaining // 2
        pages.append(rows[i : i + take])
        i += take
    pages.append(rows[i:])
    return pages


def cell_anchor(x: float, w: float, align: str) -> float:
    """Where a cell's text is anchored: 1.2 mm in from its side, or its middle (``c``)."""
    if align == "r":
        return x + w - 1.2 * MM
    if align == "c":
        return x + w / 2
    return x + 1.2 * MM


def draw_cell(c: Canvas, x: float, w: float, baseline: float, text: str, align: str) -> None:
    """``text`` in the cell at ``x`` of width ``w``, aligned ``l``, ``c`` or ``r``."""
    anchor = cell_anchor(x, w, align)
    if align == "r":
        c.drawRightString(anchor, baseline, text)
    elif align == "c":
        c.drawCentredString(anchor, baseline, text)
    else:
        c.drawString(anchor, baseline, text)


def draw_table_head(
    c: Canvas,
    captions: Callable[[str], Caption],
    columns: Sequence[tuple[str, float, str]],
    col_x: Sequence[float],
    span: tuple[float, float],
    top: float,
    h: float,
    *,
    size: float,
    baseline_drop: float,
) -> float:
    """A grey header band of ``columns`` (caption key, width in mm, align) between the
    ``span``'s x0 and x1: a one-language caption in ``size`` pt, ``baseline_drop`` below
    ``top``; a bilingual one stacked in 7 pt. Returns the band's bottom."""
    x0, x1 = span
    c.setFillGray(0.88)
    c.rect(x0, top - h, x1 - x0, h, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.8)
    c.line(x0, top, x1, top)
    c.line(x0, top - h, x1, top - h)
    c.setFont(FONT_COND_BOLD, size)
    for (key, w, align), x in zip(columns, col_x, strict=True):
        cap = captions(key)
        if not cap.second:
            c.setFont(FONT_COND_BOLD, size)
            draw_cell(c, x, w * MM, top - baseline_drop, cap.first, align)
            continue
        draw_stacked(
            c,
            cell_anchor(x, w * MM, align),
            top - 1.2 * MM,
            cap,
            FONT_COND_BOLD,
            7,
            align=align,
            max_width=w * MM - 2.4 * MM,
        )
    return top - h
