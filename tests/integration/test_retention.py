"""Retention: old acceptances central holds lose names, addresses and phones, nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.services import retention, sync_service
from app.services.terminal import open_terminal
from app.store.models import Acceptance, AuditEntry, OutboxItem, Piece, SenderProfile
from central.auth import add_terminal
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def central(tmp_path: Path):
    server = ThreadedCentral(f"sqlite:///{tmp_path / 'central.db'}")
    _, token = add_terminal(server.db, BRANCH)
    yield server, token
    server.stop()


def test_purge_keeps_s10_weights_money_audit_and_leaves_no_bytes(tmp_path, central) -> None:
    server, token = central
    db_path = tmp_path / "terminal.db"
    db = open_terminal(str(db_path))
    try:
        sync_service.configure(db, server.url, token)
        old_synced = make_acceptances(db, 3)
        assert sync_service.run_once(db, top_up=False).ok
        recent_synced = make_acceptances(db, 1, seed=2)
        assert sync_service.run_once(db, top_up=False).ok
        old_unsynced = make_acceptances(db, 1, seed=3)  # central does not have it yet
        long_ago = datetime.now(UTC) - timedelta(days=120)
        aged = [m.acceptance_id for m in old_synced + old_unsynced]
        with db.write() as s:
            s.execute(
                update(Acceptance).where(Acceptance.id.in_(aged)).values(accepted_at=long_ago)
            )
            # Regular-sender profiles nobody used for as long go too.
            s.execute(update(SenderProfile).values(updated_at=long_ago))
        with db.read() as s:
            before = {a.id: a for a in s.scalars(select(Acceptance))}
            lines_before = {a.id: len(a.lines) for a in before.values()}
            audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
            pieces_before = {p.s10: p.gross_grams for p in s.scalars(select(Piece))}
        fields = ("addressee_name", "sender_name", "sender_phone", "addressee_phone")
        kept = {
            getattr(before[m.acceptance_id], f)
            for m in recent_synced + old_unsynced
            for f in fields
        }
        # Demo data reuses a small pool of people: look for those only the purged ones had.
        gone = {getattr(before[m.acceptance_id], f) for m in old_synced for f in fields}
        gone -= kept | {""}
        assert gone

        report = retention.purge(db)  # default 90 days
        assert report.days == 90 and report.acceptances == 3 and report.profiles >= 1

        with db.read() as s:
            after = {a.id: a for a in s.scalars(select(Acceptance))}
            for m in old_synced:
                a, b = after[m.acceptance_id], before[m.acceptance_id]
                assert a.sender_name == a.addressee_name == a.addressee_address == ""
                assert a.sender_phone == a.addressee_phone == a.sender_address == ""
                assert a.personal_data_purged_at is not None
                assert (a.gross_grams, a.fee_amount, a.total_value) == (
                    b.gross_grams,
                    b.fee_amount,
                    b.total_value,
                )
                assert a.addressee_country == b.addressee_country
                assert len(a.lines) == lines_before[a.id]
                payload = s.scalar(
                    select(OutboxItem.payload).where(OutboxItem.entity_id == m.acceptance_id)
                )
                assert b.addressee_name not in payload
            for m in recent_synced + old_unsynced:  # too recent, or central lacks it
                assert (
                    after[m.acceptance_id].addressee_name == before[m.acceptance_id].addressee_name
                )
            assert {p.s10: p.gross_grams for p in s.scalars(select(Piece))} == pieces_before
            assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before + 1
        assert not retention.due_today(db)
    finally:
        db.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("terminal.db*"))
    for text in gone:
        assert text.encode() not in raw, text


def test_retention_command(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(tmp_path / "t.db"),
            "retention",
            "purge",
            "--days",
            "30",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert run.returncode == 0, run.stderr
    assert "purged personal data of 0 acceptance(s)" in run.stdout
    bad = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(tmp_path / "t.db"),
            "retention",
            "purge",
            "--days",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
