"""The terminal's SQLite outbox as ``drain()`` sees it (states, attempts, next attempt time).

States: ``pending -> sending -> done | rejected | conflict``, and ``fixed`` for a
rejected or conflicting item whose correction was queued as a new item. An item left
in ``sending`` by a crash is simply sent again: central deduplicates on its UUID.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from app.store.database import Database
from app.store.models import OutboxItem
from app.store.settings import set_setting
from app.sync.protocol import (
    CONFLICT,
    DUPLICATE,
    FINAL_OK,
    REJECTED,
    STORED,
    ItemResult,
    OutgoingItem,
)

PENDING, SENDING, DONE, FIXED = "pending", "sending", "done", "fixed"
QUEUED_STATES = (PENDING, SENDING)
ATTENTION_STATES = (REJECTED, CONFLICT)
LAST_SUCCESS_KEY = "sync.last_success_at"


class SqliteOutbox:
    """Claims due items, records central's verdicts, schedules retries, in short transactions."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def claim(self, limit: int, now: datetime) -> list[OutgoingItem]:
        """Up to ``limit`` due items in sequence order, marked ``sending`` and counted.

        Items already ``sending`` are taken too: only a process that died mid-batch leaves
        them so, because every drain holds the terminal's drain lock (``DrainLock``)."""

        def work(session: Session) -> list[OutgoingItem]:
            rows = session.scalars(
                select(OutboxItem)
                .where(
                    OutboxItem.state.in_(QUEUED_STATES),
                    or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now),
                )
                .order_by(OutboxItem.id)
                .limit(limit)
            ).all()
            if rows:
                session.execute(
                    update(OutboxItem)
                    .where(OutboxItem.id.in_([r.id for r in rows]))
                    .values(state=SENDING, attempts=OutboxItem.attempts + 1)
                )
            return [
                OutgoingItem(r.id, r.item_uuid, r.kind, r.payload, r.payload_sha256, r.attempts + 1)
                for r in rows
            ]

        return self.db.write_with_retry(work)

    def record(self, results: list[ItemResult], now: datetime) -> None:
        """Store central's verdicts; stored and duplicate both mean done."""
        done = [r.item_uuid for r in results if r.status in FINAL_OK]
        bad = [r for r in results if r.status in ATTENTION_STATES]

        def work(session: Session) -> None:
            if done:
                # A row per status value keeps this one statement per batch.
                for status in FINAL_OK:
                    ids = [r.item_uuid for r in results if r.status == status]
                    if ids:
                        # Never downgrade: an item central once answered "stored" stays so
                        # when a resend (after a lost answer) comes back "duplicate".
                        recorded = (
                            case((OutboxItem.central_status == STORED, STORED), else_=status)
                            if status == DUPLICATE
                            else status
                        )
                        session.execute(
                            update(OutboxItem)
                            .where(OutboxItem.item_uuid.in_(ids))
                            .values(
                                state=DONE,
                                central_status=recorded,
                                central_reason="",
                                last_error="",
                                done_at=now,
                                next_attempt_at=None,
                            )
                        )
            for r in bad:
                session.execute(
                    update(OutboxItem)
                    .where(OutboxItem.item_uuid == r.item_uuid)
                    .values(
                        state=r.status,
                        central_status=r.status,
                        central_reason=r.reason,
                        last_error="",
                        next_attempt_at=None,
                    )
                )
            set_setting(session, LAST_SUCCESS_KEY, now.astimezone(UTC).isoformat())

        self.db.write_with_retry(work)

    def release(self, items: list[OutgoingItem], error: str, retry_at: datetime) -> None:
        """Put items back in the queue after a failed attempt, not before ``retry_at``."""

        def work(session: Session) -> None:
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.id.in_([i.seq for i in items]), OutboxItem.state == SENDING)
                .values(state=PENDING, last_error=error[:500], next_attempt_at=retry_at)
            )

        self.db.write_with_retry(work)

    def retry_now(self) -> int:
        """Make every queued item due at once (the network came back); returns how many."""

        def work(session: Session) -> int:
            result = session.execute(
                update(OutboxItem)
                .where(OutboxItem.state.in_(QUEUED_STATES), OutboxItem.next_attempt_at.is_not(None))
                .values(next_attempt_at=None)
            )
            return int(getattr(result, "rowcount", 0) or 0)

        return self.db.write_with_retry(work)

    def queue_length(self) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(OutboxItem)
                    .where(OutboxItem.state.in_(QUEUED_STATES))
                )
                or 0
            )

    def next_due(self) -> datetime | None:
        """When the earliest queued item may be sent (None: nothing queued)."""
        with self.db.read() as session:
            row = session.execute(
                select(func.count(), func.min(OutboxItem.next_attempt_at)).where(
                    OutboxItem.state.in_(QUEUED_STATES)
                )
            ).one()
            if not row[0]:
                return None
            has_now = session.scalar(
                select(func.count())
                .select_from(OutboxItem)
                .where(OutboxItem.state.in_(QUEUED_STATES), OutboxItem.next_attempt_at.is_(None))
            )
            if has_now:
                return datetime.min.replace(tzinfo=UTC)
            return _as_utc(row[1])


def _as_utc(value: datetime | str | None) -> datetime | None:
    """MIN() over the UTC column comes back as a datetime (the column type applies); a
    plain text value is accepted too, so a driver change cannot break the worker's wait."""
    if value is None:
        return None
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
