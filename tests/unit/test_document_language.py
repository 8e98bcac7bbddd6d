"""Captions of the receipt and the manifest in the branch's languages: Russian then English
at a Russian branch, English only at an Indian one; read back with pypdf, and the layout
checked for text running into text or off the page."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.documents import manifest as manifest_module
from app.documents import receipt as receipt_module
from app.documents.captions import (
    CATEGORIES,
    MANIFEST,
    RECEIPT,
    Caption,
    Captions,
    caption_lang_for_country,
)
from app.documents.data import ManifestData, ReceiptData, ReceiptPiece
from app.documents.manifest import paginate, render_manifest
from app.documents.receipt import FOOTER_TOP, render_receipt
from app.domain.money import Money
from app.domain.s10 import S10
from tests.docs_helpers import (
    TextBox,
    barcodes_on_page,
    number,
    overlapping,
    page_count,
    pdf_pages_text,
    pdf_text,
    text_boxes,
)
from tests.unit.test_documents import ADDRESSEE, SENDER, manifest, manifest_rows

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
DOCUMENTS = Path(receipt_module.__file__).parent

LONG_SENDER = replace(
    SENDER,
    name="Общество с ограниченной ответственностью «Северо-Западная мебельная фабрика "
    "имени К. Д. Ушинского»",
    address="Российская Федерация, Ленинградская обл., Всеволожский р-н, г. Всеволожск,\n"
    "ул. Константиновская, д. 123, корп. 4, стр. 5, офис 678",
)


def receipt(lang: str, pieces: int = 1, **changes: object) -> ReceiptData:
    items = tuple(
        ReceiptPiece(
            str(S10.build("CB", 10_000_001 + i, "RU")), 52_350, 1200, 600, 500, 72_000, 72_000
        )
        for i in range(pieces)
    )
    base = ReceiptData(
        acceptance_id="3f2b7c1e-8a9d-4c5e-b6f7-0123456789ab",
        branch_name="Москва 101000" if lang == "ru" else "Mumbai GPO 400001",
        branch_code="DEMO-101000",
        accepted_at_local=datetime(2026, 3, 15, 14, 32, tzinfo=ZoneInfo("Europe/Moscow")),
        clerk="Demo Clerk (1001)",
        sender=LONG_SENDER,
        addressee=ADDRESSEE,
        pieces=items,
        chargeable_grams=72_000 * pieces,
        gross_grams=52_350 * pieces,
        fee=Money(Decimal("18450.00"), "RUB"),
        declared_value=Money(Decimal("355.00"), "EUR"),
        customs_category="Sale of goods",
        duty=Money(Decimal("23.25"), "EUR"),
        duty_note="Estimate under the import rules in force on 15.03.2026; charged to the "
        "addressee by customs at destination.",
        tracking_url="https://www.pochta.ru/tracking?barcode=CB100000017RU",
        caption_lang=lang,
        duty_note_local="Оценка по правилам ввоза, действовавшим на 15.03.2026; пошлину взимает "
        "с получателя таможня страны назначения."
        if lang == "ru"
        else "",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def ru_manifest(n: int, **changes: object) -> ManifestData:
    return replace(manifest(manifest_rows(n, voided_every=7)), caption_lang="ru", **changes)  # type: ignore[arg-type]


def lines_of(pdf: bytes, index: int = 0) -> list[str]:
    return [ln.strip() for ln in pdf_pages_text(pdf)[index].splitlines()]


# -- the language of a branch -------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "lang"), [("RU", "ru"), ("ru", "ru"), ("IN", "en"), ("", "en"), ("GB", "en")]
)
def test_caption_language_follows_the_branch_country(country: str, lang: str) -> None:
    assert caption_lang_for_country(country) == lang


def test_hindi_or_unknown_languages_print_english_only() -> None:
    for lang in ("hi", "en", "xx"):
        captions = Captions(RECEIPT, lang)
        assert not captions.bilingual
        assert captions("Postage paid") == Caption("Postage paid")


def test_a_caption_is_russian_first_then_english() -> None:
    paid = Captions(RECEIPT, "ru")("Postage paid")
    assert (paid.first, paid.second) == ("Оплачено за пересылку", "Postage paid")
    assert paid.plain == "Оплачено за пересылку / Postage paid"
    page = Captions(MANIFEST, "ru")("Page {page} of {pages}", page=2, pages=5)
    assert (page.first, page.second) == ("Лист 2 из 5", "Page 2 of 5")


# -- every caption the renderers ask for is in their mapping ------------------------------


def _literal_keys(path: Path) -> set[str]:
    """First arguments of ``t("...")`` calls: the caption lookups written out in the code."""
    keys = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "t"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            keys.add(node.args[0].value)
    return keys


@pytest.mark.parametrize(("module", "mapping"), [("receipt", RECEIPT), ("manifest", MANIFEST)])
def test_every_caption_key_of_the_code_has_its_russian_text(module: str, mapping: object) -> None:
    keys = _literal_keys(DOCUMENTS / f"{module}.py")
    assert keys, "no caption lookups found: has the renderer stopped using t(...)?"
    assert keys <= set(mapping), f"missing from captions: {keys - set(mapping)}"  # type: ignore[arg-type]
    assert all(mapping[k].strip() for k in keys)  # type: ignore[index]


def test_table_columns_and_notes_are_caption_keys() -> None:
    assert {key for key, _, _ in manifest_module.COLUMNS} <= set(MANIFEST)
    assert {key for key, _, _ in receipt_module.PIECE_COLUMNS} <= set(RECEIPT)
    assert receipt_module.NOTES in RECEIPT


def test_duty_notes_of_the_service_are_receipt_captions() -> None:
    from app.services import documents as service

    for key in (service._NO_DUTY_RULES, service._DUTY_FREE, service._DUTY_ESTIMATE):
        assert key in RECEIPT, key


def test_russian_texts_keep_the_placeholders_of_their_key() -> None:
    for mapping in (RECEIPT, MANIFEST):
        for key, text in mapping.items():
            assert set(re.findall(r"\{(\w+)\}", key)) == set(re.findall(r"\{(\w+)\}", text)), key
    assert set(CATEGORIES) == {
        "Gift",
        "Documents",
        "Commercial sample",
        "Returned goods",
        "Sale of goods",
        "Other",
    }


# -- receipt ------------------------------------------------------------------------------

RECEIPT_PAIRS = (
    ("КВИТАНЦИЯ О ПРИЁМЕ", "ACCEPTANCE RECEIPT"),
    ("ШПИ /", "TRACKING NUMBER"),
    ("ОТСЛЕЖИВАНИЕ НА САЙТЕ", "TRACK YOUR PARCEL AT"),
    ("ОТПРАВИТЕЛЬ /", "SENDER"),
    ("ПОЛУЧАТЕЛЬ /", "ADDRESSEE"),
    ("Оплачиваемый, кг", "Chargeable kg"),
    ("Оплачиваемый вес /", "Chargeable weight"),
    ("Стоимость вложения /", "Declared value of contents"),
    ("Категория отправления /", "Customs category"),
    ("Продажа товара /", "Sale of goods"),
    ("Оплачено за пересылку /", "Postage paid"),
    ("Ожидаемая пошлина в стране назначения /", "Import duty expected at destination"),
    ("Подпись оператора и оттиск штемпеля /", "Clerk's signature and office stamp"),
    ("Принял /", "Accepted by"),
    ("Итого /", "Total"),
)


def test_russian_receipt_carries_russian_then_english_captions() -> None:
    pdf = render_receipt(receipt("ru"))
    lines = lines_of(pdf)
    text = pdf_text(pdf)
    for ru, en in RECEIPT_PAIRS:
        assert ru in lines, ru
        assert en in lines, en
        assert lines.index(ru) < lines.index(en), (ru, en)  # Russian first
    assert "Оценка по правилам ввоза" in text and "Estimate under the import rules" in text
    assert "Сохраняйте квитанцию" in text and "Keep this receipt" in text
    # the facts are unchanged by the language
    for expected in ("18450.00RUB", "72.000kg", "23.25EUR", "CB100000017RU"):
        assert expected in number(text), expected
    assert ("Code128", "CB100000017RU") in barcodes_on_page(pdf)


def test_indian_receipt_has_no_cyrillic_captions() -> None:
    data = receipt("en")
    text = pdf_text(render_receipt(data))
    for _, en in RECEIPT_PAIRS:
        assert en in text, en
    # Cyrillic may only come from what was entered (the Russian sender here)
    entered = [data.sender.name, *data.sender.address.splitlines(), data.sender.city]
    rest = text
    # word by word, longest first (the receipt wraps names and addresses over lines)
    for word in sorted({w for value in entered for w in value.split()}, key=len, reverse=True):
        rest = rest.replace(word, "")
    assert not CYRILLIC.search(rest), CYRILLIC.findall(rest)
    assert not any(ru in text for ru in RECEIPT.values())


def test_data_without_a_language_prints_english_as_before() -> None:
    data = receipt("en")
    fields = {name: getattr(data, name) for name in ReceiptData.__dataclass_fields__}
    del fields["caption_lang"], fields["duty_note_local"]
    text = pdf_text(render_receipt(ReceiptData(**fields)))  # type: ignore[arg-type]
    assert "ACCEPTANCE RECEIPT" in text and "КВИТАНЦИЯ" not in text
    assert "DAILY DISPATCH MANIFEST" in pdf_text(render_manifest(manifest(manifest_rows(3))))


def test_many_pieces_name_the_rest_instead_of_cutting_a_number() -> None:
    text = pdf_text(render_receipt(receipt("ru", pieces=10)))
    assert "+ ещё" in text and "more in the table below" in text
    for i in range(10):  # every number is in the pieces table
        assert S10.build("CB", 10_000_001 + i, "RU").grouped in text


# -- manifest -----------------------------------------------------------------------------

MANIFEST_PAIRS = (
    ("ВЕДОМОСТЬ ОТПРАВКИ ЗА ДЕНЬ /", "DAILY DISPATCH MANIFEST"),
    ("ОПС /", "Branch"),
    ("Операционный день /", "Business day"),
    ("Ведомость № /", "Manifest No."),
    ("Руководитель /", "Supervisor"),
    ("День закрыт /", "Closed at"),
    ("Получатель", "Addressee"),
    ("Оплачив., кг", "Chargeable kg"),
    ("Стоимость вложения", "Declared value"),
    ("Категория", "Customs category"),
)


def test_russian_manifest_carries_russian_then_english_captions() -> None:
    data = ru_manifest(40)
    pdf = render_manifest(data)
    pages = len(paginate(data.rows))
    assert page_count(pdf) == pages == 2
    first, last = lines_of(pdf, 0), lines_of(pdf, 1)
    for ru, en in MANIFEST_PAIRS:
        assert ru in first and en in first, (ru, en)
        assert first.index(ru) < first.index(en), (ru, en)
    for ru, en in (("К переносу", "Carried forward"), ("Лист 1 из 2 /", "Page 1 of 2")):
        assert first.index(ru) < first.index(en), (ru, en)
    for ru, en in (
        ("Перенос", "Brought forward"),
        ("ИТОГО", "TOTAL"),
        ("Итоги ведомости /", "Summary of this manifest"),
        ("СДАЛ — руководитель", "HANDED OVER BY — supervisor"),
        ("ПРИНЯЛ — водитель перевозчика", "RECEIVED BY — carrier's driver"),
        ("Ф. И. О.", "Name"),
        ("Автомобиль / пломба №", "Vehicle / seal No."),
        ("Лист 2 из 2 /", "Page 2 of 2"),
    ):
        assert last.index(ru) < last.index(en), (ru, en)
    assert "АННУЛИРОВАНО" in first and "VOIDED" in first
    # carried totals in both languages, from exactly the rows of the first page
    live = [r for r in paginate(data.rows)[0] if not r.voided]
    assert f"Мест: {len(live)}" in first[first.index("К переносу") + 2]
    assert f"{len(live)} pieces" in first[first.index("К переносу") + 3]
    assert ("Code128", data.number) in barcodes_on_page(pdf)


def test_provisional_and_demo_marks_in_both_languages() -> None:
    pdf = render_manifest(ru_manifest(5, provisional=True, demo=True, closed_at_local=None))
    lines = lines_of(pdf)
    for ru, en in (
        ("ПРЕДВАРИТЕЛЬНАЯ — ДЕНЬ НЕ ЗАКРЫТ", "PROVISIONAL — DAY NOT CLOSED"),
        ("ДЕМО-ДАННЫЕ", "DEMO DATA"),
        ("не закрыт /", "not closed"),
    ):
        assert lines.index(ru) < lines.index(en), (ru, en)


def test_indian_manifest_has_no_cyrillic_captions() -> None:
    rows = manifest_rows(40, voided_every=7)
    text = pdf_text(render_manifest(replace(manifest(rows), caption_lang="en")))
    rest = text
    for name in {r.addressee for r in rows}:  # names as entered may be Cyrillic
        rest = rest.replace(name, "")
    assert not CYRILLIC.search(rest), CYRILLIC.findall(rest)
    for en in ("DAILY DISPATCH MANIFEST", "Carried forward", "TOTAL", "VOIDED", "Sale of goods"):
        assert en in text


def test_bilingual_pagination_is_the_same_as_english() -> None:
    rows = manifest_rows(200, voided_every=50)
    ru = render_manifest(replace(manifest(rows), caption_lang="ru"))
    en = render_manifest(manifest(rows))
    assert page_count(ru) == page_count(en) == len(paginate(rows))


# -- layout: nothing runs into anything, nothing off the page -----------------------------


def test_the_overlap_check_sees_an_overlap() -> None:
    a = TextBox("a", 10, 50, 100, 108)
    assert overlapping([a, TextBox("b", 40, 80, 104, 112)]) == [("a", "b")]
    assert overlapping([a, TextBox("c", 51, 80, 100, 108)]) == []


def _check_page(pdf: bytes, index: int, page_w: float, margin: float) -> list[TextBox]:
    boxes = text_boxes(pdf, index)
    assert boxes
    assert overlapping(boxes) == []
    for b in boxes:
        assert b.x0 >= margin - 0.5 and b.x1 <= page_w - margin + 0.5, b
    return boxes


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("pieces", [1, 3, 10])
def test_receipt_layout_holds_with_long_names_and_ten_pieces(lang: str, pieces: int) -> None:
    long_addressee = replace(
        ADDRESSEE,
        name="Shri Venkataramanan Subrahmanyam Chandrasekharan Iyer Export Private Limited",
        address="Flat 4B, Sea View Apartments, Plot 17/B, Near Chhatrapati Shivaji Maharaj "
        "Vastu Sangrahalaya\n12 Marine Drive, Churchgate, Fort Area",
    )
    data = receipt(
        lang,
        pieces,
        addressee=long_addressee,
        clerk="Константинопольская-Верхнеднепровская Анастасия-Виктория Александровна (1001)",
        demo=True,
    )
    pdf = render_receipt(data)
    assert page_count(pdf) == 1
    boxes = _check_page(pdf, 0, receipt_module.W, receipt_module.M)
    footer = [b for b in boxes if b.bottom < receipt_module.M]
    assert footer and all(b.bottom >= FOOTER_TOP - 0.2 * 8.5 for b in boxes if b not in footer)


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("provisional", [False, True])
def test_manifest_layout_holds_on_every_page(lang: str, provisional: bool) -> None:
    data = replace(
        manifest(manifest_rows(75, voided_every=7)),
        caption_lang=lang,
        provisional=provisional,
        demo=provisional,
        supervisor="Константинопольская-Верхнеднепровская Анастасия-Виктория (9001)",
        branch_name="Отделение почтовой связи Москва-Почтамт, Мясницкая улица",
    )
    pdf = render_manifest(data)
    pages = len(paginate(data.rows))
    assert page_count(pdf) == pages == 3
    for i in range(pages):
        boxes = _check_page(pdf, i, manifest_module.W, manifest_module.M)
        footer_line = manifest_module.M - 4 * manifest_module.MM
        body = [b for b in boxes if b.bottom > footer_line + 3]
        assert min(b.bottom for b in body) >= footer_line + 8  # a clear gap above the footer


def test_no_russian_caption_says_insured_value_for_the_customs_value() -> None:
    """ "Объявленная ценность" is insured value in Russian postal usage (issue 10)."""
    from app.documents.captions import MANIFEST, RECEIPT

    for table in (MANIFEST, RECEIPT):
        for russian in table.values():
            assert "Объявл" not in russian
