"""EAD of a stored acceptance: built from the database rows and printed by ``ead S10``."""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from app.cli import ead_cmd
from app.domain.itmatt import ELEMENTS, NAMESPACE
from app.services.acceptance import accept, get_by_s10, load_consignment
from app.services.ead import itmatt_for_row, itmatt_for_s10
from app.services.reference_data import load_reference_data
from tests import factories


def E(key):
    return f"{{{NAMESPACE}}}{ELEMENTS[key]}"


def accepted(db, clerk):
    ref = load_reference_data()
    c = factories.consignment()
    limits = ref.product_limits(c.product, clerk.business_day(datetime.now(UTC)))
    return accept(db, clerk, c, limits=limits, pricing=ref.pricing())


def run(argv, db_path):
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    ead_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["--db", str(db_path), *argv])
    return args.handler(args)


def test_ead_from_stored_rows(db, clerk):
    result = accepted(db, clerk)
    with db.read() as s:
        row = get_by_s10(s, result.s10s[0])
        xml = itmatt_for_s10(s, result.s10s[0])
        assert xml == itmatt_for_row(row)
        assert load_consignment(row).customs.lines[0].hs_code == "940360"
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.find(E("header")).findtext(E("message_id")) == f"{result.acceptance_id}/1"
    assert root.find(E("header")).findtext(E("origin_operator")) == "RUA"  # rules data
    assert root.find(E("header")).findtext(E("destination_operator")) == "INA"
    decl = root.find(E("item")).find(E("declaration"))
    assert decl.findtext(E("postage")) == str(result.quote.fee.amount)
    assert decl.findtext(E("total_value")) == "570.00"
    # the sync payload carries the same message and the EMA event, per item
    with db.read() as s:
        from app.services.ead import sync_record

        record = sync_record(get_by_s10(s, result.s10s[0]), "1001")
    assert [a["s10"] for a in record["advance_data"]] == list(result.s10s)
    assert record["advance_data"][0]["itmatt_xml"] == xml
    assert "<EventCode>EMA</EventCode>" in record["advance_data"][0]["emsevt_xml"]


def test_ead_cli(db, db_path, clerk, capsys):
    result = accepted(db, clerk)
    db.close()
    assert run(["ead", result.s10s[0].lower()], db_path) == 0
    out = capsys.readouterr().out
    assert (
        ET.fromstring(out.encode("utf-8")).find(E("item")).findtext(E("item_id")) == result.s10s[0]
    )
    assert run(["ead", "CB100000017RU"], db_path) == 1
    assert "no acceptance" in capsys.readouterr().err
    assert run(["ead", "CB100000018RU"], db_path) == 2
