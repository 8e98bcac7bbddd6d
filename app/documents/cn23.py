"""The CN 23 customs declaration on A4, with continuation sheets for many content lines.

Field numbers follow the UPU form: (1) description, (2) quantity, (3) net weight,
(4) total gross weight, (5) value, (6) total value, (7) HS tariff number, (8) country
of origin, (9) postal charges, (10) category, (11) comments, (12) licence,
(13) certificate, (14) invoice, (15) date and sender's signature.

Weight and value of a content line are **totals of the line** (app.domain.customs), and
the column captions say so; the totals are the plain sums of the printed line values.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents.common import (
    FONT,
    FONT_BOLD,
    FONT_COND,
    FONT_COND_BOLD,
    MM,
    box,
    caption,
    checkbox,
    code128,
    day_text,
    draw_lines,
    fit,
    kg,
    money_text,
    new_canvas,
    width,
    wrap,
)
from app.documents.data import CN23Data
from app.documents.label import country_name, grouped
from app.domain.consignment import Party
from app.domain.customs import CATEGORY_LABELS, CustomsCategory, CustomsLine
from app.domain.money import Money, total

W, H = A4
M = 10 * MM
X0, X1 = M, W - M
FIRST_SHEET_LINES = 9
CONTINUATION_LINES = 30
ROW = 8 * MM

# content table columns: (caption, French caption, width in mm, right aligned)
COLUMNS: tuple[tuple[str, str, float, bool], ...] = (
    ("No.", "N°", 7, False),
    ("(1) Detailed description of contents", "Description détaillée du contenu", 63, False),
    ("(2) Quantity", "Quantité", 18, True),
    ("(3) Net weight of line (kg)", "Poids net (total)", 22, True),
    ("(5) Value of line (total)", "Valeur (total)", 28, True),
    ("(7) HS tariff No.", "N° tarifaire SH", 26, False),
    ("(8) Country of origin", "Pays d'origine", 26, False),
)

DECLARATION_TEXT = (
    "I, the undersigned, whose name and address are given on the item, certify that the "
    "particulars given in this declaration are correct and that this item does not contain any "
    "dangerous article or articles prohibited by legislation or by postal or customs regulations."
)
DECLARATION_TEXT_FR = (
    "Je certifie que les renseignements donnés dans la présente déclaration sont exacts et que cet "
    "envoi ne contient aucun objet dangereux ou interdit par la législation ou la réglementation "
    "postale ou douanière."
)

CATEGORY_ORDER = (
    (CustomsCategory.GIFT, "Cadeau"),
    (CustomsCategory.COMMERCIAL_SAMPLE, "Échantillon commercial"),
    (CustomsCategory.DOCUMENTS, "Documents"),
    (CustomsCategory.RETURNED_GOODS, "Marchandise retournée"),
    (CustomsCategory.SALE_OF_GOODS, "Vente de marchandises"),
    (CustomsCategory.OTHER, "Autre"),
)


SHORT_NAMES = {
    "RU": "Russia",
    "IR": "Iran",
    "KR": "South Korea",
    "KP": "North Korea",
    "VN": "Viet Nam",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "SY": "Syria",
    "LA": "Laos",
}


def origin_text(code: str) -> str:
    """``RU`` -> ``RU Russia``: the code first (what customs key in), then a short name."""
    if not code:
        return ""
    code = code.upper()
    name = SHORT_NAMES.get(code) or country_name(code).title()
    return f"{code} {name}"


def sheets_needed(line_count: int) -> int:
    """Number of pages: the main sheet plus continuation sheets."""
    extra = max(0, line_count - FIRST_SHEET_LINES)
    return 1 + -(-extra // CONTINUATION_LINES)


def render_cn23(data: CN23Data) -> bytes:
    """The CN 23 of one postal item as PDF bytes (one or more pages)."""
    return render_cn23s([data])


def render_cn23s(items: Sequence[CN23Data]) -> bytes:
    """The CN 23s of several postal items (one declaration each) in one PDF."""
    buf = io.BytesIO()
    first = items[0].item_ids[0] if items and items[0].item_ids else ""
    c = new_canvas(buf, A4, title=f"CN 23 {first}", subject="Customs declaration CN 23")
    for data in items:
        _draw_cn23(c, data)
    c.save()
    return buf.getvalue()


def cross_reference(data: CN23Data) -> str:
    """``Consignment CP…RU, piece 2 of 3`` (empty for a single-piece consignment)."""
    if data.piece_count <= 1:
        return ""
    return f"Consignment {data.consignment_ref}, piece {data.piece_no} of {data.piece_count}"


def _draw_cn23(c: Canvas, data: CN23Data) -> None:
    lines = data.declaration.lines
    n_sheets = sheets_needed(len(lines))
    _main_sheet(c, data, lines[:FIRST_SHEET_LINES], n_sheets)
    for k in range(1, n_sheets):
        start = FIRST_SHEET_LINES + (k - 1) * CONTINUATION_LINES
        c.showPage()
        _continuation_sheet(
            c, data, lines[start : start + CONTINUATION_LINES], start, k + 1, n_sheets
        )
    c.showPage()


def _y(top_mm: float) -> float:
    """Page y of a distance from the top edge (the form is designed top-down)."""
    return H - top_mm * MM


def _party_box(c: Canvas, x: float, top: float, w: float, h: float, title: str, p: Party) -> None:
    box(c, x, top - h, w, h)
    caption(c, x + 1.5 * MM, top - 1 * MM, title)
    tx, tw = x + 2 * MM, w - 4 * MM
    rows = [
        ("Name / Nom", p.name, FONT_BOLD),
        ("Street / Rue", p.address.replace("\n", ", "), FONT),
        ("Postcode, city / Code postal, localité", f"{p.postcode} {p.city}".strip(), FONT),
        ("Country / Pays", country_name(p.country), FONT_BOLD),
    ]
    y = top - 6.2 * MM
    for label, value, font in rows:
        c.setFillGray(0.35)
        c.setFont(FONT, 5.5)
        c.drawString(tx, y, label)
        c.setFillGray(0)
        y -= 3.4 * MM
        c.setFont(font, 8.5)
        c.drawString(tx, y, fit(value, font, 8.5, tw))
        y -= 2.5 * MM
    contact = "   ".join(v for v in (f"Tel. {p.phone}" if p.phone else "", p.email) if v)
    if contact:
        c.setFont(FONT, 7.5)
        c.drawString(tx, top - h + 1.8 * MM, fit(contact, FONT, 7.5, tw))


def _field(
    c: Canvas,
    x: float,
    top: float,
    w: float,
    h: float,
    title: str,
    value: str,
    size: float = 8.5,
    lines: int = 1,
) -> None:
    box(c, x, top - h, w, h)
    below = caption(c, x + 1.5 * MM, top - 1 * MM, title, 5.5, w - 3 * MM)
    if value:
        text = wrap(value, FONT, size, w - 4 * MM, lines)
        draw_lines(
            c, x + 2 * MM, min(top - 4.8 * MM, below - 0.6 * MM), text, FONT, size, size * 1.2
        )


def sender_references(data: CN23Data) -> list[str]:
    """The sender's customs references, one per line (GSTIN / tax ID, IEC, PBE)."""
    decl = data.declaration
    return [
        x
        for x in (
            f"Tax ID {data.sender.tax_id}" if data.sender.tax_id else "",
            f"IEC {decl.exporter_iec}" if decl.exporter_iec else "",
            f"PBE {decl.pbe_reference}" if decl.pbe_reference else "",
        )
        if x
    ]


