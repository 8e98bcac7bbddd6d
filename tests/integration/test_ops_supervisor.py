"""The operations page's supervisor log-in (issue 14) against a real ``central serve``:
branch code, staff number and PIN checked against central's staff table, a lockout after
repeated wrong PINs, a signed HttpOnly SameSite=Strict session cookie with an expiry,
log-out, and a page that shows the supervisor's own branch only (the admin token still
sees every branch). Two real terminals of two branches join and sync first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.services import sync_service
from app.services.enrolment import join
from app.store.models import Piece
from tests.integration.central_process import CentralProcess
from tests.integration.test_branch_joins_e2e import accept_one
from tests.integration.test_enrolment import BRANCH, central_cli, set_up_branch
from tests.integration.test_sync_postgres import pg_url  # noqa: F401 - fixture
from tests.sync_helpers import open_test_terminal

ADMIN = "ops-admin-token-for-tests-0123456789"
OTHER = "190000"
SUPERVISOR, SUPERVISOR_PIN = "901", "771104"  # made by set_up_branch for BRANCH
OTHER_SUPERVISOR, OTHER_PIN = "902", "663018"


@dataclass(frozen=True)
class Branches:
    """What two joined and synced terminals left at central."""

    own_terminal: str
    own_s10: str
    other_terminal: str
    other_s10: str


def _other_branch(db_url: str) -> str:
    out = central_cli(
        db_url, "add-branch", "--code", OTHER, "--name", "Saint Petersburg 190000",
        "--country", "RU", "--timezone", "Europe/Moscow", "--currency", "RUB",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    for number, role, pin in (
        ("502", "clerk", "562817"),
        (OTHER_SUPERVISOR, "supervisor", OTHER_PIN),
    ):
        out = central_cli(
            db_url, "staff", "add", "--branch", OTHER, "--number", number,
            "--name", f"Staff {number}", "--role", role, stdin=pin + "\n",
        )  # fmt: skip
        assert out.returncode == 0, out.stderr
    out = central_cli(db_url, "enrol", "--branch", OTHER)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _join_accept_sync(path: Path, url: str, code: str, clerk: str, pin: str) -> tuple[str, str]:
    db = open_test_terminal(path)
    try:
        joined = join(db, url, code, label=f"counter of {clerk}")
        accept_one(db, clerk, pin)
        assert sync_service.run_once(db).ok
        with db.read() as session:
            s10 = session.scalars(select(Piece.s10)).first()
        return joined.terminal_id, str(s10)
    finally:
        db.close()


def two_branches(tmp_path: Path, central: CentralProcess) -> Branches:
    """BRANCH and OTHER, each with a joined terminal that accepted a parcel and synced."""
    own_code = set_up_branch(central.db_url)
    other_code = _other_branch(central.db_url)
    own = _join_accept_sync(tmp_path / "own.db", central.url, own_code, "501", "482913")
    other = _join_accept_sync(tmp_path / "other.db", central.url, other_code, "502", "562817")
    return Branches(own[0], own[1], other[0], other[1])


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request, tmp_path):
    # The same checks on PostgreSQL (skipped when none is reachable): the lockout's
    # composite key, the refused items' ON CONFLICT and NUL-free text are dialect matters.
    url = (
        f"sqlite:///{tmp_path / 'central.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    proc = CentralProcess(
        url,
        tmp_path / "central.log",
        env={"POSTCOUNTER_CENTRAL_ADMIN_TOKEN": ADMIN},
    )
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


def _log_in(client: httpx.Client, branch: str, number: str, pin: str) -> httpx.Response:
    return client.post(
        "/ops/login/supervisor",
        data={"branch": branch, "staff_number": number, "pin": pin},
        follow_redirects=False,
    )


def test_supervisor_sees_only_the_own_branch(tmp_path, central):
    seen = two_branches(tmp_path, central)
    with httpx.Client(base_url=central.url) as client:
        answer = _log_in(client, BRANCH, SUPERVISOR, SUPERVISOR_PIN)
        assert answer.status_code == 303, answer.text
        cookie = answer.headers["set-cookie"]
        lowered = cookie.lower()
        assert "httponly" in lowered and "samesite=strict" in lowered
        assert "max-age=" in lowered and "path=/ops" in lowered
        assert SUPERVISOR_PIN not in cookie
        page = client.get("/ops")
        assert page.status_code == 200
        html = page.text
        assert seen.own_terminal in html and seen.other_terminal not in html
        assert OTHER not in html  # not even the other branch's row in the branch table
        assert f"{BRANCH}" in html and "Staff 901" in html  # who is signed in
        # tracking: the own parcel is found, the other branch's is not shown
        own = client.get("/ops", params={"s10": seen.own_s10})
        assert 'id="tracking"' in own.text and "EMA" in own.text
        other = client.get("/ops", params={"s10": seen.other_s10})
        assert 'id="tracking"' not in other.text and "EMA" not in other.text
        # log-out ends the session: the cookie is cleared and the page asks for a log-in
        kept = client.cookies.get("pc_ops")
        out = client.post("/ops/logout", follow_redirects=False)
        assert out.status_code == 303
        assert client.get("/ops", follow_redirects=False).status_code == 303
    # ... and a copy of the cookie taken before the log-out no longer opens the page
    with httpx.Client(base_url=central.url) as thief:
        thief.cookies.set("pc_ops", kept, path="/ops")
        assert thief.get("/ops", follow_redirects=False).status_code == 303
    # the admin token still sees every branch and tracks every parcel
    with httpx.Client(base_url=central.url) as admin:
        assert (
            admin.post("/ops/login", data={"token": ADMIN}, follow_redirects=False).status_code
            == 303
        )
        html = admin.get("/ops").text
        assert seen.own_terminal in html and seen.other_terminal in html
        assert "EMA" in admin.get("/ops", params={"s10": seen.other_s10}).text
    # the other branch's supervisor sees the other branch only
    with httpx.Client(base_url=central.url) as client:
        assert _log_in(client, OTHER, OTHER_SUPERVISOR, OTHER_PIN).status_code == 303
        html = client.get("/ops").text
        assert seen.other_terminal in html and seen.own_terminal not in html


def test_supervisor_log_in_refusals_and_lockout(tmp_path, central):
    set_up_branch(central.db_url)
    with httpx.Client(base_url=central.url) as client:
        # a clerk's right PIN does not open the page
        clerk = _log_in(client, BRANCH, "501", "482913")
        assert clerk.status_code == 401 and "set-cookie" not in clerk.headers
        # a supervisor of the branch, but the wrong branch code: refused alike
        assert _log_in(client, "999999", SUPERVISOR, SUPERVISOR_PIN).status_code == 401
        # five wrong PINs lock the number; then even the right PIN is refused
        for _ in range(5):
            wrong = _log_in(client, BRANCH, SUPERVISOR, "000001")
            assert wrong.status_code in (401, 429)
            assert "000001" not in wrong.text and f'value="{SUPERVISOR}"' in wrong.text
        locked = _log_in(client, BRANCH, SUPERVISOR, SUPERVISOR_PIN)
        assert locked.status_code == 429 and "locked" in locked.text
        assert "set-cookie" not in locked.headers
        # an unknown number is treated the same way (the answer does not tell which exist)
        for _ in range(5):
            _log_in(client, BRANCH, "424242", "000001")
        assert _log_in(client, BRANCH, "424242", "000001").status_code == 429
        # bounds on every field: a client's input never makes a 500
        for data in (
            {"branch": "B" * 5000, "staff_number": "1", "pin": "1"},
            {"branch": BRANCH, "staff_number": "9" * 300, "pin": "1"},
            {"branch": BRANCH, "staff_number": SUPERVISOR, "pin": "7" * 300},
            {"branch": "\x00", "staff_number": "\u03a9\x07", "pin": ""},
            {},
        ):
            answer = client.post("/ops/login/supervisor", data=data, follow_redirects=False)
            assert 400 <= answer.status_code < 500, (data.keys(), answer.status_code)
        raw = client.post(
            "/ops/login/supervisor",
            content=b"\xff\xfe=%%%&&&branch",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert 400 <= raw.status_code < 500
        # a form posted from another site is refused (log-in CSRF)
        cross = client.post(
            "/ops/login/supervisor",
            data={"branch": BRANCH, "staff_number": "501", "pin": "482913"},
            headers={"origin": "https://evil.example"},
            follow_redirects=False,
        )
        assert cross.status_code == 403
    # a forged or altered cookie is not a session
    with httpx.Client(base_url=central.url) as client:
        for forged in ("s1.sup.101000.901.1.9999999999.00", "garbage", "a" * 5000):
            client.cookies.set("pc_ops", forged, path="/ops")
            assert client.get("/ops", follow_redirects=False).status_code == 303
    central.stop()
    log = (tmp_path / "central.log").read_text(errors="replace")
    for secret in (SUPERVISOR_PIN, "000001", "482913", "Staff 901"):
        assert secret not in log
    assert "Traceback" not in log


def test_session_ends_when_the_supervisor_is_deactivated(tmp_path, central):
    set_up_branch(central.db_url)
    with httpx.Client(base_url=central.url) as client:
        assert _log_in(client, BRANCH, SUPERVISOR, SUPERVISOR_PIN).status_code == 303
        assert client.get("/ops", follow_redirects=False).status_code == 200
        out = central_cli(
            central.db_url, "staff", "deactivate", "--branch", BRANCH, "--number", SUPERVISOR
        )
        assert out.returncode == 0, out.stderr
        assert client.get("/ops", follow_redirects=False).status_code == 303
        assert _log_in(client, BRANCH, SUPERVISOR, SUPERVISOR_PIN).status_code == 401


def _send_bad_items(db_path: Path, url: str, branch: str, uuids: list[str]) -> list[str]:
    """Post items central must refuse, with the terminal's own token; their verdicts."""
    import hashlib
    import json

    from app.services.token_store import load_token

    db = open_test_terminal(db_path)
    try:
        with db.read() as session:
            token = load_token(session)
    finally:
        db.close()
    items = []
    for n, u in enumerate(uuids):
        payload = json.dumps({"branch": branch, "acceptance_id": "not-a-uuid"})
        items.append(
            {
                "item_uuid": u,
                "seq": 10_000 + n,
                "kind": "accept",
                "payload": payload,
                "payload_sha256": hashlib.sha256(payload.encode()).hexdigest(),
            }
        )
    answer = httpx.post(
        f"{url}/v1/sync/batches",
        json={"branch": branch, "items": items},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200, answer.text
    return [r["status"] for r in answer.json()["results"]]


def test_page_shows_items_rejected_and_last_audit_head(tmp_path, central):
    from central.audit_heads import heads_of
    from central.db import CentralDB

    seen = two_branches(tmp_path, central)
    first, second = "0b5e1f8e-0d7c-4b8e-9a51-0c6f3a1d2e01", "0b5e1f8e-0d7c-4b8e-9a51-0c6f3a1d2e02"
    url = central.url
    assert _send_bad_items(tmp_path / "own.db", url, BRANCH, [first, second]) == ["rejected"] * 2
    # the same refused item sent again (a terminal that did not hear the answer) counts once
    assert _send_bad_items(tmp_path / "own.db", url, BRANCH, [first]) == ["rejected"]
    # unreadable UUIDs (a NUL, which PostgreSQL refuses in text; too long) are counted too
    weird = ["\x00bad", "f" * 100]
    assert _send_bad_items(tmp_path / "own.db", url, BRANCH, weird) == ["rejected"] * 2
    third = "0b5e1f8e-0d7c-4b8e-9a51-0c6f3a1d2e03"
    assert _send_bad_items(tmp_path / "other.db", url, OTHER, [third]) == ["rejected"]
    cdb = CentralDB(central.db_url)
    try:
        own_head = heads_of(cdb, seen.own_terminal)[-1]
        other_head = heads_of(cdb, seen.other_terminal)[-1]
    finally:
        cdb.close()
    with httpx.Client(base_url=url) as client:
        assert _log_in(client, BRANCH, SUPERVISOR, SUPERVISOR_PIN).status_code == 303
        html = client.get("/ops").text
    branch_row = _row(html, "branches", BRANCH)
    assert branch_row[7] == "4", branch_row  # rejected today, the repeat not counted
    terminal_row = _row(html, "terminals", seen.own_terminal)
    assert terminal_row[6].startswith(f"#{own_head.entry_id} {own_head.sha256[:12]}")
    assert own_head.sha256 in html  # the whole digest is on the page (title) to compare
    assert other_head.sha256 not in html and third not in html
    rejected = _table(html, "rejected")
    uuids = {r[2] for r in rejected}
    assert len(uuids) == 4 and {first, second} < uuids
    assert all(u in (first, second) or u.startswith("unreadable-") for u in uuids)
    assert all(r[1] == seen.own_terminal and r[3] == "accept" for r in rejected)
    assert all("acceptance" in r[4] or "missing" in r[4] for r in rejected)
    with httpx.Client(base_url=url) as admin:
        admin.post("/ops/login", data={"token": ADMIN})
        html = admin.get("/ops").text
    assert _row(html, "branches", OTHER)[7] == "1"
    assert _row(html, "terminals", seen.other_terminal)[6].startswith(f"#{other_head.entry_id} ")
    assert len(_table(html, "rejected")) == 5


def _table(html: str, table_id: str) -> list[list[str]]:
    """The body rows of the table with ``table_id`` as cell texts (the page has no JS)."""
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.inside = self.body = False
            self.rows: list[list[str]] = []
            self.cell: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "table":
                self.inside = dict(attrs).get("id") == table_id
            elif self.inside and tag == "tbody":
                self.body = True
            elif self.inside and self.body and tag == "tr":
                self.rows.append([])
            elif self.inside and self.body and tag == "td":
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag == "td" and self.cell is not None:
                self.rows[-1].append(" ".join("".join(self.cell).split()))
                self.cell = None
            elif tag == "table":
                self.inside = self.body = False

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data)

    parser = Cells()
    parser.feed(html)
    return parser.rows


def _row(html: str, table_id: str, first_cell: str) -> list[str]:
    rows = [r for r in _table(html, table_id) if r and r[0].startswith(first_cell)]
    assert len(rows) == 1, (table_id, first_cell, _table(html, table_id))
    return rows[0]
