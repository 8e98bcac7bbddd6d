"""Retention: personal data of old acceptances that central holds is purged on the terminal.

After ``retention.days`` (default 90) an acceptance whose every acceptance/amendment item
central has acknowledged keeps its S10s, weights, dimensions, money, customs lines and its
audit trail, but loses the sender's and addressee's names, street addresses, phones,
e-mails and tax ids (city, postcode and country stay: the manifest and statistics need
them and they identify nobody). The same fields are blanked in the outbox payloads already
sent (the ITMATT message in them dropped) and in the linked pre-advice; regular-sender profiles unused for as long are deleted.
Deleted bytes are zeroed (``secure_delete``) and the WAL truncated so the names are not
left in free space. Central keeps the full record; this only shrinks what a stolen
counter PC reveals. Runs daily from the GUI and by ``retention purge``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, select, text
from sqlalchemy.orm import Session, aliased

from app.services.token_store import scrub_wal
from app.store.database import Database
from app.store.models import Acceptance, OutboxItem, PreAdvice, SenderProfile
from app.store.outbox import audit
from app.store.settings import get_setting, set_setting

PARTIES = ("sender", "addressee")
PERSONAL = ("name", "address", "phone", "email", "tax_id")
# Whole values that carry the parties: the ITMATT messages sent with the acceptance (one
# per item in ``advance_data``), the parties' Latin forms, and a customs contact (often a
# phone number).
BLANKED = ("itmatt_xml", "importer_contact", "advance_data", "parties_latin")
LAST_RUN_KEY = "retention.last_run_at"
CHUNK = 500


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge did."""

    days: int
    cutoff: datetime
    acceptances: int
    profiles: int


def _blank_party_fields(payload: Any) -> Any:
    """``payload`` with the personal fields of every sender/addressee blanked, recursively."""
    if isinstance(payload, dict):
        out = {}
        for key, value in payload.items():
            if key in PARTIES and isinstance(value, dict):
                out[key] = {k: ("" if k in PERSONAL else v) for k, v in value.items()}
            elif key in BLANKED or any(key == f"{p}_{f}" for p in PARTIES for f in PERSONAL):
                out[key] = ""
            else:
                out[key] = _blank_party_fields(value)
        return out
    if isinstance(payload, list):
        return [_blank_party_fields(v) for v in payload]
    return payload


def _due_ids(session: Session, cutoff: datetime) -> list[str]:
    """Acceptances older than ``cutoff``, not yet purged, that central holds entirely."""
    done = aliased(OutboxItem)
    open_ = aliased(OutboxItem)
    query = (
        select(Acceptance.id)
        .where(
            Acceptance.accepted_at < cutoff,
            Acceptance.personal_data_purged_at.is_(None),
            exists().where(
                done.entity_id == Acceptance.id, done.kind == "accept", done.state == "done"
            ),
            ~exists().where(
                open_.entity_id == Acceptance.id,
                open_.kind.in_(("accept", "amend")),
                open_.state != "done",
                open_.state != "fixed",
            ),
        )
        .order_by(Acceptance.accepted_at)
    )
    return list(session.scalars(query))


def purge(
    db: Database,
    *,
    days: int | None = None,
    now: datetime | None = None,
    staff_id: int | None = None,
) -> PurgeReport:
    """Purge personal data older than ``days`` (default the ``retention.days`` setting)."""
    now = now or datetime.now(UTC)
    with db.read() as session:
        days = int(days if days is not None else get_setting(session, "retention.days", 90))
        terminal_id = str(get_setting(session, "terminal.id", ""))
        if days < 1:
            raise ValueError("retention.days must be at least 1")
        cutoff = now - timedelta(days=days)
        ids = _due_ids(session, cutoff)
    purged = 0
    for i in range(0, len(ids), CHUNK):  # short transactions: the counter keeps working
        chunk = ids[i : i + CHUNK]

        def work(session: Session, chunk: list[str] = chunk) -> int:
            session.execute(text("PRAGMA secure_delete=ON"))
            for acc in session.scalars(select(Acceptance).where(Acceptance.id.in_(chunk))):
                for party in PARTIES:
                    for field in PERSONAL:
                        setattr(acc, f"{party}_{field}", "")
                acc.importer_contact = ""
                acc.parties_latin = "{}"  # the names and addresses in Latin script
                acc.personal_data_purged_at = now
            for item in session.scalars(select(OutboxItem).where(OutboxItem.entity_id.in_(chunk))):
                item.payload = json.dumps(
                    _blank_party_fields(json.loads(item.payload)),
                    sort_keys=True,
                    separators=(",", ":"),
                    ensure_ascii=False,
                )
            for pre in session.scalars(select(PreAdvice).where(PreAdvice.acceptance_id.in_(chunk))):
                pre.payload_json = json.dumps(
                    _blank_party_fields(json.loads(pre.payload_json)),
                    sort_keys=True,
                    separators=(",", ":"),
                    ensure_ascii=False,
                )
            return len(chunk)

        purged += db.write_with_retry(work)

    def finish(session: Session) -> int:
        session.execute(text("PRAGMA secure_delete=ON"))
        profiles = session.execute(
            delete(SenderProfile).where(SenderProfile.updated_at < cutoff)
        ).rowcount
        set_setting(session, LAST_RUN_KEY, now.isoformat())
        if not purged and not profiles:
            return 0  # nothing purged: no audit entry for a daily run that did nothing
        audit(
            session,
            staff_id=staff_id,
            terminal_id=terminal_id,
            action="retention.purged",
            entity="acceptance",
            entity_id=f"{purged}",
            details={
                "days": days,
                "cutoff": cutoff.isoformat(),
                "acceptances": purged,
                "first": ids[0] if ids else "",
                "last": ids[-1] if ids else "",
                "sender_profiles": int(profiles or 0),
            },
        )
        return int(profiles or 0)

    profiles = db.write_with_retry(finish)
    scrub_wal(db)
    return PurgeReport(days, cutoff, purged, profiles)


def due_today(db: Database, now: datetime | None = None) -> bool:
    """Has the daily purge not run for a day?"""
    now = now or datetime.now(UTC)
    with db.read() as session:
        last = get_setting(session, LAST_RUN_KEY)
    return last is None or now - datetime.fromisoformat(last) >= timedelta(days=1)
