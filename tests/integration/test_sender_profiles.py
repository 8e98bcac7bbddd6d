"""Sender profiles in a real SQLite database: save, find by phone or name, fill."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from app.domain.consignment import Consignment
from app.domain.customs import CustomsDeclaration
from app.services.sender_profiles import fill, find, phone_key, save_from_consignment
from tests import factories


def test_phone_key_uses_last_ten_digits():
    assert phone_key("+7 916 555-12-34") == phone_key("8 (916) 555 12 34") == "9165551234"
    assert phone_key("") == ""


def test_save_find_and_fill(db):
    c = factories.consignment()
    with db.write() as s:
        saved = save_from_consignment(s, c)
    with db.read() as s:
        by_phone = find(s, "89165551234")
        by_name = find(s, "иванов")
        by_other_case = find(s, "ИВАНОВ сергей")
        nobody = find(s, "Petrov")
    assert (
        [p.id for p in by_phone]
        == [p.id for p in by_name]
        == [p.id for p in by_other_case]
        == [saved.id]
    )
    assert nobody == []
    profile = by_phone[0]
    assert profile.party == c.sender
    assert [ln.description for ln in profile.typical_lines] == [
        "Solid oak dining table",
        "Upholstered armchair",
    ]
    blank = Consignment(
        sender=factories.Party(), addressee=factories.ADDRESSEE, customs=CustomsDeclaration()
    )
    filled = fill(profile, blank)
    assert filled.sender == c.sender and filled.customs.lines == profile.typical_lines
    assert filled.addressee == factories.ADDRESSEE


def test_next_consignment_updates_profile_and_merges_lines(db):
    c = factories.consignment()
    with db.write() as s:
        first = save_from_consignment(s, c, now=datetime(2026, 8, 1, tzinfo=UTC))
    moved = replace(c.sender, address="ул. Арбат, д. 1", phone="8 916 555 12 34")
    new_line = replace(factories.line(), description="Oak bookshelf", hs_code="940360")
    c2 = replace(
        c,
        sender=moved,
        customs=replace(c.customs, lines=(new_line, factories.line())),
    )
    with db.write() as s:
        second = save_from_consignment(s, c2, now=datetime(2026, 8, 8, tzinfo=UTC))
    assert second.id == first.id
    assert second.party.address == "ул. Арбат, д. 1"
    assert [ln.description for ln in second.typical_lines] == [
        "Oak bookshelf",
        "Solid oak dining table",
        "Upholstered armchair",
    ]


def test_sender_without_phone_is_kept_by_name_and_postcode(db):
    c = factories.consignment(sender=replace(factories.SENDER, phone=""))
    with db.write() as s:
        a = save_from_consignment(s, c)
        b = save_from_consignment(s, c)
        other = save_from_consignment(s, replace(c, sender=replace(c.sender, postcode="190000")))
    assert a.id == b.id != other.id
