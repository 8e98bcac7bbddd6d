"""Benchmark: central's ingest rate on PostgreSQL, 1 and 4 workers x 1, 8 and 32 terminals.

Run: ``.venv/bin/python tests/benchmarks/bench_central_ingest.py [--items 4000]``.
Central runs as ``python -m central serve --workers N`` on a fresh PostgreSQL schema;
1, 8 or 32 terminals (threads, each its own token and connection) post batches of 200
new acceptances at once (bodies encoded beforehand, so the clients cost little). The
baseline, measured in the same run: the same rows (sync items, acceptances, parcels,
tracking events) written with bare psycopg ``COPY`` into the same tables. Goal: >= 5,000
items/s with 4 workers on this 2-core machine, or say what bounds it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from central.auth import add_terminal  # noqa: E402
from central.db import CentralDB, migrate  # noqa: E402
from tests.integration.central_cases import BRANCH_A, acceptance, item  # noqa: E402
from tests.integration.central_process import CentralProcess  # noqa: E402

PG_URL = os.environ.get(
    "POSTCOUNTER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BATCH = 200
ITMATT = "<ITMATT>" + "x" * 3000 + "</ITMATT>"  # about the size of a real one


def schema_url(psycopg, admin) -> tuple[str, str]:
    schema = f"i11_bench_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    return schema, f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def make_items(n: int) -> list[dict]:
    out = []
    for _ in range(n):
        rec = acceptance(BRANCH_A)
        rec["itmatt_xml"] = ITMATT
        out.append(item("accept", rec, rec["acceptance_id"]))
    return out


def run_central(psycopg, admin, workdir: Path, workers: int, clients: int, items: list[dict]):
    schema, url = schema_url(psycopg, admin)
    db = CentralDB(url)
    migrate(db.engine)
    tokens = [add_terminal(db, BRANCH_A)[1] for _ in range(clients)]
    db.close()
    proc = CentralProcess(url, workdir / f"central-{workers}-{clients}.log", workers=workers)
    proc.start(timeout=120)  # 4 workers importing on a busy machine take a while
    share = [items[i::clients] for i in range(clients)]
    bodies = [
        [
            json.dumps({"branch": BRANCH_A, "items": part[j : j + BATCH]}).encode()
            for j in range(0, len(part), BATCH)
        ]
        for part in share
    ]
    statuses: dict[str, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)

    def client(i: int) -> None:
        headers = {"Authorization": f"Bearer {tokens[i]}", "Content-Type": "application/json"}
        with httpx.Client(base_url=proc.url, timeout=120, headers=headers) as c:
            c.get("/health")
            barrier.wait()
            for body in bodies[i]:
                r = c.post("/v1/sync/batches", content=body)
                with lock:
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {r.text[:200]}")
                        continue
                    for k, v in r.json()["counts"].items():
                        statuses[k] = statuses.get(k, 0) + v

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    try:
        for t in threads:
            t.start()
        barrier.wait()
        start = time.perf_counter()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
    finally:
        proc.stop()
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    assert not errors, errors[:3]
    assert statuses == {"stored": len(items)}, statuses
    return len(items) / elapsed


def run_copy(psycopg, admin, items: list[dict]) -> float:
    """The same rows with bare COPY, one connection, one transaction."""
    schema, url = schema_url(psycopg, admin)
    db = CentralDB(url)
    migrate(db.engine)
    db.close()
    now = datetime.now(UTC)
    rows_items, rows_acc, rows_parcels, rows_events = [], [], [], []
    for it in items:
        rec = json.loads(it["payload"])
        at = datetime.fromisoformat(rec["accepted_at"])
        uid, acc = it["item_uuid"], rec["acceptance_id"]
        rows_items.append(
            (
                uid,
                "accept",
                BRANCH_A,
                "T-1",
                it["seq"],
                acc,
                it["payload"],
                it["payload_sha256"],
                now,
            )
        )
        day = date.fromisoformat(rec["business_day"])
        rows_acc.append(
            (acc, BRANCH_A, "T-1", at, day, "accepted", 1, 1, 82200, it["payload"], uid, uid, now)
        )
        s10 = rec["pieces"][0]["s10"]
        rows_parcels.append((s10, rec["acceptance_id"], 1))
        rows_events.append((s10, "EMA", at, BRANCH_A, it["item_uuid"], now))
    conn = psycopg.connect(url.replace("+psycopg", ""))
    start = time.perf_counter()
    with conn.cursor() as cur:
        for table, cols, rows in (
            (
                "sync_items",
                "item_uuid, kind, branch, terminal_id, client_seq, entity_id, payload, "
                "payload_sha256, received_at",
                rows_items,
            ),
            (
                "acceptances",
                "id, branch, terminal_id, accepted_at, business_day, status, version, "
                "piece_count, gross_grams, record, first_item_uuid, last_item_uuid, updated_at",
                rows_acc,
            ),
            ("parcels", "s10, acceptance_id, seq", rows_parcels),
            (
                "tracking_events",
                "s10, code, occurred_at, office, item_uuid, recorded_at",
                rows_events,
            ),
        ):
            with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return len(items) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=4000, help="acceptances per run")
    args = parser.parse_args()
    try:
        import psycopg

        admin = psycopg.connect(PG_URL.replace("+psycopg", ""), autocommit=True, connect_timeout=3)
    except Exception as exc:
        print(f"PostgreSQL not reachable at {PG_URL} ({exc}); nothing measured.")
        return 0
    print(f"central ingest on PostgreSQL, {args.items} acceptances per run, batches of {BATCH}")
    print(f"{'run':<28} {'items/s':>10} {'vs COPY':>8}")
    with tempfile.TemporaryDirectory(prefix="bench-central-") as tmp:
        copy_rate = run_copy(psycopg, admin, make_items(args.items))
        print(f"{'baseline: bare psycopg COPY':<28} {copy_rate:>10.0f} {1.0:>8.2f}", flush=True)
        best = 0.0
        for workers in (1, 4):
            for clients in (1, 8, 32):
                rate = run_central(
                    psycopg, admin, Path(tmp), workers, clients, make_items(args.items)
                )
                best = max(best, rate) if workers == 4 else best
                label = f"{workers} worker(s), {clients} terminal(s)"
                print(f"{label:<28} {rate:>10.0f} {rate / copy_rate:>8.3f}", flush=True)
    admin.close()
    goal = 5000
    print(
        f"best with 4 workers: {best:.0f} items/s; goal {goal}: {'met' if best >= goal else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
