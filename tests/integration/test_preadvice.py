"""Pre-advice import into a real SQLite terminal database: good and bad rows, re-import,
structural errors that import nothing, and the lookup that fills the counter."""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import preadvice_cmd
from app.domain.consignment import Weighing
from app.domain.customs import CustomsCategory
from app.domain.weight import Dimensions
from app.services.preadvice import PreAdviceFormatError, import_file, link_acceptance, lookup
from app.services.reference_data import load_reference_data
from app.store.models import PreAdvice

DATA = Path(__file__).parents[1] / "data" / "preadvice"
RULES = load_reference_data().customs_rules()
ON = date(2026, 8, 1)


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(PreAdvice))


def snapshot(db) -> list[tuple]:
    with db.read() as s:
        return [
            (r.s10, r.payload_sha256, r.source, r.row_number, r.imported_at)
            for r in s.scalars(select(PreAdvice).order_by(PreAdvice.s10))
        ]


def test_good_and_bad_rows(db):
    report = import_file(db, DATA / "marketplace.csv", rules=RULES, on=ON)
    assert (report.parcels, report.imported, report.updated, report.unchanged) == (5, 2, 0, 0)
    rejected = {e.row: e for e in report.rejected}
    assert sorted(rejected) == [4, 5, 7]
    assert rejected[4].s10 == "CB100000017RU"
    assert any("too vague" in r for r in rejected[4].reasons)
    assert any("value 'ten' is not an amount" in r for r in rejected[5].reasons)
    assert any("Check digit" in r for r in rejected[7].reasons)
    assert str(rejected[5]).startswith("row 5 (CB100000025RU): ")
    assert count(db) == 2


def test_lookup_fills_everything(db):
    import_file(db, DATA / "marketplace.csv", rules=RULES, on=ON)
    with db.read() as s:
        found = lookup(s, "cb 100 000 003 ru")
        assert lookup(s, "CB100000017RU") is None  # rejected, never stored
    assert found is not None and not found.accepted
    c = found.consignment
    assert c.sender.name == "ООО Мебельный Двор" and c.sender.country == "RU"
    assert c.addressee.city == "Kolkata" and c.addressee.phone == "+91 33 4000 1234"
    assert c.customs.category is CustomsCategory.SALE_OF_GOODS
    assert c.customs.invoice_number == "MD-2026-101"
    assert [ln.description for ln in c.customs.lines] == [
        "Solid oak dining table",
        "Upholstered oak chairs",
    ]
    assert [ln.net_grams for ln in c.customs.lines] == [38_500, 24_000]
    assert str(c.customs.total_value) == "780.00 EUR"
    assert c.customs.lines[0].hs_code == "9403601000"  # kept as declared
    assert [p.s10 for p in c.pieces] == ["CB100000003RU"]
    assert c.preadvice_ref == f"preadvice:{found.id}"


def test_reimport_changes_nothing(db):
    first = import_file(db, DATA / "marketplace.csv", rules=RULES, on=ON)
    before = snapshot(db)
    again = import_file(db, DATA / "marketplace.csv", rules=RULES, on=ON)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    assert [e.row for e in again.rejected] == [e.row for e in first.rejected]
    assert snapshot(db) == before


def test_changed_parcel_updates_until_accepted(db, clerk, tmp_path):
    import_file(db, DATA / "marketplace.csv", rules=RULES, on=ON)
    changed = tmp_path / "changed.csv"
    changed.write_text(
        (DATA / "marketplace.csv").read_text("utf-8").replace("MD-2026-101", "MD-2026-101A"),
        "utf-8",
    )
    report = import_file(db, changed, rules=RULES, on=ON)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 1)
    with db.read() as s:
        found = lookup(s, "CB100000003RU")
    assert found.consignment.customs.invoice_number == "MD-2026-101A"
    accept_preadvised(db, clerk, found)
    report = import_file(db, DATA / "marketplace.csv", rules=RULES, on=ON)
    assert report.updated == 0
    assert any("already accepted" in str(e) for e in report.rejected)


def accept_preadvised(db, ctx, found):
    """What the counter does after the scan: weigh, measure, accept, link the pre-advice."""
    from app.services.acceptance import accept

    ref = load_reference_data()
    piece = replace(
        found.consignment.pieces[0],
        weighing=Weighing(grams=75_000, source="simulator", captured_at=datetime.now(UTC)),
        dimensions=Dimensions(1000, 600, 500),
    )
    c = replace(found.consignment, pieces=(piece,))
    today = ctx.business_day(datetime.now(UTC))
    limits = ref.product_limits(c.product, today)
    result = accept(db, ctx, c, limits=limits, pricing=ref.pricing())
    with db.write() as s:
        assert link_acceptance(s, found.s10, result.acceptance_id)
    with db.read() as s:
        assert lookup(s, found.s10).accepted
    return result


def test_wrong_encoding_imports_nothing(db, tmp_path):
    bad = tmp_path / "cp1251.csv"
    bad.write_bytes((DATA / "marketplace.csv").read_text("utf-8").encode("cp1251"))
    with pytest.raises(
        PreAdviceFormatError, match=r"not UTF-8 .*line 2.*Windows-1251.*Nothing was imported"
    ):
        import_file(db, bad, rules=RULES, on=ON)
    assert count(db) == 0


