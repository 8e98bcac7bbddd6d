"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs on whichever thread allocates when a threshold is
crossed: a receipt rendering on a worker thread could free a closed window caught in a
reference cycle, and Qt widgets destroyed off the GUI thread post signals carrying their
dangling addresses (a segfault the UI tests met at teardown). The same remedy as Anki's and
calibre's desktop apps: turn automatic collection off and collect from a GUI-thread timer
with the interpreter's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects reference cycles on the GUI thread, generation by generation, when due."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_when_due)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

    def collect_when_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        return collect_when_due(self.thresholds)


def collect_when_due(thresholds: tuple[int, int, int] | None = None) -> int:
    """What the interpreter's automatic collection would do now, on the calling thread."""
    limits = thresholds or gc.get_threshold()
    counts = gc.get_count()
    freed = 0
    for generation in range(3):
        if counts[generation] <= limits[generation]:
            break
        freed = gc.collect(generation)
    return freed


def install(app: QObject) -> GuiThreadCollector:
    """Collect cycles on ``app``'s thread from now on (once per application)."""
    existing = app.findChild(GuiThreadCollector)
    if existing is not None:
        existing.start()  # automatic collection stays off (someone may have turned it on)
        return existing
    collector = GuiThreadCollector(app)
    collector.start()
    return collector
