"""Electronic advance data (ITMATT-shaped XML) of stored acceptances.

``itmatt_for_row`` builds the document from the stored rows, so what the sync payload
carries (key ``itmatt_xml``) and what ``python main.py ead S10`` prints are the same.
``sync_record`` is that payload: the one builder for an acceptance and its amendments.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.domain.itmatt import AdviceContext, itmatt_xml
from app.domain.money import Money
from app.services.acceptance import acceptance_payload, get_by_s10, load_consignment
from app.store.models import Acceptance


def itmatt_for_row(row: Acceptance) -> str:
    """The ITMATT-shaped XML of a stored acceptance (call after ``session.flush()``)."""
    consignment = load_consignment(row)
    ctx = AdviceContext(
        message_id=row.id,
        office_of_origin=row.branch_code,
        posted_at=row.accepted_at,
        postage=Money(Decimal(row.fee_amount), row.fee_currency),
        chargeable_grams=tuple(p.chargeable_grams for p in row.pieces),
    )
    return itmatt_xml(consignment, ctx)


def sync_record(row: Acceptance, staff_number: str) -> dict[str, Any]:
    """The acceptance as central receives it: its payload with the ITMATT document."""
    record = acceptance_payload(row, staff_number)
    record["itmatt_xml"] = itmatt_for_row(row)
    return record


def itmatt_for_s10(session: Session, s10: str) -> str | None:
    """The XML of the acceptance holding piece ``s10``; ``None`` when it is not stored here."""
    row = get_by_s10(session, s10)
    return None if row is None else itmatt_for_row(row)
