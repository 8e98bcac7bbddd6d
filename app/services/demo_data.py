"""Realistic training and benchmark data: heavy consignments between Russia and India.

Names and addresses come in Latin and Cyrillic, pieces weigh 30 to 200 kg, customs lines
vary in goods, HS codes and origin. Everything goes through the real acceptance service,
so the data also fills the outbox and the audit log exactly as a clerk's work would.
A Russian branch sends Russia → India; an Indian branch India → Russia with the Indian
export data and the corridor's mix of goods (``app.services.demo_india``), paid with a
GST invoice naming a business sender's GSTIN, as the payment step does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consignment import Consignment, Party, Piece, Weighing, WeightSource
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.customs_rules import CustomsRules
from app.domain.money import Money
from app.domain.product import ProductLimits
from app.domain.s10 import S10
from app.domain.weight import Dimensions
from app.services import demo_india
from app.services.acceptance import accept
from app.services.payment import record_payment
from app.services.pricing import Pricing
from app.services.terminal import CounterContext, get_setting, set_setting
from app.store.database import Database
from app.store.models import Piece as PieceRow

RU_SENDERS = [
    (
        "Иванов Сергей Петрович",
        "ул. Тверская, д. 12, кв. 45",
        "Москва",
        "125009",
        "+7 916 555-12-34",
    ),
    ("ООО «Мебель-Экспорт»", "Промышленная ул., 7, стр. 2", "Казань", "420029", "+7 843 200-10-10"),
    (
        "Смирнова Анна Викторовна",
        "Невский пр-т, 88, кв. 3",
        "Санкт-Петербург",
        "191025",
        "+7 921 333-44-55",
    ),
    ("ИП Кузнецов Д. А.", "ул. Ленина, 54", "Екатеринбург", "620014", "+7 343 111-22-33"),
    ("Olga Petrova", "Leninsky prospekt 30, apt 7", "Moscow", "119334", "+7 903 777-00-11"),
]
IN_PARTIES = [
    ("Rajesh Kumar Sharma", "14 MG Road, Sector 5", "New Delhi", "110001", "+91 98100 12345"),
    (
        "Priya Nair",
        "Flat 3B, Sea View Apartments, Marine Drive",
        "Mumbai",
        "400020",
        "+91 98200 54321",
    ),
    (
        "Sundaram Exports Pvt Ltd",
        "22 Industrial Estate, Guindy",
        "Chennai",
        "600032",
        "+91 44 2250 1000",
    ),
    ("Ananya Gupta", "House 9, Park Street", "Kolkata", "700016", "+91 98300 11223"),
    ("Vikram Singh Rathore", "B-41 Malviya Nagar", "Jaipur", "302017", "+91 94140 99887"),
]
GOODS = [
    ("Solid oak dining table", "940360", "RU", 45_000, Decimal("420.00")),
    ("Upholstered three-seat sofa", "940161", "RU", 60_000, Decimal("650.00")),
    ("Washing machine, front loading, 8 kg", "845011", "CN", 65_000, Decimal("380.00")),
    ("Cotton bed sheets, printed", "630221", "IN", 8_000, Decimal("95.00")),
    ("Hand-knotted wool carpet 2x3 m", "570110", "IN", 25_000, Decimal("780.00")),
    ("Basmati rice, 25 kg bags", "100630", "IN", 50_000, Decimal("110.00")),
    ("Ceramic dinner set, 48 pieces", "691110", "RU", 18_000, Decimal("140.00")),
    ("Brass floor lamp", "940520", "IN", 12_000, Decimal("160.00")),
    ("Refrigerator, two-door, 300 l", "841810", "KR", 70_000, Decimal("520.00")),
    ("Birch plywood sheets 18 mm", "441231", "RU", 80_000, Decimal("230.00")),
    ("Silk sarees, hand-woven", "500720", "IN", 6_000, Decimal("300.00")),
    ("Электрический самовар, 5 л", "851679", "RU", 9_000, Decimal("120.00")),
]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How much was made."""

    consignments: int
    pieces: int
    days: int


def _party(rng: random.Random, pool: list[tuple[str, str, str, str, str]], country: str) -> Party:
    name, address, city, postcode, phone = rng.choice(pool)
    return Party(
        name=name, address=address, city=city, postcode=postcode, country=country, phone=phone
    )


def _next_serial(session: Session, country: str = "RU") -> int:
    serial = int(get_setting(session, "demo_data.next_serial", 50_000_000))
    while session.scalar(
        select(PieceRow.id).where(PieceRow.s10 == str(S10.build("CP", serial, country)))
    ):
        serial += 1
    set_setting(session, "demo_data.next_serial", serial + 1)
    return serial


