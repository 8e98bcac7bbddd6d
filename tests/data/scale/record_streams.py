"""Regenerate the recorded scale streams in this folder (run from the repo root).

Each ``<protocol>.hex`` file holds one chunk per line, as hex: for streaming protocols
the chunks are what the line carried, in order; for request protocols each chunk is
the scale's answer to one weigh request. The session goes: empty platform, a parcel
put on (motion), line noise and a cut-off frame, the stable weight, overload, under
zero, and the stable weight again. The last stable weight is in the header comment.

The bytes come from the protocol emulators, which are checked against the worked
examples of DESIGN.md 5.4 in the unit tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from app.devices.scale import registry
from app.devices.scale.base import SimState

HERE = Path(__file__).resolve().parent
NOISE = bytes.fromhex("00ff13e5") + b"#~"


def chunk(protocol: str, state: SimState) -> bytes:
    proto = registry.get(protocol)
    emu = proto.emulator(state)
    frame = emu.stream_frame()
    if frame is None:
        frame = emu.receive(proto.weigh_command() or b"")
    return frame


def session(protocol: str, final: int) -> list[bytes]:
    steps = [
        SimState(grams=0),
        SimState(grams=final - 4000, stable=False),
        SimState(grams=final + 1500, stable=False),
        SimState(grams=final - 300, stable=False),
    ]
    out = [chunk(protocol, s) for s in steps]
    partial = chunk(protocol, SimState(grams=final - 10000))
    out.append(NOISE + partial[: len(partial) // 2])
    out += [chunk(protocol, SimState(grams=final)) for _ in range(8)]
    out.append(chunk(protocol, SimState(grams=final, overload=True, stable=False)))
    out.append(chunk(protocol, SimState(grams=0, underload=True, stable=False)))
    out += [chunk(protocol, SimState(grams=final)) for _ in range(8)]
    return out


def main() -> None:
    for protocol in registry.names():
        final = 12350 if protocol == "toledo-8217" else 152350
        lines = [
            f"# {protocol} session; final stable weight {final} g",
            *(c.hex() for c in session(protocol, final)),
        ]
        (HERE / f"{protocol}.hex").write_text("\n".join(lines) + "\n", encoding="ascii")


if __name__ == "__main__":
    main()
