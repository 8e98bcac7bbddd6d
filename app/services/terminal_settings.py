"""The terminal's own settings a person may change: devices, printing, language.

One table of specifications (key, type, default, allowed values, a check) serves the
settings dialogs and ``python main.py settings``, so a value typed on the command line
is held to the same rules as one picked in a window. Every change is written with an
audit entry in the same transaction: which setting, old and new value, who.

Branch identity, S10 blocks and the central connection are not here: they have their
own commands (``terminal init``, ``sync configure``) because they are set once, by
someone who knows the branch, and carry more than one value.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.devices.scale import registry
from app.store.database import Database
from app.store.outbox import audit
from app.store.settings import get_setting, set_setting

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
ZPL_DPMM = (6, 8, 12, 24)  # 152, 203, 300 and 600 dpi print heads
LANGUAGES = ("", "en", "ru", "hi")  # "" is the system's language


class SettingError(ValueError):
    """A setting's name or value is not acceptable; the message says what to do."""


def _zpl_target(value: str) -> str | None:
    if not value or value.startswith("/") or re.fullmatch(r"[A-Za-z]:\\.*|COM\d+", value):
        return None
    if re.fullmatch(r"tcp://[A-Za-z0-9.\-]+(:\d{1,5})?", value):
        return None
    return "give tcp://HOST:PORT (port 9100 if left out) or a device path such as /dev/usb/lp0"


def _receipt_target(value: str) -> str | None:
    if not value or value.startswith("/") or re.fullmatch(r"[A-Za-z]:\\.*|COM\d+", value):
        return None
    if re.fullmatch(r"tcp://[A-Za-z0-9.\-]+(:\d{1,5})?", value):
        return None
    if re.fullmatch(r"usb:[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}", value):
        return None
    if re.fullmatch(r"serial:[^:]+(:\d{3,6})?", value):
        return None
    return (
        "give tcp://HOST:PORT (port 9100 if left out), usb:VENDOR:PRODUCT (hex, as lsusb "
        "shows), serial:/dev/ttyUSB0[:BAUD] or a device path such as /dev/usb/lp1"
    )


def _url(value: str) -> str | None:
    if not value or value.startswith(("https://", "http://")):
        return None
    return "give an http(s) address; {s10} in it is replaced by the item's number"


def _driver_url(value: str) -> str | None:
    if not value or re.fullmatch(r"https?://[A-Za-z0-9.\-]+(:\d{1,5})?/?", value):
        return None
    return "give the ATOL Driver web server's address, e.g. http://127.0.0.1:16732; empty: none"


def _series(value: str) -> str | None:
    if re.fullmatch(r"[A-Z0-9]{0,3}", value):
        return None
    return "up to 3 capital letters or digits (the invoice numbers' series); empty: the terminal"


def _folder(value: str) -> str | None:
    if not value or os.path.isabs(value):
        return None
    return "give a whole folder path, e.g. /media/usb/backups or \\\\server\\share\\branch"


def _between(low: int, high: int, off: bool = False) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if (off and value == 0) or low <= value <= high:
            return None
        return f"give {'0 (off) or ' if off else ''}a number from {low} to {high}"

    return check


# Not a wire protocol: "none" is a counter without a scale (weights by approval only),
# "simulator" the in-process training scale. Empty: the simulator in demo mode, else none.
SCALE_MODES = ("none", "simulator")
SCALE_INTERVALS = (1, 2, 5, 10, 20, 50, 100, 200, 500)  # e (d) of legal-for-trade scales, g


def _protocol(value: str) -> str | None:
    if not value or value in registry.PROTOCOLS or value in SCALE_MODES:
        return None
    return "one of " + ", ".join((*registry.PROTOCOLS, *SCALE_MODES))


