"""Pre-advice import and customs validation speed, with baselines measured in the same run.

Run: ``.venv/bin/python tests/benchmarks/bench_customs.py [--rows 10000]``

* A UTF-8 CSV of ``--rows`` pre-advice rows (two content lines per parcel) is written
  to a temporary folder. Baseline: plain ``csv.DictReader`` over the same file. Then the
  real import (parse, validate every parcel with the shipped rules, store in a fresh
  SQLite terminal database in one transaction) and the re-import of the same file
  (every parcel unchanged, nothing written).
* Validation of a 50-line declaration with the corridor rules (median of many runs),
  beside the same declaration validated with the built-in checks only and a 1-line one.

Goals: import at least 2,000 rows/s; a 50-line declaration validated in under 20 ms so
the screen can re-check on every keystroke.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.customs import CustomsLine
from app.domain.money import Money
from app.domain.product import DEFAULT_HEAVY
from app.domain.s10 import S10
from app.domain.validation import validate_consignment
from app.services.preadvice import ALL_COLUMNS, import_file
from app.services.reference_data import load_reference_data
from app.store.database import open_database
from tests import factories

ON = date(2026, 8, 1)
ITEMS = [
    ("Solid oak dining table", "940360", "38.5", "420.00"),
    ("Upholstered oak chairs", "940161", "24", "360.00"),
    ("Cast iron cookware set", "732111", "12.25", "95.50"),
    ("Wool carpet, hand-knotted", "570110", "30", "610.00"),
]


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(ALL_COLUMNS)
        for n in range(rows):
            parcel = n // 2
            s10 = str(S10.build("CB", parcel, "RU"))
            desc, hs, kg, value = ITEMS[n % len(ITEMS)]
            record = {
                "s10": s10,
                "sender_name": "ООО Мебельный Двор",
                "sender_address": "ул. Ленина, 5",
                "sender_city": "Казань",
                "sender_postcode": "420111",
                "sender_country": "RU",
                "sender_phone": "+7 843 555-00-11",
                "addressee_name": f"Customer {parcel}",
                "addressee_address": f"{parcel % 90 + 1} MG Road",
                "addressee_city": "New Delhi",
                "addressee_postcode": "110001",
                "addressee_country": "IN",
                "category": "sale_of_goods",
                "currency": "EUR",
                "invoice_number": f"MD-{parcel}",
                "description": desc,
                "quantity": "1",
                "unit": "pcs",
                "net_weight_kg": kg,
                "value": value,
                "hs_code": hs,
                "origin_country": "RU",
            }
            w.writerow([record.get(c, "") for c in ALL_COLUMNS])


def plain_csv(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        return sum(1 for _ in csv.DictReader(f))


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up (regex compilation, pycountry index)
    return statistics.median(timed(fn) for _ in range(runs)) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=200, help="validation runs")
    args = parser.parse_args()
    ref = load_reference_data()
    rows: list[tuple[str, str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "preadvice.csv"
        write_csv(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        t_plain = timed(lambda: plain_csv(path))
        db = open_database(Path(tmp) / "bench.db")
        report = None

        def run_import() -> None:
            nonlocal report
            report = import_file(db, path, rules=ref.rules, on=ON)

        t_import = timed(run_import)
        assert report is not None and report.imported == args.rows // 2, report
        assert not report.rejected, report.rejected[:3]
        t_again = timed(run_import)
        assert report.unchanged == args.rows // 2 and report.imported == 0
        db.close()

    def rate(seconds: float) -> str:
        return f"{args.rows / seconds:,.0f} rows/s"

    rows.append(
        ("csv.DictReader, same file (baseline)", f"{t_plain * 1000:,.0f} ms", rate(t_plain))
    )
    rows.append(("pre-advice import, fresh database", f"{t_import * 1000:,.0f} ms", rate(t_import)))
    rows.append(
        ("re-import of the same file (no change)", f"{t_again * 1000:,.0f} ms", rate(t_again))
    )
    rows.append(("import / baseline", f"{t_import / t_plain:,.1f} x", ""))

    base = factories.consignment()
    line = factories.line()
    fifty = tuple(
        replace(
            line,
            description=f"{ITEMS[i % 4][0]} no. {i}",
            hs_code=ITEMS[i % 4][1],
            net_grams=900,
            value=Money(Decimal("12.50"), "EUR"),
        )
        for i in range(50)
    )
    c50 = replace(base, customs=replace(base.customs, lines=fifty))
    c1 = replace(base, customs=replace(base.customs, lines=fifty[:1]))
    assert not validate_consignment(c50, DEFAULT_HEAVY, ref.rules, ON)
    assert isinstance(fifty[0], CustomsLine)
    ms50 = median_ms(lambda: validate_consignment(c50, DEFAULT_HEAVY, ref.rules, ON), args.runs)
    ms50_builtin = median_ms(lambda: validate_consignment(c50, DEFAULT_HEAVY), args.runs)
    ms1 = median_ms(lambda: validate_consignment(c1, DEFAULT_HEAVY, ref.rules, ON), args.runs)
    rows.append(("validate 1-line declaration, rules (baseline)", f"{ms1:.3f} ms", ""))
    rows.append(("validate 50-line declaration, built-in checks", f"{ms50_builtin:.3f} ms", ""))
    rows.append(
        (
            "validate 50-line declaration, corridor rules",
            f"{ms50:.3f} ms",
            f"{ms50 / ms1:.1f} x 1-line",
        )
    )

    print(f"pre-advice file: {args.rows:,} rows, {args.rows // 2:,} parcels, {size_mb:.1f} MB")
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'time':>12}  {'rate / ratio':>16}")
    print("-" * (width + 32))
    for name, t, r in rows:
        print(f"{name:<{width}}  {t:>12}  {r:>16}")
    ok = args.rows / t_import >= 2000 and ms50 < 20
    print(
        "goals met" if ok else "GOAL MISSED: import >= 2,000 rows/s and 50-line validation < 20 ms"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
