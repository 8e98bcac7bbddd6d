"""The acceptance act of a marketplace batch (A4 portrait), issue 17.

Header on every page (title with the list number as a Code 128, customer, contract, tax
id, branch, date, clerk), one row per accepted item (S10, declared, actual and difference
in kg; an item whose weight differs beyond the tolerance is shaded and marked), then the
items of the list that were not presented (missing), page "n of m", and on the last page
the totals (items accepted, missing, flagged, actual kg, fee, payment method) with the
signature boxes of the clerk and the customer's representative.

Pagination is computed before drawing (one line per row), so "n of m" needs no second
pass. At a Russian branch the captions print in Russian with the English after or under
them (``app.documents.captions.ACT``), as on the manifest.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents.captions import ACT, Caption, Captions
from app.documents.common import (
    FONT,
    FONT_BOLD,
    FONT_COND,
    FONT_COND_BOLD,
    MM,
    code128,
    day_text,
    draw_cell,
    draw_pair,
    draw_signature_field,
    draw_stacked,
    draw_table_head,
    fit,
    kg,
    kg_total,
    money_text,
    new_canvas,
    pair_width,
    width,
)
from app.documents.common import (
    paginate as paginate_rows,
)
from app.domain.money import Money

PAGE = A4
W, H = PAGE
M = 12 * MM
X0, X1 = M, W - M
ROW_H = 5 * MM
ROWS_PER_PAGE = 42
ROWS_ON_LAST_PAGE = 26  # the last page also carries the totals and the signature boxes
TABLE_TOP = H - 49 * MM

# (caption key of ACT, width mm, alignment "l" | "r" | "c"); 186 mm between the margins
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("No.", 12, "r"),
    ("Item (S10)", 30, "l"),
    ("Declared kg", 24, "r"),
    ("Actual kg", 24, "r"),
    ("Difference kg", 24, "r"),
    ("Weight check", 42, "l"),
    ("Fee", 30, "r"),
)
_COL_X: list[float] = []
_x = X0
for _c in COLUMNS:
    _COL_X.append(_x)
    _x += _c[1] * MM
del _x

METHOD_KEYS = {"cash": "Cash", "card": "Card", "account": "On account"}


@dataclass(frozen=True, slots=True)
class ActItem:
    """One parcel of the list: what it declared and, when accepted, what the counter found."""

    s10: str
    declared_grams: int | None
    actual_grams: int | None
    fee: Money | None
    flagged: bool = False

    @property
    def accepted(self) -> bool:
        return self.actual_grams is not None

    @property
    def difference_grams(self) -> int | None:
        if self.actual_grams is None or self.declared_grams is None:
            return None
        return self.actual_grams - self.declared_grams


@dataclass(frozen=True, slots=True)
class ActData:
    """Everything the act prints (built by ``app.services.batch_close.act_data``)."""

    number: str
    customer_code: str
    customer_name: str
    contract: str
    tax_id: str
    branch_name: str
    branch_code: str
    day: date
    closed_at_local: datetime | None
    clerk: str
    supervisor: str
    items: tuple[ActItem, ...]
    payment_method: str = ""  # cash | card | account | "" (list still open)
    paid: Money | None = None
    caption_lang: str = "en"
    demo: bool = False

    @property
    def accepted(self) -> tuple[ActItem, ...]:
        return tuple(i for i in self.items if i.accepted)

    @property
    def missing(self) -> tuple[ActItem, ...]:
        return tuple(i for i in self.items if not i.accepted)

    @property
    def flagged(self) -> int:
        return sum(1 for i in self.items if i.accepted and i.flagged)

    @property
    def actual_grams(self) -> int:
        return sum(i.actual_grams or 0 for i in self.items)

    def fee_total(self) -> dict[str, Decimal]:
        """Fees of the accepted items by currency (one currency in practice)."""
        out: dict[str, Decimal] = {}
        for i in self.accepted:
            if i.fee is not None:
                q = i.fee.quantized()
                out[q.currency] = out.get(q.currency, Decimal(0)) + q.amount
        return out


# A row of the table: an item, or the heading of the missing items' part.
_MISSING_HEAD = "missing-head"
Row = ActItem | str


def table_rows(data: ActData) -> list[Row]:
    """Accepted items in list order, then the missing items under their heading."""
    rows: list[Row] = list(data.accepted)
    if data.missing:
        rows.append(_MISSING_HEAD)
        rows.extend(data.missing)
    return rows


def paginate(rows: Sequence[Row]) -> list[Sequence[Row]]:
    """Split rows into pages; the last page keeps room for the totals and signatures."""
    return paginate_rows(rows, ROWS_PER_PAGE, ROWS_ON_LAST_PAGE)


def render_act(data: ActData) -> bytes:
    """The act as PDF bytes."""
    buf = io.BytesIO()
    c = new_canvas(buf, PAGE, title=f"Acceptance act {data.number}", subject="Acceptance act")
    t = Captions(ACT, data.caption_lang)
    pages = paginate(table_rows(data))
    number = 0
    for index, page_rows in enumerate(pages):
        _header(c, t, data, index + 1, len(pages))
        y = _table_head(c, t, TABLE_TOP, 8 * MM if t.bilingual else 6 * MM)
        for row in page_rows:
            if isinstance(row, str):
                _section_row(c, t, y, len(data.missing))
            else:
                number += 1
                _item_row(c, t, y, number, row)
            y -= ROW_H
        c.setLineWidth(0.8)
        c.line(X0, y, X1, y)
        if index == len(pages) - 1:
            _closing_block(c, t, data, y - 5 * MM)
        c.showPage()
    c.save()
    return buf.getvalue()


def _signed_kg(grams: int) -> str:
    return ("+" if grams > 0 else "") + kg(grams) if grams >= 0 else "−" + kg(-grams)


def _header(c: Canvas, t: Captions, d: ActData, page: int, pages: int) -> None:
    top = H - M
    bar_w = 62 * MM
    title_room = X1 - X0 - bar_w - 4 * MM
    c.setFillGray(0)
    draw_pair(
        c, X0, top - 6 * MM, t("ACCEPTANCE ACT"), FONT_BOLD, 15, ratio=0.7, max_width=title_room
    )
    draw_pair(
        c,
        X0,
        top - 12 * MM,
        t("Business customer's list No. {number}", number=d.number),
        FONT_BOLD,
        10,
        max_width=title_room,
    )
    code128(
        c, d.number, X1 - bar_w, top - 14 * MM, bar_height=11 * MM, max_width=bar_w, module=0.3 * MM
    )
    c.setFont(FONT_BOLD, 8.5)
    c.drawRightString(X1, top - 18 * MM, d.number)
    if d.demo:
        c.setFillColorRGB(0.7, 0, 0)
        mark = t("DEMO DATA")
        c.setFont(FONT_BOLD, 9)
        c.drawRightString(X1 - bar_w - 3 * MM, top - 4 * MM, mark.first)
        c.setFillGray(0)
    customer = d.customer_name or d.customer_code
    if d.customer_name and d.customer_code:
        customer = f"{d.customer_name} ({d.customer_code})"
    fields = (
        (t("Customer"), customer),
        (t("Contract No."), d.contract or "—"),
        (t("Tax ID"), d.tax_id or "—"),
        (t("Branch"), f"{d.branch_name} ({d.branch_code})" if d.branch_code else d.branch_name),
        (t("Date"), day_text(d.day)),
        (t("Clerk"), d.clerk or "—"),
    )
    col_x = (X0, X0 + 112 * MM)
    col_end = (col_x[1] - 3 * MM, X1)
    label_w = [
        max(pair_width(f[0], FONT, 7) for f in fields[col * 3 : col * 3 + 3]) + 2.5 * MM
        for col in (0, 1)
    ]
    for i, (label, value) in enumerate(fields):
        col = i // 3
        x = col_x[col]
        y = top - 24 * MM - (i % 3) * 4.6 * MM
        c.setFillGray(0.35)
        draw_pair(c, x, y, label, FONT, 7)
        c.setFillGray(0)
        room = col_end[col] - x - label_w[col]
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(x + label_w[col], y, fit(value, FONT_BOLD, 8.5, room))
    # footer
    c.setFont(FONT, 7)
    lead = draw_pair(c, X0, M - 5 * MM, t("Acceptance act"), FONT, 7)
    c.setFont(FONT, 7)
    c.drawString(X0 + lead, M - 5 * MM, f" {d.number} — {d.branch_code} — {day_text(d.day)}")
    draw_pair(
        c,
        X1,
        M - 5 * MM,
        t("Page {page} of {pages}", page=page, pages=pages),
        FONT_BOLD,
        8,
        align="r",
    )


def _table_head(c: Canvas, t: Captions, top: float, h: float) -> float:
    return draw_table_head(
        c, t, COLUMNS, _COL_X, (X0, X1), top, h, size=7.5, baseline_drop=4.2 * MM
    )


def _mark(c: Canvas, t: Captions, top: float, key: str) -> None:
    """The weight-check column's word (Russian over English on bilingual paper)."""
    cap = t(key)
    col = 5
    room = COLUMNS[col][1] * MM - 2.4 * MM
    if cap.second:
        draw_stacked(
            c, _COL_X[col] + 1.2 * MM, top - 0.3 * MM, cap, FONT_COND_BOLD, 6.2, max_width=room
        )
    else:
        c.setFont(FONT_COND_BOLD, 7.5)
        c.drawString(
            _COL_X[col] + 1.2 * MM, top - 3.6 * MM, fit(cap.first, FONT_COND_BOLD, 7.5, room)
        )