def test_missing_columns_import_nothing(db, tmp_path):
    text = (DATA / "marketplace.csv").read_text("utf-8")
    lines = text.splitlines()
    header = lines[0].split(",")
    drop = header.index("hs_code")
    bad = tmp_path / "no-hs.csv"
    bad.write_text(
        "\n".join(",".join(c for i, c in enumerate(lines[0].split(",")) if i != drop) for _ in [0])
        + "\n"
        + "\n".join(lines[1:])
        + "\n",
        "utf-8",
    )
    with pytest.raises(
        PreAdviceFormatError, match=r"lacks the column.* hs_code\. Nothing was imported"
    ):
        import_file(db, bad, rules=RULES, on=ON)
    assert count(db) == 0


def test_empty_and_headerless_files(db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", "utf-8")
    with pytest.raises(PreAdviceFormatError, match="is empty"):
        import_file(db, empty)
    assert count(db) == 0


def test_semicolon_csv_with_bom_and_unknown_column(db, tmp_path):
    text = (DATA / "marketplace.csv").read_text("utf-8")
    rows = list(__import__("csv").reader(text.splitlines()))
    rows[0].append("marketplace_note")
    for r in rows[1:]:
        r.append("x")
    out = tmp_path / "excel.csv"
    import csv as _csv
    import io

    buf = io.StringIO()
    _csv.writer(buf, delimiter=";").writerows(rows)
    out.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    report = import_file(db, out, rules=RULES, on=ON)
    assert report.imported == 2 and len(report.rejected) == 3
    assert report.warnings == [
        "column 'marketplace_note' is not a pre-advice column and was ignored"
    ]


def test_continuation_row_must_not_contradict(db, tmp_path):
    text = (DATA / "marketplace.csv").read_text("utf-8")
    lines = text.splitlines()
    lines[2] = lines[2].replace("CB100000003RU,,,,,", "CB100000003RU,Другой отправитель,,,,", 1)
    bad = tmp_path / "contradict.csv"
    bad.write_text("\n".join(lines) + "\n", "utf-8")
    report = import_file(db, bad, rules=RULES, on=ON)
    (err,) = [e for e in report.rejected if e.s10 == "CB100000003RU"]
    assert err.row == 2 and "row 3: sender_name differs from row 2" in err.reasons[0]


def json_parcel(s10: str, **customs) -> dict:
    return {
        "s10": s10,
        "sender": {
            "name": "Priya Textiles",
            "address": "5 Mill Road",
            "city": "Surat",
            "postcode": "395003",
            "country": "IN",
            "phone": "+91 261 555 0101",
        },
        "addressee": {
            "name": "Ольга Смирнова",
            "address": "пр. Мира, 10, кв. 7",
            "city": "Москва",
            "postcode": "129090",
            "country": "RU",
        },
        "customs": {
            "category": "sale_of_goods",
            "currency": "INR",
            "invoice_number": "PT/77",
            "exporter_iec": "AAACP1234Q",
            "pbe_reference": "PBE3/SUR/2026/000123",
            "lines": [
                {
                    "description": "Silk sarees",
                    "quantity": 20,
                    "net_weight_kg": 31.5,
                    "value": "84000.00",
                    "hs_code": "50072010",
                    "origin_country": "IN",
                }
            ],
            **customs,
        },
    }


def test_json_import_with_line_numbers(db, tmp_path):
    from app.domain.s10 import S10
    from app.services.terminal import DEMO_BRANCH
    from app.store.models import Branch

    # Indian exports are pre-advised at an Indian branch: it takes India Post numbers only
    with db.write() as s:
        s.get(Branch, DEMO_BRANCH).country = "IN"
    good, bad = str(S10.build("CB", 5, "IN")), str(S10.build("CB", 6, "IN"))
    doc = {
        "format": "postcounter-preadvice",
        "version": 1,
        "parcels": [json_parcel(good), json_parcel(bad, pbe_reference="")],
    }
    path = tmp_path / "parcels.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), "utf-8")
    report = import_file(db, path, rules=RULES, on=ON)
    assert report.imported == 1
    (err,) = report.rejected
    text = path.read_text("utf-8")
    assert err.row == text[: text.index(f'"s10": "{bad}"')].count("\n")  # the parcel's "{" line
    assert any("Postal Bill of Export" in r for r in err.reasons)
    with db.read() as s:
        c = lookup(s, good).consignment
    assert c.customs.lines[0].net_grams == 31_500 and c.customs.currency == "INR"


def test_json_syntax_error_imports_nothing(db, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"parcels": [\n  {"s10": "x",}\n]}', "utf-8")
    with pytest.raises(PreAdviceFormatError, match="line 2: JSON syntax error"):
        import_file(db, path)
    assert count(db) == 0


def run_cli(argv, db_path):
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    sub = parser.add_subparsers()
    preadvice_cmd.register(sub)
    args = parser.parse_args(["--db", str(db_path), *argv])
    return args.handler(args)


def test_cli_import_and_show(db, db_path, tmp_path, capsys):
    db.close()
    assert run_cli(["preadvice", "import", str(DATA / "marketplace.csv")], db_path) == 1
    out, err = capsys.readouterr()
    assert "5 parcel(s): 2 imported, 0 updated, 0 unchanged, 3 rejected" in out
    assert "rejected row 4 (CB100000017RU)" in err
    assert run_cli(["preadvice", "show", "CB100000003RU"], db_path) == 0
    assert json.loads(capsys.readouterr().out)["lines"] == 2
    bad = tmp_path / "bad.csv"
    shutil.copy(DATA / "marketplace.csv", bad)
    bad.write_bytes(bad.read_text("utf-8").encode("cp1251"))
    assert run_cli(["preadvice", "import", str(bad)], db_path) == 2
    assert "Nothing was imported" in capsys.readouterr().err
