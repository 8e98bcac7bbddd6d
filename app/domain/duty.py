"""Import duty the addressee should expect, from the destination's dated import regimes.

Russia's regimes (DESIGN.md 5.3), as written in ``resources/rules/import_regimes.json``:

* until 2026-06-30: duty-free up to 200 EUR **and** 31 kg gross per parcel; above, 15 % of
  the value over 200 EUR, at least 2 EUR per kg over 31 kg;
* from 2026-07-01: duty-free up to 200 EUR (no weight criterion found: unconfirmed);
  above, 5 % of the whole value, at least 1 EUR per kg, plus national VAT on
  value + duty.

The consignment (one customs declaration) is assessed as a whole: its total declared
value and total gross weight. The value is converted to the regime's currency with the
rate of the acceptance date; a stale rate makes the estimate stale too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.consignment import Consignment
from app.domain.customs import CustomsCategory
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money
from app.domain.postal_item import items_of
from app.domain.rates import RateTable
from app.domain.rulebook import (
    RuleError,
    get_date,
    get_decimal,
    get_int,
    get_str,
    get_str_list,
    line_of,
    version_in_force,
)
from app.domain.weight import Grams, format_kg

CTX = "Duty"
BASES = ("excess", "whole")

T_EXEMPT = QT_TRANSLATE_NOOP(CTX, "{regime}: no import duty on this category ({category}).")
T_FREE_WEIGHT = QT_TRANSLATE_NOOP(
    CTX,
    "{regime}: duty-free, the value {value} {currency} is within {limit} {currency} "
    "and the gross weight {kg} kg within {kg_limit} kg.",
)
T_PER_ITEM = QT_TRANSLATE_NOOP(
    CTX,
    "{regime}: each of the {count} items (S10) is assessed on its own; expected charges "
    "{total} {currency} in all ({each} {currency}).",
)
T_TOGETHER = QT_TRANSLATE_NOOP(
    CTX,
    "{regime} counts the {count} items of this consignment as one shipment: {detail}",
)
T_FREE = QT_TRANSLATE_NOOP(
    CTX, "{regime}: duty-free, the value {value} {currency} is within {limit} {currency}."
)
T_EXCESS = QT_TRANSLATE_NOOP(
    CTX,
    "{regime}: {rate} % of the value over {limit} {currency} is {by_value} {currency}; "
    "at least {per_kg} {currency} per kg over {kg_over} kg is {by_weight} {currency}; "
    "expected duty {duty} {currency}.",
)
T_WHOLE = QT_TRANSLATE_NOOP(
    CTX,
    "{regime}: {rate} % of the whole value {value} {currency} is {by_value} {currency}; "
    "at least {per_kg} {currency} per kg is {by_weight} {currency}; "
    "duty {duty} plus VAT {vat_rate} % {vat}: expected {total} {currency}.",
)
T_RATE_STALE = QT_TRANSLATE_NOOP(
    CTX, "(The exchange rate of {as_of} is out of date: the amount is a rough guide.)"
)
T_NO_REGIME = QT_TRANSLATE_NOOP(
    CTX, "No import duty estimate for {country}: customs there assess it on arrival."
)


@dataclass(frozen=True, slots=True)
class ImportRegime:
    """One dated import regime of a destination country."""

    id: str
    country: str
    name: str
    effective_from: date
    effective_until: date | None
    currency: str
    duty_free_value: Decimal
    duty_free_gross_grams: Grams | None
    basis: str
    rate: Decimal
    min_per_kg: Decimal
    min_per_kg_over_grams: Grams
    vat_rate: Decimal | None
    exempt_categories: frozenset[str] = frozenset()
    weight_criterion_confirmed: bool = True
    unconfirmed_note: str = ""
    # The channel: CN 23 categories this regime is for (empty = every category).
    categories: frozenset[str] = frozenset()
    # True when the items of one consignment count as one shipment for the allowance.
    items_as_one_shipment: bool = False

    def covers(self, category: str | None) -> bool:
        return category is None or not self.categories or category in self.categories

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> ImportRegime:
        rid = get_str(entry, "id", "import regime")
        what = f"import regime {rid}"
        start = get_date(entry, "effective_from", what)
        until = get_date(entry, "effective_until", what, optional=True)
        assert start is not None
        if until is not None and until < start:
            raise RuleError(f"{what}: effective_until is before effective_from", line_of(entry))
        basis = get_str(entry, "basis", what)
        if basis not in BASES:
            raise RuleError(
                f"{what}: basis must be one of {', '.join(BASES)}, found {basis!r}", line_of(entry)
            )
        rate = get_decimal(entry, "rate", what)
        assert rate is not None
        if rate > 1:
            raise RuleError(
                f"{what}: rate is a fraction (0.15 for 15 %), found {rate}", line_of(entry)
            )
        confirmed = entry.get("weight_criterion_confirmed", True)
        if not isinstance(confirmed, bool):
            raise RuleError(
                f"{what}: weight_criterion_confirmed must be true or false", line_of(entry)
            )
        note = str(entry.get("unconfirmed_note", ""))
        if not confirmed and not note.strip():
            raise RuleError(
                f"{what}: an unconfirmed weight criterion needs an 'unconfirmed_note'",
                line_of(entry),
            )
        categories = get_str_list(entry, "exempt_categories", what, default=[])
        channel = get_str_list(entry, "categories", what, default=[])
        together = entry.get("items_as_one_shipment", False)
        if not isinstance(together, bool):
            raise RuleError(f"{what}: items_as_one_shipment must be true or false", line_of(entry))
        for c in [*categories, *channel]:
            if c not in {m.value for m in CustomsCategory}:
                raise RuleError(
                    f"{what}: unknown category {c!r} in exempt_categories", line_of(entry)
                )
        return cls(
            id=rid,
            country=get_str(entry, "country", what).upper(),
            name=get_str(entry, "name", what),
            effective_from=start,
            effective_until=until,
            currency=get_str(entry, "currency", what).upper(),
            duty_free_value=get_decimal(entry, "duty_free_value", what) or Decimal(0),
            duty_free_gross_grams=get_int(entry, "duty_free_gross_grams", what, optional=True),
            basis=basis,
            rate=rate,
            min_per_kg=get_decimal(entry, "min_per_kg", what) or Decimal(0),
            min_per_kg_over_grams=get_int(entry, "min_per_kg_over_grams", what) or 0,
            vat_rate=get_decimal(entry, "vat_rate", what, optional=True),
            exempt_categories=frozenset(categories),
            weight_criterion_confirmed=confirmed,
            unconfirmed_note=note,
            categories=frozenset(channel),
            items_as_one_shipment=together,
        )


@dataclass(frozen=True, slots=True)
class DutyEstimate:
    """Expected import charges and how they were found (``template``/``params``).

    ``amount`` is duty plus VAT, in the regime's currency; ``None`` amounts mean no
    estimate (no regime for the destination). ``rate_stale`` is set when the declared
    value had to be converted with a stale exchange rate.
    """

    country: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    regime_id: str = ""
    regime_name: str = ""
    amount: Money | None = None
    duty: Money | None = None
    vat: Money | None = None
    value: Money | None = None
    duty_free: bool = False
    unconfirmed_note: str = ""
    rate_as_of: date | None = None
    rate_stale: bool = False

    @property
    def message(self) -> str:
        """The English explanation with its numbers filled in."""
        return self.template.format(**self.params)


def _pct(rate: Decimal) -> str:
    return format((rate * 100).normalize(), "f")


def _kg(grams: Grams) -> Decimal:
    return Decimal(grams) / Decimal(1000)


def assess(regime: ImportRegime, value: Money, gross_grams: Grams, category: str) -> DutyEstimate:
    """Apply ``regime`` to a declared ``value`` (in the regime's currency) and gross weight."""
    if value.currency != regime.currency:
        raise ValueError(f"value must be in {regime.currency}, got {value.currency}")
    cur = regime.currency
    v = value.quantized()
    common: dict[str, Any] = {
        "regime": regime.name,
        "currency": cur,
        "value": str(v.amount),
        "limit": format(regime.duty_free_value.normalize(), "f"),
        "category": category,
    }
    zero = Money.zero(cur)

    def result(
        template_: str, duty_: Money, vat_: Money, free_: bool, /, **params: Any
    ) -> DutyEstimate:
        return DutyEstimate(
            country=regime.country,
            template=template_,
            params={**common, **params},
            regime_id=regime.id,
            regime_name=regime.name,
            amount=(duty_ + vat_).quantized(),
            duty=duty_.quantized(),
            vat=vat_.quantized(),
            value=v,
            duty_free=free_,
            unconfirmed_note="" if regime.weight_criterion_confirmed else regime.unconfirmed_note,
        )

    if category in regime.exempt_categories:
        return result(T_EXEMPT, zero, zero, True)
    within_value = v.amount <= regime.duty_free_value
    weight_limit = regime.duty_free_gross_grams
    if within_value and (weight_limit is None or gross_grams <= weight_limit):
        if weight_limit is None:
            return result(T_FREE, zero, zero, True)
        return result(
            T_FREE_WEIGHT,
            zero,
            zero,
            True,
            kg=format_kg(gross_grams, 3),
            kg_limit=format_kg(weight_limit, 3),
        )
    if regime.basis == "excess":
        base = max(Decimal(0), v.amount - regime.duty_free_value)
    else:
        base = v.amount
    by_value = Money(base * regime.rate, cur).quantized()
    over = max(0, gross_grams - regime.min_per_kg_over_grams)
    by_weight = Money(regime.min_per_kg * _kg(over), cur).quantized()
    duty = by_value if by_weight <= by_value else by_weight
    vat = (
        Money((v.amount + duty.amount) * regime.vat_rate, cur).quantized()
        if regime.vat_rate
        else zero
    )
    params = {
        "rate": _pct(regime.rate),
        "by_value": str(by_value.amount),
        "per_kg": format(regime.min_per_kg.normalize(), "f"),
        "kg_over": format_kg(regime.min_per_kg_over_grams, 3),
        "by_weight": str(by_weight.amount),
        "duty": str(duty.amount),
        "vat_rate": _pct(regime.vat_rate or Decimal(0)),
        "vat": str(vat.amount),
        "total": str((duty + vat).quantized().amount),
    }
    template = T_EXCESS if regime.basis == "excess" else T_WHOLE
    return result(template, duty, vat, False, **params)


def regime_in_force(
    regimes: Iterable[ImportRegime], country: str, on: date, category: str | None = None
) -> ImportRegime | None:
    """The regime of destination ``country`` in force on ``on`` for the channel of
    ``category`` (sale of goods = e-commerce); ``None`` when there is none."""
    return version_in_force(
        regimes, on, lambda r: r.country == country.upper() and r.covers(category)
    )


def expected_duty(
    regimes: Iterable[ImportRegime], rates: RateTable, consignment: Consignment, on: date
) -> DutyEstimate:
    """Expected import charges of ``consignment`` at its destination, accepted on ``on``.

    Each postal item (S10) is assessed on its own, with its own value and gross weight,
    and the charges are added up; where the regime counts the items of a consignment as
    one shipment, the totals are assessed once and the estimate says so.
    """
    country = consignment.addressee.country.upper()
    decl = consignment.customs
    regime = regime_in_force(regimes, country, on, decl.category.value)
    if regime is None:
        return DutyEstimate(country=country, template=T_NO_REGIME, params={"country": country})
    items = items_of(consignment)
    if len(items) <= 1 or regime.items_as_one_shipment:
        conv = rates.convert(decl.total_value, regime.currency, on)
        estimate = assess(regime, conv.money, consignment.gross_grams, decl.category.value)
        if len(items) > 1:
            estimate = replace(
                estimate,
                template=T_TOGETHER,
                params={
                    **estimate.params,
                    "count": str(len(items)),
                    "detail": estimate.message,
                },
            )
        return replace(
            estimate,
            rate_as_of=conv.as_of,
            rate_stale=conv.stale and decl.total_value.currency != regime.currency,
        )
    per_item: list[tuple[str, DutyEstimate]] = []
    stale, as_of = False, None
    for item in items:
        value = item.declaration.total_value
        conv = rates.convert(value, regime.currency, on)
        stale = stale or (conv.stale and value.currency != regime.currency)
        as_of = conv.as_of
        per_item.append(
            (item.s10, assess(regime, conv.money, item.gross_grams, decl.category.value))
        )
    cur = regime.currency
    amount = Money.zero(cur)
    for _, e in per_item:
        amount = amount + (e.amount or Money.zero(cur))
    first = per_item[0][1]
    return replace(
        first,
        template=T_PER_ITEM,
        params={
            "regime": regime.name,
            "count": str(len(per_item)),
            "total": str(amount.quantized().amount),
            "currency": cur,
            "each": "; ".join(
                f"{s10}: {(e.amount or Money.zero(cur)).quantized().amount}" for s10, e in per_item
            ),
        },
        amount=amount.quantized(),
        duty=None,
        vat=None,
        value=None,
        duty_free=all(e.duty_free for _, e in per_item),
        rate_as_of=as_of,
        rate_stale=stale,
    )
