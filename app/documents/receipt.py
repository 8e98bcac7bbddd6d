"""The customer's receipt (A4): what was paid, for which weight, the duty to expect at
destination, and the tracking number(s) with where to follow them.
"""

from __future__ import annotations

import functools
import io
import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents.captions import RECEIPT, Caption, Captions
from app.documents.common import (
    FONT,
    FONT_BOLD,
    MM,
    box,
    caption,
    code128,
    draw_lines,
    draw_pair,
    draw_stacked,
    fit,
    kg,
    money_text,
    new_canvas,
    pair_width,
    second_size,
    width,
    wrap,
)
from app.documents.data import ReceiptData, ReceiptFiscal
from app.documents.label import country_name, grouped
from app.domain.consignment import Party

W, H = A4
M = 15 * MM
X0, X1 = M, W - M
FOOTER_TOP = M + 4 * MM  # nothing above the footer line may come lower than this


def render_receipt(data: ReceiptData) -> bytes:
    """The receipt of one acceptance as a one-page PDF."""
    buf = io.BytesIO()
    first = data.pieces[0].s10 if data.pieces else data.acceptance_id
    c = new_canvas(buf, A4, title=f"Receipt {first}", subject="Acceptance receipt")
    _draw(c, data)
    c.showPage()
    c.save()
    return buf.getvalue()


def url_lines(url: str, max_width: float) -> list[str]:
    """A web address as people type it: no scheme, broken after ``?`` rather than mid-word."""
    text = url.removeprefix("https://").removeprefix("http://")
    head, sep, query = text.partition("?")
    parts = [head + sep, query] if query else [head]
    lines: list[str] = []
    for part in parts:
        lines += wrap(part, FONT_BOLD, 8.5, max_width, 2)
    return lines[:4]


QR_BORDER = 4  # modules of quiet zone around a QR code (reportlab's QrCodeWidget's default)


@functools.lru_cache(maxsize=32)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of the QR code (level M) of ``text``, row by row, as reportlab's
    ``QrCodeWidget`` encodes it.

    Kept for a while: the tracking link's code, encoded when the documents are made during
    the payment, is the same in the receipt rendered again with the payment's fiscal block.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` filling the ``size`` square at ``x``, ``y``, quiet zone
    included: the modules reportlab's ``QrCodeWidget`` draws, in the same places.

    Drawn straight into the page as one filled path, a rectangle per dark run of a row, in
    module units (whole numbers, scaled by the transform): the widget encoded the text
    twice and built a shape object per run, and reportlab formats every coordinate in
    Python, two thirds of the receipt's rendering time, which the clerk waits for after
    payment.
    """
    modules = qr_modules(text)
    box_size = size / (len(modules) + 2 * QR_BORDER)
    runs = []
    for r, row in enumerate(modules):
        col = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                runs.append(f"{col} {r} {n} 1 re")
            col += n
    c.saveState()
    c.setFillGray(0)
    # module (0, 0) is the top-left one inside the quiet zone; rows go down the page
    top_left = (x + QR_BORDER * box_size, y + size - QR_BORDER * box_size)
    c.transform(box_size, 0, 0, -box_size, *top_left)
    c.addLiteral("\n".join(runs) + "\nf")
    c.restoreState()


def _party(c: Canvas, x: float, top: float, w: float, title: Caption, p: Party) -> float:
    """Caption, the name (three lines at most), the address (five at most) and the country,
    wrapped rather than cut; returns the y under the last line, for the next block."""
    y = caption(c, x, top, title, 6.5, max_width=w) - 1 * MM
    y = draw_lines(c, x, y, wrap(p.name, FONT_BOLD, 9, w, 3), FONT_BOLD, 9, 11)
    body = "\n".join([*p.address.splitlines(), f"{p.postcode} {p.city}".strip()])
    lines = wrap(body, FONT, 8.5, w, 5) if body.strip() else []
    lines.append(fit(country_name(p.country), FONT, 8.5, w))
    return draw_lines(c, x, y, lines, FONT, 8.5, 10.5)


def _right_pair(c: Canvas, x_right: float, baseline: float, cap: Caption, value: str) -> None:
    """``cap`` followed by ``value``, right-aligned at ``x_right`` (the branch line)."""
    c.setFont(FONT, 8.5)
    c.drawRightString(x_right, baseline, value)
    draw_pair(c, x_right - width(" " + value, FONT, 8.5), baseline, cap, FONT, 8.5, align="r")


def _other_numbers(t: Captions, numbers: list[str], max_width: float) -> list[str]:
    """The other pieces' numbers on two lines; when they do not all fit, as many as fit and
    "+ N more in the table below" (the pieces table lists every number) instead of a
    number cut in the middle."""
    lines = wrap(", ".join(numbers), FONT, 8.5, max_width, 3)
    if len(lines) <= 2 and not lines[-1].endswith("…"):
        return lines
    for shown in range(len(numbers) - 1, 0, -1):
        more = t("+ {n} more in the table below", n=len(numbers) - shown).plain
        lines = wrap(", ".join(numbers[:shown]) + ", " + more, FONT, 8.5, max_width, 3)
        if len(lines) <= 2:
            return lines
    return wrap(t("+ {n} more in the table below", n=len(numbers)).plain, FONT, 8.5, max_width, 2)


def _lead_width(cap: Caption, size: float = 8.5) -> float:
    """Width of :func:`_lead`'s text, colon and space included."""
    colon_size = second_size(size) if cap.second else size
    return pair_width(cap, FONT, size) + width(": ", FONT, colon_size)


