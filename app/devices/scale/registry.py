"""The scale protocols by their command-line / settings names.

PyInstaller cannot see modules loaded by name, so the registry imports each one
explicitly; adding a protocol means adding it here.
"""

from __future__ import annotations

from app.devices.scale.ascii_continuous import AsciiContinuous
from app.devices.scale.base import ScaleProtocol
from app.devices.scale.massa_k import MassaK
from app.devices.scale.mt_continuous import MtContinuous
from app.devices.scale.mt_sics import MtSics
from app.devices.scale.toledo_8217 import Toledo8217

PROTOCOLS: dict[str, ScaleProtocol] = {
    p.name: p for p in (MtSics(), MtContinuous(), AsciiContinuous(), MassaK(), Toledo8217())
}

# Detection order: listen-only protocols first (they send nothing that could upset a
# device), then request protocols whose requests are harmless to the others.
DETECT_ORDER: tuple[str, ...] = (
    "mt-continuous",
    "ascii-continuous",
    "mt-sics",
    "massa-k",
    "toledo-8217",
)


def names() -> list[str]:
    return list(PROTOCOLS)


def get(name: str) -> ScaleProtocol:
    """The protocol called ``name``; ``KeyError`` with the known names otherwise."""
    try:
        return PROTOCOLS[name]
    except KeyError:
        raise KeyError(f"unknown scale protocol {name!r}; known: {', '.join(PROTOCOLS)}") from None
