"""Table-driven tests of the corridor rules shipped in resources/rules, at their boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.domain.customs import CustomsDeclaration, CustomsLine
from app.domain.duty import T_FREE, T_NO_REGIME, assess, regime_in_force
from app.domain.money import Money
from app.domain.rates import RateSnapshot
from app.domain.validation import validate_consignment
from app.services.reference_data import load_reference_data
from tests import factories

REF = load_reference_data()


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


# --- product limits by date: the 30 kg and 200 kg boundaries ----------------------------


@pytest.mark.parametrize(
    ("on", "divisor"),
    [
        (date(2026, 1, 1), 5000),
        (date(2026, 6, 30), 5000),
        (date(2026, 7, 1), 6000),
        (date(2027, 1, 1), 6000),
    ],
)
def test_product_version_in_force(on, divisor):
    assert REF.product_limits("heavy-parcel", on).volumetric_divisor == divisor


def test_no_product_before_first_version():
    with pytest.raises(LookupError):
        REF.product_limits("heavy-parcel", date(2025, 12, 31))


@pytest.mark.parametrize(
    ("grams", "in_range"),
    [
        (29_999, False),
        (30_000, True),
        (30_001, True),
        (199_999, True),
        (200_000, True),
        (200_001, False),
    ],
)
def test_piece_weight_range_30_to_200_kg(grams, in_range):
    limits = REF.product_limits("heavy-parcel", date(2026, 3, 1))
    c = factories.consignment(pieces=(factories.piece(grams=grams),))
    codes = {p.code for p in validate_consignment(c, limits, REF.rules, date(2026, 3, 1))}
    assert ("weight.range" not in codes) is in_range


# --- fee bands ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("origin", "currency", "grams", "on", "fee"),
    [
        ("RU", "RUB", 30_000, date(2026, 3, 1), "6500.00"),
        ("RU", "RUB", 50_000, date(2026, 3, 1), "6500.00"),  # top of the flat band
        ("RU", "RUB", 50_001, date(2026, 3, 1), "6690.00"),  # one started kg more
        ("RU", "RUB", 51_000, date(2026, 3, 1), "6690.00"),
        ("RU", "RUB", 100_000, date(2026, 3, 1), "16000.00"),
        ("RU", "RUB", 100_001, date(2026, 3, 1), "16170.00"),
        ("RU", "RUB", 200_000, date(2026, 3, 1), "33000.00"),
        ("RU", "RUB", 30_000, date(2026, 6, 30), "6500.00"),
        ("RU", "RUB", 30_000, date(2026, 7, 1), "6900.00"),  # new tariff
        ("IN", "INR", 30_000, date(2026, 3, 1), "9800.00"),
        ("IN", "INR", 150_000, date(2026, 3, 1), "34300.00"),
    ],
)
def test_fee_bands(origin, currency, grams, on, fee):
    assert REF.fee_for(origin, currency, grams, on) == Money(Decimal(fee), currency)


def test_volumetric_weight_over_200_kg_is_priced_and_above_the_last_band_refused():
    # 200 x 100 x 100 cm is the largest piece the limits allow: 400 kg volumetric.
    assert REF.fee_for("RU", "RUB", 200_001, date(2026, 3, 1)).amount == Decimal("33170.00")
    assert REF.fee_for("RU", "RUB", 400_000, date(2026, 3, 1)).amount == Decimal("67000.00")
    with pytest.raises(LookupError):
        REF.fee_for("RU", "RUB", 400_001, date(2026, 3, 1))


def test_no_tariff_for_other_currency():
    with pytest.raises(LookupError, match="no tariff"):
        REF.fee_for("RU", "USD", 40_000, date(2026, 3, 1))


def test_consignment_fee_is_sum_of_pieces():
    c = factories.consignment(
        pieces=(factories.piece("CB100000003RU", 40_000), factories.piece("CB100000017RU", 60_000))
    )
    limits = REF.product_limits("heavy-parcel", date(2026, 3, 1))
    fee = REF.fee_for_consignment(c, limits, "RUB", date(2026, 3, 1))
    # factories' piece is 120x80x60 cm: volumetric 115.2 kg at divisor 5000 decides both
    vol = factories.piece().chargeable_grams(5000)
    assert fee.per_piece == (REF.fee_for("RU", "RUB", vol, date(2026, 3, 1)),) * 2
    assert fee.total.amount == sum(f.amount for f in fee.per_piece)


# --- Russia's import regimes: 200 EUR, 31 kg, and the day the regime changes --------------

OLD = date(2026, 6, 30)
NEW = date(2026, 7, 1)


@pytest.mark.parametrize(
    ("on", "regime_id"),
    [
        (date(2020, 1, 1), "ru-personal-2020"),
        (OLD, "ru-personal-2020"),
        (NEW, "ru-ecommerce-2026"),
        (date(2030, 1, 1), "ru-ecommerce-2026"),
    ],
)
def test_regime_in_force_on_day(on, regime_id):
    assert regime_in_force(REF.regimes, "RU", on).id == regime_id


@pytest.mark.parametrize(
    ("value", "grams", "duty", "free"),
    [
        ("200.00", 31_000, "0.00", True),  # both limits exactly: duty-free
        ("200.01", 31_000, "0.00", False),  # 15 % of 0.01 rounds to 0.00 but not duty-free
        ("200.00", 31_001, "0.00", False),  # 2 EUR per 0.001 kg rounds to 0.00
        ("300.00", 31_000, "15.00", False),  # 15 % of 100
        ("150.00", 40_000, "18.00", False),  # 2 EUR x 9 kg
        ("300.00", 100_000, "138.00", False),  # weight minimum wins: 2 x 69
        ("1200.00", 35_000, "150.00", False),  # value wins: 15 % of 1000 > 2 x 4
    ],
)
def test_old_regime_until_2026_06_30(value, grams, duty, free):
    regime = regime_in_force(REF.regimes, "RU", OLD)
    est = assess(regime, eur(value), grams, "sale_of_goods")
    assert est.amount == eur(duty)
    assert est.duty_free is free
    assert est.vat == eur("0")
    assert not est.unconfirmed_note


@pytest.mark.parametrize(
    ("value", "grams", "duty", "vat", "free"),
    [
        ("200.00", 31_000, "0.00", "0.00", True),
        ("200.00", 200_000, "0.00", "0.00", True),  # no weight criterion (unconfirmed)
        ("200.01", 10_000, "10.00", "46.20", False),  # 1 EUR x 10 kg > 5 % of 200.01
        ("1000.00", 31_000, "50.00", "231.00", False),  # 5 % of the whole value
        ("300.00", 100_000, "100.00", "88.00", False),  # 1 EUR per kg wins
    ],
)
def test_new_regime_from_2026_07_01(value, grams, duty, vat, free):
    regime = regime_in_force(REF.regimes, "RU", NEW)
    est = assess(regime, eur(value), grams, "sale_of_goods")
    assert est.duty == eur(duty)
    assert est.vat == eur(vat)
    assert est.amount == eur(duty) + eur(vat)
    assert est.duty_free is free
    assert "UNCONFIRMED" in est.unconfirmed_note


def test_same_parcel_either_side_of_regime_change():
    c = factories.consignment(
        sender=factories.ADDRESSEE,
        addressee=factories.SENDER,
        customs=CustomsDeclaration(
            lines=(CustomsLine("Cotton bed sheets", 10, 30_000, eur("150.00"), "630231", "IN"),),
            currency="EUR",
            invoice_number="INV-1",
        ),
        pieces=(factories.piece("CB100000003IN", 40_000),),
    )
    before = REF.expected_duty(c, OLD)
    after = REF.expected_duty(c, NEW)
    assert before.regime_id == "ru-personal-2020" and before.amount == eur("18.00")
    assert after.regime_id == "ru-ecommerce-2026" and after.amount == eur("0.00")
    assert after.template == T_FREE


def test_documents_are_exempt():
    regime = regime_in_force(REF.regimes, "RU", NEW)
    assert assess(regime, eur("5000"), 150_000, "documents").amount == eur("0")


def test_india_destination_has_no_estimate():
    est = REF.expected_duty(factories.consignment(), date(2026, 8, 1))
    assert est.amount is None and est.template == T_NO_REGIME and "IN" in est.message


def test_value_in_rubles_is_converted_with_rate_date():
    decl = CustomsDeclaration(
        lines=(
            CustomsLine("Oak table", 1, 30_000, Money(Decimal("28440.00"), "RUB"), "940360", "IN"),
        ),
        currency="RUB",
        invoice_number="INV-1",
    )
    c = factories.consignment(sender=factories.ADDRESSEE, addressee=factories.SENDER, customs=decl)
    fresh = REF.expected_duty(c, date(2026, 11, 21))
    assert fresh.value == eur("300.00")  # 28440 / 94.80
    assert fresh.rate_as_of == date(2026, 11, 20) and not fresh.rate_stale
    stale = REF.expected_duty(c, date(2026, 11, 24))
    assert stale.rate_stale


# --- rates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "stale"),
    [(date(2026, 11, 20), False), (date(2026, 11, 23), False), (date(2026, 11, 24), True)],
)
def test_rate_staleness_boundary(on, stale):
    conv = REF.convert(eur("100"), "RUB", on)
    assert conv.money == Money(Decimal("9480.00"), "RUB")
    assert conv.stale is stale and conv.as_of == date(2026, 11, 20)


def test_day_before_first_snapshot_uses_it_marked_stale():
    conv = REF.convert(eur("1"), "RUB", date(2020, 1, 1))
    assert conv.stale and conv.as_of == date(2026, 11, 20)
    assert REF.rates_stale(date(2020, 1, 1))


def test_same_currency_needs_no_rate():
    conv = REF.convert(eur("12.345"), "EUR", date(2020, 1, 1))
    assert conv.money == eur("12.35") and not conv.stale


def test_fresh_rates_replace_stale_ones():
    snap = RateSnapshot(date(2026, 11, 25), {"EUR": Decimal(1), "RUB": Decimal("100")})
    ref = REF.with_rates(snap)
    conv = ref.convert(eur("2"), "RUB", date(2026, 11, 25))
    assert conv.money.amount == Decimal("200.00") and not conv.stale
    assert REF.rates.snapshot_on(date(2026, 11, 25)).as_of == date(2026, 11, 20)


def test_cross_rate_between_non_base_currencies():
    conv = REF.convert(Money(Decimal("9760"), "INR"), "EUR", date(2026, 11, 20))
    assert conv.money == eur("100.00")


def test_pricing_quote_carries_fee_and_duty():
    c = factories.consignment(
        sender=factories.ADDRESSEE,
        addressee=factories.SENDER,
        pieces=(replace(factories.piece("CB100000003IN"), dimensions=None),),
    )
    limits = REF.product_limits("heavy-parcel", NEW)
    quote = REF.pricing().quote(c, limits, "INR", NEW)
    assert quote.fee == REF.fee_for("IN", "INR", 52_350, NEW)
    assert quote.duty is not None and quote.duty.currency == "EUR"
    assert "UNCONFIRMED" in quote.duty_note
