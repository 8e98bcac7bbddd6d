"""The customer's receipt (A4): what was paid, for which weight, the duty to expect at
destination, and the tracking number(s) with where to follow them.
"""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents.common import (
    FONT,
    FONT_BOLD,
    MM,
    box,
    caption,
    code128,
    draw_lines,
    fit,
    kg,
    money_text,
    new_canvas,
    wrap,
)
from app.documents.data import ReceiptData
from app.documents.label import country_name, grouped
from app.domain.consignment import Party

W, H = A4
M = 15 * MM
X0, X1 = M, W - M


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


def _qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    d.add(widget)
    renderPDF.draw(d, c, x, y)


def _party(c: Canvas, x: float, top: float, w: float, title: str, p: Party) -> None:
    caption(c, x, top, title, 6.5)
    lines = [
        p.name,
        *p.address.splitlines(),
        f"{p.postcode} {p.city}".strip(),
        country_name(p.country),
    ]
    y = draw_lines(c, x, top - 3.5 * MM, [fit(lines[0], FONT_BOLD, 9, w)], FONT_BOLD, 9, 11)
    draw_lines(c, x, y, [fit(t, FONT, 8.5, w) for t in lines[1:] if t.strip()][:4], FONT, 8.5, 10.5)


def _draw(c: Canvas, d: ReceiptData) -> None:
    if d.demo:
        c.saveState()
        c.setFillGray(0.88)
        c.setFont(FONT_BOLD, 40)
        c.translate(W / 2, H / 2)
        c.rotate(40)
        c.drawCentredString(0, 0, "DEMO – NOT VALID")
        c.restoreState()
    top = H - M
    c.setFont(FONT_BOLD, 16)
    c.drawString(X0, top - 6 * MM, "ACCEPTANCE RECEIPT")
    c.setFont(FONT, 9)
    c.drawString(X0, top - 11 * MM, "Heavy parcel — international")
    c.setFont(FONT_BOLD, 10)
    c.drawRightString(X1, top - 5 * MM, fit(d.branch_name, FONT_BOLD, 10, 90 * MM))
    c.setFont(FONT, 8.5)
    c.drawRightString(X1, top - 9.5 * MM, f"Branch {d.branch_code}")
    c.drawRightString(
        X1, top - 13.5 * MM, d.accepted_at_local.strftime("%d.%m.%Y %H:%M %Z").strip()
    )
    top -= 17 * MM
    c.setLineWidth(1.2)
    c.line(X0, top, X1, top)

    # tracking block: barcode, grouped number, where to track (with a QR code)
    top -= 4 * MM
    caption(c, X0, top, "TRACKING NUMBER" + ("S" if len(d.pieces) > 1 else ""), 7)
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
        if len(d.pieces) > 1:
            c.setFont(FONT, 8.5)
            others = "Also: " + ", ".join(grouped(p.s10) for p in d.pieces[1:])
            draw_lines(c, X0, top - 27.5 * MM, wrap(others, FONT, 8.5, 95 * MM, 2), FONT, 8.5, 10)
    qr_size = 30 * MM
    _qr(c, d.tracking_url, X1 - qr_size, top - qr_size - 1 * MM, qr_size)
    tx = X0 + 100 * MM
    tw = X1 - qr_size - tx - 3 * MM
    caption(c, tx, top, "TRACK YOUR PARCEL AT", 7)
    draw_lines(c, tx, top - 4 * MM, url_lines(d.tracking_url, tw), FONT_BOLD, 8.5, 10.5)
    top -= 36 * MM

    # sender and addressee
    half = (X1 - X0) / 2
    _party(c, X0, top, half - 5 * MM, "SENDER", d.sender)
    _party(c, X0 + half, top, half, "ADDRESSEE", d.addressee)
    top -= 30 * MM

    # pieces
    cols = (
        ("Piece", 14),
        ("Tracking number", 44),
        ("Gross kg", 24),
        ("Size L × W × H cm", 38),
        ("Volumetric kg", 28),
        ("Chargeable kg", 32),
    )
    c.setLineWidth(0.6)
    c.line(X0, top, X1, top)
    x = X0
    c.setFont(FONT_BOLD, 7.5)
    for i, (title, w) in enumerate(cols):
        if i in (0, 1, 3):
            c.drawString(x + 1 * MM, top - 4.5 * MM, title)
        else:
            c.drawRightString(x + w * MM - 1 * MM, top - 4.5 * MM, title)
        x += w * MM
    top -= 6.5 * MM
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
        for j, ((_, w), v) in enumerate(zip(cols, vals, strict=True)):
            if j in (0, 1, 3):
                c.drawString(x + 1 * MM, top - 4.5 * MM, v)
            else:
                c.drawRightString(x + w * MM - 1 * MM, top - 4.5 * MM, v)
            x += w * MM
        top -= 6 * MM
    c.line(X0, top, X1, top)
    c.setFont(FONT_BOLD, 8.5)
    c.drawString(X0 + 1 * MM, top - 4.5 * MM, "Total")
    x_gross = X0 + (14 + 44 + 24) * MM
    c.drawRightString(x_gross - 1 * MM, top - 4.5 * MM, kg(d.gross_grams))
    c.drawRightString(X1 - 1 * MM, top - 4.5 * MM, kg(d.chargeable_grams))
    top -= 12 * MM

    # charges
    bh = 38 * MM
    box(c, X0, top - bh, X1 - X0, bh, 1.0)
    rows = [
        ("Chargeable weight", f"{kg(d.chargeable_grams)} kg", False),
        (
            "Declared value of contents",
            f"{money_text(d.declared_value)}  ({d.customs_category})",
            False,
        ),
        ("Postage paid", money_text(d.fee), True),
    ]
    y = top - 7 * MM
    for label, value, strong in rows:
        c.setFont(FONT_BOLD if strong else FONT, 12 if strong else 9.5)
        c.drawString(X0 + 4 * MM, y, label)
        c.drawRightString(X1 - 4 * MM, y, value)
        y -= 8 * MM if strong else 6.5 * MM
    c.setLineWidth(0.4)
    c.line(X0 + 4 * MM, y + 4 * MM, X1 - 4 * MM, y + 4 * MM)
    c.setFont(FONT, 9.5)
    c.drawString(X0 + 4 * MM, y - 1 * MM, "Import duty expected at destination")
    c.setFont(FONT_BOLD, 9.5)
    c.drawRightString(X1 - 4 * MM, y - 1 * MM, money_text(d.duty) if d.duty is not None else "—")
    if d.duty_note:
        c.setFont(FONT, 7.5)
        draw_lines(
            c,
            X0 + 4 * MM,
            y - 3 * MM,
            wrap(d.duty_note, FONT, 7.5, X1 - X0 - 8 * MM, 2),
            FONT,
            7.5,
            9,
        )
    top -= bh + 8 * MM

    c.setFont(FONT, 8)
    notes = (
        "Keep this receipt until the parcel is delivered: it is your proof of posting and of the charges paid. "
        "Import duty and taxes, if any, are charged to the addressee by the customs of the destination country; "
        "the amount shown is an estimate from the declared value and the rules in force on the date of posting."
    )
    top = draw_lines(c, X0, top, wrap(notes, FONT, 8, X1 - X0, 4), FONT, 8, 10)
    top -= 10 * MM
    c.setFont(FONT, 8.5)
    c.drawString(X0, top, f"Accepted by: {d.clerk}")
    c.setDash(1, 2)
    c.line(X0 + 100 * MM, top - 0.5 * MM, X1, top - 0.5 * MM)
    c.setDash()
    c.setFont(FONT, 6.5)
    c.drawString(X0 + 100 * MM, top - 4 * MM, "Clerk's signature and office stamp")
    c.setFillGray(0.4)
    c.drawString(X0, M, f"Acceptance {d.acceptance_id}")
    c.setFillGray(0)
