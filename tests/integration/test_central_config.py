"""central.toml: parsing and refusals, and ``python -m central serve --config`` for real.

The packaged service (postcounter-central.service) runs ``serve --config
/etc/postcounter/central.toml``; these tests run the same command with a file in a
temporary folder: two worker processes on a loopback port, a SQLite database it migrates,
``add-terminal`` with the same file, and an authenticated request with the new token.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from central import config
from central.__main__ import main as central_main
from tests.sync_helpers import free_port

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "central.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _args(**given: object) -> argparse.Namespace:
    base: dict[str, object] = dict.fromkeys(
        ("config", "db", "host", "port", "workers", "log_level")
    )
    return argparse.Namespace(**{**base, **given})


def test_file_values_and_defaults(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[database]\nurl = "postgresql+psycopg://pc@/pc"\n[server]\nport = 9000\nworkers = 3\n',
    )
    got = config.settings(_args(config=str(path)))
    assert got == config.ServeSettings(
        db="postgresql+psycopg://pc@/pc", host="127.0.0.1", port=9000, workers=3
    )


def test_command_line_wins_over_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[server]\nhost = "0.0.0.0"\nport = 9000\n')
    got = config.settings(_args(config=str(path), port=9100, db="x.db"))
    assert (got.host, got.port, got.db) == ("0.0.0.0", 9100, "x.db")


def test_config_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "[server]\nworkers = 2\n")
    monkeypatch.setenv(config.CONFIG_ENV, str(path))
    assert config.settings(_args()).workers == 2


def test_no_file_means_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.CONFIG_ENV, raising=False)
    assert config.settings(_args()) == config.ServeSettings()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[server]\nworker = 2\n", "unknown key server.worker"),
        ("[servr]\nport = 1\n", "unknown section [servr]"),
        ('[server]\nport = "8400"\n', "server.port must be a int"),
        ("[server]\nport = true\n", "server.port must be a int"),
        ("[server]\nport = 70000\n", "server.port must be 1..65535"),
        ("[server]\nworkers = 0\n", "server.workers must be 1..64"),
        ('[server]\nlog_level = "loud"\n', "server.log_level must be one of"),
        ('[database]\nurl = " "\n', "database.url is empty"),
        ("[server\n", "not valid TOML"),
    ],
)
def test_bad_file_is_refused_naming_the_key(tmp_path: Path, text: str, says: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(config.ConfigError) as err:
        config.settings(_args(config=str(path)))
    assert says in str(err.value)
    assert str(path) in str(err.value)


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError, match="no such file"):
        config.load(tmp_path / "absent.toml")
    big = _write(tmp_path, "# " + "x" * config.MAX_BYTES + "\n")
    with pytest.raises(config.ConfigError, match="larger than"):
        config.load(big)


def test_cli_reports_a_bad_file_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "[server]\nworkers = 100\n")
    assert central_main(["serve", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "server.workers must be 1..64" in err
    assert "Traceback" not in err


def test_serve_with_config_file_two_workers(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "central.db"
    path = _write(
        tmp_path,
        f'[database]\nurl = "{db}"\n[server]\nhost = "127.0.0.1"\nport = {port}\n'
        'workers = 2\nlog_level = "info"\n',
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(config.CONFIG_ENV, None)
    added = subprocess.run(
        [
            *(sys.executable, "-m", "central", "add-terminal", "--config", str(path)),
            *("--branch", "CFG-101000", "--terminal-id", "cfg-t1"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    token = added.stdout.split("token:")[1].split()[0]
    assert db.exists(), "add-terminal used the file's database"

    log = tmp_path / "central.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "central", "serve", "--config", str(path)],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        who = httpx.get(
            f"{url}/v1/whoami", headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        assert who.status_code == 200, who.text
        assert who.json()["branch"] == "CFG-101000"
        # uvicorn's supervisor says it started the file's number of workers
        deadline = time.monotonic() + 20
        while log.read_text().count("Started server process") < 2:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
