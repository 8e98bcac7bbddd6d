"""Marketplace pre-advice: parcels announced ahead in a CSV or JSON file.

File formats (UTF-8; a UTF-8 byte-order mark is fine):

**CSV**, comma- or semicolon-separated, one header row. One row per content line; a
parcel with several lines is several rows with the same ``s10`` (a continuation row may
leave the parcel columns empty, or must repeat them unchanged). Columns::

    s10*
    sender_name* sender_address* sender_city* sender_postcode* sender_country*
    sender_phone sender_email sender_tax_id
    addressee_name* addressee_address* addressee_city* addressee_postcode* addressee_country*
    addressee_phone addressee_email addressee_tax_id
    category* category_explanation currency* invoice_number importer_reference
    importer_contact licence_number certificate_number comments exporter_iec pbe_reference
    total_value total_net_weight_kg
    description* quantity* unit net_weight_kg* value* hs_code* origin_country*

(* the column must be present; its value may still be empty where the rules allow).
``category`` is one of gift, documents, commercial_sample, returned_goods,
sale_of_goods, other. Countries are ISO alpha-2 codes. ``net_weight_kg`` and ``value``
are **for the whole line** (all units together); decimals with ``.`` or ``,``.
``total_value``/``total_net_weight_kg`` are optional declared totals, checked against
the sum of the lines.

**JSON**: ``{"format": "postcounter-preadvice", "version": 1, "parcels": [...]}`` or a
bare list of parcels, each ``{"s10", "sender": {name, address, city, postcode, country,
phone, email, tax_id}, "addressee": {...}, "customs": {category, currency, invoice_number,
..., "lines": [{description, quantity, unit, net_weight_kg, value, hs_code,
origin_country}]}}``.

**Batches** (issue 17): a marketplace's list is a *batch* when the JSON top level has
``"batch"`` (the list's number) and ``"customer"`` (the business customer's code), e.g.
``{"format": "postcounter-preadvice", "version": 1, "batch": "IN-MP-2026-000123",
"customer": "SHOPKART", "parcels": [...]}``, or when the import is given the number (and
the customer): ``preadvice import FILE --batch NUMBER --customer CODE``, or at the
counter the import dialog (``app.ui.preadvice_import_dialog``; both check with ``batch_spec``). Each parcel may
declare its gross weight and its size: JSON ``"declared_weight_kg": "12.5"`` and
``"dimensions_cm": "60x40x30"`` (or ``[60, 40, 30]``) per parcel, CSV columns
``declared_weight_kg`` and ``dimensions_cm`` (optional, outside batches too). The
declared weight is checked against the weighed one at the counter (``app.domain.batch``);
the size fills the form so an item takes three keys (scan, F8, F12). The batch row is
created, or found when the list is imported again (nothing changes); a closed batch, or a
list number of another customer, refuses the import as a whole. A parcel already on
another list is refused with its row.

Import rules: a structural problem (not UTF-8, missing columns, not CSV/JSON) raises
``PreAdviceFormatError`` and imports **nothing**. Otherwise each parcel is validated: good
parcels are stored, bad ones reported with the file's row (CSV: spreadsheet row number,
the header being row 1; JSON: the line where the parcel starts) and every reason.
Importing the same file again changes nothing: each parcel's canonical payload is hashed
and an unchanged parcel is left alone; a changed one replaces the stored data until the
parcel is accepted.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.consignment import Consignment, Party, Piece
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.customs_rules import CustomsRules
from app.domain.i18n import ANY_CONTEXT, QT_TRANSLATE_NOOP, Translatable
from app.domain.money import Money
from app.domain.preadvice_check import PreAdviceCheck
from app.domain.problems import Problem
from app.domain.product import DEFAULT_HEAVY
from app.domain.s10 import CTX as S10_CTX
from app.domain.s10 import S10Check
from app.domain.s10 import check as check_s10
from app.domain.s10 import normalise as normalise_s10
from app.domain.s10_policy import check_for_product
from app.domain.validation import validate_consignment
from app.domain.weight import Dimensions, parse_cm, parse_kg
from app.services.postal_rules import terminal_policy
from app.store.database import Database
from app.store.models import Batch, PreAdvice, PreAdviceImport
from app.store.models import Piece as PieceRow
from app.store.types import UTCDateTime

PARTY_FIELDS = ("name", "address", "city", "postcode", "country", "phone", "email", "tax_id")
PARTY_REQUIRED = ("name", "address", "city", "postcode", "country")
CUSTOMS_FIELDS = (
    "category",
    "category_explanation",
    "currency",
    "invoice_number",
    "importer_reference",
    "importer_contact",
    "licence_number",
    "certificate_number",
    "comments",
    "exporter_iec",
    "pbe_reference",
    "total_value",
    "total_net_weight_kg",
)
LINE_FIELDS = (
    "description",
    "quantity",
    "unit",
    "net_weight_kg",
    "value",
    "hs_code",
    "origin_country",
)
PARCEL_COLUMNS = (
    "s10",
    *(f"sender_{f}" for f in PARTY_FIELDS),
    *(f"addressee_{f}" for f in PARTY_FIELDS),
    *CUSTOMS_FIELDS,
)
# Optional per parcel (issue 17): the list's declared gross weight and size; a continuation
# row leaves them empty or repeats them.
DECLARED_COLUMNS = ("declared_weight_kg", "dimensions_cm")
ALL_COLUMNS = (*PARCEL_COLUMNS, *LINE_FIELDS, *DECLARED_COLUMNS)
REQUIRED_COLUMNS = (
    "s10",
    *(f"sender_{f}" for f in PARTY_REQUIRED),
    *(f"addressee_{f}" for f in PARTY_REQUIRED),
    "category",
    "currency",
    "description",
    "quantity",
    "net_weight_kg",
    "value",
    "hs_code",
    "origin_country",
)
JSON_FORMAT = "postcounter-preadvice"
CTX = "PreAdvice"  # the translation context of the texts the counter shows
# A parcel's declared gross weight: what central takes (central/payloads.py, 0..500 kg).
MAX_DECLARED_GRAMS = 500_000
# A list's number and a customer's code: as printed and scanned, bounded like their columns.
_LIST_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._-]{0,39}")
_CUSTOMER_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_DIMENSIONS = re.compile(
    r"\s*([0-9]+(?:[.,][0-9]+)?)\s*[x×X*]\s*([0-9]+(?:[.,][0-9]+)?)\s*[x×X*]\s*([0-9]+(?:[.,][0-9]+)?)\s*"
)
MAX_REASONS = 8
# Bounds of what acceptance and central take (central/validation.py: 999 lines, 1..1,000,000
# units a line); a line's net weight cannot exceed the heaviest consignment of the product.
MAX_LINES = 999
MAX_QUANTITY = 1_000_000
MAX_VALUE = Decimal("99999999.99")
MAX_NET_GRAMS = DEFAULT_HEAVY.consignment_max_grams
MAX_TEXT = 500
CENT = Decimal("0.01")
MAX_JSON_BYTES = 16 << 20  # JSON is parsed whole: larger pre-advice comes as CSV (streamed)
MAX_JSON_DEPTH = 16
# Parcels per committed transaction: each commit waits for the disk (synchronous=FULL),
# and a chunk holds only the parcels' JSON text (about 1 KB each).
CHUNK_PARCELS = 5000
_SURROGATE = QT_TRANSLATE_NOOP(
    CTX, "a text holds an unpaired surrogate (an escape like \\ud800 that is no character)"
)
MAX_REPORTED = 1000  # rejected parcels kept in the report; the rest are counted
_PLAIN_AMOUNT = re.compile(r"[0-9]{1,8}(?:\.[0-9]{1,2})?")
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class PreAdviceFormatError(ValueError):
    """The file as a whole cannot be read; nothing was imported. The message says what to do.

    The message (``args[0]``) is usually a ``Translatable``: ``str(exc)`` is the English the
    command line prints, ``app.ui.translate.tr_text(exc.message)`` the window's language."""

    @property
    def message(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


def _t(template: str, **params: object) -> Translatable:
    """A message of this module (context ``CTX``): ``template`` is marked with
    ``QT_TRANSLATE_NOOP(CTX, ...)`` where it is written."""
    return Translatable(CTX, template, params)


@dataclass(frozen=True, slots=True)
class BatchSpec:
    """The list a file's parcels make: its number and the business customer's code."""

    number: str
    customer_code: str = ""


LIST_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP(
        CTX,
        "The list number is missing: type it as printed on the list (like IN-MP-2026-000123).",
    ),
    "number": QT_TRANSLATE_NOOP(
        CTX,
        "The list number {number} is not 1 to 40 letters, digits and - / . _: type it as "
        "printed on the list (like IN-MP-2026-000123).",
    ),
    "customer": QT_TRANSLATE_NOOP(
        CTX,
        "The customer code {code} is not 1 to 40 letters, digits and - . _ (like SHOPKART).",
    ),
}


