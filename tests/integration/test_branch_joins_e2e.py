"""Issue 14 end to end on PostgreSQL: branch and staff made with central's CLI, a one-time
code, the terminal joins through the first-run wizard (pytest-qt), the clerk logs in with the PIN set at central, rates published at
central reach the terminal on the next sync and the next acceptance records that version;
the code is refused the second time."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.services import sync_service
from app.services.acceptance import accept
from app.services.auth import verify_pin
from app.services.counter_rules import counter_rules_in_force
from app.services.demo_data import make_consignment
from app.services.enrolment import join
from app.services.s10_blocks import next_s10
from app.services.terminal import context_for
from app.store.models import Acceptance
from app.sync.directory_client import EnrolRefused
from central.db import CentralDB
from central.models import CentralAcceptance
from tests.integration.central_process import CentralProcess
from tests.integration.test_enrolment import BRANCH, central_cli, rates_file, set_up_branch
from tests.integration.test_sync_postgres import pg_url  # noqa: F401 - fixture
from tests.sync_helpers import open_test_terminal
from tests.ui.wizard_helpers import join_with_wizard

pytestmark = pytest.mark.postgres


def accept_one(db, staff_number: str, pin: str) -> str:
    """Log in as the clerk (number and PIN) and accept one parcel with the rules in force."""
    with db.read() as session:
        staff = verify_pin(session, staff_number, pin)
        assert staff is not None, "the clerk's central PIN does not work here"
        ctx = context_for(session, staff)
    rules = counter_rules_in_force(db, ctx.business_day(datetime.now(UTC)))
    limits = rules.limits_today(ctx)

    def take(session):
        return next_s10(session, "CP", ctx.branch_country)

    s10 = db.write_with_retry(take)
    consignment = make_consignment(random.Random(7), [s10], limits=limits)
    result = accept(
        db,
        ctx,
        consignment,
        limits=limits,
        pricing=rules.pricing,
        customs_rules=rules.customs_rules,
        reference_versions=dict(rules.versions),
    )
    return result.acceptance_id


def test_branch_joins_and_stays_current_on_postgres(tmp_path, pg_url, qtbot):  # noqa: F811
    code = set_up_branch(pg_url)
    central = CentralProcess(pg_url, tmp_path / "central.log")
    central.start()
    db = open_test_terminal(tmp_path / "terminal.db")
    try:
        wizard = join_with_wizard(qtbot, db, central.url, code)
        assert wizard.join_page.result is not None
        assert wizard.join_page.result.branch == BRANCH
        first = accept_one(db, "501", "482913")
        today = datetime.now(UTC).date().isoformat()
        pub = central_cli(
            pg_url, "publish", "rates", str(rates_file(tmp_path, "103.25", today)),
            "--effective", today,
        )  # fmt: skip
        assert pub.returncode == 0, pub.stderr
        report = sync_service.run_once(db)
        assert report.ok
        second = accept_one(db, "501", "482913")
        with db.read() as session:
            v1 = json.loads(session.get(Acceptance, first).reference_versions)
            v2 = json.loads(session.get(Acceptance, second).reference_versions)
        assert v1["rates"] == "shipped"
        assert v2["rates"] == "central v1"
        # the version travels to central with the acceptance
        sync_service.run_once(db)
        cdb = CentralDB(pg_url)
        try:
            with cdb.read() as session:
                record = session.scalar(
                    select(CentralAcceptance.record).where(CentralAcceptance.id == second)
                )
        finally:
            cdb.close()
        assert record is not None and json.loads(record)["reference_versions"]["rates"] == (
            "central v1"
        )
        other = open_test_terminal(tmp_path / "other.db")
        try:
            with pytest.raises(EnrolRefused, match="already used"):
                join(other, central.url, code)
        finally:
            other.close()
    finally:
        db.close()
        central.stop()
