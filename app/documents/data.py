"""Plain data the renderers print: built by ``app.services.documents`` from the database.

The renderers take only these objects (and domain objects inside them), so they are
pure functions from data to PDF bytes, testable and benchmarkable without a database.
The language of the printed captions is data too (``caption_lang``, chosen by the service
from the branch's country): a renderer never looks at settings or the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.consignment import Party
from app.domain.customs import CustomsDeclaration
from app.domain.money import Money
from app.domain.weight import Grams


@dataclass(frozen=True, slots=True)
class LabelData:
    """One piece's address label (100 x 150 mm)."""

    s10: str
    piece_no: int
    piece_count: int
    sender: Party
    addressee: Party
    gross_grams: Grams
    accepted_on: date
    office_of_origin: str
    two_person_lift: bool
    two_person_lift_grams: Grams
    service_name: str = "HEAVY PARCEL"
    customs_category: str = ""
    demo: bool = False
    # The handling mark from the rules data (``app.domain.handling``): its code
    # ("two_person_lift", "mechanical_handling"), its text and weight band; "" = none.
    handling_code: str = ""
    handling_text: str = ""
    handling_band: str = ""


@dataclass(frozen=True, slots=True)
class CN23Data:
    """The customs declaration of one postal item (one S10): its lines, weight and value.

    ``item_ids`` holds that one identifier; the consignment appears only as the
    cross-reference ``consignment_ref`` with ``piece_no`` of ``piece_count``. Parties and
    descriptions are in Latin script (the service transliterates them).
    """

    item_ids: tuple[str, ...]
    sender: Party
    addressee: Party
    declaration: CustomsDeclaration
    gross_grams: Grams
    postal_charges: Money
    office_of_origin: str
    posting_date: date
    demo: bool = False
    piece_no: int = 1
    piece_count: int = 1
    consignment_ref: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptPiece:
    """One piece on the customer's receipt."""

    s10: str
    gross_grams: Grams
    length_mm: int
    width_mm: int
    height_mm: int
    volumetric_grams: Grams
    chargeable_grams: Grams


@dataclass(frozen=True, slots=True)
class ReceiptFiscal:
    """The fiscal register's data printed on the receipt (54-FZ), and the FNS QR payload.

    ``lines`` are (Russian caption, value) pairs as the register's own receipt names them;
    ``demo`` marks a fake register's data (printed as not fiscal).
    """

    lines: tuple[tuple[str, str], ...]
    qr_payload: str
    demo: bool = False
    vat_lines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """What the customer takes home: what was paid, for what, and where to track it."""

    acceptance_id: str
    branch_name: str
    branch_code: str
    accepted_at_local: datetime
    clerk: str
    sender: Party
    addressee: Party
    pieces: tuple[ReceiptPiece, ...]
    chargeable_grams: Grams
    gross_grams: Grams
    fee: Money
    declared_value: Money
    customs_category: str
    duty: Money | None
    duty_note: str
    tracking_url: str
    demo: bool = False
    # "ru": captions in Russian with English after them (a Russian branch); "en": English
    # only (an Indian branch: Hindi cannot be shaped by reportlab). See app.documents.captions.
    caption_lang: str = "en"
    # ``duty_note`` in the caption language, printed before the English one; "" on
    # English-only paper. The service builds both from the same captions mapping.
    duty_note_local: str = ""
    fiscal: ReceiptFiscal | None = None  # a registered sale at a Russian counter (issue 15)
    # The return receipt ("возврат прихода") registered when the paid acceptance was voided:
    # printed after the sale's block with its own FNS QR code (n=2) on a reprint.
    fiscal_return: ReceiptFiscal | None = None
    # Issue 17: the business customer ("CODE — name") and its price plan when the fee is a
    # contract price; ``on_account`` names the customer whose account was charged.
    customer: str = ""
    price_plan: str = ""
    on_account: str = ""

    def business_rows(self) -> tuple[tuple[str, str], ...]:
        """(caption key, value) of the contract lines printed under the postage."""
        rows = []
        if self.customer:
            rows.append(("Customer", self.customer))
        if self.price_plan:
            rows.append(("Contract price", self.price_plan))
        if self.on_account:
            rows.append(("On account", self.on_account))
        return tuple(rows)


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One piece on the manifest.

    ``declared_value`` and ``fee`` belong to the consignment and are set on its first
    piece only, so that the column sums are the consignments' sums.
    """

    s10: str
    consignment: str
    piece_no: int
    piece_count: int
    destination: str
    addressee: str
    gross_grams: Grams
    chargeable_grams: Grams
    declared_value: Money | None
    fee: Money | None
    category: str
    voided: bool = False


@dataclass(frozen=True, slots=True)
class ManifestData:
    """A closed business day's dispatch manifest (or a provisional preview of an open day)."""

    number: str
    branch_code: str
    branch_name: str
    business_day: date
    closed_at_local: datetime | None
    supervisor: str
    rows: tuple[ManifestRow, ...]
    provisional: bool = False
    demo: bool = False
    # "ru": Russian captions with English after them; "en": English only (see ReceiptData).
    caption_lang: str = "en"
