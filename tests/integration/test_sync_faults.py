"""Exactly-once sync against a real central process, through a fault-injecting proxy.

After the queue drains, central holds exactly the acceptances made on the terminal: no
duplicates, none missing, whatever the network, the client or central did meanwhile.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select

from app.services import sync_service
from app.store.models import Acceptance, OutboxItem
from app.sync.backoff import Backoff
from app.sync.http_transport import HttpTransport
from central.auth import add_terminal
from central.db import CentralDB, migrate
from central.models import CentralAcceptance, Parcel, SyncItem, TrackingEvent
from tests.integration.central_process import ROOT, CentralProcess
from tests.integration.fault_proxy import FaultProxy
from tests.sync_helpers import BRANCH, clone_acceptances, make_acceptances, open_test_terminal


@pytest.fixture
def central(tmp_path):
    url = f"sqlite:///{tmp_path / 'central.db'}"
    db = CentralDB(url)
    migrate(db.engine)
    _, token = add_terminal(db, BRANCH)
    proc = CentralProcess(url, tmp_path / "central.log")
    proc.start()
    yield proc, db, token
    proc.stop()
    db.close()


@pytest.fixture
def terminal(tmp_path):
    db = open_test_terminal(tmp_path / "terminal.db")
    yield db
    db.close()


def assert_exactly_once(terminal, central_db):
    with terminal.read() as s:
        local_ids = set(s.scalars(select(OutboxItem.entity_id).where(OutboxItem.kind == "accept")))
        assert local_ids >= set(s.scalars(select(Acceptance.id)))
        outbox = s.scalar(select(func.count()).select_from(OutboxItem))
        states = dict(
            s.execute(select(OutboxItem.state, func.count()).group_by(OutboxItem.state)).all()
        )
    with central_db.read() as s:
        central_ids = list(s.scalars(select(CentralAcceptance.id)))
        items = s.scalar(select(func.count()).select_from(SyncItem))
        parcels = s.scalar(select(func.count()).select_from(Parcel))
        events = s.scalar(select(func.count()).select_from(TrackingEvent))
    assert states == {"done": outbox}
    assert len(central_ids) == len(set(central_ids)) and set(central_ids) == local_ids
    assert items == outbox
    assert parcels == events  # one EMA per piece, once


def run_worker_until_drained(terminal, timeout=60.0, **kw):
    statuses = []
    worker = sync_service.make_worker(
        terminal,
        statuses.append,
        transport_factory=lambda cfg: HttpTransport(cfg.url, cfg.token, timeout=1.0),
        idle_seconds=0.2,
        probe_seconds=0.1,
        backoff=Backoff(base=0.05, cap=0.4),
        **kw,
    )
    worker.start()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            st = sync_service.status(terminal)
            if st.queue_length == 0:
                return statuses
            time.sleep(0.1)
        raise AssertionError(f"queue did not drain: {sync_service.status(terminal)}")
    finally:
        worker.stop()


def test_faults_on_the_wire_never_lose_or_double_an_acceptance(terminal, central):
    proc, central_db, token = central
    make_acceptances(terminal, 12)
    clone_acceptances(terminal, 150)
    faults = ["drop", "pass", "reset", "500", "slow", "503", "refuse", "drop", "reset", "slow"]
    proxy = FaultProxy(proc.port, faults, delay=1.5)
    try:
        sync_service.configure(terminal, proxy.url, token, check=False)
        with terminal.write() as s:
            sync_service.set_setting(s, "central.branch", BRANCH)
        statuses = run_worker_until_drained(terminal, batch_size=20)
    finally:
        proxy.close()
    assert not proxy.faults, "every injected fault was exercised"
    assert any(st.online is False for st in statuses) and statuses[-1].online is True
    assert_exactly_once(terminal, central_db)


def test_client_killed_mid_batch_then_restarted(tmp_path, terminal, central):
    proc, central_db, token = central
    make_acceptances(terminal, 5)
    clone_acceptances(terminal, 300)
    proxy = FaultProxy(proc.port, ["slow"], delay=30)
    db_path = str(tmp_path / "terminal.db")
    cmd = [sys.executable, "main.py", "--db", db_path, "sync", "run", "--once"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        sync_service.configure(terminal, proxy.url, token, check=False)
        with terminal.write() as s:
            sync_service.set_setting(s, "central.branch", BRANCH)
        child = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # central has committed the first batch
            with central_db.read() as s:
                if s.scalar(select(func.count()).select_from(SyncItem)):
                    break
            time.sleep(0.05)
        else:
            raise AssertionError(child.communicate(timeout=5)[0])
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)
        with terminal.read() as s:
            assert s.scalar(select(func.count()).where(OutboxItem.state == "sending"))
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "duplicate 200" in done.stdout, done.stdout
    finally:
        proxy.close()
    assert_exactly_once(terminal, central_db)


def test_central_restarted_mid_batch(terminal, central):
    proc, central_db, token = central
    make_acceptances(terminal, 5)
    clone_acceptances(terminal, 400)
    proxy = FaultProxy(proc.port)
    proxy.default, proxy.delay = "slow", 0.3
    sync_service.configure(terminal, proxy.url, token)

    def restart_when_busy():
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with central_db.read() as s:
                if s.scalar(select(func.count()).select_from(SyncItem)):
                    break
            time.sleep(0.02)
        proc.kill()
        time.sleep(0.5)
        proc.start()
        proxy.default = "pass"

    restarter = threading.Thread(target=restart_when_busy)
    restarter.start()
    try:
        run_worker_until_drained(terminal, batch_size=50)
    finally:
        restarter.join(40)
        proxy.close()
    assert_exactly_once(terminal, central_db)


def test_authorization_through_the_real_process(central):
    proc, central_db, token = central
    _, other = add_terminal(central_db, "OTHER-2")
    body = {"branch": BRANCH, "items": []}
    url = f"{proc.url}/v1/sync/batches"
    assert httpx.post(url, json=body).status_code == 401
    assert httpx.post(url, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = httpx.post(url, json=body, headers={"Authorization": f"Bearer {other}"})
    assert r.status_code == 403 and "OTHER-2" in r.json()["detail"]
    r = httpx.post(
        f"{proc.url}/v1/s10/blocks",
        json={"branch": BRANCH, "service": "CP", "country": "RU", "count": 5},
        headers={"Authorization": f"Bearer {other}"},
    )
    assert r.status_code == 403
    assert (
        httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    )
    assert "/v1/sync/batches" in httpx.get(f"{proc.url}/openapi.json").json()["paths"]


def allocate_concurrently(base_url, token, threads=8, each=10, count=37):
    blocks, errors = [], []

    def work():
        with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}) as c:
            for _ in range(each):
                r = c.post(
                    "/v1/s10/blocks", json={"service": "CP", "country": "IN", "count": count}
                )
                if r.status_code != 200:
                    errors.append(r.text)
                else:
                    blocks.append((r.json()["first_serial"], r.json()["last_serial"]))

    ts = [threading.Thread(target=work) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    assert not errors
    serials = [n for first, last in blocks for n in range(first, last + 1)]
    assert len(blocks) == threads * each
    assert len(serials) == len(set(serials)) == threads * each * count


def test_concurrent_s10_allocation_never_overlaps(central):
    proc, _, token = central
    allocate_concurrently(proc.url, token)


def test_retry_after_is_honoured_and_network_return_retries_at_once(tmp_path, terminal):
    url = f"sqlite:///{tmp_path / 'late-central.db'}"
    db = CentralDB(url)
    migrate(db.engine)
    _, token = add_terminal(db, BRANCH)
    proc = CentralProcess(url, tmp_path / "late.log")  # not started yet: the network is "down"
    proxy = FaultProxy(proc.port)
    make_acceptances(terminal, 3)
    sync_service.configure(terminal, proxy.url, token, check=False)
    with terminal.write() as s:
        sync_service.set_setting(s, "central.branch", BRANCH)
    try:
        # Central down: offline, and the backoff would make the items wait for minutes.
        with HttpTransport(proxy.url, token, timeout=2) as t:
            report = sync_service.run_once(terminal, t, top_up=False)
        assert report.offline and report.retry_at is not None
        proc.start()
        proxy.faults = ["503"]
        # Central answers 503 + Retry-After: 1: not offline, and not retried before 1 s.
        with terminal.write() as s:
            s.query(OutboxItem).update({"next_attempt_at": None})
        with HttpTransport(proxy.url, token, timeout=2) as t:
            before = time.time()
            report = sync_service.run_once(terminal, t, top_up=False)
        assert not report.offline and report.retry_at.timestamp() >= before + 1
        proc.stop()
        with HttpTransport(proxy.url, token, timeout=2) as t:
            with terminal.write() as s:
                s.query(OutboxItem).update({"next_attempt_at": None})
            assert sync_service.run_once(terminal, t, top_up=False).offline
        # A backoff far in the future; the worker's health probe must cut it short.
        with terminal.read() as s:
            waits = [r.next_attempt_at for r in s.scalars(select(OutboxItem))]
        assert all(w is not None for w in waits)
        statuses = []
        worker = sync_service.make_worker(
            terminal,
            statuses.append,
            transport_factory=lambda cfg: HttpTransport(cfg.url, cfg.token, timeout=2.0),
            idle_seconds=0.2,
            probe_seconds=0.1,
            backoff=Backoff(base=120, cap=300),
        )
        with terminal.write() as s:
            s.query(OutboxItem).update({"next_attempt_at": datetime.now(UTC).replace(year=2099)})
        worker.start()
        try:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not any(st.online is False for st in statuses):
                time.sleep(0.05)
            proc.start()
            deadline = time.monotonic() + 15
            while sync_service.status(terminal).queue_length and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            worker.stop()
        assert sync_service.status(terminal).queue_length == 0
        assert_exactly_once(terminal, db)
    finally:
        proxy.close()
        proc.stop()
        db.close()