def _item_row(c: Canvas, t: Captions, top: float, number: int, item: ActItem) -> None:
    if item.flagged and item.accepted:
        c.setFillColorRGB(1.0, 0.88, 0.82)
        c.rect(X0, top - ROW_H, X1 - X0, ROW_H, stroke=0, fill=1)
    elif number % 2 == 0:
        c.setFillGray(0.965)
        c.rect(X0, top - ROW_H, X1 - X0, ROW_H, stroke=0, fill=1)
    c.setFillGray(0)
    base = top - 3.6 * MM
    diff = item.difference_grams
    cells = (
        str(number),
        item.s10,
        kg(item.declared_grams) if item.declared_grams is not None else "—",
        kg(item.actual_grams) if item.actual_grams is not None else "—",
        _signed_kg(diff) if diff is not None else "—",
        "",
        money_text(item.fee) if item.fee is not None else "—",
    )
    for (_, w, align), x, text in zip(COLUMNS, _COL_X, cells, strict=True):
        bold = item.flagged and align == "r" and text == cells[4]
        c.setFont(FONT_COND_BOLD if bold else FONT_COND, 8)
        if text:
            draw_cell(c, x, w * MM, base, text, align)
    if not item.accepted:
        _mark(c, t, top, "MISSING")
    elif item.flagged:
        c.setFillColorRGB(0.65, 0, 0)
        _mark(c, t, top, "WEIGHT DIFFERENCE")
        c.setFillGray(0)
    else:
        c.setFillGray(0.35)
        _mark(c, t, top, "ok")
        c.setFillGray(0)