def _lead(c: Canvas, x: float, baseline: float, cap: Caption, size: float = 8.5) -> float:
    """ "Принял / Accepted by:" before a value on the same line; returns the width to skip."""
    w = draw_pair(c, x, baseline, cap, FONT, size)
    colon_size = second_size(size) if cap.second else size  # the colon follows the last text
    c.setFont(FONT, colon_size)
    c.drawString(x + w, baseline, ":")
    return _lead_width(cap, size)


def _watermark(c: Canvas, t: Captions) -> None:
    c.saveState()
    c.setFillGray(0.88)
    c.translate(W / 2, H / 2)
    c.rotate(40)
    # stacked, so the Russian and English marks both stay inside the page when rotated
    mark = t("DEMO – NOT VALID")
    size = 30 if mark.second else 40  # the Russian words are longer than the page is wide
    # the first baseline at 0 (as before) for one line; two lines straddle the centre
    draw_stacked(
        c, 0, size * (1.2 if mark.second else 0.85), mark, FONT_BOLD, size, ratio=0.6, align="c"
    )
    c.restoreState()


def _draw(c: Canvas, d: ReceiptData) -> None:
    t = Captions(RECEIPT, d.caption_lang)
    if d.demo:
        _watermark(c, t)
    top = H - M
    # header: the title on the left (Russian, then English under it); the branch on the
    # right, cut to 90 mm so the two never meet
    title = t("ACCEPTANCE RECEIPT")
    subtitle = t("Heavy parcel — international")
    c.setFont(FONT_BOLD, 16)
    c.drawString(X0, top - 6 * MM, fit(title.first, FONT_BOLD, 16, 88 * MM))
    if title.second:
        c.setFont(FONT_BOLD, 9.5)
        c.drawString(X0, top - 10.5 * MM, title.second)
        draw_pair(c, X0, top - 14.5 * MM, subtitle, FONT, 8.5, max_width=88 * MM)
    else:
        draw_pair(c, X0, top - 11 * MM, subtitle, FONT, 9, max_width=88 * MM)
    c.setFont(FONT_BOLD, 10)
    c.drawRightString(X1, top - 5 * MM, fit(d.branch_name, FONT_BOLD, 10, 90 * MM))
    _right_pair(c, X1, top - 9.5 * MM, t("Branch"), d.branch_code)
    c.setFont(FONT, 8.5)
    c.drawRightString(
        X1, top - 13.5 * MM, d.accepted_at_local.strftime("%d.%m.%Y %H:%M %Z").strip()
    )
    top -= 17 * MM
    c.setLineWidth(1.2)
    c.line(X0, top, X1, top)

    # tracking block: barcode, grouped number, where to track (with a QR code)
    top -= 4 * MM
    many = len(d.pieces) > 1
    caption(c, X0, top, t("TRACKING NUMBERS" if many else "TRACKING NUMBER"), 7, 95 * MM)
    if d.pieces:
        code128(
            c,
            d.pieces[0].s10,
            X0 - 2.5 * MM,
            top - 19 * MM,
            bar_height=13 * MM,
            max_width=75 * MM,
            module=0.33 * MM,
        )
        c.setFont(FONT_BOLD, 14)
        c.drawString(X0, top - 25 * MM, grouped(d.pieces[0].s10))
        if many:
            base = top - 27.5 * MM - 8.5 * 0.8
            lead = _lead(c, X0, base, t("Also"))
            rest = _other_numbers(t, [grouped(p.s10) for p in d.pieces[1:]], 95 * MM - lead)
            draw_lines(c, X0 + lead, top - 27.5 * MM, rest, FONT, 8.5, 10)
    qr_size = 30 * MM
    _qr(c, d.tracking_url, X1 - qr_size, top - qr_size - 1 * MM, qr_size)
    tx = X0 + 100 * MM
    tw = X1 - qr_size - tx - 3 * MM
    y = caption(c, tx, top, t("TRACK YOUR PARCEL AT"), 7, max_width=tw)
    draw_lines(c, tx, y - 1.3 * MM, url_lines(d.tracking_url, tw), FONT_BOLD, 8.5, 10.5)
    top -= 36 * MM

    # sender and addressee
    half = (X1 - X0) / 2
    # the parties take the room they need (at least the usual 30 mm): a long company name
    # or address pushes what follows down the page rather than being cut
    below = min(
        _party(c, X0, top, half - 5 * MM, t("SENDER"), d.sender),
        _party(c, X0 + half, top, half, t("ADDRESSEE"), d.addressee),
    )
    top = min(top - 30 * MM, below - 4 * MM)

    # Everything below the parties has a height known before drawing. When ten pieces,
    # long addresses and the bilingual notes would push the clerk's line into the footer,
    # the piece rows and the gaps between the blocks tighten (the text keeps its size).
    notes = t(NOTES)
    notes_first = wrap(notes.first, FONT, 8, X1 - X0, 4)
    notes_second = wrap(notes.second, FONT, 7, X1 - X0, 4) if notes.second else []
    accepted_by = t("Accepted by")
    clerk = wrap(d.clerk, FONT, 8.5, 98 * MM - _lead_width(accepted_by), 2)
    notes_h = len(notes_first) * 10 + (1 * MM + len(notes_second) * 8.5 if notes_second else 0)
    clerk_h = max(4 * MM + 6.5, (len(clerk) - 1) * 10 + 2.5)
    blocks = [f for f in (d.fiscal, d.fiscal_return) if f is not None]
    rest_h = _charges_height(d) + notes_h + clerk_h + FISCAL_H * len(blocks)
    row_h, gaps = 6 * MM, (12 * MM, 8 * MM, 10 * MM)
    if top - _pieces_height(t, d, row_h) - sum(gaps) - rest_h < FOOTER_TOP:
        row_h, gaps = 5 * MM, (7 * MM, 5 * MM, 7 * MM)

    top = _pieces(c, t, d, top, row_h)
    top -= gaps[0]
    top = _charges(c, t, d, top)
    for block in blocks:  # the sale's, then the return's after a void
        top = _fiscal(c, block, top - 3 * MM)
    top -= gaps[1]

    # what the customer should know: Russian first, then the English in smaller grey type
    top = draw_lines(c, X0, top, notes_first, FONT, 8, 10)
    if notes_second:
        c.setFillGray(0.3)
        top = draw_lines(c, X0, top - 1 * MM, notes_second, FONT, 7, 8.5)
        c.setFillGray(0)
    top -= gaps[2]
    lead = _lead(c, X0, top, accepted_by)
    # a long name (or the Russian "Принял / Accepted by") wraps rather than being cut
    draw_lines(c, X0 + lead, top + 8.5 * 0.8, clerk, FONT, 8.5, 10)
    c.setDash(1, 2)
    c.line(X0 + 100 * MM, top - 0.5 * MM, X1, top - 0.5 * MM)
    c.setDash()
    draw_pair(
        c,
        X0 + 100 * MM,
        top - 4 * MM,
        t("Clerk's signature and office stamp"),
        FONT,
        6.5,
        max_width=X1 - X0 - 100 * MM,
    )
    c.setFillGray(0.4)
    lead = draw_pair(c, X0, M, t("Acceptance"), FONT, 6.5) + width(" ", FONT, 6.5)
    c.setFont(FONT, 6.5)
    c.drawString(X0 + lead, M, d.acceptance_id)
    c.setFillGray(0)


