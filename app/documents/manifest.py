"""The daily dispatch manifest (A4 landscape), after Russia Post's Form 103 and the UPU CP 87.

Header on every page (branch, business day, manifest number as a Code 128, supervisor),
one row per piece, voided pieces shown struck through and marked VOIDED but not counted,
totals carried forward from page to page, page "n of m", and on the last page the grand
totals with signature boxes for the supervisor and the carrier's driver.

Pagination is computed before drawing (one line per row, long names are cut with an
ellipsis), so the page count is known up front and "n of m" needs no second pass.

At a Russian branch every caption prints in Russian with the English after it or under it
(``app.documents.captions.MANIFEST``); the bilingual layout has a taller table head and
totals rows but the same number of rows per page, so pagination does not depend on the
language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.documents.captions import MANIFEST, Caption, Captions
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
    group_thousands,
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
from app.documents.data import ManifestData, ManifestRow
from app.documents.safe_text import csv_cell
from app.domain.money import Money
from app.domain.transliteration import to_latin

PAGE = landscape(A4)
W, H = PAGE
M = 10 * MM
X0, X1 = M, W - M
ROW_H = 4.6 * MM
ROWS_PER_PAGE = 30
ROWS_ON_LAST_PAGE = 21  # the last page also carries the grand totals and signature boxes
TABLE_TOP = H - 36 * MM


@dataclass(frozen=True, slots=True)
class Layout:
    """Vertical measures that differ between English-only and bilingual paper.

    Bilingual: the header has a second title line, the table head and the totals rows
    carry the English under the Russian. Both fit ``ROWS_PER_PAGE`` rows above the footer
    (checked by rendering; see tests/unit/test_document_language.py).
    """

    table_top: float
    head_h: float
    totals_h: float
    fields_top: float  # baseline of the first header field, below the page top margin
    field_step: float
    box_head: float  # height of a signature box's title


ENGLISH_LAYOUT = Layout(TABLE_TOP, 6 * MM, 5.2 * MM, 11.5 * MM, 4.6 * MM, 9 * MM)
BILINGUAL_LAYOUT = Layout(H - 38 * MM, 8 * MM, 6.8 * MM, 14 * MM, 4.4 * MM, 10 * MM)

# (caption key of MANIFEST, width mm, alignment: "l" left, "r" right, "c" centre)
COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("No.", 10, "r"),
    ("Item (S10)", 27, "l"),
    ("Piece", 11, "c"),
    ("Consignment", 27, "l"),
    ("Dest.", 11, "c"),
    ("Addressee", 50, "l"),
    ("Gross kg", 20, "r"),
    ("Chargeable kg", 22, "r"),
    ("Declared value", 27, "r"),
    ("Fee", 26, "r"),
    ("Customs category", 24, "l"),
    ("Status", 22, "l"),  # room for "АННУЛИРОВАНО" over "VOIDED"
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


def money_sum_text(amounts: dict[str, Decimal]) -> str:
    return " + ".join(money_text(Money(a, cur)) for cur, a in sorted(amounts.items())) or "0"


def paginate(rows: Sequence[ManifestRow]) -> list[Sequence[ManifestRow]]:
    """Split rows into pages; the last page keeps room for totals and signatures."""
    return paginate_rows(rows, ROWS_PER_PAGE, ROWS_ON_LAST_PAGE)


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
    t = Captions(MANIFEST, d.caption_lang)
    lay = BILINGUAL_LAYOUT if t.bilingual else ENGLISH_LAYOUT
    pages = paginate(d.rows)
    running = Totals()
    number = 0
    for index, page_rows in enumerate(pages):
        last = index == len(pages) - 1
        _header(c, t, lay, d, index + 1, len(pages))
        y = _table_head(c, t, lay.table_top, lay.head_h)
        if index > 0:
            y = _totals_row(c, t, lay, y, "Brought forward", running, shaded=True)
        for row in page_rows:
            number += 1
            _row(c, t, y, number, row)
            running.add(row)
            y -= ROW_H
        c.setLineWidth(0.8)
        c.line(X0, y, X1, y)
        if last:
            y = _totals_row(c, t, lay, y, "TOTAL", running, shaded=True, strong=True)
            _closing_block(c, t, lay, d, running, y - 4 * MM)
        else:
            _totals_row(c, t, lay, y, "Carried forward", running, shaded=True)
        c.showPage()


def _header(c: Canvas, t: Captions, lay: Layout, d: ManifestData, page: int, pages: int) -> None:
    top = H - M
    # the title may run up to the "DEMO DATA" mark left of the barcode
    title_room = X1 - X0 - 82 * MM - 24 * MM
    title = t("DAILY DISPATCH MANIFEST")
    subtitle = t("Parcel bill of the day — heavy parcels, international")
    c.setFillGray(0)
    title_w = draw_pair(c, X0, top - 6 * MM, title, FONT_BOLD, 15, ratio=0.7, max_width=title_room)
    c.setFillGray(0.35)
    if subtitle.second:  # no room beside the bilingual title: a line of its own under it
        draw_pair(c, X0, top - 10 * MM, subtitle, FONT, 7.5, max_width=title_room)
    else:
        c.setFont(FONT, 7.5)
        c.drawString(X0 + title_w + 4 * MM, top - 6 * MM, subtitle.first)
    c.setFillGray(0)
    closed = (
        Caption(d.closed_at_local.strftime("%d.%m.%Y %H:%M %Z").strip())
        if d.closed_at_local
        else t("not closed")
    )
    fields = (
        (t("Branch"), Caption(f"{d.branch_name} ({d.branch_code})")),
        (t("Business day"), Caption(day_text(d.business_day))),
        (t("Manifest No."), Caption(d.number)),
        (t("Supervisor"), Caption(d.supervisor or "—")),
        (t("Closed at"), closed),
    )
    # two columns of three fields; a bilingual label column is as wide as its widest label
    col_x = (X0, X0 + (112 if t.bilingual else 105) * MM)
    col_end = (col_x[1] - 3 * MM, X1 - 82 * MM)
    label_w = [21 * MM, 21 * MM]
    if t.bilingual:
        for col in (0, 1):
            labels = [f[0] for i, f in enumerate(fields) if i // 3 == col]
            label_w[col] = max(pair_width(cap, FONT, 7) for cap in labels) + 2.5 * MM
    y = top - lay.fields_top
    for i, (label, value) in enumerate(fields):
        col = i // 3
        x = col_x[col]
        row_y = y - (i % 3) * lay.field_step
        c.setFillGray(0.35)
        draw_pair(c, x, row_y, label, FONT, 7)
        c.setFillGray(0)
        room = col_end[col] - x - label_w[col]
        draw_pair(c, x + label_w[col], row_y, value, FONT_BOLD, 8.5, max_width=room)
    if d.provisional:
        c.setFillColorRGB(0.7, 0, 0)
        mark = t("PROVISIONAL — DAY NOT CLOSED")
        if mark.second:
            draw_stacked(c, X1, top - 2.5 * MM, mark, FONT_BOLD, 11, align="r", max_width=78 * MM)
        else:
            c.setFont(FONT_BOLD, 11)
            c.drawRightString(X1, top - 6 * MM, mark.first)
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
        c.setFillColorRGB(0.7, 0, 0)
        mark = t("DEMO DATA")
        if mark.second:  # stacked: one line would reach the bilingual title
            draw_stacked(c, X1 - 82 * MM, top - 3 * MM, mark, FONT_BOLD, 9, align="r")
        else:
            c.setFont(FONT_BOLD, 9)
            c.drawRightString(X1 - 82 * MM, top - 6 * MM, mark.first)
        c.setFillGray(0)
    # footer
    lead = draw_pair(c, X0, M - 4 * MM, t("Manifest"), FONT, 7)
    c.setFont(FONT, 7)
    c.drawString(
        X0 + lead, M - 4 * MM, f" {d.number} — {d.branch_code} — {day_text(d.business_day)}"
    )
    draw_pair(
        c,
        X1,
        M - 4 * MM,
        t("Page {page} of {pages}", page=page, pages=pages),
        FONT_BOLD,
        8,
        align="r",
    )


def _table_head(c: Canvas, t: Captions, top: float, h: float) -> float:
    return draw_table_head(c, t, COLUMNS, _COL_X, (X0, X1), top, h, size=7, baseline_drop=4 * MM)


def _row(c: Canvas, t: Captions, top: float, number: int, r: ManifestRow) -> None:
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
    # one line per row: the category in the paper's first language (the head says
    # "Категория / Customs category"); there is no room for both in 24 mm
    category = t.category(r.category).first
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
        fit(category, FONT_COND, 7.5, cols[10][1] * MM - 2.4 * MM),
    )
    for (_, w, align), x, text in zip(cols, _COL_X, cells, strict=False):
        if text:
            draw_cell(c, x, w * MM, base, text, align)
    if r.voided:
        c.setFillGray(0)
        mark = t("VOIDED")
        room = cols[11][1] * MM - 2.4 * MM
        if mark.second:  # two small lines inside the 4.6 mm row
            draw_stacked(
                c, _COL_X[11] + 1.2 * MM, top - 0.3 * MM, mark, FONT_COND_BOLD, 6, max_width=room
            )
        else:
            c.setFont(FONT_COND_BOLD, 7.5)
            draw_cell(c, _COL_X[11], cols[11][1] * MM, base, mark.first, "l")
        c.setLineWidth(0.5)
        c.line(_COL_X[1], top - ROW_H / 2, _COL_X[11] - 1 * MM, top - ROW_H / 2)
    c.setFillGray(0)


def _counts(t: Captions, totals: Totals) -> Caption:
    counts = t(
        "{pieces} pieces · {consignments} consignments",
        pieces=totals.pieces,
        consignments=totals.consignments,
    )
    if not totals.voided:
        return counts
    voided = t(" · {voided} voided (not counted)", voided=totals.voided)
    return Caption(counts.english + voided.english, counts.local + voided.local)


def _totals_row(
    c: Canvas,
    t: Captions,
    lay: Layout,
    top: float,
    label_key: str,
    tot: Totals,
    *,
    shaded: bool,
    strong: bool = False,
) -> float:
    h = lay.totals_h
    if shaded:
        c.setFillGray(0.88 if strong else 0.93)
        c.rect(X0, top - h, X1 - X0, h, stroke=0, fill=1)
        c.setFillGray(0)
    c.setLineWidth(0.8)
    c.line(X0, top - h, X1, top - h)
    font = FONT_COND_BOLD
    label = t(label_key)
    counts = _counts(t, tot)
    counts_room = _COL_X[6] - _COL_X[3] - 2.4 * MM
    if label.second:
        # Russian over English in the label and the counts; the figures centred on the row
        y_top = top - 0.8 * MM
        draw_stacked(
            c,
            _COL_X[0] + 1.2 * MM,
            y_top,
            label,
            font,
            7.5,
            max_width=_COL_X[3] - _COL_X[0] - 2.4 * MM,
        )
        draw_stacked(c, _COL_X[3] + 1.2 * MM, y_top, counts, font, 7.5, max_width=counts_room)
        base = top - h / 2 - 1.2 * MM
    else:
        base = top - 3.7 * MM
        c.setFont(font, 7.5)
        c.drawString(_COL_X[1] + 1.2 * MM, base, label.first)
        c.drawString(_COL_X[3] + 1.2 * MM, base, fit(counts.first, font, 7.5, counts_room))
    c.setFont(font, 7.5)
    draw_cell(c, _COL_X[6], COLUMNS[6][1] * MM, base, kg_total(tot.gross_grams), "r")
    draw_cell(c, _COL_X[7], COLUMNS[7][1] * MM, base, kg_total(tot.chargeable_grams), "r")
    for idx, amounts in ((8, tot.value), (9, tot.fees)):
        text = money_sum_text(amounts)
        w = COLUMNS[idx][1] * MM
        size = 7.5
        while size > 5 and width(text, font, size) > w - 2.4 * MM:
            size -= 0.5
        c.setFont(font, size)
        draw_cell(c, _COL_X[idx], w, base, text, "r")
        c.setFont(font, 7.5)
    return top - h


def _closing_block(
    c: Canvas, t: Captions, lay: Layout, d: ManifestData, tot: Totals, top: float
) -> None:
    """Grand totals in words and figures, and the two signature boxes."""
    h = 34 * MM
    sw = 86 * MM
    summary_w = X1 - X0 - 2 * sw - 8 * MM
    c.setLineWidth(0.8)
    c.rect(X0, top - h, summary_w, h)
    draw_pair(
        c,
        X0 + 2 * MM,
        top - 5 * MM,
        t("Summary of this manifest"),
        FONT_BOLD,
        8.5,
        max_width=summary_w - 4 * MM,
    )
    lines = (
        ("Pieces dispatched", str(tot.pieces)),
        ("Consignments", str(tot.consignments)),
        ("Voided pieces (not dispatched)", str(tot.voided)),
        ("Total gross weight", f"{kg_total(tot.gross_grams)} kg"),
        ("Total chargeable weight", f"{kg_total(tot.chargeable_grams)} kg"),
        ("Total fees", money_sum_text(tot.fees)),
    )
    y = top - 10 * MM
    for key, value in lines:
        c.setFont(FONT_BOLD, 8)
        c.drawRightString(X0 + summary_w - 2 * MM, y, value)
        room = summary_w - 7 * MM - width(value, FONT_BOLD, 8)
        draw_pair(c, X0 + 2 * MM, y, t(key), FONT, 8, max_width=room)
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
    for title_key, name, field_keys in boxes:
        c.setLineWidth(1.0)
        c.rect(x, top - h, sw, h)
        title = t(title_key)
        if title.second:
            draw_stacked(c, x + 2 * MM, top - 2 * MM, title, FONT_BOLD, 8, max_width=sw - 4 * MM)
        else:
            c.setFont(FONT_BOLD, 8)
            c.drawString(x + 2 * MM, top - 5 * MM, title.first)
        fields = [t(k) for k in field_keys]
        # the dotted lines start after the widest label (Russian labels are longer)
        label_w = max(
            27 * MM,
            *(max(width(f.first, FONT, 6.5), width(f.second, FONT, 5.5)) + 5 * MM for f in fields),
        )
        step = (h - lay.box_head) / len(fields)
        fy = top - lay.box_head - step + 2 * MM
        if t.bilingual:  # lift the fields by the English line under each label
            fy += 2.5 * MM
        for key, label in zip(field_keys, fields, strict=True):
            value = name if key == "Name" else ""
            draw_signature_field(c, x + 2 * MM, fy, label, x + label_w, x + sw - 3 * MM, value)
            fy -= step
        x += sw + 4 * MM
    note = t(
        "Declared values and fees are shown on the first piece of each consignment; weights "
        "per piece. Weights in kg. Amounts grouped by currency ({thousand} = one thousand).",
        thousand=group_thousands(Decimal(1000)),
    )
    c.setFillGray(0.35)
    c.setFont(FONT, 6.5)
    c.drawString(X0, top - h - 4 * MM, fit(note.first, FONT, 6.5, X1 - X0))
    if note.second:
        c.setFont(FONT, 6)
        c.drawString(X0, top - h - 6.6 * MM, fit(note.second, FONT, 6, X1 - X0))
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
    read them exactly; write the text with ``encoding="utf-8-sig"`` for Excel. Every cell
    goes through ``csv_cell`` so an addressee such as ``=HYPERLINK(...)`` stays text.
    """
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for m in manifests:
        for i, r in enumerate(m.rows, start=1):
            w.writerow(
                csv_cell(cell)
                for cell in (
                    m.number,
                    m.business_day.isoformat(),
                    i,
                    r.s10,
                    r.consignment,
                    r.piece_no,
                    r.piece_count,
                    r.destination,
                    to_latin(r.addressee),  # the carrier's file travels abroad: Latin script
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
