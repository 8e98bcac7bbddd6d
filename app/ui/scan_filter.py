"""Keyboard-wedge scans caught wherever the focus is, and serial scanners, as one signal.

``ScanFilter`` is an event filter installed on the ``QApplication``. Printable key
presses sent to the focused widget are held back for a few tens of milliseconds: if
they turn out to be a scanner's burst ending in Enter or Tab whose text is a barcode this
counter knows (``app.domain.scan.is_known_barcode``), they are swallowed and
``sig_scanned`` is emitted, so a barcode scanned while the cursor is in the sender's
name never lands in the name; if not, they are replayed to the widget they were meant
for, in order, and typing goes on as usual. The timing logic is the pure
``app.devices.scanner.wedge.WedgeDetector``, fed with each key event's own timestamp
(``QKeyEvent.timestamp()``, the time the key was pressed): a GUI thread that was busy for
a moment delivers typed keys in a clump, and their processing times would look like a
scanner's burst. Synthesised events without a timestamp (0) fall back to the clock.

``SerialScannerBridge`` wraps a serial scanner reader and emits the same kind of signal.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.devices.scale.base import LineSettings
from app.devices.scanner.serial_scanner import SerialScannerReader
from app.devices.scanner.wedge import BurstThresholds, WedgeDetector
from app.domain.scan import is_known_barcode
from app.ui.translate import tr_text

_TERMINATOR_KEYS = {
    Qt.Key.Key_Return: "\r",
    Qt.Key.Key_Enter: "\r",
    Qt.Key.Key_Tab: "\t",
}


class ScanFilter(QObject):
    """Application-wide wedge scanner detection.

    Signals:
        sig_scanned(str): the text of a scan (without its Enter/Tab).
    """

    sig_scanned = Signal(str)

    def __init__(
        self, parent: QObject | None = None, thresholds: BurstThresholds | None = None
    ) -> None:
        super().__init__(parent)
        self.detector = WedgeDetector(thresholds, is_known_barcode)
        # monotonic() minus the key clock at the last key: the timer's "now" in key time.
        self._clock_offset = 0.0
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._expire)
        self.enabled = True

    def install(self, app: QApplication | None = None) -> None:
        (app or QApplication.instance()).installEventFilter(self)  # type: ignore[union-attr]

    def uninstall(self, app: QApplication | None = None) -> None:
        self._release(len(self._held))
        (app or QApplication.instance()).removeEventFilter(self)  # type: ignore[union-attr]

    # -- filtering --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        # A key press travels window -> focus widget -> parents; judge it once, at the
        # focus widget.
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False
        # Only the counter window's keys: in a dialog (a supervisor scanning a badge into
        # its number field) the scan is that field's input and must reach it untouched.
        scope = self.parent()
        if isinstance(scope, QWidget) and watched.window() is not scope.window():
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        # Ctrl/Alt combinations are commands, never scanner output.
        text = "" if mods else _TERMINATOR_KEYS.get(Qt.Key(event.key()), event.text())
        verdict = self.detector.press(text, self._key_time(event))
        self._release(verdict.release)
        if verdict.scan is not None:
            self._held.clear()
            self._timer.stop()
            self.sig_scanned.emit(verdict.scan)
            return True
        if verdict.hold:
            self._held.append((watched, _copy(event)))
            self._arm()
            return True
        self._timer.stop()
        return False

    def _key_time(self, event: QKeyEvent) -> float:
        """When the key was pressed, in seconds of the key clock."""
        stamp = event.timestamp()
        now = time.monotonic()
        at = stamp / 1000.0 if stamp else now
        self._clock_offset = now - at
        return at

    def _now(self) -> float:
        return time.monotonic() - self._clock_offset

    def _arm(self) -> None:
        deadline = self.detector.deadline()
        if deadline is not None:
            self._timer.start(max(1, round((deadline - self._now()) * 1000) + 1))

    @Slot()
    def _expire(self) -> None:
        verdict = self.detector.expire(self._now())
        self._release(verdict.release)
        if self.detector.held:
            self._arm()

    def _release(self, count: int) -> None:
        """Deliver the ``count`` oldest held keys to the widgets they were meant for."""
        if count <= 0:
            return
        batch, self._held = self._held[:count], self._held[count:]
        self._replaying = True
        try:
            for widget, event in batch:
                if shiboken6.isValid(widget):
                    QApplication.sendEvent(widget, event)
        finally:
            self._replaying = False


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class SerialScannerBridge(QObject):
    """A serial barcode scanner as signals on the GUI thread.

    Signals:
        sig_scanned(str): one scan (a CR- or LF-terminated line).
        sig_state_changed(str, str): connected | disconnected | stopped, and a message in
            the window's language.
    """

    sig_scanned = Signal(str)
    sig_state_changed = Signal(str, str)
    _sig_scan_from_reader = Signal(str)
    _sig_state_from_reader = Signal(str, object)  # object: the Translatable must survive

    def __init__(
        self, port: str, parent: QObject | None = None, settings: LineSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.port = port
        self.baud = (settings or LineSettings()).baudrate
        self._reader = SerialScannerReader(
            port,
            on_scan=self._sig_scan_from_reader.emit,
            on_state=self._sig_state_from_reader.emit,
            settings=settings,
        )
        self._sig_scan_from_reader.connect(self.sig_scanned, Qt.ConnectionType.QueuedConnection)
        self._sig_state_from_reader.connect(self._on_state, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._reader.start()

    def stop(self) -> None:
        self._reader.stop()

    @Slot(str, object)
    def _on_state(self, state: str, english: str) -> None:
        self.sig_state_changed.emit(state, tr_text(english))
