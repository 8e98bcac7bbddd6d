"""Counter fee from chargeable weight: dated tariffs per origin country and currency.

A tariff is a list of weight bands. A band covers weights above the previous band's
limit up to and including its own ``up_to_grams``; its fee is ``base`` plus
``per_started_kg`` for every started kilogram above the previous band's limit. The fee
is per piece (each piece is a postal item with its own label); a consignment's fee is
the sum of its pieces' fees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.money import Money
from app.domain.rulebook import (
    RuleError,
    get_date,
    get_decimal,
    get_int,
    get_list,
    get_str,
    line_of,
    version_in_force,
)
from app.domain.weight import Grams


@dataclass(frozen=True, slots=True)
class FeeBand:
    """Weights up to and including ``up_to_grams`` (above the previous band)."""

    up_to_grams: Grams
    base: Decimal
    per_started_kg: Decimal


@dataclass(frozen=True, slots=True)
class Tariff:
    """Fee bands of one origin country and currency from ``effective_from`` on."""

    origin: str
    currency: str
    effective_from: date
    bands: tuple[FeeBand, ...]

    @property
    def max_grams(self) -> Grams:
        return self.bands[-1].up_to_grams

    def fee(self, chargeable_grams: Grams) -> Money:
        """Fee of one piece of ``chargeable_grams``; ``LookupError`` above the last band."""
        if chargeable_grams < 0:
            raise ValueError("chargeable weight cannot be negative")
        lower = 0
        for band in self.bands:
            if chargeable_grams <= band.up_to_grams:
                started_kg = -(-(max(0, chargeable_grams - lower)) // 1000)
                amount = band.base + band.per_started_kg * started_kg
                return Money(amount, self.currency).quantized()
            lower = band.up_to_grams
        raise LookupError(
            f"{chargeable_grams} g is above the tariff's last band ({self.max_grams} g)"
        )

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> Tariff:
        what = "tariff"
        origin = get_str(entry, "origin", what).upper()
        currency = get_str(entry, "currency", what).upper()
        what = f"tariff {origin}/{currency}"
        effective = get_date(entry, "effective_from", what)
        assert effective is not None
        bands: list[FeeBand] = []
        previous = 0
        for raw in get_list(entry, "bands", what):
            band_what = f"{what} band"
            up_to = get_int(raw, "up_to_grams", band_what, minimum=1)
            base = get_decimal(raw, "base", band_what)
            per_kg = get_decimal(raw, "per_started_kg", band_what)
            assert up_to is not None and base is not None and per_kg is not None
            if up_to <= previous:
                raise RuleError(
                    f"{band_what}: up_to_grams {up_to} must be above the previous band's {previous}",
                    line_of(raw),
                )
            previous = up_to
            bands.append(FeeBand(up_to, base, per_kg))
        if not bands:
            raise RuleError(f"{what}: 'bands' is empty", line_of(entry))
        return cls(origin, currency, effective, tuple(bands))


def tariff_in_force(tariffs: Iterable[Tariff], origin: str, currency: str, on: date) -> Tariff:
    """The tariff of ``origin``/``currency`` in force on ``on``; ``LookupError`` if none."""
    found = version_in_force(
        tariffs, on, lambda t: t.origin == origin.upper() and t.currency == currency.upper()
    )
    if found is None:
        raise LookupError(
            f"no tariff for origin {origin} in {currency} in force on {on.isoformat()}"
        )
    return found
