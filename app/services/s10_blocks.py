"""The branch's reserve of S10 serials: issue the next identifier, top the reserve up.

Blocks come from central (``source='central'``) or, in demo mode, from the demo set-up
(``source='demo'``). A serial is taken by advancing ``next_serial`` inside the caller's
write transaction, guarded so it is never handed out twice. While online the reserve
is topped up before it runs low, so a branch can keep issuing for days offline.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.s10 import S10
from app.services.terminal import get_setting
from app.store.database import Database
from app.store.models import Branch, S10Block
from app.sync.protocol import Block, Transport

CTX = "S10"
DEFAULT_SERVICES = ("CP",)
DEFAULT_LOW_WATER = 500
DEFAULT_BLOCK_SIZE = 2000


class S10ReserveEmpty(LookupError):
    """No serial left for a service indicator; ``template``/``params`` say what to do."""

    template = QT_TRANSLATE_NOOP(
        CTX,
        "No {service} numbers left for {country} on this terminal: connect to the central "
        "system to get a new block, or scan the number on a pre-printed label.",
    )

    def __init__(self, service: str, country: str) -> None:
        self.params = {"service": service, "country": country}
        super().__init__(self.template.format(**self.params))


def _available(service: str, country: str) -> list[object]:
    return [
        S10Block.service == service,
        S10Block.country == country,
        S10Block.next_serial <= S10Block.last_serial,
    ]


def next_s10(session: Session, service: str, country: str) -> str:
    """Take the next identifier from the local blocks (central's first, then demo ones).

    Call inside a write transaction; the serial is consumed when it commits.
    """
    service, country = service.upper(), country.upper()
    for _ in range(10):
        block = session.scalars(
            select(S10Block)
            .where(*_available(service, country))
            .order_by(case((S10Block.source == "central", 0), else_=1), S10Block.id)
            .limit(1)
        ).first()
        if block is None:
            raise S10ReserveEmpty(service, country)
        serial = block.next_serial
        taken = session.execute(
            update(S10Block)
            .where(S10Block.id == block.id, S10Block.next_serial == serial)
            .values(next_serial=serial + 1)
            .execution_options(synchronize_session=False)
        )
        session.refresh(block)
        if getattr(taken, "rowcount", 0) == 1:
            return str(S10.build(service, serial, country))
    raise RuntimeError("S10 block changed under us ten times in a row")


def remaining(session: Session, service: str, country: str, source: str | None = None) -> int:
    """Serials left for ``service``/``country`` (of ``source`` only, when given)."""
    conds = _available(service.upper(), country.upper())
    if source is not None:
        conds.append(S10Block.source == source)
    left = session.scalar(
        select(func.coalesce(func.sum(S10Block.last_serial - S10Block.next_serial + 1), 0)).where(
            *conds
        )
    )
    return int(left or 0)


@dataclass(frozen=True, slots=True)
class ReservePolicy:
    """Which indicators to keep in reserve, for which country, and how much."""

    services: tuple[str, ...]
    country: str
    low_water: int
    block_size: int


def reserve_policy(session: Session, branch: str) -> ReservePolicy:
    """From settings ``s10.services``, ``s10.country``, ``s10.low_water``, ``s10.block_size``."""
    country = get_setting(session, "s10.country")
    if not country:
        row = session.get(Branch, branch)
        country = row.country if row is not None else "RU"
    services = get_setting(session, "s10.services") or list(DEFAULT_SERVICES)
    return ReservePolicy(
        tuple(str(s).upper() for s in services),
        str(country).upper(),
        int(get_setting(session, "s10.low_water", DEFAULT_LOW_WATER)),
        int(get_setting(session, "s10.block_size", DEFAULT_BLOCK_SIZE)),
    )


def top_up(
    db: Database, transport: Transport, branch: str, policy: ReservePolicy | None = None
) -> list[Block]:
    """Ask central for a block of each indicator whose central reserve is below low water.

    Central commits the allocation before the block is stored here; if this terminal
    dies in between, those serials are lost, never issued twice.
    """
    with db.read() as session:
        policy = policy or reserve_policy(session, branch)
        low = [
            s
            for s in policy.services
            if remaining(session, s, policy.country, "central") < policy.low_water
        ]
    got: list[Block] = []
    for service in low:
        block = transport.allocate_s10(branch, service, policy.country, policy.block_size)

        def store(session: Session, b: Block = block) -> None:
            session.add(
                S10Block(
                    service=b.service,
                    country=b.country,
                    first_serial=b.first_serial,
                    last_serial=b.last_serial,
                    next_serial=b.first_serial,
                    source="central",
                )
            )

        db.write_with_retry(store)
        got.append(block)
    return got
