"""ITMATT-shaped advance data per postal item: namespaced, valid against the project's own
XSD (resources/schemas), each item with only its own content pieces; EMA as a separate
EMSEVT-shaped event."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import xmlschema
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.itmatt import (
    ELEMENTS,
    EVENT_NAMESPACE,
    NAMESPACE,
    AdviceContext,
    advance_data,
    itmatt_xml,
)
from app.domain.money import Money
from app.services.paths import resource
from tests import factories

ITMATT_XSD = xmlschema.XMLSchema(resource("schemas", "postcounter-itmatt-1.xsd"))
EMSEVT_XSD = xmlschema.XMLSchema(resource("schemas", "postcounter-emsevt-1.xsd"))
CTX = AdviceContext(
    message_id="6f1c2c9e-0000-4000-8000-000000000001",
    office_of_origin="RU-101000",
    posted_at=datetime(2026, 8, 3, 9, 30, tzinfo=UTC),
    postage=Money(Decimal("16170"), "RUB"),
    origin_operator="RUA",
    destination_operator="INA",
)


def q(key: str, ns: str = NAMESPACE) -> str:
    return f"{{{ns}}}{ELEMENTS[key]}"


def parse(xml: str) -> ET.Element:
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(xml.encode("utf-8"))


def two_items():
    c = factories.consignment(
        pieces=(factories.piece("CB100000003RU", 52_350), factories.piece("CB100000017RU", 61_000))
    )
    return replace(c, addressee=replace(c.addressee, tax_id="AAAPL1234C"))


def test_one_valid_namespaced_message_per_item_with_its_own_contents():
    c = two_items()
    items = advance_data(c, CTX)
    assert [a.s10 for a in items] == ["CB100000003RU", "CB100000017RU"]
    for number, advice in enumerate(items, start=1):
        ITMATT_XSD.validate(advice.itmatt_xml)  # raises with the reason when invalid
        root = parse(advice.itmatt_xml)
        assert root.tag == q("message")
        header = root.find(q("header"))
        assert header.findtext(q("origin_operator")) == "RUA"
        assert header.findtext(q("destination_operator")) == "INA"
        assert header.findtext(q("message_id")) == f"{CTX.message_id}/{number}"
        item = root.find(q("item"))
        assert item.findtext(q("item_id")) == advice.s10
        assert item.findtext(q("destination")) == "IN"
        assert item.findtext(q("mail_class")) == "C"
        ref = item.find(q("consignment"))
        assert ref.findtext(q("consignment_id")) == "CB100000003RU"
        assert (ref.findtext(q("piece_seq")), ref.findtext(q("piece_count"))) == (str(number), "2")
        # the sender leaves the country in Latin script (ICAO Doc 9303)
        assert item.find(q("sender")).findtext(q("name")) == "Ivanov Sergei Petrovich"
        assert item.find(q("addressee")).findtext(q("tax_id")) == "AAAPL1234C"
        decl = item.find(q("declaration"))
        assert decl.findtext(q("category")) == "M"  # sale of goods, as the UPU code
        assert decl.findtext(q("invoice")) == "INV-2026-0042"
        contents = decl.find(q("contents")).findall(q("content_piece"))
        assert len(contents) == 1  # factories spread the two lines: one per piece
    first = parse(items[0].itmatt_xml).find(q("item"))
    assert first.findtext(q("gross_weight")) == "52.350"
    decl = first.find(q("declaration"))
    assert decl.findtext(q("total_value")) == "420.00"
    assert decl.findtext(q("total_net_weight")) == "40.000"
    piece = decl.find(q("contents")).find(q("content_piece"))
    assert piece.findtext(q("description")) == "Solid oak dining table"
    assert piece.findtext(q("hs_code")) == "940360" and piece.findtext(q("origin")) == "RU"
    second = parse(items[1].itmatt_xml).find(q("item")).find(q("declaration"))
    assert second.findtext(q("total_value")) == "150.00"
    assert (
        second.find(q("contents")).find(q("content_piece")).findtext(q("description"))
        == "Upholstered armchair"
    )


def test_acceptance_is_a_separate_ema_event_per_item():
    for advice in advance_data(two_items(), CTX):
        assert "EMA" not in advice.itmatt_xml
        EMSEVT_XSD.validate(advice.emsevt_xml)
        event = parse(advice.emsevt_xml).find(q("event", EVENT_NAMESPACE))
        assert event.findtext(q("item_id", EVENT_NAMESPACE)) == advice.s10
        assert event.findtext(q("event_code", EVENT_NAMESPACE)) == "EMA"
        assert event.findtext(q("event_office", EVENT_NAMESPACE)) == "RU-101000"


def test_postage_shares_per_item_when_given():
    shares = (Money(Decimal("8000.00"), "RUB"), Money(Decimal("8170.00"), "RUB"))
    items = advance_data(two_items(), replace(CTX, postage_shares=shares))
    got = [
        parse(a.itmatt_xml).find(q("item")).find(q("declaration")).findtext(q("postage"))
        for a in items
    ]
    assert got == ["8000.00", "8170.00"]


def test_every_tag_comes_from_the_one_mapping():
    root = parse(itmatt_xml(factories.consignment(), CTX))
    names = {f"{{{NAMESPACE}}}{v}" for v in ELEMENTS.values()}
    assert {el.tag for el in root.iter()} <= names


def test_empty_optional_fields_are_left_out():
    xml = itmatt_xml(factories.consignment(), replace(CTX, postage=None))
    ITMATT_XSD.validate(xml)
    decl = parse(xml).find(q("item")).find(q("declaration"))
    assert decl.find(q("licence")) is None and decl.find(q("postage")) is None


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=60).filter(lambda s: s.strip()))
def test_any_description_stays_valid_and_round_trips(text):
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
    line = replace(factories.line(), description=clean, description_latin="")
    c = replace(c, customs=replace(c.customs, lines=(line,)))
    xml = itmatt_xml(c, CTX)
    ITMATT_XSD.validate(xml)
    got = (
        parse(xml)
        .find(q("item"))
        .find(q("declaration"))
        .find(q("contents"))[0]
        .findtext(q("description"))
    )
    from app.domain.transliteration import to_latin

    assert got == to_latin(clean.strip())
