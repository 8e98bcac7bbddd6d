"""Rendering speed of the documents, with a baseline measured in the same run.

Run: ``.venv/bin/python tests/benchmarks/bench_documents.py``

Prints a table of milliseconds (median of several runs) for: an empty reportlab page
(baseline), an empty page with the embedded TTF font, a label, a CN 23, a receipt and a
2,000-parcel manifest. Goals: label < 50 ms, manifest < 3 s.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.documents.cn23 import render_cn23
from app.documents.common import FONT, ensure_fonts, new_canvas
from app.documents.data import ReceiptData, ReceiptPiece
from app.documents.label import render_label
from app.documents.manifest import render_manifest
from app.documents.receipt import render_receipt
from app.documents.zpl import render_label_zpl
from app.domain.money import Money
from tests.unit import test_documents as samples


def empty_page() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.drawString(100, 100, "baseline")
    c.showPage()
    c.save()
    return buf.getvalue()


def empty_page_ttf() -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, A4, "baseline", "baseline")
    c.setFont(FONT, 10)
    c.drawString(100, 100, "baseline Кириллица")
    c.showPage()
    c.save()
    return buf.getvalue()


def timed(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: font parsing, imports
    samples_ms = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples_ms.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples_ms)


def main() -> int:
    ensure_fonts()
    label = samples.label()
    cn23 = samples.cn23(12)  # two sheets
    manifest = samples.manifest(samples.manifest_rows(2000, voided_every=50))
    cases: list[tuple[str, Callable[[], object], int, float | None]] = [
        ("baseline: empty page (Helvetica)", empty_page, 30, None),
        ("baseline: empty page (embedded TTF)", empty_page_ttf, 30, None),
        ("label 100x150 (PDF)", lambda: render_label(label), 30, 50.0),
        ("label (ZPL)", lambda: render_label_zpl(label), 30, None),
        ("CN 23, 12 lines, 2 sheets", lambda: render_cn23(cn23), 20, None),
        ("manifest, 2,000 parcels", lambda: render_manifest(manifest), 3, 3000.0),
    ]
    receipt_data = ReceiptData(
        "3f2b7c1e-8a9d-4c5e-b6f7-0123456789ab",
        "Moscow 101000",
        "DEMO-101000",
        datetime(2026, 3, 15, 14, 32, tzinfo=ZoneInfo("Europe/Moscow")),
        "Demo Clerk (1001)",
        samples.SENDER,
        samples.ADDRESSEE,
        (ReceiptPiece(samples.S10_RU, 52_350, 1200, 600, 500, 72_000, 72_000),),
        72_000,
        52_350,
        Money(Decimal("18450.00"), "RUB"),
        Money(Decimal("355.00"), "EUR"),
        "Sale of goods",
        Money(Decimal("23.25"), "EUR"),
        "Estimate.",
        "https://www.pochta.ru/tracking?barcode=CB100000017RU",
    )
    cases.insert(5, ("receipt", lambda: render_receipt(receipt_data), 20, None))
    base = None
    print(f"{'document':40} {'ms':>10} {'x baseline':>11} {'goal':>10}  ok")
    print("-" * 80)
    failed = False
    for name, fn, runs, goal in cases:
        ms = timed(fn, runs)
        if base is None:
            base = ms
        ratio = ms / base if base else float("nan")
        verdict = ""
        if goal is not None:
            verdict = "yes" if ms < goal else "NO"
            failed |= ms >= goal
        goal_text = f"< {goal:.0f}" if goal is not None else ""
        print(f"{name:40} {ms:10.1f} {ratio:11.1f} {goal_text:>10}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
