"""Closing a business day: a supervisor locks the day's open acceptances into a manifest.

One write transaction numbers the manifest ``<branch>-<YYYYMMDD>-<n>``, sets
``Acceptance.manifest_id`` on every open acceptance of the branch's business day (voided
ones too: the manifest shows them as voided), and writes the ``day_close`` outbox item
and the audit entry. Acceptances made after a close are open again and go to the next
manifest (``n + 1``) when the day is closed once more. Manifests can be reprinted any
time from ``app.services.documents``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.auth import SUPERVISOR
from app.services.documents import manifest_rows
from app.services.terminal import get_setting
from app.store.database import Database
from app.store.models import Acceptance, Manifest, Staff
from app.store.outbox import audit, enqueue

CTX = "DayClose"


class DayCloseRefused(Exception):
    """The day cannot be closed; ``template``/``params`` say why (marked for translation)."""

    def __init__(self, code: str, template: str, **params: str) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


@dataclass(frozen=True, slots=True)
class DayCloseResult:
    """The manifest that was made."""

    manifest_id: int
    number: str
    business_day: date
    acceptances: int
    pieces: int
    voided_pieces: int
    gross_grams: int


def manifest_number(branch_code: str, day: date, n: int) -> str:
    return f"{branch_code}-{day:%Y%m%d}-{n}"


def close_day(
    db: Database,
    supervisor: Staff,
    day: date,
    *,
    branch_code: str | None = None,
    terminal_id: str | None = None,
    now: datetime | None = None,
) -> DayCloseResult:
    """Close ``day`` for the supervisor's branch (or ``branch_code``); raise ``DayCloseRefused``.

    ``supervisor`` must be a verified staff member (``app.services.auth.verify_pin``)
    with role ``supervisor``; a clerk is refused.
    """
    if supervisor.role != SUPERVISOR:
        raise DayCloseRefused(
            "not_supervisor",
            QT_TRANSLATE_NOOP(
                CTX,
                "{name} is a {role}: only a supervisor can close the day. Ask your supervisor to log in.",
            ),
            name=supervisor.name,
            role=supervisor.role,
        )
    branch = branch_code or supervisor.branch_code
    if branch != supervisor.branch_code:
        raise DayCloseRefused(
            "other_branch",
            QT_TRANSLATE_NOOP(
                CTX,
                "{name} is a supervisor of branch {own}, not of {branch}: a supervisor of {branch} must close its day.",
            ),
            name=supervisor.name,
            own=supervisor.branch_code,
            branch=branch,
        )
    at = (now or datetime.now(UTC)).astimezone(UTC)
    supervisor_id = supervisor.id
    supervisor_number = supervisor.staff_number

    def work(session: Session) -> DayCloseResult:
        open_rows = list(
            session.scalars(
                select(Acceptance)
                .where(
                    Acceptance.branch_code == branch,
                    Acceptance.business_day == day,
                    Acceptance.manifest_id.is_(None),
                )
                .options(selectinload(Acceptance.pieces))
            ).all()
        )
        if not open_rows:
            closed = session.scalar(
                select(func.count())
                .select_from(Manifest)
                .where(Manifest.branch_code == branch, Manifest.business_day == day)
            )
            raise DayCloseRefused(
                "nothing_open",
                QT_TRANSLATE_NOOP(
                    CTX,
                    "Nothing to close for {day} at {branch}: no open acceptances ({closed} manifest(s) already made). Reprint a manifest instead.",
                ),
                day=day.isoformat(),
                branch=branch,
                closed=str(closed or 0),
            )
        n = 1 + int(
            session.scalar(
                select(func.count())
                .select_from(Manifest)
                .where(Manifest.branch_code == branch, Manifest.business_day == day)
            )
            or 0
        )
        number = manifest_number(branch, day, n)
        rows = manifest_rows(open_rows)
        live = [r for r in rows if not r.voided]
        manifest = Manifest(
            number=number,
            branch_code=branch,
            business_day=day,
            closed_at=at,
            closed_by=supervisor_id,
            piece_count=len(live),
            gross_grams=sum(r.gross_grams for r in live),
        )
        session.add(manifest)
        session.flush()
        for a in open_rows:
            a.manifest_id = manifest.id
        term = terminal_id or str(get_setting(session, "terminal.id", "T-unknown"))
        payload = {
            "schema": 1,
            "manifest_number": number,
            "branch_code": branch,
            "business_day": day.isoformat(),
            "closed_at": at.isoformat(),
            "closed_by": supervisor_number,
            "terminal_id": term,
            "acceptances": sorted(a.id for a in open_rows),
            "pieces": [r.s10 for r in live],
            "voided_pieces": [r.s10 for r in rows if r.voided],
            "piece_count": manifest.piece_count,
            "gross_grams": manifest.gross_grams,
        }
        enqueue(session, "day_close", number, payload)
        audit(
            session,
            staff_id=supervisor_id,
            terminal_id=term,
            action="day_close",
            entity="manifest",
            entity_id=number,
            details={
                "business_day": day.isoformat(),
                "acceptances": len(open_rows),
                "pieces": manifest.piece_count,
                "voided_pieces": len(rows) - len(live),
                "gross_grams": manifest.gross_grams,
            },
        )
        return DayCloseResult(
            manifest.id,
            number,
            day,
            len(open_rows),
            manifest.piece_count,
            len(rows) - len(live),
            manifest.gross_grams,
        )

    return db.write_with_retry(work)