class ListSpecError(PreAdviceFormatError):
    """A list number or customer code that cannot be (``batch_spec``): ``field`` is
    ``"number"`` or ``"customer"``; ``template`` (context ``CTX``) and ``params`` word it
    for the window, the message (with where, and "Nothing was imported.") for the shell."""

    def __init__(self, key: str, field: str, where: str = "", **params: str) -> None:
        self.field, self.template, self.params = field, LIST_MESSAGES[key], params
        message = Translatable(CTX, self.template, params)
        if where:
            super().__init__(
                _t(
                    QT_TRANSLATE_NOOP(CTX, "{where}: {message} Nothing was imported."),
                    where=where,
                    message=message,
                )
            )
        else:
            super().__init__(
                _t(QT_TRANSLATE_NOOP(CTX, "{message} Nothing was imported."), message=message)
            )


def batch_spec(number: Any, customer: Any = "", *, where: str = "") -> BatchSpec:
    """A checked ``BatchSpec``; ``ListSpecError`` saying what is wrong otherwise (the
    command line's ``--batch``/``--customer``, a JSON list's own, the counter's import
    dialog: one check for all)."""
    text = _clean(number)
    code = _clean(customer)
    if not text and isinstance(number, str | None):
        raise ListSpecError("missing", "number", where)
    if not isinstance(number, (str, int)) or not _LIST_NUMBER.fullmatch(text):
        raise ListSpecError("number", "number", where, number=repr(text[:50]))
    if code and (not isinstance(customer, str) or not _CUSTOMER_CODE.fullmatch(code)):
        raise ListSpecError("customer", "customer", where, code=repr(code[:50]))
    return BatchSpec(text.upper(), code.upper())


def own_batch(path: Path) -> BatchSpec | None:
    """The list a JSON file names itself (``"batch"`` and ``"customer"``), read before the
    import so the counter can say so; ``None`` for CSV or JSON that names none.
    ``PreAdviceFormatError`` when the file cannot be read (the import would refuse it too)."""
    path = Path(path)
    with open_input(path) as f:
        raw = f.read(MAX_JSON_BYTES + 1)
    first = raw[:4096].decode("utf-8-sig", errors="replace").lstrip()
    if not first.startswith("{"):
        return None  # CSV, or a bare JSON list of parcels: no list of its own
    if len(raw) > MAX_JSON_BYTES:
        return None  # the import says it is too large
    header: dict[str, BatchSpec] = {}
    try:
        iter_json(raw, path.name, header)
    except UnicodeDecodeError as exc:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{name} is not UTF-8 text. Nothing was imported; save the file as UTF-8 "
                    "and import it again.",
                ),
                name=path.name,
            )
        ) from exc
    return header.get("batch")


T_ROW = QT_TRANSLATE_NOOP(CTX, "row {row} ({s10}): {reasons}")


@dataclass(frozen=True, slots=True)
class RowError:
    """A parcel that was not imported: its row in the file, S10 and every reason."""

    row: int
    s10: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return T_ROW.format(**self.params())

    def params(self, text: Callable[[str], str] = str) -> dict[str, object]:
        """The parameters of ``T_ROW`` (context ``CTX``), each reason read by ``text``
        (``app.ui.translate.tr_text`` gives them in the window's language)."""
        return {
            "row": self.row,
            "s10": self.s10 or text(_t(QT_TRANSLATE_NOOP(CTX, "no S10"))),
            "reasons": "; ".join(text(r) for r in self.reasons),
        }


@dataclass(slots=True)
class ImportReport:
    """What an import did. ``rejected`` keeps the first ``MAX_REPORTED`` refusals (memory
    stays bounded); ``rejected_total`` counts them all."""

    file: str
    sha256: str
    parcels: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rejected_total: int = 0
    resumed_after_row: int = 0
    batch: str = ""  # the list's number when the file is a batch (issue 17)

    @property
    def ok(self) -> bool:
        return self.rejected_total == 0

    def reject(self, error: RowError) -> None:
        self.rejected_total += 1
        if len(self.rejected) < MAX_REPORTED:
            self.rejected.append(error)


@dataclass(slots=True)
class _Parcel:
    """A parcel read from a file, before validation."""

    row: int
    s10: str
    payload: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    line_count: int = 1
    # Length of the longest cell read for it (CSV), or None when not known (JSON): the
    # import looks for over-long fields only when one could be there.
    longest_cell: int | None = None
    # Issue 17: the list's declared gross weight of the parcel (grams), when given.
    declared_grams: int | None = None


class _Stored(NamedTuple):
    """A validated parcel waiting in the chunk: what its row in ``preadvice`` needs."""

    row: int
    s10: str
    payload_json: str
    sha256: str
    declared_grams: int | None = None


_INSERT_PREADVICE = (
    f"INSERT INTO {PreAdvice.__tablename__} "
    "(s10, source, row_number, payload_json, payload_sha256, imported_at, batch_id, "
    "declared_grams) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)

# --- reading ----------------------------------------------------------------------------


def _clean(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _declared_grams(text: str, errors: list[str]) -> int | None:
    """A declared gross weight in kg as grams (``None`` when not given)."""
    if not text:
        return None
    try:
        grams = parse_kg(text) if len(text) <= 16 else -1
    except ValueError:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX, "declared_weight_kg {value} is not a weight in kg (like 12.5)"
                ),
                value=repr(text[:20]),
            )
        )
        return None
    if not 0 < grams <= MAX_DECLARED_GRAMS:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "declared_weight_kg {value} is outside 0.001..{max} kg"),
                value=repr(text[:20]),
                max=MAX_DECLARED_GRAMS // 1000,
            )
        )
        return None
    return grams


