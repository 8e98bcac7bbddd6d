"""S10 serial blocks: one atomic counter per service indicator and issuing country.

The counter row is advanced with a single ``UPDATE ... RETURNING``: PostgreSQL locks
the row for the rest of the transaction and SQLite holds its write lock from
``BEGIN IMMEDIATE``, so two concurrent requests can never receive the same serials.

A branch has a quota per service indicator and country: at most ``blocks_per_day`` blocks
a (UTC) day and ``max_outstanding_serials`` serials allocated but not yet seen on an
accepted parcel. It is checked after the counter row is locked, so concurrent requests of
one branch cannot both slip under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from central.db import CentralDB
from central.ingest import Caller
from central.models import CentralAcceptance, Parcel, S10Allocation, S10Counter
from central.settings import CentralSettings

FIRST_SERIAL = 1
LAST_SERIAL = 99_999_999
MAX_BLOCK = 100_000
_SERVICE = re.compile(r"^[A-Z]{2}$")


class ExhaustedError(LookupError):
    """No serials left for this service indicator and country."""


class QuotaError(LookupError):
    """The branch has used its S10 quota (blocks today or outstanding serials)."""


@dataclass(frozen=True, slots=True)
class Block:
    """An allocated block ``[first_serial, last_serial]``."""

    service: str
    country: str
    first_serial: int
    last_serial: int


def _check_quota(
    session: Any, caller: Caller, service: str, country: str, count: int, q: CentralSettings
) -> None:
    mine = (
        S10Allocation.branch == caller.branch,
        S10Allocation.service == service,
        S10Allocation.country == country,
    )
    today = datetime.combine(datetime.now(UTC).date(), time(), tzinfo=UTC)
    blocks = session.scalar(
        select(func.count())
        .select_from(S10Allocation)
        .where(*mine, S10Allocation.allocated_at >= today)
    )
    if blocks >= q.blocks_per_day:
        raise QuotaError(
            f"Branch {caller.branch} has had {blocks} blocks of {service} {country} today, its "
            f"daily quota ({q.blocks_per_day}); use the numbers it holds or ask central's "
            "administrator to raise the quota."
        )
    allocated = session.scalar(
        select(
            func.coalesce(func.sum(S10Allocation.last_serial - S10Allocation.first_serial + 1), 0)
        ).where(*mine)
    )
    used = session.scalar(
        select(func.count())
        .select_from(Parcel)
        .join(CentralAcceptance, CentralAcceptance.id == Parcel.acceptance_id)
        .where(
            CentralAcceptance.branch == caller.branch,
            Parcel.s10.like(f"{service}%{country}"),
        )
    )
    outstanding = int(allocated) - int(used)
    if outstanding + count > q.max_outstanding_serials:
        raise QuotaError(
            f"Branch {caller.branch} holds {outstanding} unused {service} {country} numbers; "
            f"{count} more would pass its quota of {q.max_outstanding_serials} outstanding. "
            "Use the numbers it holds first or ask for a smaller block."
        )


def allocate(
    db: CentralDB,
    caller: Caller,
    service: str,
    country: str,
    count: int,
    quota: CentralSettings | None = None,
) -> Block:
    """Allocate ``count`` consecutive serials to ``caller``'s branch, within its quota."""
    quota = quota or CentralSettings()
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
        _check_quota(session, caller, service, country, count, quota)
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
