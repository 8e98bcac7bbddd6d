"""Correcting an acceptance that central refused: field by field, locally first.

Central names what it refused by field path (``customs.lines[0].hs_code: ...``). The
clerk corrects those fields in a form (``correctable_fields`` lists what may change: the
parties and the customs declaration; never the item numbers, weights or money, which a
scale and the tariff produced). ``amend_acceptance`` then, in one transaction:

1. writes the corrected values into the local acceptance (so documents, reprints and the
   manifest show what central will hold), and bumps its version;
2. checks the corrected consignment with the same validation as the counter, refusing
   with every problem at its field when it is still wrong (nothing is written then);
3. queues an ``amend`` item carrying the whole corrected record, marks the refused item
   ``fixed``, and audits who corrected which fields, and why (field names, no values:
   the audit log holds no personal data).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.customs import CustomsCategory
from app.domain.i18n import QT_TRANSLATE_NOOP, Translatable
from app.domain.money import Money
from app.domain.problems import Problem
from app.services.acceptance import PARTY_FIELDS, load_consignment
from app.services.auth import SUPERVISOR
from app.services.counter_rules import CounterRules, counter_rules
from app.services.ead import sync_record
from app.store.database import Database
from app.store.models import Acceptance, OutboxItem, Staff
from app.store.outbox import audit, enqueue
from app.store.settings import get_setting

CTX = "Amend"
# payload key under "customs" -> column of Acceptance
CUSTOMS_FIELDS = {
    "category": "customs_category",
    "category_explanation": "category_explanation",
    "currency": "customs_currency",
    "importer_reference": "importer_reference",
    "importer_contact": "importer_contact",
    "licence_number": "licence_number",
    "certificate_number": "certificate_number",
    "invoice_number": "invoice_number",
    "comments": "customs_comments",
    "exporter_iec": "exporter_iec",
    "pbe_reference": "pbe_reference",
}
# payload key of a customs line -> (column of CustomsLineRow, type)
LINE_FIELDS: dict[str, tuple[str, type]] = {
    "description": ("description", str),
    "quantity": ("quantity", int),
    "unit": ("unit", str),
    "net_grams": ("net_grams", int),
    "value": ("value_amount", Decimal),
    "hs_code": ("hs_code", str),
    "origin_country": ("origin_country", str),
}
ATTENTION_STATES = ("rejected", "conflict")
CATEGORIES = tuple(c.value for c in CustomsCategory)
_CENTRAL_PATH = re.compile(r"(?:record\.)?([a-z_][a-z0-9_]*(?:\[\d+\]|\.[a-z_][a-z0-9_]*)*)\s*:")


class AmendRefused(Exception):
    """The correction cannot be queued; ``problems`` are at their fields (may be empty)."""

    def __init__(
        self,
        template: str,
        params: dict[str, object] | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.message = Translatable(CTX, template, params or {})
        super().__init__(self.message)
        self.problems = problems or []


@dataclass(frozen=True, slots=True)
class Field:
    """One correctable value: its path (``customs.lines.0.hs_code``), text, and type."""

    path: str
    value: str
    kind: str  # text | whole | decimal


def central_paths(reason: str) -> list[str]:
    """The field paths central's reason names, in the counter's dotted form, in order."""
    out: list[str] = []
    for match in _CENTRAL_PATH.finditer(reason):
        # Central counts lines and pieces from 1 (as printed on the CN 23); the counter from 0.
        path = re.sub(r"\[(\d+)\]", lambda m: f".{int(m.group(1)) - 1}", match.group(1))
        if path not in out:
            out.append(path)
    return out


def correctable_fields(row: Acceptance) -> list[Field]:
    """What a clerk may correct in an acceptance, with the stored values."""
    fields: list[Field] = []
    for party in ("sender", "addressee"):
        for name in PARTY_FIELDS:
            fields.append(Field(f"{party}.{name}", getattr(row, f"{party}_{name}") or "", "text"))
    for key, column in CUSTOMS_FIELDS.items():
        fields.append(Field(f"customs.{key}", getattr(row, column) or "", "text"))
    for i, line in enumerate(sorted(row.lines, key=lambda ln: ln.seq)):
        for key, (column, kind) in LINE_FIELDS.items():
            value = getattr(line, column)
            fields.append(
                Field(
                    f"customs.lines.{i}.{key}",
                    str(value),
                    {str: "text", int: "whole", Decimal: "decimal"}[kind],
                )
            )
    return fields


def _typed(path: str, text: str, kind: type) -> Any:
    if kind is int:
        try:
            return int(text.strip())
        except ValueError:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "{field}: give a whole number, not “{text}”."),
                {"field": path, "text": text},
                [Problem(path, "amend.whole", QT_TRANSLATE_NOOP(CTX, "Give a whole number."))],
            ) from None
    if kind is Decimal:
        try:
            return Decimal(text.strip().replace(",", "."))
        except InvalidOperation:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "{field}: give an amount such as 120.50, not “{text}”."),
                {"field": path, "text": text},
                [
                    Problem(
                        path,
                        "amend.decimal",
                        QT_TRANSLATE_NOOP(CTX, "Give an amount such as 120.50."),
                    )
                ],
            ) from None
    return text.strip()


def apply_changes(row: Acceptance, changes: dict[str, str]) -> list[str]:
    """Write ``changes`` (path -> text) into ``row``; returns the paths that changed."""
    lines = sorted(row.lines, key=lambda ln: ln.seq)
    changed: list[str] = []
    for path, text in changes.items():
        parts = path.split(".")
        if parts[0] in ("sender", "addressee") and len(parts) == 2 and parts[1] in PARTY_FIELDS:
            target, column, value = row, f"{parts[0]}_{parts[1]}", text.strip()
            if parts[1] == "country":
                value = value.upper()
        elif parts[0] == "customs" and len(parts) == 2 and parts[1] in CUSTOMS_FIELDS:
            target, column, value = row, CUSTOMS_FIELDS[parts[1]], text.strip()
            if parts[1] == "category" and value not in CATEGORIES:
                raise AmendRefused(
                    QT_TRANSLATE_NOOP(CTX, "{field}: choose one of {choices}."),
                    {"field": path, "choices": ", ".join(CATEGORIES)},
                    [
                        Problem(
                            path,
                            "amend.category",
                            QT_TRANSLATE_NOOP(CTX, "Choose one of {choices}."),
                            {"choices": ", ".join(CATEGORIES)},
                        )
                    ],
                )
        elif (
            parts[:2] == ["customs", "lines"]
            and len(parts) == 4
            and parts[2].isdigit()
            and int(parts[2]) < len(lines)
            and parts[3] in LINE_FIELDS
        ):
            column, kind = LINE_FIELDS[parts[3]]
            target, value = lines[int(parts[2])], _typed(path, text, kind)
            if parts[3] == "origin_country":
                value = str(value).upper()
            elif parts[3] == "value":  # to the currency's minor unit, as accept() stores it
                value = Money(value, target.value_currency).quantized().amount
        else:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "{field} cannot be corrected here."), {"field": path}
            )
        if getattr(target, column) != value:
            setattr(target, column, value)
            changed.append(path)
    return changed


def _approver(session: Session, staff_id: int, approved_by: int | None) -> Staff:
    amender = session.get(Staff, staff_id)
    approver = (
        amender
        if amender is not None and amender.role == SUPERVISOR
        else session.get(Staff, approved_by)
        if approved_by is not None
        else None
    )
    if approver is None or approver.role != SUPERVISOR or not approver.active:
        raise AmendRefused(QT_TRANSLATE_NOOP(CTX, "A supervisor must approve the correction."))
    return approver


def _correct_and_queue(
    session: Session,
    row: Acceptance,
    previous: OutboxItem,
    changes: dict[str, str],
    *,
    reason: str,
    staff_id: int,
    approver: Staff,
    rules: CounterRules,
    allow_unchanged: bool = False,
) -> OutboxItem:
    """The correction itself: rows changed and re-validated, the amend item queued
    (carrying the whole corrected record), an audit entry; raises ``AmendRefused``."""
    changed = apply_changes(row, changes)
    if not changed and not allow_unchanged:
        raise AmendRefused(QT_TRANSLATE_NOOP(CTX, "Nothing was changed."))
    consignment = load_consignment(row)
    row.total_value = consignment.customs.total_value.amount  # the declaration's own total
    problems = rules.validate(consignment, rules.limits_on(row.business_day), row.business_day)
    # Pieces (S10, weighing) are not correctable here; rules that changed since cannot
    # block a correction of the parties or the declaration.
    problems = [p for p in problems if not p.field.startswith("piece")]
    if problems:
        raise AmendRefused(
            QT_TRANSLATE_NOOP(CTX, "The corrected acceptance still has problems."), {}, problems
        )
    row.version += 1
    amender = session.get(Staff, staff_id)
    acceptor = session.get(Staff, row.staff_id)
    sent = json.loads(previous.payload)
    before = sent.get("record", {}) if previous.kind == "amend" else sent
    # Keys the acceptance carried beyond its rows (e.g. a marketplace's) are kept.
    record = {**before, **sync_record(row, acceptor.staff_number if acceptor else "")}
    payload = {
        "schema": record["schema"],
        "kind": "amend",
        "acceptance_id": row.id,
        "branch": row.branch_code,
        "amends_item": previous.item_uuid,
        "reason": reason.strip(),
        "staff": amender.staff_number if amender else "",
        "approved_by": approver.staff_number,
        "amended_at": datetime.now(UTC).isoformat(),
        "record": record,
    }
    new = enqueue(session, "amend", row.id, payload, item_uuid=str(uuid.uuid4()))
    audit(
        session,
        staff_id=staff_id,
        terminal_id=str(get_setting(session, "terminal.id", "") or row.terminal_id),
        action="acceptance.amended",
        entity="acceptance",
        entity_id=row.id,
        details={
            "outbox": previous.id,
            "item": previous.item_uuid,
            "new_item": new.item_uuid,
            "fields": changed,
            "approved_by": approver.id,
            "version": row.version,
        },
    )
    return new


def amend_acceptance(
    db: Database,
    outbox_id: int,
    changes: dict[str, str],
    *,
    reason: str,
    staff_id: int,
    approved_by: int | None = None,
    rules: CounterRules | None = None,
) -> str:
    """Correct the acceptance behind a refused outbox item and queue its amendment.

    ``staff_id`` made the correction; a supervisor approves it: the same person when a
    supervisor is logged in, otherwise ``approved_by`` (whose PIN the UI checked).
    Returns the new item's UUID. Raises ``AmendRefused`` (nothing written) when nobody
    approved, the item no longer needs attention, a value does not parse, or the
    corrected consignment is still invalid.
    """
    if not reason.strip():
        raise AmendRefused(QT_TRANSLATE_NOOP(CTX, "Say why the acceptance is corrected."))
    checked_rules = rules or counter_rules()

    def work(session: Session) -> str:
        item = session.get(OutboxItem, outbox_id)
        if item is None or item.state not in ATTENTION_STATES:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "Item {id} does not need attention any more."),
                {"id": outbox_id},
            )
        if item.kind not in ("accept", "amend"):
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "Item {id} is not an acceptance."), {"id": outbox_id}
            )
        row = session.get(Acceptance, item.entity_id)
        if row is None:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "The acceptance of item {id} is not on this terminal."),
                {"id": outbox_id},
            )
        approver = _approver(session, staff_id, approved_by)
        new = _correct_and_queue(
            session,
            row,
            item,
            changes,
            reason=reason,
            staff_id=staff_id,
            approver=approver,
            rules=checked_rules,
            # After a conflict central holds another version under the same id: sending
            # the terminal's record as an amendment settles it, even with nothing edited.
            allow_unchanged=item.state == "conflict",
        )
        item.state = "fixed"
        item.last_error = f"corrected by item {new.item_uuid}"
        return new.item_uuid

    return db.write_with_retry(work)


def correct_acceptance(
    db: Database,
    acceptance_id: str,
    changes: dict[str, str],
    *,
    reason: str,
    staff_id: int,
    approved_by: int | None = None,
    rules: CounterRules | None = None,
) -> str:
    """Correct an acceptance the counter made (a typo seen after Accept) and queue the
    amendment after its latest item, whether that was sent already or still waits.

    Same approval, checks and record as ``amend_acceptance``; a voided acceptance is not
    corrected. Returns the new item's UUID.
    """
    if not reason.strip():
        raise AmendRefused(QT_TRANSLATE_NOOP(CTX, "Say why the acceptance is corrected."))
    checked_rules = rules or counter_rules()

    def work(session: Session) -> str:
        row = session.get(Acceptance, acceptance_id)
        if row is None:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "Acceptance {id} is not on this terminal."),
                {"id": acceptance_id},
            )
        if row.status == "voided":
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "A voided acceptance is not corrected: accept it anew.")
            )
        latest = session.scalars(
            select(OutboxItem)
            .where(OutboxItem.entity_id == acceptance_id)
            .where(OutboxItem.kind.in_(("accept", "amend")))
            .order_by(OutboxItem.id.desc())
            .limit(1)
        ).first()
        if latest is None:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "Acceptance {id} has no record to correct."),
                {"id": acceptance_id},
            )
        approver = _approver(session, staff_id, approved_by)
        new = _correct_and_queue(
            session,
            row,
            latest,
            changes,
            reason=reason,
            staff_id=staff_id,
            approver=approver,
            rules=checked_rules,
        )
        return new.item_uuid

    return db.write_with_retry(work)


def acceptance_fields(db: Database, acceptance_id: str) -> list[Field]:
    """The correctable fields of an acceptance held on this terminal (empty if none)."""
    with db.read() as session:
        row = session.get(Acceptance, acceptance_id)
        return correctable_fields(row) if row is not None else []


def fix_fields(db: Database, outbox_id: int) -> list[Field]:
    """The correctable fields behind a refused item; empty when it is not an acceptance
    held on this terminal (a void or day close is sent again as it is)."""
    with db.read() as session:
        item = session.get(OutboxItem, outbox_id)
        if item is None or item.kind not in ("accept", "amend"):
            return []
        row = session.get(Acceptance, item.entity_id)
        return correctable_fields(row) if row is not None else []
