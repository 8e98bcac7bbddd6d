"""Qt bridge of a scale reader: its readings and connection state as GUI-thread signals.

The reader (``app.devices.scale.reader.ScaleReader``) is a plain thread. Its callbacks
emit private signals; Qt queues them to this object, which lives on the GUI thread,
and the public signals are emitted from there. Nothing here blocks the event loop:
``stop()`` only waits for the reader's short read timeout.

Start the bridge when the app starts, not when the acceptance screen opens: a weight
placed on the platform earlier is then already known (``last_reading()``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.devices.scale.base import LineSettings
from app.devices.scale.reader import ReaderState, ScaleReader
from app.devices.scale.reading import LIVE_SECONDS, Reading
from app.ui.translate import tr_text


class ScaleBridge(QObject):
    """Owns one ``ScaleReader`` for the GUI.

    Signals:
        sig_reading_changed(object): a new ``Reading`` (moving ones too), GUI thread.
        sig_state_changed(str, str): reader state (``ReaderState`` value) and a message
            saying what to do, in the window's language, GUI thread.
    """

    sig_reading_changed = Signal(object)
    sig_state_changed = Signal(str, str)

    _sig_reading_from_reader = Signal(object)
    _sig_state_from_reader = Signal(str, object)  # object: the Translatable must survive

    def __init__(
        self,
        port: str,
        protocol: str,
        parent: QObject | None = None,
        settings: LineSettings | None = None,
        *,
        gather: bool = True,
    ) -> None:
        super().__init__(parent)
        self._gather = gather  # see ScaleReader: off only to measure its effect
        self.port = port
        self.protocol = protocol
        self._settings = settings
        self._reader: ScaleReader | None = None
        self._last: Reading | None = None
        self.state = ReaderState.STOPPED.value
        self.message = ""
        # Queued: the reader thread only posts; the slots run on this object's thread.
        self._sig_reading_from_reader.connect(self._on_reading, Qt.ConnectionType.QueuedConnection)
        self._sig_state_from_reader.connect(self._on_state, Qt.ConnectionType.QueuedConnection)

    # -- control ----------------------------------------------------------------------

    def start(self) -> None:
        if self._reader is not None and self._reader.is_running():
            return
        self._reader = ScaleReader(
            self.port,
            self.protocol,
            on_reading=self._sig_reading_from_reader.emit,
            on_state=self._sig_state_from_reader.emit,
            settings=self._settings,
            gather=self._gather,
        )
        self._reader.start()

    def stop(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.stop()
        self._last = None

    def is_running(self) -> bool:
        return self._reader is not None and self._reader.is_running()

    def zero(self) -> None:
        if self._reader is not None:
            self._reader.zero()

    def tare(self) -> None:
        if self._reader is not None:
            self._reader.tare()

    @property
    def scale_serial(self) -> str:
        return self._reader.scale_serial if self._reader is not None else ""

    @property
    def reader_cpu_seconds(self) -> float:
        return self._reader.thread_cpu_seconds if self._reader is not None else 0.0

    @property
    def reader_wakeups(self) -> int:
        return self._reader.wakeups if self._reader is not None else 0

    def last_reading(self) -> Reading | None:
        """The latest reading if it is still live (under a second old), else None."""
        last = self._last
        if last is None or time.monotonic() - last.received_at.monotonic > LIVE_SECONDS:
            return None
        return last

    # -- from the reader thread, delivered on the GUI thread ----------------------------

    @Slot(object)
    def _on_reading(self, reading: Reading) -> None:
        if self._reader is None:
            return  # stopped meanwhile: a late reading must not resurrect the scale
        self._last = reading
        self.sig_reading_changed.emit(reading)

    @Slot(str, object)
    def _on_state(self, state: str, english: str) -> None:
        if self._reader is None and state != ReaderState.STOPPED:
            return
        if state != ReaderState.CONNECTED:
            self._last = None
        message = tr_text(english)
        self.state, self.message = state, message
        self.sig_state_changed.emit(state, message)
