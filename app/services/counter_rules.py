"""The rules the counter applies today: product limits and pricing, in one place for UI and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain.product import DEFAULT_HEAVY, ProductLimits
from app.services.pricing import Pricing, default_pricing
from app.services.terminal import CounterContext


@dataclass(frozen=True, slots=True)
class CounterRules:
    """Product limits by date and the pricing used for quotes and acceptance."""

    versions: tuple[ProductLimits, ...]
    pricing: Pricing

    def limits_on(self, day: date, code: str = "heavy-parcel") -> ProductLimits:
        from app.domain.product import in_force

        return in_force(self.versions, code, day)

    def limits_today(self, ctx: CounterContext) -> ProductLimits:
        return self.limits_on(ctx.business_day(datetime.now(UTC)))


def counter_rules() -> CounterRules:
    """Rules for this terminal."""
    return CounterRules((DEFAULT_HEAVY,), default_pricing())
