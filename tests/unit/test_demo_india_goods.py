"""The India → Russia demo goods against the rules data: each good meets exactly the
restrictions for Russia it says, with a public source; the refused examples are refused;
generated consignments and the marketplace batch pass the corridor's checks."""

from __future__ import annotations

import json
import random
from datetime import date
from decimal import Decimal

import pytest

from app.devices.scale.simulator import parse_script
from app.domain.consignment import Consignment, Party, Piece
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.customs_rules import validate_customs_rules
from app.domain.money import Money
from app.domain.restrictions import Action
from app.domain.s10 import S10
from app.domain.s10 import check as check_s10
from app.domain.validation import validate_consignment
from app.services import demo_india
from app.services.demo_india import (
    GOODS,
    KINDS,
    REFUSED_EXAMPLES,
    RESTRICTION_SOURCES,
    DemoGood,
    certificate_for,
)
from app.services.paths import resource
from app.services.reference_data import load_reference_data

DAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def rules():
    return load_reference_data().customs_rules()


def one_line(good: DemoGood, certificate: str) -> Consignment:
    seller = demo_india.SENDERS[0]
    return Consignment(
        sender=seller.party(),
        addressee=demo_india.ADDRESSEES[1].party(),
        customs=CustomsDeclaration(
            category=CustomsCategory.SALE_OF_GOODS,
            lines=(
                CustomsLine(
                    description=good.description,
                    quantity=10,
                    net_grams=max(1000, good.unit_grams * 10),
                    value=Money(good.unit_value * 10, "USD"),
                    hs_code=good.hs_code,
                    origin_country="IN",
                ),
            ),
            currency="USD",
            invoice_number="AAEC/26-27/00001",
            exporter_iec=seller.iec,
            pbe_reference="PBE-IV/600032/2026/0000001",
            certificate_number=certificate,
        ),
        pieces=(Piece("CP100000004IN"),),
    )


@pytest.mark.parametrize("good", GOODS, ids=lambda g: g.description[:30])
def test_each_good_meets_exactly_its_restrictions_for_russia(good: DemoGood, rules) -> None:
    hits = {
        r.id: r.action
        for r in rules.restrictions
        if r.applies_to("RU") and r.matches(good.description, good.hs_code)
    }
    assert set(hits) == set(good.restrictions)
    assert good.refused == (Action.PROHIBITED in hits.values())
    for rule_id in good.restrictions:
        assert RESTRICTION_SOURCES[rule_id].strip(), rule_id


@pytest.mark.parametrize("good", GOODS, ids=lambda g: g.description[:30])
def test_each_good_passes_with_its_certificate_or_is_a_refused_example(good, rules) -> None:
    problems = validate_customs_rules(one_line(good, certificate_for([good], 1234)), rules, DAY)
    codes = {p.code for p in problems if p.blocking}
    if good.refused:
        assert codes == {"restricted.prohibited"}
    else:
        assert codes == set()
    if any(r in demo_india.CERTIFICATES for r in good.restrictions):
        # Without its certificate the same good is held: the restriction is real.
        held = validate_customs_rules(one_line(good, ""), rules, DAY)
        assert "restricted.certificate" in {p.code for p in held}


def test_the_mix_covers_the_corridor_and_names_the_refused_examples() -> None:
    assert {g.kind for g in GOODS} == set(KINDS)
    assert {g.description.split()[0] for g in REFUSED_EXAMPLES} == {"Tramadol", "Slimming"}
    for kind in KINDS:
        assert demo_india.allowed_goods(kind), kind


def test_rules_added_for_these_goods_carry_source_and_effective_date() -> None:
    entries = json.loads(resource("rules", "restrictions.json").read_text(encoding="utf-8"))
    added = {e["id"]: e for e in entries["rules"] if e["id"] in RESTRICTION_SOURCES}
    for rule_id in ("dietary_supplements", "potent_substances"):
        entry = added[rule_id]
        assert entry["destinations"] == ["RU"]
        assert entry["source"].strip()
        assert date.fromisoformat(entry["effective_from"]) <= DAY
    # Every rule a demo good names is in the rules data.
    assert {r for g in GOODS for r in g.restrictions} <= set(added)


@pytest.mark.parametrize("seed", range(40))
def test_generated_consignments_pass_the_counters_checks(seed: int, rules) -> None:
    limits = load_reference_data().product_limits("heavy-parcel", DAY)
    rng = random.Random(seed)
    n = rng.choice([1, 1, 2, 3])
    s10s = [str(S10.build("CP", 10_000_000 + seed * 4 + i, "IN")) for i in range(n)]
    c, gstin = demo_india.make_consignment(rng, s10s, limits=limits)
    blocking = [p for p in validate_consignment(c, limits, rules, DAY) if p.blocking]
    assert blocking == [], blocking
    assert c.sender.country == "IN" and c.addressee.country == "RU"
    assert {ln.hs_code for ln in c.customs.lines} <= {g.hs_code for g in GOODS}
    refused = {g.description for g in REFUSED_EXAMPLES}
    assert not refused & {ln.description for ln in c.customs.lines}
    if gstin:
        assert c.customs.category is CustomsCategory.SALE_OF_GOODS
        assert c.customs.exporter_iec == gstin[2:12] and c.sender.tax_id == gstin
        assert c.customs.pbe_reference.startswith(("PBE-III/", "PBE-IV/"))
        assert c.customs.invoice_number
    else:
        assert c.customs.category is CustomsCategory.GIFT


def test_addressees_are_in_cyrillic_with_latin_forms() -> None:
    for a in demo_india.ADDRESSEES:
        party: Party = a.party()
        assert any("\u0400" <= ch <= "\u04ff" for ch in party.name)
        latin = dict(party.latin)
        assert set(latin) == {"name", "address", "city"}
        assert all(v.isascii() for v in latin.values())


def test_marketplace_batch_file(rules) -> None:
    doc = json.loads(demo_india.MARKETPLACE_BATCH.read_text(encoding="utf-8"))
    assert doc["format"] == "postcounter-preadvice"
    assert doc["batch"] == "IN-MP-2026-000123" and doc["customer"] == "SHOPKART"
    parcels = doc["parcels"]
    assert len(parcels) == 20 and len({p["s10"] for p in parcels}) == 20
    allowed = {g.description for g in GOODS if not g.refused}
    for p in parcels:
        assert check_s10(p["s10"]).ok and p["s10"].endswith("IN")
        assert Decimal(p["declared_weight_kg"]) >= 30
        assert p["customs"]["pbe_reference"].startswith("PBE-III/")
        assert {ln["description"] for ln in p["customs"]["lines"]} <= allowed
    declared = [round(Decimal(p["declared_weight_kg"]) * 1000) for p in parcels]
    # What the simulated scale shows with the script (the parser `scale simulate` uses).
    steps = parse_script(demo_india.MARKETPLACE_SCALE_SCRIPT.read_text(encoding="utf-8"))
    shown = [s.grams for s in steps if s.stable and s.grams > 0]
    assert len(shown) == 20
    pairs = list(zip(declared, shown, strict=True))
    far = [i + 1 for i, (d, s) in enumerate(pairs) if abs(d - s) > 5000]
    assert far == [6, 15]  # as resources/demo/README.md says
    assert max(abs(d - s) for i, (d, s) in enumerate(pairs) if i + 1 not in far) <= 200
