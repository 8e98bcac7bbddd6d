"""What a scanned text is: an S10 item id, a Russian domestic tracker, an EAN-13, a
staff badge, a day manifest's number, a marketplace list's number (issue 17), or unknown; each named with a sentence the clerk
understands. ``is_known_barcode`` says whether a fast key burst is one of these (only
then is it taken for a scanner's output, see ``app.ui.scan_filter``).

A scan that is not an S10 is said to be what it is (a shop barcode, a domestic
tracking number) rather than a bare "invalid".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.s10 import S10, SERVICE_FAMILIES, normalise
from app.domain.s10 import check as check_s10

CTX = "Scan"
DEFAULT_BADGE_PREFIX = "STAFF:"
_BADGE_NUMBER = re.compile(r"^\d{1,12}$")
# Day manifests are numbered BRANCH-YYYYMMDD-N (app.services.day_close.manifest_number).
_MANIFEST = re.compile(
    r"^[A-Z0-9][A-Z0-9-]{0,30}-(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-\d{1,4}$"
)

# A marketplace list's number as printed on its barcode (IN-MP-2026-000123, RU-103-77):
# letters, then two to five groups after hyphens. A number of a list this terminal holds
# is recognised whatever its shape (``classify(..., lists=...)``).
_LIST_NUMBER = re.compile(r"^[A-Z]{2,6}(?:-[A-Z0-9]{1,12}){2,5}$")


class ScanKind(StrEnum):
    S10 = "s10"
    S10_INVALID = "s10-invalid"
    RU_TRACKER = "ru-tracker"
    EAN13 = "ean13"
    BADGE = "badge"
    MANIFEST = "manifest"
    BATCH_LIST = "batch-list"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ScanResult:
    """A classified scan: ``kind``, the cleaned ``value`` and a message template."""

    text: str
    kind: ScanKind
    value: str
    template: str
    params: dict[str, str] = field(default_factory=dict)
    s10: S10 | None = None
    check_ok: bool = True

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


TEMPLATES = {
    "s10": QT_TRANSLATE_NOOP(CTX, "Item {value} ({service})."),
    "ru_tracker": QT_TRANSLATE_NOOP(
        CTX,
        "{value} is a Russia Post domestic tracking number (14 digits), not an international "
        "S10 number: this corridor needs the S10 label (2 letters, 9 digits, 2 letters).",
    ),
    "ru_tracker_bad": QT_TRANSLATE_NOOP(
        CTX,
        "{value} looks like a Russia Post domestic tracking number but its check digit is wrong: "
        "scan it again.",
    ),
    "ean13": QT_TRANSLATE_NOOP(
        CTX,
        "{value} is a product barcode (EAN-13), not a tracking number: scan the postal label "
        "instead.",
    ),
    "ean13_bad": QT_TRANSLATE_NOOP(
        CTX, "{value} has 13 digits but is not a valid EAN-13 or tracking number: scan it again."
    ),
    "badge": QT_TRANSLATE_NOOP(CTX, "Staff badge {value}."),
    "manifest": QT_TRANSLATE_NOOP(
        CTX,
        "{value} is a day manifest's number, not a parcel: open manifests from the Day menu.",
    ),
    "batch_list": QT_TRANSLATE_NOOP(CTX, "Marketplace list {value}."),
    "unknown": QT_TRANSLATE_NOOP(
        CTX,
        "{value} is not a tracking number, product barcode or staff badge: scan the parcel's "
        "postal label.",
    ),
}


def ean13_check_digit(first12: str) -> int:
    """EAN-13 check digit: weights 1, 3 alternating from the left."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def ru_tracker_check_digit(first13: str) -> int:
    """Russia Post 14-digit tracker (ШПИ): odd positions x3, even x1, to a multiple of 10."""
    odd = sum(int(d) for d in first13[0::2])
    even = sum(int(d) for d in first13[1::2])
    return (10 - (odd * 3 + even) % 10) % 10


def classify(
    text: str, badge_prefix: str = DEFAULT_BADGE_PREFIX, lists: frozenset[str] = frozenset()
) -> ScanResult:
    """Say what ``text`` is; never raises. ``lists``: numbers (upper-case) of the
    marketplace lists this terminal holds."""
    raw = text.strip()
    if raw.upper() in lists:
        value = raw.upper()
        return ScanResult(
            text, ScanKind.BATCH_LIST, value, TEMPLATES["batch_list"], {"value": value}
        )
    prefix = badge_prefix.upper()
    if prefix and raw.upper().startswith(prefix):
        number = raw[len(prefix) :].strip()
        if _BADGE_NUMBER.match(number):
            return ScanResult(text, ScanKind.BADGE, number, TEMPLATES["badge"], {"value": number})
    if _MANIFEST.match(raw.upper()):
        value = raw.upper()
        return ScanResult(text, ScanKind.MANIFEST, value, TEMPLATES["manifest"], {"value": value})
    t = normalise(raw)
    if t.isdigit() and len(t) == 14:
        ok = ru_tracker_check_digit(t[:13]) == int(t[13])
        key = "ru_tracker" if ok else "ru_tracker_bad"
        return ScanResult(text, ScanKind.RU_TRACKER, t, TEMPLATES[key], {"value": t}, check_ok=ok)
    if t.isdigit() and len(t) == 13:
        ok = ean13_check_digit(t[:12]) == int(t[12])
        kind = ScanKind.EAN13 if ok else ScanKind.UNKNOWN
        key = "ean13" if ok else "ean13_bad"
        return ScanResult(text, kind, t, TEMPLATES[key], {"value": t}, check_ok=ok)
    result = check_s10(t)
    if result.value is not None:
        family = SERVICE_FAMILIES.get(result.value.service[0], "item")
        return ScanResult(
            text,
            ScanKind.S10,
            str(result.value),
            TEMPLATES["s10"],
            {"value": str(result.value), "service": family},
            s10=result.value,
        )
    if _LIST_NUMBER.match(raw.upper()):
        value = raw.upper()
        return ScanResult(
            text, ScanKind.BATCH_LIST, value, TEMPLATES["batch_list"], {"value": value}
        )
    if len(t) == 13 and result.code in ("check_digit", "reserved", "shape") and t[:2].isalpha():
        return ScanResult(
            text, ScanKind.S10_INVALID, t, result.template, result.params, check_ok=False
        )
    shown = t if len(t) <= 40 else t[:37] + "…"
    return ScanResult(
        text, ScanKind.UNKNOWN, t, TEMPLATES["unknown"], {"value": shown}, check_ok=False
    )


KNOWN_KINDS = frozenset(
    {
        ScanKind.S10,
        ScanKind.S10_INVALID,
        ScanKind.RU_TRACKER,
        ScanKind.EAN13,
        ScanKind.BADGE,
        ScanKind.MANIFEST,
        ScanKind.BATCH_LIST,
    }
)


def is_known_barcode(text: str, badge_prefix: str = DEFAULT_BADGE_PREFIX) -> bool:
    """True when ``text`` is a barcode this counter knows (an S10, also one with a wrong
    check digit, a Russian tracker, an EAN-13, a staff badge, a manifest number, a
    marketplace list's number)."""
    return classify(text, badge_prefix).kind in KNOWN_KINDS
