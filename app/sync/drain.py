"""``drain(outbox, transport)``: send the due outbox items in batches until none is left.

Pure of Qt and of HTTP: the outbox and the transport are interfaces
(``app.sync.protocol``), so the loop is tested against any real implementation.
Rules: a batch that failed in transit goes back to the queue with its ids unchanged and
a backoff (full jitter, ``Retry-After`` honoured); a rejected or conflicting item is
recorded with central's reason and never holds up the items after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.sync.backoff import Backoff
from app.sync.protocol import (
    CONFLICT,
    DUPLICATE,
    REJECTED,
    STORED,
    AuthError,
    ItemResult,
    Outbox,
    ProtocolError,
    TransientError,
    Transport,
)

DEFAULT_BATCH = 200
KNOWN = frozenset({STORED, DUPLICATE, CONFLICT, REJECTED})


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class DrainReport:
    """What one ``drain()`` did.

    ``offline``: central could not be reached. ``retry_at`` is set whenever a batch
    failed (also when central answered 5xx / 429, which is not offline).
    """

    batches: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    error: str = ""
    offline: bool = False
    auth_failed: bool = False
    retry_at: datetime | None = None

    @property
    def sent(self) -> int:
        return sum(self.counts.values())

    @property
    def ok(self) -> bool:
        return not self.error


def drain(
    outbox: Outbox,
    transport: Transport,
    *,
    branch: str,
    batch_size: int = DEFAULT_BATCH,
    backoff: Backoff | None = None,
    clock: Callable[[], datetime] = utcnow,
    max_batches: int | None = None,
) -> DrainReport:
    """Send due items until the queue is empty, central is unreachable or ``max_batches``."""
    backoff = backoff or Backoff()
    report = DrainReport()
    while max_batches is None or report.batches < max_batches:
        now = clock()
        items = outbox.claim(batch_size, now)
        if not items:
            break
        attempt = max(i.attempts for i in items)
        try:
            results = transport.send_batch(branch, items)
        except TransientError as exc:
            delay = backoff.delay(attempt, exc.retry_after)
            report.retry_at = now + timedelta(seconds=delay)
            report.error, report.offline = str(exc), not exc.reachable
            outbox.release(items, str(exc), report.retry_at)
            break
        except (AuthError, ProtocolError) as exc:
            # A person has to act (token, branch, version); retrying fast would not help.
            report.retry_at = now + timedelta(seconds=backoff.ceiling(attempt))
            report.error, report.auth_failed = str(exc), isinstance(exc, AuthError)
            outbox.release(items, str(exc), report.retry_at)
            break
        report.batches += 1
        wanted = {i.item_uuid for i in items}
        answered: dict[str, ItemResult] = {
            r.item_uuid: r for r in results if r.item_uuid in wanted and r.status in KNOWN
        }
        outbox.record(list(answered.values()), clock())
        for r in answered.values():
            report.counts[r.status] = report.counts.get(r.status, 0) + 1
        missing = [i for i in items if i.item_uuid not in answered]
        if missing:
            # Central answered the batch but not these: try them again later, same ids.
            retry_at = now + timedelta(seconds=backoff.delay(attempt))
            outbox.release(missing, "Central gave no verdict for this item.", retry_at)
    return report
