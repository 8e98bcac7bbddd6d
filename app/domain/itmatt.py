"""Electronic advance data: an ITMATT-shaped XML document of a consignment.

The UPU's ITMATT message (standard M33) carries the CN 23 data ahead of the parcel. Its
schema is not public, so this builds an XML document with the ITMATT data elements of
DESIGN.md 5.2: sender, addressee (with tax numbers), category, totals, content pieces
(description, quantity, weight, value, HS code, origin), postage, licence, certificate
and invoice numbers, plus the items (S10, weights) and the acceptance event (``EMA``).

Every element name lives in ``ELEMENTS`` (logical name -> XML name) and nowhere else,
so mapping to the official schema later is one table to edit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain.consignment import Consignment, Party
from app.domain.money import Money
from app.domain.weight import format_kg

SCHEMA_VERSION = "postcounter-itmatt-1"
ACCEPTANCE_EVENT = "EMA"

ELEMENTS: dict[str, str] = {
    # envelope
    "message": "ITMATT",
    "header": "MessageHeader",
    "schema_version": "SchemaVersion",
    "message_id": "MessageId",
    "created": "DateTimeCreated",
    "event_code": "EventCode",
    "office_of_origin": "OfficeOfOrigin",
    "posted_at": "DateOfPosting",
    # consignment
    "consignment": "Consignment",
    "product": "ProductCode",
    "piece_count": "NumberOfItems",
    "items": "Items",
    "item": "Item",
    "item_id": "ItemId",
    "piece_seq": "PieceNumber",
    "gross_weight": "GrossWeight",
    "chargeable_weight": "ChargeableWeight",
    "dimensions": "Dimensions",
    "length": "Length",
    "width": "Width",
    "height": "Height",
    # parties
    "sender": "Sender",
    "addressee": "Addressee",
    "name": "Name",
    "address": "Address",
    "city": "City",
    "postcode": "PostCode",
    "country": "CountryCode",
    "phone": "Phone",
    "email": "Email",
    "tax_id": "TaxId",
    # customs declaration
    "declaration": "CustomsDeclaration",
    "category": "ItemCategory",
    "category_explanation": "CategoryExplanation",
    "currency": "Currency",
    "total_value": "TotalDeclaredValue",
    "total_net_weight": "TotalNetWeight",
    "total_gross_weight": "TotalGrossWeight",
    "postage": "PostalCharges",
    "importer_reference": "ImporterReference",
    "importer_contact": "ImporterContact",
    "licence": "LicenceNumber",
    "certificate": "CertificateNumber",
    "invoice": "InvoiceNumber",
    "comments": "Comments",
    "exporter_iec": "ExporterCode",
    "pbe_reference": "ExportDeclarationReference",
    "contents": "Contents",
    "content_piece": "ContentPiece",
    "line_number": "LineNumber",
    "description": "Description",
    "quantity": "Quantity",
    "unit": "Unit",
    "net_weight": "NetWeight",
    "value": "Value",
    "hs_code": "HsTariffNumber",
    "origin": "OriginCountry",
}

# Attribute names, kept here for the same reason.
ATTRIBUTES: dict[str, str] = {"unit": "unit", "currency": "currency"}


@dataclass(frozen=True, slots=True)
class AdviceContext:
    """What the EAD needs beyond the consignment: identity, office, time and postage."""

    message_id: str
    office_of_origin: str
    posted_at: datetime
    postage: Money | None = None
    volumetric_divisor: int = 5000
    # Chargeable weights as stored at acceptance, per piece; computed when empty.
    chargeable_grams: tuple[int, ...] = ()


def _el(parent: ET.Element, key: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, ELEMENTS[key], {ATTRIBUTES.get(k, k): v for k, v in attrs.items()})
    if text is not None:
        node.text = text
    return node


def _kg(parent: ET.Element, key: str, grams: int) -> None:
    _el(parent, key, format_kg(grams, 3), unit="kg")


def _party(parent: ET.Element, key: str, party: Party) -> None:
    node = _el(parent, key)
    for name in ("name", "address", "city", "postcode", "country", "phone", "email", "tax_id"):
        value = getattr(party, name).strip()
        if value or name in ("name", "address", "city", "postcode", "country"):
            _el(node, name, value.upper() if name == "country" else value)


def build_itmatt(consignment: Consignment, ctx: AdviceContext) -> ET.Element:
    """The ITMATT-shaped element tree of ``consignment``."""
    root = ET.Element(ELEMENTS["message"])
    header = _el(root, "header")
    _el(header, "schema_version", SCHEMA_VERSION)
    _el(header, "message_id", ctx.message_id)
    _el(header, "created", ctx.posted_at.astimezone(UTC).isoformat(timespec="seconds"))
    _el(header, "event_code", ACCEPTANCE_EVENT)
    _el(header, "office_of_origin", ctx.office_of_origin)
    _el(header, "posted_at", ctx.posted_at.astimezone(UTC).isoformat(timespec="seconds"))

    cons = _el(root, "consignment")
    _el(cons, "product", consignment.product)
    _el(cons, "piece_count", str(len(consignment.pieces)))
    _party(cons, "sender", consignment.sender)
    _party(cons, "addressee", consignment.addressee)
    items = _el(cons, "items")
    for seq, piece in enumerate(consignment.pieces, start=1):
        item = _el(items, "item")
        _el(item, "item_id", piece.s10)
        _el(item, "piece_seq", f"{seq}/{len(consignment.pieces)}")
        _kg(item, "gross_weight", piece.gross_grams)
        chargeable = (
            ctx.chargeable_grams[seq - 1]
            if len(ctx.chargeable_grams) >= seq
            else piece.chargeable_grams(ctx.volumetric_divisor)
        )
        _kg(item, "chargeable_weight", chargeable)
        if piece.dimensions:
            dims = _el(item, "dimensions")
            d = piece.dimensions
            for key, mm in (
                ("length", d.length_mm),
                ("width", d.width_mm),
                ("height", d.height_mm),
            ):
                _el(dims, key, f"{mm / 10:g}", unit="cm")

    decl = consignment.customs
    node = _el(cons, "declaration")
    _el(node, "category", decl.category.value)
    if decl.category_explanation.strip():
        _el(node, "category_explanation", decl.category_explanation.strip())
    _el(node, "currency", decl.currency)
    _el(node, "total_value", str(decl.total_value.amount), currency=decl.currency)
    _kg(node, "total_net_weight", decl.total_net_grams)
    _kg(node, "total_gross_weight", consignment.gross_grams)
    if ctx.postage is not None:
        q = ctx.postage.quantized()
        _el(node, "postage", str(q.amount), currency=q.currency)
    for key, value in (
        ("importer_reference", decl.importer_reference),
        ("importer_contact", decl.importer_contact),
        ("licence", decl.licence_number),
        ("certificate", decl.certificate_number),
        ("invoice", decl.invoice_number),
        ("comments", decl.comments),
        ("exporter_iec", decl.exporter_iec),
        ("pbe_reference", decl.pbe_reference),
    ):
        if value.strip():
            _el(node, key, value.strip())
    contents = _el(node, "contents")
    for n, line in enumerate(decl.lines, start=1):
        piece = _el(contents, "content_piece")
        _el(piece, "line_number", str(n))
        _el(piece, "description", line.description.strip())
        _el(piece, "quantity", str(line.quantity), unit=line.unit)
        _kg(piece, "net_weight", line.net_grams)
        q = line.value.quantized()
        _el(piece, "value", str(q.amount), currency=q.currency)
        if line.hs_code.strip():
            _el(piece, "hs_code", line.hs_code.strip())
        _el(piece, "origin", line.origin_country.strip().upper())
    return root


def itmatt_xml(consignment: Consignment, ctx: AdviceContext) -> str:
    """The ITMATT-shaped document as UTF-8 XML text with a declaration, indented."""
    root = build_itmatt(consignment, ctx)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=False).join(
        ('<?xml version="1.0" encoding="UTF-8"?>\n', "\n")
    )
