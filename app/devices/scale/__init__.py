"""Serial scales: one module per wire protocol, a registry, the reader thread, detection
and a simulator. Parsers are pure (bytes in, events out); nothing here imports Qt.
"""

from app.devices.scale.base import LineSettings, ProbeResult, ScaleProtocol, SimState
from app.devices.scale.reading import (
    LIVE_SECONDS,
    Event,
    ParseError,
    Reading,
    Reply,
    ReplyKind,
    Stamp,
    WeightState,
)
from app.devices.scale.registry import PROTOCOLS, get, names

__all__ = [
    "LIVE_SECONDS",
    "PROTOCOLS",
    "Event",
    "LineSettings",
    "ParseError",
    "ProbeResult",
    "Reading",
    "Reply",
    "ReplyKind",
    "ScaleProtocol",
    "SimState",
    "Stamp",
    "WeightState",
    "get",
    "names",
]
