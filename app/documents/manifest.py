"""The daily dispatch manifest (A4 landscape), after Russia Post's Form 103 and the UPU CP 87.

Header on every page (branch, business day, manifest number as a Code 128, supervisor),
one row per piece, voided pieces shown struck through and marked VOIDED but not counted,
totals carried forward from page to page, page "n of m", and on the last page the grand
totals with signature boxes for the supervisor and the carrier's driver.

Pagination is computed before drawing (one line per row, long names are cut with an
ellipsis), so the page count is known up front and "n of m" needs no second pass.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.documents.common import (
    FONT,
    FONT_BOLD,
    FONT_COND,
    FONT_COND_BOLD,
    MM,
    code128,
    day_text,
    fit,
    group_thousands,
    kg,
    money_text,
    new_canvas,
    width,
)
from app.documents.data import ManifestData, ManifestRow
from app.domain.money import Money

PAGE = landscape(A4)
W, H = PAGE
M = 10 * MM
X0, X1 = M, W - M
ROW_H = 4.6 * MM
ROWS_PER_PAGE = 30
ROWS_ON_LAST_PAGE = 21  # the last page also carries the grand totals and signature boxes
TABLE_TOP = H - 36 * MM

# (caption, width mm, alignment: "l" left, "r" right, "c" centre)
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("No.", 10, "r"),
    ("Item (S10)", 27, "l"),
    ("Piece", 11, "c"),
    ("Consignment", 27, "l"),
    ("Dest.", 11, "c"),
    ("Addressee", 54, "l"),
    ("Gross kg", 20, "r"),
    ("Chargeable kg", 22, "r"),
    ("Declared value", 27, "r"),
    ("Fee", 26, "r"),
    ("Customs category", 24, "l"),
    ("Status", 18, "l"),
)
_COL_X: list[float] = []
_x = X0
for _c in COLUMNS:
    _COL_X.append(_x)
    _x += _c[1] * MM
del _x


@dataclass(slots=True)
class Totals:
    """Running totals of counted (not voided) pieces; money is summed per currency."""

    pieces: int = 0
    consignments: int = 0
    voided: int = 0
    gross_grams: int = 0
    chargeable_grams: int = 0
    value: dict[str, Decimal] = field(default_factory=dict)
    fees: dict[str, Decimal] = field(default_factory=dict)

    def add(self, row: ManifestRow) -> None:
        if row.voided:
            self.voided += 1
            return
        self.pieces += 1
        if row.piece_no == 1:
            self.consignments += 1
        self.gross_grams += row.gross_grams
        self.chargeable_grams += row.chargeable_grams
        for target, m in ((self.value, row.declared_value), (self.fees, row.fee)):
            if m is not None:
                target[m.currency] = target.get(m.currency, Decimal(0)) + m.quantized().amount

    def copy(self) -> Totals:
        return Totals(
            self.pieces,
            self.consignments,
            self.voided,
            self.gross_grams,
            self.chargeable_grams,
            dict(self.value),
            dict(self.fees),
        )


def totals_of(rows: Iterable[ManifestRow]) -> Totals:
    t = Totals()
    for r in rows:
        t.add(r)
    return t


def kg_total(grams: int) -> str:
    """A total weight in kg with thousands grouped: ``218 492.284``."""
    return group_thousands(Decimal(grams).scaleb(-3).quantize(Decimal("0.001")))


def money_sum_text(amounts: dict[str, Decimal]) -> str:
    return " + ".join(money_text(Money(a, cur)) for cur, a in sorted(amounts.items())) or "0"


def paginate(rows: Sequence[ManifestRow]) -> list[Sequence[ManifestRow]]:
    """Split rows into pages; the last page keeps room for totals and signatures."""
    pages: list[Sequence[ManifestRow]] = []
    i = 0
    while len(rows) - i > ROWS_ON_LAST_PAGE:
        remaining = len(rows) - i
        take = ROWS_PER_PAGE
        if remaining <= ROWS_PER_PAGE:
            # share the rest with the last page rather than leave it with totals only
            take = remaining - remaining // 2
        pages.append(rows[i : i + take])
        i += take
    pages.append(rows[i:])
    return pages


def render_manifest(data: ManifestData) -> bytes:
    """One manifest as PDF bytes."""
    return render_manifests([data])


def render_manifests(manifests: Sequence[ManifestData]) -> bytes:
    """Several manifests (e.g. all closes of one day) in one PDF, each paged on its own."""
    if not manifests:
        raise ValueError("no manifest to print")
    buf = io.BytesIO()
    c = new_canvas(
        buf, PAGE, title=f"Manifest {manifests[0].number}", subject="Daily dispatch manifest"
    )
    for data in manifests:
        _draw_manifest(c, data)
    c.save()
    return buf.getvalue()


def _draw_manifest(c: Canvas, d: ManifestData) -> None:
    pages = paginate(d.rows)
    running = Totals()
    number = 0
    for index, page_rows in enumerate(pages):
        last = index == len(pages) - 1
        _header(c, d, index + 1, len(pages))
        y = TABLE_TOP
        y = _table_head(c, y)
        if index > 0:
            y = _totals_row(c, y, "Brought forward", running, shaded=True)
        for row in page_rows:
            number += 1
            _row(c, y, number, row)
            running.add(row)
            y -= ROW_H
        c.setLineWidth(0.8)
        c.line(X0, y, X1, y)
        if last:
            y = _totals_row(c, y, "TOTAL", running, shaded=True, strong=True)
            _closing_block(c, d, running, y - 4 * MM)
        else:
            _totals_row(c, y, "Carried forward", running, shaded=True)
        c.showPage()


def _header(c: Canvas, d: ManifestData, page: int, pages: int) -> None:
    top = H - M
    c.setFont(FONT_BOLD, 15)
    title = "DAILY DISPATCH MANIFEST"
    c.drawString(X0, top - 6 * MM, title)
    c.setFont(FONT, 7.5)
    c.setFillGray(0.35)
    c.drawString(
        X0 + width(title, FONT_BOLD, 15) + 4 * MM,
        top - 6 * MM,
        "Parcel bill of the day — heavy parcels, international",
    )
    c.setFillGray(0)
    fields = (
        ("Branch", f"{d.branch_name} ({d.branch_code})"),
        ("Business day", day_text(d.business_day)),
        ("Manifest No.", d.number),
        ("Supervisor", d.supervisor or "—"),
        (
            "Closed at",
            d.closed_at_local.strftime("%d.%m.%Y %H:%M %Z").strip()
            if d.closed_at_local
            else "not closed",
        ),
    )
    y = top - 11.5 * MM
    for i, (label, value) in enumerate(fields):
        col_x = X0 + (i // 3) * 105 * MM
        row_y = y - (i % 3) * 4.6 * MM
        c.setFont(FONT, 7)
        c.setFillGray(0.35)
        c.drawString(col_x, row_y, label)
        c.setFillGray(0)
        c.setFont(FONT_BOLD, 8.5)
        c.drawString(col_x + 21 * MM, row_y, fit(value, FONT_BOLD, 8.5, 82 * MM))
    if d.provisional:
        c.setFont(FONT_BOLD, 11)
        c.setFillColorRGB(0.7, 0, 0)
        c.drawRightString(X1, top - 6 * MM, "PROVISIONAL — DAY NOT CLOSED")
        c.setFillGray(0)
    else:
        bar_w = 78 * MM
        code128(
            c,
            d.number,
            X1 - bar_w,
            top - 18 * MM,
            bar_height=12 * MM,
            max_width=bar_w,
            module=0.3 * MM,
        )
        c.setFont(FONT_BOLD, 9)
        c.drawRightString(X1 - 4 * MM, top - 22 * MM, d.number)
    if d.demo:
        c.setFont(FONT_BOLD, 9)
        c.setFillColorRGB(0.7, 0, 0)
        c.drawRightString(X1 - 82 * MM, top - 6 * MM, "DEMO DATA")
        c.setFillGray(0)
    # footer
    c.setFont(FONT, 7)
    c.drawString(
        X0, M - 4 * MM, f"Manifest {d.number} — {d.branch_code} — {day_text(d.business_day)}"
    )
    c.setFont(FONT_BOLD, 8)
    c.drawRightString(X1, M - 4 * MM, f"Page {page} of {pages}")


def _table_head(c: Canvas, top: float) -> float:
    h = 6 * MM
    c.setFillGray(0.88)
    c.rect(X0, top - h, X1 - X0, h, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.8)
    c.line(X0, top, X1, top)
    c.line(X0, top - h, X1, top - h)
    c.setFont(FONT_COND_BOLD, 7)
    for (title, w, align), x in zip(COLUMNS, _COL_X, strict=True):
        _cell(c, x, w * MM, top - 4 * MM, title, align)
    return top - h


def _cell(c: Canvas, x: float, w: float, baseline: float, text: str, align: str) -> None:
    if align == "r":
        c.drawRightString(x + w - 1.2 * MM, baseline, text)
    elif align == "c":
        c.drawCentredString(x + w / 2, baseline, text)
    else:
        c.drawString(x + 1.2 * MM, baseline, text)


def _row(c: Canvas, top: float, number: int, r: ManifestRow) -> None:
    if r.voided:
        c.setFillGray(0.9)
        c.rect(X0, top - ROW_H, X1 - X0, ROW_H, stroke=0, fill=1)
    elif number % 2 == 0:
        c.setFillGray(0.965)
        c.rect(X0, top - ROW_H, X1 - X0, ROW_H, stroke=0, fill=1)
    c.setFillGray(0.45 if r.voided else 0)
    base = top - 3.3 * MM
    c.setFont(FONT_COND, 7.5)
    cols = COLUMNS
    multi = r.piece_count > 1
    cells = (
        str(number),
        r.s10,
        f"{r.piece_no}/{r.piece_count}",
        r.consignment if multi else "",
        r.destination,
        fit(r.addressee, FONT_COND, 7.5, cols[5][1] * MM - 2.4 * MM),
        kg(r.gross_grams),
        kg(r.chargeable_grams),
        money_text(r.declared_value),
        money_text(r.fee),
        fit(r.category, FONT_COND, 7.5, cols[10][1] * MM - 2.4 * MM),
    )
    for (_, w, align), x, text in zip(cols, _COL_X, cells, strict=False):
        if text:
            _cell(c, x, w * MM, base, text, align)
    if r.voided:
        c.setFillGray(0)
        c.setFont(FONT_COND_BOLD, 7.5)
        _cell(c, _COL_X[11], cols[11][1] * MM, base, "VOIDED", "l")
        c.setLineWidth(0.5)
        c.line(_COL_X[1], top - ROW_H / 2, _COL_X[11] - 1 * MM, top - ROW_H / 2)
    c.setFillGray(0)


def _totals_row(
    c: Canvas, top: float, label: str, t: Totals, *, shaded: bool, strong: bool = False
) -> float:
    h = 5.2 * MM
    if shaded:
        c.setFillGray(0.88 if strong else 0.93)
        c.rect(X0, top - h, X1 - X0, h, stroke=0, fill=1)
        c.setFillGray(0)
    c.setLineWidth(0.8)
    c.line(X0, top - h, X1, top - h)
    base = top - 3.7 * MM
    font = FONT_COND_BOLD
    c.setFont(font, 7.5)
    c.drawString(_COL_X[1] + 1.2 * MM, base, label)
    counts = f"{t.pieces} pieces · {t.consignments} consignments"
    if t.voided:
        counts += f" · {t.voided} voided (not counted)"
    c.drawString(
        _COL_X[3] + 1.2 * MM, base, fit(counts, font, 7.5, _COL_X[6] - _COL_X[3] - 2.4 * MM)
    )
    _cell(c, _COL_X[6], COLUMNS[6][1] * MM, base, kg_total(t.gross_grams), "r")
    _cell(c, _COL_X[7], COLUMNS[7][1] * MM, base, kg_total(t.chargeable_grams), "r")
    for idx, amounts in ((8, t.value), (9, t.fees)):
        text = money_sum_text(amounts)
        w = COLUMNS[idx][1] * MM
        size = 7.5
        while size > 5 and width(text, font, size) > w - 2.4 * MM:
            size -= 0.5
        c.setFont(font, size)
        _cell(c, _COL_X[idx], w, base, text, "r")
        c.setFont(font, 7.5)
    return top - h


def _closing_block(c: Canvas, d: ManifestData, t: Totals, top: float) -> None:
    """Grand totals in words and figures, and the two signature boxes."""
    h = 34 * MM
    sw = 86 * MM
    summary_w = X1 - X0 - 2 * sw - 8 * MM
    c.setLineWidth(0.8)
    c.rect(X0, top - h, summary_w, h)
    c.setFont(FONT_BOLD, 8.5)
    c.drawString(X0 + 2 * MM, top - 5 * MM, "Summary of this manifest")
    lines = (
        ("Pieces dispatched", str(t.pieces)),
        ("Consignments", str(t.consignments)),
        ("Voided pieces (not dispatched)", str(t.voided)),
        ("Total gross weight", f"{kg_total(t.gross_grams)} kg"),
        ("Total chargeable weight", f"{kg_total(t.chargeable_grams)} kg"),
        ("Total fees", money_sum_text(t.fees)),
    )
    y = top - 10 * MM
    for label, value in lines:
        c.setFont(FONT, 8)
        c.drawString(X0 + 2 * MM, y, label)
        c.setFont(FONT_BOLD, 8)
        c.drawRightString(X0 + summary_w - 2 * MM, y, value)
        y -= 4.1 * MM
    boxes = (
        ("HANDED OVER BY — supervisor", d.supervisor, ("Name", "Signature", "Date and time")),
        (
            "RECEIVED BY — carrier's driver",
            "",
            ("Name", "Vehicle / seal No.", "Signature", "Date and time"),
        ),
    )
    x = X1 - 2 * sw - 4 * MM
    for title, name, fields in boxes:
        c.setLineWidth(1.0)
        c.rect(x, top - h, sw, h)
        c.setFont(FONT_BOLD, 8)
        c.drawString(x + 2 * MM, top - 5 * MM, title)
        step = (h - 9 * MM) / len(fields)
        fy = top - 9 * MM - step + 2 * MM
        for label in fields:
            c.setFont(FONT, 6.5)
            c.setFillGray(0.35)
            c.drawString(x + 2 * MM, fy, label)
            c.setFillGray(0)
            c.setLineWidth(0.4)
            c.setDash(1, 2)
            c.line(x + 27 * MM, fy - 0.5 * MM, x + sw - 3 * MM, fy - 0.5 * MM)
            c.setDash()
            if label == "Name" and name:
                c.setFont(FONT, 8.5)
                c.drawString(x + 28 * MM, fy + 0.3 * MM, fit(name, FONT, 8.5, sw - 32 * MM))
            fy -= step
        x += sw + 4 * MM
    c.setFont(FONT, 6.5)
    c.setFillGray(0.35)
    c.drawString(
        X0,
        top - h - 4 * MM,
        "Declared values and fees are shown on the first piece of each consignment; weights per piece. "
        f"Weights in kg. Amounts grouped by currency ({group_thousands(Decimal(1000))} = one thousand).",
    )
    c.setFillGray(0)


CSV_COLUMNS = (
    "manifest",
    "business_day",
    "row",
    "s10",
    "consignment",
    "piece",
    "pieces",
    "destination",
    "addressee",
    "gross_kg",
    "chargeable_kg",
    "declared_value",
    "value_currency",
    "fee",
    "fee_currency",
    "customs_category",
    "status",
)


def manifest_csv(manifests: Sequence[ManifestData]) -> str:
    """CSV text (comma separated, header row, one row per piece) of the manifests.

    Numbers use a dot as decimal separator and no grouping so spreadsheets and scripts
    read them exactly; write the text with ``encoding="utf-8-sig"`` for Excel.
    """
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for m in manifests:
        for i, r in enumerate(m.rows, start=1):
            w.writerow(
                (
                    m.number,
                    m.business_day.isoformat(),
                    i,
                    r.s10,
                    r.consignment,
                    r.piece_no,
                    r.piece_count,
                    r.destination,
                    r.addressee,
                    kg(r.gross_grams),
                    kg(r.chargeable_grams),
                    str(r.declared_value.quantized().amount) if r.declared_value else "",
                    r.declared_value.currency if r.declared_value else "",
                    str(r.fee.quantized().amount) if r.fee else "",
                    r.fee.currency if r.fee else "",
                    r.category,
                    "voided" if r.voided else "accepted",
                )
            )
    return out.getvalue()
