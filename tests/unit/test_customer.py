"""Business customers: the ``customers`` document, tax ids and price plans (issue 17)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.customer import check_inn, parse_customers
from app.domain.money import Money
from app.domain.rulebook import RuleError
from app.domain.tariff import FeeBand, Tariff
from app.services.reference_data import ReferenceDataError, loads_with_lines, parse_document

PUBLIC = Tariff(
    "IN",
    "INR",
    date(2026, 1, 1),
    (
        FeeBand(50_000, Decimal("5000.00"), Decimal("0")),
        FeeBand(400_000, Decimal("5000.00"), Decimal("100.00")),
    ),
)


def _doc(**over: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "code": "shopkart",
        "contract": "IN-MP-2026/017",
        "name": "ShopKart Exports Pvt Ltd",
        "kind": "marketplace",
        "country": "IN",
        "gstin": "07AAACS1234F1ZU",
        "iec": "0512345678",
        "account": {"allowed": True, "credit_limit": "500000.00", "currency": "INR"},
        "price_plans": [
            {"name": "Marketplace -15 %", "effective_from": "2026-01-01", "discount_percent": "15"},
            {
                "name": "ShopKart own tariff",
                "effective_from": "2026-07-01",
                "tariffs": [
                    {
                        "origin": "IN",
                        "currency": "INR",
                        "effective_from": "2026-07-01",
                        "bands": [
                            {"up_to_grams": 400000, "base": "3000.00", "per_started_kg": "50.00"}
                        ],
                    }
                ],
            },
        ],
    }
    entry.update(over)
    return {"file": "customers", "schema_version": 1, "customers": [entry]}


def test_customer_document_is_read_with_its_plans() -> None:
    (c,) = parse_customers(_doc())
    assert c.code == "SHOPKART" and c.gstin == "07AAACS1234F1ZU" and c.account_allowed
    assert c.credit_limit == Money(Decimal("500000.00"), "INR")
    june, july = c.plan_on(date(2026, 6, 30)), c.plan_on(date(2026, 7, 1))
    assert june is not None and june.name == "Marketplace -15 %"
    # 60 kg: public 5000 + 10 x 100 = 6000, less 15 %
    assert june.piece_fee(PUBLIC, 60_000, date(2026, 6, 30)) == Money(Decimal("5100.00"), "INR")
    assert july is not None and july.piece_fee(PUBLIC, 60_000, date(2026, 7, 1)) == Money(
        Decimal("6000.00"), "INR"
    )
    assert c.plan_on(date(2025, 12, 31)) is None


@pytest.mark.parametrize(
    ("over", "words"),
    [
        ({"gstin": "07AAACS1234F1Z5"}, "not a valid GSTIN"),
        ({"gstin": ""}, "needs its GSTIN"),
        ({"country": "RU", "gstin": "", "inn": "7707083894"}, "INN"),
        ({"kind": "shop"}, "'kind' is one of"),
        ({"code": "a b"}, "'code'"),
        ({"account": {"allowed": True}}, "credit_limit"),
        (
            {
                "price_plans": [
                    {"name": "x", "effective_from": "2026-01-01", "discount_percent": "100"}
                ]
            },
            "below 100",
        ),
        ({"price_plans": [{"name": "x", "effective_from": "2026-01-01"}]}, "either"),
    ],
)
def test_bad_customer_entries_are_refused_with_the_reason(
    over: dict[str, object], words: str
) -> None:
    with pytest.raises(RuleError, match=words):
        parse_customers(_doc(**over))


def test_russian_inn_is_checked() -> None:
    assert check_inn("7707083893") == "7707083893"


def test_customers_is_a_reference_kind_checked_with_its_line() -> None:
    import json

    text = json.dumps(_doc(gstin="07AAACS1234F1Z5"), indent=1)
    with pytest.raises(ReferenceDataError) as err:
        parse_document("customers", text)
    assert err.value.line == 5  # the customer entry's opening brace
    assert parse_document("customers", json.dumps(_doc()))[0].code == "SHOPKART"
    assert loads_with_lines("{}") == {}
