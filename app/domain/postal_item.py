"""Every piece of a consignment is a postal item of its own (one S10).

The consignment is what the customer hands over and pays for; customs, the advance data
and the duty estimate work per item: its own content lines (``CustomsLine.piece``), gross
weight, value and CN 23. This module holds the item view of a consignment, the share of
the postage printed on each item's CN 23, and the checks that hold per item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from app.domain.consignment import Consignment, Piece
from app.domain.customs import CustomsDeclaration
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money, minor_units
from app.domain.problems import Problem
from app.domain.weight import Grams, format_kg

CTX = "Validation"


@dataclass(frozen=True, slots=True)
class PostalItem:
    """One piece seen as a postal item: its S10, position, lines and weights."""

    piece: Piece
    number: int  # 1-based, as printed: "piece 2 of 3"
    count: int
    consignment_ref: str  # the S10 of the consignment's first piece
    declaration: CustomsDeclaration

    @property
    def s10(self) -> str:
        return self.piece.s10

    @property
    def gross_grams(self) -> Grams:
        return self.piece.gross_grams

    @property
    def value(self) -> Money:
        return self.declaration.total_value


def items_of(c: Consignment) -> list[PostalItem]:
    """The postal items of ``c`` in piece order, each with only its own content lines."""
    ref = c.pieces[0].s10 if c.pieces else ""
    n = len(c.pieces)
    return [
        PostalItem(p, k, n, ref, c.customs.for_piece(k)) for k, p in enumerate(c.pieces, start=1)
    ]


def postage_shares(fee: Money, chargeable: Sequence[Grams]) -> list[Money]:
    """The fee split over the items by chargeable weight; the shares add up to the fee.

    Rounded down per item to the currency's minor unit; the remainder goes to the first
    item, so the CN 23s of a consignment sum to what the customer paid.
    """
    if not chargeable:
        return []
    quantum = Decimal(1).scaleb(-minor_units(fee.currency))
    weight_sum = sum(chargeable)
    if weight_sum <= 0:
        raw = [fee.amount / len(chargeable)] * len(chargeable)
    else:
        raw = [fee.amount * Decimal(g) / Decimal(weight_sum) for g in chargeable]
    shares = [a.quantize(quantum, rounding=ROUND_DOWN) for a in raw]
    shares[0] += fee.amount - sum(shares)
    return [Money(a, fee.currency) for a in shares]


def validate_items(c: Consignment) -> list[Problem]:
    """Checks that hold per item: every line on an existing piece, every piece declared,
    the net weight of a piece's lines not above the piece's gross weight."""
    out: list[Problem] = []
    n = len(c.pieces)
    if not n or not c.customs.lines:
        return out
    for i, line in enumerate(c.customs.lines):
        if not 1 <= line.piece <= n:
            out.append(
                Problem(
                    f"customs.lines.{i}.piece",
                    "line.piece",
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "Line {line} is on piece {piece}, but the consignment has {count} "
                        "piece(s): move it to one of them.",
                    ),
                    {"line": str(i + 1), "piece": str(line.piece), "count": str(n)},
                )
            )
    for item in items_of(c):
        k = item.number - 1
        if not item.declaration.lines:
            out.append(
                Problem(
                    f"pieces.{k}.lines",
                    "item.no_lines",
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "Piece {number} ({s10}) has no content line: each piece is a postal "
                        "item and declares what is inside it. Move a line to it.",
                    ),
                    {"number": str(item.number), "s10": item.s10},
                )
            )
            continue
        net = item.declaration.total_net_grams
        if item.gross_grams and net > item.gross_grams:
            out.append(
                Problem(
                    f"pieces.{k}.lines",
                    "item.net_over_gross",
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "Net weight of the lines on piece {number} ({net} kg) is more than "
                        "its gross weight ({gross} kg): check the weights or move a line.",
                    ),
                    {
                        "number": str(item.number),
                        "net": format_kg(net, 2),
                        "gross": format_kg(item.gross_grams, 2),
                    },
                )
            )
    return out
