"""Registering a counter payment with the fiscal register, crash-safe and never twice.

``prepare_sale`` (inside the payment's write transaction) stores a ``FiscalDocument``
row with the sale task, its id the payment's id, BEFORE anything is sent. ``send``
(outside any transaction: it blocks on the register) asks the register for it and, once
registered, marks the payment ``paid`` and queues its sync item with the fiscal data in
one transaction. A fault leaves the document ``pending`` and the payment
``awaiting_register``; ``send_pending`` tries every pending document again, after a
restart too; the register adapter asks for the uuid first, so a sale the register already
has is read back, not registered again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.documents.data import ReceiptFiscal
from app.domain.vat import RATES_PERCENT, vat_included, vat_rate
from app.services.fiscal.register import (
    SELL,
    SELL_RETURN,
    SHIFT_CLOSED,
    SHIFT_EXPIRED,
    FiscalData,
    FiscalRegister,
    Position,
    RegisterFault,
    Sale,
)
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.models import Acceptance, FiscalDocument, Payment, Staff
from app.store.outbox import audit, enqueue
from app.store.settings import get_setting

PENDING = "pending"
REGISTERED = "registered"
PAYMENT_TYPES = {"cash": "cash", "card": "electronically", "account": "other"}
INN_PREFIX = "fiscal.inn."  # + staff number: the cashier's INN (app.services.terminal_settings)


def cashier_inn(session: Session, staff_number: str) -> str:
    """The INN set for this staff member (FFD 1.2 tag 1203), '' when none is set."""
    return str(get_setting(session, f"{INN_PREFIX}{staff_number}", "") or "")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one document: its fiscal data, or the fault to show the clerk."""

    document_id: str
    data: FiscalData | None
    fault: RegisterFault | None


def positions(acceptance: Acceptance) -> tuple[Position, ...]:
    """One position per postal service: each piece's carriage, the fee split by chargeable
    weight to the kopeck (the last piece takes the rounding remainder, so the sum is the
    fee exactly)."""
    fee = Decimal(acceptance.fee_amount).quantize(Decimal("0.01"))
    pieces = list(acceptance.pieces)
    rate = vat_rate(acceptance.product, acceptance.business_day)
    weights = [max(p.chargeable_grams, 1) for p in pieces] or [1]
    whole = sum(weights)
    prices: list[Decimal] = []
    for w in weights[:-1]:
        prices.append((fee * w / whole).quantize(Decimal("0.01"), ROUND_HALF_UP))
    prices.append(fee - sum(prices, Decimal(0)))
    names = [f"Пересылка посылки {p.s10}" for p in pieces] or ["Пересылка посылки"]
    return tuple(
        Position(name, price, Decimal(1), 0, rate.tax_type, rate.confirmed)
        for name, price in zip(names, prices, strict=True)
    )


def sale_json(sale: Sale) -> str:
    body = {
        "kind": sale.kind,
        "positions": [
            [p.name, str(p.price), str(p.quantity), p.measure, p.tax_type, p.tax_confirmed]
            for p in sale.positions
        ],
        "payments": [[k, str(s)] for k, s in sale.payments],
        "operator": [sale.operator_name, sale.operator_inn],
        "contact": sale.customer_contact,
        "taxation": sale.taxation,
    }
    return json.dumps(body, ensure_ascii=False)


def sale_of(doc: FiscalDocument) -> Sale:
    body = json.loads(doc.task)
    return Sale(
        uuid=doc.id,
        kind=body["kind"],
        positions=tuple(
            Position(n, Decimal(p), Decimal(q), int(m), t, bool(c))
            for n, p, q, m, t, c in body["positions"]
        ),
        payments=tuple((k, Decimal(s)) for k, s in body["payments"]),
        operator_name=body["operator"][0],
        operator_inn=body["operator"][1],
        customer_contact=body["contact"],
        taxation=body["taxation"],
    )


def prepare_sale(
    session: Session,
    acceptance: Acceptance,
    payment: Payment,
    *,
    kind: str = SELL,
    contact: str = "",
    doc_id: str | None = None,
    demo: bool = False,
) -> FiscalDocument:
    """Store the sale (or its return) to register, in the caller's transaction."""
    return _store_sale(
        session,
        payment,
        positions(acceptance),
        kind=kind,
        contact=contact,
        doc_id=doc_id,
        demo=demo,
    )


