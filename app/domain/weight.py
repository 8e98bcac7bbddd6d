"""Weights as integer grams, dimensions as integer millimetres, and their arithmetic.

Floats never carry a weight: a 150.05 kg reading is ``150050`` grams everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal, InvalidOperation

Grams = int
Millimetres = int

_KG_TEXT = re.compile(r"^\s*(\d{1,6})(?:[.,](\d{1,3}))?\s*(?:kg|кг)?\s*$", re.IGNORECASE)


def parse_kg(text: str) -> Grams:
    """Parse a kilogram text a person typed (``"152.35"``, ``"152,35 kg"``) into grams."""
    m = _KG_TEXT.match(text)
    if not m:
        raise ValueError(f"not a weight in kg: {text!r}")
    whole, frac = m.group(1), (m.group(2) or "")
    return int(whole) * 1000 + int(frac.ljust(3, "0") or 0)


def format_kg(grams: Grams, decimals: int = 3) -> str:
    """``152350`` -> ``"152.350"`` (no unit; the caller adds it in the user's language)."""
    sign = "-" if grams < 0 else ""
    g = abs(grams)
    text = f"{g // 1000}.{g % 1000:03d}"
    if decimals < 3:
        text = text[: len(text) - (3 - decimals)].rstrip(".")
    return sign + text


def parse_cm(text: str) -> Millimetres:
    """Parse a centimetre dimension (``"120"``, ``"45,5"``) into whole millimetres."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(f"not a length in cm: {text!r}") from exc
    if value.is_nan() or value.is_infinite():
        raise ValueError(f"not a length in cm: {text!r}")
    return int((value * 10).to_integral_value(rounding=ROUND_CEILING))


@dataclass(frozen=True, slots=True)
class Dimensions:
    """Length, width and height of a piece in millimetres."""

    length_mm: Millimetres
    width_mm: Millimetres
    height_mm: Millimetres

    @property
    def sides(self) -> tuple[int, int, int]:
        return tuple(sorted((self.length_mm, self.width_mm, self.height_mm), reverse=True))  # type: ignore[return-value]

    @property
    def longest_mm(self) -> Millimetres:
        return self.sides[0]

    @property
    def length_plus_girth_mm(self) -> Millimetres:
        a, b, c = self.sides
        return a + 2 * (b + c)

    def volumetric_grams(self, divisor: int) -> Grams:
        """Volumetric weight L x W x H (cm) / divisor kg, rounded up to the gram.

        In millimetres: mm^3 / 1000 = cm^3, and cm^3 / divisor is kg, so grams are
        ``mm^3 / divisor`` rounded up (integer arithmetic, no float).
        """
        volume_mm3 = self.length_mm * self.width_mm * self.height_mm
        return -(-volume_mm3 // divisor)


def chargeable_grams(actual: Grams, volumetric: Grams) -> Grams:
    """Chargeable weight is the larger of actual and volumetric weight."""
    return max(actual, volumetric)
