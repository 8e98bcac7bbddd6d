"""Issue 11, cases 4 and 6 against ``python -m central serve`` as a separate process:
the body is never read before the token is checked, size and time limits hold with the
memory to show it, wrong tokens are rate limited; and 8 clients posting overlapping
batches at 4 workers get no 5xx and every item stored once. SQLite and PostgreSQL.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from central.auth import add_terminal, revoke_terminal, rotate_token
from central.db import CentralDB, migrate
from central.models import Parcel, SyncItem
from tests.integration.central_cases import BRANCH_A, acceptance, counts, database_url, item
from tests.integration.central_process import CentralProcess

MB = 1024 * 1024
LIMITS = {
    "POSTCOUNTER_CENTRAL_MAX_BODY_BYTES": str(2 * MB),
    "POSTCOUNTER_CENTRAL_BODY_TIMEOUT_S": "1.5",
    "POSTCOUNTER_CENTRAL_AUTH_FAILURES": "5",
    "POSTCOUNTER_CENTRAL_AUTH_WINDOW_S": "30",
}


@pytest.fixture(params=["sqlite", "postgres"])
def served(request, tmp_path) -> Iterator[tuple[CentralProcess, CentralDB, str]]:
    with database_url(request.param, tmp_path) as url:
        db = CentralDB(url)
        migrate(db.engine)
        _tid, token = add_terminal(db, BRANCH_A, "T-LIMITS")
        proc = CentralProcess(url, tmp_path / "central.log", env=LIMITS)
        proc.start()
        try:
            yield proc, db, token
        finally:
            proc.stop()
            db.close()


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def raw_post(
    port: int,
    headers: dict[str, str],
    body_len: int,
    *,
    send: int | None = None,
    pause: float = 0.0,
) -> tuple[int, float]:
    """POST /v1/sync/batches by hand: announce ``body_len`` bytes, send up to ``send`` of
    them (all by default), then read the status. Returns (status, seconds to answer)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        sock.sendall(
            f"POST /v1/sync/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {body_len}\r\n{head}\r\n".encode()
        )
        chunk = b" " * (256 * 1024)
        left = body_len if send is None else send
        sock.settimeout(2)
        try:
            while left > 0:
                sock.sendall(chunk[: min(left, len(chunk))])
                left -= min(left, len(chunk))
        except OSError:
            pass  # central answered and closed without reading: exactly the point
        if pause:
            time.sleep(pause)
        sock.settimeout(10)
        data = b""
        try:
            while b"\r\n" not in data:
                more = sock.recv(4096)
                if not more:
                    break
                data += more
        except OSError:
            pass
    assert data.startswith(b"HTTP/1.1 "), data[:200]
    return int(data.split()[1]), time.monotonic() - started