def _dimensions_mm(value: Any, errors: list[str]) -> list[int] | None:
    """A declared size "60x40x30" (cm) or ``[60, 40, 30]`` as millimetres."""
    if value is None or value == "":
        return None
    if isinstance(value, list) and len(value) == 3:
        parts = [_clean(v) for v in value]
    else:
        m = _DIMENSIONS.fullmatch(_clean(value)[:60])
        parts = list(m.groups()) if m else []
    try:
        if len(parts) != 3:
            raise ValueError
        mm = [parse_cm(p) for p in parts]
    except ValueError:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "dimensions_cm {value} is not a size like 60x40x30 (cm)"),
                value=repr(str(value)[:30]),
            )
        )
        return None
    if not all(0 < v <= DEFAULT_HEAVY.longest_side_mm for v in mm):
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "dimensions_cm {value}: each side must be 0.1 to {max} cm"),
                value=repr(str(value)[:30]),
                max=DEFAULT_HEAVY.longest_side_mm // 10,
            )
        )
        return None
    return mm


def _amount(text: str, name: str, errors: list[str]) -> str:
    """A declared amount as canonical text, or ``"0"`` with the reason in ``errors``.

    Central and acceptance take finite amounts above 0 with at most two decimals and up to
    ``MAX_VALUE``: ``1E+30`` or ``NaN`` would pass ``Decimal`` and crash later.
    """
    shown = text
    text = text.replace(",", ".").replace(" ", "")
    if _PLAIN_AMOUNT.fullmatch(text) and text.strip("0."):
        return text  # 0.01..99999999.99 with at most 2 decimals: what Decimal below accepts
    try:
        value = Decimal(text)
        if not value.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{name} {value} is not an amount"),
                name=name,
                value=repr(shown),
            )
        )
        return "0"
    if value <= 0 or value > MAX_VALUE:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{name} {value} is outside 0.01..{max}"),
                name=name,
                value=repr(shown),
                max=MAX_VALUE,
            )
        )
        return "0"
    if value != value.quantize(CENT):
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{name} {value} has more than 2 decimals"),
                name=name,
                value=repr(shown),
            )
        )
        return "0"
    return format(value, "f") if "e" in text.lower() else text


# A part of a parcel (a line, the customs header, a party) is built from its fields' texts,
# stripped, in the order of LINE_FIELDS, CUSTOMS_FIELDS or PARTY_FIELDS ("" for a field not
# given): the CSV reader takes them from a row by column index, the JSON reader by key.
Texts = tuple[str, ...]


def _line_payload(texts: Texts, errors: list[str]) -> dict[str, Any]:
    """A content line from its fields' texts; parse errors go to ``errors``."""
    description, qty_text, unit, kg_text, value, hs_code, origin = texts
    try:
        quantity = int(qty_text) if len(qty_text) <= 12 else None
    except ValueError:
        quantity = None
    if quantity is None:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "quantity {value} is not a whole number"),
                value=repr(qty_text[:20]),
            )
        )
        quantity = 0
    elif not 1 <= quantity <= MAX_QUANTITY:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "quantity {value} is outside 1..{max}"),
                value=quantity,
                max=MAX_QUANTITY,
            )
        )
        quantity = 0
    try:
        net_grams = parse_kg(kg_text) if len(kg_text) <= 16 else -1
        if not 0 <= net_grams <= MAX_NET_GRAMS:
            errors.append(
                _t(
                    QT_TRANSLATE_NOOP(CTX, "net_weight_kg {value} is outside 0..{max} kg"),
                    value=repr(kg_text[:20]),
                    max=MAX_NET_GRAMS // 1000,
                )
            )
            net_grams = 0
    except ValueError:
        errors.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "net_weight_kg {value} is not a weight in kg (like 12.5)"),
                value=repr(kg_text),
            )
        )
        net_grams = 0
    return {
        "description": description,
        "quantity": quantity,
        "unit": unit or "pcs",
        "net_grams": net_grams,
        "value": _amount(value, "value", errors),
        "hs_code": hs_code,
        "origin_country": origin.upper(),
    }


def _customs(texts: Texts, lines: list[dict[str, Any]], errors: list[str]) -> dict[str, Any]:
    """The customs part of a payload: the header from its fields' texts, and ``lines``."""
    out: dict[str, Any] = dict(zip(CUSTOMS_FIELDS, texts, strict=True))
    out["currency"] = out["currency"].upper()
    out["category"] = out["category"].lower()
    total_kg = out.pop("total_net_weight_kg")
    out["total_net_grams"] = ""
    if total_kg:
        try:
            grams = parse_kg(total_kg) if len(total_kg) <= 16 else -1
            if 0 <= grams <= MAX_NET_GRAMS:
                out["total_net_grams"] = str(grams)
            else:
                errors.append(
                    _t(
                        QT_TRANSLATE_NOOP(CTX, "total_net_weight_kg {value} is out of range"),
                        value=repr(total_kg[:20]),
                    )
                )
        except ValueError:
            errors.append(
                _t(
                    QT_TRANSLATE_NOOP(CTX, "total_net_weight_kg {value} is not a weight in kg"),
                    value=repr(total_kg),
                )
            )
    if out["total_value"]:
        out["total_value"] = _amount(out["total_value"], "total_value", errors)
    out["lines"] = lines
    return out


def _party(texts: Texts) -> dict[str, str]:
    party = dict(zip(PARTY_FIELDS, texts, strict=True))
    party["country"] = party["country"].upper()
    return party


def _too_long(name: str) -> Translatable:
    return _t(
        QT_TRANSLATE_NOOP(CTX, "{field} is longer than {max} characters"), field=name, max=MAX_TEXT
    )


def _long_texts(payload: dict[str, Any]) -> list[str]:
    """Fields longer than the database and the documents hold."""
    sender, addressee, customs = payload["sender"], payload["addressee"], payload["customs"]
    texts = [*sender.values(), *addressee.values(), *[ln["description"] for ln in customs["lines"]]]
    texts += [v for v in customs.values() if isinstance(v, str)]
    if max(map(len, texts)) <= MAX_TEXT:
        return []  # the usual case, without naming each field
    out = []
    for section in ("sender", "addressee"):
        for key, value in payload[section].items():
            if len(value) > MAX_TEXT:
                out.append(_too_long(f"{section}_{key}"))
    for key, value in payload["customs"].items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            out.append(_too_long(key))
    for line in payload["customs"]["lines"]:
        if len(line["description"]) > MAX_TEXT:
            out.append(_too_long("description"))
    return out


