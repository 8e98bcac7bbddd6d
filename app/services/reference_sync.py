"""Which reference data is in force: shipped with the release, or from central (issue 14).

``current(db, day)`` gives the rules to price and check a consignment with, and the
versions they came from: for each kind (rates, tariffs, products) the newest central
document whose effective date has come, else the file shipped in ``resources/rules``.
The counter asks once per consignment (when it starts), so new data applies between
consignments, never in the middle of one; the acceptance records ``versions``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.reference_data import ReferenceData, load_reference_data, parse_document
from app.services.terminal import get_setting
from app.store.database import Database
from app.store.models import ReferenceDocument

SHIPPED = "shipped"
REFRESHED_KEY = "reference.refreshed_at"
# ReferenceData field each kind replaces ("rules" replaces regimes and customs rules).
FIELDS = {"rates": "rates", "tariffs": "tariffs", "products": "products", "rules": "rules"}


@dataclass(frozen=True, slots=True)
class InForce:
    """One kind of reference data in force: from where, which version, since when."""

    kind: str
    source: str  # "shipped" or "central"
    version: int
    effective: date | None
    received_at: datetime | None

    @property
    def label(self) -> str:
        return SHIPPED if self.source == SHIPPED else f"central v{self.version}"


@dataclass(frozen=True, slots=True)
class CurrentReference:
    """Rules to use now and what they are made of."""

    data: ReferenceData
    in_force: tuple[InForce, ...]

    @property
    def versions(self) -> dict[str, str]:
        """``{kind: "shipped" | "central vN"}``, as recorded with an acceptance."""
        return {f.kind: f.label for f in self.in_force}


def held_versions(session: Session) -> dict[str, int]:
    """Highest version of each kind received from central."""
    rows = session.execute(
        select(ReferenceDocument.kind, func.max(ReferenceDocument.version)).group_by(
            ReferenceDocument.kind
        )
    ).all()
    return {str(k): int(v) for k, v in rows}


def _in_force_doc(session: Session, kind: str, day: date) -> ReferenceDocument | None:
    return session.scalar(
        select(ReferenceDocument)
        .where(ReferenceDocument.kind == kind, ReferenceDocument.effective <= day)
        .order_by(ReferenceDocument.version.desc())
        .limit(1)
    )


def current(db: Database, day: date, shipped: ReferenceData | None = None) -> CurrentReference:
    """The reference data in force on ``day`` (business day of the branch)."""
    data = shipped or load_reference_data()
    in_force: list[InForce] = []
    replace: dict[str, object] = {}
    with db.read() as session:
        for kind, field_name in FIELDS.items():
            doc = _in_force_doc(session, kind, day)
            if doc is None:
                in_force.append(InForce(kind, SHIPPED, 0, None, None))
                continue
            # Checked when stored; parsed again here because only text is kept.
            parsed = parse_document(kind, doc.body)
            if kind == "rules":
                replace["regimes"] = parsed["import_regimes"]
                replace["rules"] = dataclasses.replace(
                    data.rules,
                    vague_words=parsed["vague_descriptions"],
                    restrictions=parsed["restrictions"],
                    export_rules=parsed["export_rules"],
                )
            else:
                replace[field_name] = parsed
            in_force.append(InForce(kind, "central", doc.version, doc.effective, doc.received_at))
    if replace:
        data = dataclasses.replace(data, **replace)  # type: ignore[arg-type]
    return CurrentReference(data, tuple(in_force))


def last_refreshed(db: Database) -> datetime | None:
    with db.read() as session:
        raw = get_setting(session, REFRESHED_KEY)
    return datetime.fromisoformat(str(raw)) if raw else None


REFRESH_SETTING = "reference.max_refresh_age_hours"
DEFAULT_REFRESH_AGE_HOURS = 48


def refresh_overdue(db: Database, now: datetime) -> bool:
    """True when this terminal talks to central but has not refreshed for longer than the
    setting ``reference.max_refresh_age_hours`` (48 by default): the clerk is warned."""
    with db.read() as session:
        if not get_setting(session, "central.url"):
            return False
        hours = float(get_setting(session, REFRESH_SETTING, DEFAULT_REFRESH_AGE_HOURS))
    last = last_refreshed(db)
    return last is None or (now - last).total_seconds() > hours * 3600


def branch_today(db: Database, now: datetime) -> date:
    """The business day at this terminal's branch (its time zone) at ``now``."""
    from zoneinfo import ZoneInfo

    from app.store.models import Branch

    with db.read() as session:
        branch = session.get(Branch, str(get_setting(session, "branch.code", "")))
        zone = branch.timezone if branch is not None else "UTC"
    return now.astimezone(ZoneInfo(zone)).date()
