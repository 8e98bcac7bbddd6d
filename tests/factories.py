"""Plain builders of valid domain objects for tests (real objects, no mocks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from app.domain.consignment import Consignment, Party, Piece, Weighing
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.money import Money
from app.domain.weight import Dimensions

SENDER = Party(
    name="Иванов Сергей Петрович",
    address="ул. Тверская, д. 12, кв. 45",
    city="Москва",
    postcode="125009",
    country="RU",
    phone="+7 916 555-12-34",
)
ADDRESSEE = Party(
    name="Rajesh Kumar Sharma",
    address="14 MG Road, Sector 5",
    city="New Delhi",
    postcode="110001",
    country="IN",
    phone="+91 98100 12345",
)


def line(
    description: str = "Solid oak dining table", value: str = "420.00", net_grams: int = 40_000
) -> CustomsLine:
    return CustomsLine(description, 1, net_grams, Money(Decimal(value), "EUR"), "940360", "RU")


def piece(s10: str = "CB100000003RU", grams: int = 52_350) -> Piece:
    return Piece(
        s10=s10,
        weighing=Weighing(
            grams=grams,
            source="scale",
            protocol="mt-sics",
            port="/dev/ttyUSB0",
            raw_frame=b"S S     52.350 kg\r\n",
            captured_at=datetime.now(UTC),
        ),
        dimensions=Dimensions(1200, 800, 600),
    )


def consignment(**changes: object) -> Consignment:
    base = Consignment(
        sender=SENDER,
        addressee=ADDRESSEE,
        customs=CustomsDeclaration(
            category=CustomsCategory.SALE_OF_GOODS,
            lines=(line(), line("Upholstered armchair", "150.00", 10_000)),
            currency="EUR",
            invoice_number="INV-2026-0042",
        ),
        pieces=(piece(),),
    )
    made = replace(base, **changes)  # type: ignore[arg-type]
    return spread_lines(made) if "customs" not in changes else made


def spread_lines(c: Consignment) -> Consignment:
    """Every piece is a postal item with contents of its own: line k goes to piece k (the
    last pieces get a copy of the first line when there are fewer lines than pieces)."""
    n = len(c.pieces)
    if n <= 1 or not c.customs.lines:
        return c
    lines = list(c.customs.lines)
    while len(lines) < n:
        lines.append(lines[0])
    spread = tuple(replace(ln, piece=min(k, n)) for k, ln in enumerate(lines, start=1))
    return replace(c, customs=replace(c.customs, lines=spread))
