"""What every sync brings back from central (issue 14): staff changes and reference data.

Both are conditional GETs (ETag), so an unchanged list costs one small request. Staff
apply at once (a deactivated clerk cannot log in after this sync). Reference documents
are stored here and only *applied* by ``reference_sync.current`` when a new consignment
starts, so a consignment is never priced with two rate tables.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.customer_account import BalancesInvalid, store_balances
from app.services.enrolment import (
    STAFF_RECEIVED_KEY,
    STAFF_VERSION_KEY,
    apply_staff,
    store_documents,
)
from app.services.reference_sync import REFRESHED_KEY, branch_today, held_versions
from app.services.staff_schedule import apply_due, store_pending
from app.services.terminal import get_setting, set_setting
from app.store.database import Database
from app.store.models import OutboxItem
from app.sync import directory_client
from app.sync.accounts_client import fetch_accounts
from app.sync.store_outbox import QUEUED_STATES

log = logging.getLogger(__name__)
STAFF_ETAG_KEY = "central.staff_etag"
REFERENCE_ETAG_KEY = "central.reference_etag"


@dataclass(frozen=True, slots=True)
class RefreshReport:
    """What this refresh changed."""

    staff: int | None
    documents: dict[str, int]
    accounts: int | None = None  # business customers' balances received (issue 17)


def _queue_report(db: Database) -> tuple[int, str]:
    """Items waiting here and the oldest one's time, for central's operations page."""
    with db.read() as session:
        count, oldest = session.execute(
            select(func.count(), func.min(OutboxItem.created_at)).where(
                OutboxItem.state.in_(QUEUED_STATES)
            )
        ).one()
    return int(count), oldest.isoformat() if oldest else ""


def _keep_balances(session: Session, accounts: object) -> int | None:
    """Store central's balances; a malformed answer is logged and the last one kept."""
    if accounts is None:
        return None
    try:
        return store_balances(session, accounts)
    except BalancesInvalid as exc:
        log.warning("central's accounts answer was not kept: %s", exc)
        return None


def refresh(
    db: Database, client: httpx.Client, branch: str, now: datetime | None = None
) -> RefreshReport:
    """Fetch staff and reference data changed since the last sync and store them; staff
    changes dated up to the branch's business day at ``now`` (default: the clock) apply."""
    with db.read() as session:
        staff_etag = str(get_setting(session, STAFF_ETAG_KEY, "") or "")
        ref_etag = str(get_setting(session, REFERENCE_ETAG_KEY, "") or "")
        held = held_versions(session)
    queue, oldest = _queue_report(db)
    staff = directory_client.fetch(client, "/v1/staff", staff_etag, queue=str(queue), oldest=oldest)
    have = ";".join(f"{k}={v}" for k, v in sorted(held.items()))
    docs = directory_client.fetch(client, "/v1/reference", ref_etag, have=have)
    accounts = fetch_accounts(client)
    today = branch_today(db, now or datetime.now(UTC))

    def work(session: Session) -> RefreshReport:
        count: int | None = None
        if staff.body is not None:
            count = apply_staff(session, branch, staff.body.get("staff", []))
            store_pending(session, staff.body.get("pending", []))
            set_setting(session, STAFF_VERSION_KEY, int(staff.body.get("version") or 0))
            set_setting(session, STAFF_ETAG_KEY, staff.etag)
            set_setting(session, STAFF_RECEIVED_KEY, datetime.now(UTC).isoformat())
        # Changes central dated for today (or a day this terminal slept through) apply now,
        # also when the list itself is unchanged (304).
        apply_due(session, branch, today)
        stored: dict[str, int] = {}
        if docs.body is not None:
            stored = store_documents(session, docs.body.get("documents", []))
            set_setting(session, REFERENCE_ETAG_KEY, docs.etag)
        set_setting(session, REFRESHED_KEY, datetime.now(UTC).isoformat())
        return RefreshReport(count, stored, _keep_balances(session, accounts))

    report = db.write_with_retry(work)
    if report.documents:
        log.info("reference data from central: %s", report.documents)
    return report
