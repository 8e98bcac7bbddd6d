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

Import rules: a structural problem (not UTF-8, missing columns, not CSV/JSON) raises
``PreAdviceFormatError`` and imports **nothing**. Otherwise each parcel is validated: good
parcels are stored, bad ones reported with the file's row (CSV: spreadsheet row number,
the header being row 1; JSON: the line where the parcel starts) and every reason.
Importing the same file again changes nothing: each parcel's canonical payload is hashed
and an unchanged parcel is left alone; a changed one replaces the stored data until the
parcel is accepted.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consignment import Consignment, Party, Piece
from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.customs_rules import CustomsRules
from app.domain.money import Money
from app.domain.problems import Problem
from app.domain.product import DEFAULT_HEAVY
from app.domain.s10 import check as check_s10
from app.domain.s10 import normalise as normalise_s10
from app.domain.validation import validate_consignment
from app.domain.weight import parse_kg
from app.services.postal_rules import refusal_reason, terminal_policy
from app.store.database import Database
from app.store.models import Piece as PieceRow
from app.store.models import PreAdvice

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
ALL_COLUMNS = (*PARCEL_COLUMNS, *LINE_FIELDS)
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
MAX_REASONS = 8


class PreAdviceFormatError(ValueError):
    """The file as a whole cannot be read; nothing was imported. The message says what to do."""


@dataclass(frozen=True, slots=True)
class RowError:
    """A parcel that was not imported: its row in the file, S10 and every reason."""

    row: int
    s10: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"row {self.row} ({self.s10 or 'no S10'}): " + "; ".join(self.reasons)


@dataclass(slots=True)
class ImportReport:
    """What an import did."""

    file: str
    sha256: str
    parcels: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


@dataclass(slots=True)
class _Parcel:
    """A parcel read from a file, before validation."""

    row: int
    s10: str
    payload: dict[str, Any]
    errors: list[str] = field(default_factory=list)


# --- reading ----------------------------------------------------------------------------


