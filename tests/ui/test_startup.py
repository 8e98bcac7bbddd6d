"""A cold start shows the log-in window before the database layer is loaded: the database
opens on a worker thread, the log-in works on it, and the heavy libraries the log-in does
not need stay unloaded (speed itself is measured in tests/benchmarks/bench_cold_start.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.terminal import DEMO_CLERK, open_terminal
from app.store.database import _heads_from_files, head_revision
from app.ui.application import login_window, make_app
from app.ui.login_dialog import LoginDialog
from app.ui.startup import PendingDatabase, quick_setting, setting
from tests.ui.helpers import enter, focused, type_text

ROOT = Path(__file__).resolve().parents[2]


def test_log_in_on_a_database_still_opening(qtbot: QtBot, tmp_path: Path) -> None:
    make_app()
    pending = PendingDatabase(str(tmp_path / "new.db"))  # a first start: created meanwhile
    login = login_window(pending)
    qtbot.addWidget(login)
    login.show()
    login.staff.setFocus()
    qtbot.waitUntil(lambda: focused() is login.staff)
    type_text(qtbot, DEMO_CLERK[0])
    enter(qtbot)
    type_text(qtbot, DEMO_CLERK[1])
    enter(qtbot)
    assert login.result() == LoginDialog.DialogCode.Accepted
    assert login.context is not None and login.context.staff_number == DEMO_CLERK[0]
    pending.result().close()


def test_settings_are_read_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_terminal(str(path)).close()
    assert quick_setting(path, "demo") is True
    assert quick_setting(path, "no.such.key", "x") == "x"
    pending = PendingDatabase(str(path))
    assert setting(pending, "demo", False) is True
    pending.result().close()
    try:
        quick_setting(tmp_path / "absent.db", "demo")
    except LookupError:
        pass
    else:
        raise AssertionError("a missing database cannot answer")


def test_schema_heads_read_from_files_agree_with_alembic() -> None:
    assert _heads_from_files() == {head_revision()}


def test_the_log_in_path_leaves_the_heavy_libraries_unloaded(tmp_path: Path) -> None:
    """What the log-in window does not need is not imported before it is shown: the
    database layer (loaded by the worker), Alembic for a current schema, reportlab, the
    country tables, the counter window."""
    path = tmp_path / "t.db"
    open_terminal(str(path)).close()
    code = """
import json, sys
from app.cli import _gui_args
args = _gui_args(["--db", sys.argv[1]])
from app.ui.application import install_translators, login_window, make_app, ui_locale
from app.ui.startup import PendingDatabase
app = make_app()
install_translators(app, ui_locale(None))
before = set(sys.modules)
db = PendingDatabase(args.db)
db.result()
heavy = ("sqlalchemy", "alembic", "reportlab", "pycountry", "app.ui.main_window", "app.cli.documents_cmd")
print(json.dumps({
    "before_open": sorted(m for m in heavy if m in before),
    "after_open": sorted(m for m in heavy if m in sys.modules),
}))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["before_open"] == []
    assert seen["after_open"] == ["sqlalchemy"]  # no alembic: the schema is current
