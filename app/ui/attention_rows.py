"""What a needs-attention row says, in the clerk's words: which parcel (S10 and addressee),
what central said, and what to do about it.

Central answers in its own (English, technical) words; the known cases are said again the
way a clerk talks, the rest is shown as central wrote it, with the general advice.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.services.amend import central_paths
from app.services.sync_service import AttentionItem

CTX = "Attention"
_DUPLICATE_S10 = re.compile(r"(?P<s10>[A-Z]{2}\d{9}[A-Z]{2}) is already registered for another")


@dataclass(frozen=True, slots=True)
class AttentionRow:
    """One compact row: the parcel, central's words, the action, and whether it is a
    duplicate-S10 rejection that a new label fixes."""

    parcel: str
    said: str
    todo: str
    duplicate_s10: str = ""


def _parcel(item: AttentionItem) -> str:
    try:
        payload = json.loads(item.payload) if item.payload else {}
    except ValueError:
        payload = {}
    if not isinstance(payload, dict):
        payload = {}
    s10s = [str(p.get("s10", "")) for p in payload.get("pieces", []) if isinstance(p, dict)]
    addressee = payload.get("addressee", {})
    name = str(addressee.get("name", "")) if isinstance(addressee, dict) else ""
    kinds = {
        "accept": "",
        "amend": QCoreApplication.translate(CTX, "correction"),
        "void": QCoreApplication.translate(CTX, "void"),
        "day_close": QCoreApplication.translate(CTX, "day close"),
        "payment": QCoreApplication.translate(CTX, "payment"),
        # the register's "возврат прихода" after a void of a paid acceptance
        "payment_return": QCoreApplication.translate(CTX, "return receipt"),
        "batch_close": QCoreApplication.translate(CTX, "list closed"),
        # the register's receipt of a list paid in cash or by card at its close
        "batch_fiscal": QCoreApplication.translate(CTX, "list receipt"),
    }
    what = kinds.get(item.kind, item.kind)
    head = ", ".join(s for s in s10s if s) or item.entity_id
    parts = [head]
    if name:
        parts.append(name.replace("\n", " "))
    if what:
        parts.append(f"({what})")
    return " · ".join(parts)


def _field_names(paths: list[str]) -> str:
    """``addressee.country`` -> "Addressee: country", in the window's language."""
    parties = {
        "sender": QCoreApplication.translate(CTX, "Sender"),
        "addressee": QCoreApplication.translate(CTX, "Addressee"),
        "customs": QCoreApplication.translate(CTX, "CN 23"),
        "pieces": QCoreApplication.translate(CTX, "piece"),
    }
    fields = {
        "name": QCoreApplication.translate(CTX, "name"),
        "phone": QCoreApplication.translate(CTX, "phone"),
        "address": QCoreApplication.translate(CTX, "street"),
        "city": QCoreApplication.translate(CTX, "city"),
        "postcode": QCoreApplication.translate(CTX, "postcode"),
        "country": QCoreApplication.translate(CTX, "country"),
        "category": QCoreApplication.translate(CTX, "category"),
        "lines": QCoreApplication.translate(CTX, "line"),
        "value": QCoreApplication.translate(CTX, "value"),
        "hs_code": QCoreApplication.translate(CTX, "HS code"),
        "origin_country": QCoreApplication.translate(CTX, "country of origin"),
        "s10": "S10",
    }
    out = []
    for path in paths:
        head, *rest = path.split(".")
        words = [str(int(p) + 1) if p.isdigit() else fields.get(p, p) for p in rest]
        out.append(
            f"{parties.get(head, head)}: {' '.join(words)}" if words else parties.get(head, head)
        )
    return "; ".join(out)


def describe(item: AttentionItem) -> AttentionRow:
    """The row for ``item``."""
    duplicate = _DUPLICATE_S10.search(item.reason or "")
    if duplicate:
        return AttentionRow(
            _parcel(item),
            QCoreApplication.translate(
                CTX, "Central refused it: this tracking number is already used for another parcel."
            ),
            QCoreApplication.translate(
                CTX, "Relabel: a new number from the block, a new label on the parcel."
            ),
            duplicate.group("s10"),
        )
    if item.state == "conflict":
        said = QCoreApplication.translate(
            CTX, "Central holds this item with other data: {reason}"
        ).format(reason=item.reason)
        todo = QCoreApplication.translate(
            CTX, "Check with your supervisor; Fix… sends the terminal's version again."
        )
    else:
        named = _field_names(central_paths(item.reason or ""))
        said = (
            QCoreApplication.translate(CTX, "Central refused: {fields}").format(fields=named)
            if named
            else QCoreApplication.translate(CTX, "Central refused it: {reason}").format(
                reason=item.reason
            )
        )
        todo = (
            QCoreApplication.translate(
                CTX, "Fix…: correct the fields central named, a supervisor approves."
            )
            if item.kind in ("accept", "amend")
            else QCoreApplication.translate(CTX, "Fix…: say why, and it is sent again.")
        )
    return AttentionRow(_parcel(item), said, todo)
