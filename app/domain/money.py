"""Money as a ``Decimal`` amount with its ISO 4217 currency code."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Minor units of the currencies this corridor meets; others default to 2.
_MINOR_UNITS: dict[str, int] = {
    "RUB": 2,
    "INR": 2,
    "EUR": 2,
    "USD": 2,
    "CNY": 2,
    "XDR": 2,
    "JPY": 0,
}


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of one currency. Arithmetic across currencies raises ``ValueError``."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(str(self.amount)))
        cur = self.currency.upper()
        if len(cur) != 3 or not cur.isalpha():
            raise ValueError(f"currency must be a 3-letter ISO 4217 code, got {self.currency!r}")
        object.__setattr__(self, "currency", cur)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """Parse an amount a person typed (``"1 250,50"``) in ``currency``."""
        cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:
            raise ValueError(f"not an amount: {text!r}") from exc
        if not value.is_finite():
            raise ValueError(f"not an amount: {text!r}")
        return cls(value, currency)

    def quantized(self) -> Money:
        """Rounded half-up to the currency's minor unit."""
        q = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(q, rounding=ROUND_HALF_UP), self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * Decimal(factor), self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __str__(self) -> str:
        return f"{self.quantized().amount} {self.currency}"


def total(amounts: list[Money], currency: str) -> Money:
    """Sum of amounts of one currency (each already quantized by its producer)."""
    result = Money.zero(currency)
    for m in amounts:
        result = result + m
    return result
