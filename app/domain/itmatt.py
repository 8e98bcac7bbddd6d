"""Electronic advance data: one ITMATT-shaped message per postal item, and the EMA event.

The UPU's ITMATT message (standard M33) carries the CN 23 data of **one mail item**
ahead of it. The UPU schema is not public, so the messages here are in a namespace of
this project's own, ``urn:postcounter:ead:itmatt:1``, described by
``resources/schemas/postcounter-itmatt-1.xsd`` (a test validates every message with it):

* header: schema version, message id, time, origin and destination designated operators
  (UPU operator codes from the rules data), office of origin, date of posting;
* mail item: its S10, mail class, destination country, gross and chargeable weight,
  dimensions, the consignment only as a cross-reference (``piece 2 of 3``), sender and
  addressee (Latin script), the customs declaration with the category as the UPU code,
  its own content pieces (description, quantity, net weight, value, currency, HS code,
  origin), totals and postage.

Acceptance (``EMA``) is not part of ITMATT: it is a tracking event, built here as a
separate EMSEVT-shaped message (``urn:postcounter:ead:emsevt:1``,
``resources/schemas/postcounter-emsevt-1.xsd``) and sent with the acceptance.

Every element name lives in ``ELEMENTS`` (logical name -> XML local name) and nowhere
else, so mapping to the official schema later is one table to edit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime

from app.domain.consignment import Consignment, Party
from app.domain.money import Money
from app.domain.postal_item import PostalItem, items_of
from app.domain.transliteration import latin_line, latin_party
from app.domain.weight import format_kg

SCHEMA_VERSION = "postcounter-itmatt-1"
NAMESPACE = "urn:postcounter:ead:itmatt:1"
EVENT_SCHEMA_VERSION = "postcounter-emsevt-1"
EVENT_NAMESPACE = "urn:postcounter:ead:emsevt:1"
ACCEPTANCE_EVENT = "EMA"

ELEMENTS: dict[str, str] = {
    # envelope
    "message": "ITMATT",
    "header": "MessageHeader",
    "schema_version": "SchemaVersion",
    "message_id": "MessageId",
    "created": "DateTimeCreated",
    "origin_operator": "OriginPostalOperator",
    "destination_operator": "DestinationPostalOperator",
    "office_of_origin": "OfficeOfOrigin",
    "posted_at": "DateOfPosting",
    # the mail item
    "item": "MailItem",
    "item_id": "ItemId",
    "mail_class": "MailClass",
    "destination": "DestinationCountry",
    "product": "ProductCode",
    "consignment": "ConsignmentReference",
    "consignment_id": "ConsignmentId",
    "piece_seq": "PieceNumber",
    "piece_count": "NumberOfPieces",
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
    # customs declaration of the item
    "declaration": "CustomsDeclaration",
    "category": "ItemCategory",
    "category_explanation": "CategoryExplanation",
    "currency": "Currency",
    "total_value": "TotalDeclaredValue",
    "total_net_weight": "TotalNetWeight",
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
    # EMSEVT-shaped event
    "event_message": "EMSEVT",
    "event": "TrackingEvent",
    "event_code": "EventCode",
    "event_time": "EventDateTime",
    "event_office": "EventOffice",
}

# Attribute names, kept here for the same reason.
ATTRIBUTES: dict[str, str] = {"unit": "unit", "currency": "currency"}

# CN 23 category -> UPU item category code (rules data may override: ``category_codes``).
DEFAULT_CATEGORY_CODES: dict[str, str] = {
    "gift": "G",
    "documents": "D",
    "commercial_sample": "S",
    "returned_goods": "R",
    "sale_of_goods": "M",
    "other": "O",
}


@dataclass(frozen=True, slots=True)
class AdviceContext:
    """What the EAD needs beyond the consignment: identity, office, time, operators, postage."""

    message_id: str
    office_of_origin: str
    posted_at: datetime
    postage: Money | None = None
    volumetric_divisor: int = 5000
    # Chargeable weights as stored at acceptance, per piece; computed when empty.
    chargeable_grams: tuple[int, ...] = ()
    origin_operator: str = ""
    destination_operator: str = ""
    mail_class: str = "C"
    category_codes: tuple[tuple[str, str], ...] = ()
    # Postage per item (what its CN 23 prints); empty = the whole postage on every item.
    postage_shares: tuple[Money, ...] = ()
    # Latin forms the clerk confirmed: {"sender": {"name": ...}, "addressee": {...}}.
    latin: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


def _q(namespace: str, key: str) -> str:
    return f"{{{namespace}}}{ELEMENTS[key]}"


class _Builder:
    def __init__(self, namespace: str) -> None:
        self.ns = namespace

    def el(self, parent: ET.Element, key: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(
            parent, _q(self.ns, key), {ATTRIBUTES.get(k, k): v for k, v in attrs.items()}
        )
        if text is not None:
            node.text = text
        return node

    def kg(self, parent: ET.Element, key: str, grams: int) -> None:
        self.el(parent, key, format_kg(grams, 3), unit="kg")

    def party(self, parent: ET.Element, key: str, party: Party) -> None:
        node = self.el(parent, key)
        for name in ("name", "address", "city", "postcode", "country", "phone", "email", "tax_id"):
            value = getattr(party, name).strip()
            if value or name in ("name", "address", "city", "postcode", "country"):
                self.el(node, name, value.upper() if name == "country" else value)


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def category_code(category: str, ctx: AdviceContext) -> str:
    codes = dict(ctx.category_codes) or DEFAULT_CATEGORY_CODES
    return codes.get(category, DEFAULT_CATEGORY_CODES.get(category, "O"))


def build_item(consignment: Consignment, item: PostalItem, ctx: AdviceContext) -> ET.Element:
    """The ITMATT-shaped element tree of one postal item."""
    b = _Builder(NAMESPACE)
    root = ET.Element(_q(NAMESPACE, "message"))
    header = b.el(root, "header")
    b.el(header, "schema_version", SCHEMA_VERSION)
    b.el(header, "message_id", f"{ctx.message_id}/{item.number}")
    b.el(header, "created", _stamp(ctx.posted_at))
    b.el(header, "origin_operator", ctx.origin_operator or consignment.sender.country.upper())
    b.el(
        header,
        "destination_operator",
        ctx.destination_operator or consignment.addressee.country.upper(),
    )
    b.el(header, "office_of_origin", ctx.office_of_origin)
    b.el(header, "posted_at", _stamp(ctx.posted_at))

    node = b.el(root, "item")
    b.el(node, "item_id", item.s10)
    b.el(node, "mail_class", ctx.mail_class)
    b.el(node, "destination", consignment.addressee.country.strip().upper())
    b.el(node, "product", consignment.product)
    ref = b.el(node, "consignment")
    b.el(ref, "consignment_id", item.consignment_ref)
    b.el(ref, "piece_seq", str(item.number))
    b.el(ref, "piece_count", str(item.count))
    b.kg(node, "gross_weight", item.gross_grams)
    chargeable = (
        ctx.chargeable_grams[item.number - 1]
        if len(ctx.chargeable_grams) >= item.number
        else item.piece.chargeable_grams(ctx.volumetric_divisor)
    )
    b.kg(node, "chargeable_weight", chargeable)
    if item.piece.dimensions:
        dims = b.el(node, "dimensions")
        d = item.piece.dimensions
        for key, mm in (("length", d.length_mm), ("width", d.width_mm), ("height", d.height_mm)):
            b.el(dims, key, f"{mm / 10:g}", unit="cm")
    latin = {k: dict(v) for k, v in ctx.latin}
    b.party(node, "sender", latin_party(consignment.sender, latin.get("sender")))
    b.party(node, "addressee", latin_party(consignment.addressee, latin.get("addressee")))

    decl = item.declaration
    dnode = b.el(node, "declaration")
    b.el(dnode, "category", category_code(decl.category.value, ctx))
    if decl.category_explanation.strip():
        b.el(dnode, "category_explanation", decl.category_explanation.strip())
    b.el(dnode, "currency", decl.currency)
    b.el(dnode, "total_value", str(decl.total_value.amount), currency=decl.currency)
    b.kg(dnode, "total_net_weight", decl.total_net_grams)
    postage = (
        ctx.postage_shares[item.number - 1]
        if len(ctx.postage_shares) >= item.number
        else ctx.postage
    )
    if postage is not None:
        q = postage.quantized()
        b.el(dnode, "postage", str(q.amount), currency=q.currency)
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
            b.el(dnode, key, value.strip())
    contents = b.el(dnode, "contents")
    for n, line in enumerate(decl.lines, start=1):
        line = latin_line(line)
        piece = b.el(contents, "content_piece")
        b.el(piece, "line_number", str(n))
        b.el(piece, "description", line.description.strip())
        b.el(piece, "quantity", str(line.quantity), unit=line.unit)
        b.kg(piece, "net_weight", line.net_grams)
        q = line.value.quantized()
        b.el(piece, "value", str(q.amount), currency=q.currency)
        if line.hs_code.strip():
            b.el(piece, "hs_code", line.hs_code.strip())
        b.el(piece, "origin", line.origin_country.strip().upper())
    return root


def build_event(item: PostalItem, ctx: AdviceContext, code: str = ACCEPTANCE_EVENT) -> ET.Element:
    """The EMSEVT-shaped tracking event of one item (``EMA``: posting at the counter)."""
    b = _Builder(EVENT_NAMESPACE)
    root = ET.Element(_q(EVENT_NAMESPACE, "event_message"))
    header = b.el(root, "header")
    b.el(header, "schema_version", EVENT_SCHEMA_VERSION)
    b.el(header, "message_id", f"{ctx.message_id}/{item.number}/{code}")
    b.el(header, "created", _stamp(ctx.posted_at))
    event = b.el(root, "event")
    b.el(event, "item_id", item.s10)
    b.el(event, "event_code", code)
    b.el(event, "event_time", _stamp(ctx.posted_at))
    b.el(event, "event_office", ctx.office_of_origin)
    return root


def to_xml(root: ET.Element, namespace: str) -> str:
    """UTF-8 XML text with a declaration, indented, the namespace as default."""
    ET.register_namespace("", namespace)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=False).join(
        ('<?xml version="1.0" encoding="UTF-8"?>\n', "\n")
    )


@dataclass(frozen=True, slots=True)
class ItemAdvice:
    """The advance data of one postal item: its ITMATT and its EMA event."""

    s10: str
    itmatt_xml: str
    emsevt_xml: str


def advance_data(consignment: Consignment, ctx: AdviceContext) -> list[ItemAdvice]:
    """One ITMATT-shaped message and one EMA event per postal item, in piece order."""
    return [
        ItemAdvice(
            item.s10,
            to_xml(build_item(consignment, item, ctx), NAMESPACE),
            to_xml(build_event(item, ctx), EVENT_NAMESPACE),
        )
        for item in items_of(consignment)
    ]


def itmatt_xml(consignment: Consignment, ctx: AdviceContext, s10: str = "") -> str:
    """The ITMATT-shaped message of the item ``s10`` (default: the first piece)."""
    for advice in advance_data(consignment, ctx):
        if not s10 or advice.s10 == s10:
            return advice.itmatt_xml
    raise LookupError(f"{s10} is not a piece of this consignment")
