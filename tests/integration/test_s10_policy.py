"""The product's S10 policy: refusals of other products' service indicators, other
operators' and unknown countries, and non-ASCII digits — in pre-advice (row and reason),
at ``s10 check`` and at acceptance (the reason at the piece's S10 field)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.product import DEFAULT_HEAVY
from app.domain.s10 import check
from app.domain.s10_policy import S10Policy, check_for_product
from app.services.acceptance import AcceptanceRefused, accept
from app.services.preadvice import import_file
from app.services.pricing import default_pricing
from app.services.reference_data import load_reference_data
from app.services.terminal import CounterContext
from app.store.database import Database
from tests.factories import consignment, piece

DATA = Path(__file__).parents[1] / "data" / "preadvice"
POLICY = S10Policy(("CP", "CB", "CC"), "RU")
REFUSED = {
    "RR287043775IN": "country_other",  # an India Post letter number at a Russian counter
    "CP123456785ZZ": "country_unknown",  # ZZ is no ISO 3166 country
    "EE123456785RU": "service_other",  # EMS, not this product
    "CP١٢٣٤٥٦٧٨٥RU": "digits_ascii",  # Arabic-Indic digits
    "CP१२३४५६७८५RU": "digits_ascii",  # Devanagari digits
}


@pytest.mark.parametrize(("text", "code"), REFUSED.items())
def test_policy_refuses_with_a_reason(text: str, code: str) -> None:
    result = check_for_product(text, POLICY)
    assert not result.ok and result.code == code and result.reason


def test_policy_accepts_the_products_own_numbers() -> None:
    assert check_for_product("CP123456785RU", POLICY).ok
    assert check("RR287043775IN").ok  # a valid S10 as such: only the product refuses it


def test_preadvice_rows_with_numbers_the_branch_cannot_take_are_refused(
    db: Database, tmp_path: Path
) -> None:
    lines = (DATA / "marketplace.csv").read_text("utf-8").splitlines()
    header, first = lines[0], [ln for ln in lines[1:] if ln.startswith("CB100000003RU,")]
    rows = [header, *first]
    for text in REFUSED:
        rows += [ln.replace("CB100000003RU", text, 1) for ln in first]
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    report = import_file(db, path, rules=load_reference_data().customs_rules())
    assert report.imported == 1
    refused = {e.s10: (e.row, " ".join(e.reasons)) for e in report.rejected}
    assert set(refused) >= {"RR287043775IN", "CP123456785ZZ", "EE123456785RU"}
    assert "issued by another operator (IN)" in refused["RR287043775IN"][1]
    assert "not an ISO 3166 country" in refused["CP123456785ZZ"][1]
    assert "service indicator EE" in refused["EE123456785RU"][1]
    digits = [r for s, r in refused.items() if s not in REFUSED or REFUSED[s] == "digits_ascii"]
    assert len(digits) == 2 and all("digits of another script" in r for _, r in digits)
    # each refused parcel named by its first row in the file (2 rows per parcel)
    assert sorted(row for row, _ in refused.values()) == [4, 6, 8, 10, 12]


def test_acceptance_refuses_another_operators_number_at_the_field(
    db: Database, clerk: CounterContext
) -> None:
    c = consignment(pieces=(piece("CP123456785IN"),))
    with pytest.raises(AcceptanceRefused) as err:
        accept(db, clerk, c, limits=DEFAULT_HEAVY, pricing=default_pricing())
    assert [(p.field, p.code) for p in err.value.problems] == [
        ("pieces.0.s10", "s10.country_other")
    ]
    ok = replace(c, pieces=(piece("CP123456785RU"),))
    accept(db, clerk, ok, limits=DEFAULT_HEAVY, pricing=default_pricing())


def test_s10_check_command_applies_the_product_policy() -> None:
    from tests.integration.test_cli import run

    result = run("s10", "check", "--product", "heavy-parcel", "--country", "RU", *REFUSED)
    assert result.returncode == 1
    for text, words in (
        ("RR287043775IN", "another operator (IN)"),
        ("CP123456785ZZ", "not an ISO 3166"),
        ("EE123456785RU", "service indicator EE"),
        ("CP١٢٣٤٥٦٧٨٥RU", "digits of another script"),
    ):
        assert any(text in ln and words in ln for ln in result.stderr.splitlines()), text
    plain = run("s10", "check", "CP١٢٣٤٥٦٧٨٥RU")  # ASCII digits are the S10 rule itself
    assert plain.returncode == 1 and "digits of another script" in plain.stderr
    assert (
        run(
            "s10", "check", "--product", "heavy-parcel", "--country", "RU", "CP123456785RU"
        ).returncode
        == 0
    )
