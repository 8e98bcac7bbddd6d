"""Opening a serial port with a protocol's line settings (pyserial)."""

from __future__ import annotations

import os
import stat
import termios

import serial

from app.devices.scale.base import LineSettings

_PARITY = {"N": serial.PARITY_NONE, "E": serial.PARITY_EVEN, "O": serial.PARITY_ODD}
_STOPBITS = {1: serial.STOPBITS_ONE, 1.5: serial.STOPBITS_ONE_POINT_FIVE, 2: serial.STOPBITS_TWO}


def open_port(port: str, settings: LineSettings, timeout: float = 0.05) -> serial.Serial:
    """Open ``port`` (a device path or a pyserial URL) raw, with ``settings``.

    The port is opened exclusively where the OS allows it, so a second program (or a
    second reader) cannot steal bytes from the scale. Bytes queued before opening are
    discarded: they were sent for nobody and their time is unknown.
    """
    ser = serial.serial_for_url(port, do_not_open=True)
    ser.baudrate = settings.baudrate
    ser.bytesize = settings.bytesize
    ser.parity = _PARITY[settings.parity]
    ser.stopbits = _STOPBITS[settings.stopbits]
    ser.timeout = timeout
    ser.write_timeout = 1.0
    ser.xonxoff = False
    ser.rtscts = False
    ser.dsrdtr = False
    if hasattr(ser, "exclusive"):
        ser.exclusive = True
    try:
        ser.open()
    except termios.error:
        if not (settings.bytesize != 8 or settings.parity != "N") or not is_pseudo_terminal(port):
            raise
        # A pseudo-terminal has no parity or character size (Linux forces CS8, some
        # kernels refuse the change outright). The simulator sends the 7-bit bytes a
        # 7E1 UART would deliver, so the data seen is the same.
        ser.bytesize = serial.EIGHTBITS
        ser.parity = serial.PARITY_NONE
        ser.open()
    ser.reset_input_buffer()
    return ser


def is_pseudo_terminal(port: str) -> bool:
    """True for a Unix98 pty slave (``/dev/pts/N``, or a link to one)."""
    try:
        st = os.stat(port)
    except OSError:
        return False
    # Linux: pty slaves have major numbers 136-143.
    return stat.S_ISCHR(st.st_mode) and 136 <= os.major(st.st_rdev) <= 143
