"""Serial ports offered by the scale and scanner settings, under names that survive replugging.

The kernel names a USB-serial adapter ``/dev/ttyUSB0`` or ``/dev/ttyUSB1`` in the order the
adapters appear, so after a replug or a reboot the scale may sit on the scanner's port.
udev also makes ``/dev/serial/by-id/usb-<maker>_<model>_<serial>-if00-port0``, a link that
follows the adapter itself: that is the name the settings store when it exists.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from serial.tools import list_ports

BY_ID = Path("/dev/serial/by-id")


@dataclass(frozen=True, slots=True)
class SerialPort:
    """One port: ``path`` is the name to store (the by-id link when there is one)."""

    path: str
    device: str  # the kernel's name now, e.g. /dev/ttyUSB0
    description: str = ""

    @property
    def stable(self) -> bool:
        return self.path != self.device


def by_id_links(directory: Path | None = None) -> dict[str, str]:
    """Kernel device -> its by-id link, for the links whose device exists now."""
    directory = directory or BY_ID
    links: dict[str, str] = {}
    try:
        entries = sorted(directory.iterdir())
    except OSError:  # no USB-serial adapter plugged in: udev made no folder
        return links
    for link in entries:
        try:
            target = os.path.realpath(link, strict=True)
        except OSError:  # dangling: the adapter was just unplugged
            continue
        links.setdefault(target, str(link))
    return links


def stable_name(port: str, directory: Path | None = None) -> str:
    """``port``'s by-id name when udev made one, else ``port`` as given."""
    directory = directory or BY_ID
    if not port or Path(port).parent == directory:
        return port
    try:
        device = os.path.realpath(port, strict=True)
    except OSError:
        return port  # not plugged in now: keep the name the clerk gave
    return by_id_links(directory).get(device, port)


def serial_ports(directory: Path | None = None) -> list[SerialPort]:
    """The ports the OS reports, each under its by-id name when it has one.

    A by-id link whose device the OS listing lacks (some CDC-ACM scanners) is offered too,
    since udev makes those links only for real serial devices.
    """
    links = by_id_links(directory)
    ports: list[SerialPort] = []
    seen: set[str] = set()
    for info in sorted(list_ports.comports(), key=lambda p: p.device):
        device = os.path.realpath(info.device)
        description = "" if info.description in ("", "n/a") else info.description
        ports.append(SerialPort(links.get(device, info.device), info.device, description))
        seen.add(device)
    for device, link in sorted(links.items(), key=lambda item: item[1]):
        if device not in seen:
            ports.append(SerialPort(link, device))
    return ports
