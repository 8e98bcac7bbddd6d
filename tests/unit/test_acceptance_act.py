"""The acceptance act PDF (issue 17): every item across pages, its captions, no overlaps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.documents import acceptance_act
from app.documents.acceptance_act import ActData, ActItem, render_act
from app.documents.captions import ACT
from app.domain.money import Money
from tests.docs_helpers import TextBox, overlapping, page_count, pdf_pages_text, text_boxes
from tests.factories import s10_numbers
from tests.unit.test_document_language import DOCUMENTS, _literal_keys


def act(n: int, lang: str, missing_every: int = 9) -> ActData:
    """``n`` items, every ``missing_every``-th missing, every 7th flagged (+4 kg)."""
    items = []
    for k, s10 in enumerate(s10_numbers(n)):
        declared = 55_000 + k * 10
        if k % missing_every == 4:
            items.append(ActItem(s10, declared, None, None))
            continue
        actual = declared + (4_000 if k % 7 == 3 else 120)
        items.append(ActItem(s10, declared, actual, Money(Decimal("2350.40"), "RUB"), k % 7 == 3))
    return ActData(
        number="SHOPKART-2026-12-06-01",
        customer_code="SHOPKART",
        customer_name="ShopKart Exports Pvt Ltd",
        contract="IN-MP-2026/017",
        tax_id="07AAACS1234F1ZU",
        branch_name="Москва 125009",
        branch_code="125009",
        day=date(2026, 12, 6),
        closed_at_local=datetime(2026, 12, 6, 12, 0, tzinfo=UTC),
        clerk="Анна Петрова (1001)",
        supervisor="Иван Сидоров (9001)",
        items=tuple(items),
        payment_method="account",
        paid=Money(Decimal("1.00"), "RUB"),
        caption_lang=lang,
    )


def test_every_caption_key_has_its_russian_text() -> None:
    keys = _literal_keys(DOCUMENTS / "acceptance_act.py")
    keys |= {k for k, _, _ in acceptance_act.COLUMNS} | set(acceptance_act.METHOD_KEYS.values())
    assert keys <= set(ACT), f"missing from captions: {keys - set(ACT)}"


@pytest.mark.parametrize(("n", "pages"), [(20, 1), (200, 6), (500, 13)])
def test_every_item_is_printed_once_across_pages(n: int, pages: int) -> None:
    data = act(n, "en")
    pdf = render_act(data)
    assert page_count(pdf) == pages
    texts = pdf_pages_text(pdf)
    whole = "\n".join(texts)
    assert all(whole.count(i.s10) == 1 for i in data.items)
    assert all(f"Page {k} of {pages}" in t for k, t in enumerate(texts, start=1))
    boxes = text_boxes(pdf, pages - 1)
    assert value_beside(boxes, "Items on the list") == str(n)
    assert value_beside(boxes, "Items accepted") == str(len(data.accepted))
    assert value_beside(boxes, "Missing items") == str(len(data.missing))
    assert value_beside(boxes, "Weight differences flagged") == str(data.flagged)
    assert value_beside(boxes, "Payment method") == "On account"


def value_beside(boxes: list[TextBox], label: str) -> str:
    """The text printed at the right end of the line that starts with ``label``."""
    (row,) = [b for b in boxes if b.text == label]
    same_line = [b for b in boxes if abs(b.bottom - row.bottom) < 0.5 and b is not row]
    return max(same_line, key=lambda b: b.x1).text


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_text_overlaps_on_the_first_and_last_page(lang: str) -> None:
    pdf = render_act(act(60, lang))
    for index in (0, page_count(pdf) - 1):
        assert overlapping(text_boxes(pdf, index)) == []