def _sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _unreadable(path: Path, exc: OSError) -> PreAdviceFormatError:
    return PreAdviceFormatError(
        _t(
            QT_TRANSLATE_NOOP(CTX, "{path} cannot be read ({error})."),
            path=path,
            error=exc.strerror,
        )
    )


def open_input(path: Path) -> BinaryIO:
    """Open a pre-advice file for reading; only a regular file is accepted.

    A FIFO or a device would block the import or never end; a folder is not a file. The
    file is opened non-blocking and checked again on the open descriptor (no race).
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{path} is a folder: choose the pre-advice file in it."),
                path=path,
            )
        )
    if not stat.S_ISREG(st.st_mode):
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{path} is not a regular file (a pipe, socket or device): save the data "
                    "to a file and import that. Nothing was imported.",
                ),
                path=path,
            )
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{path} is not a regular file. Nothing was imported."),
                path=path,
            )
        )
    return os.fdopen(fd, "rb")


def scan_file(path: Path) -> tuple[str, int, bool]:
    """First pass, in 1 MiB blocks: the SHA-256, the size, whether it looks like JSON, and
    that the whole file is UTF-8 (``PreAdviceFormatError`` with the line of the first bad
    byte otherwise), so an encoding problem anywhere imports nothing."""
    name = path.name
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    lines = size = 0
    first = ""
    with open_input(path) as f:
        while block := f.read(1 << 20):
            digest.update(block)
            size += len(block)
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError as exc:
                line = lines + block[: max(exc.start, 0)].count(b"\n") + 1
                hint: str = ""
                try:
                    block.decode("cp1251")
                    hint = _t(
                        QT_TRANSLATE_NOOP(
                            CTX,
                            " It looks like Windows-1251 (Excel's plain 'CSV'): save it as "
                            "'CSV UTF-8'.",
                        )
                    )
                except UnicodeDecodeError:
                    pass
                raise PreAdviceFormatError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            CTX,
                            "{name} is not UTF-8 text (first bad byte on line {line}).{hint} "
                            "Nothing was imported; save the file as UTF-8 and import it again.",
                        ),
                        name=name,
                        line=line,
                        hint=hint,
                    )
                ) from exc
            lines += block.count(b"\n")
            if not first.strip():
                first = (first + text)[:4096]
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise PreAdviceFormatError(
                _t(
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "{name} is not UTF-8 text (it ends inside a character). Nothing was "
                        "imported.",
                    ),
                    name=name,
                )
            ) from exc
    if not first.strip():
        raise PreAdviceFormatError(
            _t(QT_TRANSLATE_NOOP(CTX, "{name} is empty: nothing was imported."), name=name)
        )
    is_json = path.suffix.lower() == ".json" or first.lstrip().startswith(("{", "["))
    return digest.hexdigest(), size, is_json


def _differs(column: str, row: int) -> Translatable:
    return _t(
        QT_TRANSLATE_NOOP(CTX, "{column} differs from row {row} of the same parcel"),
        column=column,
        row=row,
    )


def iter_csv(stream: IO[str], name: str, warnings: list[str]) -> Iterator[_Parcel]:
    """Parcels of a CSV stream, one at a time: rows of the same S10 that follow each other
    form one parcel (a continuation row may leave the parcel columns empty, or must repeat
    them unchanged). Memory holds one parcel, whatever the file's size."""
    header_line = stream.readline()
    if not header_line.strip():
        raise PreAdviceFormatError(
            _t(QT_TRANSLATE_NOOP(CTX, "{name}: no header row. Nothing was imported."), name=name)
        )
    delimiter = _sniff_delimiter(header_line)
    try:
        header = [h.strip().lower() for h in next(csv.reader([header_line], delimiter=delimiter))]
    except (StopIteration, csv.Error) as exc:
        raise PreAdviceFormatError(
            _t(QT_TRANSLATE_NOOP(CTX, "{name}: no header row. Nothing was imported."), name=name)
        ) from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{name} lacks the column(s) {columns}. Nothing was imported; add them to "
                    "the header row (see the pre-advice format) and import again.",
                ),
                name=name,
                columns=", ".join(missing),
            )
        )
    dupes = sorted({h for h in header if header.count(h) > 1 and h})
    if dupes:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX, "{name} has the column(s) {columns} twice. Nothing was imported."
                ),
                name=name,
                columns=", ".join(dupes),
            )
        )
    warnings.extend(
        _t(
            QT_TRANSLATE_NOOP(CTX, "column {column} is not a pre-advice column and was ignored"),
            column=repr(h),
        )
        for h in header
        if h and h not in ALL_COLUMNS
    )
    width = len(header)
    # A part's cells taken by index from a row padded to the header's width plus one empty
    # cell, the one a column the header lacks reads (each column is named once at most).
    index = {h: i for i, h in enumerate(header) if h in ALL_COLUMNS}

    def cells_of(columns: Iterable[str]) -> Callable[[list[str]], Texts]:
        return itemgetter(*(index.get(c, width) for c in columns))

    s10_at = index["s10"]
    declared_at, dims_at = index.get("declared_weight_kg"), index.get("dimensions_cm")
    line_texts, customs_texts = cells_of(LINE_FIELDS), cells_of(CUSTOMS_FIELDS)
    sender_texts = cells_of(f"sender_{f}" for f in PARTY_FIELDS)
    addressee_texts = cells_of(f"addressee_{f}" for f in PARTY_FIELDS)
    parcel_texts = cells_of(PARCEL_COLUMNS[1:])
    pad = [""] * (width + 1)
    reader = csv.reader(stream, delimiter=delimiter)
    current: _Parcel | None = None
    first_fields: Texts = ()
    first_declared: dict[str, str] = {}
    row_start = 2
    try:
        for record in reader:
            row = row_start
            row_start = reader.line_num + 2  # the header was read before the reader
            stripped = list(map(str.strip, record))
            if not any(stripped):
                continue
            errors: list[str] = []
            if len(record) != width:
                errors.append(
                    _t(
                        QT_TRANSLATE_NOOP(CTX, "has {fields} fields but the header has {width}"),
                        fields=len(record),
                        width=width,
                    )
                )
                # A short row lacks the last cells (""); a long row's extra cells are ignored.
                stripped = (stripped + pad)[:width]
            stripped.append("")  # what a column the header lacks reads
            s10 = normalise_s10(stripped[s10_at])
            if current is not None and s10 and s10 == current.s10:
                # A continuation row: parcel columns empty or equal to the first row's.
                for col, value, first in zip(
                    PARCEL_COLUMNS[1:], parcel_texts(stripped), first_fields, strict=True
                ):
                    if value and value != first:
                        errors.append(_differs(col, current.row))
                for col, at in (("declared_weight_kg", declared_at), ("dimensions_cm", dims_at)):
                    if at is not None and stripped[at] and stripped[at] != first_declared[col]:
                        errors.append(_differs(col, current.row))
                lines = current.payload["customs"]["lines"]
                current.line_count += 1
                current.longest_cell = max(current.longest_cell or 0, max(map(len, record)))
                if current.line_count <= MAX_LINES:
                    lines.append(_line_payload(line_texts(stripped), errors))
                elif current.line_count == MAX_LINES + 1:
                    current.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                CTX, "more than {max} content lines (central takes at most {max})"
                            ),
                            max=MAX_LINES,
                        )
                    )
                current.errors.extend(
                    _t(QT_TRANSLATE_NOOP(CTX, "row {row}: {reason}"), row=row, reason=e)
                    for e in errors[:MAX_REASONS]
                )
                continue
            if current is not None:
                yield current
            line = _line_payload(line_texts(stripped), errors)
            payload = {
                "s10": s10,
                "sender": _party(sender_texts(stripped)),
                "addressee": _party(addressee_texts(stripped)),
                "customs": _customs(customs_texts(stripped), [line], errors),
            }
            declared = None
            first_declared = {}
            if declared_at is not None or dims_at is not None:
                declared = _declared(stripped, declared_at, dims_at, payload, errors)
                first_declared = {
                    "declared_weight_kg": "" if declared_at is None else stripped[declared_at],
                    "dimensions_cm": "" if dims_at is None else stripped[dims_at],
                }
            current = _Parcel(
                row,
                s10,
                payload,
                errors,
                longest_cell=max(map(len, record)),
                declared_grams=declared,
            )
            first_fields = parcel_texts(stripped)
    except csv.Error as exc:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{name}, row {row}: not readable as CSV ({error})."),
                name=name,
                row=row_start,
                error=exc,
            )
        ) from exc
    if current is not None:
        yield current