def batch_positions(session: Session, payment: Payment) -> tuple[Position, ...]:
    """A batch payment's receipt (issue 17): one position per accepted item of the batch,
    its fee as charged; the last takes any rounding remainder so the sum is the payment."""
    rows = session.scalars(
        select(Acceptance)
        .where(Acceptance.batch_id == payment.batch_id, Acceptance.status == "accepted")
        .options(selectinload(Acceptance.pieces))
        .order_by(Acceptance.accepted_at, Acceptance.id)
    ).all()
    cent = Decimal("0.01")
    prices = [Decimal(r.fee_amount).quantize(cent, ROUND_HALF_UP) for r in rows]
    if prices:
        prices[-1] += Decimal(payment.amount).quantize(cent) - sum(prices, Decimal(0))
    out: list[Position] = []
    for r, price in zip(rows, prices, strict=True):
        rate = vat_rate(r.product, r.business_day)
        s10 = ", ".join(p.s10 for p in r.pieces)
        out.append(
            Position(
                f"Пересылка посылки {s10}", price, Decimal(1), 0, rate.tax_type, rate.confirmed
            )
        )
    return tuple(out)


def prepare_batch_sale(
    session: Session, payment: Payment, *, contact: str = "", demo: bool = False
) -> FiscalDocument:
    """Store a closed batch's sale (``batch_positions``) to register, in the close's
    transaction; ``send`` registers it like an acceptance's."""
    return _store_sale(
        session, payment, batch_positions(session, payment), contact=contact, demo=demo
    )


def _store_sale(
    session: Session,
    payment: Payment,
    items: tuple[Position, ...],
    *,
    kind: str = SELL,
    contact: str = "",
    doc_id: str | None = None,
    demo: bool = False,
) -> FiscalDocument:
    staff = session.get(Staff, payment.staff_id)
    # The whole amount due is paid by one method; cash change is not part of the receipt
    # sum the driver checks (it accepts a cash sum above the total and prints the change).
    paid = payment.tendered if payment.method == "cash" and payment.tendered else payment.amount
    sale = Sale(
        uuid=doc_id or payment.id,
        kind=kind,
        positions=items,
        payments=((PAYMENT_TYPES.get(payment.method, "cash"), Decimal(paid)),),
        operator_name=staff.name if staff else "",
        operator_inn=cashier_inn(session, staff.staff_number) if staff else "",
        customer_contact=contact.strip()[:64],
        taxation=str(get_setting(session, "fiscal.taxation", "osn")),
    )
    doc = FiscalDocument(
        id=sale.uuid,
        payment_id=payment.id,
        kind=kind,
        state=PENDING,
        task=sale_json(sale),
        fault="",
        demo=demo,
    )
    session.add(doc)
    return doc


def fiscal_block(doc: FiscalDocument | None) -> dict[str, object] | None:
    """The fiscal data of a registered document as synced to central."""
    if doc is None or doc.state != REGISTERED:
        return None
    return {
        "kind": doc.kind,
        "document_number": doc.document_number,
        "fiscal_sign": doc.fiscal_sign,
        "fn_number": doc.fn_number,
        "register_time": doc.register_time,
        "shift_number": doc.shift_number,
        "demo": doc.demo,
    }


def send(
    db: Database,
    register: FiscalRegister,
    document_id: str,
    ctx: CounterContext | None = None,
) -> Outcome:
    """Register one pending document; on success the payment becomes paid and is queued.

    With ``ctx``, a register that refuses for its shift (closed, or older than 24 h) gets
    its shift put right for today's business day (``ensure_shift``) and the document is
    sent once more."""
    with db.read() as s:
        doc = s.get(FiscalDocument, document_id)
        if doc is None:
            raise LookupError(document_id)
        if doc.state == REGISTERED:
            return Outcome(document_id, _data(doc), None)
        sale = sale_of(doc)
    try:
        try:
            data = register.register(sale)
        except RegisterFault as exc:
            if ctx is None or exc.kind not in (SHIFT_CLOSED, SHIFT_EXPIRED):
                raise
            from app.services.fiscal.shift import ensure_shift

            ensure_shift(db, ctx, register)
            data = register.register(sale)
    except RegisterFault as exc:
        fault = exc
    else:
        db.write_with_retry(lambda session: _registered(session, document_id, data))
        return Outcome(document_id, data, None)

    def note(session: Session) -> None:
        row = session.get(FiscalDocument, document_id)
        if row is not None:
            row.fault = fault.kind

    db.write_with_retry(note)
    return Outcome(document_id, None, fault)