FISCAL_H = 27 * MM


def _fiscal(c: Canvas, fiscal: ReceiptFiscal, top: float) -> float:
    """The fiscal register's data in two columns and the FNS check QR code on the right;
    returns the y under the block."""
    qr = 24 * MM
    if fiscal.qr_payload:  # the FNS check code; a GST invoice has none
        _qr(c, fiscal.qr_payload, X1 - qr, top - qr, qr)
    rows = [*fiscal.lines, *fiscal.vat_lines]
    start = top - 3.5 * MM
    if fiscal.demo:
        c.setFont(FONT_BOLD, 9)
        c.drawString(X0, start, "ДЕМО: НЕ ФИСКАЛЬНЫЙ ЧЕК / DEMO: NOT A FISCAL RECEIPT")
        start -= 4.5 * MM
    if rows and not rows[0][1]:
        # The heading ("КАССОВЫЙ ЧЕК / ВОЗВРАТ ПРИХОДА" is wider than a column) on its own line.
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(X0, start, rows.pop(0)[0])
        start -= 4 * MM
    half = (len(rows) + 1) // 2
    for col, chunk in enumerate((rows[:half], rows[half:])):
        y = start
        x = X0 + col * 62 * MM
        for label, value in chunk:
            c.setFont(FONT_BOLD if not value else FONT, 8.5)
            c.drawString(x, y, f"{label} {value}".strip())
            y -= 4 * MM
    return top - FISCAL_H


