"""Electronic advance data of stored acceptances: per postal item, an ITMATT-shaped message
and its EMA tracking event (EMSEVT-shaped).

``advance_for_row`` builds them from the stored rows, so what the sync payload carries
(key ``advance_data``: one entry per S10) and what ``python main.py ead S10`` prints are
the same. ``sync_record`` is that payload: the one builder for an acceptance and its
amendments.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.domain.itmatt import AdviceContext, ItemAdvice, advance_data
from app.domain.money import Money
from app.domain.postal_item import postage_shares
from app.services.acceptance import (
    acceptance_payload,
    get_by_s10,
    load_consignment,
    stored_latin,
)
from app.services.postal_rules import PostalRulesError, postal_rules
from app.store.models import Acceptance


def advice_context(row: Acceptance) -> AdviceContext:
    """Identity, operators, codes and postage shares of the acceptance ``row``."""
    fee = Money(Decimal(row.fee_amount), row.fee_currency)
    pieces = sorted(row.pieces, key=lambda p: p.seq)
    latin = stored_latin(row)
    ctx = AdviceContext(
        message_id=row.id,
        office_of_origin=row.branch_code,
        posted_at=row.accepted_at,
        postage=fee,
        chargeable_grams=tuple(p.chargeable_grams for p in pieces),
        postage_shares=tuple(postage_shares(fee, [p.chargeable_grams for p in pieces])),
        latin=tuple((k, tuple(v.items())) for k, v in latin.items()),
    )
    try:
        rules = postal_rules()
    except PostalRulesError:
        return ctx  # documents still go out, with country codes for operators
    return replace(
        ctx,
        origin_operator=rules.operator_code(row.sender_country),
        destination_operator=rules.operator_code(row.addressee_country),
        mail_class=rules.mail_class(row.product),
        category_codes=tuple(rules.category_codes.items()),
    )


def advance_for_row(row: Acceptance) -> list[ItemAdvice]:
    """One ITMATT and one EMA event per piece of a stored acceptance (after ``flush()``)."""
    return advance_data(load_consignment(row), advice_context(row))


def itmatt_for_row(row: Acceptance, s10: str | None = None) -> str:
    """The ITMATT-shaped XML of the piece ``s10`` (default: the first piece)."""
    items = advance_for_row(row)
    return next((a.itmatt_xml for a in items if a.s10 == s10), items[0].itmatt_xml)


def sync_record(row: Acceptance, staff_number: str) -> dict[str, Any]:
    """The acceptance as central receives it: its payload with the advance data per item."""
    record = acceptance_payload(row, staff_number)
    record["advance_data"] = [
        {"s10": a.s10, "itmatt_xml": a.itmatt_xml, "emsevt_xml": a.emsevt_xml}
        for a in advance_for_row(row)
    ]
    return record


def itmatt_for_s10(session: Session, s10: str) -> str | None:
    """The XML of the item ``s10``; ``None`` when it is not stored here."""
    row = get_by_s10(session, s10)
    if row is None:
        return None
    wanted = s10.strip().upper()
    return next((a.itmatt_xml for a in advance_for_row(row) if a.s10 == wanted), None)