def acceptance_of(db: Database, document_id: str) -> str:
    """The acceptance a fiscal document was made for ('' when unknown)."""
    with db.read() as s:
        return (
            s.scalar(
                select(Payment.acceptance_id)
                .join(FiscalDocument, FiscalDocument.payment_id == Payment.id)
                .where(FiscalDocument.id == document_id)
            )
            or ""
        )


def send_pending(
    db: Database,
    register: FiscalRegister,
    branch_code: str,
    ctx: CounterContext | None = None,
) -> list[Outcome]:
    """Try every pending document of this branch again, oldest first."""
    with db.read() as s:
        # a batch payment (issue 17) has no acceptance of its own: its items' branch is ours
        ids = s.scalars(
            select(FiscalDocument.id)
            .join(Payment, Payment.id == FiscalDocument.payment_id)
            .outerjoin(Acceptance, Acceptance.id == Payment.acceptance_id)
            .where(
                FiscalDocument.state == PENDING,
                or_(Acceptance.branch_code == branch_code, Payment.batch_id.is_not(None)),
            )
            .order_by(FiscalDocument.created_at)
        ).all()
    return [send(db, register, i, ctx) for i in ids]


def _data(doc: FiscalDocument) -> FiscalData:
    from datetime import datetime

    return FiscalData(
        document_number=doc.document_number or 0,
        fiscal_sign=doc.fiscal_sign or "",
        fn_number=doc.fn_number or "",
        at=datetime.fromisoformat(doc.register_time or "2000-01-01T00:00"),
        shift_number=doc.shift_number or 0,
        total=Decimal(doc.total or 0),
        kind=doc.kind,
    )


def _registered(session: Session, document_id: str, data: FiscalData) -> None:
    from app.domain.payment import AWAITING_REGISTER, PAID
    from app.services.payment import payment_payload

    doc = session.get(FiscalDocument, document_id)
    if doc is None or doc.state == REGISTERED:
        return
    doc.state, doc.fault = REGISTERED, ""
    doc.document_number, doc.fiscal_sign = data.document_number, data.fiscal_sign
    doc.fn_number, doc.shift_number = data.fn_number, data.shift_number
    doc.register_time = data.at.strftime("%Y-%m-%dT%H:%M:%S")
    doc.total = data.total
    payment = session.get(Payment, doc.payment_id)
    assert payment is not None
    if payment.acceptance_id is None:
        _batch_registered(session, doc, payment, data)
        return
    acceptance = session.get(
        Acceptance, payment.acceptance_id, options=[selectinload(Acceptance.pieces)]
    )
    assert acceptance is not None
    audit(
        session,
        staff_id=payment.staff_id,
        terminal_id=acceptance.terminal_id,
        action="fiscal.registered",
        entity="acceptance",
        entity_id=acceptance.id,
        details={"document": doc.id, "kind": doc.kind, "number": data.document_number},
    )
    if doc.kind == SELL and payment.state == AWAITING_REGISTER:
        payment.state = PAID
        session.flush()
        enqueue(
            session,
            "payment",
            acceptance.id,
            payment_payload(session, payment, acceptance),
            item_uuid=payment.id,
        )
    elif doc.kind == SELL_RETURN:
        # The return's own item, keyed by its document id (queued once: this runs only
        # while the document is pending); it follows the payment and the void in the outbox.
        enqueue(
            session,
            RETURN_KIND,
            acceptance.id,
            return_payload(doc, payment, acceptance),
            item_uuid=doc.id,
        )


def _batch_registered(
    session: Session, doc: FiscalDocument, payment: Payment, data: FiscalData
) -> None:
    """A closed batch's sale is registered: its payment is paid and the register's data
    queued for central (``batch_fiscal``, after the ``batch_close`` item queued at the
    close), as an acceptance's payment is queued with its fiscal data."""
    from app.domain.payment import AWAITING_REGISTER, PAID
    from app.services.batch_close import FISCAL_KIND, fiscal_payload

    terminal = str(get_setting(session, "terminal.id", "") or "")
    audit(
        session,
        staff_id=payment.staff_id,
        terminal_id=terminal,
        action="fiscal.registered",
        entity="batch",
        entity_id=str(payment.batch_id),
        details={"document": doc.id, "kind": doc.kind, "number": data.document_number},
    )
    if doc.kind == SELL and payment.state == AWAITING_REGISTER:
        payment.state = PAID
        session.flush()
        fiscal = fiscal_block(doc)
        assert fiscal is not None
        body = fiscal_payload(session, payment, fiscal)
        # The sale's id is the payment's, which the batch_close item already carries.
        item_uuid = str(uuid.uuid5(uuid.UUID(doc.id), FISCAL_KIND))
        enqueue(session, FISCAL_KIND, str(body["batch"]), body, item_uuid=item_uuid)


