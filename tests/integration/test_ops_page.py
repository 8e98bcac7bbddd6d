"""The operations page in a real browser (Playwright driving Debian's chromium): signing in
with the admin token, the terminal listed with its last sync and reported queue, today's
figures of its branch, and the tracking search; a branch supervisor signing in sees the
own branch only, with the items central rejected and each terminal's last audit head."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.services import sync_service
from app.services.enrolment import join
from app.store.models import Piece
from tests.integration.central_process import CentralProcess
from tests.integration.test_branch_joins_e2e import accept_one
from tests.integration.test_enrolment import BRANCH, set_up_branch
from tests.sync_helpers import open_test_terminal

CHROMIUM = "/usr/bin/chromium"
ADMIN = "ops-admin-token-for-tests-0123456789"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Screenshots go here (POSTCOUNTER_OPS_SHOTS to keep them elsewhere, e.g. for a review).
SHOTS = Path(os.environ.get("POSTCOUNTER_OPS_SHOTS", "/tmp/postcounter-ops"))
VIEWPORT = {"width": 1366, "height": 768}  # the head-office PC's screen


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip(f"{CHROMIUM} missing: apt-get install chromium")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def central(tmp_path):
    proc = CentralProcess(
        f"sqlite:///{tmp_path / 'central.db'}",
        tmp_path / "central.log",
        env={"POSTCOUNTER_CENTRAL_ADMIN_TOKEN": ADMIN},
    )
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


def test_ops_page_lists_the_terminal_with_its_last_sync(tmp_path, central, browser):
    code = set_up_branch(central.db_url)
    db = open_test_terminal(tmp_path / "t.db")
    try:
        joined = join(db, central.url, code, label="counter 1")
        accept_one(db, "501", "482913")
        assert sync_service.run_once(db).ok
        with db.read() as session:
            s10 = session.scalars(select(Piece.s10)).first()
    finally:
        db.close()
    # without signing in, the page is not shown
    assert httpx.get(f"{central.url}/ops", follow_redirects=False).status_code == 303
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(f"{central.url}/ops")
    assert "sign in" in page.title().lower() or page.url.endswith("/ops/login")
    page.fill("input[name=token]", "wrong-token-wrong-token")
    page.click("#admin button[type=submit]")
    assert page.locator("[role=alert]").inner_text() == "Wrong admin token."
    page.fill("input[name=token]", ADMIN)
    page.click("#admin button[type=submit]")
    page.wait_for_selector("#terminals")
    row = page.locator("#terminals tbody tr", has_text=joined.terminal_id)
    cells = row.locator("td").all_inner_texts()
    assert cells[1] == BRANCH and cells[2] == "counter 1"
    assert cells[3] != "never" and time.strftime("%Y-%m-%d", time.gmtime()) in cells[3]
    assert cells[4] == "0"  # the queue the terminal reported after draining
    branch = page.locator("#branches tbody tr", has_text=BRANCH).locator("td").all_inner_texts()
    assert branch[3] == "1" and int(branch[4]) >= 1  # one acceptance today, its pieces
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "ops-en.png"), full_page=True)
    page.fill("input[name=s10]", s10.lower())
    page.click("#track button[type=submit]")
    page.wait_for_selector("#tracking")
    assert "EMA" in page.locator("#tracking").inner_text()
    page.screenshot(path=str(SHOTS / "ops-tracking-en.png"), full_page=True)
    # the same page in Russian (the link at the top, as a supervisor would)
    page.click("a[hreflang=ru]")
    page.wait_for_selector("#terminals")
    assert page.locator("h1").inner_text() == "PostCounter: оперативная сводка"
    header = page.locator("#terminals thead").inner_text()
    assert "Последняя синхронизация (UTC)" in header
    assert joined.terminal_id in page.locator("#terminals").inner_text()
    page.screenshot(path=str(SHOTS / "ops-ru.png"), full_page=True)


def test_supervisor_in_the_browser_sees_the_own_branch_only(tmp_path, central, browser):
    from central.audit_heads import heads_of
    from central.db import CentralDB
    from tests.integration.test_ops_supervisor import (
        OTHER,
        SUPERVISOR,
        SUPERVISOR_PIN,
        _send_bad_items,
        two_branches,
    )

    seen = two_branches(tmp_path, central)
    refused = "7c1d0e55-3f0a-4c44-8d0e-6a2b9f4e1a10"
    assert _send_bad_items(tmp_path / "own.db", central.url, BRANCH, [refused]) == ["rejected"]
    cdb = CentralDB(central.db_url)
    try:
        head = heads_of(cdb, seen.own_terminal)[-1]
    finally:
        cdb.close()
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(f"{central.url}/ops/login?lang=en")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "ops-login-en.png"), full_page=True)
    page.fill("#supervisor input[name=branch]", BRANCH)
    page.fill("#supervisor input[name=staff_number]", SUPERVISOR)
    page.fill("#supervisor input[name=pin]", "000001")
    page.click("#supervisor button[type=submit]")
    assert "wrong" in page.locator("[role=alert]").inner_text()
    # branch code and staff number stay filled in for the next try; the PIN never does
    assert page.input_value("#supervisor input[name=branch]") == BRANCH
    assert page.input_value("#supervisor input[name=staff_number]") == SUPERVISOR
    assert page.input_value("#supervisor input[name=pin]") == ""
    page.fill("#supervisor input[name=branch]", BRANCH)
    page.fill("#supervisor input[name=staff_number]", SUPERVISOR)
    page.fill("#supervisor input[name=pin]", SUPERVISOR_PIN)
    page.click("#supervisor button[type=submit]")
    page.wait_for_selector("#terminals")
    assert "supervisor of branch " + BRANCH in page.locator("#viewer").inner_text()
    # the cookie is not readable by scripts and not sent from other sites
    cookie = next(c for c in page.context.cookies() if c["name"] == "pc_ops")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["expires"] > 0
    assert page.evaluate("document.cookie") == ""
    branches = page.locator("#branches tbody tr").all_inner_texts()
    assert len(branches) == 1 and branches[0].startswith(BRANCH)
    cells = page.locator("#branches tbody tr td").all_inner_texts()
    assert cells[7] == "1"  # one item rejected today
    terminals = page.locator("#terminals tbody tr")
    assert terminals.count() == 1
    row = terminals.locator("td").all_inner_texts()
    assert row[0] == seen.own_terminal and row[6].startswith(f"#{head.entry_id} {head.sha256[:12]}")
    assert seen.other_terminal not in page.content() and OTHER not in page.inner_text("body")
    assert refused in page.locator("#rejected").inner_text()
    page.screenshot(path=str(SHOTS / "ops-supervisor-en.png"), full_page=True)
    # another branch's parcel is not tracked for this supervisor; the own one is
    page.fill("input[name=s10]", seen.other_s10)
    page.click("#track button[type=submit]")
    page.wait_for_load_state()
    assert page.locator("#tracking").count() == 0
    page.fill("input[name=s10]", seen.own_s10)
    page.click("#track button[type=submit]")
    page.wait_for_selector("#tracking")
    page.click("a[hreflang=ru]")
    page.wait_for_selector("#tracking")  # the search stays on screen in the other language
    assert "Отклонено сегодня" in page.locator("#branches thead").inner_text()
    assert "Последняя голова цепочки аудита" in page.locator("#terminals thead").inner_text()
    page.screenshot(path=str(SHOTS / "ops-supervisor-ru.png"), full_page=True)
    page.click("#signout button[type=submit]")
    page.wait_for_selector("#supervisor")
    assert not [c for c in page.context.cookies() if c["name"] == "pc_ops"]
    page.screenshot(path=str(SHOTS / "ops-login-ru.png"), full_page=True)
    page.goto(f"{central.url}/ops")
    assert page.url.split("?")[0].endswith("/ops/login")