# the note under the charges (a key of RECEIPT)
NOTES = (
    "Keep this receipt until the parcel is delivered: it is your proof of posting and of "
    "the charges paid. Import duty and taxes, if any, are charged to the addressee by the "
    "customs of the destination country; the amount shown is an estimate from the "
    "declared value and the rules in force on the date of posting."
)

# pieces table: (caption key, width mm, right aligned)
PIECE_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("Piece", 14, False),
    ("Tracking number", 44, False),
    ("Gross kg", 24, True),
    ("Size L × W × H cm", 38, False),
    ("Volumetric kg", 28, True),
    ("Chargeable kg", 32, True),
)


def _head_height(t: Captions) -> float:
    # a bilingual head is two lines: Russian over the English
    return 9 * MM if t.bilingual else 6.5 * MM


def _pieces_height(t: Captions, d: ReceiptData, row_h: float) -> float:
    """Height of :func:`_pieces` down to the total row's baseline."""
    return _head_height(t) + len(d.pieces) * row_h + 4.5 * MM


def _pieces(c: Canvas, t: Captions, d: ReceiptData, top: float, row_h: float) -> float:
    """The pieces table with its total row; returns the y of the total row's top rule."""
    c.setLineWidth(0.6)
    c.line(X0, top, X1, top)
    head_h = _head_height(t)
    x = X0
    for key, w, right in PIECE_COLUMNS:
        cap = t(key)
        room = w * MM - 2 * MM
        if right:
            draw_stacked(
                c,
                x + w * MM - 1 * MM,
                top - 1.9 * MM,
                cap,
                FONT_BOLD,
                7.5,
                align="r",
                max_width=room,
            )
        else:
            draw_stacked(c, x + 1 * MM, top - 1.9 * MM, cap, FONT_BOLD, 7.5, max_width=room)
        x += w * MM
    top -= head_h
    c.line(X0, top, X1, top)
    n = len(d.pieces)
    c.setFont(FONT, 8.5)
    for i, p in enumerate(d.pieces, start=1):
        vals = (
            f"{i}/{n}",
            grouped(p.s10),
            kg(p.gross_grams),
            f"{p.length_mm / 10:g} × {p.width_mm / 10:g} × {p.height_mm / 10:g}",
            kg(p.volumetric_grams),
            kg(p.chargeable_grams),
        )
        x = X0
        for (_, w, right), v in zip(PIECE_COLUMNS, vals, strict=True):
            if right:
                c.drawRightString(x + w * MM - 1 * MM, top - row_h + 1.5 * MM, v)
            else:
                c.drawString(x + 1 * MM, top - row_h + 1.5 * MM, v)
            x += w * MM
        top -= row_h
    c.line(X0, top, X1, top)
    draw_pair(c, X0 + 1 * MM, top - 4.5 * MM, t("Total"), FONT_BOLD, 8.5, max_width=56 * MM)
    c.setFont(FONT_BOLD, 8.5)
    x_gross = X0 + (14 + 44 + 24) * MM
    c.drawRightString(x_gross - 1 * MM, top - 4.5 * MM, kg(d.gross_grams))
    c.drawRightString(X1 - 1 * MM, top - 4.5 * MM, kg(d.chargeable_grams))
    return top


