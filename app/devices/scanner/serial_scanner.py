"""A barcode scanner on a serial port (RS-232 or USB CDC): one scan per CR or LF line.

Same shape as the scale reader: a plain thread, callbacks ``on_scan(text)`` and
``on_state(state, message)``, reconnecting by itself when the port comes back.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

import serial

from app.devices.scale.base import LineSettings
from app.devices.scale.transport import open_port
from app.domain.i18n import QT_TRANSLATE_NOOP, Translatable

log = logging.getLogger(__name__)
CTX = "Scanner"
MAX_LINE = 512

MESSAGES = {
    "connected": QT_TRANSLATE_NOOP(CTX, "Scanner on {port} ready."),
    "disconnected": QT_TRANSLATE_NOOP(
        CTX, "Scanner port {port} is not available ({error}): plug the scanner back in."
    ),
    "stopped": QT_TRANSLATE_NOOP(CTX, "Scanner stopped."),
}


class SerialScannerReader:
    """Reads scans from ``port`` until ``stop()``; callbacks run on the reader thread."""

    def __init__(
        self,
        port: str,
        *,
        on_scan: Callable[[str], None],
        on_state: Callable[[str, str], None] | None = None,
        settings: LineSettings | None = None,
        reopen_interval: float = 0.3,
    ) -> None:
        self.port = port
        self.settings = settings or LineSettings(9600, 8, "N", 1)
        self._on_scan = on_scan
        self._on_state = on_state
        self.reopen_interval = reopen_interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = "stopped"

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"scanner {self.port}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)
        self._thread = None

    def _state(self, state: str, error: str = "") -> None:
        if state == self.state and state != "disconnected":
            return
        self.state = state
        if self._on_state:
            try:
                self._on_state(
                    state, Translatable(CTX, MESSAGES[state], {"port": self.port, "error": error})
                )
            except Exception:
                log.exception("scanner on_state callback failed")

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                try:
                    ser = open_port(self.port, self.settings, timeout=0.1)
                except (serial.SerialException, OSError, ValueError) as exc:
                    self._state("disconnected", str(exc))
                    self._stop.wait(self.reopen_interval)
                    continue
                self._state("connected")
                try:
                    self._read(ser)
                except (serial.SerialException, OSError) as exc:
                    self._state("disconnected", str(exc))
                    self._stop.wait(self.reopen_interval)
                finally:
                    with contextlib.suppress(serial.SerialException, OSError):
                        ser.close()
        except Exception:
            log.exception("scanner reader crashed")
        finally:
            self._state("stopped")

    def _read(self, ser: serial.Serial) -> None:
        line = bytearray()
        while not self._stop.is_set():
            data = ser.read(ser.in_waiting or 1)
            for byte in data:
                if byte in (0x0D, 0x0A):
                    if line:
                        self._deliver(bytes(line))
                        line.clear()
                elif len(line) < MAX_LINE:
                    line.append(byte)

    def _deliver(self, raw: bytes) -> None:
        text = raw.decode("utf-8", "replace").strip()
        if not text:
            return
        try:
            self._on_scan(text)
        except Exception:
            log.exception("scanner on_scan callback failed")
