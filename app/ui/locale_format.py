"""Numbers and money on the screen in the chosen language's conventions (QLocale).

Stored values stay Decimal + currency code; only their display changes: digit grouping
and decimal mark of the language (``16 100,00 ₽`` in Russian, ``₹16,100.00`` in English,
``16,10,012.50`` grouped the Indian way in Hindi), and the currency's symbol or its code
as the branch prefers (setting ``ui.money_display``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from app.domain.money import Money, minor_units

# Symbols of the corridor's currencies and the usual declaration currencies; any other
# currency is shown by its code.
SYMBOLS: dict[str, str] = {
    "RUB": "₽",
    "INR": "₹",
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "CNY": "¥",
}
MONEY_DISPLAYS = ("symbol", "code")


def format_number(
    value: Decimal | float | int, decimals: int, locale: QLocale | None = None
) -> str:
    """``value`` with the language's grouping and decimal mark."""
    return (locale or QLocale()).toString(float(value), "f", decimals)


def format_money(money: Money, display: str = "symbol", locale: QLocale | None = None) -> str:
    """``money`` rounded to its currency's minor unit, grouped as the language does."""
    loc = locale or QLocale()
    amount = money.quantized().amount
    digits = minor_units(money.currency)
    symbol = SYMBOLS.get(money.currency) if display == "symbol" else None
    if symbol:
        return loc.toCurrencyString(float(amount), symbol, digits)
    return f"{format_number(amount, digits, loc)} {money.currency}"


def format_amount(money: Money, locale: QLocale | None = None) -> str:
    """The amount alone (the currency is in a column header)."""
    amount = money.quantized().amount
    return format_number(amount, minor_units(money.currency), locale)