RETURN_KIND = "payment_return"


def return_payload(
    doc: FiscalDocument, payment: Payment, acceptance: Acceptance
) -> dict[str, object]:
    """The sync payload of a registered return receipt (central.payments.PaymentReturn)."""
    from datetime import UTC, datetime

    from app.services.acceptance import PAYLOAD_SCHEMA

    return {
        "schema": PAYLOAD_SCHEMA,
        "kind": RETURN_KIND,
        "return_id": doc.id,
        "payment_id": payment.id,
        "acceptance_id": acceptance.id,
        "branch": acceptance.branch_code,
        "terminal": acceptance.terminal_id,
        "recorded_at": datetime.now(UTC).isoformat(),
        # What was given back is what was paid (the same positions as the sale).
        "amount": {"amount": f"{Decimal(payment.amount):.2f}", "currency": payment.currency},
        "fiscal": fiscal_block(doc),
    }


HEADINGS = {SELL: "КАССОВЫЙ ЧЕК / ПРИХОД", SELL_RETURN: "КАССОВЫЙ ЧЕК / ВОЗВРАТ ПРИХОДА"}


def receipt_fiscal(session: Session, acceptance_id: str, kind: str = SELL) -> ReceiptFiscal | None:
    """The registered sale (or, with ``kind=SELL_RETURN``, its return after a void) of an
    acceptance as printed on its receipts, else None."""
    doc = session.scalar(
        select(FiscalDocument)
        .join(Payment, Payment.id == FiscalDocument.payment_id)
        .where(
            Payment.acceptance_id == acceptance_id,
            FiscalDocument.kind == kind,
            FiscalDocument.state == REGISTERED,
        )
    )
    if doc is None:
        return None
    data = _data(doc)
    sale = sale_of(doc)
    vat: dict[str, Decimal] = {}
    for p in sale.positions:
        vat[p.tax_type] = vat.get(p.tax_type, Decimal(0)) + vat_included(p.amount, p.tax_type)
    vat_lines = tuple(
        (f"в т.ч. НДС {RATES_PERCENT[k]}%", f"{v:.2f}") for k, v in vat.items() if k != "none"
    )
    return ReceiptFiscal(
        lines=(
            (HEADINGS[doc.kind], ""),
            ("ФН", data.fn_number),
            ("ФД", str(data.document_number)),
            ("ФП", data.fiscal_sign),
            ("Смена", str(data.shift_number)),
            ("Дата", f"{data.at:%d.%m.%Y %H:%M}"),
        ),
        qr_payload=data.qr_payload(),
        demo=doc.demo,
        vat_lines=vat_lines,
    )


RETURN_NAMESPACE = uuid.UUID("0b5f3c52-7a8e-4d0e-8f61-2f4f1d0b9a77")


def prepare_return(
    session: Session, acceptance: Acceptance, cashier: Staff | None = None
) -> FiscalDocument | None:
    """On a void after payment: the return of the registered sale ("возврат прихода") for
    the same positions and payments, stored pending in the void's transaction (its uuid
    derived from the sale's, so it is made once). None when no sale was registered.

    ``cashier`` is who hands the money back (the staff member logged in at the void): the
    return receipt names them and their INN, not the clerk who took the payment."""
    sale_doc = session.scalar(
        select(FiscalDocument)
        .join(Payment, Payment.id == FiscalDocument.payment_id)
        .where(Payment.acceptance_id == acceptance.id, FiscalDocument.kind == SELL)
    )
    if sale_doc is None:
        return None
    return_id = str(uuid.uuid5(RETURN_NAMESPACE, sale_doc.id))
    if session.get(FiscalDocument, return_id) is not None:
        return None
    body = json.loads(sale_doc.task)
    body["kind"] = SELL_RETURN
    # What is handed back is the receipt's total, by the sale's payment type: cash tendered
    # above the total (the sale's change) has no meaning on a return receipt.
    sale = sale_of(sale_doc)
    body["payments"] = [[sale.payments[0][0], str(sale.total)]] if sale.payments else []
    if cashier is not None:
        body["operator"] = [cashier.name, cashier_inn(session, cashier.staff_number)]
    doc = FiscalDocument(
        id=return_id,
        payment_id=sale_doc.payment_id,
        kind=SELL_RETURN,
        state=PENDING,
        task=json.dumps(body, ensure_ascii=False),
        fault="",
        demo=sale_doc.demo,
    )
    session.add(doc)
    return doc
