"""ITMATT-shaped electronic advance data: well-formed and holding the consignment's data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.domain.itmatt import ELEMENTS, AdviceContext, itmatt_xml
from app.domain.money import Money
from tests import factories

E = ELEMENTS
CTX = AdviceContext(
    message_id="6f1c2c9e-0000-4000-8000-000000000001",
    office_of_origin="RU-101000",
    posted_at=datetime(2026, 8, 3, 9, 30, tzinfo=UTC),
    postage=Money(Decimal("16170"), "RUB"),
)


def parse(xml: str) -> ET.Element:
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(xml.encode("utf-8"))


def test_document_holds_the_data():
    c = factories.consignment(
        pieces=(factories.piece("CB100000003RU", 52_350), factories.piece("CB100000017RU", 61_000))
    )
    c = replace(c, addressee=replace(c.addressee, tax_id="AAAPL1234C"))
    root = parse(itmatt_xml(c, CTX))
    assert root.tag == E["message"]
    header = root.find(E["header"])
    assert header.findtext(E["event_code"]) == "EMA"
    assert header.findtext(E["message_id"]) == CTX.message_id
    assert header.findtext(E["office_of_origin"]) == "RU-101000"
    cons = root.find(E["consignment"])
    assert cons.findtext(E["piece_count"]) == "2"
    items = cons.find(E["items"]).findall(E["item"])
    assert [i.findtext(E["item_id"]) for i in items] == ["CB100000003RU", "CB100000017RU"]
    assert [i.findtext(E["piece_seq"]) for i in items] == ["1/2", "2/2"]
    assert items[1].findtext(E["gross_weight"]) == "61.000"
    assert cons.find(E["sender"]).findtext(E["name"]) == "Иванов Сергей Петрович"
    assert cons.find(E["addressee"]).findtext(E["tax_id"]) == "AAAPL1234C"
    decl = cons.find(E["declaration"])
    assert decl.findtext(E["category"]) == "sale_of_goods"
    assert decl.findtext(E["total_value"]) == "570.00"
    assert decl.find(E["total_value"]).get("currency") == "EUR"
    assert decl.findtext(E["total_gross_weight"]) == "113.350"
    assert decl.findtext(E["total_net_weight"]) == "50.000"
    assert decl.findtext(E["postage"]) == "16170.00"
    assert decl.findtext(E["invoice"]) == "INV-2026-0042"
    pieces = decl.find(E["contents"]).findall(E["content_piece"])
    assert len(pieces) == 2
    first = pieces[0]
    assert first.findtext(E["description"]) == "Solid oak dining table"
    assert first.findtext(E["quantity"]) == "1"
    assert first.findtext(E["net_weight"]) == "40.000"
    assert first.findtext(E["value"]) == "420.00"
    assert first.findtext(E["hs_code"]) == "940360"
    assert first.findtext(E["origin"]) == "RU"


def test_every_tag_comes_from_the_one_mapping():
    root = parse(itmatt_xml(factories.consignment(), CTX))
    names = set(ELEMENTS.values())
    assert {el.tag for el in root.iter()} <= names


def test_empty_optional_fields_are_left_out():
    c = factories.consignment()
    decl = (
        parse(itmatt_xml(c, replace(CTX, postage=None)))
        .find(E["consignment"])
        .find(E["declaration"])
    )
    assert decl.find(E["licence"]) is None and decl.find(E["postage"]) is None


@given(st.text(min_size=1, max_size=60).filter(lambda s: s.strip()))
def test_any_description_stays_well_formed_and_round_trips(text):
    # XML 1.0 cannot carry most control characters; customs text never holds them
    clean = "".join(
        ch
        for ch in text
        if ch in "\t\n"
        or (ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF and ch not in "\ufffe\uffff")
    )
    if not clean.strip():
        return
    c = factories.consignment()
    c = replace(
        c, customs=replace(c.customs, lines=(replace(factories.line(), description=clean),))
    )
    root = parse(itmatt_xml(c, CTX))
    got = (
        root.find(E["consignment"])
        .find(E["declaration"])
        .find(E["contents"])[0]
        .findtext(E["description"])
    )
    assert got == clean.strip()
