"""A supervisor's override of the zero-return interlock, for a re-weigh of the same piece.

The counter refuses the next capture until the platform returned to zero
(``app.domain.load_binding.ZeroInterlock``); a supervisor may allow weighing the piece
still on the platform again. Who allowed it, why, and the weight left on the platform are
kept in the audit log (no personal data).
"""

from __future__ import annotations

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.load_binding import CTX
from app.services.auth import SUPERVISOR, authenticate
from app.store.database import Database
from app.store.models import Staff
from app.store.outbox import audit

ACTION = "weight.zero_override"
MIN_REASON_CHARS = 5


class OverrideRefused(ValueError):
    """The approval is not valid; ``template`` (context ``LoadBinding``) says what to do."""

    def __init__(self, template: str) -> None:
        super().__init__(template)
        self.template = template


def approve_zero_override(
    db: Database,
    *,
    supervisor_number: str,
    pin: str,
    reason: str,
    reference_grams: int,
    clerk_id: int,
    terminal_id: str,
) -> int:
    """Check the supervisor and write the audit entry in one transaction; the supervisor's
    staff id. Raises ``OverrideRefused`` without a reason and the log-in's ``AuthRefused``
    (wrong PIN, locked number, not a supervisor: it says which and for how long); nothing
    is written then."""
    if len(reason.strip()) < MIN_REASON_CHARS:
        raise OverrideRefused(QT_TRANSLATE_NOOP(CTX, "Say why the same piece is weighed again."))
    # The log-in's rules: wrong PINs are counted (lockout) and audited, and its refusal
    # goes to the supervisor as it is (a lockout says until when).
    staff: Staff = authenticate(
        db,
        supervisor_number,
        pin,
        purpose="re-weigh",
        role=SUPERVISOR,
        terminal_id=terminal_id,
    )
    with db.write() as session:
        audit(
            session,
            staff_id=clerk_id,
            terminal_id=terminal_id,
            action=ACTION,
            entity="weighing",
            entity_id="platform",
            details={
                "approved_by": staff.id,
                "reason": reason.strip(),
                "grams_on_platform": reference_grams,
            },
        )
        return staff.id
