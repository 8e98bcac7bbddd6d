"""``batch list|show|close|act`` run as real processes on a real SQLite file (issue 17)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, open_terminal, staff_context
from app.store.models import Batch, OutboxItem
from tests.docs_helpers import pdf_text
from tests.factories import accept_batch_item, make_batch, s10_numbers

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "batch", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def db_file(tmp_path: Path) -> tuple[Path, list[str]]:
    """List MP-9 of four items: two accepted (one flagged), two missing."""
    path = tmp_path / "t.db"
    db = open_terminal(str(path))
    try:
        ctx = staff_context(db, DEMO_CLERK[0])
        s10s = s10_numbers(4, start=30_000_000)
        batch_id = make_batch(db, "MP-9", s10s)
        accept_batch_item(db, ctx, batch_id, s10s[0], 55_200)
        accept_batch_item(db, ctx, batch_id, s10s[3], 60_000, flagged=True)
    finally:
        db.close()
    return path, s10s


def test_list_and_show(db_file: tuple[Path, list[str]]) -> None:
    path, s10s = db_file
    listed = run(path, "list", "--open", "--json")
    assert listed.returncode == 0, listed.stderr
    (entry,) = json.loads(listed.stdout)
    assert entry["number"] == "MP-9" and entry["state"] == "open"
    assert entry["progress"] == {"total": 4, "accepted": 2, "flagged": 1, "to_go": 2}
    shown = run(path, "show", "mp-9", "--json")
    assert shown.returncode == 0, shown.stderr
    items = json.loads(shown.stdout)["items"]
    assert [i["state"] for i in items] == ["accepted", "to_go", "to_go", "flagged"]
    assert items[3]["difference_grams"] == 5_000 and items[3]["declared_grams"] == 55_000
    text = run(path, "show", "MP-9")
    assert "2 of 4 accepted, 1 weight difference(s), 2 to go" in text.stdout
    assert s10s[3] in text.stdout and "+5.000" in text.stdout
    missing = run(path, "show", "NOPE")
    assert missing.returncode == 1 and "No batch 'NOPE'" in missing.stderr


def test_close_writes_act_and_second_close_is_refused(
    db_file: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, s10s = db_file
    act = tmp_path / "act.pdf"
    args = ("close", "MP-9", "--supervisor", DEMO_SUPERVISOR[0], "--method", "cash")
    done = run(
        path,
        *args,
        "--tendered",
        "100000",
        "--act",
        str(act),
        "--pin-stdin",
        stdin=DEMO_SUPERVISOR[1] + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert f"2 missing ({s10s[1]}, {s10s[2]})" in done.stdout and "change" in done.stdout
    text = pdf_text(act.read_bytes())
    assert all(s in text for s in s10s) and "MP-9" in text
    again = run(path, *args, "--pin-stdin", stdin=DEMO_SUPERVISOR[1] + "\n")
    assert again.returncode == 1
    assert "List MP-9 was closed on" in again.stderr and "Nothing was closed" in again.stderr
    shown = json.loads(run(path, "show", "MP-9", "--json").stdout)
    assert shown["state"] == "closed"
    assert [i["state"] for i in shown["items"]] == ["accepted", "missing", "missing", "flagged"]
    db = open_terminal(str(path))
    try:
        with db.read() as s:
            assert s.query(Batch).one().state == "closed"
            assert s.query(OutboxItem).filter_by(kind="batch_close").count() == 1
    finally:
        db.close()


@pytest.mark.parametrize(
    ("extra", "stdin", "code", "message"),
    [
        (("--method", "cash", "--tendered", "lots"), "975310\n", 2, "is not an amount"),
        (("--method", "card", "--tendered", "10"), "975310\n", 2, "cash only"),
        (("--method", "cheque"), "975310\n", 2, "invalid choice"),
        (("--method", "cash"), "000000\n", 1, "Nothing was closed"),
        (("--method", "cash", "--tendered", "10"), "975310\n", 1, "less than"),
    ],
)
def test_close_refusals_and_usage(
    db_file: tuple[Path, list[str]], extra: tuple[str, ...], stdin: str, code: int, message: str
) -> None:
    path, _ = db_file
    result = run(
        path,
        "close",
        "MP-9",
        "--supervisor",
        DEMO_SUPERVISOR[0],
        *extra,
        "--pin-stdin",
        stdin=stdin,
    )
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    listed = json.loads(run(path, "list", "--json").stdout)
    assert listed[0]["state"] == "open"
