"""Choosing the demo branch (set-up wizard, ``main.py demo --branch``), with its demo data.

The Indian demo branch comes with a marketplace batch pre-advised: its parcels are
imported from ``resources/demo/india_marketplace_batch.json`` by the real pre-advice
importer, checked against the corridor's rules as any marketplace file is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from app.services.demo_branches import DEMO_IN, DemoBranch, use_demo_branch
from app.services.demo_india import marketplace_batch_path
from app.services.preadvice import ImportReport, import_file
from app.services.reference_data import load_reference_data
from app.store.database import Database


@dataclass(frozen=True, slots=True)
class DemoChoice:
    """The demo branch now in use, and what its marketplace batch import did (India)."""

    branch: DemoBranch
    batch: ImportReport | None


def choose_demo_branch(db: Database, key: str) -> DemoChoice:
    """Make this demo terminal the demo branch ``key`` ("ru" or "in"); the Indian one also
    gets the demo marketplace batch pre-advised. Slow enough (rules, import) to run off the
    GUI thread. Raises ``KeyError`` (unknown key) or ``DemoSwitchRefused`` (not a demo)."""
    spec = use_demo_branch(db, key)
    if spec is not DEMO_IN:
        return DemoChoice(spec, None)
    today = datetime.now(UTC).astimezone(ZoneInfo(spec.timezone)).date()
    report = import_file(
        db,
        marketplace_batch_path(),
        rules=load_reference_data().customs_rules(),
        on=today,
    )
    return DemoChoice(spec, report)
