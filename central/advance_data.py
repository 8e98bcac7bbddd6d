"""Central's view of the electronic advance data per postal item, and the product's S10
policy on what terminals send (issue 10; kept apart from ingest, which i11 hardens).

The terminal sends, with each acceptance (and each amendment), ``advance_data``: one entry
per S10 with the item's ITMATT-shaped message and its EMA event (EMSEVT-shaped). Central
stores it inside the acceptance's record (the latest version wins, as for every other
field) and serves one item's documents at ``GET /v1/items/{s10}/advance-data``.
"""

# No ``from __future__ import annotations``: FastAPI reads the route's annotations at
# registration, and the caller dependency is a local of ``register``.
import json
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Path
from pydantic import BaseModel
from sqlalchemy import select

from app.domain.s10_policy import SHAPE_CODES, S10Policy, check_for_product
from central.db import CentralDB
from central.models import CentralAcceptance, Parcel

MAX_XML_CHARS = 200_000  # one item's message; a bound on what central stores per item


class AdvanceDataOut(BaseModel):
    """One item's advance data as central holds it."""

    s10: str
    acceptance_id: str
    itmatt_xml: str
    emsevt_xml: str


def _policy(payload: dict[str, Any]) -> S10Policy:
    from app.services.postal_rules import PostalRulesError, postal_rules

    sender = payload.get("sender")
    country = sender.get("country", "") if isinstance(sender, dict) else ""
    product = payload.get("product")
    try:
        return postal_rules().s10_policy(product if isinstance(product, str) else "", str(country))
    except PostalRulesError:
        return S10Policy(country=str(country).upper())


def policy_reasons(payload: dict[str, Any]) -> list[str]:
    """Reasons central refuses an acceptance's identifiers under the product's S10 policy
    (service indicators of the product; issuer = the country the parcel is posted in),
    and malformed advance data. Shape and check digit are checked by validation."""
    out: list[str] = []
    policy = _policy(payload)
    pieces = payload.get("pieces")
    for i, piece in enumerate(pieces if isinstance(pieces, list) else [], start=1):
        s10 = piece.get("s10") if isinstance(piece, dict) else None
        if not isinstance(s10, str):
            continue
        result = check_for_product(s10, policy)
        if not result.ok and result.code not in SHAPE_CODES:
            out.append(f"pieces[{i}].s10: {result.reason}")
    advice = payload.get("advance_data")
    if advice is not None:
        if not isinstance(advice, list) or len(advice) > len(pieces or []):
            out.append("advance_data: must be a list with at most one entry per piece.")
        else:
            for i, entry in enumerate(advice, start=1):
                if not (
                    isinstance(entry, dict)
                    and isinstance(entry.get("s10"), str)
                    and all(
                        isinstance(entry.get(k), str) and len(entry[k]) <= MAX_XML_CHARS
                        for k in ("itmatt_xml", "emsevt_xml")
                    )
                ):
                    out.append(
                        f"advance_data[{i}]: needs s10, itmatt_xml and emsevt_xml as text "
                        f"(at most {MAX_XML_CHARS} characters each)."
                    )
    return out


def advance_data_for(db: CentralDB, s10: str) -> AdvanceDataOut | None:
    """The latest advance data central holds for the item ``s10`` (``None``: none)."""
    with db.read() as session:
        row = session.execute(
            select(CentralAcceptance.id, CentralAcceptance.record)
            .join(Parcel, Parcel.acceptance_id == CentralAcceptance.id)
            .where(Parcel.s10 == s10)
        ).first()
    if row is None:
        return None
    try:
        record = json.loads(row.record)
    except ValueError:
        return None
    for entry in record.get("advance_data") or []:
        if isinstance(entry, dict) and entry.get("s10") == s10:
            return AdvanceDataOut(
                s10=s10,
                acceptance_id=row.id,
                itmatt_xml=str(entry.get("itmatt_xml", "")),
                emsevt_xml=str(entry.get("emsevt_xml", "")),
            )
    return None


def register(app: FastAPI, db: CentralDB, who: Any) -> None:
    """``GET /v1/items/{s10}/advance-data`` for a registered terminal."""
    from central.api import (  # central.api imports this module
        AUTH,
        BAD,
        TYPED_S10_ANY_DIGITS,
        _error,
        s10_or_422,
    )

    @app.get(
        "/v1/items/{s10}/advance-data",
        response_model=AdvanceDataOut,
        responses={
            **AUTH,
            400: BAD[400],
            404: _error("No advance data for this item yet"),
            422: BAD[422],
        },
    )
    def item_advance_data(
        s10: Annotated[str, Path(max_length=64, pattern=TYPED_S10_ANY_DIGITS)],
        _who: who,  # type: ignore[valid-type]
    ) -> AdvanceDataOut:
        number = s10_or_422(s10)
        found = advance_data_for(db, number)
        if found is None:
            raise HTTPException(404, f"No advance data for {number} yet.")
        return found
