"""The cash arithmetic of the payment step: change, short cash, a mistyped amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.money import Money
from app.domain.payment import CARD, CASH, PaymentProblem, tender


def rub(text: str) -> Money:
    return Money(Decimal(text), "RUB")


@pytest.mark.parametrize(
    ("due", "given", "change"),
    [
        ("1600.00", "2000", "400.00"),
        ("1612.35", "1612.35", "0.00"),
        ("1612.35", None, "0.00"),  # Enter on an empty field: the exact amount
        ("0.00", "0", "0.00"),
        ("999.995", "1000", "0.00"),  # due rounded half-up to kopecks first
    ],
)
def test_cash_change(due: str, given: str | None, change: str) -> None:
    t = tender(CASH, rub(due), rub(given) if given is not None else None)
    assert t.change == rub(change)
    assert t.tendered is not None and t.tendered >= t.due


@pytest.mark.parametrize(
    ("given", "words"),
    [("1500", "less than"), ("160000", "far more"), ("-1", "Type the cash")],
)
def test_cash_refused_with_what_to_do(given: str, words: str) -> None:
    with pytest.raises(PaymentProblem, match=words):
        tender(CASH, rub("1600"), rub(given))


def test_cash_in_another_currency_refused() -> None:
    with pytest.raises(PaymentProblem, match="RUB only"):
        tender(CASH, rub("1600"), Money(Decimal("2000"), "INR"))


def test_card_has_no_change_and_unknown_method_is_refused() -> None:
    t = tender(CARD, rub("1600"), rub("5000"))
    assert t.tendered is None and t.change is None and t.due == rub("1600.00")
    with pytest.raises(PaymentProblem, match="cash, card or account"):
        tender("cheque", rub("1600"))
