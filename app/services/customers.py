"""The business customers this terminal knows (issue 17), from central or the demo file.

Central publishes the register as the reference data kind ``customers``; the newest
version in force on a day is used. A demo terminal that has received none uses the
shipped ``resources/demo/customers.json`` so both demo branches have customers.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.customer import BusinessCustomer, parse_customers
from app.services.contract_pricing import ContractPricing, contract_quote
from app.services.paths import resource
from app.services.reference_data import loads_with_lines, parse_document
from app.store.database import Database
from app.store.models import Branch, ReferenceDocument
from app.store.settings import get_setting

KIND = "customers"
DEMO_FILE = resource("demo") / "customers.json"
MAX_MATCHES = 50

__all__ = [
    "ContractPricing",
    "contract_quote",
    "customer_by_code",
    "customers_in_force",
    "find_customers",
]


@lru_cache(maxsize=1)
def demo_customers() -> tuple[BusinessCustomer, ...]:
    """The shipped demo customers (checked like central's document)."""
    return parse_customers(loads_with_lines(DEMO_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=8)
def _parsed(version: int, body: str) -> tuple[BusinessCustomer, ...]:
    del version  # part of the cache key only
    return tuple(parse_document(KIND, body))


def _is_demo(session: Session) -> bool:
    if bool(get_setting(session, "demo", False)):
        return True
    branch = session.get(Branch, str(get_setting(session, "branch.code", "")))
    return bool(branch is not None and branch.is_demo)


def customers_of(session: Session, on: date) -> tuple[BusinessCustomer, ...]:
    """``customers_in_force`` within an open session."""
    doc = session.scalar(
        select(ReferenceDocument)
        .where(ReferenceDocument.kind == KIND, ReferenceDocument.effective <= on)
        .order_by(ReferenceDocument.version.desc())
        .limit(1)
    )
    if doc is not None:
        return _parsed(doc.version, doc.body)
    if _is_demo(session):
        return demo_customers()
    return ()


def customers_in_force(db: Database, on: date) -> tuple[BusinessCustomer, ...]:
    """The newest central ``customers`` document in force on ``on``; on a demo terminal
    that received none, the shipped demo customers; otherwise none."""
    with db.read() as session:
        return customers_of(session, on)


def customer_by_code(db: Database, code: str, on: date) -> BusinessCustomer | None:
    wanted = code.strip().upper()
    return next((c for c in customers_in_force(db, on) if c.code == wanted), None)


def find_customers(
    customers: tuple[BusinessCustomer, ...], text: str, limit: int = MAX_MATCHES
) -> list[BusinessCustomer]:
    """Active customers whose code, name, tax id or contract holds ``text`` (any case);
    an exact code or tax id comes first."""
    needle = text.strip().casefold()
    found: list[tuple[int, str, BusinessCustomer]] = []
    for c in customers:
        if not c.active:
            continue
        keys = (c.code.casefold(), c.tax_id.casefold(), c.iec.casefold())
        if needle and needle in keys:
            rank = 0
        elif not needle or any(
            needle in k for k in (*keys, c.name.casefold(), c.contract.casefold())
        ):
            rank = 1
        else:
            continue
        found.append((rank, c.code, c))
    found.sort(key=lambda x: (x[0], x[1]))
    return [c for _, _, c in found[:limit]]
