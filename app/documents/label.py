"""The 100 x 150 mm address label of one piece, as PDF.

Top to bottom: service and route with the piece number ("2/3"); the S10 as a Code 128
barcode with its grouped human-readable form; the addressee (largest, it is what sorters
read); the sender; gross weight, date, office of origin and handling marks.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pycountry
from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.pdfgen.canvas import Canvas

from app.documents.common import (
    FONT,
    FONT_BOLD,
    FONT_COND,
    FONT_COND_BOLD,
    MM,
    caption,
    code128,
    day_text,
    draw_lines,
    fit,
    kg,
    new_canvas,
    width,
    wrap,
)
from app.documents.data import LabelData
from app.domain.consignment import Party
from app.domain.s10 import parse as parse_s10

PAGE = (100 * MM, 150 * MM)
MARGIN = 3 * MM


def country_name(code: str) -> str:
    """English short name of an ISO 3166-1 alpha-2 code, upper case as on mail."""
    found = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if found is None:
        return code.upper()
    name = getattr(found, "common_name", None) or found.name
    return str(name).upper()


def grouped(s10: str) -> str:
    """The grouped form ``AA 473 124 829 GB``; an unparsable text is printed as it is."""
    try:
        return parse_s10(s10).grouped
    except ValueError:
        return s10


def render_label(data: LabelData) -> bytes:
    """One label as a one-page PDF."""
    return render_labels([data])


def render_labels(labels: Sequence[LabelData]) -> bytes:
    """Labels of several pieces, one page each, in one PDF (one print job)."""
    if not labels:
        raise ValueError("no labels to print")
    buf = io.BytesIO()
    c = new_canvas(buf, PAGE, title=f"Label {labels[0].s10}", subject="Parcel label")
    for data in labels:
        _draw_label(c, data)
        c.showPage()
    c.save()
    return buf.getvalue()


def _party_lines(p: Party) -> list[str]:
    place = " ".join(x for x in (p.postcode, p.city) if x)
    return [line for line in (*p.address.splitlines(), place) if line.strip()]


def _draw_label(c: Canvas, d: LabelData) -> None:
    w, h = PAGE
    left, right = MARGIN, w - MARGIN
    inner = right - left
    if d.demo:
        _demo_watermark(c)  # first, so the label prints over it
    c.setLineWidth(1.2)
    c.rect(left, MARGIN, inner, h - 2 * MARGIN)

    # Header: service, route and the piece number.
    top = h - MARGIN
    band = 17 * MM
    c.setLineWidth(1.2)
    c.line(left, top - band, right, top - band)
    piece_w = 27 * MM
    c.line(right - piece_w, top, right - piece_w, top - band)
    c.setFont(FONT_BOLD, 10)
    c.drawString(
        left + 2 * MM, top - 5 * MM, fit(d.service_name, FONT_BOLD, 10, inner - piece_w - 4 * MM)
    )
    route = f"{d.sender.country.upper()} \u2192 {d.addressee.country.upper()}"
    c.setFont(FONT_BOLD, 20)
    c.drawString(left + 2 * MM, top - 13.5 * MM, route)
    caption(c, right - piece_w + 1.5 * MM, top - 1 * MM, "PIECE / COLIS")
    c.setFont(FONT_BOLD, 22)
    c.drawCentredString(right - piece_w / 2, top - 13.5 * MM, f"{d.piece_no}/{d.piece_count}")

    # Barcode block.
    y = top - band
    caption(c, left + 2 * MM, y - 0.8 * MM, "ITEM No. / N° DE L'ENVOI")
    bar_h = 19 * MM
    bar_y = y - 4 * MM - bar_h
    module = 0.42 * MM
    max_w = inner - 4 * MM
    bw = _code_width(d.s10, module)
    bw = min(bw, max_w)
    code128(
        c, d.s10, left + (inner - bw) / 2, bar_y, bar_height=bar_h, max_width=max_w, module=module
    )
    c.setFont(FONT_BOLD, 15)
    c.drawCentredString(left + inner / 2, bar_y - 6 * MM, grouped(d.s10))
    y = bar_y - 8.5 * MM
    c.setLineWidth(1.2)
    c.line(left, y, right, y)

    # Addressee: the largest text on the label.
    caption(c, left + 2 * MM, y - 0.8 * MM, "TO / DESTINATAIRE")
    a = d.addressee
    tx = left + 3 * MM
    tw = inner - 6 * MM
    yy = y - 4.5 * MM
    yy = draw_lines(c, tx, yy, wrap(a.name, FONT_BOLD, 12, tw, 2), FONT_BOLD, 12, 13.5)
    addr = _party_lines(a)
    body = wrap("\n".join(addr[:-1]), FONT, 9.5, tw, 3) if len(addr) > 1 else []
    yy = draw_lines(c, tx, yy, body, FONT, 9.5, 11)
    if addr:
        yy = draw_lines(c, tx, yy, [fit(addr[-1], FONT_BOLD, 11, tw)], FONT_BOLD, 11, 12.5)
    yy = draw_lines(c, tx, yy, [fit(country_name(a.country), FONT_BOLD, 12, tw)], FONT_BOLD, 12, 13)
    if a.phone:
        draw_lines(c, tx, yy, [fit(f"Tel. {a.phone}", FONT, 8, tw)], FONT, 8, 9)
    y = 60 * MM
    c.setLineWidth(0.8)
    c.line(left, y, right, y)

    # Sender.
    caption(c, left + 2 * MM, y - 0.8 * MM, "FROM / EXPÉDITEUR")
    s = d.sender
    yy = y - 4 * MM
    yy = draw_lines(c, tx, yy, [fit(s.name, FONT_COND_BOLD, 9, tw)], FONT_COND_BOLD, 9, 10)
    sender_text = ", ".join([*_party_lines(s), country_name(s.country)])
    yy = draw_lines(c, tx, yy, wrap(sender_text, FONT_COND, 8, tw, 3), FONT_COND, 8, 9)
    if s.phone:
        draw_lines(c, tx, yy, [fit(f"Tel. {s.phone}", FONT_COND, 8, tw)], FONT_COND, 8, 9)
    y = 33 * MM
    c.setLineWidth(1.2)
    c.line(left, y, right, y)

    # Bottom band: weight, date and office, handling marks.
    col1 = 38 * MM
    c.line(left + col1, y, left + col1, MARGIN)
    caption(c, left + 2 * MM, y - 0.8 * MM, "GROSS WEIGHT / POIDS BRUT")
    c.setFont(FONT_BOLD, 17)
    c.drawString(left + 2 * MM, y - 11 * MM, kg(d.gross_grams))
    c.setFont(FONT_BOLD, 10)
    c.drawString(
        left + 2 * MM + width(kg(d.gross_grams), FONT_BOLD, 17) + 1 * MM, y - 11 * MM, "kg"
    )
    c.setFont(FONT, 7)
    c.drawString(left + 2 * MM, y - 17 * MM, f"Posted {day_text(d.accepted_on)}")
    office = wrap(d.office_of_origin, FONT, 6.5, col1 - 4 * MM, 2)
    draw_lines(c, left + 2 * MM, y - 18.5 * MM, office, FONT, 6.5, 7.5)
    if d.customs_category:
        c.setFont(FONT_BOLD, 7.5)
        c.drawString(left + 2 * MM, y - 26.5 * MM, "CN 23 ATTACHED")
        c.setFont(FONT, 6.5)
        c.drawString(left + 2 * MM, y - 29 * MM, fit(d.customs_category, FONT, 6.5, col1 - 4 * MM))

    mark_x = left + col1 + 2 * MM
    mark_w = right - mark_x - 2 * MM
    if d.handling_code == "mechanical_handling":
        mechanical_handling_mark(
            c, mark_x, MARGIN + 2 * MM, mark_w, y - MARGIN - 4 * MM, d.handling_band
        )
    elif d.two_person_lift:
        two_person_lift_mark(
            c,
            mark_x,
            MARGIN + 2 * MM,
            mark_w,
            y - MARGIN - 4 * MM,
            d.two_person_lift_grams,
            d.handling_band,
        )
    else:
        caption(c, mark_x, y - 0.8 * MM, "HANDLING / MANIPULATION")
        c.setFont(FONT, 8)
        c.drawString(mark_x, y - 8 * MM, "Heavy parcel: lift with care")


_CODE_WIDTHS: dict[tuple[int, float], float] = {}


def _code_width(value: str, module: float) -> float:
    """Width of the Code 128 of ``value``; S10 numbers all encode to the same width per shape."""
    key = (len(value), module)
    if key not in _CODE_WIDTHS:
        _CODE_WIDTHS[key] = float(
            Code128Auto(value, barWidth=module, barHeight=10, humanReadable=0, quiet=1).width
        )
    return _CODE_WIDTHS[key]


def two_person_lift_mark(
    c: Canvas, x: float, y: float, w: float, h: float, threshold_grams: int, band: str = ""
) -> None:
    """A black-framed handling mark: two people lifting a box, and the text under it."""
    c.setLineWidth(1.6)
    c.rect(x, y, w, h)
    c.setFillGray(0)
    cx = x + w / 2
    base = y + 9 * MM
    # the box carried between the two figures
    bw, bh = 9 * MM, 6 * MM
    c.setLineWidth(1.0)
    c.rect(cx - bw / 2, base + 3.5 * MM, bw, bh, stroke=1, fill=1)
    for side in (-1, 1):
        fx = cx + side * 9.5 * MM
        c.circle(fx, base + 13.2 * MM, 1.5 * MM, stroke=0, fill=1)
        c.setLineWidth(2.2)
        c.setLineCap(1)
        c.line(fx, base + 11.5 * MM, fx, base + 4.5 * MM)  # body
        c.line(fx, base + 4.5 * MM, fx - 2 * MM, base + 0.5 * MM)  # legs
        c.line(fx, base + 4.5 * MM, fx + 2 * MM, base + 0.5 * MM)
        c.line(fx, base + 10 * MM, cx + side * bw / 2, base + 7 * MM)  # arm to the box
    c.setLineCap(0)
    c.setFont(FONT_BOLD, 10)
    c.drawCentredString(cx, y + 4.8 * MM, "TWO-PERSON LIFT")
    c.setFont(FONT, 7)
    c.drawCentredString(
        cx, y + 1.6 * MM, band or f"over {kg(threshold_grams).rstrip('0').rstrip('.')} kg"
    )


def mechanical_handling_mark(c: Canvas, x: float, y: float, w: float, h: float, band: str) -> None:
    """A black-framed handling mark: a forklift carrying a box, and the text under it."""
    c.setLineWidth(1.6)
    c.rect(x, y, w, h)
    c.setFillGray(0)
    cx = x + w / 2
    base = y + 10 * MM
    # truck body with its cab, two wheels, the mast and the forks carrying a box
    c.rect(cx - 8 * MM, base + 1.5 * MM, 9 * MM, 5 * MM, stroke=0, fill=1)
    c.setLineWidth(1.2)
    c.rect(cx - 6.5 * MM, base + 6.5 * MM, 5 * MM, 5 * MM, stroke=1, fill=0)
    for wx in (cx - 6 * MM, cx - 0.5 * MM):
        c.circle(wx, base + 1.2 * MM, 1.5 * MM, stroke=0, fill=1)
    c.rect(cx + 1.5 * MM, base + 0.5 * MM, 1.2 * MM, 12 * MM, stroke=0, fill=1)  # mast
    c.setLineWidth(1.6)
    c.line(cx + 2.7 * MM, base + 1 * MM, cx + 9 * MM, base + 1 * MM)  # forks
    c.rect(cx + 3.2 * MM, base + 1.6 * MM, 5.5 * MM, 5 * MM, stroke=1, fill=1)  # the load
    c.setFont(FONT_BOLD, 9)
    c.drawCentredString(cx, y + 5.6 * MM, "MECHANICAL HANDLING")
    c.setFont(FONT, 6.5)
    c.drawCentredString(cx, y + 3.2 * MM, "pallet truck / forklift")
    c.drawCentredString(cx, y + 0.9 * MM, band)


def _demo_watermark(c: Canvas) -> None:
    w, h = c._pagesize  # reportlab exposes no public getter
    c.saveState()
    c.setFillGray(0.87)
    c.setFont(FONT_BOLD, 26)
    c.translate(w / 2, h / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, "DEMO – NOT FOR DISPATCH")
    c.restoreState()
