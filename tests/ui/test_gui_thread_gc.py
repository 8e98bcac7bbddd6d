"""Reference cycles holding widgets are freed on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.application import make_app
from app.ui.gui_thread_gc import GuiThreadCollector
from app.ui.tasks import TaskRunner


class _Window(QWidget):
    """A closed window caught in a cycle (a callback of its own kept on itself)."""

    def __init__(self, freed_on: list[str]) -> None:
        super().__init__()
        self.freed_on = freed_on
        self.button = QPushButton("OK", self)
        self.on_done = lambda: self.close()  # the cycle: self -> lambda -> self

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_a_cycle_with_a_window_is_freed_on_the_gui_thread_while_a_worker_allocates(
    qtbot: QtBot,
) -> None:
    """The payment-flow tests' teardown segfault: a worker rendering a receipt crossed the collector's
    threshold and freed a closed window on its own thread (gdb: gc_collect_main ->
    ~QWidget -> clearFocus -> focusChanged posted with the deleted widget)."""
    app = make_app()
    collector = app.findChild(GuiThreadCollector)
    assert collector is not None and not gc.isenabled()
    freed_on: list[str] = []
    window = _Window(freed_on)
    window.show()
    window.button.setFocus()
    window.close()
    del window  # unreachable now, but in a cycle: only the collector frees it
    runner = TaskRunner()
    finished: list[bool] = []

    # Far past the generation-0 threshold, on the worker thread.
    def allocate() -> int:
        kept = [[] for _ in range(200_000)]  # alive until the end: the counts stay high
        return len(kept)

    runner.run(allocate, lambda _n: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert freed_on == []  # the worker's allocations collected nothing
    gc.collect()  # what the GUI thread's timer does when the counts are due
    assert freed_on == [threading.main_thread().name]
    assert QApplication.instance() is app


def test_the_timer_collects_cycles_when_the_counts_are_due(qtbot: QtBot) -> None:
    app = make_app()
    collector = app.findChild(GuiThreadCollector)
    assert collector is not None
    gc.collect()
    assert collector.collect_when_due() == 0  # nothing due right after a full collection
    freed_on: list[str] = []
    window = _Window(freed_on)
    del window
    garbage = []
    for _ in range(2 * collector.thresholds[0]):  # cycles past generation 0's threshold
        cell: list[object] = []
        cell.append(cell)
        garbage.append(cell)
    del garbage, cell
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread().name]
