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
