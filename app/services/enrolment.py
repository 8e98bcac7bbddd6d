"""Joining a branch with a one-time code from central (issue 14), and keeping its staff.

``join`` redeems the code at central and, in one transaction, stores what central gave:
the terminal's token and id, the branch (demo mode ends, as with ``terminal init``), the
branch's staff with their PIN hashes, an S10 block and the reference data documents.
``apply_staff`` is also what every sync uses to bring staff changes in: a clerk
deactivated at central cannot log in here after the next sync; a new PIN works.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.auth import CLERK, SUPERVISOR
from app.services.provisioning import BranchSpec, ProvisioningError, apply_branch
from app.services.reference_data import DOCUMENT_FILES, ReferenceDataError, parse_document
from app.services.reference_sync import REFRESHED_KEY
from app.services.sync_service import check_url
from app.services.terminal import get_setting, set_setting
from app.services.token_store import record_store, token_configured
from app.store.database import Database
from app.store.models import ReferenceDocument, S10Block, Staff
from app.store.outbox import audit
from app.sync import directory_client
from app.sync.protocol import ProtocolError

CTX = "Enrolment"
STAFF_VERSION_KEY = "central.staff_version"
STAFF_RECEIVED_KEY = "central.staff_received_at"  # when central's staff list was applied


# Why central refused a code, in words the wizard translates (central speaks English).
REFUSAL_TEXT = {
    "unknown": QT_TRANSLATE_NOOP(
        CTX, "Central does not know this code: check it, or ask head office for a new one."
    ),
    "used": QT_TRANSLATE_NOOP(
        CTX,
        "This code was already used: each code joins one terminal. Ask head office for a new one.",
    ),
    "expired": QT_TRANSLATE_NOOP(
        CTX, "This code has expired (codes are valid 24 hours). Ask head office for a new one."
    ),
    "malformed": QT_TRANSLATE_NOOP(
        CTX,
        "An enrolment code has 12 letters and digits, e.g. ABCD-EFGH-JKMN; check what was typed.",
    ),
}


class JoinError(ValueError):
    """Joining cannot go on; the message says what to change."""


def store_central_token(db: Database, token: str) -> str:
    """Keep the terminal's central token where this terminal keeps it: the keyring or the
    encrypted file of ``app.services.token_store``, never the database. Returns the store's
    name, recorded in the settings by the caller's transaction."""
    from app.services.token_store import save_token

    return save_token(db, token)


@dataclass(frozen=True, slots=True)
class JoinResult:
    """What joining stored, for the wizard's last page and the command's output."""

    terminal_id: str
    branch: str
    branch_name: str
    staff: int
    s10_serials: int
    reference: dict[str, int]


def _spec(raw: Any) -> BranchSpec:
    try:
        return BranchSpec(
            str(raw["code"]),
            str(raw["name"]),
            str(raw["country"]),
            str(raw["timezone"]),
            str(raw["currency"]),
        )
    except (KeyError, TypeError) as exc:
        raise ProtocolError("Central's enrolment answer lacks the branch.") from exc


def apply_staff(session: Session, branch: str, rows: Any) -> int:
    """Make this terminal's staff of ``branch`` match central's list; returns how many."""
    if not isinstance(rows, list):
        raise ProtocolError("Central's staff list is not a list.")
    count = 0
    for raw in rows:
        try:
            number, name = str(raw["number"]).strip(), str(raw["name"]).strip()
            role, pin_hash = str(raw["role"]), str(raw["pin_hash"])
            active = bool(raw["active"])
        except (KeyError, TypeError) as exc:
            raise ProtocolError("A staff entry from central lacks a field.") from exc
        if role not in (CLERK, SUPERVISOR) or not number or len(number) > 20:
            raise ProtocolError(f"Central sent staff {number!r} with role {role!r}.")
        staff = session.scalar(select(Staff).where(Staff.staff_number == number))
        if staff is None:
            staff = Staff(staff_number=number, badge=f"STAFF:{number}")
            session.add(staff)
        changed = (staff.name, staff.role, staff.pin_hash, staff.active, staff.branch_code) != (
            name,
            role,
            pin_hash,
            active,
            branch,
        )
        staff.name, staff.role, staff.pin_hash = name, role, pin_hash
        staff.active, staff.branch_code = active, branch
        if changed:
            session.flush()
            audit(
                session,
                staff_id=None,
                terminal_id="central",
                action="staff_from_central",
                entity="staff",
                entity_id=number,
                details={"role": role, "active": active},
            )
        count += 1
    return count