def _sender_refs(c: Canvas, x: float, top: float, w: float, h: float, data: CN23Data) -> None:
    """Box "Sender's customs reference": each reference on its own line, wrapped, never cut.

    The font shrinks until every wrapped line fits the box; customs key these numbers in,
    so an ellipsis would make the declaration useless.
    """
    box(c, x, top - h, w, h)
    below = caption(
        c, x + 1.5 * MM, top - 1 * MM, "Sender's customs reference (if any)", 5.5, w - 3 * MM
    )
    refs = sender_references(data)
    if not refs:
        return
    text_top = min(top - 3.2 * MM, below - 0.4 * MM)
    room = text_top - (top - h) - 0.5 * MM
    for size in (7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5):
        text = [ln for ref in refs for ln in wrap(ref, FONT, size, w - 4 * MM, 99)]
        if len(text) * size * 1.1 <= room:
            break
    draw_lines(c, x + 2 * MM, text_top, text, FONT, size, size * 1.1)


def _title(c: Canvas, data: CN23Data, subtitle: str) -> None:
    c.setFont(FONT_BOLD, 13)
    c.drawString(X0, _y(15), "CUSTOMS DECLARATION")
    c.setFont(FONT, 9)
    c.drawString(X0, _y(19.5), "DÉCLARATION EN DOUANE")
    c.setFont(FONT, 7)
    c.drawString(X0 + 80 * MM, _y(15), "May be opened officially")
    c.drawString(X0 + 80 * MM, _y(18.5), "Peut être ouvert d'office")
    c.setFont(FONT_BOLD, 22)
    c.drawRightString(X1, _y(17.5), "CN 23")
    c.setFont(FONT, 7)
    c.drawRightString(X1, _y(21), subtitle)
    if data.demo:
        c.saveState()
        c.setFillGray(0.88)
        c.setFont(FONT_BOLD, 40)
        c.translate(W / 2, H / 2)
        c.rotate(40)
        c.drawCentredString(0, 0, "DEMO – NOT VALID")
        c.restoreState()


