"""A terminal leaves demo mode for a real branch: branch, staff, no demo identifiers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.services import s10_blocks
from app.services.auth import verify_pin
from app.services.terminal import DEMO_CLERK, get_setting, open_terminal, staff_context

ROOT = Path(__file__).resolve().parents[2]


def cli(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_real_branch_set_up_from_the_shell(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    r = cli(
        db_path,
        "terminal",
        "init",
        "--branch",
        "101000",
        "--name",
        "Москва 101000",
        "--country",
        "RU",
        "--timezone",
        "Europe/Moscow",
        "--currency",
        "RUB",
    )
    assert r.returncode == 0, r.stderr
    r = cli(
        db_path,
        "staff",
        "add",
        "--number",
        "4711",
        "--name",
        "Анна Смирнова",
        "--role",
        "supervisor",
        "--pin-stdin",
        stdin="246813\n",
    )
    assert r.returncode == 0, r.stderr
    db = open_terminal(str(db_path))
    try:
        with db.read() as s:
            assert get_setting(s, "demo") is False
            assert (
                verify_pin(s, DEMO_CLERK[0], DEMO_CLERK[1]) is None
            )  # demo staff can no longer log in
            staff = verify_pin(s, "4711", "246813")
            assert staff is not None and staff.role == "supervisor"
        ctx = staff_context(db, "4711")
        assert ctx.branch_code == "101000" and not ctx.demo
        with db.write() as s, pytest.raises(s10_blocks.S10ReserveEmpty):
            s10_blocks.next_s10(s, "CP", "RU")  # the demo block is retired, not handed out
    finally:
        db.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--country", "XX", "--timezone", "Europe/Moscow", "--currency", "RUB"], "country"),
        (["--country", "RU", "--timezone", "Mars/Base", "--currency", "RUB"], "time zone"),
        (["--country", "RU", "--timezone", "Europe/Moscow", "--currency", "RUR"], "currency"),
    ],
)
def test_bad_set_up_is_refused_with_what_to_change(
    tmp_path: Path, args: list[str], message: str
) -> None:
    r = cli(tmp_path / "t.db", "terminal", "init", "--branch", "101000", "--name", "X", *args)
    assert r.returncode == 2 and message in r.stderr


def test_short_pin_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "t.db"
    cli(
        db_path,
        "terminal",
        "init",
        "--branch",
        "101000",
        "--name",
        "X",
        "--country",
        "RU",
        "--timezone",
        "Europe/Moscow",
        "--currency",
        "RUB",
    )
    r = cli(db_path, "staff", "add", "--number", "1", "--name", "A", "--pin-stdin", stdin="12\n")
    assert r.returncode == 2 and "PIN" in r.stderr
