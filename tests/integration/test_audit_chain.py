"""The audit log's hash chain on real SQLite files: rewritten by hand, found by ``db check``."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.domain.audit_chain import GENESIS, entry_digest
from app.services.auth import AuthRefused, authenticate
from app.services.terminal import DEMO_CLERK, open_terminal
from app.store.audit_log import verify_audit_log
from app.store.database import Database
from app.store.outbox import audit, audit_head

ROOT = Path(__file__).resolve().parents[2]
TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def db_check(db_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "db", "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_entries(db: Database, n: int) -> None:
    for i in range(n):
        with db.write() as s:
            audit(
                s,
                staff_id=None,
                terminal_id="T-1",
                action="test",
                entity="thing",
                entity_id=str(i),
                details={"n": i},
            )


def tamper(db_path: Path, *statements: str) -> None:
    """What the attacker in issue 12 did: drop the triggers, rewrite, recreate them."""
    conn = sqlite3.connect(db_path)
    sql = {
        name: conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        for name in TRIGGERS
    }
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    for name in TRIGGERS:
        conn.execute(sql[name])
    conn.commit()
    conn.close()


def test_each_entry_links_to_the_one_before(db: Database) -> None:
    write_entries(db, 3)
    with db.write() as s:  # several entries in one transaction chain too
        for i in range(3):
            audit(s, staff_id=None, terminal_id="T-1", action="x", entity="y", entity_id=str(i))
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM audit_log ORDER BY id").mappings().all()
        report = verify_audit_log(conn)
    assert [r["id"] for r in rows] == list(range(1, 7))
    assert rows[0]["prev_sha256"] == GENESIS
    for before, row in itertools.pairwise(rows):
        assert row["prev_sha256"] == before["entry_sha256"]
        assert row["entry_sha256"] == entry_digest(row, row["prev_sha256"])
    assert report.ok and report.entries == 6 and report.head_id == 6
    with db.read() as s:
        assert audit_head(s) == (6, rows[-1]["entry_sha256"])


def test_db_check_names_the_first_changed_entry(db_path: Path) -> None:
    db = open_terminal(str(db_path))
    write_entries(db, 5)
    with contextlib.suppress(AuthRefused):  # a wrong PIN is audited: it chains like any entry
        authenticate(db, DEMO_CLERK[0], "000000", purpose="log-in")
    db.close()
    ok = db_check(db_path)
    assert ok.returncode == 0 and "audit chain: ok, 6 entries" in ok.stdout, ok.stdout + ok.stderr
    tamper(
        db_path,
        "UPDATE audit_log SET details = '{\"n\":99}' WHERE id = 3",
        "DELETE FROM audit_log WHERE id = 5",
    )
    broken = db_check(db_path)
    assert broken.returncode == 1
    assert "BROKEN at entry 3" in broken.stdout and "changed after it was written" in broken.stdout
    assert "Traceback" not in broken.stderr


def test_db_check_finds_a_deleted_entry(db_path: Path) -> None:
    db = open_terminal(str(db_path))
    write_entries(db, 4)
    db.close()
    tamper(db_path, "DELETE FROM audit_log WHERE id = 2")
    broken = db_check(db_path)
    assert broken.returncode == 1
    assert "BROKEN at entry 3" in broken.stdout and "removed or changed" in broken.stdout


def test_a_rewrite_with_recomputed_hashes_passes_locally_but_not_the_head(db_path: Path) -> None:
    """Recomputing every digest after a change fools the local check; the head central
    received before no longer matches (see tests/integration/test_audit_head_central.py)."""
    db = open_terminal(str(db_path))
    write_entries(db, 3)
    with db.read() as s:
        head_before = audit_head(s)
    db.close()
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY id")]
    conn.close()
    rows[1]["details"] = '{"n":42}'
    prev, statements = GENESIS, []
    for row in rows:
        digest = entry_digest(row, prev)
        statements.append(
            f"UPDATE audit_log SET details = '{row['details']}', prev_sha256 = '{prev}', "
            f"entry_sha256 = '{digest}' WHERE id = {row['id']}"
        )
        prev = digest
    tamper(db_path, *statements)
    assert db_check(db_path).returncode == 0
    db = open_terminal(str(db_path))
    with db.read() as s:
        head_after = audit_head(s)
    db.close()
    assert head_before is not None and head_after is not None
    assert head_before[0] == head_after[0] and head_before[1] != head_after[1]