def _declared(
    cells: list[str],
    declared_at: int | None,
    dims_at: int | None,
    payload: dict[str, Any],
    errors: list[str],
) -> int | None:
    """A CSV parcel's declared weight (returned) and size (put in ``payload``)."""
    if dims_at is not None and cells[dims_at]:
        mm = _dimensions_mm(cells[dims_at], errors)
        if mm is not None:
            payload["dimensions_mm"] = mm
    return None if declared_at is None else _declared_grams(cells[declared_at], errors)


def _json_depth_ok(text: str) -> bool:
    """Nesting no deeper than ``MAX_JSON_DEPTH`` (strings skipped), checked before parsing
    so a hostile file cannot exhaust the parser's recursion."""
    depth = 0
    for m in _JSON_TOKENS.finditer(text):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return False
        elif tok in "]}":
            depth -= 1
    return True


def iter_json(
    raw: bytes, name: str, header: dict[str, BatchSpec] | None = None
) -> Iterator[_Parcel]:
    """Parcels of a JSON document (at most ``MAX_JSON_BYTES``, nested at most
    ``MAX_JSON_DEPTH``); structural errors raise before any parcel is given. The list's
    ``"batch"`` and ``"customer"`` go to ``header["batch"]``."""
    from app.services.reference_data import loads_with_lines

    text = raw.decode("utf-8-sig")
    if not _json_depth_ok(text):
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX, "{name}: JSON nested deeper than {max} levels. Nothing was imported."
                ),
                name=name,
                max=MAX_JSON_DEPTH,
            )
        )
    try:
        data = loads_with_lines(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            message = _t(
                QT_TRANSLATE_NOOP(
                    CTX, "{name}, line {line}: JSON syntax error ({error}). Nothing was imported."
                ),
                name=name,
                line=exc.lineno,
                error=exc.msg,
            )
        else:
            message = _t(
                QT_TRANSLATE_NOOP(
                    CTX, "{name}: JSON syntax error (too deep). Nothing was imported."
                ),
                name=name,
            )
        raise PreAdviceFormatError(message) from exc
    del text
    if isinstance(data, dict):
        if data.get("format") not in (None, JSON_FORMAT) or not isinstance(
            data.get("parcels"), list
        ):
            raise PreAdviceFormatError(
                _t(
                    QT_TRANSLATE_NOOP(
                        CTX, "{name}: expected {shape} or a list of parcels. Nothing was imported."
                    ),
                    name=name,
                    shape=f'{{"format": "{JSON_FORMAT}", "parcels": [...]}}',
                )
            )
        items = data["parcels"]
        if data.get("batch") is not None and header is not None:
            header["batch"] = batch_spec(data["batch"], data.get("customer") or "", where=name)
        elif data.get("customer") is not None:
            raise PreAdviceFormatError(
                _t(
                    QT_TRANSLATE_NOOP(
                        CTX,
                        '{name}: "customer" is given but no "batch" (the list\'s number): '
                        "add it, or import with --batch NUMBER. Nothing was imported.",
                    ),
                    name=name,
                )
            )
    elif isinstance(data, list):
        items = data
    else:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(CTX, "{name}: expected a list of parcels. Nothing was imported."),
                name=name,
            )
        )
    return _json_parcels(items)


def _texts(obj: dict[str, Any], fields: Iterable[str]) -> Texts:
    """A JSON object's ``fields`` as stripped texts, as a CSV row gives them."""
    return tuple(_clean(obj.get(f)) for f in fields)


def _json_parcels(items: list[Any]) -> Iterator[_Parcel]:
    for n, item in enumerate(items, start=1):
        row = getattr(item, "line", n)
        if not isinstance(item, dict):
            yield _Parcel(
                row,
                "",
                {},
                [_t(QT_TRANSLATE_NOOP(CTX, "parcel {n} is not an object {{...}}"), n=n)],
            )
            continue
        errors: list[str] = []

        def section(key: str, _item: dict[str, Any] = item, _errors: list[str] = errors) -> Any:
            value = _item.get(key)
            if not isinstance(value, dict):
                _errors.append(
                    _t(QT_TRANSLATE_NOOP(CTX, "{key} is missing or not an object"), key=repr(key))
                )
                return {}
            return value

        sender, addressee, customs = section("sender"), section("addressee"), section("customs")
        raw_lines = customs.get("lines")
        if not isinstance(raw_lines, list) or not raw_lines:
            errors.append(_t(QT_TRANSLATE_NOOP(CTX, "customs 'lines' is missing or empty")))
            raw_lines = []
        if len(raw_lines) > MAX_LINES:
            errors.append(
                _t(
                    QT_TRANSLATE_NOOP(CTX, "{lines} content lines: central takes at most {max}"),
                    lines=len(raw_lines),
                    max=MAX_LINES,
                )
            )
            raw_lines = raw_lines[:MAX_LINES]
        lines = []
        for i, raw in enumerate(raw_lines, start=1):
            if not isinstance(raw, dict):
                errors.append(_t(QT_TRANSLATE_NOOP(CTX, "line {line} is not an object"), line=i))
                continue
            line_errors: list[str] = []
            lines.append(_line_payload(_texts(raw, LINE_FIELDS), line_errors))
            errors.extend(
                _t(QT_TRANSLATE_NOOP(CTX, "line {line}: {reason}"), line=i, reason=e)
                for e in line_errors
            )
        s10 = normalise_s10(_clean(item.get("s10")))
        payload = {
            "s10": s10,
            "sender": _party(_texts(sender, PARTY_FIELDS)),
            "addressee": _party(_texts(addressee, PARTY_FIELDS)),
            "customs": _customs(_texts(customs, CUSTOMS_FIELDS), lines, errors),
        }
        declared = _declared_grams(_clean(item.get("declared_weight_kg")), errors)
        mm = _dimensions_mm(item.get("dimensions_cm"), errors)
        if mm is not None:
            payload["dimensions_mm"] = mm
        yield _Parcel(row, s10, payload, errors, declared_grams=declared)


