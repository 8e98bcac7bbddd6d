"""Day close and documents on a real SQLite terminal database, acceptances made by the real
``accept()``; the PDFs are read back (pypdf text, zxing-cpp barcodes)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.documents.manifest import render_manifests
from app.domain.s10 import parse as parse_s10
from app.services.acceptance import accept
from app.services.auth import verify_pin
from app.services.counter_rules import counter_rules
from app.services.day_close import DayCloseRefused, close_day
from app.services.documents import acceptance_documents, day_manifests
from app.services.terminal import DEMO_CLERK, DEMO_SUPERVISOR, CounterContext
from app.store.database import Database
from app.store.models import Acceptance, AuditEntry, Manifest, OutboxItem, Piece, Staff
from tests import factories
from tests.docs_helpers import barcodes_on_page, number, page_count, pdf_pages_text, pdf_text

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 15)
MORNING = datetime(2026, 3, 15, 7, 0, tzinfo=UTC)  # 10:00 in Moscow


def _accept(
    db: Database, ctx: CounterContext, serials: list[int], minutes: int, **changes: object
) -> str:
    from app.domain.s10 import S10

    pieces = tuple(
        factories.piece(str(S10.build("CB", s, "RU")), grams=52_350 + 10_000 * i)
        for i, s in enumerate(serials)
    )
    rules = counter_rules()
    result = accept(
        db,
        ctx,
        factories.consignment(pieces=pieces, **changes),
        limits=rules.limits_on(DAY),
        pricing=rules.pricing,
        now=MORNING + timedelta(minutes=minutes),
    )
    return result.acceptance_id


def _void(db: Database, acceptance_id: str) -> None:
    # the void service is the lead's; here only its effect matters: status and who/when/why
    with db.write() as s:
        row = s.get(Acceptance, acceptance_id)
        assert row is not None
        row.status = "voided"
        row.voided_at = datetime.now(UTC)
        row.void_reason = "customer took the parcel back"


def _staff(db: Database, who: tuple[str, str, str]) -> Staff:
    with db.read() as s:
        staff = verify_pin(s, who[0], who[1])
    assert staff is not None
    return staff


@pytest.fixture
def day_of_parcels(db: Database, clerk: CounterContext) -> dict[str, str]:
    ids = {
        "single": _accept(db, clerk, [10_000_001], 0),
        "multi": _accept(db, clerk, [10_000_002, 10_000_003, 10_000_004], 5),
        "voided": _accept(db, clerk, [10_000_005], 10),
        "cyrillic": _accept(
            db,
            clerk,
            [10_000_006],
            15,
            addressee=replace(factories.ADDRESSEE, name="Сергеева Анна-Мария Павловна"),
        ),
    }
    _void(db, ids["voided"])
    return ids


def test_a_clerk_cannot_close_the_day(db: Database, day_of_parcels: dict[str, str]) -> None:
    with pytest.raises(DayCloseRefused) as info:
        close_day(db, _staff(db, DEMO_CLERK), DAY)
    assert info.value.code == "not_supervisor"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Manifest)) == 0
        assert s.scalar(select(func.count()).where(Acceptance.manifest_id.is_not(None))) == 0


def test_close_locks_the_day_with_outbox_and_audit(
    db: Database, day_of_parcels: dict[str, str]
) -> None:
    result = close_day(db, _staff(db, DEMO_SUPERVISOR), DAY)
    assert result.number == f"DEMO-101000-{DAY:%Y%m%d}-1"
    assert (result.acceptances, result.pieces, result.voided_pieces) == (4, 5, 1)
    with db.read() as s:
        assert (
            s.scalar(select(func.count()).where(Acceptance.manifest_id == result.manifest_id)) == 4
        )
        item = s.scalar(select(OutboxItem).where(OutboxItem.kind == "day_close"))
        assert item is not None and item.entity_id == result.number and item.state == "pending"
        payload = json.loads(item.payload)
        assert payload["piece_count"] == 5 and len(payload["voided_pieces"]) == 1
        assert sorted(payload["acceptances"]) == sorted(day_of_parcels.values())
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "day_close"))
        assert entry is not None and entry.entity_id == result.number
        # the audit entry carries no personal data
        assert "Сергеева" not in entry.details and "Rajesh" not in entry.details


def test_second_close_takes_only_new_acceptances(
    db: Database, clerk: CounterContext, day_of_parcels: dict[str, str]
) -> None:
    supervisor = _staff(db, DEMO_SUPERVISOR)
    first = close_day(db, supervisor, DAY)
    with pytest.raises(DayCloseRefused) as info:
        close_day(db, supervisor, DAY)
    assert info.value.code == "nothing_open"
    late = _accept(db, clerk, [10_000_007], 600)  # same business day, after the close
    next_day = _accept(db, clerk, [10_000_008], 24 * 60)
    second = close_day(db, supervisor, DAY)
    assert second.number.endswith("-2") and second.acceptances == 1
    with db.read() as s:
        assert s.get(Acceptance, late).manifest_id == second.manifest_id  # type: ignore[union-attr]
        assert s.get(Acceptance, next_day).manifest_id is None  # type: ignore[union-attr]
        assert s.get(Acceptance, day_of_parcels["single"]).manifest_id == first.manifest_id  # type: ignore[union-attr]
    manifests = day_manifests(db, "DEMO-101000", DAY)
    assert [m.number for m in manifests] == [first.number, second.number]
    assert [len(m.rows) for m in manifests] == [6, 1]


def test_manifest_pdf_totals_equal_database_sums(
    db: Database, day_of_parcels: dict[str, str]
) -> None:
    result = close_day(db, _staff(db, DEMO_SUPERVISOR), DAY)
    (data,) = day_manifests(db, "DEMO-101000", DAY)
    pdf = render_manifests([data])
    with db.read() as s:
        live = (Acceptance.manifest_id == result.manifest_id) & (Acceptance.status != "voided")
        pieces, gross, chargeable = s.execute(
            select(
                func.count(Piece.id), func.sum(Piece.gross_grams), func.sum(Piece.chargeable_grams)
            )
            .join(Acceptance)
            .where(live)
        ).one()
        fees = [Decimal(str(f)) for f in s.scalars(select(Acceptance.fee_amount).where(live))]
        voided_s10 = s.scalar(
            select(Piece.s10).join(Acceptance).where(Acceptance.id == day_of_parcels["voided"])
        )
    text = pdf_text(pdf)
    lines = [ln.strip() for ln in text.splitlines()]
    # the demo branch is Russian: the totals row is "ИТОГО" over "TOTAL", then the counts
    # in Russian and in English, then the figures (pypdf gives one line per drawn text)
    start = lines.index("TOTAL")
    total_row = number(" ".join(lines[start : lines.index("Итоги ведомости /", start)]))
    assert lines[start - 1] == "ИТОГО"
    assert f"Мест:{pieces}" in total_row and f"{pieces}pieces" in total_row
    assert f"{Decimal(gross) / 1000:.3f}" in total_row
    assert f"{Decimal(chargeable) / 1000:.3f}" in total_row
    assert f"{sum(fees):.2f}RUB" in total_row
    # the voided piece is listed and marked (in both languages), and not counted
    after = text[text.index(voided_s10) :]
    voided_row = after[: after.index("CB", len(voided_s10))]
    assert "АННУЛИРОВАНО" in voided_row and "VOIDED" in voided_row
    assert "1 voided" in text
    assert "Сергеева Анна-Мария Павловна" in text and "Rajesh Kumar Sharma" in text
    assert ("Code128", result.number) in barcodes_on_page(pdf)


def test_documents_of_an_acceptance(db: Database, day_of_parcels: dict[str, str]) -> None:
    docs = acceptance_documents(db, acceptance_id=day_of_parcels["multi"])
    assert page_count(docs.labels_pdf) == 3
    for i, s10 in enumerate(docs.s10s):
        assert ("Code128", s10) in barcodes_on_page(docs.labels_pdf, i, dpi=200)
        assert f"{i + 1}/3" in pdf_pages_text(docs.labels_pdf)[i]
        assert f"^FD{s10}^FS" in docs.labels_zpl
    # the CN 23 leaves the country: the sender in Latin script (ICAO Doc 9303)
    assert "Ivanov Sergei Petrovich" in pdf_text(docs.cn23_pdf)
    assert "INV-2026-0042" in pdf_text(docs.cn23_pdf)
    receipt = pdf_text(docs.receipt_pdf)
    assert parse_s10(docs.s10s[0]).grouped in receipt and "pochta.ru/tracking" in receipt
    # handling marks from the rules data: two-person lift up to 70 kg (52.35, 62.35 kg),
    # mechanical handling (pallet truck / forklift) above (72.35 kg)
    pages = pdf_pages_text(docs.labels_pdf)
    assert ["TWO-PERSON LIFT" in page for page in pages] == [True, True, False]
    assert ["MECHANICAL HANDLING" in page for page in pages] == [False, False, True]
    assert "25-70 kg" in pages[0] and "over 70 kg" in pages[2]


def _cli(db_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_cli_day_close_manifest_and_documents(
    db: Database, db_path: Path, tmp_path: Path, day_of_parcels: dict[str, str]
) -> None:
    db.close()  # the CLI opens the file itself
    refused = _cli(
        db_path,
        "day-close",
        "--date",
        DAY.isoformat(),
        "--supervisor",
        DEMO_CLERK[0],
        "--pin-stdin",
        stdin=f"{DEMO_CLERK[1]}\n",
    )
    assert refused.returncode == 1 and "only a supervisor" in refused.stderr
    wrong = _cli(
        db_path,
        "day-close",
        "--date",
        DAY.isoformat(),
        "--supervisor",
        DEMO_SUPERVISOR[0],
        "--pin-stdin",
        stdin="0000\n",
    )
    assert wrong.returncode == 1 and "PIN is wrong" in wrong.stderr
    not_closed = _cli(
        db_path, "manifest", "--date", DAY.isoformat(), "--out", str(tmp_path / "m.pdf")
    )
    assert not_closed.returncode == 1 and "not closed" in not_closed.stderr
    ok = _cli(
        db_path,
        "day-close",
        "--date",
        DAY.isoformat(),
        "--supervisor",
        DEMO_SUPERVISOR[0],
        "--pin-stdin",
        stdin=f"{DEMO_SUPERVISOR[1]}\n",
    )
    assert ok.returncode == 0, ok.stderr
    assert "DEMO-101000-20260315-1" in ok.stdout
    out = _cli(
        db_path,
        "manifest",
        "--date",
        DAY.isoformat(),
        "--out",
        str(tmp_path / "m.pdf"),
        "--csv",
        str(tmp_path / "m.csv"),
    )
    assert out.returncode == 0, out.stderr
    assert "DEMO-101000-20260315-1" in pdf_text((tmp_path / "m.pdf").read_bytes())
    csv_text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    # the carrier's CSV travels abroad: names in Latin script
    assert csv_text.count("\n") == 1 + 6 and "Sergeeva Anna-Mariia Pavlovna" in csv_text
    s10 = "CB100000017RU"
    for cmd, suffix in (("label", "pdf"), ("receipt", "pdf"), ("cn23", "pdf")):
        r = _cli(db_path, cmd, s10, "--out", str(tmp_path / f"{cmd}.{suffix}"))
        assert r.returncode == 0, r.stderr
        assert (tmp_path / f"{cmd}.{suffix}").read_bytes().startswith(b"%PDF")
    r = _cli(db_path, "label", s10, "--out", str(tmp_path / "l.zpl"), "--zpl")
    assert r.returncode == 0 and f"^FD{s10}^FS" in (tmp_path / "l.zpl").read_text(encoding="utf-8")
    bad = _cli(db_path, "label", "CB100000018RU", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "Check digit" in bad.stderr