def test_case4_body_limits_token_first_and_rate_limit(served) -> None:
    proc, db, token = served
    assert proc.proc is not None
    pid = proc.proc.pid
    before = rss_kb(pid)

    # Eight unauthenticated 100 MB posts at once: refused from the headers (413 on the
    # announced size, 401 for the token), bodies never held.
    statuses: list[int] = []
    threads = [
        threading.Thread(target=lambda: statuses.append(raw_post(proc.port, {}, 100 * MB)[0]))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(statuses) == 8 and set(statuses) <= {401, 413}, statuses
    # Within the size limit but without a token: 401 before one byte of the body is read.
    status, took = raw_post(proc.port, {}, 1 * MB, send=0)
    assert status == 401 and took < 5
    assert rss_kb(pid) - before < 40 * 1024, "central grew while refusing unread bodies"

    auth = {"Authorization": f"Bearer {token}"}
    # Announced too large: 413 before reading.
    status, took = raw_post(proc.port, auth, 100 * MB)
    assert status == 413 and took < 5
    # Chunked (no Content-Length) past the cap: cut off at the cap.
    with httpx.Client(base_url=proc.url, timeout=30) as client:

        def stream() -> Iterator[bytes]:
            for _ in range(40):
                yield b" " * (256 * 1024)

        try:
            resp = client.post("/v1/sync/batches", content=stream(), headers=auth)
            assert resp.status_code == 413
        except httpx.TransportError:
            pass  # closed on us mid-upload after the 413; the database check below holds
        # A 10 MB itmatt_xml never gets in.
        rec = acceptance(BRANCH_A)
        rec["itmatt_xml"] = "<x/>" * (10 * MB // 4)
        big = client.post(
            "/v1/sync/batches",
            json={"branch": BRANCH_A, "items": [item("accept", rec)]},
            headers=auth,
        )
        assert big.status_code == 413 and "larger than" in big.json()["detail"]
        assert rss_kb(pid) - before < 60 * 1024

        # Slow body: the time limit answers 408.
        status, took = raw_post(proc.port, auth, 1000, send=10, pause=0.1)
        assert status == 408 and took < 6

        # Wrong tokens: 401 five times, then 429 with Retry-After; the good token still works.
        wrong = {"Authorization": "Bearer pct_wrong"}
        codes = [client.get("/v1/whoami", headers=wrong).status_code for _ in range(5)]
        assert codes == [401] * 5
        limited = client.post("/v1/sync/batches", json={}, headers=wrong)
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
        assert client.get("/v1/whoami", headers=auth).status_code == 200

        # Revocation and rotation act on the next request.
        new = rotate_token(db, "T-LIMITS")
        assert client.get("/v1/whoami", headers=auth).status_code == 401
        fresh = {"Authorization": f"Bearer {new}"}
        assert client.get("/v1/whoami", headers=fresh).status_code == 200
        assert revoke_terminal(db, "T-LIMITS")
        assert client.get("/v1/whoami", headers=fresh).status_code == 401
    assert counts(db) == {"sync_items": 0, "acceptances": 0, "parcels": 0, "tracking_events": 0}


@pytest.mark.parametrize(("kind", "workers"), [("sqlite", 2), ("postgres", 4)])
def test_case6_eight_clients_overlapping_batches(tmp_path, kind, workers) -> None:
    with database_url(kind, tmp_path) as url:
        db = CentralDB(url)
        migrate(db.engine)
        _, token = add_terminal(db, BRANCH_A)
        proc = CentralProcess(url, tmp_path / "central.log", workers=workers)
        proc.start(timeout=120)  # workers import in parallel on a shared machine
        pool = [item("accept", acceptance(BRANCH_A), seq=n) for n in range(1, 121)]
        answers: Counter[tuple[str, str]] = Counter()
        statuses: Counter[int] = Counter()
        barrier = threading.Barrier(8)
        lock = threading.Lock()

        def client(i: int) -> None:
            with httpx.Client(
                base_url=proc.url, timeout=60, headers={"Authorization": f"Bearer {token}"}
            ) as c:
                for round_ in range(15):
                    start = (round_ * 8 + i * 3) % 100
                    batch = pool[start : start + 20]  # overlaps its neighbours' batches
                    barrier.wait(60)
                    r = c.post("/v1/sync/batches", json={"branch": BRANCH_A, "items": batch})
                    with lock:
                        statuses[r.status_code] += 1
                        if r.status_code == 200:
                            for res in r.json()["results"]:
                                answers[(res["item_uuid"], res["status"])] += 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join(300)
        finally:
            proc.stop()
        assert statuses == {200: 120}, statuses
        sent = {u for (u, _) in answers}
        stored = Counter(u for (u, s), n in answers.items() if s == "stored" for _ in range(n))
        assert all(stored[u] == 1 for u in sent), "an item was stored twice or never"
        assert {s for (_, s) in answers} == {"stored", "duplicate"}
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(SyncItem)) == len(sent)
            assert s.scalar(select(func.count()).select_from(Parcel)) == len(sent)
        db.close()
