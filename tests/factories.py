"""Plain builders of valid domain objects for tests (real objects, no mocks)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from app.domain.consignment import Consignment, Party, Piece, Weighing
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.money import Money
from app.domain.weight import Dimensions
from app.services.terminal import CounterContext
from app.store.database import Database

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


def s10_numbers(
    n: int, prefix: str = "CB", start: int = 20_000_000, country: str = "RU"
) -> list[str]:
    """``n`` valid S10 identifiers in a row (check digit computed)."""
    from app.domain.s10 import check_digit

    out = []
    for k in range(n):
        serial = f"{start + k:08d}"
        out.append(f"{prefix}{serial}{check_digit(serial)}{country}")
    return out


def make_batch(
    db: Database,
    number: str,
    s10s: Sequence[str],
    *,
    customer_code: str = "SHOPKART",
    declared_grams: int | None = 55_000,
) -> int:
    """A batch (as the importer stores it) with one pre-advice row per S10; its id."""
    from app.store.models import Batch, PreAdvice

    with db.write() as session:
        batch = Batch(number=number, customer_code=customer_code, source="test")
        session.add(batch)
        session.flush()
        for row, s10 in enumerate(s10s, start=2):
            session.add(
                PreAdvice(
                    s10=s10,
                    source="test",
                    row_number=row,
                    payload_json="{}",
                    payload_sha256="0" * 64,
                    batch_id=batch.id,
                    declared_grams=declared_grams,
                )
            )
        return batch.id


def accept_batch_item(
    db: Database,
    ctx: CounterContext,
    batch_id: int,
    s10: str,
    grams: int,
    *,
    declared_grams: int | None = 55_000,
    flagged: bool = False,
    customer_code: str = "SHOPKART",
) -> str:
    """Accept ``s10`` into the batch (as batch mode does) and tick it off its list."""
    from app.domain.product import DEFAULT_HEAVY
    from app.services.acceptance import BusinessTerms, accept
    from app.services.pricing import default_pricing
    from app.store.models import PreAdvice

    result = accept(
        db,
        ctx,
        consignment(pieces=(piece(s10, grams),)),
        limits=DEFAULT_HEAVY,
        pricing=default_pricing(),
        business=BusinessTerms(customer_code, "", batch_id, declared_grams, flagged),
    )
    with db.write() as session:
        pre = session.query(PreAdvice).filter_by(s10=s10).one()
        pre.acceptance_id = result.acceptance_id
    return result.acceptance_id
