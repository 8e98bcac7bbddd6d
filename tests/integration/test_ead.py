"""EAD of a stored acceptance: built from the database rows and printed by ``ead S10``."""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from app.cli import ead_cmd
from app.domain.itmatt import ELEMENTS as E
from app.services.acceptance import accept, get_by_s10, load_consignment
from app.services.ead import itmatt_for_row, itmatt_for_s10
from app.services.reference_data import load_reference_data
from tests import factories


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
    assert root.find(E["header"]).findtext(E["message_id"]) == result.acceptance_id
    decl = root.find(E["consignment"]).find(E["declaration"])
    assert decl.findtext(E["postage"]) == str(result.quote.fee.amount)
    assert decl.findtext(E["total_value"]) == "570.00"


def test_ead_cli(db, db_path, clerk, capsys):
    result = accepted(db, clerk)
    db.close()
    assert run(["ead", result.s10s[0].lower()], db_path) == 0
    out = capsys.readouterr().out
    assert (
        ET.fromstring(out.encode("utf-8"))
        .find(E["consignment"])
        .find(E["items"])[0]
        .findtext(E["item_id"])
        == result.s10s[0]
    )
    assert run(["ead", "CB100000017RU"], db_path) == 1
    assert "no acceptance" in capsys.readouterr().err
    assert run(["ead", "CB100000018RU"], db_path) == 2
