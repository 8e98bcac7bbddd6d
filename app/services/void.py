"""Voiding an acceptance: a supervisor-approved correction, never a deletion.

The acceptance keeps every column and gains ``status = voided`` with who, when and why; an
outbox item of kind ``void`` tells central, and the audit log records the approval. A day
that is already closed into a manifest cannot be voided from the counter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.acceptance import PAYLOAD_SCHEMA
from app.services.auth import SUPERVISOR, AuthRefused, authenticate
from app.services.fiscal import sales as fiscal_sales
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.models import Acceptance, Batch, Staff
from app.store.outbox import audit, enqueue

CTX = "Void"


class VoidRefused(Exception):
    """The void was not done; ``template``/``params`` say why (translatable, context ``Void``)."""

    def __init__(self, template: str, **params: str) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


@dataclass(frozen=True, slots=True)
class VoidResult:
    acceptance_id: str
    s10s: tuple[str, ...]
    supervisor: str


def void_acceptance(
    db: Database,
    ctx: CounterContext,
    acceptance_id: str,
    *,
    supervisor_number: str,
    pin: str,
    reason: str,
    now: datetime | None = None,
    approver: Staff | None = None,
) -> VoidResult:
    """Void ``acceptance_id`` with a supervisor's approval; raise ``VoidRefused`` otherwise.

    The supervisor's number and PIN are checked with the log-in's rules (lockout, audit),
    unless the caller passes ``approver``, a supervisor it has just checked that way.
    """
    if len(reason.strip()) < 5:
        raise VoidRefused(QT_TRANSLATE_NOOP(CTX, "Give the reason for the void in a few words."))
    at = (now or datetime.now(UTC)).astimezone(UTC)
    if approver is None:
        try:
            approver = authenticate(
                db, supervisor_number, pin, purpose="void", terminal_id=ctx.terminal_id
            )
        except AuthRefused as exc:
            if exc.kind == "locked":
                raise VoidRefused(
                    exc.template, **{k: str(v) for k, v in exc.params.items()}
                ) from exc
            raise VoidRefused(QT_TRANSLATE_NOOP(CTX, "Supervisor number or PIN is wrong.")) from exc
    supervisor_id = approver.id

    def work(session: Session) -> VoidResult:
        supervisor = session.get(Staff, supervisor_id)
        assert supervisor is not None
        if supervisor.role != SUPERVISOR:
            raise VoidRefused(
                QT_TRANSLATE_NOOP(
                    CTX, "{name} is not a supervisor: a supervisor must approve a void."
                ),
                name=supervisor.name,
            )
        row = session.get(Acceptance, acceptance_id)
        if row is None or row.branch_code != ctx.branch_code:
            raise VoidRefused(
                QT_TRANSLATE_NOOP(CTX, "This acceptance is not in this branch's records.")
            )
        s10s = tuple(p.s10 for p in row.pieces)
        if row.status == "voided":
            raise VoidRefused(QT_TRANSLATE_NOOP(CTX, "{s10} is already void."), s10=", ".join(s10s))
        if row.manifest_id is not None:
            raise VoidRefused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{s10} is on a closed manifest: the parcel has left; report it to central instead.",
                ),
                s10=", ".join(s10s),
            )
        batch = session.get(Batch, row.batch_id) if row.batch_id is not None else None
        if batch is not None and batch.state != "open":
            # The list was charged as one at its close (cash, card or the customer's
            # account) and its act signed: one item voided here would leave both wrong.
            raise VoidRefused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{s10} is an item of list {number}, which was closed and charged as one: "
                    "its act and charge stand. Report the change to central, which corrects "
                    "the customer's account.",
                ),
                s10=", ".join(s10s),
                number=batch.number,
            )
        row.status = "voided"
        row.voided_at = at
        row.voided_by = supervisor.id
        row.void_reason = reason.strip()
        row.version += 1
        # A registered sale gets its return receipt; sent off the GUI thread by send_pending.
        fiscal_sales.prepare_return(session, row, session.get(Staff, ctx.staff_id))
        enqueue(
            session,
            "void",
            row.id,
            {
                "schema": PAYLOAD_SCHEMA,
                "kind": "void",
                "acceptance_id": row.id,
                "branch": row.branch_code,
                "terminal": ctx.terminal_id,
                "s10": list(s10s),
                "reason": row.void_reason,
                "voided_at": at.isoformat(),
                "approved_by": supervisor.staff_number,
                "requested_by": ctx.staff_number,
            },
        )
        audit(
            session,
            staff_id=ctx.staff_id,
            terminal_id=ctx.terminal_id,
            action="void",
            entity="acceptance",
            entity_id=row.id,
            details={"approved_by": supervisor.staff_number, "pieces": list(s10s)},
        )
        return VoidResult(row.id, s10s, supervisor.staff_number)

    return db.write_with_retry(work)
