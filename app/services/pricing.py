"""The price of a consignment shown before Accept: fee and the expected import duty.

``Pricing`` is what the acceptance screen and service need; the corridor's rule files
(tariff bands, import regimes, rates) provide the real implementation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from app.domain.consignment import Consignment
from app.domain.money import Money
from app.domain.product import ProductLimits


@dataclass(frozen=True, slots=True)
class Quote:
    """What the customer pays now and what the addressee should expect to pay at import."""

    chargeable_grams: int
    fee: Money
    duty: Money | None = None
    # How the duty was found, in parts, each a ``Translatable`` where it has a template:
    # the window translates them one by one, logs and tests read ``duty_note``.
    duty_parts: tuple[str, ...] = ()
    # The date of the exchange rate behind ``duty`` when that rate is out of date, else "".
    stale_rate_of: str = ""
    # A business customer's price plan behind ``fee`` (issue 17), "" for the public tariff;
    # ``public_fee`` is what the public tariff would have charged, shown for comparison.
    plan_name: str = ""
    public_fee: Money | None = None

    @property
    def duty_note(self) -> str:
        """The explanation of the expected duty in English."""
        return " ".join(self.duty_parts)


class Pricing(Protocol):
    """Prices a consignment on a given acceptance date."""

    def quote(
        self, consignment: Consignment, limits: ProductLimits, currency: str, on: date
    ) -> Quote: ...


@dataclass(frozen=True, slots=True)
class PerKgPricing:
    """Base fee plus a rate per started kilogram of chargeable weight, per currency.

    Used when no tariff file is loaded (tests of the acceptance flow, demo without
    resources); the corridor's tariff bands replace it at run time.
    """

    base: dict[str, Money]
    per_kg: dict[str, Money]

    def quote(
        self, consignment: Consignment, limits: ProductLimits, currency: str, on: date
    ) -> Quote:
        del on
        chargeable = consignment.chargeable_grams(limits.volumetric_divisor)
        started_kg = -(-chargeable // 1000)
        fee = (self.base[currency] + self.per_kg[currency] * started_kg).quantized()
        return Quote(chargeable, fee)


def default_pricing() -> PerKgPricing:
    from decimal import Decimal

    return PerKgPricing(
        base={"RUB": Money(Decimal("1500"), "RUB"), "INR": Money(Decimal("1200"), "INR")},
        per_kg={"RUB": Money(Decimal("180"), "RUB"), "INR": Money(Decimal("150"), "INR")},
    )
