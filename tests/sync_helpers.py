"""Shared helpers of the sync tests: a terminal with real acceptances made by the services."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.domain.s10 import S10
from app.services.acceptance import accept
from app.services.counter_rules import counter_rules
from app.services.demo_data import make_consignment
from app.services.terminal import DEMO_BRANCH, DEMO_CLERK, ensure_initialised, staff_context
from app.store.database import Database, open_database
from app.store.outbox import enqueue

BRANCH = DEMO_BRANCH


@dataclass(frozen=True)
class Made:
    acceptance_id: str
    s10s: tuple[str, ...]


def open_test_terminal(path: Path) -> Database:
    db = open_database(path)
    ensure_initialised(db)
    return db


_serial = [70_000_000]


def make_acceptances(db: Database, n: int, seed: int = 1) -> list[Made]:
    """``n`` acceptances through the real acceptance service (each with its outbox item)."""
    ctx = staff_context(db, DEMO_CLERK[0])
    rules = counter_rules()
    limits, pricing = rules.limits_today(ctx), rules.pricing
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        k = 1 if rng.random() < 0.7 else 2
        s10s = []
        for _ in range(k):
            _serial[0] += 1
            s10s.append(str(S10.build("CP", _serial[0] + seed * 1_000_000, "RU")))
        res = accept(
            db, ctx, make_consignment(rng, s10s, limits=limits), limits=limits, pricing=pricing
        )
        out.append(Made(res.acceptance_id, res.s10s))
    return out


def clone_acceptances(db: Database, n: int, start_serial: int = 20_000_000) -> list[str]:
    """``n`` more accept items shaped like the last real one, fast (one transaction)."""
    from sqlalchemy import select

    from app.store.models import OutboxItem

    with db.write() as s:
        template = json.loads(
            s.scalars(select(OutboxItem.payload).where(OutboxItem.kind == "accept")).first()
        )
        ids = []
        for i in range(n):
            acc = str(uuid.uuid4())
            p = dict(template, acceptance_id=acc)
            p["pieces"] = [
                dict(template["pieces"][0], seq=1, s10=str(S10.build("CP", start_serial + i, "RU")))
            ]
            enqueue(s, "accept", acc, p, item_uuid=acc)
            ids.append(acc)
    return ids


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ThreadedCentral:
    """The real central app served by uvicorn on a loopback port, in a thread of this process."""

    def __init__(self, url: str, settings: object | None = None) -> None:
        import threading

        import uvicorn

        from central.api import create_app

        self.app = create_app(url, settings=settings)  # type: ignore[arg-type]
        self.db = self.app.state.db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="error", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        import time

        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("central did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.db.close()
