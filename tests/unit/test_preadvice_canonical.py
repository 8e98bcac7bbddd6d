"""The stored pre-advice text is exactly the JSON encoder's (sorted keys, no spaces, not
ASCII-escaped), whatever the payload: a re-import finds an unchanged parcel by the hash of
that text, so the import's fast spelling of the readers' shape must not change one byte.
"""

from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.preadvice import (
    ALL_COLUMNS,
    _canonical_shape,
    canonical,
    iter_csv,
    iter_json,
)

ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)

ROW = {
    "s10": "CB200000006RU",
    "sender_name": "ООО Мебельный Двор",
    "sender_address": "ул. Ленина, 57",
    "sender_city": "Казань",
    "sender_postcode": "420111",
    "sender_country": "ru",
    "sender_phone": "+7 843 555-00-11",
    "addressee_name": "Anita Desai",
    "addressee_address": "2 Park Street, Flat 3",
    "addressee_city": "Kolkata",
    "addressee_postcode": "700016",
    "addressee_country": "IN",
    "category": "sale_of_goods",
    "currency": "eur",
    "invoice_number": "MD-1",
    "total_value": "420",
    "total_net_weight_kg": "38.5",
    "description": "Solid oak dining table",
    "quantity": "1",
    "net_weight_kg": "38,5",
    "value": "420.00",
    "hs_code": "9403601000",
    "origin_country": "RU",
}


def _payloads(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(ALL_COLUMNS))
    w.writeheader()
    w.writerows(rows)
    return [p.payload for p in iter_csv(io.StringIO(out.getvalue()), "t.csv", [])]


def _same(payload: Any) -> None:
    assert canonical(payload) == ENCODER.encode(payload)


def test_reader_payloads_spelled_as_the_encoder_does() -> None:
    odd = 'quote " backslash \\ tab\t nl\n ctl\x01 del\x7f nbsp\xa0 ls\u2028 emoji \U0001f4e6 é'
    second = {
        **ROW,
        "s10": "CB200000023RU",
        "description": "Oak chairs",
        "quantity": "4",
        "value": "7",
    }
    payloads = _payloads(
        [
            ROW,
            {**ROW, "s10": "CB200000010RU", "sender_name": odd, "comments": odd},
            {**ROW, "s10": "CB200000023RU"},
            second,
            {**ROW, "s10": "", "quantity": "x", "net_weight_kg": "-1", "value": "1E+30"},
        ]
    )
    assert len(payloads) == 4
    assert len(payloads[2]["customs"]["lines"]) == 2
    for payload in payloads:
        _same(payload)
        # The readers' shape takes the fast spelling, not the encoder behind it.
        assert _canonical_shape(payload) == ENCODER.encode(payload)


def test_json_reader_payloads_spelled_as_the_encoder_does() -> None:
    parcel = {
        "s10": "CB200000006RU",
        "sender": {"name": 5, "country": "ru", "city": None, "extra": "x"},
        "addressee": {"name": "A \ud800 lone surrogate"},
        "customs": {"category": "gift", "lines": [{"description": "Tea", "quantity": "2"}, {}]},
    }
    raw = json.dumps({"format": "postcounter-preadvice", "parcels": [parcel, parcel]}).encode()
    for p in iter_json(raw, "t.json"):
        _same(p.payload)


def _base() -> dict[str, Any]:
    return _payloads([ROW])[0]


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def bend(p: dict[str, Any]) -> None:
        target: Any = p
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return bend


class _Int(int):
    def __repr__(self) -> str:
        return "seven"


class _Str(str):
    pass


@pytest.mark.parametrize(
    "bend",
    [
        _set(("customs", "lines", 0, "quantity"), True),
        _set(("customs", "lines", 0, "quantity"), _Int(7)),
        _set(("customs", "lines", 0, "net_grams"), 1.5),
        _set(("customs", "lines", 0, "net_grams"), None),
        _set(("customs", "lines", 0, "value"), 3),
        _set(("customs", "lines", 0, "extra"), "x"),
        _set(("customs", "lines", 0), ["not", "a", "dict"]),
        _set(("customs", "lines"), ()),
        _set(("customs", "lines"), []),
        _set(("customs", "lines"), ({"a": 1},)),
        _set(("customs", "total_value"), None),
        _set(("customs", "total_value"), _Str("5")),
        _set(("customs", "more"), ""),
        _set(("sender", "name"), ["x"]),
        _set(("sender", "nickname"), "x"),
        _set(("addressee",), {"name": "only"}),
        _set(("s10",), None),
        _set(("extra",), {"b": [1, 2.5, None, False]}),
        lambda p: p["sender"].pop("tax_id"),
        lambda p: p["customs"].pop("lines"),
        lambda p: p.pop("sender"),
        lambda p: p["customs"]["lines"].append(copy.deepcopy(p["customs"]["lines"][0])),
    ],
)
def test_other_shapes_spelled_as_the_encoder_does(bend: Any) -> None:
    payload = _base()
    bend(payload)
    _same(payload)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["sender_name", "addressee_address", "description", "comments", "unit"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
)
def test_generated_texts_spelled_as_the_encoder_does(column: str, text: str) -> None:
    for payload in _payloads([{**ROW, column: text}]):
        _same(payload)