def _section_row(c: Canvas, t: Captions, top: float, missing: int) -> None:
    c.setFillGray(0.9)
    c.rect(X0, top - ROW_H, X1 - X0, ROW_H, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.8)
    c.line(X0, top, X1, top)
    cap = t("Missing items: on the list, not presented ({n})", n=missing)
    draw_pair(c, X0 + 1.2 * MM, top - 3.6 * MM, cap, FONT_BOLD, 8, max_width=X1 - X0 - 2.4 * MM)


def _method(t: Captions, d: ActData) -> Caption:
    if not d.payment_method:
        return t("not paid: the list is still open")
    return t(METHOD_KEYS.get(d.payment_method, d.payment_method))


def _closing_block(c: Canvas, t: Captions, d: ActData, top: float) -> None:
    """The totals and the two signature boxes."""
    fees = " + ".join(money_text(Money(a, cur)) for cur, a in sorted(d.fee_total().items())) or "0"
    method = _method(t, d)
    lines: tuple[tuple[Caption, Caption], ...] = (
        (t("Items on the list"), Caption(str(len(d.items)))),
        (t("Items accepted"), Caption(str(len(d.accepted)))),
        (t("Missing items"), Caption(str(len(d.missing)))),
        (t("Weight differences flagged"), Caption(str(d.flagged))),
        (t("Total actual weight"), Caption(f"{kg_total(d.actual_grams)} kg")),
        (t("Total fee"), Caption(fees)),
        (t("Payment method"), method),
        (t("Closed by supervisor"), Caption(d.supervisor or "—")),
    )
    h = 44 * MM
    c.setLineWidth(0.8)
    c.rect(X0, top - h, X1 - X0, h)
    draw_pair(c, X0 + 2 * MM, top - 5 * MM, t("Totals of this act"), FONT_BOLD, 9)
    y = top - 11 * MM
    for label, value in lines:
        c.setFillGray(0)
        draw_pair(c, X1 - 2 * MM, y, value, FONT_BOLD, 8.5, align="r", max_width=90 * MM)
        draw_pair(c, X0 + 2 * MM, y, label, FONT, 8.5, max_width=80 * MM)
        y -= 4.1 * MM
    top -= h + 4 * MM
    sw = (X1 - X0 - 4 * MM) / 2
    sh = 32 * MM
    boxes = (
        ("ACCEPTED BY — clerk", d.clerk, ("Name", "Signature", "Date")),
        (
            "HANDED OVER BY — customer's representative",
            "",
            ("Name", "Power of attorney No.", "Signature", "Date"),
        ),
    )
    x = X0
    for title_key, name, field_keys in boxes:
        c.setLineWidth(1.0)
        c.rect(x, top - sh, sw, sh)
        title = t(title_key)
        if title.second:
            draw_stacked(c, x + 2 * MM, top - 1.8 * MM, title, FONT_BOLD, 8, max_width=sw - 4 * MM)
        else:
            c.setFont(FONT_BOLD, 8)
            c.drawString(x + 2 * MM, top - 5 * MM, fit(title.first, FONT_BOLD, 8, sw - 4 * MM))
        labels = [t(k) for k in field_keys]
        label_w = max(
            24 * MM,
            *(max(width(f.first, FONT, 6.5), width(f.second, FONT, 5.5)) + 4 * MM for f in labels),
        )
        head = 10 * MM if t.bilingual else 8 * MM
        step = (sh - head) / len(labels)
        fy = top - head - step + 2 * MM
        for key, label in zip(field_keys, labels, strict=True):
            value = name if key == "Name" else ""
            draw_signature_field(c, x + 2 * MM, fy, label, x + label_w, x + sw - 3 * MM, value)
            fy -= step
        x += sw + 4 * MM
    note = t(
        "Weights in kg; the difference is actual minus declared. Fees by the customer's "
        "contract. The customer's representative confirms the items and weights above."
    )
    c.setFillGray(0.35)
    c.setFont(FONT, 6.5)
    c.drawString(X0, top - sh - 4 * MM, fit(note.first, FONT, 6.5, X1 - X0))
    if note.second:
        c.setFont(FONT, 6)
        c.drawString(X0, top - sh - 6.6 * MM, fit(note.second, FONT, 6, X1 - X0))
    c.setFillGray(0)
