"""Customs validation with the corridor's rules: table-driven boundaries and properties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.hs import normalise
from app.domain.money import Money
from app.domain.product import DEFAULT_HEAVY
from app.domain.validation import validate_consignment
from app.services.reference_data import load_reference_data
from tests import factories

REF = load_reference_data()
ON = date(2026, 8, 1)


def problems(c, rules=REF.rules):
    return validate_consignment(c, DEFAULT_HEAVY, rules, ON)


def with_lines(*lines: CustomsLine, **decl_changes) -> object:
    base = factories.consignment().customs
    return factories.consignment(customs=replace(base, lines=lines, **decl_changes))


def a_line(**changes) -> CustomsLine:
    return replace(factories.line(), **changes)


def codes_at(c, field: str) -> set[str]:
    return {p.code for p in problems(c) if p.field == field}


def test_factory_consignment_is_clean():
    assert problems(factories.consignment()) == []


# --- HS codes: shape, length per country, chapter, never padded ---------------------------


@pytest.mark.parametrize(
    ("hs", "sender", "addressee", "code"),
    [
        ("940360", "RU", "IN", None),  # 6 digits everywhere
        ("94036010", "RU", "IN", None),  # Indian 8 digits (India is the destination)
        ("9403601000", "RU", "IN", None),  # EAEU 10 digits (Russia is the sender)
        ("94036", "RU", "IN", "hs.length"),
        ("9403601", "RU", "IN", "hs.length"),
        ("940360100", "RU", "IN", "hs.length"),
        ("94036010000", "RU", "IN", "hs.length"),
        ("9403 60", "RU", "IN", "hs.shape"),
        ("9403.60", "RU", "IN", "hs.shape"),
        ("94O360", "RU", "IN", "hs.shape"),
        ("770000", "RU", "IN", "hs.chapter"),  # chapter 77 is reserved
        ("000000", "RU", "IN", "hs.chapter"),
        ("980000", "RU", "IN", "hs.chapter"),
        ("990000", "RU", "IN", "hs.chapter"),
        ("970110", "RU", "IN", None),
        ("010121", "RU", "IN", None),
    ],
)
def test_hs_code_rules(hs, sender, addressee, code):
    c = with_lines(a_line(hs_code=hs))
    found = codes_at(c, "customs.lines.0.hs_code")
    assert found == ({code} if code else set())


def test_hs_lengths_follow_the_countries():
    from app.domain.hs import allowed_lengths

    assert allowed_lengths(["RU"]) == (6, 10)
    assert allowed_lengths(["IN"]) == (6, 8)
    assert allowed_lengths(["RU", "IN"]) == (6, 8, 10)
    assert allowed_lengths(["DE"]) == (6,)


def test_hs_message_says_never_padded():
    c = with_lines(a_line(hs_code="94036"))
    (p,) = [p for p in problems(c) if p.field == "customs.lines.0.hs_code"]
    assert "never padded" in p.message and "6 / 8 / 10" in p.message


def test_normalise_drops_separators_and_never_pads():
    assert normalise("8471.30") == "847130"
    assert normalise(" 8471 30-00 ") == "84713000"
    assert normalise("84") == "84"


# --- descriptions, quantities, values, weights --------------------------------------------


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        ("goods", True),
        ("Gift", True),
        ("  PARTS ", True),
        ("товар", True),
        ("Подарок", True),
        ("личные вещи", True),
        ("electronics", True),  # only in the data file, not in the built-in list
        ("Wooden dining chair", False),
        ("Детское автокресло", False),
    ],
)
def test_vague_descriptions_from_file(description, vague):
    c = with_lines(a_line(description=description))
    assert ("description.vague" in codes_at(c, "customs.lines.0.description")) is vague


def test_builtin_vague_words_are_all_in_the_file():
    from app.domain.validation import VAGUE_DESCRIPTIONS

    assert REF.rules.vague_words >= VAGUE_DESCRIPTIONS


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("0", "value.implausible"),
        ("1", "value.implausible"),
        ("1.01", None),
        ("10.005", "value.precision"),
    ],
)
def test_value_boundaries(value, code):
    c = with_lines(a_line(value=Money(Decimal(value), "EUR")))
    assert codes_at(c, "customs.lines.0.value") == ({code} if code else set())


@pytest.mark.parametrize(("quantity", "ok"), [(-1, False), (0, False), (1, True), (500, True)])
def test_quantity_positive(quantity, ok):
    c = with_lines(a_line(quantity=quantity))
    assert (codes_at(c, "customs.lines.0.quantity") == set()) is ok


@pytest.mark.parametrize(
    ("net_grams", "ok"),
    [(52_349, True), (52_350, True), (52_351, False)],  # the factory piece weighs 52.350 kg
)
def test_net_weight_not_above_gross(net_grams, ok):
    c = with_lines(a_line(net_grams=net_grams))
    assert ("net.over_gross" not in codes_at(c, "customs.lines")) is ok


def test_declared_totals_must_match_lines():
    c = with_lines(
        a_line(value=Money(Decimal("100.10"), "EUR"), net_grams=20_000),
        a_line(value=Money(Decimal("200.20"), "EUR"), net_grams=20_000),
        extra={"declared_total_value": "300.31", "declared_total_net_grams": "40000"},
    )
    fields = {p.field: p.code for p in problems(c)}
    assert fields["customs.total_value"] == "total.value"
    assert "customs.total_net_weight" not in fields
    ok = with_lines(
        a_line(value=Money(Decimal("100.10"), "EUR"), net_grams=20_000),
        a_line(value=Money(Decimal("200.20"), "EUR"), net_grams=20_000),
        extra={"declared_total_value": "300.30", "declared_total_net_grams": "40000"},
    )
    assert problems(ok) == []


# --- category needs ----------------------------------------------------------------------

INDIA_SENDER = {"sender": factories.ADDRESSEE, "addressee": factories.SENDER}


def india_export(**decl_changes):
    decl = replace(factories.consignment().customs, **decl_changes)
    return factories.consignment(
        customs=decl, pieces=(factories.piece("CB100000003IN"),), **INDIA_SENDER
    )


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({}, {"customs.exporter_iec", "customs.pbe_reference"}),
        ({"exporter_iec": "AAACR1234Q"}, {"customs.pbe_reference"}),
        ({"exporter_iec": "AAACR1234Q", "pbe_reference": "PBE3/DEL/2026/001234"}, set()),
        (
            {
                "exporter_iec": "AAACR1234Q",
                "pbe_reference": "PBE3/DEL/2026/001234",
                "invoice_number": "",
            },
            {"customs.invoice_number"},
        ),
    ],
)
def test_india_export_sale_of_goods_needs_iec_pbe_invoice(changes, missing):
    fields = {p.field for p in problems(india_export(**changes))}
    assert fields == missing


def test_iec_shape():
    c = india_export(exporter_iec="AAACR123", pbe_reference="PBE3-1234")
    assert {p.code for p in problems(c)} == {"exporter_iec.shape"}


def test_india_gift_needs_no_iec():
    c = india_export(category=CustomsCategory.GIFT, invoice_number="")
    assert problems(c) == []


def test_russia_export_needs_no_iec():
    assert problems(factories.consignment()) == []


def test_gift_with_invoice_is_a_warning():
    c = factories.consignment(
        customs=replace(factories.consignment().customs, category=CustomsCategory.GIFT)
    )
    (p,) = problems(c)
    assert p.code == "category.gift_invoice" and not p.blocking


# --- restricted and prohibited contents --------------------------------------------------


@pytest.mark.parametrize(
    ("description", "hs", "field", "code"),
    [
        (
            "Lithium-ion battery pack",
            "850760",
            "customs.certificate_number",
            "restricted.certificate",
        ),
        ("Power bank 20000 mAh", "850440", "customs.certificate_number", "restricted.certificate"),
        ("Литиевый аккумулятор", "850760", "customs.certificate_number", "restricted.certificate"),
        ("Car battery charger", "850440", None, None),
        ("Perfume, 12 bottles", "330300", "customs.certificate_number", "restricted.certificate"),
        ("Vitamin tablets", "300490", "customs.certificate_number", "restricted.certificate"),
        ("Hunting rifle", "930320", "customs.lines.0.description", "restricted.prohibited"),
        ("Сувенирный пистолет", "950300", "customs.lines.0.description", "restricted.prohibited"),
        ("Cashmere sweaters", "611012", None, None),  # "cash" must not match
        ("Золотистые шторы", "630392", None, None),  # "золото" is a whole word only
        ("Gold bullion bar", "710812", "customs.licence_number", "restricted.licence"),
    ],
)
def test_restricted_contents(description, hs, field, code):
    c = with_lines(a_line(description=description, hs_code=hs))
    found = {(p.field, p.code) for p in problems(c) if p.code.startswith("restricted")}
    assert found == ({(field, code)} if field else set())


def test_certificate_number_satisfies_restriction():
    c = with_lines(
        a_line(description="Lithium battery", hs_code="850650"), certificate_number="CERT-77"
    )
    assert problems(c) == []


def test_restriction_message_names_line_and_label():
    c = with_lines(factories.line(), a_line(description="Liquid soap", hs_code="340120"))
    (p,) = [p for p in problems(c) if p.code == "restricted.certificate"]
    assert p.params["line"] == 2 and p.params["label_ru"] and "Line 2" in p.message


def test_without_rules_the_builtin_checks_still_run():
    c = with_lines(a_line(description="goods", hs_code="77"))
    fields = {p.field for p in validate_consignment(c, DEFAULT_HEAVY)}
    assert {"customs.lines.0.description", "customs.lines.0.hs_code"} <= fields


# --- properties --------------------------------------------------------------------------

digits = st.text(alphabet="0123456789", min_size=1, max_size=12)


@given(digits)
def test_any_hs_digits_outcome_matches_length_and_chapter(code):
    c = with_lines(a_line(hs_code=code))
    found = codes_at(c, "customs.lines.0.hs_code")
    ok_len = len(code) in (6, 8, 10)
    ok_chapter = code[:2] in REF.rules.chapter_codes
    if not ok_len:
        assert found == {"hs.length"}
    elif not ok_chapter:
        assert found == {"hs.chapter"}
    else:
        assert found == set()


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2)


@given(
    st.lists(
        st.tuples(st.integers(1, 50), st.integers(1, 20_000), amounts), min_size=1, max_size=20
    )
)
def test_total_value_is_sum_of_lines_and_never_reported_inconsistent(rows):
    lines = tuple(
        CustomsLine("Wooden dining chair", q, g, Money(v, "EUR"), "940161", "RU")
        for q, g, v in rows
    )
    decl = CustomsDeclaration(lines=lines, currency="EUR", invoice_number="I-1")
    assert decl.total_value.amount == sum(v for _, _, v in rows)
    extra = {
        "declared_total_value": str(decl.total_value.amount),
        "declared_total_net_grams": str(decl.total_net_grams),
    }
    c = factories.consignment(customs=replace(decl, extra=extra))
    assert not {p.code for p in problems(c)} & {"total.value", "total.net", "value.precision"}


@given(st.text(max_size=40), st.integers(-5, 5), st.integers(-1000, 300_000), amounts)
def test_validator_never_crashes_and_every_problem_has_a_customs_field(desc, qty, grams, value):
    c = with_lines(
        a_line(description=desc, quantity=qty, net_grams=grams, value=Money(value, "EUR"))
    )
    for p in problems(c):
        assert p.field.startswith(("customs.", "pieces"))
        assert p.message  # every template formats with its params


@given(st.sampled_from(sorted(REF.rules.vague_words)), st.sampled_from(["", " ", "  "]))
def test_every_vague_word_is_refused_in_any_case(word, pad):
    c = with_lines(a_line(description=pad + word.upper() + pad))
    assert "description.vague" in codes_at(c, "customs.lines.0.description")


def test_pbe_is_required_for_sale_of_goods_only_not_for_commercial_samples():
    from app.domain.customs import CustomsCategory

    sample = india_export(category=CustomsCategory.COMMERCIAL_SAMPLE, exporter_iec="AAACR1234Q")
    assert "customs.pbe_reference" not in {p.field for p in problems(sample)}
    sale = india_export(category=CustomsCategory.SALE_OF_GOODS, exporter_iec="AAACR1234Q")
    assert "customs.pbe_reference" in {p.field for p in problems(sale)}
