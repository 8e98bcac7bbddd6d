"""A consignment: one sender, one addressee, one customs declaration, one or more pieces.

Each piece is a physical parcel with its own S10 identifier, weighing and dimensions
(DESIGN.md 5.3: heavy consignments may be several pieces).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.customs import CustomsDeclaration
from app.domain.weight import Dimensions, Grams, chargeable_grams


@dataclass(frozen=True, slots=True)
class Party:
    """Sender or addressee. Personal data: never logged."""

    name: str = ""
    address: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    # Latin-script forms the clerk confirmed for documents abroad: (("name", "Ivanov ..."),
    # ...) for fields typed in Cyrillic or Devanagari; empty = transliterate when printing.
    latin: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        # JSON (sender profiles, pre-advice) gives lists: keep the value hashable and equal.
        if not isinstance(self.latin, tuple) or any(not isinstance(p, tuple) for p in self.latin):
            object.__setattr__(self, "latin", tuple((str(k), str(v)) for k, v in self.latin))


class WeightSource:
    """Where a piece's weight came from."""

    SCALE = "scale"
    SIMULATOR = "simulator"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class Weighing:
    """A captured weight and the evidence behind it (scale identity and raw frame)."""

    grams: Grams
    source: str = WeightSource.SCALE
    stable: bool = True
    net: bool = False
    protocol: str = ""
    port: str = ""
    scale_serial: str = ""
    raw_frame: bytes = b""
    captured_at: datetime | None = None
    approved_by: str = ""
    reason: str = ""
    # The live reading seen when the piece was accepted (F12 / Ctrl+N) that confirmed the
    # capture: what was on the platform at that moment, beside the captured frame.
    accept_grams: Grams | None = None
    accept_raw_frame: bytes = b""
    accept_seen_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """One physical parcel of a consignment."""

    s10: str
    weighing: Weighing | None = None
    dimensions: Dimensions | None = None

    @property
    def gross_grams(self) -> Grams:
        return self.weighing.grams if self.weighing else 0

    def volumetric_grams(self, divisor: int) -> Grams:
        return self.dimensions.volumetric_grams(divisor) if self.dimensions else 0

    def chargeable_grams(self, divisor: int) -> Grams:
        return chargeable_grams(self.gross_grams, self.volumetric_grams(divisor))


@dataclass(frozen=True, slots=True)
class Consignment:
    """What the clerk accepts in one go."""

    sender: Party
    addressee: Party
    customs: CustomsDeclaration
    pieces: tuple[Piece, ...] = ()
    product: str = "heavy-parcel"
    preadvice_ref: str = ""
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def gross_grams(self) -> Grams:
        return sum(p.gross_grams for p in self.pieces)

    def chargeable_grams(self, divisor: int) -> Grams:
        return sum(p.chargeable_grams(divisor) for p in self.pieces)
