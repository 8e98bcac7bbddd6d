"""Handling marks on a piece's label by its weight, from the rules data with their source.

For example two-person lift up to about 70 kg and mechanical handling (pallet truck,
forklift) above; a 197 kg piece is never marked "two-person lift".
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.weight import Grams, format_kg


@dataclass(frozen=True, slots=True)
class HandlingMark:
    """One mark: the weight band it applies to, its text and pictogram name."""

    code: str
    from_grams: Grams
    to_grams: Grams | None
    text: str
    pictogram: str  # "two_person" | "forklift"

    @property
    def band(self) -> str:
        """The weight band as printed: ``25-70 kg`` or ``over 70 kg``."""
        low = (
            format_kg(self.from_grams - 1, 0)
            if self.from_grams % 1000 == 1
            else format_kg(self.from_grams, 0)
        )
        if self.to_grams is None:
            return f"over {low} kg"
        return f"{low}-{format_kg(self.to_grams, 0)} kg"

    def applies(self, grams: Grams) -> bool:
        return grams >= self.from_grams and (self.to_grams is None or grams <= self.to_grams)


@dataclass(frozen=True, slots=True)
class HandlingMarks:
    """The marks of the rules data and where their thresholds come from."""

    source: str
    marks: tuple[HandlingMark, ...]

    def for_weight(self, grams: Grams) -> HandlingMark | None:
        """The mark for a piece of ``grams`` (the heaviest band that applies), or none."""
        hits = [m for m in self.marks if m.applies(grams)]
        return max(hits, key=lambda m: m.from_grams) if hits else None


DEFAULT_MARKS = HandlingMarks(
    source="built-in default (rules file not loaded)",
    marks=(
        HandlingMark("two_person_lift", 25_001, 70_000, "TWO-PERSON LIFT", "two_person"),
        HandlingMark(
            "mechanical_handling",
            70_001,
            None,
            "MECHANICAL HANDLING (PALLET TRUCK / FORKLIFT)",
            "forklift",
        ),
    ),
)