def store_documents(session: Session, docs: Any) -> dict[str, int]:
    """Check and keep reference documents from central; returns ``{kind: version}`` stored.

    Each is checked with the same parser the shipped files go through; one that fails is
    refused whole (nothing of it is stored) and the error names the kind and line.
    """
    if not isinstance(docs, list):
        raise ProtocolError("Central's reference data is not a list.")
    stored: dict[str, int] = {}
    for raw in docs:
        try:
            kind, version = str(raw["kind"]), int(raw["version"])
            effective = date.fromisoformat(str(raw["effective"]))
            body = str(raw["body"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ProtocolError("A reference document from central lacks a field.") from exc
        if kind not in DOCUMENT_FILES:
            continue  # a kind a newer central knows; this release does not apply it
        try:
            parse_document(kind, body)
        except ReferenceDataError as exc:
            raise ProtocolError(f"Central's {kind} version {version} is not valid: {exc}") from exc
        exists = session.scalar(
            select(ReferenceDocument.id).where(
                ReferenceDocument.kind == kind, ReferenceDocument.version == version
            )
        )
        if exists is None:
            session.add(
                ReferenceDocument(
                    kind=kind,
                    version=version,
                    effective=effective,
                    body=body,
                    sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
                )
            )
            stored[kind] = version
    return stored


def check_central(url: str, *, verify: bool | str = True, allow_http: bool = False) -> str:
    """Check the address, the connection and central's certificate; central's version."""
    try:
        url = check_url(url, allow_http)
    except ValueError as exc:
        raise JoinError(str(exc)) from exc
    return directory_client.probe(url, verify=verify)


def _check_answer(answer: dict[str, Any]) -> None:
    """Refuse an enrolment answer this terminal could not store whole."""
    if not answer.get("token") or not answer.get("terminal_id"):
        raise ProtocolError("Central's enrolment answer lacks the token.")
    for raw in answer.get("staff") or []:
        if not isinstance(raw, dict) or not {"number", "name", "role", "pin_hash"} <= set(raw):
            raise ProtocolError("A staff entry from central lacks a field.")
        if raw["role"] not in (CLERK, SUPERVISOR):
            raise ProtocolError(f"Central sent staff {raw['number']!r} with role {raw['role']!r}.")
    block = answer.get("s10_block")
    if block is not None and (
        not isinstance(block, dict)
        or not all(isinstance(block.get(k), int) for k in ("first_serial", "last_serial"))
    ):
        raise ProtocolError("Central's S10 block is not usable.")
    for raw in answer.get("reference") or []:
        kind = raw.get("kind") if isinstance(raw, dict) else None
        if kind in DOCUMENT_FILES:
            try:
                parse_document(kind, str(raw.get("body", "")))
            except ReferenceDataError as exc:
                raise ProtocolError(f"Central's {kind} document is not valid: {exc}") from exc


def join(
    db: Database,
    url: str,
    code: str,
    *,
    verify: bool | str = True,
    allow_http: bool = False,
    label: str = "",
) -> JoinResult:
    """Redeem ``code`` at ``url`` and store everything central gives; leaves demo mode.

    Raises ``JoinError`` (bad input, already joined), ``directory_client.EnrolRefused``
    (code used, expired, unknown: central's reason) or another ``SyncError``.
    """
    try:
        url = check_url(url, allow_http)
    except ValueError as exc:
        raise JoinError(str(exc)) from exc
    if not code.strip():
        raise JoinError(QT_TRANSLATE_NOOP(CTX, "Enter the enrolment code head office gave you."))
    if sum(ch.isascii() and ch.isalnum() for ch in code) != 12 or len(code) > 40:
        raise JoinError(REFUSAL_TEXT["malformed"])
    with db.read() as session:
        if token_configured(session):
            raise JoinError(
                QT_TRANSLATE_NOOP(
                    CTX, "This terminal is already connected to central; it cannot join again."
                )
            )
    answer = directory_client.enrol(url, code.strip(), label=label, verify=verify)
    spec = _spec(answer.get("branch"))
    _check_answer(answer)  # before anything is written: a bad answer leaves demo mode on
    try:
        spec.check()
    except ProvisioningError as exc:
        raise ProtocolError(f"Central's branch cannot be used here: {exc}") from exc

    token, tid = str(answer.get("token") or ""), str(answer.get("terminal_id") or "")
    if not token or not tid:
        raise ProtocolError("Central's enrolment answer lacks the token.")
    # The token store (keyring or an encrypted file) is outside the database; until the
    # transaction below records where it is, the terminal counts as not joined, and a new
    # join overwrites it.
    store = store_central_token(db, token)

    def work(session: Session) -> JoinResult:
        # One transaction: the branch, leaving demo mode, the token's record, staff, S10
        # block and reference data are stored together or not at all.
        apply_branch(session, spec)
        record_store(session, store)
        set_setting(session, "central.url", url)
        set_setting(session, "central.verify", verify)
        set_setting(session, "central.branch", spec.code)
        set_setting(session, "terminal.id", tid)
        staff = apply_staff(session, spec.code, answer.get("staff", []))
        from app.services.staff_schedule import apply_due, store_pending

        # Changes central dated for a later day wait here for it (offline too).
        store_pending(session, answer.get("staff_pending", []))
        apply_due(session, spec.code, datetime.now(ZoneInfo(spec.timezone)).date())
        set_setting(session, STAFF_VERSION_KEY, int(answer.get("staff_version") or 0))
        set_setting(session, STAFF_RECEIVED_KEY, datetime.now(UTC).isoformat())
        serials = 0
        block = answer.get("s10_block")
        if isinstance(block, dict):
            first, last = int(block["first_serial"]), int(block["last_serial"])
            session.add(
                S10Block(
                    service=str(block["service"]),
                    country=str(block["country"]),
                    first_serial=first,
                    last_serial=last,
                    next_serial=first,
                    source="central",
                )
            )
            serials = last - first + 1
        stored = store_documents(session, answer.get("reference", []))
        set_setting(session, REFRESHED_KEY, datetime.now(UTC).isoformat())
        audit(
            session,
            staff_id=None,
            terminal_id=tid,
            action="join_branch",
            entity="branch",
            entity_id=spec.code,
            details={"staff": staff, "reference": stored},
        )
        return JoinResult(tid, spec.code, spec.name, staff, serials, stored)

    return db.write_with_retry(work)


SETUP_DONE_KEY = "setup.done"


def needs_setup(db: Database) -> bool:
    """A fresh install: the set-up wizard has not run and no central is configured."""
    with db.read() as session:
        return not get_setting(session, SETUP_DONE_KEY, False) and not token_configured(session)


def finish_setup(db: Database) -> None:
    """Remember that the set-up wizard ran (demo chosen or branch joined)."""

    def work(session: Session) -> None:
        set_setting(session, SETUP_DONE_KEY, True)

    db.write_with_retry(work)
