"""The customs declaration (CN 23 / CP 72) of a consignment and its content lines.

Decision: a content line's net weight and value are **for the whole line** (all units of
it together), exactly as the CN 23 form's columns are; the UI labels the columns
"net weight of line" and "value of line". Values are quantized per line, so the
declared totals are the plain sum of the lines and always add up.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.money import Money, total
from app.domain.weight import Grams

CTX = "Customs"


class CustomsCategory(StrEnum):
    """CN 23 item category: exactly one per declaration."""

    GIFT = "gift"
    DOCUMENTS = "documents"
    COMMERCIAL_SAMPLE = "commercial_sample"
    RETURNED_GOODS = "returned_goods"
    SALE_OF_GOODS = "sale_of_goods"
    OTHER = "other"

    @property
    def label(self) -> str:
        """English label, marked for translation in context ``Customs``."""
        return CATEGORY_LABELS[self]

    @property
    def is_commercial(self) -> bool:
        return self in (CustomsCategory.SALE_OF_GOODS, CustomsCategory.COMMERCIAL_SAMPLE)


CATEGORY_LABELS: dict[CustomsCategory, str] = {
    CustomsCategory.GIFT: QT_TRANSLATE_NOOP(CTX, "Gift"),
    CustomsCategory.DOCUMENTS: QT_TRANSLATE_NOOP(CTX, "Documents"),
    CustomsCategory.COMMERCIAL_SAMPLE: QT_TRANSLATE_NOOP(CTX, "Commercial sample"),
    CustomsCategory.RETURNED_GOODS: QT_TRANSLATE_NOOP(CTX, "Returned goods"),
    CustomsCategory.SALE_OF_GOODS: QT_TRANSLATE_NOOP(CTX, "Sale of goods"),
    CustomsCategory.OTHER: QT_TRANSLATE_NOOP(CTX, "Other"),
}


@dataclass(frozen=True, slots=True)
class CustomsLine:
    """One content line of a CN 23: weight and value are totals for the whole line."""

    description: str
    quantity: int
    net_grams: Grams
    value: Money
    hs_code: str = ""
    origin_country: str = ""
    unit: str = "pcs"
    # The piece (postal item) this line travels in, counted from 1 as printed
    # ("piece 2 of 3"); a single-piece consignment keeps the default.
    piece: int = 1
    # The description in Latin script for documents leaving the country ("" = not given;
    # the documents then use the automatic transliteration of ``description``).
    description_latin: str = ""

    @property
    def unit_value(self) -> Money:
        """Value of one unit (for display only; the line value is what is declared)."""
        if self.quantity <= 0:
            return self.value
        return Money(self.value.amount / Decimal(self.quantity), self.value.currency).quantized()


@dataclass(frozen=True, slots=True)
class CustomsDeclaration:
    """CN 23 data of a consignment (shared by all its pieces)."""

    category: CustomsCategory = CustomsCategory.SALE_OF_GOODS
    lines: tuple[CustomsLine, ...] = ()
    currency: str = "EUR"
    category_explanation: str = ""
    importer_reference: str = ""
    importer_contact: str = ""
    licence_number: str = ""
    certificate_number: str = ""
    invoice_number: str = ""
    comments: str = ""
    exporter_iec: str = ""
    pbe_reference: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def total_value(self) -> Money:
        return total([line.value.quantized() for line in self.lines], self.currency)

    def for_piece(self, piece: int) -> CustomsDeclaration:
        """The declaration of one postal item: the same header, only the lines of ``piece``."""
        lines = tuple(ln for ln in self.lines if ln.piece == piece)
        # The common single-piece case keeps every line: no copy (the object is frozen).
        return self if len(lines) == len(self.lines) else replace(self, lines=lines)

    @property
    def total_net_grams(self) -> Grams:
        return sum(line.net_grams for line in self.lines)