def iter_parcels(
    path: Path, is_json: bool, warnings: list[str], header: dict[str, BatchSpec] | None = None
) -> Iterator[_Parcel]:
    """The parcels of a file scanned by ``scan_file``, streamed (CSV) or size-bounded (JSON);
    a JSON list's batch goes to ``header`` once the first parcel is asked for."""
    if is_json:
        with open_input(path) as f:
            raw = f.read(MAX_JSON_BYTES + 1)
        if len(raw) > MAX_JSON_BYTES:
            raise PreAdviceFormatError(
                _t(
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "{name} is larger than {max} MiB of JSON: send large pre-advice as CSV "
                        "(it is read as a stream). Nothing was imported.",
                    ),
                    name=path.name,
                    max=MAX_JSON_BYTES // (1 << 20),
                )
            )
        yield from iter_json(raw, path.name, header)
        return
    with open_input(path) as f, io.TextIOWrapper(f, encoding="utf-8-sig", newline="") as text:
        yield from iter_csv(text, path.name, warnings)


# --- payload <-> domain -----------------------------------------------------------------


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# The encoder's own string encoder: the texts below are spelled exactly as it spells them.
_str = json.encoder.encode_basestring


def canonical(payload: dict[str, Any]) -> str:
    """The payload as canonical JSON (sorted keys, no spaces, not ASCII-escaped): the text
    that is stored and hashed, so a re-import finds an unchanged parcel by its hash.

    The readers build every payload in one shape (the keys of ``_party``, ``_customs`` and
    ``_line_payload``; texts and whole numbers), written here with the keys in sorted order
    at a third of the encoder's cost; anything else (another shape or type) goes to the
    encoder. Both give the same bytes (tests/unit/test_preadvice_canonical.py).
    """
    try:
        return _canonical_shape(payload)
    except (TypeError, KeyError):
        return _CANONICAL.encode(payload)


def _canonical_shape(p: Any) -> str:
    """``canonical`` of the readers' payload shape; TypeError or KeyError for another."""
    c = p["customs"]
    lines = c["lines"]
    if type(p) is not dict or len(p) != 4 or type(c) is not dict or len(c) != 14:
        raise TypeError
    if type(lines) is not list:
        raise TypeError
    # A dict of the expected size holding every expected key holds no other.
    return (
        f'{{"addressee":{_party_json(p["addressee"])},"customs":{{"category":{_str(c["category"])},'
        f'"category_explanation":{_str(c["category_explanation"])},'
        f'"certificate_number":{_str(c["certificate_number"])},"comments":{_str(c["comments"])},'
        f'"currency":{_str(c["currency"])},"exporter_iec":{_str(c["exporter_iec"])},'
        f'"importer_contact":{_str(c["importer_contact"])},'
        f'"importer_reference":{_str(c["importer_reference"])},'
        f'"invoice_number":{_str(c["invoice_number"])},'
        f'"licence_number":{_str(c["licence_number"])},'
        f'"lines":[{",".join(map(_line_json, lines))}],'
        f'"pbe_reference":{_str(c["pbe_reference"])},'
        f'"total_net_grams":{_str(c["total_net_grams"])},"total_value":{_str(c["total_value"])}}},'
        f'"s10":{_str(p["s10"])},"sender":{_party_json(p["sender"])}}}'
    )


def _party_json(d: Any) -> str:
    if type(d) is not dict or len(d) != 8:
        raise TypeError
    return (
        f'{{"address":{_str(d["address"])},"city":{_str(d["city"])},'
        f'"country":{_str(d["country"])},"email":{_str(d["email"])},"name":{_str(d["name"])},'
        f'"phone":{_str(d["phone"])},"postcode":{_str(d["postcode"])},'
        f'"tax_id":{_str(d["tax_id"])}}}'
    )


def _line_json(d: Any) -> str:
    quantity, grams = d["quantity"], d["net_grams"]
    # Exactly int: the encoder writes a bool as true/false and an int subclass by int's repr.
    if type(d) is not dict or len(d) != 7 or type(quantity) is not int or type(grams) is not int:
        raise TypeError
    return (
        f'{{"description":{_str(d["description"])},"hs_code":{_str(d["hs_code"])},'
        f'"net_grams":{int.__repr__(grams)},"origin_country":{_str(d["origin_country"])},'
        f'"quantity":{int.__repr__(quantity)},"unit":{_str(d["unit"])},'
        f'"value":{_str(d["value"])}}}'
    )


def to_consignment(payload: dict[str, Any], preadvice_ref: str = "") -> Consignment:
    """The consignment a stored payload describes, with one piece per S10 (not yet weighed)."""
    c = payload["customs"]
    currency = c.get("currency") or "EUR"
    lines = tuple(
        CustomsLine(
            description=ln["description"],
            quantity=int(ln["quantity"]),
            net_grams=int(ln["net_grams"]),
            value=Money(Decimal(ln["value"] or "0"), currency),
            hs_code=ln["hs_code"],
            origin_country=ln["origin_country"],
            unit=ln.get("unit") or "pcs",
        )
        for ln in c["lines"]
    )
    extra = {}
    if c.get("total_value"):
        extra["declared_total_value"] = c["total_value"]
    if c.get("total_net_grams"):
        extra["declared_total_net_grams"] = c["total_net_grams"]
    decl = CustomsDeclaration(
        category=CustomsCategory(c["category"]),
        lines=lines,
        currency=currency,
        category_explanation=c.get("category_explanation", ""),
        importer_reference=c.get("importer_reference", ""),
        importer_contact=c.get("importer_contact", ""),
        licence_number=c.get("licence_number", ""),
        certificate_number=c.get("certificate_number", ""),
        invoice_number=c.get("invoice_number", ""),
        comments=c.get("comments", ""),
        exporter_iec=c.get("exporter_iec", ""),
        pbe_reference=c.get("pbe_reference", ""),
        extra=extra,
    )
    return Consignment(
        sender=Party(**payload["sender"]),
        addressee=Party(**payload["addressee"]),
        customs=decl,
        pieces=(Piece(payload["s10"]),),
        preadvice_ref=preadvice_ref,
    )


def _s10_reason(check: S10Check) -> Translatable:
    reason = Translatable(S10_CTX, check.template, check.params)
    return _t(QT_TRANSLATE_NOOP(CTX, "s10: {reason}"), reason=reason)


def _reasons(problems: Iterable[Problem]) -> list[str]:
    return [
        _t(
            QT_TRANSLATE_NOOP(CTX, "{field}: {reason}"),
            field=p.field,
            reason=Translatable(ANY_CONTEXT, p.template, p.params),
        )
        for p in problems
        if p.blocking
    ]


