"""What a scale parser produces: readings, replies to commands and parse errors.

Everything here is plain data. A parser never raises on bad bytes: it returns a
``ParseError`` that says what was wrong and resynchronises on the next frame.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.domain.i18n import QT_TRANSLATE_NOOP

CTX = "Scale"
LIVE_SECONDS = 1.0  # a reading older than this is never shown or captured as live


@dataclass(frozen=True, slots=True)
class Stamp:
    """When bytes arrived: monotonic seconds (for ages) and wall-clock UTC (for records)."""

    monotonic: float
    utc: datetime

    @classmethod
    def now(cls) -> Stamp:
        return cls(time.monotonic(), datetime.now(UTC))


class WeightState(StrEnum):
    """How a reading should be shown; each state has its own text and symbol in the UI."""

    STABLE = "stable"
    MOTION = "motion"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"


@dataclass(frozen=True, slots=True)
class Reading:
    """One weight report of a scale.

    ``grams`` is meaningful only when ``has_weight`` is true: some protocols report
    motion or overload as a bare status with no value (toledo-8217, Massa-K errors),
    and then nothing may be shown as the weight.
    """

    grams: int
    stable: bool
    net: bool
    overload: bool
    underload: bool
    protocol: str
    raw: bytes
    received_at: Stamp
    port: str = ""
    has_weight: bool = True
    scale_serial: str = ""
    tare_grams: int | None = None

    @property
    def state(self) -> WeightState:
        if self.overload:
            return WeightState.OVERLOAD
        if self.underload:
            return WeightState.UNDERLOAD
        return WeightState.STABLE if self.stable else WeightState.MOTION

    def age(self, now_monotonic: float | None = None) -> float:
        now = time.monotonic() if now_monotonic is None else now_monotonic
        return now - self.received_at.monotonic

    def is_live(self, now_monotonic: float | None = None, max_age: float = LIVE_SECONDS) -> bool:
        """True when the reading is recent enough to be shown as the current weight."""
        return self.age(now_monotonic) <= max_age

    def to_json(self) -> dict[str, Any]:
        """The fields ``scale read`` prints (raw frame as hex)."""
        return {
            "grams": self.grams if self.has_weight else None,
            "stable": self.stable,
            "net": self.net,
            "overload": self.overload,
            "underload": self.underload,
            "state": self.state.value,
            "protocol": self.protocol,
            "port": self.port,
            "scale_serial": self.scale_serial,
            "raw": self.raw.hex(),
            "received_at": self.received_at.utc.isoformat(),
        }


class ReplyKind(StrEnum):
    """Answers to commands that carry no weight."""

    SERIAL = "serial"  # identity, value = serial number
    ZEROED = "zeroed"
    TARED = "tared"  # value = tare in grams, when the protocol gives it
    TARE_VALUE = "tare-value"
    BUSY = "busy"  # command understood but not executable now (moving load)
    REFUSED = "refused"  # not allowed (legal-for-trade lock, not supported)
    ERROR = "error"  # the scale rejected the command (syntax, transmission, logic)
    ECHO = "echo"


@dataclass(frozen=True, slots=True)
class Reply:
    """A scale's answer to a command that is not a weight (zero done, serial number ...)."""

    protocol: str
    kind: ReplyKind
    raw: bytes
    value: str = ""
    command: str = ""


@dataclass(frozen=True, slots=True)
class ParseError:
    """Bytes a parser skipped, and why (English template, context ``Scale``)."""

    protocol: str
    raw: bytes
    template: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


Event = Reading | Reply | ParseError

GARBAGE = QT_TRANSLATE_NOOP(CTX, "Skipped {count} bytes that are not a {protocol} frame.")
BAD_CHECK = QT_TRANSLATE_NOOP(
    CTX, "A {protocol} frame failed its check ({check}): line noise or wrong line settings."
)
BAD_FIELD = QT_TRANSLATE_NOOP(CTX, "A {protocol} frame has an unreadable {what}: {value}.")
WRONG_UNIT = QT_TRANSLATE_NOOP(
    CTX,
    "The scale reports in {unit}; set it to kilograms (legal-for-trade weighing here is in kg).",
)


def garbage(protocol: str, raw: bytes | bytearray) -> ParseError:
    return ParseError(protocol, bytes(raw), GARBAGE, {"count": str(len(raw)), "protocol": protocol})


def bad_check(protocol: str, raw: bytes | bytearray, check: str) -> ParseError:
    return ParseError(protocol, bytes(raw), BAD_CHECK, {"protocol": protocol, "check": check})


def bad_field(protocol: str, raw: bytes | bytearray, what: str, value: str) -> ParseError:
    return ParseError(
        protocol, bytes(raw), BAD_FIELD, {"protocol": protocol, "what": what, "value": value}
    )


def wrong_unit(protocol: str, raw: bytes | bytearray, unit: str) -> ParseError:
    return ParseError(protocol, bytes(raw), WRONG_UNIT, {"unit": unit})


def decimal_to_grams(text: str, unit: str) -> int:
    """``"152.35"``, ``"kg"`` -> 152350. Raises ``ValueError`` on anything else.

    Integer arithmetic only: a float would turn 150.05 kg into 150049 g.
    """
    t = text.strip().replace(" ", "")
    sign = -1 if t.startswith("-") else 1
    t = t.lstrip("+-")
    if not t or t.count(".") > 1 or not t.replace(".", "").isdigit():
        raise ValueError(text)
    whole, _, frac = t.partition(".")
    scale = {"kg": 1000, "g": 1, "t": 1_000_000}.get(unit.lower())
    if scale is None:
        raise ValueError(unit)
    digits = len(frac)
    value = int(whole or "0") * 10**digits + int(frac or "0")
    numerator = value * scale
    if numerator % 10**digits:
        # A resolution finer than a gram (e.g. 12.3456 kg): round half away from zero.
        return sign * ((numerator + 10**digits // 2) // 10**digits)
    return sign * (numerator // 10**digits)
