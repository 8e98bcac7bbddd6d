"""Documents of a multi-piece consignment, read back: each piece is its own postal item.

The CN 23 of piece 2 carries piece 2's S10 only (zxing-cpp), only its content lines and
its own gross weight (pypdf); nothing on a document of an RU->IN item is Cyrillic; the
sender's customs references are never cut.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from app.domain.customs import CustomsCategory, CustomsLine
from app.domain.money import Money
from app.domain.product import DEFAULT_HEAVY
from app.domain.s10 import S10
from app.services.acceptance import accept
from app.services.documents import acceptance_documents, cn23_for_s10
from app.services.pricing import default_pricing
from app.services.terminal import CounterContext
from app.store.database import Database
from tests.docs_helpers import barcodes_on_page, pdf_pages_text, pdf_text
from tests.factories import consignment, piece

S10S = [str(S10.build("CP", 20_000_001 + k, "RU")) for k in range(3)]
GROSS = (52_350, 61_200, 197_000)


def _line(desc: str, grams: int, value: str, on: int) -> CustomsLine:
    return CustomsLine(desc, 1, grams, Money(Decimal(value), "EUR"), "940360", "RU", piece=on)


def _three_pieces(**customs: object) -> object:
    base = consignment()
    lines = (
        _line("Стол обеденный из дуба", 40_000, "420.00", 1),
        _line("Upholstered armchair", 10_000, "150.00", 1),
        _line("Wardrobe, flat-packed", 55_000, "380.00", 2),
        _line("Gas cooker, 4 burners", 150_000, "610.00", 3),
    )
    return replace(
        base,
        pieces=tuple(piece(s, g) for s, g in zip(S10S, GROSS, strict=True)),
        customs=replace(base.customs, lines=lines, **customs),
    )


def _accept(db: Database, clerk: CounterContext, **customs: object) -> None:
    accept(db, clerk, _three_pieces(**customs), limits=DEFAULT_HEAVY, pricing=default_pricing())  # type: ignore[arg-type]


def test_cn23_of_piece_2_is_piece_2_only(db: Database, clerk: CounterContext) -> None:
    _accept(db, clerk)
    docs = acceptance_documents(db, s10=S10S[1])
    pages = pdf_pages_text(docs.cn23_pdf)
    assert len(pages) == 3  # one CN 23 per item, each fits on one sheet
    page2 = pages[1]
    assert [text for _, text in barcodes_on_page(docs.cn23_pdf, 1)] == [S10S[1]]
    assert "Wardrobe, flat-packed" in page2
    for other in ("Upholstered armchair", "Gas cooker", "Stol obedennyi"):
        assert other not in page2
    assert "61.200" in page2 or "61,200" in page2 or "61.2" in page2  # its own gross weight
    assert "314.550" not in page2  # not the consignment's total
    assert f"Consignment {S10S[0]}, piece 2 of 3" in page2
    assert S10S[2] not in page2
    # the stand-alone CN 23 of the piece is the same item
    data = cn23_for_s10(db, S10S[1])
    assert data.item_ids == (S10S[1],) and data.gross_grams == 61_200
    assert [ln.description for ln in data.declaration.lines] == ["Wardrobe, flat-packed"]
    # the postage shares add up to what the customer paid
    shares = [cn23_for_s10(db, s).postal_charges.amount for s in S10S]
    with db.read() as s:
        from app.store.models import Acceptance

        (row,) = s.query(Acceptance).all()
        assert sum(shares) == row.fee_amount


def test_no_cyrillic_on_any_document_of_an_ru_to_in_item(
    db: Database, clerk: CounterContext
) -> None:
    _accept(db, clerk)
    docs = acceptance_documents(db, s10=S10S[0])
    cyrillic = re.compile(r"[\u0400-\u04FF]")
    for name, text in (("CN 23", pdf_text(docs.cn23_pdf)), ("labels", pdf_text(docs.labels_pdf))):
        assert not cyrillic.search(text), f"Cyrillic on the {name}"
    assert not cyrillic.search(docs.labels_zpl)
    cn23 = pdf_text(docs.cn23_pdf)
    assert "Ivanov Sergei Petrovich" in cn23 and "Stol obedennyi iz duba" in cn23
    # the receipt is domestic: it keeps the original
    receipt = pdf_text(docs.receipt_pdf)
    assert "Иванов Сергей Петрович" in receipt
    # no import rules are known for India: "no estimate", never "none expected"
    flat = " ".join(receipt.split())
    assert "No estimate" in flat and "none expected" not in flat.lower()


def test_long_indian_customs_references_are_never_cut(db: Database, clerk: CounterContext) -> None:
    pbe = "PBE 7781234 dated 28.11.2026 ICEGATE ack 2026112800012345 port INDEL4"
    _accept(
        db,
        clerk,
        exporter_iec="AAACS1234K",
        pbe_reference=pbe,
        category=CustomsCategory.SALE_OF_GOODS,
    )
    text = pdf_text(acceptance_documents(db, s10=S10S[0]).cn23_pdf)
    flat = " ".join(text.split())
    assert "IEC AAACS1234K" in flat
    assert f"PBE {pbe}" in flat
    assert "…" not in flat.split("Sender's customs reference")[1][:300]


def test_ead_of_piece_2_is_its_own_message(db: Database, clerk: CounterContext) -> None:
    import xmlschema

    from app.services.ead import itmatt_for_s10
    from app.services.paths import resource

    _accept(db, clerk)
    with db.read() as s:
        xml = itmatt_for_s10(s, S10S[1].lower())
    assert xml is not None
    xmlschema.XMLSchema(resource("schemas", "postcounter-itmatt-1.xsd")).validate(xml)
    assert f"<ItemId>{S10S[1]}</ItemId>" in xml
    assert "Wardrobe, flat-packed" in xml and "Gas cooker" not in xml
    assert "<PieceNumber>2</PieceNumber>" in xml and "<NumberOfPieces>3</NumberOfPieces>" in xml
    assert not re.search(r"[\u0400-\u04FF]", xml)


def test_receipt_prints_the_note_of_an_unconfirmed_rule() -> None:
    from datetime import date

    from app.services.documents import _unconfirmed_rule_note
    from app.store.models import Acceptance

    def row(category: str, duty: Decimal | None, country: str = "RU") -> Acceptance:
        return Acceptance(
            duty_amount=duty,
            addressee_country=country,
            business_day=date(2026, 8, 1),
            customs_category=category,
        )

    # the e-commerce regime's weight criterion is unconfirmed in the rules file
    assert "UNCONFIRMED" in _unconfirmed_rule_note(row("sale_of_goods", Decimal("12.00")))
    assert _unconfirmed_rule_note(row("gift", Decimal("0.00"))) == ""  # confirmed regime
    assert _unconfirmed_rule_note(row("sale_of_goods", None, "IN")) == ""  # no estimate


def test_a_197_kg_piece_is_marked_for_mechanical_handling(
    db: Database, clerk: CounterContext
) -> None:
    _accept(db, clerk)
    docs = acceptance_documents(db, s10=S10S[2])
    pages = pdf_pages_text(docs.labels_pdf)
    assert "MECHANICAL HANDLING" in pages[2] and "TWO-PERSON LIFT" not in pages[2]
    assert "pallet truck / forklift" in pages[2]
    assert "TWO-PERSON LIFT" in pages[0]  # 52.35 kg
    zpl_third = docs.labels_zpl.split("^XZ")[2]
    assert "MECHANICAL HANDLING" in zpl_third and "TWO-PERSON" not in zpl_third


def test_the_clerks_latin_forms_are_printed_abroad(db: Database, clerk: CounterContext) -> None:
    c = _three_pieces()
    sender = replace(c.sender, latin=(("name", "Ivanov Sergey Petrovich"),))  # type: ignore[attr-defined]
    lines = list(c.customs.lines)  # type: ignore[attr-defined]
    lines[0] = replace(lines[0], description_latin="Oak dining table")
    c = replace(c, sender=sender, customs=replace(c.customs, lines=tuple(lines)))  # type: ignore[attr-defined]
    accept(db, clerk, c, limits=DEFAULT_HEAVY, pricing=default_pricing())  # type: ignore[arg-type]
    docs = acceptance_documents(db, s10=S10S[0])
    cn23 = pdf_text(docs.cn23_pdf)
    assert "Ivanov Sergey Petrovich" in cn23 and "Oak dining table" in cn23
    assert "Ivanov Sergey Petrovich" in pdf_text(docs.labels_pdf)
    receipt = pdf_text(docs.receipt_pdf)
    assert "Иванов Сергей Петрович" in receipt  # the original stays on domestic paper


def test_a_corrected_original_drops_its_stale_latin_form(
    db: Database, clerk: CounterContext
) -> None:
    from app.services.acceptance import stored_latin
    from app.store.models import Acceptance

    c = _three_pieces()
    sender = replace(c.sender, latin=(("name", "Ivanov Sergey Petrovich"),))  # type: ignore[attr-defined]
    accept(db, clerk, replace(c, sender=sender), limits=DEFAULT_HEAVY, pricing=default_pricing())  # type: ignore[arg-type]
    with db.write() as s:
        (row,) = s.query(Acceptance).all()
        assert stored_latin(row) == {"sender": {"name": "Ivanov Sergey Petrovich"}}
        row.sender_name = "Иванов Семён Петрович"  # what an amendment does to the row
        assert stored_latin(row) == {}
    assert "Ivanov Semen Petrovich" in pdf_text(acceptance_documents(db, s10=S10S[0]).cn23_pdf)