def validate_payload(payload: dict[str, Any], rules: CustomsRules | None, on: date) -> list[str]:
    """Reasons a parcel cannot be pre-advised (empty when it is fine)."""
    s10 = check_s10(payload.get("s10", ""))
    reasons: list[str] = [] if s10.ok else [_s10_reason(s10)]
    category = payload["customs"].get("category", "")
    if category not in {c.value for c in CustomsCategory}:
        reasons.append(
            _t(
                QT_TRANSLATE_NOOP(CTX, "customs.category: {value} is not one of {categories}"),
                value=repr(category),
                categories=", ".join(c.value for c in CustomsCategory),
            )
        )
        return reasons
    currency = payload["customs"].get("currency", "")
    if len(currency) != 3 or not currency.isalpha():
        return [
            *reasons,
            _t(
                QT_TRANSLATE_NOOP(CTX, "customs.currency: {value} is not an ISO 4217 code"),
                value=repr(currency),
            ),
        ]
    c = to_consignment(payload)
    # The pieces are weighed and measured at the counter, not announced.
    problems = [
        p
        for p in validate_consignment(c, DEFAULT_HEAVY, rules, on, pieces=False)
        if not p.field.startswith("pieces")
    ]
    return reasons + _reasons(problems)


# --- import -----------------------------------------------------------------------------


def _store_chunk(
    session: Session,
    chunk: list[_Stored],
    source: str,
    report: ImportReport,
    batch_id: int | None = None,
) -> None:
    """Insert or update one chunk of validated parcels (one transaction), on the list
    ``batch_id`` when the file is a batch."""
    # The chunk's S10s as one JSON parameter: an IN list of thousands of parameters costs
    # more to compile than the look-up itself.
    wanted = select(
        func.json_each(json.dumps([p.s10 for p in chunk])).table_valued("value").c.value
    )
    existing = {
        row.s10: row for row in session.scalars(select(PreAdvice).where(PreAdvice.s10.in_(wanted)))
    }
    accepted = set(session.scalars(select(PieceRow.s10).where(PieceRow.s10.in_(wanted))))
    now = datetime.now(UTC)
    stamp = UTCDateTime().process_bind_param(now, session.get_bind().dialect)
    new_rows: list[tuple[str, str, int, str, str, str | None, int | None, int | None]] = []
    for p in chunk:
        text, digest = p.payload_json, p.sha256
        row = existing.get(p.s10)
        if row is not None and batch_id is not None and row.batch_id not in (None, batch_id):
            other = session.get(Batch, row.batch_id)
            report.reject(
                RowError(
                    p.row,
                    p.s10,
                    (
                        f"this parcel is on list {other.number if other else row.batch_id} "
                        "already: take it off that list's file, or import it there",
                    ),
                )
            )
        elif row is not None and row.source == source and row.row_number != p.row:
            report.reject(
                RowError(
                    p.row,
                    p.s10,
                    (f"s10 {p.s10} was already given in row {row.row_number} of this file",),
                )
            )
        elif row is not None and row.payload_sha256 == digest and _same_list(row, p, batch_id):
            report.unchanged += 1
        elif p.s10 in accepted or (row is not None and row.acceptance_id):
            report.reject(
                RowError(
                    p.row,
                    p.s10,
                    ("this parcel was already accepted: its data can no longer change",),
                )
            )
        elif row is not None:
            row.payload_json, row.payload_sha256 = text, digest
            row.source, row.row_number, row.imported_at = source, p.row, now
            if batch_id is not None:
                row.batch_id = batch_id
            if p.declared_grams is not None or batch_id is not None:
                row.declared_grams = p.declared_grams
            report.updated += 1
        else:
            new_rows.append((p.s10, source, p.row, text, digest, stamp, batch_id, p.declared_grams))
            report.imported += 1
    if new_rows:
        # One plain executemany: no ORM object nor per-row parameter processing for rows
        # that are only ever inserted here (the one timestamp is converted above, as the
        # column's type does).
        session.connection().exec_driver_sql(_INSERT_PREADVICE, new_rows)


def _same_list(row: PreAdvice, p: _Stored, batch_id: int | None) -> bool:
    """An unchanged parcel's list data is unchanged too (a file without a list keeps the
    parcel's list; it changes only a declared weight it gives)."""
    if batch_id is None:
        return p.declared_grams is None or row.declared_grams == p.declared_grams
    return row.batch_id == batch_id and row.declared_grams == p.declared_grams


def find_or_create_batch(session: Session, spec: BatchSpec, source: str) -> int:
    """The id of list ``spec.number``, created when new; ``PreAdviceFormatError`` when it is
    closed or another customer's."""
    row = session.scalar(select(Batch).where(func.upper(Batch.number) == spec.number.upper()))
    if row is None:
        row = Batch(
            number=spec.number,
            customer_code=spec.customer_code,
            source=source[:200],
            state="open",
            created_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
        return row.id
    if row.state == "closed":
        closed = row.closed_at.date().isoformat() if row.closed_at else ""
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "list {number} was closed {closed} and can no longer change. Nothing was "
                    "imported; parcels that still need sending go on a new list (another "
                    "number).",
                ),
                number=row.number,
                closed=closed,
            )
        )
    if spec.customer_code and row.customer_code and spec.customer_code != row.customer_code:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "list {number} is customer {customer}'s, not {given}'s. Nothing was "
                    "imported; check the list number and the customer.",
                ),
                number=row.number,
                customer=row.customer_code,
                given=spec.customer_code,
            )
        )
    if spec.customer_code and not row.customer_code:
        row.customer_code = spec.customer_code
    return row.id


def _list_of(name: str, given: BatchSpec | None, in_file: BatchSpec | None) -> BatchSpec | None:
    """The list of an import: given to the import, the file's own, or both when they agree."""
    if given is None or in_file is None:
        return given or in_file
    if given.number != in_file.number:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{name} is list {number}, not {given} as given. Nothing was imported; "
                    "give the file's own number or none.",
                ),
                name=name,
                number=in_file.number,
                given=given.number,
            )
        )
    if given.customer_code and in_file.customer_code != given.customer_code:
        raise PreAdviceFormatError(
            _t(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{name} is customer {customer}'s list, not {given}'s. Nothing was "
                    "imported; check the customer.",
                ),
                name=name,
                customer=in_file.customer_code,
                given=given.customer_code,
            )
        )
    return in_file


