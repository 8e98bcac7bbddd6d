"""Russian import duty per postal item and by channel (issue 10).

From 2026-07-01 the EAEU e-commerce regime applies to goods bought on e-commerce
platforms (category sale of goods); other personal items keep 200 EUR / 31 kg / 15 % /
2 EUR per kg. Each S10 is assessed on its own unless the regime counts the items of a
consignment as one shipment, and then the estimate says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.duty import T_PER_ITEM, T_TOGETHER, expected_duty, regime_in_force
from app.domain.money import Money
from app.services.reference_data import load_reference_data
from tests import factories

REF = load_reference_data()
NEW = date(2026, 8, 1)


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


def to_russia(category: CustomsCategory, lines: tuple[CustomsLine, ...], *grams: int):
    return factories.consignment(
        sender=factories.ADDRESSEE,
        addressee=factories.SENDER,
        customs=CustomsDeclaration(
            category=category, lines=lines, currency="EUR", invoice_number="I-1"
        ),
        pieces=tuple(
            factories.piece(s10, g)
            for s10, g in zip(("CB100000003IN", "CB100000017IN"), grams, strict=False)
        ),
    )


def line(desc: str, value: str, on: int) -> CustomsLine:
    return CustomsLine(desc, 1, 20_000, eur(value), "940360", "IN", piece=on)


def test_regime_is_chosen_by_channel_after_2026_07_01() -> None:
    assert regime_in_force(REF.regimes, "RU", NEW, "sale_of_goods").id == "ru-ecommerce-2026"
    for other in ("gift", "other", "commercial_sample"):
        assert regime_in_force(REF.regimes, "RU", NEW, other).id == "ru-personal-2020"


def test_a_gift_keeps_200_eur_31_kg_15_percent_2_eur_per_kg() -> None:
    c = to_russia(CustomsCategory.GIFT, (line("Wooden rocking chair", "300.00", 1),), 40_000)
    est = expected_duty(REF.regimes, REF.rates, c, NEW)
    # 15 % of 100 EUR over the allowance = 15; 2 EUR x 9 kg over 31 kg = 18: the larger
    assert est.regime_id == "ru-personal-2020" and est.amount == eur("18.00")
    assert not est.unconfirmed_note


def test_each_item_is_assessed_on_its_own() -> None:
    lines = (line("Teak bookcase", "150.00", 1), line("Teak bed frame", "150.00", 2))
    c = to_russia(CustomsCategory.GIFT, lines, 31_000, 31_000)
    est = expected_duty(REF.regimes, REF.rates, c, NEW)
    # each item: 150 EUR and 31 kg, within both limits; together they would not be
    assert est.template == T_PER_ITEM and est.amount == eur("0.00") and est.duty_free
    assert "each of the 2 items" in est.message
    together = replace(REF.regimes[0], items_as_one_shipment=True)
    est2 = expected_duty((together,), REF.rates, c, NEW)
    assert est2.template == T_TOGETHER and "as one shipment" in est2.message
    assert est2.amount == eur("62.00")  # 2 EUR x 31 kg over 31 kg > 15 % of 100 EUR
