"""The audit chain head goes to a real central with each sync; ``central verify-audit``
finds a terminal log rewritten after that sync, even with every digest recomputed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.domain.audit_chain import GENESIS, entry_digest
from app.services import sync_service
from app.store.outbox import audit_head
from app.sync.http_transport import HttpTransport
from central.audit_heads import heads_of
from central.auth import add_terminal
from tests.integration.test_sync_postgres import pg_url  # noqa: F401 - fixture
from tests.sync_helpers import BRANCH, ThreadedCentral, make_acceptances, open_test_terminal

ROOT = Path(__file__).resolve().parents[2]


def verify(central_db: Path, terminal: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central", "verify-audit", "--db", str(central_db),
         "--terminal", terminal, *extra],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip


def rewrite_with_recomputed_digests(path: Path, entry_id: int) -> None:
    """The careful attacker: change one entry, recompute the whole chain, keep the triggers."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY id")]
    triggers = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger'")]
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    prev = GENESIS
    for row in rows:
        if row["id"] == entry_id:
            row["details"] = '{"changed":true}'
        row["prev_sha256"], row["entry_sha256"] = prev, entry_digest(row, prev)
        prev = row["entry_sha256"]
        conn.execute(
            "UPDATE audit_log SET details = ?, prev_sha256 = ?, entry_sha256 = ? WHERE id = ?",
            (row["details"], row["prev_sha256"], row["entry_sha256"], row["id"]),
        )
    for sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_head_reaches_central_and_a_later_rewrite_is_found(tmp_path: Path) -> None:
    central_db = tmp_path / "central.db"
    server = ThreadedCentral(f"sqlite:///{central_db}")
    terminal, token = add_terminal(server.db, BRANCH)
    term_path = tmp_path / "terminal.db"
    db = open_test_terminal(term_path)
    transport = HttpTransport(server.url, token)
    try:
        make_acceptances(db, 3)
        sync_service.configure(db, server.url, token)
        assert sync_service.run_once(db, transport, top_up=False).counts == {"stored": 3}
        with db.read() as s:
            head = audit_head(s)
        assert head is not None
        heads = heads_of(server.db, terminal)
        assert [(h.entry_id, h.sha256) for h in heads] == [head]

        ok = verify(central_db, terminal, "--terminal-db", str(term_path))
        assert ok.returncode == 0, ok.stdout + ok.stderr
        assert "the terminal's log agrees" in ok.stdout

        rewrite_with_recomputed_digests(term_path, 2)
        bad = verify(central_db, terminal, "--terminal-db", str(term_path))
        assert bad.returncode == 1
        assert f"audit entry {head[0]} differs from what central received" in bad.stderr

        # The next sync anchors at the last head central holds: the rewritten digest there
        # shows at central alone, without the terminal's file.
        make_acceptances(db, 1, seed=7)
        assert sync_service.run_once(db, transport, top_up=False).counts == {"stored": 1}
        alone = verify(central_db, terminal)
        assert alone.returncode == 1, alone.stdout
        assert f"audit entry {head[0]} had digest" in alone.stderr
        assert "the terminal's log was rewritten" in alone.stderr
    finally:
        transport.close()
        db.close()
        server.stop()


def test_unknown_terminal_is_said_so(tmp_path: Path) -> None:
    r = verify(tmp_path / "central.db", "T-nobody")
    assert r.returncode == 2 and "no audit head" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_audit_head_beyond_central_column_is_refused_not_a_500(
    tmp_path: Path, request: pytest.FixtureRequest, backend: str
) -> None:
    """The head's entry id was allowed up to 2**62 while central keeps it in an INTEGER
    column: on PostgreSQL that was a 500, and schemathesis met the bound as a float that
    rounds above it. Ids now stop at the column's range."""
    url = (
        f"sqlite:///{tmp_path / 'central.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    server = ThreadedCentral(url)
    _, token = add_terminal(server.db, BRANCH)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:

            def post(entry_id: int) -> httpx.Response:
                head = {"entry_id": entry_id, "sha256": "a" * 64}
                return client.post(
                    "/v1/sync/batches",
                    json={"branch": BRANCH, "items": [], "audit_head": head},
                    headers={"Authorization": f"Bearer {token}"},
                )

            assert post(2**31).status_code == 422
            assert post(2**62).status_code == 422
            assert post(2**31 - 1).status_code == 200
    finally:
        server.stop()
