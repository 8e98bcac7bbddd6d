"""The task runner: results come back on the GUI thread, and never into a closed window."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.ui.application import make_app
from app.ui.tasks import TaskRunner


def test_result_and_failure_reach_the_gui_thread(qtbot: QtBot) -> None:
    make_app()
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def boom() -> None:
        raise ValueError("bad input")

    runner.run(lambda: 41 + 1, lambda r: seen.append(("ok", r, threading.get_ident())))
    runner.run(boom, on_failure=lambda e: seen.append(("err", str(e), threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert sorted(s[:2] for s in seen) == [("err", "bad input"), ("ok", 42)]
    assert all(s[2] == gui for s in seen)
    assert not runner.busy


def test_result_queued_for_a_closed_window_is_dropped(qtbot: QtBot) -> None:
    """The CI failure of stop 7: a window closed (and was deleted) while its last
    task's result was still queued; delivering it raised "Signal source has been deleted"."""
    make_app()
    owner = QObject()
    runner = TaskRunner(owner)
    delivered: list[object] = []
    runner.run(lambda: "late", delivered.append)
    assert runner.wait(5_000)  # the result is now queued, not yet delivered
    shiboken6.delete(owner)  # the window goes, taking its runner with it
    assert not shiboken6.isValid(runner)
    qtbot.wait(50)  # the queued result arrives: no exception, no callback
    assert delivered == []
