"""Headless commands run as real processes: ``s10 check``, ``db check``, ``demo-data``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = None
    if env_home is not None:
        import os

        env = {**os.environ, "POSTCOUNTER_HOME": str(env_home)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_s10_check_valid() -> None:
    result = run("s10", "check", "AA473124829GB")
    assert result.returncode == 0, result.stderr
    assert "AA 473 124 829 GB" in result.stdout


@pytest.mark.parametrize("position", range(2, 11))
def test_s10_check_any_changed_digit_fails_with_reason(position: int) -> None:
    base = "AA473124829GB"
    changed = base[:position] + str((int(base[position]) + 1) % 10) + base[position + 1 :]
    result = run("s10", "check", changed)
    assert result.returncode == 1
    assert "should be" in result.stderr


def test_db_check_and_demo_data(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run("--db", str(db), "db", "check").returncode == 1  # not created yet: says so
    made = run("--db", str(db), "demo-data", "--days", "2", "--per-day", "5")
    assert made.returncode == 0, made.stderr
    assert "accepted 10 consignments" in made.stdout
    check = run("--db", str(db), "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "integrity:  ok" in check.stdout


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = run("demo-data", "--days", "1", "--per-day", "1", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "postcounter.db").exists()
