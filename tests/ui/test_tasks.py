"""The task runner: results come back on the GUI thread, and never into a closed window."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget
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


class _Probe(QWidget):
    """A widget that says on which thread its Python side was let go."""

    def __init__(self, freed_on: list[str]) -> None:
        super().__init__()
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_a_widget_held_only_by_a_task_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    """The teardown segfault of the payment-flow tests: a window closed while its receipt still rendered
    was held only by the task's closure, so it was deleted on the worker thread; Qt then
    posted focusChanged(deleted widget) to the GUI thread, which dereferenced it."""
    make_app()
    runner = TaskRunner()
    freed_on: list[str] = []
    widget = _Probe(freed_on)
    release = threading.Event()
    done: list[bool] = []

    def work(w: QWidget = widget) -> None:
        assert release.wait(5)

    runner.run(work, lambda _r: done.append(True))
    del work, widget  # the task's closure holds the only reference now
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert runner.wait(5_000)
    gc.collect()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread().name]


def test_a_failed_task_keeps_no_frames_alive(qtbot: QtBot) -> None:
    """A failure's traceback would keep the task's frames (and the widgets they name) in a
    reference cycle that the collector may free on any thread; only its text is kept."""
    make_app()
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad")

    runner.run(boom, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors[0].__traceback__ is None
    assert "ValueError: bad" in errors[0].__traceback_text__  # type: ignore[attr-defined]


class _Dialog(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.shown: list[str] = []

    def show_result(self, text: str) -> None:
        self.label.setText(text)  # raised "already deleted" when the dialog was gone
        self.shown.append(text)


def test_a_result_for_a_dialog_closed_meanwhile_is_dropped(qtbot: QtBot) -> None:
    """A print preview closed (Esc) before its pages were drawn: the window's runner lives
    on, the dialog does not, and its callback must not run."""
    make_app()
    window = QObject()
    runner = TaskRunner(window)
    dialog = _Dialog()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    release = threading.Event()
    runner.run(lambda: release.wait(5) and "pages", dialog.show_result)
    dialog.show()
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)  # delivered, dropped, no error