def _main_sheet(c: Canvas, data: CN23Data, lines: Sequence[CustomsLine], n_sheets: int) -> None:
    decl = data.declaration
    _title(c, data, f"Sheet 1 of {n_sheets}")
    left_w = 118 * MM
    right_x = X0 + left_w
    right_w = X1 - right_x
    top = _y(24)
    _party_box(c, X0, top, left_w, 36 * MM, "FROM / DE (sender / expéditeur)", data.sender)
    # item number with barcode
    box(c, right_x, top - 36 * MM, right_w, 36 * MM)
    caption(c, right_x + 1.5 * MM, top - 1 * MM, "No. of item (barcode) / N° de l'envoi")
    if data.item_ids:
        first = data.item_ids[0]
        code128(
            c,
            first,
            right_x + 3 * MM,
            top - 20 * MM,
            bar_height=13 * MM,
            max_width=right_w - 6 * MM,
            module=0.3 * MM,
        )
        c.setFont(FONT_BOLD, 10)
        c.drawCentredString(right_x + right_w / 2, top - 24.5 * MM, grouped(first))
        if cross_reference(data):
            c.setFont(FONT_COND, 6.5)
            draw_lines(
                c,
                right_x + 2 * MM,
                top - 27 * MM,
                wrap(cross_reference(data), FONT_COND, 6.5, right_w - 4 * MM, 3),
                FONT_COND,
                6.5,
                7.2,
            )
    top -= 36 * MM
    _party_box(c, X0, top, left_w, 36 * MM, "TO / À (addressee / destinataire)", data.addressee)
    _sender_refs(c, right_x, top, right_w, 12 * MM, data)
    importer_ref = decl.importer_reference or data.addressee.tax_id
    _field(
        c,
        right_x,
        top - 12 * MM,
        right_w,
        12 * MM,
        "Importer's reference (tax code / VAT No. / importer code)",
        importer_ref,
        8,
    )
    contact = decl.importer_contact or "  ".join(
        x for x in (data.addressee.phone, data.addressee.email) if x
    )
    _field(
        c,
        right_x,
        top - 24 * MM,
        right_w,
        12 * MM,
        "Importer's telephone / fax / e-mail",
        contact,
        7.5,
        2,
    )
    top -= 36 * MM

    top = _content_table(c, top, lines, 0, FIRST_SHEET_LINES)
    remaining = len(decl.lines) - len(lines)
    # totals of the whole declaration (all sheets)
    th = 14 * MM
    col = [w * MM for _, _, w, _ in COLUMNS]
    net_total = sum(line.net_grams for line in decl.lines)
    value_total = decl.total_value
    box(c, X0, top - th, sum(col[:3]), th)
    c.setFont(FONT, 7)
    note = (
        f"Lines {FIRST_SHEET_LINES + 1}–{len(decl.lines)} on continuation sheet(s), "
        f"{n_sheets - 1} attached"
        if remaining > 0
        else f"{len(decl.lines)} content line(s)"
    )
    draw_lines(
        c, X0 + 2 * MM, top - 1.5 * MM, wrap(note, FONT, 7, sum(col[:3]) - 4 * MM, 2), FONT, 7, 8
    )
    x = X0 + sum(col[:3])
    _total_cell(
        c,
        x,
        top,
        col[3],
        th,
        "(4) Total gross weight (kg)",
        kg(data.gross_grams),
        f"net {kg(net_total)}",
    )
    x += col[3]
    _total_cell(c, x, top, col[4], th, "(6) Total value", money_text(value_total), "")
    x += col[4]
    _total_cell(
        c,
        x,
        top,
        col[5] + col[6],
        th,
        "(9) Postal charges / Frais",
        money_text(data.postal_charges),
        "",
    )
    top -= th

    # (10) category and (11) comments
    cat_h = 30 * MM
    cat_w = 118 * MM
    box(c, X0, top - cat_h, cat_w, cat_h)
    caption(c, X0 + 1.5 * MM, top - 1 * MM, "(10) Category of item / Catégorie de l'envoi", 5.5)
    for i, (cat, fr) in enumerate(CATEGORY_ORDER):
        cx = X0 + 3 * MM + (i % 2) * 58 * MM
        cy = top - 8 * MM - (i // 2) * 7 * MM
        chosen = decl.category == cat
        checkbox(c, cx, cy, 3.4 * MM, chosen)
        font = FONT_BOLD if chosen else FONT
        c.setFont(font, 7.5)
        c.drawString(cx + 4.8 * MM, cy + 1.4 * MM, CATEGORY_LABELS[cat])
        c.setFillGray(0.35)
        c.setFont(FONT, 6)
        c.drawString(cx + 4.8 * MM, cy - 1.2 * MM, fr)
        c.setFillGray(0)
    expl = decl.category_explanation if decl.category == CustomsCategory.OTHER else ""
    c.setFont(FONT, 5.5)
    c.setFillGray(0.35)
    c.drawString(X0 + 3 * MM, top - 27.5 * MM, "Explanation / Explication:")
    c.setFillGray(0)
    c.setFont(FONT, 7.5)
    c.drawString(X0 + 27 * MM, top - 27.5 * MM, fit(expl, FONT, 7.5, cat_w - 30 * MM))
    _field(
        c,
        X0 + cat_w,
        top,
        X1 - X0 - cat_w,
        cat_h,
        "(11) Comments (e.g. goods subject to quarantine, sanitary / phytosanitary inspection or other restrictions)",
        decl.comments,
        7.5,
        5,
    )
    top -= cat_h

    # (12) licence, (13) certificate, (14) invoice
    third = (X1 - X0) / 3
    _field(
        c, X0, top, third, 11 * MM, "(12) Licence No(s). / N° de(s) licence(s)", decl.licence_number
    )
    _field(
        c,
        X0 + third,
        top,
        third,
        11 * MM,
        "(13) Certificate No(s). / N° de(s) certificat(s)",
        decl.certificate_number,
    )
    _field(
        c,
        X0 + 2 * third,
        top,
        third,
        11 * MM,
        "(14) Invoice No. / N° de la facture",
        decl.invoice_number,
    )
    top -= 11 * MM

    # office of origin, date of posting, (15) declaration and signature
    oh = 30 * MM
    ow = 62 * MM
    _field(
        c, X0, top, ow, oh / 2, "Office of origin / Bureau d'origine", data.office_of_origin, 8, 2
    )
    _field(
        c,
        X0,
        top - oh / 2,
        ow,
        oh / 2,
        "Date of posting / Date du dépôt",
        day_text(data.posting_date),
        10,
    )
    box(c, X0 + ow, top - oh, X1 - X0 - ow, oh)
    tx, tw = X0 + ow + 2 * MM, X1 - X0 - ow - 4 * MM
    y = draw_lines(c, tx, top - 1.5 * MM, wrap(DECLARATION_TEXT, FONT, 6.5, tw, 4), FONT, 6.5, 7.4)
    c.setFillGray(0.35)
    y = draw_lines(c, tx, y - 0.5 * MM, wrap(DECLARATION_TEXT_FR, FONT, 5.8, tw, 3), FONT, 5.8, 6.6)
    c.setFillGray(0)
    c.setFont(FONT, 6)
    c.drawString(
        tx,
        top - oh + 2 * MM,
        "(15) Date and sender's signature / Date et signature de l'expéditeur",
    )
    c.setFont(FONT, 9)
    c.drawString(tx, top - oh + 6.5 * MM, day_text(data.posting_date))
    c.setLineWidth(0.4)
    c.setDash(1, 2)
    c.line(tx + 25 * MM, top - oh + 6 * MM, X1 - 3 * MM, top - oh + 6 * MM)
    c.setDash()
    top -= oh
    c.setFont(FONT, 6)
    c.setFillGray(0.35)
    c.drawString(
        X0,
        top - 4 * MM,
        "Weights and values of content lines are totals for the whole line (all units). Totals (4), (6) cover all sheets.",
    )
    c.setFillGray(0)


def _total_cell(
    c: Canvas, x: float, top: float, w: float, h: float, title: str, value: str, sub: str
) -> None:
    box(c, x, top - h, w, h, 0.9)
    caption(c, x + 1.5 * MM, top - 1 * MM, title, 5.5, w - 2.5 * MM)
    size = 9.5
    while size > 6 and width(value, FONT_BOLD, size) > w - 3 * MM:
        size -= 0.5
    c.setFont(FONT_BOLD, size)
    c.drawRightString(x + w - 1.5 * MM, top - 9 * MM, value)
    if sub:
        c.setFont(FONT, 5.8)
        c.drawString(x + 1.5 * MM, top - h + 1.2 * MM, sub)


def _content_table(
    c: Canvas, top: float, lines: Sequence[CustomsLine], first_index: int, rows: int
) -> float:
    """Draw the content table with ``rows`` row slots; returns the y below it."""
    col = [w * MM for _, _, w, _ in COLUMNS]
    head_h = 8 * MM
    x = X0
    for (title, fr, _, _), w in zip(COLUMNS, col, strict=True):
        box(c, x, top - head_h, w, head_h)
        text = wrap(title, FONT_COND_BOLD, 6.5, w - 2 * MM, 2)
        y = draw_lines(c, x + 1 * MM, top - 1 * MM, text, FONT_COND_BOLD, 6.5, 7)
        c.setFillGray(0.35)
        draw_lines(
            c,
            x + 1 * MM,
            min(y, top - 5.2 * MM),
            [fit(fr, FONT_COND, 5.5, w - 2 * MM)],
            FONT_COND,
            5.5,
            6,
        )
        c.setFillGray(0)
        x += w
    top -= head_h
    for r in range(rows):
        x = X0
        for w in col:
            box(c, x, top - ROW, w, ROW, 0.4)
            x += w
        if r < len(lines):
            _content_row(c, top, col, first_index + r + 1, lines[r])
        top -= ROW
    return top


def _content_row(c: Canvas, top: float, col: list[float], number: int, line: CustomsLine) -> None:
    cells = [
        str(number),
        line.description,
        f"{line.quantity} {line.unit}",
        kg(line.net_grams),
        money_text(line.value.quantized()),
        line.hs_code,
        origin_text(line.origin_country),
    ]
    x = X0
    for i, (text, w) in enumerate(zip(cells, col, strict=True)):
        right = COLUMNS[i][3]
        if i == 1:
            desc = wrap(text, FONT, 7, w - 2.4 * MM, 2)
            y0 = top - (1.3 * MM if len(desc) > 1 else 2.7 * MM)
            draw_lines(c, x + 1.2 * MM, y0, desc, FONT, 7, 8)
        elif right:
            c.setFont(FONT, 7.5)
            c.drawRightString(x + w - 1.2 * MM, top - 5 * MM, fit(text, FONT, 7.5, w - 2.4 * MM))
        else:
            font = FONT_COND if i == 6 else FONT
            c.setFont(font, 7.5)
            c.drawString(x + 1.2 * MM, top - 5 * MM, fit(text, font, 7.5, w - 2.4 * MM))
        x += w


def _continuation_sheet(
    c: Canvas,
    data: CN23Data,
    lines: Sequence[CustomsLine],
    first_index: int,
    sheet: int,
    n_sheets: int,
) -> None:
    _title(c, data, f"Continuation sheet / Feuille annexe — sheet {sheet} of {n_sheets}")
    top = _y(24)
    first = data.item_ids[0] if data.item_ids else ""
    box(c, X0, top - 12 * MM, X1 - X0, 12 * MM)
    caption(
        c,
        X0 + 1.5 * MM,
        top - 1 * MM,
        "No. of item / N° de l'envoi — sender / expéditeur — addressee / destinataire",
        5.5,
    )
    c.setFont(FONT_BOLD, 9)
    c.drawString(X0 + 2 * MM, top - 8.5 * MM, grouped(first))
    c.setFont(FONT, 8)
    c.drawString(
        X0 + 45 * MM,
        top - 8.5 * MM,
        fit(f"{data.sender.name}  →  {data.addressee.name}", FONT, 8, X1 - X0 - 48 * MM),
    )
    top -= 15 * MM
    top = _content_table(c, top, lines, first_index, len(lines))
    col = [w * MM for _, _, w, _ in COLUMNS]
    th = 12 * MM
    currency = data.declaration.currency
    sub_value = (
        total([ln.value.quantized() for ln in lines], currency) if lines else Money.zero(currency)
    )
    box(c, X0, top - th, sum(col[:3]), th)
    c.setFont(FONT, 7.5)
    c.drawString(
        X0 + 2 * MM,
        top - 5.5 * MM,
        f"Subtotal of this sheet (lines {first_index + 1}–{first_index + len(lines)})",
    )
    x = X0 + sum(col[:3])
    _total_cell(c, x, top, col[3], th, "Net weight (kg)", kg(sum(ln.net_grams for ln in lines)), "")
    _total_cell(c, x + col[3], top, col[4], th, "Value", money_text(sub_value), "")
    top -= th + 8 * MM
    c.setFont(FONT, 6.5)
    c.drawString(X0, top, "Totals (4), (6) and (9) for the whole item are on sheet 1.")
    c.drawString(X0 + 92 * MM, top, "(15) Date and sender's signature:")
    c.setFont(FONT, 9)
    c.drawString(X0 + 132 * MM, top, day_text(data.posting_date))
    c.setDash(1, 2)
    c.line(X0 + 152 * MM, top - 0.5 * MM, X1, top - 0.5 * MM)
    c.setDash()
