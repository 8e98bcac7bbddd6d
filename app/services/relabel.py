"""Relabel a parcel central refused because its S10 number was already used elsewhere.

The fix a clerk can do at the counter: the piece gets the next number from the branch's
block, its label is printed again (by the window), and an amendment carrying the whole
corrected record is queued after the refused item, like any correction. The old number
is kept in the audit log; nothing else of the acceptance changes. A supervisor approves,
as for every correction sent to central.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.amend import ATTENTION_STATES, AmendRefused, _approver, _correct_and_queue
from app.services.counter_rules import CounterRules, counter_rules
from app.services.s10_blocks import S10ReserveEmpty, next_s10
from app.store.database import Database
from app.store.models import Acceptance, OutboxItem
from app.store.outbox import audit
from app.store.settings import get_setting

CTX = "Amend"  # the corrections' messages: one context for translators


@dataclass(frozen=True, slots=True)
class Relabelled:
    """The piece's old and new numbers and the queued amendment."""

    old_s10: str
    new_s10: str
    item_uuid: str


def relabel(
    db: Database,
    outbox_id: int,
    old_s10: str,
    *,
    staff_id: int,
    approved_by: int | None = None,
    rules: CounterRules | None = None,
) -> Relabelled:
    """Give piece ``old_s10`` of the refused item's acceptance a new number from the block
    and queue the amendment; raises ``AmendRefused`` (nothing written) when the item no
    longer needs attention, the piece is not in it, nobody approved or the block is empty."""
    checked_rules = rules or counter_rules()

    def work(session: Session) -> Relabelled:
        item = session.get(OutboxItem, outbox_id)
        if item is None or item.state not in ATTENTION_STATES:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "Item {id} does not need attention any more."),
                {"id": outbox_id},
            )
        row = session.get(Acceptance, item.entity_id) if item.kind in ("accept", "amend") else None
        piece = next((p for p in row.pieces if p.s10 == old_s10), None) if row else None
        if row is None or piece is None:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(CTX, "The acceptance of item {id} is not on this terminal."),
                {"id": outbox_id},
            )
        approver = _approver(session, staff_id, approved_by)
        service = (get_setting(session, "s10.services", ["CP"]) or ["CP"])[0]
        country = str(get_setting(session, "s10.country", old_s10[-2:]) or old_s10[-2:])
        try:
            new_s10 = next_s10(session, str(service), country)
        except S10ReserveEmpty as exc:
            raise AmendRefused(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "No identifiers left in this branch's blocks: connect to central to get "
                    "a new block. ({error})",
                ),
                {"error": str(exc)},
            ) from exc
        piece.s10 = new_s10
        session.flush()
        new = _correct_and_queue(
            session,
            row,
            item,
            {},
            reason=f"relabelled {old_s10} -> {new_s10}: number already used elsewhere",
            staff_id=staff_id,
            approver=approver,
            rules=checked_rules,
            allow_unchanged=True,
        )
        item.state = "fixed"
        item.last_error = f"relabelled by item {new.item_uuid}"
        audit(
            session,
            staff_id=staff_id,
            terminal_id=str(get_setting(session, "terminal.id", "") or row.terminal_id),
            action="piece.relabelled",
            entity="acceptance",
            entity_id=row.id,
            details={"old_s10": old_s10, "new_s10": new_s10, "new_item": new.item_uuid},
        )
        return Relabelled(old_s10, new_s10, new.item_uuid)

    return db.write_with_retry(work)
