"""Contract prices of business customers (issue 17): the fee from the customer's plan.

The public ``Pricing`` still gives the chargeable weight and the expected import duty;
only the fee is replaced by the customer's price plan in force on the acceptance date,
piece by piece (each piece by its own chargeable weight, as the public tariff charges).
The quote keeps the plan's name and the public fee, for the screen and the receipt.
A customer without a plan that covers the consignment pays the public tariff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from app.domain.consignment import Consignment
from app.domain.customer import BusinessCustomer
from app.domain.money import Money
from app.domain.product import ProductLimits
from app.domain.tariff import Tariff, tariff_in_force
from app.services.pricing import Pricing, Quote


def contract_quote(
    pricing_quote: Quote,
    customer: BusinessCustomer,
    consignment: Consignment,
    limits: ProductLimits,
    currency: str,
    on: date,
    public_tariffs: Sequence[Tariff],
) -> Quote:
    """``pricing_quote`` (the public one) with the fee of ``customer``'s plan on ``on``;
    unchanged when the customer is inactive or has no plan for this origin and currency."""
    plan = customer.plan_on(on)
    origin = consignment.sender.country
    if not customer.active or plan is None or not plan.covers(origin, currency, on):
        return pricing_quote
    try:
        public = tariff_in_force(public_tariffs, origin, currency, on)
    except LookupError:
        return pricing_quote
    total = Money.zero(currency)
    for piece in consignment.pieces:
        total = total + plan.piece_fee(
            public, piece.chargeable_grams(limits.volumetric_divisor), on
        )
    return replace(
        pricing_quote,
        fee=total.quantized(),
        plan_name=plan.name,
        public_fee=pricing_quote.fee,
    )


@dataclass(frozen=True, slots=True)
class ContractPricing:
    """A ``Pricing`` that charges ``customer``'s plan over ``base`` (the public pricing)."""

    base: Pricing
    customer: BusinessCustomer
    public_tariffs: Sequence[Tariff]

    def quote(
        self, consignment: Consignment, limits: ProductLimits, currency: str, on: date
    ) -> Quote:
        public = self.base.quote(consignment, limits, currency, on)
        return contract_quote(
            public, self.customer, consignment, limits, currency, on, self.public_tariffs
        )
