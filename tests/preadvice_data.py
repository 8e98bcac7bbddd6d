"""Synthetic marketplace pre-advice files of any size (tests and the import benchmark)."""

from __future__ import annotations

import csv
from pathlib import Path

from app.domain.s10 import S10

HEADER = [
    "s10",
    "sender_name",
    "sender_address",
    "sender_city",
    "sender_postcode",
    "sender_country",
    "sender_phone",
    "addressee_name",
    "addressee_address",
    "addressee_city",
    "addressee_postcode",
    "addressee_country",
    "addressee_phone",
    "category",
    "currency",
    "invoice_number",
    "description",
    "quantity",
    "unit",
    "net_weight_kg",
    "value",
    "hs_code",
    "origin_country",
]
LINES = (
    ("Solid oak dining table", "1", "pcs", "38,5", "420.00", "9403601000", "RU"),
    ("Upholstered oak chairs", "4", "pcs", "24", "360.00", "940161", "RU"),
    ("Cast iron radiator", "2", "pcs", "31.2", "210.50", "732210", "RU"),
)


def write_csv(
    path: Path, rows: int, first_serial: int = 20_000_000, lines_per_parcel: int = 1
) -> int:
    """Write ``rows`` content-line rows (``lines_per_parcel`` per S10); returns parcels."""
    parcels = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        serial = first_serial
        for i in range(rows):
            k = i % lines_per_parcel
            if k == 0:
                s10 = str(S10.build("CB", serial, "RU"))
                serial += 1
                parcels += 1
                party = [
                    s10,
                    "ООО Мебельный Двор",
                    f"ул. Ленина, {serial % 97 + 1}",
                    "Казань",
                    "420111",
                    "RU",
                    "+7 843 555-00-11",
                    "Anita Desai",
                    f"{serial % 50 + 1} Park Street, Flat 3",
                    "Kolkata",
                    "700016",
                    "IN",
                    "+91 33 4000 1234",
                    "sale_of_goods",
                    "EUR",
                    f"MD-{serial}",
                ]
            else:
                party = [s10] + [""] * 15
            w.writerow(party + list(LINES[k % len(LINES)]))
    return parcels


def batch_parcel(s10: str, declared_kg: str | None = "40.000", dims: str = "60x40x40") -> dict:
    """One parcel of a marketplace list (JSON), as the import reads it (issue 17)."""
    parcel: dict = {
        "s10": s10,
        "sender": {
            "name": "ООО Мебельный Двор",
            "address": "ул. Ленина, 5",
            "city": "Казань",
            "postcode": "420111",
            "country": "RU",
            "phone": "+7 843 555-00-11",
        },
        "addressee": {
            "name": "Anita Desai",
            "address": "12 Park Street, Flat 3",
            "city": "Kolkata",
            "postcode": "700016",
            "country": "IN",
            "phone": "+91 33 4000 1234",
        },
        "customs": {
            "category": "sale_of_goods",
            "currency": "EUR",
            "invoice_number": f"MD-{s10}",
            "lines": [
                {
                    "description": LINES[0][0],
                    "quantity": "1",
                    "unit": "pcs",
                    "net_weight_kg": "38.5",
                    "value": "420.00",
                    "hs_code": "9403601000",
                    "origin_country": "RU",
                }
            ],
        },
    }
    if declared_kg is not None:
        parcel["declared_weight_kg"] = declared_kg
    if dims:
        parcel["dimensions_cm"] = dims
    return parcel


def batch_s10s(count: int, first_serial: int = 30_000_000, service: str = "CB") -> list[str]:
    return [str(S10.build(service, first_serial + i, "RU")) for i in range(count)]


def write_batch_json(
    path: Path,
    number: str,
    customer: str,
    s10s: list[str],
    declared_kg: str | None = "40.000",
) -> Path:
    """A marketplace's list as JSON: ``number`` and ``customer`` at the top level."""
    import json

    data = {
        "format": "postcounter-preadvice",
        "version": 1,
        "batch": number,
        "customer": customer,
        "parcels": [batch_parcel(s, declared_kg) for s in s10s],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return path
