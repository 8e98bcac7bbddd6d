"""The CN 23 editor driven by keyboard alone: keys go to whatever has the focus (or to an
open completion popup, as a real keyboard's would)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.customs import CustomsCategory, CustomsDeclaration, CustomsLine
from app.domain.money import Money
from app.domain.problems import Problem
from app.domain.product import DEFAULT_HEAVY
from app.domain.validation import validate_consignment
from app.services.reference_data import load_reference_data
from app.ui.completion import completer_of, resolve_code
from app.ui.customs_editor import CustomsEditor
from tests import factories

EUR = "EUR"


def target() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def focused_name() -> str:
    return QApplication.focusWidget().objectName()


def type_text(qtbot, text: str) -> None:
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClick(target(), ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(target(), key, modifier)
    qtbot.wait(5)


def enter(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(5)  # the delegate commits a cell with a queued call


def cell(qtbot, text: str) -> None:
    type_text(qtbot, text)
    enter(qtbot)


@pytest.fixture
def editor(qtbot) -> CustomsEditor:
    w = CustomsEditor(chapters=load_reference_data().hs_chapters)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.category.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.category)
    return w


def test_whole_declaration_by_keyboard(qtbot, editor):
    press(qtbot, Qt.Key.Key_Up)  # sale of goods -> returned goods
    press(qtbot, Qt.Key.Key_Down)  # back to sale of goods
    enter(qtbot)  # explanation is disabled for this category: straight to currency
    assert focused_name() == "currency"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    cell(qtbot, "eur")
    assert editor.currency.text() == "EUR"
    enter(qtbot)  # Enter on the table opens the first line's description
    assert focused_name() == "cell_description"
    for text in ("Solid oak dining table", "1", "38,5", "420.005", "9403.60", "ru"):
        cell(qtbot, text)
    assert focused_name() == "cell_description"  # a new line was started
    for text in ("Upholstered oak chair", "4", "24", "360", "940161", "RU"):
        cell(qtbot, text)
    enter(qtbot)  # one Enter on the empty new last line: still in the table, and said so
    assert focused_name() == "cell_description"
    assert editor.hint.isVisible() and "Enter" in editor.hint.text()
    enter(qtbot)  # the second Enter: done with the lines
    assert focused_name() == "moreCustoms"
    assert editor.table.rowCount() == 2
    enter(qtbot)  # opens the references folded behind "More"
    assert focused_name() == "invoice_number"
    cell(qtbot, "MD-2026-101")
    cell(qtbot, "7701234567")  # importer's reference
    cell(qtbot, "+7 495 555 0101")
    enter(qtbot)  # no licence
    enter(qtbot)  # no certificate
    enter(qtbot)
    enter(qtbot)
    cell(qtbot, "fragile")
    decl = editor.declaration()
    assert decl == CustomsDeclaration(
        category=CustomsCategory.SALE_OF_GOODS,
        lines=(
            CustomsLine(
                "Solid oak dining table", 1, 38_500, Money(Decimal("420.01"), EUR), "940360", "RU"
            ),
            CustomsLine(
                "Upholstered oak chair", 4, 24_000, Money(Decimal("360.00"), EUR), "940161", "RU"
            ),
        ),
        currency="EUR",
        invoice_number="MD-2026-101",
        importer_reference="7701234567",
        importer_contact="+7 495 555 0101",
        comments="fragile",
    )
    assert "2 line(s)" in editor.totals.text()
    assert "62.500 kg" in editor.totals.text() and "780.01 EUR" in editor.totals.text()
    # what the clerk sees is what is declared: rounded value, kg with grams, digits only
    assert [editor.table.item(0, c).text() for c in range(6)] == [
        "Solid oak dining table",
        "1",
        "38.500",
        "420.01",
        "940360",
        "RU",
    ]


def test_ctrl_d_duplicates_the_line_and_the_copy_can_be_changed(qtbot, editor):
    editor.set_declaration(
        CustomsDeclaration(
            lines=(CustomsLine("Oak chair", 2, 12_000, Money(Decimal("90"), EUR), "940161", "RU"),)
        )
    )
    editor.table.setFocus()
    editor.table.setCurrentCell(0, 1)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert editor.table.rowCount() == 2 and editor.table.currentRow() == 1
    type_text(qtbot, "3")  # any key starts editing the current cell (quantity)
    enter(qtbot)
    lines = editor.declaration().lines
    assert [ln.quantity for ln in lines] == [2, 3]
    assert lines[0].description == lines[1].description == "Oak chair"
    press(qtbot, Qt.Key.Key_Escape)
    editor.table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [ln.quantity for ln in editor.declaration().lines] == [3]
    press(qtbot, Qt.Key.Key_Insert)
    assert editor.table.rowCount() == 2 and focused_name() == "cell_description"


def test_country_completion_in_russian_and_english(qtbot, editor):
    editor.table.setFocus()
    enter(qtbot)
    for text in ("Tea set", "1", "5", "80", "691110"):
        cell(qtbot, text)
    assert focused_name() == "cell_origin"
    type_text(qtbot, "Герм")
    assert completer_of(QApplication.focusWidget()).popup_visible()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # picks the highlighted country
    assert QApplication.focusWidget().text() == "DE"
    enter(qtbot)
    type_text(qtbot, "Lamp")
    enter(qtbot)
    for _ in range(4):
        enter(qtbot)
    type_text(qtbot, "india")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    enter(qtbot)
    assert [ln.origin_country for ln in editor.declaration().lines] == ["DE", "IN"]


def test_hs_chapter_completion_inserts_the_chapter_digits(qtbot, editor):
    editor.table.setFocus()
    enter(qtbot)
    for text in ("Oak wardrobe", "1", "60", "500"):
        cell(qtbot, text)
    type_text(qtbot, "мебель")
    assert completer_of(QApplication.focusWidget()).popup_visible()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget().text() == "94"
    type_text(qtbot, "0360")  # the clerk goes on typing the rest of the code
    enter(qtbot)
    assert editor.declaration().lines[0].hs_code == "940360"


def test_digits_and_codes_never_open_a_popup(qtbot, editor):
    editor.table.setFocus()
    enter(qtbot)
    for text in ("Oak wardrobe", "1", "60", "500"):
        cell(qtbot, text)
    type_text(qtbot, "9403601000")
    assert not completer_of(QApplication.focusWidget()).popup_visible()
    enter(qtbot)
    type_text(qtbot, "RU")
    assert not completer_of(QApplication.focusWidget()).popup_visible()


def test_currency_completion_by_name(qtbot, editor):
    editor.currency.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Indian Ru")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    enter(qtbot)
    assert editor.declaration().currency == "INR"
    assert editor.table.horizontalHeaderItem(3).text().endswith("INR")


def test_totals_are_the_sum_of_rounded_lines(qtbot, editor):
    editor.table.setFocus()
    enter(qtbot)
    for _ in range(3):
        for text in ("Brass bell", "1", "0.3", "0.005", "830610", "IN"):
            cell(qtbot, text)
    decl = editor.declaration()
    assert [ln.value.amount for ln in decl.lines] == [Decimal("0.01")] * 3
    assert decl.total_value.amount == Decimal("0.03")
    assert "total value 0.03 EUR" in editor.totals.text()


def test_unreadable_numbers_are_shown_at_their_cell(qtbot, editor):
    editor.table.setFocus()
    enter(qtbot)
    for text in ("Oak wardrobe", "two", "sixty", "lots"):
        cell(qtbot, text)
    editor.show_problems([])
    assert "whole number" in editor.cell_problem(0, "quantity")
    assert "kg" in editor.cell_problem(0, "net_weight")
    assert "amount" in editor.cell_problem(0, "value")
    assert editor.cell_problem(0, "description") == ""


def test_problems_are_shown_next_to_their_fields(qtbot, editor):
    ref = load_reference_data()
    decl = CustomsDeclaration(
        lines=(
            CustomsLine("Oak table", 1, 30_000, Money(Decimal("420"), EUR), "940360", "RU"),
            CustomsLine("goods", 1, 5_000, Money(Decimal("1"), EUR), "94036", "RU"),
        ),
        currency="EUR",
    )
    c = replace(factories.consignment(), customs=decl)
    problems = validate_consignment(c, DEFAULT_HEAVY, ref.rules, date(2026, 8, 1))
    problems.append(replace(problems[0], field="sender.name", code="x"))
    editor.set_declaration(decl)
    others = editor.show_problems(problems)
    assert [p.field for p in others] == ["sender.name"]
    assert editor.errors["invoice_number"].isVisible()
    assert "invoice" in editor.errors["invoice_number"].text()
    assert editor.fields["invoice_number"].property("invalid") is True
    assert "too vague" in editor.cell_problem(1, "description")
    assert "0 or 1" in editor.cell_problem(1, "value")
    assert "never padded" in editor.cell_problem(1, "hs_code")
    assert editor.cell_problem(0, "hs_code") == ""
    assert "Line 2" in editor.lines_error.text()
    editor.show_problems([])
    assert not editor.errors["invoice_number"].isVisible()
    assert editor.cell_problem(1, "hs_code") == ""
    assert editor.fields["invoice_number"].property("invalid") is False


def test_set_declaration_round_trips_and_signals(qtbot, editor):
    decl = CustomsDeclaration(
        category=CustomsCategory.OTHER,
        category_explanation="Household move",
        lines=(
            CustomsLine(
                "Books in Russian",
                40,
                35_250,
                Money(Decimal("150.50"), "INR"),
                "490199",
                "RU",
                "pcs",
            ),
            CustomsLine(
                "Cotton bed sheets",
                6,
                4_000,
                Money(Decimal("3000"), "INR"),
                "63023100",
                "IN",
                "sets",
            ),
        ),
        currency="INR",
        invoice_number="",
        licence_number="L-1",
        certificate_number="C-2",
        exporter_iec="AAACR1234Q",
        pbe_reference="PBE3/DEL/1",
        comments="sanitary inspection",
        extra={"declared_total_value": "3150.50"},
    )
    with qtbot.waitSignal(editor.sig_changed, timeout=1000):
        editor.set_declaration(decl)
    assert editor.declaration() == decl
    assert editor.explanation.isEnabled()
    editor.fields["comments"].setFocus()
    with qtbot.waitSignal(editor.sig_changed, timeout=1000):
        type_text(qtbot, "!")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DE — Germany — Германия", "DE"),
        ("de", "DE"),
        ("Germany", "DE"),
        ("германия", "DE"),
        ("Индия", "IN"),
        ("Narnia", "NARNIA"),
        ("", ""),
    ],
)
def test_resolve_country(editor, text, code):
    assert resolve_code(text, editor.countries, 2) == code


def test_stray_enter_on_empty_line_keeps_the_numbers_in_the_table(qtbot, editor):
    """Issue 13: one Enter on an empty description left the table and the next line's
    quantity, weight, value, HS code and origin went into Invoice, Importer reference..."""
    editor.table.setFocus()
    enter(qtbot)  # opens the first line's description
    for text in ("Oak wardrobe", "1", "95", "300", "9403", "RU"):
        cell(qtbot, text)
    enter(qtbot)  # a stray Enter on the new empty line
    for text in ("Oak shelf", "2", "20", "80", "9403", "RU"):
        cell(qtbot, text)
    decl = editor.declaration()
    assert [line.description for line in decl.lines] == ["Oak wardrobe", "Oak shelf"]
    assert decl.lines[1].quantity == 2
    assert all(not editor.fields[name].text() for name in editor.fields)
    assert not editor.more_box.isVisible()


def test_tab_on_empty_last_line_leaves_the_table(qtbot, editor):
    editor.table.setFocus()
    enter(qtbot)
    for text in ("Oak wardrobe", "1", "95", "300", "9403", "RU"):
        cell(qtbot, text)
    assert focused_name() == "cell_description"
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused_name() == "moreCustoms")
    assert editor.table.rowCount() == 1


def test_customs_problems_look_like_every_other_problem(qtbot, editor):
    """Colour, mark and text: the customs errors had no mark and plain black text."""
    editor.set_more_shown(False)
    editor.show_problems([Problem("customs.invoice_number", "x", "Give the invoice number.", {})])
    label = editor.errors["invoice_number"]
    assert label.text().startswith("⚠ ")
    assert label.property("role") == "fieldError"
    from app.ui.style import STYLESHEET

    assert 'QLabel[role="fieldError"]' in STYLESHEET
    assert editor.more_box.isVisible(), "a problem is never folded away behind More"


def test_cyrillic_description_shows_its_latin_form_and_takes_a_correction(qtbot) -> None:
    from app.domain.customs import CustomsDeclaration, CustomsLine
    from app.domain.money import Money
    from app.ui.customs_editor import CustomsEditor

    editor = CustomsEditor()
    qtbot.addWidget(editor)
    editor.show()
    line = CustomsLine("Стол обеденный", 1, 40_000, Money.parse("420", "EUR"), "940360", "RU")
    editor.set_declaration(CustomsDeclaration(lines=(line,), currency="EUR"))
    assert editor.latin_preview.isVisible()
    assert "Stol obedennyi" in editor.latin_preview.text()
    assert editor.lines()[0].description_latin == ""  # not corrected: documents transliterate
    editor.set_latin(0, "Dining table, oak")
    assert editor.lines()[0].description_latin == "Dining table, oak"
    assert "Dining table, oak" in editor.latin_preview.text()
    editor.table.item(0, 0).setText("Стол обеденный дубовый")  # a changed original drops it
    assert editor.lines()[0].description_latin == ""
    assert "Stol obedennyi dubovyi" in editor.latin_preview.text()