def _decode(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise PreAdviceFormatError(f"{name} is empty: nothing was imported.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = ""
        try:
            raw.decode("cp1251")
            hint = " It looks like Windows-1251 (Excel's plain 'CSV'): save it as 'CSV UTF-8'."
        except UnicodeDecodeError:
            pass
        raise PreAdviceFormatError(
            f"{name} is not UTF-8 text (first bad byte on line {line}).{hint} "
            "Nothing was imported; save the file as UTF-8 and import it again."
        ) from exc


def _clean(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _line_payload(get: Any, errors: list[str]) -> dict[str, Any]:
    """A content line from a mapping-like getter; parse errors go to ``errors``."""
    qty_text = _clean(get("quantity"))
    try:
        quantity = int(qty_text)
    except ValueError:
        errors.append(f"quantity {qty_text!r} is not a whole number")
        quantity = 0
    kg_text = _clean(get("net_weight_kg"))
    try:
        net_grams = parse_kg(kg_text)
    except ValueError:
        errors.append(f"net_weight_kg {kg_text!r} is not a weight in kg (like 12.5)")
        net_grams = 0
    value_text = _clean(get("value")).replace(",", ".").replace(" ", "")
    try:
        if not Decimal(value_text).is_finite():
            raise InvalidOperation
    except InvalidOperation:
        errors.append(f"value {_clean(get('value'))!r} is not an amount")
        value_text = "0"
    return {
        "description": _clean(get("description")),
        "quantity": quantity,
        "unit": _clean(get("unit")) or "pcs",
        "net_grams": net_grams,
        "value": value_text,
        "hs_code": _clean(get("hs_code")),
        "origin_country": _clean(get("origin_country")).upper(),
    }


def _customs_header(get: Any, errors: list[str]) -> dict[str, Any]:
    out = {f: _clean(get(f)) for f in CUSTOMS_FIELDS}
    out["currency"] = out["currency"].upper()
    out["category"] = out["category"].lower()
    total_kg = out.pop("total_net_weight_kg")
    out["total_net_grams"] = ""
    if total_kg:
        try:
            out["total_net_grams"] = str(parse_kg(total_kg))
        except ValueError:
            errors.append(f"total_net_weight_kg {total_kg!r} is not a weight in kg")
    out["total_value"] = out["total_value"].replace(",", ".").replace(" ", "")
    return out


def _party(get: Any, prefix: str) -> dict[str, str]:
    party = {f: _clean(get(f"{prefix}_{f}")) for f in PARTY_FIELDS}
    party["country"] = party["country"].upper()
    return party


def _sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_csv(text: str, name: str) -> tuple[list[_Parcel], list[str]]:
    """Parcels of a CSV text (grouped by S10) and warnings; structural errors raise."""
    first = text.splitlines()[0] if text else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise PreAdviceFormatError(f"{name}: no header row. Nothing was imported.") from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise PreAdviceFormatError(
            f"{name} lacks the column(s) {', '.join(missing)}. Nothing was imported; "
            "add them to the header row (see the pre-advice format) and import again."
        )
    dupes = sorted({h for h in header if header.count(h) > 1 and h})
    if dupes:
        raise PreAdviceFormatError(
            f"{name} has the column(s) {', '.join(dupes)} twice. Nothing was imported."
        )
    warnings = [
        f"column {h!r} is not a pre-advice column and was ignored"
        for h in header
        if h and h not in ALL_COLUMNS
    ]
    index = {h: i for i, h in enumerate(header)}
    parcels: dict[str, _Parcel] = {}
    order: list[_Parcel] = []
    row_start = 2
    try:
        for record in reader:
            row = row_start
            row_start = reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue

            def get(col: str, _r: list[str] = record) -> str:
                i = index.get(col)
                return _r[i] if i is not None and i < len(_r) else ""

            s10 = normalise_s10(get("s10"))
            errors: list[str] = []
            if len(record) != len(header):
                errors.append(f"has {len(record)} fields but the header has {len(header)}")
            line = _line_payload(get, errors)
            parcel_fields = {c: _clean(get(c)) for c in PARCEL_COLUMNS if c != "s10"}
            existing = parcels.get(s10) if s10 else None
            if existing is None:
                payload = {
                    "s10": s10,
                    "sender": _party(get, "sender"),
                    "addressee": _party(get, "addressee"),
                    "customs": {**_customs_header(get, errors), "lines": [line]},
                }
                parcel = _Parcel(row, s10, payload, list(errors))
                parcel.payload["_fields"] = parcel_fields
                order.append(parcel)
                if s10:
                    parcels[s10] = parcel
                continue
            # A continuation row: parcel columns empty or equal to the first row's.
            first_fields = existing.payload["_fields"]
            for col, value in parcel_fields.items():
                if value and value != first_fields[col]:
                    errors.append(f"{col} differs from row {existing.row} of the same parcel")
            existing.payload["customs"]["lines"].append(line)
            existing.errors.extend(f"row {row}: {e}" for e in errors)
    except csv.Error as exc:
        raise PreAdviceFormatError(
            f"{name}, row {row_start}: not readable as CSV ({exc}). Nothing was imported."
        ) from exc
    for p in order:
        p.payload.pop("_fields", None)
    return order, warnings


def read_json(text: str, name: str) -> tuple[list[_Parcel], list[str]]:
    """Parcels of a JSON text; structural errors raise."""
    from app.services.reference_data import loads_with_lines

    try:
        data = loads_with_lines(text)
    except json.JSONDecodeError as exc:
        raise PreAdviceFormatError(
            f"{name}, line {exc.lineno}: JSON syntax error ({exc.msg}). Nothing was imported."
        ) from exc
    if isinstance(data, dict):
        if data.get("format") not in (None, JSON_FORMAT) or not isinstance(
            data.get("parcels"), list
        ):
            raise PreAdviceFormatError(
                f'{name}: expected {{"format": "{JSON_FORMAT}", "parcels": [...]}} or a list of '
                "parcels. Nothing was imported."
            )
        items = data["parcels"]
    elif isinstance(data, list):
        items = data
    else:
        raise PreAdviceFormatError(f"{name}: expected a list of parcels. Nothing was imported.")
    out: list[_Parcel] = []
    for n, item in enumerate(items, start=1):
        row = getattr(item, "line", n)
        if not isinstance(item, dict):
            out.append(_Parcel(row, "", {}, [f"parcel {n} is not an object {{...}}"]))
            continue
        errors: list[str] = []

        def section(key: str, _item: dict[str, Any] = item, _errors: list[str] = errors) -> Any:
            value = _item.get(key)
            if not isinstance(value, dict):
                _errors.append(f"'{key}' is missing or not an object")
                return {}
            return value

        sender, addressee, customs = section("sender"), section("addressee"), section("customs")
        raw_lines = customs.get("lines")
        if not isinstance(raw_lines, list) or not raw_lines:
            errors.append("customs 'lines' is missing or empty")
            raw_lines = []
        lines = []
        for i, raw in enumerate(raw_lines, start=1):
            if not isinstance(raw, dict):
                errors.append(f"line {i} is not an object")
                continue
            line_errors: list[str] = []
            lines.append(_line_payload(raw.get, line_errors))
            errors.extend(f"line {i}: {e}" for e in line_errors)
        s10 = normalise_s10(_clean(item.get("s10")))
        payload = {
            "s10": s10,
            "sender": _party(lambda k, _s=sender: _s.get(k.split("_", 1)[1]), "sender"),
            "addressee": _party(lambda k, _a=addressee: _a.get(k.split("_", 1)[1]), "addressee"),
            "customs": {**_customs_header(customs.get, errors), "lines": lines},
        }
        out.append(_Parcel(row, s10, payload, errors))
    return out, []


def read_file(path: Path) -> tuple[list[_Parcel], list[str], str]:
    """Parcels, warnings and the file's SHA-256; ``PreAdviceFormatError`` on structure."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PreAdviceFormatError(f"{path} cannot be read ({exc.strerror}).") from exc
    sha = hashlib.sha256(raw).hexdigest()
    text = _decode(raw, path.name)
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or stripped.startswith(("{", "[")):
        parcels, warnings = read_json(text, path.name)
    else:
        parcels, warnings = read_csv(text, path.name)
    return parcels, warnings, sha


# --- payload <-> domain -----------------------------------------------------------------


def canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


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


def _reasons(problems: Iterable[Problem]) -> list[str]:
    return [f"{p.field}: {p.message}" for p in problems if p.blocking]


def validate_payload(payload: dict[str, Any], rules: CustomsRules | None, on: date) -> list[str]:
    """Reasons a parcel cannot be pre-advised (empty when it is fine)."""
    s10 = check_s10(payload.get("s10", ""))
    reasons = [] if s10.ok else [f"s10: {s10.reason}"]
    category = payload["customs"].get("category", "")
    if category not in {c.value for c in CustomsCategory}:
        reasons.append(
            f"customs.category: {category!r} is not one of "
            + ", ".join(c.value for c in CustomsCategory)
        )
        return reasons
    currency = payload["customs"].get("currency", "")
    if len(currency) != 3 or not currency.isalpha():
        return [*reasons, f"customs.currency: {currency!r} is not an ISO 4217 code"]
    c = to_consignment(payload)
    # The pieces are weighed and measured at the counter, not announced.
    problems = [
        p
        for p in validate_consignment(c, DEFAULT_HEAVY, rules, on)
        if not p.field.startswith("pieces")
    ]
    return reasons + _reasons(problems)


# --- import -----------------------------------------------------------------------------


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def import_file(
    db: Database,
    path: Path,
    *,
    rules: CustomsRules | None = None,
    on: date | None = None,
) -> ImportReport:
    """Import a pre-advice file (see module docstring); raises ``PreAdviceFormatError``."""
    path = Path(path)
    parcels, warnings, sha = read_file(path)
    day = on or date.today()
    report = ImportReport(path.name, sha, parcels=len(parcels), warnings=warnings)
    source = f"{path.name[:120]} sha256:{sha[:16]}"
    good: list[tuple[_Parcel, str, str]] = []
    seen: dict[str, int] = {}
    with db.read() as session:  # identifiers this branch's product may accept (issue 10)
        policy = terminal_policy(session)
    for p in parcels:
        reasons = list(p.errors)
        refused = refusal_reason(p.s10, policy) if p.s10 and not reasons else ""
        if refused:
            reasons.append(f"s10: {refused}")
        if p.s10 and p.s10 in seen:
            reasons.append(f"s10 {p.s10} was already given in row {seen[p.s10]} of this file")
        elif p.s10:
            seen[p.s10] = p.row
        if not reasons and p.payload:
            reasons = validate_payload(p.payload, rules, day)
        if reasons:
            report.rejected.append(RowError(p.row, p.s10, tuple(reasons[:MAX_REASONS])))
            continue
        text = canonical(p.payload)
        good.append((p, text, hashlib.sha256(text.encode("utf-8")).hexdigest()))

    def work(session: Session) -> None:
        wanted = [p.s10 for p, _, _ in good]
        existing: dict[str, PreAdvice] = {}
        accepted: set[str] = set()
        for chunk in _chunks(wanted):
            existing.update(
                (row.s10, row)
                for row in session.scalars(select(PreAdvice).where(PreAdvice.s10.in_(chunk)))
            )
            accepted.update(session.scalars(select(PieceRow.s10).where(PieceRow.s10.in_(chunk))))
        now = datetime.now(UTC)
        for p, text, digest in good:
            row = existing.get(p.s10)
            if row is not None and row.payload_sha256 == digest:
                report.unchanged += 1
            elif p.s10 in accepted or (row is not None and row.acceptance_id):
                report.rejected.append(
                    RowError(
                        p.row,
                        p.s10,
                        ("this parcel was already accepted: its data can no longer change",),
                    )
                )
            elif row is not None:
                row.payload_json, row.payload_sha256 = text, digest
                row.source, row.row_number, row.imported_at = source, p.row, now
                report.updated += 1
            else:
                session.add(
                    PreAdvice(
                        s10=p.s10,
                        source=source,
                        row_number=p.row,
                        payload_json=text,
                        payload_sha256=digest,
                        imported_at=now,
                    )
                )
                report.imported += 1

    db.write_with_retry(work)
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

    @property
    def accepted(self) -> bool:
        return self.acceptance_id is not None


def lookup(session: Session, s10: str) -> PreAdvised | None:
    """The pre-advice of a scanned ``s10`` (``None`` when the parcel was not announced)."""
    row = session.scalar(select(PreAdvice).where(PreAdvice.s10 == normalise_s10(s10)))
    if row is None:
        return None
    payload = json.loads(row.payload_json)
    return PreAdvised(
        row.id,
        row.s10,
        row.source,
        row.row_number,
        to_consignment(payload, preadvice_ref=f"preadvice:{row.id}"),
        row.acceptance_id,
    )


def link_acceptance(session: Session, s10: str, acceptance_id: str) -> bool:
    """Mark the pre-advice of ``s10`` as accepted (in the acceptance's transaction)."""
    row = session.scalar(select(PreAdvice).where(PreAdvice.s10 == normalise_s10(s10)))
    if row is None:
        return False
    row.acceptance_id = acceptance_id
    return True