def _duty_note_lines(d: ReceiptData) -> tuple[list[str], list[str]]:
    """The duty note wrapped: (first language at 7.5 pt, English after it at 6.5 pt)."""
    note = Caption(d.duty_note, d.duty_note_local)
    inner = X1 - X0 - 8 * MM
    first = wrap(note.first, FONT, 7.5, inner, 2) if note.first else []
    second = wrap(note.second, FONT, 6.5, inner, 2) if note.second else []
    return first, second


def _charges_height(d: ReceiptData) -> float:
    """Height of the charges frame drawn by :func:`_charges`."""
    first, second = _duty_note_lines(d)
    extra = len(d.business_rows()) * 6.5 * MM
    return max(38 * MM + extra, 39.5 * MM + extra + len(first) * 9 + len(second) * 8)


def _charges(c: Canvas, t: Captions, d: ReceiptData, top: float) -> float:
    """The framed charges: weight, value, category, postage paid, expected duty and its
    note. The frame is drawn last, around what was printed, so a bilingual note of more
    lines grows the frame instead of running out of it. Returns the y under the frame."""
    left, right = X0 + 4 * MM, X1 - 4 * MM
    rows: list[tuple[Caption, Caption, bool]] = [
        (t("Chargeable weight"), Caption(f"{kg(d.chargeable_grams)} kg"), False),
        (t("Declared value of contents"), Caption(money_text(d.declared_value)), False),
        (t("Customs category"), t.category(d.customs_category), False),
        (t("Postage paid"), Caption(money_text(d.fee)), True),
        *((t(key), Caption(value), False) for key, value in d.business_rows()),
    ]
    y = top - 7 * MM
    for label, value, strong in rows:
        font, size = (FONT_BOLD, 12) if strong else (FONT, 9.5)
        value_w = draw_pair(c, right, y, value, font, size, align="r", max_width=80 * MM)
        draw_pair(c, left, y, label, font, size, max_width=right - left - value_w - 4 * MM)
        y -= 8 * MM if strong else 6.5 * MM
    c.setLineWidth(0.4)
    c.line(left, y + 4 * MM, right, y + 4 * MM)
    y -= 1 * MM
    c.setFont(FONT_BOLD, 9.5)
    duty = money_text(d.duty) if d.duty is not None else "—"
    c.drawRightString(right, y, duty)
    room = right - left - width(duty, FONT_BOLD, 9.5) - 4 * MM
    draw_pair(c, left, y, t("Import duty expected at destination"), FONT, 9.5, max_width=room)
    y -= 2 * MM
    first, second = _duty_note_lines(d)
    y = draw_lines(c, left, y, first, FONT, 7.5, 9)
    if second:
        c.setFillGray(0.3)
        y = draw_lines(c, left, y, second, FONT, 6.5, 8)
        c.setFillGray(0)
    bottom = top - _charges_height(d)  # at least the English-only frame's 38 mm
    box(c, X0, bottom, X1 - X0, top - bottom, 1.0)
    return bottom
