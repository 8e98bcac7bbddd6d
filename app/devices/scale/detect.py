"""Finding which port has which scale: probe each port with each protocol's handshake.

A protocol is proposed for a port only when the answer parses and checks (CRC,
checksum, a well-formed serial number); a device that merely sends bytes is never
claimed as a scale. Listen-only protocols go first so nothing is sent to a device
that talks by itself. The clerk confirms the proposal in the settings screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import serial
from serial.tools import list_ports

from app.devices.scale.base import ProbeResult, ScaleProtocol
from app.devices.scale.reading import Event
from app.devices.scale.registry import DETECT_ORDER, PROTOCOLS
from app.devices.scale.transport import open_port


@dataclass(slots=True)
class PortReport:
    """What one port answered as (``found`` is the first accepted probe)."""

    port: str
    description: str = ""
    found: ProbeResult | None = None
    tried: list[ProbeResult] = field(default_factory=list)
    error: str = ""


def candidate_ports(extra: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Ports the OS reports (device, description), plus ``extra`` (e.g. ``--port``)."""
    ports = [(p.device, p.description or "") for p in list_ports.comports()]
    known = {d for d, _ in ports}
    return [(e, "given") for e in extra if e not in known] + ports


def probe(port: str, protocol: ScaleProtocol) -> list[ProbeResult]:
    """Try ``protocol`` at each of its usual line settings; stop at the first accepted."""
    results: list[ProbeResult] = []
    for settings in protocol.settings_to_probe():
        try:
            ser = open_port(port, settings, timeout=0.02)
        except (serial.SerialException, OSError, ValueError) as exc:
            results.append(ProbeResult(protocol.name, settings, False, f"cannot open: {exc}"))
            return results
        try:
            parser = protocol.parser(port)
            events: list[Event] = []
            request = protocol.probe_request()
            deadline = time.monotonic() + protocol.probe_window
            if request:
                ser.write(request)
            while time.monotonic() < deadline:
                data = ser.read(ser.in_waiting or 1)
                if data:
                    events.extend(parser.feed(data))
                    verdict = protocol.probe_verdict(settings, events)
                    if verdict.accepted:
                        break
            verdict = protocol.probe_verdict(settings, events)
        except (serial.SerialException, OSError) as exc:
            verdict = ProbeResult(protocol.name, settings, False, f"port failed: {exc}")
        finally:
            ser.close()
        results.append(verdict)
        if verdict.accepted:
            break
    return results


def detect(
    ports: Iterable[str] | None = None,
    *,
    protocols: Iterable[str] = DETECT_ORDER,
    progress: Callable[[str, str], None] | None = None,
) -> list[PortReport]:
    """Probe ``ports`` (default: every port the OS reports) with ``protocols``.

    Slow by nature (about half a second per protocol and line setting per port): run
    it off the GUI thread.
    """
    pairs = candidate_ports() if ports is None else [(p, "") for p in ports]
    if not pairs:
        return []
    # Ports are independent: probe them side by side (one thread per port).
    with ThreadPoolExecutor(max_workers=min(8, len(pairs))) as pool:
        return list(
            pool.map(lambda pair: _detect_port(pair[0], pair[1], tuple(protocols), progress), pairs)
        )


def _detect_port(
    device: str,
    description: str,
    protocols: tuple[str, ...],
    progress: Callable[[str, str], None] | None,
) -> PortReport:
    report = PortReport(device, description)
    for name in protocols:
        if progress:
            progress(device, name)
        results = probe(device, PROTOCOLS[name])
        report.tried.extend(results)
        if results and results[-1].accepted:
            report.found = results[-1]
            break
        if results and results[-1].detail.startswith("cannot open"):
            report.error = results[-1].detail
            break
    return report
