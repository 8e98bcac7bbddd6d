"""Accepting a consignment: validate, price, and store it with its outbox and audit entries.

One write transaction stores the acceptance, its pieces, weighings and customs lines,
the outbox item that will carry it to central, and one audit entry, or nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.domain.consignment import Consignment, Party, Piece, Weighing
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.customs_rules import CustomsRules
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money
from app.domain.problems import Problem
from app.domain.product import ProductLimits
from app.domain.s10 import canonical_s10, normalise
from app.domain.s10_policy import validate_s10_policy
from app.domain.validation import validate_consignment
from app.domain.weight import Dimensions
from app.services.pricing import Pricing, Quote
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.models import (
    Acceptance,
    Batch,
    CustomsLineRow,
    OutboxItem,
    PreAdvice,
    WeighingRow,
)
from app.store.models import Piece as PieceRow
from app.store.outbox import audit, enqueue

CTX = "Acceptance"
PAYLOAD_SCHEMA = 1


class AcceptanceRefused(Exception):
    """The consignment cannot be accepted; ``problems`` says why, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class AcceptResult:
    """What was stored."""

    acceptance_id: str
    s10s: tuple[str, ...]
    quote: Quote
    business_day: date


def _already_used(session: Session, consignment: Consignment) -> list[Problem]:
    wanted = {normalise(p.s10): i for i, p in enumerate(consignment.pieces)}
    if not wanted:
        return []
    used = session.scalars(select(PieceRow.s10).where(PieceRow.s10.in_(wanted))).all()
    return [
        Problem(
            f"pieces.{wanted[s]}.s10",
            "s10.used",
            QT_TRANSLATE_NOOP(
                CTX,
                "{s10} was already accepted: an identifier is never used twice. Use a new label.",
            ),
            {"s10": s},
        )
        for s in used
    ]


def _closed_batch(
    session: Session, consignment: Consignment, business: BusinessTerms | None
) -> list[Problem]:
    """A parcel of a batch that a supervisor has closed is refused (the list is locked)."""
    codes = [normalise(p.s10) for p in consignment.pieces]
    query = select(Batch).where(Batch.state == "closed")
    on_list = Batch.id.in_(select(PreAdvice.batch_id).where(PreAdvice.s10.in_(codes)))
    if business is not None and business.batch_id is not None:
        on_list = on_list | (Batch.id == business.batch_id)
    batch = session.scalar(query.where(on_list).limit(1))
    if batch is None:
        return []
    return [
        Problem(
            "batch",
            "batch.closed",
            QT_TRANSLATE_NOOP(
                CTX,
                "List {number} was closed on {day}: nothing more is accepted into it. "
                "The customer sends the parcel on a new list.",
            ),
            {
                "number": batch.number,
                "day": f"{batch.business_day:%d.%m.%Y}" if batch.business_day else "?",
            },
        )
    ]


def check(
    session: Session,
    consignment: Consignment,
    limits: ProductLimits,
    customs_rules: CustomsRules | None = None,
    on: date | None = None,
) -> list[Problem]:
    """Every problem that stops acceptance: the domain rules plus identifiers already used here."""
    return [
        *validate_consignment(consignment, limits, customs_rules, on),
        *_already_used(session, consignment),
    ]


def product_s10_problems(
    consignment: Consignment, branch_country: str, product: str
) -> list[Problem]:
    """Identifiers this product and branch may not accept (rules data; built-in default)."""
    from app.services.postal_rules import product_policy

    return validate_s10_policy(consignment, product_policy(branch_country, product))


def _party_columns(prefix: str, party: Party) -> dict[str, str]:
    return {
        f"{prefix}_{name}": getattr(party, name).strip()
        for name in ("name", "address", "city", "postcode", "phone", "email", "tax_id")
    } | {f"{prefix}_country": party.country.strip().upper()}


@dataclass(frozen=True, slots=True)
class BusinessTerms:
    """Who a consignment is for when it is a business customer's (issue 17): the customer
    and the price plan it was charged by, the batch it came in, the weight its list
    declared and whether the actual weight differs beyond the tolerance."""

    customer_code: str
    price_plan: str = ""
    batch_id: int | None = None
    declared_grams: int | None = None
    weight_flagged: bool = False


