"""S10 serial blocks: one atomic counter per service indicator and issuing country.

The counter row is advanced with a single ``UPDATE ... RETURNING``: PostgreSQL locks
the row for the rest of the transaction and SQLite holds its write lock from
``BEGIN IMMEDIATE``, so two concurrent requests can never receive the same serials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, update
from sqlalchemy.dialects import postgresql, sqlite

from central.db import CentralDB
from central.ingest import Caller
from central.models import S10Allocation, S10Counter

FIRST_SERIAL = 1
LAST_SERIAL = 99_999_999
MAX_BLOCK = 100_000
_SERVICE = re.compile(r"^[A-Z]{2}$")


class ExhaustedError(LookupError):
    """No serials left for this service indicator and country."""


@dataclass(frozen=True, slots=True)
class Block:
    """An allocated block ``[first_serial, last_serial]``."""

    service: str
    country: str
    first_serial: int
    last_serial: int


def allocate(db: CentralDB, caller: Caller, service: str, country: str, count: int) -> Block:
    """Allocate ``count`` consecutive serials to ``caller``'s branch."""
    with db.write() as session:
        dialect = postgresql if db.dialect == "postgresql" else sqlite
        session.execute(
            dialect.insert(S10Counter)
            .values(service=service, country=country, next_serial=FIRST_SERIAL)
            .on_conflict_do_nothing(index_elements=["service", "country"])
        )
        after = session.execute(
            update(S10Counter)
            .where(
                S10Counter.service == service,
                S10Counter.country == country,
                S10Counter.next_serial + count <= LAST_SERIAL + 1,
            )
            .values(next_serial=S10Counter.next_serial + count)
            .returning(S10Counter.next_serial)
        ).scalar_one_or_none()
        if after is None:
            raise ExhaustedError(
                f"Not enough S10 serials left for {service} {country}: ask for a smaller "
                "block or move the branch to another service indicator."
            )
        block = Block(service, country, after - count, after - 1)
        session.execute(
            insert(S10Allocation).values(
                branch=caller.branch,
                terminal_id=caller.terminal_id,
                service=service,
                country=country,
                first_serial=block.first_serial,
                last_serial=block.last_serial,
                allocated_at=datetime.now(UTC),
            )
        )
        return block
