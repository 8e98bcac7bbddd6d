"""SQLAlchemy 2 models of the central system (SQLite or PostgreSQL, same code).

Deduplication is permanent: ``sync_items.item_uuid`` is a unique key, never a cache
with an expiry, because a branch may be offline longer than any cache would live.
Nothing is deleted; a void or amendment changes an acceptance's state and is itself
kept as a sync item.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BigId = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations name constraints alike."""

    metadata = MetaData(naming_convention=NAMING)


class Terminal(Base):
    """A registered counter terminal of one branch; only the token's SHA-256 is stored."""

    __tablename__ = "terminals"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(String(120), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SyncItem(Base):
    """Every item a terminal sent that central stored, with its payload exactly as sent."""

    __tablename__ = "sync_items"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    item_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    branch: Mapped[str] = mapped_column(String(20), index=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    client_seq: Mapped[int] = mapped_column(BigInteger)
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CentralAcceptance(Base):
    """The current state of an acceptance as central knows it (latest version of its record)."""

    __tablename__ = "acceptances"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    business_day: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16))  # accepted | voided
    version: Mapped[int] = mapped_column(Integer)
    piece_count: Mapped[int] = mapped_column(Integer)
    gross_grams: Mapped[int] = mapped_column(BigInteger)
    record: Mapped[str] = mapped_column(Text)
    first_item_uuid: Mapped[str] = mapped_column(String(36))
    last_item_uuid: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Parcel(Base):
    """One piece's S10 number, registered to exactly one acceptance."""

    __tablename__ = "parcels"
    s10: Mapped[str] = mapped_column(String(13), primary_key=True)
    acceptance_id: Mapped[str] = mapped_column(ForeignKey("acceptances.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)


class TrackingEvent(Base):
    """A UPU tracking event of an item (``EMA`` = posting/collection at acceptance)."""

    __tablename__ = "tracking_events"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    s10: Mapped[str] = mapped_column(String(13), index=True)
    code: Mapped[str] = mapped_column(String(8))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    office: Mapped[str] = mapped_column(String(20))
    item_uuid: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class S10Counter(Base):
    """Next free serial per service indicator and issuing country (shared by all branches)."""

    __tablename__ = "s10_counters"
    service: Mapped[str] = mapped_column(String(2), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    next_serial: Mapped[int] = mapped_column(BigInteger)


class S10Allocation(Base):
    """A block of serials handed to a branch; blocks never overlap (see ``S10Counter``)."""

    __tablename__ = "s10_allocations"
    __table_args__ = (UniqueConstraint("service", "country", "first_serial"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    service: Mapped[str] = mapped_column(String(2))
    country: Mapped[str] = mapped_column(String(2))
    first_serial: Mapped[int] = mapped_column(BigInteger)
    last_serial: Mapped[int] = mapped_column(BigInteger)
    allocated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CentralBranch(Base):
    """A branch as central owns it (issue 14): terminals and staff belong to one."""

    __tablename__ = "branches"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CentralStaff(Base):
    """A clerk or supervisor of a branch; the PIN hash is made as the terminal makes it.

    ``version`` is central's change counter over all staff rows (the highest one is the
    staff list's ETag), so a terminal learns of a change on its next sync.
    """

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("branch", "staff_number"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(ForeignKey("branches.code"), index=True)
    staff_number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CentralStaffChange(Base):
    """A staff change published with a future ``effective`` date (the branch's business
    day): it is sent to terminals with the staff list and becomes the staff member's
    ``staff`` row on that day. ``action`` is ``add`` (name, role and PIN hash given) or
    ``deactivate``; ``version`` counts with the staff rows' versions."""

    __tablename__ = "staff_changes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(ForeignKey("branches.code"), index=True)
    staff_number: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(12))
    name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    effective: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EnrolmentCode(Base):
    """A one-time enrolment code of a branch; only its SHA-256 is stored."""

    __tablename__ = "enrolment_codes"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(ForeignKey("branches.code"), index=True)
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    terminal_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReferenceDocument(Base):
    """A published version of one kind of reference data (rates, rules, tariffs, products)."""

    __tablename__ = "reference_documents"
    __table_args__ = (UniqueConstraint("kind", "version"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    effective: Mapped[date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TerminalStatus(Base):
    """What a terminal last reported when it synced: when, queue length, oldest unsynced."""

    __tablename__ = "terminal_status"
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    queue_length: Mapped[int] = mapped_column(Integer, default=0)
    oldest_unsynced_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )


class OpsLoginLockout(Base):
    """Wrong PINs in a row at the operations page's supervisor log-in, and the lock they
    caused (the terminal's rule: ``MAX_FAILURES`` then ``LOCKOUT``). Kept for unknown
    numbers too, so the answer does not tell which staff numbers exist."""

    __tablename__ = "ops_login_lockouts"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    staff_number: Mapped[str] = mapped_column(String(20), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class OpsSession(Base):
    """A signed-in session of the operations page; only the session id's SHA-256 is kept.
    Signing out sets ``ended_at``, so a copy of the cookie stops working too."""

    __tablename__ = "ops_sessions"
    sid_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    branch: Mapped[str] = mapped_column(String(20))  # '' for head office (admin token)
    staff_number: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RejectedItem(Base):
    """A sync item central refused (``rejected``), once per terminal and item UUID, for the
    operations page. Nothing of the item is kept but its kind and central's reason."""

    __tablename__ = "rejected_items"
    __table_args__ = (UniqueConstraint("terminal_id", "item_uuid"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    branch: Mapped[str] = mapped_column(String(20), index=True)
    item_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class BusinessCustomer(Base):
    """A business customer of the corridor (issue 17): marketplace, seller or contract
    sender. Published to terminals as the ``customers`` reference document; the account
    (``account_allowed``, credit limit in minor units of ``currency``) is kept here. Only
    the SHA-256 of the customer's API token is stored (as for terminal tokens)."""

    __tablename__ = "customers"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    contract: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(12))  # marketplace | seller | contract
    country: Mapped[str] = mapped_column(String(2))
    inn: Mapped[str] = mapped_column(String(12), default="")
    gstin: Mapped[str] = mapped_column(String(15), default="")
    iec: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    account_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[str] = mapped_column(String(3), default="")
    credit_limit_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    token_sha256: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    token_issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CustomerPricePlan(Base):
    """One dated price plan of a customer: a discount (decimal text) or its own tariff
    entries (JSON text, shaped like tariffs.json's), one per ``effective_from``."""

    __tablename__ = "customer_price_plans"
    __table_args__ = (UniqueConstraint("customer_code", "effective_from"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_code: Mapped[str] = mapped_column(ForeignKey("customers.code"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    effective_from: Mapped[date] = mapped_column(Date)
    discount_percent: Mapped[str | None] = mapped_column(String(12), nullable=True)
    tariffs: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AccountEntry(Base):
    """One line of a customer's account: a ``charge`` (a payment on account), a
    ``reversal`` (its acceptance was voided) or a ``settlement`` (the customer paid).

    Amounts are signed minor units (charges positive). ``source_id`` is unique: a payment's
    id, ``void:<acceptance id>`` or a settlement's own id, so nothing is booked twice.
    ``flag`` is '' or why the line needs a person's look (``unknown_customer``,
    ``account_not_allowed``, ``no_customer``, ``currency``); the line is booked anyway
    because the parcel was already taken on account."""

    __tablename__ = "account_entries"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_code: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    source_id: Mapped[str] = mapped_column(String(64), unique=True)
    item_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    acceptance_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    batch_number: Mapped[str | None] = mapped_column(String(40), nullable=True)
    branch: Mapped[str] = mapped_column(String(20), default="")
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    flag: Mapped[str] = mapped_column(String(24), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CustomerBatch(Base):
    """A business customer's list of parcels as central learns it: opened by the first
    accepted item naming it, closed (with its payment) by the ``batch_close`` item."""

    __tablename__ = "customer_batches"
    __table_args__ = (UniqueConstraint("customer_code", "number"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_code: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(40))
    branch: Mapped[str] = mapped_column(String(20))
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(20), nullable=True)
    business_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    close_item_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    payment_method: Mapped[str | None] = mapped_column(String(12), nullable=True)
    payment_amount: Mapped[str | None] = mapped_column(String(20), nullable=True)
    payment_currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CustomerBatchItem(Base):
    """One parcel of a batch: from the closing list (declared weight, accepted or not, its
    ``line`` on the list) or from an accepted item naming the batch."""

    __tablename__ = "customer_batch_items"
    __table_args__ = (UniqueConstraint("batch_id", "s10"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("customer_batches.id"), index=True)
    s10: Mapped[str] = mapped_column(String(13), index=True)
    declared_grams: Mapped[int | None] = mapped_column(Integer, nullable=True)
    acceptance_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    line: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1.. on the closed list


class BusinessAcceptance(Base):
    """The ``business`` part of an acceptance: whose it is, under which plan, from which
    batch, the declared weight and whether the actual one differed beyond tolerance."""

    __tablename__ = "business_acceptances"
    acceptance_id: Mapped[str] = mapped_column(ForeignKey("acceptances.id"), primary_key=True)
    customer_code: Mapped[str] = mapped_column(String(40), index=True)
    price_plan: Mapped[str] = mapped_column(String(200), default="")
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer_batches.id"), nullable=True, index=True
    )
    declared_grams: Mapped[int | None] = mapped_column(Integer, nullable=True)
    weight_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
