"""Product settings of the heavy-parcel corridor: per-piece and per-consignment limits.

Settings are data with effective dates (``resources/rules/products.json``); the version
in force on the acceptance date applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.batch import DEFAULT_TOLERANCE, WeightTolerance
from app.domain.weight import Grams, Millimetres


@dataclass(frozen=True, slots=True)
class ProductLimits:
    """Limits of one product version."""

    code: str
    effective_from: date
    piece_min_grams: Grams
    piece_max_grams: Grams
    consignment_max_grams: Grams
    max_pieces: int
    longest_side_mm: Millimetres
    length_plus_girth_mm: Millimetres
    volumetric_divisor: int
    two_person_lift_grams: Grams = 70_000
    # Issue 17: a marketplace list's declared weight against the weighed one.
    batch_weight_tolerance: WeightTolerance = DEFAULT_TOLERANCE

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ProductLimits:
        """Build from a rules-file entry; raises ``KeyError``/``ValueError`` on bad data."""
        return cls(
            code=str(data["code"]),
            effective_from=date.fromisoformat(str(data["effective_from"])),
            piece_min_grams=int(data["piece_min_grams"]),
            piece_max_grams=int(data["piece_max_grams"]),
            consignment_max_grams=int(data["consignment_max_grams"]),
            max_pieces=int(data["max_pieces"]),
            longest_side_mm=int(data["longest_side_mm"]),
            length_plus_girth_mm=int(data["length_plus_girth_mm"]),
            volumetric_divisor=int(data["volumetric_divisor"]),
            two_person_lift_grams=int(data.get("two_person_lift_grams", 70_000)),
            batch_weight_tolerance=(
                WeightTolerance.from_mapping(data["batch_weight_tolerance"])
                if "batch_weight_tolerance" in data
                else DEFAULT_TOLERANCE
            ),
        )


def in_force(versions: Iterable[ProductLimits], code: str, on: date) -> ProductLimits:
    """The version of product ``code`` in force on ``on`` (latest effective_from <= on)."""
    candidates = [v for v in versions if v.code == code and v.effective_from <= on]
    if not candidates:
        raise LookupError(f"no settings for product {code!r} in force on {on.isoformat()}")
    return max(candidates, key=lambda v: v.effective_from)


# Used when no rules file is available (tests of pure code, first start before resources load).
DEFAULT_HEAVY = ProductLimits(
    code="heavy-parcel",
    effective_from=date(2026, 1, 1),
    piece_min_grams=30_000,
    piece_max_grams=200_000,
    consignment_max_grams=1_000_000,
    max_pieces=10,
    longest_side_mm=3_000,
    length_plus_girth_mm=6_000,
    volumetric_divisor=5_000,
    two_person_lift_grams=70_000,
)
