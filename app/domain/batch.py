"""Marketplace batches (issue 17): the declared-versus-actual weight tolerance.

A marketplace's list declares each parcel's gross weight; the counter weighs it. The
difference is *flagged* when it is larger than the tolerance of the rules data
(``resources/rules/products.json``, ``batch_weight_tolerance`` of the product version in
force): ``|actual - declared| > max(grams, percent of declared)``. A small parcel is judged
by the fixed grams (a scale's and a packer's ordinary spread), a large one by the per cent.
A flagged item is still accepted and charged by the actual weight; the flag goes on the
screen, the acceptance and the act.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from app.domain.weight import Grams

MAX_TOLERANCE_PERCENT = Decimal(50)
MAX_TOLERANCE_GRAMS = 100_000


@dataclass(frozen=True, slots=True)
class WeightTolerance:
    """How far an actual weight may differ from the declared one without a flag."""

    percent: Decimal
    grams: Grams

    def __post_init__(self) -> None:
        if not (Decimal(0) <= self.percent <= MAX_TOLERANCE_PERCENT):
            raise ValueError(f"percent must be 0..{MAX_TOLERANCE_PERCENT}, found {self.percent}")
        if not 0 <= self.grams <= MAX_TOLERANCE_GRAMS:
            raise ValueError(f"grams must be 0..{MAX_TOLERANCE_GRAMS}, found {self.grams}")

    @classmethod
    def from_mapping(cls, data: Any) -> WeightTolerance:
        """From ``{"percent": "3", "grams": 500}``; ``ValueError`` on anything else."""
        if not isinstance(data, dict):
            raise ValueError('must be an object like {"percent": "3", "grams": 500}')
        percent, grams = data.get("percent"), data.get("grams")
        if not isinstance(percent, str):
            raise ValueError(f'percent must be a decimal in quotes like "3", found {percent!r}')
        try:
            value = Decimal(percent)
        except ArithmeticError:
            raise ValueError(f"percent is not a number: {percent!r}") from None
        if not value.is_finite():
            raise ValueError(f"percent is not a number: {percent!r}")
        if isinstance(grams, bool) or not isinstance(grams, int):
            raise ValueError(f"grams must be a whole number, found {grams!r}")
        return cls(value, grams)

    def allowed(self, declared: Grams) -> Grams:
        """The largest difference (grams) that is not flagged for ``declared`` grams."""
        share = (Decimal(declared) * self.percent / 100).to_integral_value(ROUND_FLOOR)
        return max(self.grams, int(share))


# Used when a rules file has no tolerance (older rules data): 3 % or 500 g, the larger.
DEFAULT_TOLERANCE = WeightTolerance(Decimal(3), 500)


@dataclass(frozen=True, slots=True)
class WeightCheck:
    """An item's actual weight against its declared one."""

    declared: Grams | None
    actual: Grams
    allowed: Grams | None

    @property
    def difference(self) -> int | None:
        """Actual minus declared (negative: lighter than declared); None: nothing declared."""
        return None if self.declared is None else self.actual - self.declared

    @property
    def flagged(self) -> bool:
        diff, allowed = self.difference, self.allowed
        return diff is not None and allowed is not None and abs(diff) > allowed


def check_weight(declared: Grams | None, actual: Grams, tolerance: WeightTolerance) -> WeightCheck:
    """Compare ``actual`` with ``declared`` (``None``: the list declared none, no flag)."""
    if declared is None:
        return WeightCheck(None, actual, None)
    return WeightCheck(declared, actual, tolerance.allowed(declared))