def accept(
    db: Database,
    ctx: CounterContext,
    consignment: Consignment,
    *,
    limits: ProductLimits,
    pricing: Pricing,
    customs_rules: CustomsRules | None = None,
    now: datetime | None = None,
    extra_payload: dict[str, Any] | None = None,
    reference_versions: dict[str, str] | None = None,
    business: BusinessTerms | None = None,
) -> AcceptResult:
    """Validate and store ``consignment`` in one transaction; raise ``AcceptanceRefused``."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    day = ctx.business_day(at)
    acceptance_id = str(uuid.uuid4())
    quote = pricing.quote(consignment, limits, ctx.currency, day)
    divisor = limits.volumetric_divisor

    def work(session: Session) -> AcceptResult:
        problems = check(session, consignment, limits, customs_rules, day)
        problems += product_s10_problems(consignment, ctx.branch_country, limits.code)
        problems += _closed_batch(session, consignment, business)
        if problems:
            raise AcceptanceRefused(problems)
        decl = consignment.customs
        row = Acceptance(
            id=acceptance_id,
            branch_code=ctx.branch_code,
            terminal_id=ctx.terminal_id,
            staff_id=ctx.staff_id,
            accepted_at=at,
            business_day=day,
            status="accepted",
            reference_versions=json.dumps(reference_versions or {}, sort_keys=True),
            product=limits.code,
            preadvice_ref=consignment.preadvice_ref,
            **_party_columns("sender", consignment.sender),
            **_party_columns("addressee", consignment.addressee),
            parties_latin=latin_json(consignment.sender, consignment.addressee),
            customs_category=decl.category.value,
            category_explanation=decl.category_explanation,
            customs_currency=decl.currency,
            importer_reference=decl.importer_reference,
            importer_contact=decl.importer_contact,
            licence_number=decl.licence_number,
            certificate_number=decl.certificate_number,
            invoice_number=decl.invoice_number,
            customs_comments=decl.comments,
            exporter_iec=decl.exporter_iec,
            pbe_reference=decl.pbe_reference,
            total_value=decl.total_value.amount,
            gross_grams=consignment.gross_grams,
            chargeable_grams=quote.chargeable_grams,
            fee_amount=quote.fee.quantized().amount,
            fee_currency=quote.fee.currency,
            duty_amount=quote.duty.quantized().amount if quote.duty else None,
            duty_currency=quote.duty.currency if quote.duty else "",
        )
        if business is not None:
            row.customer_code = business.customer_code
            row.price_plan = business.price_plan
            row.batch_id = business.batch_id
            row.declared_grams = business.declared_grams
            row.weight_flagged = business.weight_flagged
        for seq, piece in enumerate(consignment.pieces, start=1):
            assert piece.weighing is not None and piece.dimensions is not None  # validated
            w, d = piece.weighing, piece.dimensions
            volumetric = d.volumetric_grams(divisor)
            prow = PieceRow(
                seq=seq,
                s10=canonical_s10(piece.s10),
                gross_grams=w.grams,
                length_mm=d.length_mm,
                width_mm=d.width_mm,
                height_mm=d.height_mm,
                volumetric_grams=volumetric,
                chargeable_grams=max(w.grams, volumetric),
            )
            prow.weighing = WeighingRow(
                grams=w.grams,
                source=w.source,
                stable=w.stable,
                net=w.net,
                protocol=w.protocol,
                port=w.port,
                scale_serial=w.scale_serial,
                raw_frame=w.raw_frame,
                captured_at=(w.captured_at or at).astimezone(UTC),
                approved_by=int(w.approved_by) if w.approved_by else None,
                reason=w.reason,
                accept_grams=w.accept_grams,
                accept_raw_frame=w.accept_raw_frame,
                accept_seen_at=w.accept_seen_at.astimezone(UTC) if w.accept_seen_at else None,
            )
            row.pieces.append(prow)
        for seq, line in enumerate(decl.lines, start=1):
            row.lines.append(
                CustomsLineRow(
                    seq=seq,
                    description=line.description.strip(),
                    quantity=line.quantity,
                    unit=line.unit,
                    net_grams=line.net_grams,
                    value_amount=line.value.quantized().amount,
                    value_currency=line.value.currency,
                    hs_code=line.hs_code.strip(),
                    origin_country=line.origin_country.strip().upper(),
                    piece_seq=line.piece,
                    description_latin=line.description_latin.strip(),
                )
            )
        session.add(row)
        session.flush()
        # Imported here: these modules build on this one (load_consignment, get_by_s10).
        from app.services import preadvice, sender_profiles
        from app.services.ead import sync_record

        payload = sync_record(row, ctx.staff_number)
        if reference_versions:
            payload["reference_versions"] = dict(reference_versions)
        if business is not None:
            payload["business"] = business_payload(session, row)
        if extra_payload:
            payload.update(extra_payload)
        for prow in row.pieces:
            preadvice.link_acceptance(session, prow.s10, acceptance_id)
        sender_profiles.save_from_consignment(session, consignment, at)
        enqueue(session, "accept", acceptance_id, payload, item_uuid=acceptance_id)
        audit(
            session,
            staff_id=ctx.staff_id,
            terminal_id=ctx.terminal_id,
            action="accept",
            entity="acceptance",
            entity_id=acceptance_id,
            details={
                "pieces": [p.s10 for p in row.pieces],
                "gross_grams": row.gross_grams,
                "fee": str(row.fee_amount),
                "currency": row.fee_currency,
                "weight_sources": sorted({p.weighing.source for p in row.pieces}),
            },
        )
        return AcceptResult(acceptance_id, tuple(p.s10 for p in row.pieces), quote, day)

    return db.write_with_retry(work)


def business_payload(session: Session, row: Acceptance) -> dict[str, Any]:
    """The ``business`` part of an accept item: customer, plan, batch, declared weight."""
    batch = session.get(Batch, row.batch_id) if row.batch_id is not None else None
    return {
        "customer": row.customer_code,
        "price_plan": row.price_plan,
        "batch": batch.number if batch is not None else "",
        "declared_grams": row.declared_grams,
        "weight_flagged": row.weight_flagged,
    }


# A party's fields: the payload keys, and the columns ``<sender|addressee>_<field>``.
PARTY_FIELDS = ("name", "address", "city", "postcode", "country", "phone", "email", "tax_id")


def _party_payload(row: Acceptance, prefix: str) -> dict[str, str]:
    return {n: getattr(row, f"{prefix}_{n}") for n in PARTY_FIELDS}


def acceptance_payload(row: Acceptance, staff_number: str = "") -> dict[str, Any]:
    """The sync payload of an acceptance (canonical JSON is made by the outbox)."""
    return {
        "schema": PAYLOAD_SCHEMA,
        "kind": "accept",
        "acceptance_id": row.id,
        "branch": row.branch_code,
        "terminal": row.terminal_id,
        "staff": staff_number,
        "accepted_at": row.accepted_at.isoformat(),
        "business_day": row.business_day.isoformat(),
        "product": row.product,
        "preadvice_ref": row.preadvice_ref,
        "sender": _party_payload(row, "sender"),
        "addressee": _party_payload(row, "addressee"),
        "customs": {
            "category": row.customs_category,
            "category_explanation": row.category_explanation,
            "currency": row.customs_currency,
            "importer_reference": row.importer_reference,
            "importer_contact": row.importer_contact,
            "licence_number": row.licence_number,
            "certificate_number": row.certificate_number,
            "invoice_number": row.invoice_number,
            "comments": row.customs_comments,
            "exporter_iec": row.exporter_iec,
            "pbe_reference": row.pbe_reference,
            "total_value": str(row.total_value),
            "lines": [
                {
                    "description": line.description,
                    "quantity": line.quantity,
                    "unit": line.unit,
                    "net_grams": line.net_grams,
                    "value": str(line.value_amount),
                    "currency": line.value_currency,
                    "hs_code": line.hs_code,
                    "origin_country": line.origin_country,
                    "piece": line.piece_seq,
                }
                for line in row.lines
            ],
        },
        "pieces": [
            {
                "seq": p.seq,
                "s10": p.s10,
                "gross_grams": p.gross_grams,
                "length_mm": p.length_mm,
                "width_mm": p.width_mm,
                "height_mm": p.height_mm,
                "volumetric_grams": p.volumetric_grams,
                "chargeable_grams": p.chargeable_grams,
                "weighing": {
                    "source": p.weighing.source,
                    "stable": p.weighing.stable,
                    "net": p.weighing.net,
                    "protocol": p.weighing.protocol,
                    "port": p.weighing.port,
                    "scale_serial": p.weighing.scale_serial,
                    "raw_frame": p.weighing.raw_frame.hex(),
                    "captured_at": p.weighing.captured_at.isoformat(),
                    "reason": p.weighing.reason,
                },
            }
            for p in row.pieces
        ],
        "gross_grams": row.gross_grams,
        "chargeable_grams": row.chargeable_grams,
        "fee": {"amount": str(row.fee_amount), "currency": row.fee_currency},
        "duty": (
            {"amount": str(row.duty_amount), "currency": row.duty_currency}
            if row.duty_amount is not None
            else None
        ),
    }


def latin_json(sender: Party, addressee: Party) -> str:
    """``acceptances.parties_latin``: per party and field, [original, Latin form].

    The original is kept with its Latin form so that a later correction of the original
    (an amendment) makes the old Latin form stale instead of printing it abroad.
    """
    data = {
        role: {
            f: [getattr(party, f).strip(), v.strip()]
            for f, v in party.latin
            if v.strip() and f in ("name", "address", "city")
        }
        for role, party in (("sender", sender), ("addressee", addressee))
        if party.latin
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def stored_latin(row: Acceptance) -> dict[str, dict[str, str]]:
    """The Latin forms the clerk confirmed that still match the stored originals."""
    try:
        data = json.loads(row.parties_latin or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    out: dict[str, dict[str, str]] = {}
    for role, part in data.items():
        if role not in ("sender", "addressee") or not isinstance(part, dict):
            continue
        for field, pair in part.items():
            current = str(getattr(row, f"{role}_{field}", "") or "").strip()
            if (
                isinstance(pair, list)
                and len(pair) == 2
                and pair[0] == current
                and isinstance(pair[1], str)
            ):
                out.setdefault(role, {})[field] = pair[1]
    return out


def load_consignment(row: Acceptance) -> Consignment:
    """Rebuild the domain consignment from stored rows (for documents, EAD, amendments)."""

    latin = stored_latin(row)

    def party(prefix: str) -> Party:
        return Party(**_party_payload(row, prefix), latin=tuple(latin.get(prefix, {}).items()))

    lines = tuple(
        CustomsLine(
            description=ln.description,
            quantity=ln.quantity,
            net_grams=ln.net_grams,
            value=Money(Decimal(ln.value_amount), ln.value_currency),
            hs_code=ln.hs_code,
            origin_country=ln.origin_country,
            unit=ln.unit,
            piece=ln.piece_seq,
            description_latin=ln.description_latin,
        )
        for ln in row.lines
    )
    decl = CustomsDeclaration(
        category=CustomsCategory(row.customs_category),
        lines=lines,
        currency=row.customs_currency,
        category_explanation=row.category_explanation,
        importer_reference=row.importer_reference,
        importer_contact=row.importer_contact,
        licence_number=row.licence_number,
        certificate_number=row.certificate_number,
        invoice_number=row.invoice_number,
        comments=row.customs_comments,
        exporter_iec=row.exporter_iec,
        pbe_reference=row.pbe_reference,
    )
    pieces = tuple(
        Piece(
            s10=p.s10,
            weighing=Weighing(
                grams=p.weighing.grams,
                source=p.weighing.source,
                stable=p.weighing.stable,
                net=p.weighing.net,
                protocol=p.weighing.protocol,
                port=p.weighing.port,
                scale_serial=p.weighing.scale_serial,
                raw_frame=p.weighing.raw_frame,
                captured_at=p.weighing.captured_at,
                approved_by=str(p.weighing.approved_by or ""),
                reason=p.weighing.reason,
                accept_grams=p.weighing.accept_grams,
                accept_raw_frame=p.weighing.accept_raw_frame or b"",
                accept_seen_at=p.weighing.accept_seen_at,
            ),
            dimensions=Dimensions(p.length_mm, p.width_mm, p.height_mm),
        )
        for p in row.pieces
    )
    return Consignment(
        sender=party("sender"),
        addressee=party("addressee"),
        customs=decl,
        pieces=pieces,
        product=row.product,
        preadvice_ref=row.preadvice_ref,
    )


def get_by_s10(session: Session, s10: str) -> Acceptance | None:
    """The acceptance that holds the piece ``s10`` (with pieces, weighings and lines loaded)."""
    return session.scalar(
        select(Acceptance)
        .join(PieceRow)
        .where(PieceRow.s10 == normalise(s10))
        .options(
            selectinload(Acceptance.pieces).selectinload(PieceRow.weighing),
            selectinload(Acceptance.lines),
        )
    )


@dataclass(frozen=True, slots=True)
class DayRow:
    """One line of the day's list on the acceptance screen (no personal data beyond names)."""

    acceptance_id: str
    accepted_at: datetime
    s10s: tuple[str, ...]
    addressee_name: str
    destination: str
    gross_grams: int
    fee: Money
    status: str


def day_list(session: Session, branch_code: str, day: date) -> list[DayRow]:
    """Acceptances of the branch on its business ``day``, newest first."""
    rows = session.scalars(
        select(Acceptance)
        .where(Acceptance.branch_code == branch_code, Acceptance.business_day == day)
        .options(selectinload(Acceptance.pieces))
        .order_by(Acceptance.accepted_at.desc())
    ).all()
    return [
        DayRow(
            r.id,
            r.accepted_at,
            tuple(p.s10 for p in r.pieces),
            r.addressee_name,
            r.addressee_country,
            r.gross_grams,
            Money(r.fee_amount, r.fee_currency),
            r.status,
        )
        for r in rows
    ]


def pending_outbox_count(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboxItem)
            .where(OutboxItem.state.in_(("pending", "sending")))
        )
        or 0
    )
