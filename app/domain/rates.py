"""Exchange and SDR (XDR) rates with their date, currency conversion and staleness.

Rates are units of each currency per one unit of the base currency (EUR), in dated
snapshots. A conversion on a day uses the latest snapshot dated on or before that day
and says how old it is; a snapshot older than ``max_age_days`` is stale and the screen
must show it as such (DESIGN.md 5.3).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.money import Money
from app.domain.rulebook import RuleError, get_date, get_int, get_list, get_str, line_of


@dataclass(frozen=True, slots=True)
class RateSnapshot:
    """Rates of one day: ``per_base[code]`` units of ``code`` for one unit of the base."""

    as_of: date
    per_base: Mapping[str, Decimal]
    source: str = ""

    @property
    def effective_from(self) -> date:
        return self.as_of


@dataclass(frozen=True, slots=True)
class Conversion:
    """A converted amount and the rate behind it."""

    money: Money
    rate: Decimal
    as_of: date
    stale: bool
    age_days: int


@dataclass(frozen=True, slots=True)
class RateTable:
    """All snapshots, the base currency and the age from which a rate is stale."""

    base: str
    snapshots: tuple[RateSnapshot, ...]
    max_age_days: int = 3

    def snapshot_on(self, on: date) -> RateSnapshot:
        """The latest snapshot dated on or before ``on``; the earliest one if all are later.

        A snapshot dated after ``on`` is still better than no estimate at all; its
        conversion is marked stale (negative age), so the screen says so.
        """
        usable = [s for s in self.snapshots if s.as_of <= on]
        if not usable:
            return min(self.snapshots, key=lambda s: s.as_of)
        return max(usable, key=lambda s: s.as_of)

    def _stale(self, age_days: int) -> bool:
        return age_days < 0 or age_days > self.max_age_days

    def is_stale(self, on: date) -> bool:
        return self._stale((on - self.snapshot_on(on).as_of).days)

    def rate(self, source: str, target: str, on: date) -> tuple[Decimal, RateSnapshot]:
        """Units of ``target`` per one unit of ``source`` on ``on``."""
        snap = self.snapshot_on(on)
        src, dst = source.upper(), target.upper()
        if src == dst:
            return Decimal(1), snap
        for code in (src, dst):
            if code not in snap.per_base:
                raise LookupError(f"no {code} rate in the rates of {snap.as_of.isoformat()}")
        return snap.per_base[dst] / snap.per_base[src], snap

    def convert(self, money: Money, target: str, on: date) -> Conversion:
        """``money`` in ``target`` (rounded to its minor unit) with the rate's date and age."""
        if money.currency == target.upper():
            return Conversion(money.quantized(), Decimal(1), on, False, 0)
        rate, snap = self.rate(money.currency, target, on)
        age = (on - snap.as_of).days
        return Conversion(
            Money(money.amount * rate, target).quantized(),
            rate,
            snap.as_of,
            self._stale(age),
            age,
        )

    def with_snapshot(self, snapshot: RateSnapshot) -> RateTable:
        """A table that also holds ``snapshot`` (e.g. fresh rates from the central system)."""
        others = tuple(s for s in self.snapshots if s.as_of != snapshot.as_of)
        return RateTable(self.base, (*others, snapshot), self.max_age_days)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RateTable:
        base = get_str(data, "base", "rates").upper()
        max_age = get_int(data, "max_age_days", "rates", minimum=0)
        assert max_age is not None
        snaps: list[RateSnapshot] = []
        seen: set[date] = set()
        for entry in get_list(data, "snapshots", "rates"):
            snaps.append(_snapshot(entry, base))
            if snaps[-1].as_of in seen:
                raise RuleError(
                    f"rates: two snapshots dated {snaps[-1].as_of.isoformat()}", line_of(entry)
                )
            seen.add(snaps[-1].as_of)
        if not snaps:
            raise RuleError("rates: 'snapshots' is empty", line_of(data))
        return cls(base, tuple(snaps), max_age)


def _snapshot(entry: Mapping[str, Any], base: str) -> RateSnapshot:
    what = "rates snapshot"
    as_of = get_date(entry, "as_of", what)
    assert as_of is not None
    what = f"rates snapshot {as_of.isoformat()}"
    raw = entry.get("per_base")
    if not isinstance(raw, Mapping) or not raw:
        raise RuleError(f"{what}: 'per_base' must be an object of currency: rate", line_of(entry))
    rates: dict[str, Decimal] = {}
    for code, text in raw.items():
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise RuleError(f"{what}: {code!r} is not an ISO 4217 currency code", line_of(entry))
        try:
            value = Decimal(str(text)) if isinstance(text, str) else None
        except ArithmeticError:
            value = None
        if value is None or not value.is_finite() or value <= 0:
            raise RuleError(
                f"{what}: rate of {code} must be a positive decimal in quotes, found {text!r}",
                line_of(entry),
            )
        rates[code] = value
    if rates.get(base) != Decimal(1):
        raise RuleError(f'{what}: the base currency {base} must have rate "1"', line_of(entry))
    return RateSnapshot(as_of, rates, str(entry.get("source", "")))