def make_consignment(rng: random.Random, s10s: list[str], *, limits: ProductLimits) -> Consignment:
    """One plausible heavy consignment from Russia to India with ``len(s10s)`` pieces."""
    category = rng.choice(
        [CustomsCategory.SALE_OF_GOODS, CustomsCategory.SALE_OF_GOODS, CustomsCategory.GIFT]
    )
    pieces = []
    for s10 in s10s:
        grams = rng.randrange(limits.piece_min_grams, limits.piece_max_grams + 1, 50)
        dims = Dimensions(
            rng.randrange(600, 2000, 10), rng.randrange(400, 900, 10), rng.randrange(300, 900, 10)
        )
        pieces.append(
            Piece(
                s10=s10,
                weighing=Weighing(grams=grams, source=WeightSource.SIMULATOR, protocol="demo"),
                dimensions=dims,
            )
        )
    # Each piece is a postal item and declares its own contents (1 to 4 lines on one
    # piece, 1 or 2 per piece of a larger consignment).
    lines = []
    for number, piece in enumerate(pieces, start=1):
        n_lines = rng.randint(1, 4) if len(pieces) == 1 else rng.randint(1, 2)
        goods = rng.sample(GOODS, n_lines)
        budget = int(piece.gross_grams * 0.9)
        for i, (desc, hs, origin, grams, value) in enumerate(goods):
            share = (
                budget // n_lines
                if i < n_lines - 1
                else budget - (budget // n_lines) * (n_lines - 1)
            )
            qty = max(1, share // max(grams, 1))
            lines.append(
                CustomsLine(
                    description=desc,
                    quantity=qty,
                    net_grams=max(1000, share),
                    value=Money(value * qty, "EUR"),
                    hs_code=hs,
                    origin_country=origin,
                    piece=number,
                )
            )
    decl = CustomsDeclaration(
        category=category,
        lines=tuple(lines),
        currency="EUR",
        invoice_number=f"INV-{rng.randint(10000, 99999)}" if category.is_commercial else "",
        importer_reference=f"GSTIN 27AAACS{rng.randint(1000, 9999)}K1Z5",
    )
    return Consignment(
        sender=_party(rng, RU_SENDERS, "RU"),
        addressee=_party(rng, IN_PARTIES, "IN"),
        customs=decl,
        pieces=tuple(pieces),
    )


def generate(
    db: Database,
    ctx: CounterContext,
    *,
    days: int,
    per_day: int,
    limits: ProductLimits,
    pricing: Pricing,
    customs_rules: CustomsRules | None = None,
    seed: int = 2026,
    last_day: date | None = None,
) -> DemoSummary:
    """Accept ``per_day`` consignments on each of the ``days`` business days ending ``last_day``."""
    rng = random.Random(seed)
    pay_rng = random.Random(seed + 1)  # its own stream: the parcels stay as they were
    tz = ZoneInfo(ctx.timezone)
    end = last_day or datetime.now(tz).date()
    country = ctx.branch_country.upper()
    indian = country == "IN"
    made = pieces = 0
    for d in range(days - 1, -1, -1):
        day = end - timedelta(days=d)
        for i in range(per_day):
            n = 1 if rng.random() < 0.8 else rng.randint(2, 3)
            s10s = db.write_with_retry(
                lambda s, n=n: [
                    str(S10.build("CP", _next_serial(s, country), country)) for _ in range(n)
                ]
            )
            minutes = 9 * 60 + (i * 9 * 60) // max(per_day, 1)
            local = datetime.combine(day, time(minutes // 60, minutes % 60), tz)
            gstin = ""  # a business sender's GSTIN, on the GST invoice of an Indian branch
            if indian:
                c, gstin = demo_india.make_consignment(rng, s10s, limits=limits)
            else:
                c = make_consignment(rng, s10s, limits=limits)
            result = accept(
                db,
                ctx,
                c,
                limits=limits,
                pricing=pricing,
                customs_rules=customs_rules,
                now=local.astimezone(UTC),
            )
            # Paid as at a counter: mostly cash (the exact amount), some by card.
            method = "cash" if pay_rng.random() < 0.7 else "card"
            record_payment(
                db,
                ctx,
                result.acceptance_id,
                method,
                now=local.astimezone(UTC),
                customer_gstin=gstin,
            )
            made += 1
            pieces += n
    return DemoSummary(made, pieces, days)