def import_file(
    db: Database,
    path: Path,
    *,
    rules: CustomsRules | None = None,
    on: date | None = None,
    chunk_parcels: int = CHUNK_PARCELS,
    batch: BatchSpec | None = None,
) -> ImportReport:
    """Import a pre-advice file (see module docstring); raises ``PreAdviceFormatError``.

    Streams the file: memory holds one chunk of parcels whatever the size. Each chunk is
    committed with the import record (``preadvice_imports``: rows done and counts), so an
    import that stops (power cut, a CSV error further down) resumes after the last
    committed row when the same file is imported again; a finished file is checked again
    from the start (unchanged parcels are left alone).

    A parcel the quick check (``app.domain.preadvice_check``) finds plainly fine is not
    validated again; any other gets the full ``validate_payload``, which words the reasons.

    ``batch`` (or the JSON list's own ``"batch"``) makes the parcels a marketplace list; the
    batch row is found or created before the first chunk is stored.
    """
    path = Path(path)
    sha, size, is_json = scan_file(path)  # UTF-8 everywhere, or nothing is imported
    day = on or date.today()
    report = ImportReport(path.name, sha)
    source = f"{path.name[:120]} sha256:{sha[:16]}"
    with db.write() as session:
        record = session.scalar(select(PreAdviceImport).where(PreAdviceImport.sha256 == sha))
        if record is None or record.finished_at is not None:
            if record is None:
                record = PreAdviceImport(sha256=sha, file_name=path.name[:200], size_bytes=size)
                session.add(record)
            record.started_at, record.finished_at, record.rows_done = datetime.now(UTC), None, 0
            record.parcels = record.imported = record.updated = 0
            record.unchanged = record.rejected = 0
        else:
            report.resumed_after_row = record.rows_done
            report.parcels, report.imported = record.parcels, record.imported
            report.updated, report.unchanged = record.updated, record.unchanged
            report.rejected_total = record.rejected
        session.flush()
        record_id = record.id
    skip_to = report.resumed_after_row
    chunk: list[_Stored] = []
    seen: dict[str, int] = {}
    last_row = skip_to
    since_commit = 0
    header: dict[str, BatchSpec] = {}
    batch_ids: list[int | None] = []  # resolved at the first commit (JSON: header read)

    def list_id() -> int | None:
        if not batch_ids:
            spec = _list_of(path.name, batch, header.get("batch"))
            if spec is None:
                batch_ids.append(None)
            else:
                report.batch = spec.number
                if not spec.customer_code:
                    report.warnings.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                CTX,
                                "list {number} names no customer: its items are charged at "
                                "public prices (give --customer CODE)",
                            ),
                            number=spec.number,
                        )
                    )
                batch_ids.append(
                    db.write_with_retry(lambda s: find_or_create_batch(s, spec, source))
                )
        return batch_ids[0]

    def commit(done_row: int) -> None:
        """Store the chunk; ``done_row`` is the first row of the last parcel read, so a
        resumed import skips every parcel starting at or before it."""
        batch_id = list_id()

        def work(session: Session) -> None:
            _store_chunk(session, chunk, source, report, batch_id)
            rec = session.get(PreAdviceImport, record_id)
            assert rec is not None
            rec.rows_done = done_row
            rec.parcels, rec.imported, rec.updated = report.parcels, report.imported, report.updated
            rec.unchanged, rec.rejected = report.unchanged, report.rejected_total

        db.write_with_retry(work)
        chunk.clear()
        seen.clear()

    check = PreAdviceCheck(rules, day)
    with db.read() as session:  # identifiers this branch's product may accept (issue 10)
        policy = terminal_policy(session)
    parcels = iter_parcels(path, is_json, report.warnings, header)
    while True:
        try:
            p = next(parcels, None)
        except PreAdviceFormatError as exc:
            if report.parcels == 0:
                raise
            commit(last_row)  # every parcel read so far was whole: keep them
            raise PreAdviceFormatError(
                _t(
                    QT_TRANSLATE_NOOP(
                        CTX,
                        "{error} The {parcels} parcel(s) before it were imported; correct the "
                        "file and import it again (unchanged parcels are left alone).",
                    ),
                    error=exc.message,
                    parcels=report.parcels,
                )
            ) from exc
        if p is None:
            break
        if p.row <= skip_to:
            continue
        if since_commit >= chunk_parcels:  # counts refused parcels too: ``seen`` stays small
            commit(last_row)
            since_commit = 0
        since_commit += 1
        report.parcels += 1
        last_row = p.row
        reasons = list(p.errors)
        refused = check_for_product(p.s10, policy) if p.s10 and not reasons else None
        s10_valid = refused is not None and refused.ok  # shape, check digit, product policy
        if refused is not None and not refused.ok:
            reasons.append(_s10_reason(refused))
        if p.s10 and p.s10 in seen:
            reasons.append(
                _t(
                    QT_TRANSLATE_NOOP(CTX, "s10 {s10} was already given in row {row} of this file"),
                    s10=p.s10,
                    row=seen[p.s10],
                )
            )
        elif p.s10:
            seen[p.s10] = p.row
        if not reasons and p.payload:
            # Upper- or lower-casing can make a text at most 3 times longer (Unicode); the
            # other fields the reader rewrites are short numbers.
            if p.longest_cell is None or 3 * p.longest_cell > MAX_TEXT:
                reasons = _long_texts(p.payload)
            s10_checked = s10_valid and p.payload["s10"] == p.s10
            if not reasons and not check.passes(p.payload, s10_checked=s10_checked):
                reasons = validate_payload(p.payload, rules, day)
        if reasons:
            report.reject(RowError(p.row, p.s10, tuple(reasons[:MAX_REASONS])))
            continue
        text = canonical(p.payload)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            # JSON may spell a lone UTF-16 half ("\ud800"): valid JSON, but no character.
            report.reject(RowError(p.row, p.s10, (_t(_SURROGATE),)))
            continue
        digest = hashlib.sha256(data).hexdigest()
        # the parsed payload is let go
        chunk.append(_Stored(p.row, p.s10, text, digest, p.declared_grams))
    commit(last_row)

    def finish(session: Session) -> None:
        rec = session.get(PreAdviceImport, record_id)
        assert rec is not None
        rec.finished_at = datetime.now(UTC)

    db.write_with_retry(finish)
    report.rejected.sort(key=lambda e: e.row)
    return report


# --- at the counter ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PreAdvised:
    """A pre-advised parcel found by its S10: everything but weight and dimensions."""

    id: int
    s10: str
    source: str
    row_number: int
    consignment: Consignment
    acceptance_id: str | None
    # Issue 17: the list it is on, and what the list declared of it.
    batch_id: int | None = None
    declared_grams: int | None = None
    dimensions: Dimensions | None = None

    @property
    def accepted(self) -> bool:
        return self.acceptance_id is not None


def lookup(session: Session, s10: str) -> PreAdvised | None:
    """The pre-advice of a scanned ``s10`` (``None`` when the parcel was not announced)."""
    row = session.scalar(select(PreAdvice).where(PreAdvice.s10 == normalise_s10(s10)))
    if row is None:
        return None
    payload = json.loads(row.payload_json)
    mm = payload.get("dimensions_mm")
    return PreAdvised(
        row.id,
        row.s10,
        row.source,
        row.row_number,
        to_consignment(payload, preadvice_ref=f"preadvice:{row.id}"),
        row.acceptance_id,
        row.batch_id,
        row.declared_grams,
        Dimensions(*mm) if isinstance(mm, list) and len(mm) == 3 else None,
    )


def link_acceptance(session: Session, s10: str, acceptance_id: str) -> bool:
    """Mark the pre-advice of ``s10`` as accepted (in the acceptance's transaction)."""
    row = session.scalar(select(PreAdvice).where(PreAdvice.s10 == normalise_s10(s10)))
    if row is None:
        return False
    row.acceptance_id = acceptance_id
    return True
