"""Contract prices (issue 17): a customer's plan replaces the public fee, piece by piece."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.domain.consignment import Party
from app.domain.money import Money
from app.domain.weight import Dimensions
from app.services.contract_pricing import ContractPricing
from app.services.counter_rules import counter_rules
from app.services.customers import demo_customers
from tests import factories

ON = date(2026, 9, 1)


def _customer(code: str):
    return next(c for c in demo_customers() if c.code == code)


def _small(s10: str, grams: int):
    return replace(factories.piece(s10, grams), dimensions=Dimensions(400, 300, 200))


def test_own_tariff_plan_charges_its_bands_per_piece_and_keeps_the_public_fee() -> None:
    rules = counter_rules()
    limits = rules.limits_on(ON)
    # 45 kg and 61.2 kg: the plan's first band (5800) and second (5800 + 12 started kg x 160)
    c = factories.consignment(
        pieces=(_small("CP100000001RU", 45_000), _small("CP100000002RU", 61_200))
    )
    pricing = ContractPricing(rules.pricing, _customer("VOLGAMED"), rules.data.tariffs)
    quote = pricing.quote(c, limits, "RUB", ON)
    assert quote.fee == Money(
        Decimal("5800.00") + Decimal("5800.00") + 12 * Decimal("160.00"), "RUB"
    )
    assert quote.plan_name == "VolgaMed contract tariff 2026"
    # the public tariff of 2026-07-01: 6900 + (6900 + 12 x 200)
    assert quote.public_fee == Money(Decimal("16200.00"), "RUB")
    assert quote.public_fee == rules.pricing.quote(c, limits, "RUB", ON).fee
    assert quote.duty == rules.pricing.quote(c, limits, "RUB", ON).duty


def test_discount_plan_takes_its_percent_off_the_public_fee() -> None:
    rules = counter_rules()
    limits = rules.limits_on(ON)
    sender = Party(name="ShopKart Exports Pvt Ltd", address="Plot 14", city="New Delhi",
                   postcode="110020", country="IN", phone="+91 11 4055 1700")  # fmt: skip
    c = factories.consignment(sender=sender, addressee=factories.SENDER,
                              pieces=(_small("CP100000001IN", 45_000),))  # fmt: skip
    quote = ContractPricing(rules.pricing, _customer("SHOPKART"), rules.data.tariffs).quote(
        c, limits, "INR", ON
    )
    assert quote.public_fee == Money(Decimal("9800.00"), "INR")
    assert quote.fee == Money(Decimal("8624.00"), "INR")  # 9800 - 12 %
    assert quote.plan_name == "Marketplace −12 %"


def test_a_plan_that_does_not_cover_the_origin_leaves_the_public_price() -> None:
    rules = counter_rules()
    limits = rules.limits_on(ON)
    sender = replace(factories.SENDER, country="IN")
    c = factories.consignment(sender=sender, pieces=(_small("CP100000001IN", 45_000),))
    public = rules.pricing.quote(c, limits, "INR", ON)
    # VolgaMed's own tariff has only RU/RUB bands: an Indian consignment pays the public fee
    quote = ContractPricing(rules.pricing, _customer("VOLGAMED"), rules.data.tariffs).quote(
        c, limits, "INR", ON
    )
    assert quote == public and quote.plan_name == ""
    inactive = replace(_customer("SHOPKART"), active=False)
    assert (
        ContractPricing(rules.pricing, inactive, rules.data.tariffs).quote(c, limits, "INR", ON)
        == public
    )


def test_demo_customers_have_valid_tax_ids_and_the_accounts_the_demo_needs() -> None:
    from app.domain.customer import check_tax_ids

    customers = {c.code: c for c in demo_customers()}
    assert set(customers) == {"SHOPKART", "KARIGAR", "VOLGAMED"}
    for c in customers.values():
        assert check_tax_ids(c.country, c.inn, c.gstin) == (c.inn, c.gstin)
    assert customers["SHOPKART"].credit_limit == Money(Decimal("500000.00"), "INR")
    assert customers["SHOPKART"].iec and customers["SHOPKART"].plan_on(ON).discount_percent
    assert not customers["KARIGAR"].account_allowed
    assert len(customers["VOLGAMED"].inn) == 10
    assert customers["VOLGAMED"].credit_limit.currency == "RUB"
    assert customers["VOLGAMED"].plan_on(ON).tariffs
