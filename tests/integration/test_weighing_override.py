"""The re-weigh override keeps the log-in's refusals: a locked supervisor is told for how
long, not only that a number and PIN are needed (the reason was lost in a generic one)."""

from __future__ import annotations

import pytest

from app.services.auth import AuthRefused
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, staff_context
from app.services.weighing_override import OverrideRefused, approve_zero_override
from app.store.database import Database


def override(db: Database, pin: str, reason: str = "re-weigh after repacking") -> int:
    clerk = staff_context(db, DEMO_CLERK[0])
    return approve_zero_override(
        db,
        supervisor_number=DEMO_SUPERVISOR[0],
        pin=pin,
        reason=reason,
        reference_grams=85_400,
        clerk_id=clerk.staff_id,
        terminal_id=clerk.terminal_id,
    )


def test_a_wrong_pin_and_then_the_lockout_are_said_in_the_log_ins_words(db: Database) -> None:
    with pytest.raises(AuthRefused) as wrong:
        override(db, "000000")
    assert wrong.value.kind == "wrong"
    for _ in range(4):
        with pytest.raises(AuthRefused):
            override(db, "000000")
    with pytest.raises(AuthRefused) as locked:
        override(db, DEMO_SUPERVISOR[1])  # the right PIN, but the number is locked now
    assert locked.value.kind == "locked" and locked.value.locked_until is not None


def test_no_reason_is_refused_before_the_pin_is_checked(db: Database) -> None:
    with pytest.raises(OverrideRefused, match="Say why"):
        override(db, "000000", reason="")
    assert override(db, DEMO_SUPERVISOR[1]) > 0  # that refusal did not count as a PIN failure
