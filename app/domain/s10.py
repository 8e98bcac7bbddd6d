"""UPU S10 item identifiers: parse, check digit, validate with a reason, format, allocate.

An S10 identifier is 13 characters: a 2-letter service indicator, an 8-digit serial
number, 1 check digit and the 2-letter ISO 3166-1 alpha-2 code of the issuing operator,
for example ``RR287043775IN``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import mul

from app.domain.i18n import QT_TRANSLATE_NOOP

_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# ASCII only: ``\d`` would also take Arabic-Indic, Devanagari and other digits, which no
# S10 label carries and which int() would quietly read as 0-9.
_SHAPE = re.compile(r"^([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})$", re.ASCII)
_ASCII_DIGITS = frozenset("0123456789")
_SEPARATORS = re.compile(r"[\s\-]")
RESERVED_FIRST_LETTERS = frozenset("JKSTW")
CTX = "S10"

SERVICE_FAMILIES: dict[str, str] = {
    "C": QT_TRANSLATE_NOOP(CTX, "parcel"),
    "E": QT_TRANSLATE_NOOP(CTX, "EMS"),
    "H": QT_TRANSLATE_NOOP(CTX, "e-commerce item"),
    "L": QT_TRANSLATE_NOOP(CTX, "letter express"),
    "R": QT_TRANSLATE_NOOP(CTX, "registered item"),
    "U": QT_TRANSLATE_NOOP(CTX, "customs-controlled letter post"),
    "V": QT_TRANSLATE_NOOP(CTX, "insured letter"),
}


def check_digit(serial: str) -> int:
    """Check digit of an 8-digit serial number (UPU S10 weighting 8 6 4 2 3 5 9 7)."""
    if len(serial) != 8 or not serial.isascii() or not serial.isdigit():
        raise ValueError(f"serial must be 8 digits, got {serial!r}")
    total = sum(map(mul, map(int, serial), _WEIGHTS))
    c = 11 - total % 11
    if c == 10:
        return 0
    if c == 11:
        return 5
    return c


@dataclass(frozen=True, slots=True)
class S10:
    """A valid S10 identifier split into its parts."""

    service: str
    serial: str
    check: int
    country: str

    def __str__(self) -> str:
        return f"{self.service}{self.serial}{self.check}{self.country}"

    @property
    def grouped(self) -> str:
        """Human-readable form printed under the barcode: ``AA 473 124 829 GB``."""
        s = f"{self.serial}{self.check}"
        return f"{self.service} {s[0:3]} {s[3:6]} {s[6:9]} {self.country}"

    @classmethod
    def build(cls, service: str, serial: int | str, country: str) -> S10:
        """Make an identifier from its parts, computing the check digit."""
        serial_text = f"{int(serial):08d}"
        if len(serial_text) != 8:
            raise ValueError(f"serial {serial} does not fit in 8 digits")
        return cls(service.upper(), serial_text, check_digit(serial_text), country.upper())


@dataclass(frozen=True, slots=True)
class S10Check:
    """Outcome of checking a text as an S10 identifier.

    ``value`` is set when the text is valid; otherwise ``template``/``params`` say why
    in a sentence a clerk understands (marked for translation, context ``S10``).
    """

    text: str
    value: S10 | None
    code: str
    template: str
    params: dict[str, str]

    @property
    def ok(self) -> bool:
        return self.value is not None

    @property
    def reason(self) -> str:
        return self.template.format(**self.params)


def normalise(text: str) -> str:
    """Upper-case and strip the spaces and dashes people and labels put in identifiers."""
    if text.isalnum():  # nothing to strip (the usual case): no regex
        return text.upper()
    return _SEPARATORS.sub("", text).upper()


def check(text: str) -> S10Check:
    """Check ``text`` as an S10 identifier and say exactly what is wrong if it is not."""
    t = normalise(text)

    def bad(code: str, template: str, **params: str) -> S10Check:
        return S10Check(text, None, code, template, {"text": t, **params})

    if not t:
        return bad(
            "empty",
            QT_TRANSLATE_NOOP(CTX, "No tracking number: scan the label or type the 13 characters."),
        )
    if len(t) != 13:
        return bad(
            "length",
            QT_TRANSLATE_NOOP(
                CTX,
                "{text} has {length} characters; an S10 number has 13 (2 letters, 9 digits, 2 letters).",
            ),
            length=str(len(t)),
        )
    m = _SHAPE.match(t)
    if not m and any(ch.isdigit() and ch not in _ASCII_DIGITS for ch in t):
        return bad(
            "digits_ascii",
            QT_TRANSLATE_NOOP(
                CTX,
                "{text} holds digits of another script; an S10 number has only the digits "
                "0-9. Scan the label or retype it with the ordinary digits.",
            ),
        )
    if not m:
        return bad(
            "shape",
            QT_TRANSLATE_NOOP(
                CTX,
                "{text} is not shaped like an S10 number: it must be 2 letters, 9 digits, 2 letters.",
            ),
        )
    service, serial, digit, country = m.groups()
    if service[0] in RESERVED_FIRST_LETTERS:
        return bad(
            "reserved",
            QT_TRANSLATE_NOOP(
                CTX, "Service indicator {service} is reserved by the UPU and never used on items."
            ),
            service=service,
        )
    expected = check_digit(serial)
    if int(digit) != expected:
        return bad(
            "check_digit",
            QT_TRANSLATE_NOOP(
                CTX,
                "Check digit of {text} is {found} but should be {expected}: "
                "a digit was mistyped or misread. Scan the label again or retype it.",
            ),
            found=digit,
            expected=str(expected),
        )
    return S10Check(text, S10(service, serial, expected, country), "ok", "", {})


def parse(text: str) -> S10:
    """Parse a valid identifier or raise ``ValueError`` with the reason."""
    result = check(text)
    if result.value is None:
        raise ValueError(result.reason)
    return result.value


def is_valid(text: str) -> bool:
    return check(text).ok


def canonical_s10(text: str) -> str:
    """The one stored and compared spelling of an S10 identifier, or ``ValueError`` with why.

    Spaces (any whitespace, so a trailing newline too) and dashes are stripped, letters
    upper-cased; digits must be ASCII and the check digit right. Terminal and central both
    call this, so ``cp 100 000 015 ru`` and ``CP100000015RU`` are the same parcel everywhere.
    """
    return str(parse(text))


@dataclass(frozen=True, slots=True)
class SerialBlock:
    """A block of serial numbers ``[first, last]`` for one service indicator and operator.

    ``next_serial`` is the next unused serial; a block is never rewound, so an
    identifier is never issued twice.
    """

    service: str
    country: str
    first: int
    last: int
    next_serial: int

    @property
    def remaining(self) -> int:
        return max(0, self.last - self.next_serial + 1)

    def take(self) -> tuple[S10, SerialBlock]:
        """The next identifier and the block after it was taken."""
        if self.remaining <= 0:
            raise LookupError(f"block {self.service} {self.first}-{self.last} is used up")
        ident = S10.build(self.service, self.next_serial, self.country)
        return ident, SerialBlock(
            self.service, self.country, self.first, self.last, self.next_serial + 1
        )
