"""The same central code and migrations on a real PostgreSQL server.

Uses ``POSTCOUNTER_TEST_PG_URL`` or ``postgresql+psycopg://postgres@127.0.0.1:5432/test``;
each run works in its own schema, dropped afterwards, so reruns start clean. Skipped,
saying why, when no server answers.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import func, select

from app.services import sync_service
from central.auth import add_terminal
from central.db import CentralDB, migrate
from central.models import CentralAcceptance, SyncItem
from tests.integration.central_process import CentralProcess
from tests.integration.fault_proxy import FaultProxy
from tests.integration.test_sync_faults import (
    allocate_concurrently,
    assert_exactly_once,
    run_worker_until_drained,
)
from tests.sync_helpers import BRANCH, clone_acceptances, make_acceptances, open_test_terminal

PG_URL = os.environ.get(
    "POSTCOUNTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

pytestmark = pytest.mark.postgres


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def pg_url():
    psycopg = pytest.importorskip("psycopg")
    try:
        conn = psycopg.connect(_plain(PG_URL), connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} ({exc}); set POSTCOUNTER_TEST_PG_URL")
    schema = f"pc_sync_{uuid.uuid4().hex[:10]}"
    conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        conn.close()


def test_postgres_central_exactly_once_with_faults_and_blocks(tmp_path, pg_url):
    db = CentralDB(pg_url)
    assert db.dialect == "postgresql"
    migrate(db.engine)
    _, token = add_terminal(db, BRANCH)
    proc = CentralProcess(pg_url, tmp_path / "central.log")
    proc.start()
    terminal = open_test_terminal(tmp_path / "terminal.db")
    proxy = FaultProxy(proc.port, ["drop", "503", "reset", "slow"], delay=1.5)
    try:
        made = make_acceptances(terminal, 4)
        clone_acceptances(terminal, 120)
        sync_service.configure(terminal, proxy.url, token, check=False)
        with terminal.write() as s:
            sync_service.set_setting(s, "central.branch", BRANCH)
        run_worker_until_drained(terminal, batch_size=25)
        assert_exactly_once(terminal, db)
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(SyncItem)) == 124
            assert s.get(CentralAcceptance, made[0].acceptance_id) is not None
        allocate_concurrently(proc.url, token)
    finally:
        proxy.close()
        proc.stop()
        terminal.close()
        db.close()