def _zero_band(value: int) -> str | None:
    return None if 0 <= value <= 100_000 else "give 0 (the product's default) to 100000 g"


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One changeable setting: its key, type, default, allowed values and meaning."""

    key: str
    kind: type
    default: Any
    help: str
    choices: tuple[Any, ...] = ()
    check: Callable[[Any], str | None] | None = None


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("scale.port", str, "", "serial port of the platform scale; empty: none"),
        SettingSpec(
            "scale.protocol",
            str,
            "",
            "protocol of the scale; none: no scale; simulator: the training scale",
            check=_protocol,
        ),
        SettingSpec(
            "scale.interval_grams",
            int,
            50,
            "the scale's interval e (d) in g: a capture is dropped when the load moves more",
            SCALE_INTERVALS,
        ),
        SettingSpec(
            "scale.zero_band_grams",
            int,
            0,
            "the scale's zero band in g (0: just below the product's minimum piece weight)",
            check=_zero_band,
        ),
        SettingSpec(
            "scanner.port", str, "", "serial port of a serial barcode scanner; empty: none"
        ),
        SettingSpec("scanner.baud", int, 9600, "speed of the serial scanner", BAUD_RATES),
        SettingSpec("printing.on_accept", bool, True, "print label, CN 23 and receipt on accept"),
        SettingSpec(
            "printing.document_printer",
            str,
            "",
            "installed printer for A4 documents; empty: ask with a preview",
        ),
        SettingSpec(
            "printing.label_printer", str, "", "installed printer for labels; empty: preview"
        ),
        SettingSpec(
            "printing.label_format",
            str,
            "pdf",
            "labels as PDF through the label printer, or ZPL straight to a thermal printer",
            ("pdf", "zpl"),
        ),
        SettingSpec(
            "printing.zpl_target",
            str,
            "",
            "where ZPL goes: tcp://HOST:PORT or a device path",
            check=_zpl_target,
        ),
        SettingSpec("printing.zpl_dpmm", int, 8, "print head dots per mm (8 = 203 dpi)", ZPL_DPMM),
        SettingSpec(
            "printing.zpl_font",
            str,
            "0",
            "ZPL font: 0 (built in, Latin only) or a Unicode font file on the printer for "
            "Cyrillic, e.g. E:TT0003M_.TTF",
        ),
        SettingSpec(
            "printing.receipt_target",
            str,
            "",
            "80 mm receipt printer (ESC/POS): tcp://HOST:PORT, usb:VID:PID, "
            "serial:/dev/ttyUSB0[:BAUD] or a device path; empty: the A4 receipt",
            check=_receipt_target,
        ),
        SettingSpec(
            "printing.preview",
            str,
            "auto",
            "print preview after an accept: auto (only while no printer is set up), "
            "always, or never (Ctrl+P previews any time)",
            ("auto", "always", "never"),
        ),
        SettingSpec(
            "documents.tracking_url",
            str,
            "",
            "tracking address printed on receipts, with {s10}",
            check=_url,
        ),
        SettingSpec("ui.language", str, "", "window language; empty: the system's", LANGUAGES),
        SettingSpec(
            "backup.folder",
            str,
            "",
            "second location for backups (USB stick, network share); empty: no backups",
            check=_folder,
        ),
        SettingSpec(
            "backup.interval_minutes",
            int,
            60,
            "minutes between scheduled backups (0: only at day close and by hand)",
            check=_between(5, 1440, off=True),
        ),
        SettingSpec(
            "backup.keep",
            int,
            30,
            "how many backups to keep in the folder",
            check=_between(1, 1000),
        ),
        SettingSpec(
            "retention.days",
            int,
            90,
            "days after which names, addresses and phones of acceptances central holds are purged",
            check=_between(1, 3650),
        ),
        SettingSpec(
            "ui.money_display",
            str,
            "symbol",
            "money on the screen with the currency's symbol (₽ 16 100,00) or code (16 100,00 RUB)",
            ("symbol", "code"),
        ),
        SettingSpec(
            "fiscal.atol_url",
            str,
            "",
            "Russia: ATOL Driver v10 web server of the online cash register, e.g. "
            "http://127.0.0.1:16732; empty: no register (a demo counter uses a fake one)",
            check=_driver_url,
        ),
        SettingSpec(
            "fiscal.taxation",
            str,
            "osn",
            "Russia: the taxation system registered in the cash register",
            ("osn", "usnIncome", "usnIncomeOutcome", "esn", "patent"),
        ),
        SettingSpec(
            "gst.taxable.heavy-parcel",
            bool,
            True,
            "India: GST on heavy-parcel postage (yes: 18 %; no: exempt, bill of supply); "
            "set it from the postal circle's ruling",
        ),
        SettingSpec("gst.series", str, "", "India: invoice number series", check=_series),
        SettingSpec(
            "reference.max_refresh_age_hours",
            int,
            48,
            "warn the clerk when central's rates and rules are older than this (hours)",
            check=lambda v: None if 1 <= v <= 24 * 365 else "1 to 8760 hours",
        ),
    )
}


def spec(key: str) -> SettingSpec:
    """The specification of ``key``, or ``SettingError`` naming the known keys."""
    try:
        return SPECS[key]
    except KeyError:
        raise SettingError(
            f"there is no setting {key!r}; known settings: {', '.join(SPECS)}"
        ) from None


def coerce(key: str, value: Any) -> Any:
    """``value`` (a Python value or the text typed on a command line) as the setting's type,
    checked; raises ``SettingError`` with what is wrong and what would do."""
    s = spec(key)
    if s.kind is bool:
        if isinstance(value, bool):
            out: Any = value
        elif str(value).strip().lower() in ("1", "true", "yes", "on"):
            out = True
        elif str(value).strip().lower() in ("0", "false", "no", "off"):
            out = False
        else:
            raise SettingError(f"{key} is on or off: give yes or no, not {value!r}")
    elif s.kind is int:
        try:
            out = int(str(value).strip())
        except ValueError:
            raise SettingError(f"{key} is a whole number, not {value!r}") from None
    else:
        out = str(value).strip()
    if s.choices and out not in s.choices:
        allowed = ", ".join(repr(c) if c == "" else str(c) for c in s.choices)
        raise SettingError(f"{key} cannot be {out!r}: choose one of {allowed}")
    if s.check is not None and (problem := s.check(out)) is not None:
        raise SettingError(f"{key} cannot be {out!r}: {problem}")
    return out


def read_settings(db: Database, keys: list[str] | None = None) -> dict[str, Any]:
    """The current value of each key (default when never set), in ``SPECS`` order."""
    wanted = keys or list(SPECS)
    with db.read() as session:
        return {k: get_setting(session, k, spec(k).default) for k in wanted}


def write_settings(
    db: Database,
    changes: Mapping[str, Any],
    *,
    staff_id: int | None,
    terminal_id: str = "",
) -> dict[str, Any]:
    """Check every value first, then store the changed ones with one audit entry each,
    all in one transaction; returns the stored values. Nothing is written when any value
    is refused."""
    checked = {key: coerce(key, value) for key, value in changes.items()}
    written: dict[str, Any] = {}
    with db.write() as session:
        terminal = terminal_id or str(get_setting(session, "terminal.id", "") or "")
        for key, value in checked.items():
            old = get_setting(session, key, spec(key).default)
            if old == value:
                continue
            set_setting(session, key, value)
            audit(
                session,
                staff_id=staff_id,
                terminal_id=terminal,
                action="setting.changed",
                entity="setting",
                entity_id=key,
                details={"old": old, "new": value},
            )
            written[key] = value
    return written
