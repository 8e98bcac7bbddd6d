"""The rules the counter applies: product limits, pricing and customs checks by date.

One object for the UI, the CLI and the services, backed by the corridor's rule files in
``resources/rules`` (loaded and checked once, at start-up), overlaid with the reference
data central published (``counter_rules_in_force``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from app.domain.consignment import Consignment
from app.domain.customs_rules import CustomsRules
from app.domain.problems import Problem
from app.domain.product import ProductLimits
from app.domain.validation import validate_consignment
from app.services.pricing import Pricing
from app.services.reference_data import ReferenceData, load_reference_data
from app.services.terminal import CounterContext
from app.store.database import Database


@dataclass(frozen=True, slots=True)
class CounterRules:
    """Product limits by date, the pricing for quotes, and the customs rules for validation."""

    data: ReferenceData
    # {kind: "shipped" | "central vN"}: recorded with every acceptance priced with these.
    versions: Mapping[str, str] = field(default_factory=dict)

    @property
    def pricing(self) -> Pricing:
        return self.data.pricing()

    @property
    def customs_rules(self) -> CustomsRules:
        return self.data.customs_rules()

    def limits_on(self, day: date, code: str = "heavy-parcel") -> ProductLimits:
        return self.data.product_limits(code, day)

    def limits_today(self, ctx: CounterContext) -> ProductLimits:
        return self.limits_on(ctx.business_day(datetime.now(UTC)))

    def validate(self, consignment: Consignment, limits: ProductLimits, day: date) -> list[Problem]:
        """Every problem of ``consignment`` under the limits and customs rules of ``day``."""
        return validate_consignment(consignment, limits, self.customs_rules, day)


def counter_rules() -> CounterRules:
    """Rules for this terminal, from the shipped rule files (cached after the first load)."""
    return CounterRules(load_reference_data())


def counter_rules_in_force(db: Database, day: date) -> CounterRules:
    """Rules for the next consignment: shipped files overlaid with central's documents in
    force on ``day`` (issue 14). Called between consignments, never during one."""
    from app.services.reference_sync import current

    ref = current(db, day)
    return CounterRules(ref.data, ref.versions)
