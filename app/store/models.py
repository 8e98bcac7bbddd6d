"""SQLAlchemy 2 typed models of the terminal's local database.

Rules kept here: weights are integer grams, money is ``DecimalText`` plus a currency
code, times are aware UTC (``UTCDateTime``); the business day is a local ``Date``.
Nothing is deleted: voids and amendments are new rows in ``audit_log`` and
``outbox`` and a status change, and ``audit_log`` refuses UPDATE and DELETE by trigger.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.store.types import DecimalText, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention so batch migrations can name constraints."""

    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Key/value settings of this terminal (JSON text values), versioned by ``settings.version``."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Branch(Base):
    """A post office branch (acceptance office) and its local time zone."""

    __tablename__ = "branches"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # India: the office's GSTIN (its first two digits are the state); None elsewhere.
    gstin: Mapped[str | None] = mapped_column(String(15), nullable=True)


class Staff(Base):
    """A clerk or supervisor who can log in with staff number and PIN (or badge)."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # clerk | supervisor
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str | None] = mapped_column(String(64), unique=True)
    branch_code: Mapped[str] = mapped_column(ForeignKey("branches.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Manifest(Base):
    """A closed business day's dispatch list (one per close)."""

    __tablename__ = "manifests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    branch_code: Mapped[str] = mapped_column(ForeignKey("branches.code"))
    business_day: Mapped[date] = mapped_column(Date, index=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    piece_count: Mapped[int] = mapped_column(Integer, default=0)
    gross_grams: Mapped[int] = mapped_column(Integer, default=0)


class Acceptance(Base):
    """An accepted consignment: sender, addressee, customs declaration, charges.

    ``id`` is the UUID made at the counter; it is also the idempotency key at central.
    """

    __tablename__ = "acceptances"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    branch_code: Mapped[str] = mapped_column(ForeignKey("branches.code"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    business_day: Mapped[date] = mapped_column(Date, index=True)
    # {kind: "shipped" | "central vN"}: the reference data it was priced and checked with.
    reference_versions: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    status: Mapped[str] = mapped_column(String(16), default="accepted")  # accepted | voided
    product: Mapped[str] = mapped_column(String(40), default="heavy-parcel")
    preadvice_ref: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Issue 17: the business customer (contract sender) and its price plan, when any; the
    # marketplace batch the item came in and the weight its list declared (grams), with
    # ``weight_flagged`` when the actual weight differs beyond the rules' tolerance.
    customer_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    price_plan: Mapped[str] = mapped_column(String(200), default="", server_default="")
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("batches.id"), nullable=True, index=True
    )
    declared_grams: Mapped[int | None] = mapped_column(Integer, nullable=True)
    weight_flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    sender_name: Mapped[str] = mapped_column(String(200))
    sender_address: Mapped[str] = mapped_column(Text)
    sender_city: Mapped[str] = mapped_column(String(120))
    sender_postcode: Mapped[str] = mapped_column(String(20))
    sender_country: Mapped[str] = mapped_column(String(2))
    sender_phone: Mapped[str] = mapped_column(String(40), default="")
    sender_email: Mapped[str] = mapped_column(String(120), default="")
    sender_tax_id: Mapped[str] = mapped_column(String(40), default="")

    addressee_name: Mapped[str] = mapped_column(String(200))
    addressee_address: Mapped[str] = mapped_column(Text)
    addressee_city: Mapped[str] = mapped_column(String(120))
    addressee_postcode: Mapped[str] = mapped_column(String(20))
    addressee_country: Mapped[str] = mapped_column(String(2))
    addressee_phone: Mapped[str] = mapped_column(String(40), default="")
    addressee_email: Mapped[str] = mapped_column(String(120), default="")
    addressee_tax_id: Mapped[str] = mapped_column(String(40), default="")
    # Names and addresses in Latin script as confirmed by the clerk, for documents that
    # leave the country (JSON {"sender": {"name": ...}, "addressee": {...}}; "{}" = none
    # given, the documents transliterate the originals).
    parties_latin: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")

    customs_category: Mapped[str] = mapped_column(String(24))
    category_explanation: Mapped[str] = mapped_column(Text, default="")
    customs_currency: Mapped[str] = mapped_column(String(3))
    importer_reference: Mapped[str] = mapped_column(String(80), default="")
    importer_contact: Mapped[str] = mapped_column(String(200), default="")
    licence_number: Mapped[str] = mapped_column(String(80), default="")
    certificate_number: Mapped[str] = mapped_column(String(80), default="")
    invoice_number: Mapped[str] = mapped_column(String(80), default="")
    customs_comments: Mapped[str] = mapped_column(Text, default="")
    exporter_iec: Mapped[str] = mapped_column(String(20), default="")
    pbe_reference: Mapped[str] = mapped_column(String(40), default="")
    total_value: Mapped[Decimal] = mapped_column(DecimalText)

    gross_grams: Mapped[int] = mapped_column(Integer)
    chargeable_grams: Mapped[int] = mapped_column(Integer)
    fee_amount: Mapped[Decimal] = mapped_column(DecimalText)
    fee_currency: Mapped[str] = mapped_column(String(3))
    duty_amount: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    duty_currency: Mapped[str] = mapped_column(String(3), default="")

    manifest_id: Mapped[int | None] = mapped_column(ForeignKey("manifests.id"), index=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    # Retention: names, addresses and phones blanked once central holds the acceptance.
    personal_data_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    pieces: Mapped[list[Piece]] = relationship(
        back_populates="acceptance", order_by="Piece.seq", cascade="all, delete-orphan"
    )
    lines: Mapped[list[CustomsLineRow]] = relationship(
        back_populates="acceptance", order_by="CustomsLineRow.seq", cascade="all, delete-orphan"
    )


class Piece(Base):
    """One physical parcel of an acceptance, with its own S10 and dimensions."""

    __tablename__ = "pieces"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    acceptance_id: Mapped[str] = mapped_column(ForeignKey("acceptances.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    s10: Mapped[str] = mapped_column(String(13), unique=True)
    gross_grams: Mapped[int] = mapped_column(Integer)
    length_mm: Mapped[int] = mapped_column(Integer)
    width_mm: Mapped[int] = mapped_column(Integer)
    height_mm: Mapped[int] = mapped_column(Integer)
    volumetric_grams: Mapped[int] = mapped_column(Integer)
    chargeable_grams: Mapped[int] = mapped_column(Integer)

    acceptance: Mapped[Acceptance] = relationship(back_populates="pieces")
    weighing: Mapped[WeighingRow] = relationship(
        back_populates="piece", uselist=False, cascade="all, delete-orphan"
    )


class WeighingRow(Base):
    """How a piece was weighed: the instrument, the raw frame, or the approved manual entry."""

    __tablename__ = "weighings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    piece_id: Mapped[int] = mapped_column(ForeignKey("pieces.id"), unique=True)
    grams: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # scale | simulator | manual
    stable: Mapped[bool] = mapped_column(Boolean)
    net: Mapped[bool] = mapped_column(Boolean, default=False)
    protocol: Mapped[str] = mapped_column(String(32), default="")
    port: Mapped[str] = mapped_column(String(120), default="")
    scale_serial: Mapped[str] = mapped_column(String(64), default="")
    raw_frame: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    # The live reading seen at accept that confirmed the capture (None for manual weights
    # and rows written before revision i9_accept_reading).
    accept_grams: Mapped[int | None] = mapped_column(Integer, nullable=True)
    accept_raw_frame: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    accept_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    piece: Mapped[Piece] = relationship(back_populates="weighing")


class CustomsLineRow(Base):
    """One CN 23 content line; ``net_grams`` and ``value_amount`` are for the whole line."""

    __tablename__ = "customs_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    acceptance_id: Mapped[str] = mapped_column(ForeignKey("acceptances.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(12), default="pcs")
    net_grams: Mapped[int] = mapped_column(Integer)
    value_amount: Mapped[Decimal] = mapped_column(DecimalText)
    value_currency: Mapped[str] = mapped_column(String(3))
    hs_code: Mapped[str] = mapped_column(String(10), default="")
    origin_country: Mapped[str] = mapped_column(String(2))
    # The piece (postal item) the line travels in: ``Piece.seq`` of the same acceptance.
    piece_seq: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Latin-script description for documents abroad ("" = transliterate ``description``).
    description_latin: Mapped[str] = mapped_column(Text, default="", server_default="")

    acceptance: Mapped[Acceptance] = relationship(back_populates="lines")


class OutboxItem(Base):
    """Transactional outbox entry for the central system.

    ``id`` is the terminal's sequence number; ``item_uuid`` is the idempotency key.
    States: pending -> sending -> done | rejected | conflict. ``payload`` is canonical
    JSON and ``payload_sha256`` its hash, both fixed when the item is written.
    """

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # accept | void | amend | day_close
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    central_status: Mapped[str] = mapped_column(String(16), default="")
    central_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEntry(Base):
    """Append-only audit record: who did what to which entity, when. No personal data."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    # Hash chain (app.domain.audit_chain): the entry before's digest and this one's.
    prev_sha256: Mapped[str] = mapped_column(String(64), default="")
    entry_sha256: Mapped[str] = mapped_column(String(64), default="")


class PinLockout(Base):
    """Wrong PINs in a row for one staff number (known or not) and the lock they caused."""

    __tablename__ = "pin_lockouts"
    staff_number: Mapped[str] = mapped_column(String(20), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class S10Block(Base):
    """A block of S10 serial numbers given to this branch for one service indicator."""

    __tablename__ = "s10_blocks"
    __table_args__ = (UniqueConstraint("service", "country", "first_serial"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service: Mapped[str] = mapped_column(String(2))
    country: Mapped[str] = mapped_column(String(2))
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    next_serial: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # demo | central
    allocated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SenderProfile(Base):
    """A regular sender (small seller) found by phone or name; fills sender and typical lines."""

    __tablename__ = "sender_profiles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    phone: Mapped[str] = mapped_column(String(40), index=True)
    party_json: Mapped[str] = mapped_column(Text)
    typical_lines_json: Mapped[str] = mapped_column(Text, default="[]")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Batch(Base):
    """A marketplace's list of parcels (Form 103 batch, India Post bulk list), issue 17.

    ``number`` is the list's number (from the file or given at import). ``state`` is
    ``open`` until a supervisor closes it, then ``closed`` (locked: nothing more is
    accepted into it); its payment is a ``payments`` row with ``batch_id`` set.
    """

    __tablename__ = "batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_code: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="open")  # open | closed
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    business_day: Mapped[date | None] = mapped_column(Date, nullable=True)


class PreAdvice(Base):
    """A parcel announced ahead by a marketplace or seller; filled in when its S10 is scanned."""

    __tablename__ = "preadvice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    s10: Mapped[str] = mapped_column(String(13), unique=True)
    source: Mapped[str] = mapped_column(String(200))
    row_number: Mapped[int] = mapped_column(Integer)
    payload_json: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    acceptance_id: Mapped[str | None] = mapped_column(ForeignKey("acceptances.id"), nullable=True)
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("batches.id"), nullable=True, index=True
    )
    declared_grams: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Payment(Base):
    """The money taken for an acceptance (issue 13), or a supervisor's "left unpaid".

    ``id`` is a UUID made at the counter: the outbox item's idempotency key and, later, the
    task id a fiscal register is given, so a retry never registers a sale twice. ``state``
    is ``paid`` | ``unpaid`` | ``awaiting_register`` (reserved for a fiscal register that
    has not confirmed yet). Money is ``Decimal`` text plus the currency code.
    """

    __tablename__ = "payments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # One of the two: an acceptance's payment, or a closed batch's (issue 17).
    acceptance_id: Mapped[str | None] = mapped_column(
        ForeignKey("acceptances.id"), unique=True, nullable=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("batches.id"), unique=True, nullable=True
    )
    # The business customer charged (method ``account``) or paying; "" for the public.
    customer_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    business_day: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(20))
    method: Mapped[str] = mapped_column(String(16), default="")  # cash | card | account | ""
    amount: Mapped[Decimal] = mapped_column(DecimalText)
    currency: Mapped[str] = mapped_column(String(3))
    tendered: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    change: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class BackupRecord(Base):
    """An online backup of this database to the backup folder, verified on the copy."""

    __tablename__ = "backups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    trigger: Mapped[str] = mapped_column(String(16))  # schedule | day_close | manual
    path: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    detail: Mapped[str] = mapped_column(Text, default="")
    last_outbox_id: Mapped[int] = mapped_column(Integer, default=0)
    pruned: Mapped[bool] = mapped_column(Boolean, default=False)


class PreAdviceImport(Base):
    """One pre-advice file being (or having been) imported, committed in chunks.

    ``rows_done`` is the last file row whose parcel is committed: an interrupted import of
    the same file (same SHA-256) resumes after it.
    """

    __tablename__ = "preadvice_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rows_done: Mapped[int] = mapped_column(Integer, default=0)
    parcels: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)


class FiscalDocument(Base):
    """A document sent to the fiscal register (issue 15): a sale or its return.

    ``id`` is the task uuid given to the register (a sale's is its payment's id), stored
    BEFORE the task is sent, so after a crash the terminal asks the register for that uuid
    instead of registering again. ``task`` is the sale as JSON (positions, payments,
    operator) so a retry sends exactly the same document. ``state``: ``pending`` until the
    register returns the fiscal data, then ``registered``; ``fault`` names the last fault.
    """

    __tablename__ = "fiscal_documents"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # sell | sellReturn
    state: Mapped[str] = mapped_column(String(16))  # pending | registered
    task: Mapped[str] = mapped_column(Text)
    fault: Mapped[str] = mapped_column(String(40), default="")
    document_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fiscal_sign: Mapped[str | None] = mapped_column(String(20), nullable=True)
    fn_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    register_time: Mapped[str | None] = mapped_column(String(19), nullable=True)  # local
    shift_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    total: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class GstInvoice(Base):
    """A GST tax invoice or bill of supply issued at an Indian counter (issue 15).

    ``number`` is unique per financial year per office GSTIN (at most 16 characters);
    ``seq`` is its running number in that year; ``lines`` the computed lines as JSON.
    """

    __tablename__ = "gst_invoices"
    __table_args__ = (
        UniqueConstraint("office_gstin", "financial_year", "number"),
        UniqueConstraint("office_gstin", "financial_year", "seq"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # tax_invoice | bill_of_supply
    number: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    financial_year: Mapped[str] = mapped_column(String(4))
    office_gstin: Mapped[str] = mapped_column(String(15))
    customer_gstin: Mapped[str] = mapped_column(String(15), default="")
    place_of_supply: Mapped[str] = mapped_column(String(2))
    lines: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)


class ReferenceDocument(Base):
    """A version of reference data (rates, tariffs, products) received from central.

    Kept, never overwritten: ``reference status`` shows what is in force and since when,
    and an acceptance names the versions it was priced and checked with.
    """

    __tablename__ = "reference_documents"
    __table_args__ = (UniqueConstraint("kind", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    effective: Mapped[date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
