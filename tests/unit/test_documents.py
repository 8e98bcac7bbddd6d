"""The PDF and ZPL renderers, read back: text as entered, barcodes that decode, totals that add up."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.documents.cn23 import CONTINUATION_LINES, FIRST_SHEET_LINES, render_cn23, sheets_needed
from app.documents.data import (
    CN23Data,
    LabelData,
    ManifestData,
    ManifestRow,
    ReceiptData,
    ReceiptPiece,
)
from app.documents.label import render_label, render_labels
from app.documents.manifest import (
    ROWS_ON_LAST_PAGE,
    ROWS_PER_PAGE,
    manifest_csv,
    paginate,
    render_manifest,
)
from app.documents.receipt import render_receipt
from app.documents.zpl import ZplOptions, render_label_zpl
from app.domain.consignment import Party
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.money import Money
from app.domain.s10 import S10
from tests.docs_helpers import (
    barcodes_on_page,
    embedded_fonts,
    number,
    page_count,
    pdf_pages_text,
    pdf_text,
)

SENDER = Party(
    name="Иванов Пётр Сергеевич",
    address="ул. Тверская, д. 7, кв. 12",
    city="Москва",
    postcode="125009",
    country="RU",
    phone="+7 916 123-45-67",
)
ADDRESSEE = Party(
    name="Rajesh Kumar Sharma",
    address="Flat 4B, Sea View Apartments\n12 Marine Drive",
    city="Mumbai",
    postcode="400020",
    country="IN",
    phone="+91 98200 12345",
)
S10_A = "AA473124829GB"
S10_RU = str(S10.build("CB", 10_000_001, "RU"))


def label(**changes: object) -> LabelData:
    base = LabelData(
        s10=S10_RU,
        piece_no=2,
        piece_count=3,
        sender=SENDER,
        addressee=ADDRESSEE,
        gross_grams=152_350,
        accepted_on=date(2026, 3, 15),
        office_of_origin="Moscow 101000 (DEMO-101000)",
        two_person_lift=True,
        two_person_lift_grams=70_000,
        customs_category="Sale of goods",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def lines(n: int) -> tuple[CustomsLine, ...]:
    return tuple(
        CustomsLine(
            description=f"Чайный сервиз фарфоровый №{i + 1}"
            if i % 2 == 0
            else f"Cotton shirt model {i + 1}",
            quantity=i + 1,
            net_grams=1_000 + i,
            value=Money(Decimal("10.01") * (i + 1), "EUR"),
            hs_code="6911100000" if i % 2 == 0 else "62052000",
            origin_country="RU" if i % 2 == 0 else "IN",
        )
        for i in range(n)
    )


def cn23(n_lines: int = 3) -> CN23Data:
    decl = CustomsDeclaration(
        category=CustomsCategory.SALE_OF_GOODS,
        lines=lines(n_lines),
        currency="EUR",
        importer_reference="GSTIN 27AAPFU0939F1ZV",
        importer_contact="+91 98200 12345",
        licence_number="LIC-1",
        certificate_number="CERT-77",
        invoice_number="INV-2026-0042",
        comments="No quarantine goods",
    )
    return CN23Data(
        item_ids=(S10_RU, str(S10.build("CB", 10_000_002, "RU"))),
        sender=SENDER,
        addressee=ADDRESSEE,
        declaration=decl,
        gross_grams=152_350,
        postal_charges=Money(Decimal("18450.00"), "RUB"),
        office_of_origin="Moscow 101000",
        posting_date=date(2026, 3, 15),
    )


# -- label ------------------------------------------------------------------------------


def test_label_text_holds_names_exactly_as_entered() -> None:
    text = pdf_text(render_label(label()))
    for expected in (
        SENDER.name,
        ADDRESSEE.name,
        "ул. Тверская, д. 7, кв. 12",
        "400020 Mumbai",
        "INDIA",
    ):
        assert expected in text
    assert "CB 100 000 017 RU" in text  # grouped human-readable form
    assert "2/3" in text
    assert "152.350" in text
    assert "TWO-PERSON LIFT" in text


def test_label_barcode_decodes_to_the_s10() -> None:
    found = barcodes_on_page(render_label(label(s10=S10_A)))
    assert ("Code128", S10_A) in found


def test_two_person_lift_mark_only_when_asked() -> None:
    assert "TWO-PERSON LIFT" not in pdf_text(render_label(label(two_person_lift=False)))


def test_label_embeds_the_shipped_unicode_font() -> None:
    fonts = embedded_fonts(render_label(label()))
    assert fonts and all("DejaVuSans" in f for f in fonts)


def test_labels_one_page_per_piece() -> None:
    pdf = render_labels([label(piece_no=i) for i in (1, 2, 3)])
    assert page_count(pdf) == 3
    assert [t.count(f"{i}/3") >= 1 for i, t in enumerate(pdf_pages_text(pdf), start=1)] == [
        True
    ] * 3


def test_very_long_names_are_cut_visibly_not_overprinted() -> None:
    long = replace(ADDRESSEE, name="Very Long Company Name Private Limited " * 6)
    text = pdf_text(render_label(label(addressee=long)))
    assert "…" in text


# -- ZPL --------------------------------------------------------------------------------


def test_zpl_has_code128_field_with_the_s10() -> None:
    zpl = render_label_zpl(label())
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    assert re.search(r"\^BCN,\d+,N,N,N,A\^FD" + S10_RU + r"\^FS", zpl)
    assert "^CI28" in zpl  # UTF-8 text
    assert "CB 100 000 017 RU" in zpl
    # the built-in font 0 prints ASCII only: Cyrillic is sent in its Latin form (ICAO 9303)
    assert "Ivanov Petr Sergeevich" in zpl and ADDRESSEE.name in zpl
    assert not re.search(r"[\u0400-\u04FF]", zpl)
    assert "TWO-PERSON LIFT" in zpl


def test_zpl_with_a_unicode_printer_font_keeps_the_text() -> None:
    zpl = render_label_zpl(label(), ZplOptions(font="E:TT0003M_.TTF"))
    assert SENDER.name in zpl


def test_zpl_cannot_be_broken_by_caret_in_data() -> None:
    zpl = render_label_zpl(label(addressee=replace(ADDRESSEE, name="A^XZ~JR")))
    assert "A^XZ" not in zpl and "~JR" not in zpl


def test_zpl_scales_to_300_dpi_and_printer_font() -> None:
    zpl = render_label_zpl(label(), ZplOptions(dots_per_mm=12, font="E:TT0003M_.TTF"))
    assert "^PW1200" in zpl and "^LL1800" in zpl
    assert "^A@N," in zpl and "E:TT0003M_.TTF" in zpl


# -- CN 23 ------------------------------------------------------------------------------


def test_cn23_holds_every_field() -> None:
    pdf = render_cn23(cn23())
    text = pdf_text(pdf)
    for expected in (
        "CN 23",
        SENDER.name,
        ADDRESSEE.name,
        "Чайный сервиз фарфоровый №1",
        "6911100000",
        "62052000",
        "GSTIN 27AAPFU0939F1ZV",
        "LIC-1",
        "CERT-77",
        "INV-2026-0042",
        "No quarantine goods",
        "Moscow 101000",
        "15.03.2026",
        "Net weight of",
        "Value of line",
        "(total)",
        "Sale of goods",
        "Returned goods",
        "Commercial sample",
    ):
        assert expected in text, expected
    # totals are the sums of the printed line values: 10.01 + 20.02 + 30.03
    assert "60.06EUR" in number(text)
    assert "18450.00RUB" in number(text)
    assert ("Code128", S10_RU) in barcodes_on_page(pdf)


@pytest.mark.parametrize(
    "n", [1, FIRST_SHEET_LINES, FIRST_SHEET_LINES + 1, FIRST_SHEET_LINES + CONTINUATION_LINES + 1]
)
def test_cn23_continuation_sheets(n: int) -> None:
    pdf = render_cn23(cn23(n))
    pages = pdf_pages_text(pdf)
    assert len(pages) == sheets_needed(n)
    for i in range(n):  # every line appears exactly once, on some sheet
        desc = lines(n)[i].description
        assert sum(p.count(desc + "\n") + p.endswith(desc) for p in pages) >= 1, desc
    total = sum((ln.value.amount for ln in lines(n)), Decimal(0))
    assert f"{total:.2f}EUR" in number(pages[0])
    if n > FIRST_SHEET_LINES:
        assert "Continuation sheet" in pages[1]


# -- receipt ----------------------------------------------------------------------------


def test_receipt_says_what_was_paid_and_where_to_track() -> None:
    data = ReceiptData(
        acceptance_id="3f2b7c1e-8a9d-4c5e-b6f7-0123456789ab",
        branch_name="Москва 101000",
        branch_code="DEMO-101000",
        accepted_at_local=datetime(2026, 3, 15, 14, 32, tzinfo=ZoneInfo("Europe/Moscow")),
        clerk="Demo Clerk (1001)",
        sender=SENDER,
        addressee=ADDRESSEE,
        pieces=(ReceiptPiece(S10_A, 52_350, 1200, 600, 500, 72_000, 72_000),),
        chargeable_grams=72_000,
        gross_grams=52_350,
        fee=Money(Decimal("18450.00"), "RUB"),
        declared_value=Money(Decimal("355.00"), "EUR"),
        customs_category="Sale of goods",
        duty=Money(Decimal("23.25"), "EUR"),
        duty_note="Estimate.",
        tracking_url="https://www.pochta.ru/tracking?barcode=AA473124829GB",
    )
    pdf = render_receipt(data)
    text = number(pdf_text(pdf))
    for expected in ("18450.00RUB", "72.000kg", "23.25EUR", "AA473124829GB", "Москва101000"):
        assert expected in text, expected
    found = barcodes_on_page(pdf)
    assert ("Code128", S10_A) in found
    assert any(fmt == "QRCode" and "pochta.ru/tracking" in t for fmt, t in found)


# -- manifest ---------------------------------------------------------------------------


def manifest_rows(n: int, voided_every: int = 0) -> tuple[ManifestRow, ...]:
    rows = []
    serial = 10_000_000
    while len(rows) < n:
        k = 3 if len(rows) % 7 == 0 else 1
        first = str(S10.build("CB", serial, "RU"))
        for p in range(1, k + 1):
            s = str(S10.build("CB", serial, "RU"))
            serial += 1
            rows.append(
                ManifestRow(
                    s10=s,
                    consignment=first,
                    piece_no=p,
                    piece_count=k,
                    destination="IN",
                    addressee="Сергеев Дмитрий Олегович" if serial % 2 else "Priya Venkataraman",
                    gross_grams=30_000 + serial % 1000 * 7,
                    chargeable_grams=40_000 + serial % 1000 * 11,
                    declared_value=Money(Decimal(serial % 900) + Decimal("0.35"), "EUR")
                    if p == 1
                    else None,
                    fee=Money(Decimal(10_000 + serial % 500) + Decimal("0.10"), "RUB")
                    if p == 1
                    else None,
                    category="Sale of goods",
                    voided=bool(voided_every) and len(rows) % voided_every == 3,
                )
            )
    return tuple(rows[:n])


def manifest(rows: tuple[ManifestRow, ...]) -> ManifestData:
    return ManifestData(
        number="DEMO-101000-20260315-1",
        branch_code="DEMO-101000",
        branch_name="Demo branch Moscow 101000",
        business_day=date(2026, 3, 15),
        closed_at_local=datetime(2026, 3, 15, 19, 5, tzinfo=ZoneInfo("Europe/Moscow")),
        supervisor="Demo Supervisor (9001)",
        rows=rows,
    )


def test_pagination_leaves_no_page_with_totals_only() -> None:
    for n in (
        0,
        1,
        ROWS_ON_LAST_PAGE,
        ROWS_ON_LAST_PAGE + 1,
        ROWS_PER_PAGE,
        2 * ROWS_PER_PAGE,
        2000,
    ):
        pages = paginate(list(range(n)))  # type: ignore[arg-type]
        assert sum(len(p) for p in pages) == n
        assert all(len(p) <= ROWS_PER_PAGE for p in pages)
        assert len(pages[-1]) <= ROWS_ON_LAST_PAGE
        if n:
            assert len(pages[-1]) > 0


def _totals_line(page: str, label: str) -> str:
    """The totals row that starts with ``label`` (pypdf gives one text line per cell)."""
    lines_ = [ln.strip() for ln in page.splitlines()]
    assert label in lines_, f"no {label!r} row in page:\n{page}"
    i = lines_.index(label)
    return number(" ".join(lines_[i : i + 6]))


def _row_text(page: str, s10: str, next_s10: str) -> str:
    return page[page.index(s10) : page.index(next_s10)]


def test_manifest_2000_parcels_paginates_with_correct_carried_totals() -> None:
    rows = manifest_rows(2000, voided_every=50)
    pdf = render_manifest(manifest(rows))
    pages = pdf_pages_text(pdf)
    expected_pages = len(paginate(rows))
    assert len(pages) == expected_pages > 60
    consumed = 0
    for i, (page, chunk) in enumerate(zip(pages, paginate(rows), strict=True), start=1):
        assert f"Page {i} of {expected_pages}" in page
        consumed += len(chunk)
        live = [r for r in rows[:consumed] if not r.voided]
        gross = f"{sum(r.gross_grams for r in live) / 1000:.3f}"
        fees = sum((r.fee.amount for r in live if r.fee), Decimal(0))
        label = "TOTAL" if i == expected_pages else "Carried forward"
        line = _totals_line(page, label)
        assert f"{len(live)}pieces" in line
        assert gross in line, (line, gross)
        assert f"{fees:.2f}RUB" in line
        if i > 1:  # the next page starts from exactly what the previous one carried
            prev = [r for r in rows[: consumed - len(chunk)] if not r.voided]
            assert f"{len(prev)}pieces" in _totals_line(page, "Brought forward")
    assert rows[3].voided and not rows[4].voided
    assert "VOIDED" in _row_text(pages[0], rows[3].s10, rows[4].s10)
    assert "VOIDED" not in _row_text(pages[0], rows[4].s10, rows[5].s10)
    assert pages[-1].count("HANDED OVER BY") == 1 and "RECEIVED BY" in pages[-1]


def test_manifest_barcode_decodes_to_its_number() -> None:
    pdf = render_manifest(manifest(manifest_rows(5)))
    assert ("Code128", "DEMO-101000-20260315-1") in barcodes_on_page(pdf)


def test_manifest_keeps_cyrillic_names() -> None:
    text = pdf_text(render_manifest(manifest(manifest_rows(5))))
    assert "Сергеев Дмитрий Олегович" in text and "Priya Venkataraman" in text


def test_provisional_manifest_has_no_barcode_and_says_so() -> None:
    data = replace(manifest(manifest_rows(3)), provisional=True, closed_at_local=None)
    pdf = render_manifest(data)
    assert "PROVISIONAL" in pdf_text(pdf)
    assert not [b for b in barcodes_on_page(pdf) if b[0] == "Code128"]


def test_manifest_csv_rows_and_voids() -> None:
    rows = manifest_rows(10, voided_every=5)
    text = manifest_csv([manifest(rows)])
    lines_ = text.splitlines()
    assert lines_[0].startswith("manifest,business_day,row,s10")
    assert len(lines_) == 11
    assert sum(ln.endswith(",voided") for ln in lines_) == sum(r.voided for r in rows)
    # the carrier's file travels abroad: names in Latin script (ICAO Doc 9303)
    assert "Sergeev Dmitrii Olegovich" in text
    assert not re.search(r"[\u0400-\u04FF]", text)
