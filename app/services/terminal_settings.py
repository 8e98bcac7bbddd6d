"""The terminal's own settings a person may change: devices, printing, language.

One table of specifications (key, type, default, allowed values, a check) serves the
settings dialogs and ``python main.py settings``, so a value typed on the command line
is held to the same rules as one picked in a window. Every change is written with an
audit entry in the same transaction: which setting, old and new value, who.

Besides the fixed keys, a few settings are one per staff member, keyed by the staff
number (``PER_STAFF``): the cashier's INN ``fiscal.inn.<staff number>``.

Branch identity, S10 blocks and the central connection are not here: they have their
own commands (``terminal init``, ``sync configure``) because they are set once, by
someone who knows the branch, and carry more than one value.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.exceptions import ValidationError as StdnumInvalid
from stdnum.ru import inn as ru_inn

from app.devices.scale import registry
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.store.database import Database
from app.store.models import Staff
from app.store.outbox import audit
from app.store.settings import get_setting, set_setting

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
ZPL_DPMM = (6, 8, 12, 24)  # 152, 203, 300 and 600 dpi print heads
LANGUAGES = ("", "en", "ru", "hi")  # "" is the system's language
CTX = "Settings"  # translation context of the checks' reasons shown in dialogs


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
    return QT_TRANSLATE_NOOP(
        CTX,
        "give the ATOL Driver web server's address, e.g. http://127.0.0.1:16732; empty: none",
    )


def _series(value: str) -> str | None:
    if re.fullmatch(r"[A-Z0-9]{0,3}", value):
        return None
    return "up to 3 capital letters or digits (the invoice numbers' series); empty: the terminal"


def personal_inn_problem(value: str) -> str | None:
    """What is wrong with ``value`` as a Russian individual's INN (12 digits, the last two
    check digits), untranslated (context ``Settings``); None when it is right or empty."""
    if not value:
        return None
    if not re.fullmatch(r"\d{12}", value):
        return QT_TRANSLATE_NOOP(
            CTX, "a person's INN has 12 digits (a 10-digit INN is a company's); empty: none"
        )
    try:
        ru_inn.validate(value)
    except StdnumInvalid:
        return QT_TRANSLATE_NOOP(
            CTX, "its check digits do not match: copy it again from the tax certificate"
        )
    return None


def driver_url_problem(value: str) -> str | None:
    """What is wrong with ``value`` as ATOL Driver's address (context ``Settings``)."""
    return _driver_url(value)


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
    personal: bool = False  # personal data: the audit says "set"/"cleared", not the value


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


# Settings one per staff member: the key is the prefix plus the staff number.
#
# The cashier's INN (FFD 1.2 tag 1203) belongs to the staff member by law, so it is keyed
# by staff number; it is kept here rather than on the ``staff`` row because neither the
# terminal's staff table nor central's staff directory has a column for it, staff rows are
# written by enrolment from central and by ``staff add``, and only a Russian counter with
# a register needs it: a per-staff setting goes through the same checked, audited path as
# every other setting with no schema change on either side. The price: it is set on each
# terminal the cashier works at (README, "Russian counters: the online cash register").
STAFF_NUMBER = re.compile(r"[A-Za-z0-9-]{1,20}")
PER_STAFF: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec(
            "fiscal.inn.",
            str,
            "",
            "Russia: the cashier's INN printed on the register's receipts (12 digits); "
            "one per staff number; empty: none",
            check=personal_inn_problem,
            personal=True,
        ),
    )
}


def spec(key: str) -> SettingSpec:
    """The specification of ``key``, or ``SettingError`` naming the known keys."""
    if key in SPECS:
        return SPECS[key]
    for prefix, s in PER_STAFF.items():
        if key.startswith(prefix) and STAFF_NUMBER.fullmatch(key[len(prefix) :]):
            return replace(s, key=key)
    per_staff = ", ".join(f"{p}<staff number>" for p in PER_STAFF)
    raise SettingError(
        f"there is no setting {key!r}; known settings: {', '.join(SPECS)}, {per_staff}"
    )


def staff_keys(session: Session) -> list[str]:
    """The per-staff keys of every staff member on this terminal, by staff number."""
    numbers = session.scalars(select(Staff.staff_number).order_by(Staff.staff_number)).all()
    return [f"{prefix}{n}" for prefix in PER_STAFF for n in numbers]


def _staff_problem(session: Session, key: str) -> str | None:
    for prefix in PER_STAFF:
        if key.startswith(prefix):
            number = key[len(prefix) :]
            if session.scalar(select(Staff.id).where(Staff.staff_number == number)) is None:
                return (
                    f"{key}: there is no staff member {number} on this terminal; add them "
                    "first (staff add) or check the number"
                )
    return None


def _audited(key: str, value: Any) -> Any:
    if spec(key).personal:
        return "set" if value else "cleared"
    return value


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
    """The current value of each key (default when never set), in ``SPECS`` order, then
    the per-staff settings of every staff member when no keys are asked for."""
    with db.read() as session:
        wanted = keys or [*SPECS, *staff_keys(session)]
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
        for key in checked:
            if (problem := _staff_problem(session, key)) is not None:
                raise SettingError(problem)  # before any write: the transaction is undone
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
                details={"old": _audited(key, old), "new": _audited(key, value)},
            )
            written[key] = value
    return written
