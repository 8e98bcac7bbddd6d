"""Pre-advice import bounds: values acceptance or central would refuse, pipes and devices,
hostile JSON, and an interrupted import that resumes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services.preadvice import MAX_LINES, PreAdviceFormatError, import_file
from app.services.reference_data import load_reference_data
from app.services.terminal import open_terminal
from app.store.models import PreAdvice, PreAdviceImport
from tests.preadvice_data import HEADER, write_csv

ROOT = Path(__file__).resolve().parents[2]
RULES = load_reference_data().customs_rules()
ON = date(2026, 8, 1)


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
    )


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER)
        w.writeheader()
        w.writerows(rows)


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("value", "1E+30", "value '1E+30' is outside 0.01..99999999.99"),
        ("value", "NaN", "value 'NaN' is not an amount"),
        ("value", "Infinity", "value 'Infinity' is not an amount"),
        ("value", "12.345", "more than 2 decimals"),
        ("value", "-5", "outside 0.01"),
        ("quantity", "100000000000000000000000", "is not a whole number"),
        ("quantity", "2000000", "quantity 2000000 is outside 1..1000000"),
        ("net_weight_kg", "2000", "is outside 0..1000 kg"),
        ("addressee_name", "x" * 600, "addressee_name is longer than 500 characters"),
        # 200 characters that upper-case to 600: long once read, though no cell was.
        ("sender_country", "ΐ" * 200, "sender_country is longer than 500 characters"),
    ],
)
def test_values_acceptance_or_central_refuse_are_rejected_with_row(
    db, tmp_path, column, value, reason
) -> None:
    src = tmp_path / "base.csv"
    write_csv(src, 3)
    rows = rows_of(src)
    rows[1][column] = value
    bad = tmp_path / "bad.csv"
    write_rows(bad, rows)
    report = import_file(db, bad, rules=RULES, on=ON)
    assert report.imported == 2 and report.rejected_total == 1
    (err,) = report.rejected
    assert err.row == 3 and any(reason in r for r in err.reasons), err.reasons


def test_more_content_lines_than_central_takes(db, tmp_path) -> None:
    path = tmp_path / "lines.csv"
    write_csv(path, MAX_LINES + 5, lines_per_parcel=MAX_LINES + 5)
    report = import_file(db, path, rules=RULES, on=ON)
    assert report.imported == 0 and report.rejected_total == 1
    assert any(f"more than {MAX_LINES} content lines" in r for r in report.rejected[0].reasons)


def test_fifo_device_and_folder_are_refused_without_traceback(tmp_path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    db = str(tmp_path / "t.db")
    for target, words in (
        (fifo, "not a regular file"),
        ("/dev/zero", "not a regular file"),
        (tmp_path, "is a folder"),
    ):
        done = cli("--db", db, "preadvice", "import", str(target), timeout=30)
        assert done.returncode == 2, done.stderr
        assert words in done.stderr and "Traceback" not in done.stderr


def test_hostile_json_is_refused(db, tmp_path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(PreAdviceFormatError, match="nested deeper than 16"):
        import_file(db, deep, rules=RULES, on=ON)
    big = tmp_path / "big.json"
    with big.open("w", encoding="utf-8") as f:
        f.write('{"format": "postcounter-preadvice", "parcels": [')
        f.write(",".join(json.dumps({"s10": "x", "pad": "y" * 1000}) for _ in range(17_500)))
        f.write("]}")
    with pytest.raises(PreAdviceFormatError, match="larger than 16 MiB"):
        import_file(db, big, rules=RULES, on=ON)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PreAdvice)) == 0
    done = cli("--db", str(db.path), "preadvice", "import", str(deep))
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_csv_error_part_way_keeps_committed_chunks_and_says_so(db, tmp_path) -> None:
    src = tmp_path / "base.csv"
    write_csv(src, 9)
    text = src.read_text("utf-8").splitlines()
    text[8] = text[8] + ',"' + "z" * 200_000 + '"'  # row 9: a field over the csv limit
    bad = tmp_path / "broken.csv"
    bad.write_text("\n".join(text) + "\n", "utf-8")
    with pytest.raises(PreAdviceFormatError, match="row 9"):
        import_file(db, bad, rules=RULES, on=ON, chunk_parcels=3)
    with db.read() as s:
        stored = s.scalar(select(func.count()).select_from(PreAdvice))
        rec = s.scalar(select(PreAdviceImport))
    assert stored == 6 and rec.rows_done == 7 and rec.finished_at is None


def test_killed_import_resumes_after_the_last_committed_chunk(tmp_path) -> None:
    db_path = tmp_path / "t.db"
    open_terminal(str(db_path)).close()
    path = tmp_path / "many.csv"
    parcels = write_csv(path, 12_000)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(db_path),
            "preadvice",
            "import",
            str(path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    done_rows = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            row = conn.execute("SELECT rows_done FROM preadvice_imports").fetchone()
        except sqlite3.OperationalError:
            row = None
        finally:
            conn.close()
        if row and row[0] > 0:
            done_rows = row[0]
            proc.send_signal(signal.SIGKILL)  # a power cut after the first chunk
            break
        time.sleep(0.05)
    proc.wait(30)
    assert 0 < done_rows < 12_000, "the import finished before it could be interrupted"
    again = cli("--db", str(db_path), "preadvice", "import", str(path), timeout=120)
    assert again.returncode == 0, again.stderr
    assert "resumed after row" in again.stdout
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM preadvice").fetchone()[0] == parcels
        assert conn.execute("SELECT finished_at IS NOT NULL FROM preadvice_imports").fetchone()[0]
        resumed = conn.execute(
            "SELECT s10, row_number, payload_json FROM preadvice ORDER BY row_number"
        ).fetchall()
    finally:
        conn.close()
    # The same rows as an import that was never interrupted: none lost, none twice.
    whole = open_terminal(str(tmp_path / "whole.db"))
    import_file(whole, path)
    whole.close()
    conn = sqlite3.connect(tmp_path / "whole.db")
    try:
        assert (
            resumed
            == conn.execute(
                "SELECT s10, row_number, payload_json FROM preadvice ORDER BY row_number"
            ).fetchall()
        )
    finally:
        conn.close()


def test_import_runs_while_the_counter_reads(db, tmp_path) -> None:
    """Chunked commits leave the database readable during a long import."""
    path = tmp_path / "mid.csv"
    write_csv(path, 3_000)
    seen: list[int] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            with db.read() as s:
                seen.append(s.scalar(select(func.count()).select_from(PreAdvice)))
            time.sleep(0.02)

    t = threading.Thread(target=reader)
    t.start()
    try:
        import_file(db, path, rules=RULES, on=ON, chunk_parcels=500)
    finally:
        stop.set()
        t.join()
    assert seen and any(0 < n < 3_000 for n in seen)


def test_refusals_name_the_row_and_the_reason_as_the_full_validation_does(db, tmp_path) -> None:
    """The quick check lets the full validation word every refusal, row by row; rows without
    an S10 are refused each (a quick path once skipped the S10 check for them)."""
    src = tmp_path / "base.csv"
    write_csv(src, 8)
    rows = rows_of(src)
    rows[1]["s10"] = rows[2]["s10"] = ""
    rows[3]["description"] = "Goods"
    rows[4]["description"] = "Lithium power bank"
    rows[5]["addressee_country"] = "US"
    rows[6]["sender_phone"] = "call me"
    bad = tmp_path / "bad.csv"
    write_rows(bad, rows)
    report = import_file(db, bad, rules=RULES, on=ON)
    no_s10 = "s10: No tracking number: scan the label or type the 13 characters."
    assert [(e.row, e.reasons) for e in report.rejected] == [
        (3, (no_s10,)),
        (4, (no_s10,)),
        (
            5,
            (
                "customs.lines.0.description: 'Goods' is too vague for customs: say what it "
                "is, e.g. 'cotton bed sheets'.",
            ),
        ),
        (
            6,
            (
                "customs.certificate_number: Line 1 looks like lithium batteries: enter the "
                "certificate number.",
            ),
        ),
        (
            7,
            (
                "addressee.country: This service carries parcels between Russia and India "
                "only (sender RU, addressee US).",
            ),
        ),
        (
            8,
            (
                "sender.phone: The phone number may hold only digits, spaces, dashes and a "
                "leading +.",
            ),
        ),
    ]
    assert report.imported == 2
    with db.read() as s:
        stored = {r.row_number: r for r in s.scalars(select(PreAdvice))}
    assert sorted(stored) == [2, 9]
    first = stored[2]
    assert first.s10 == rows[0]["s10"] == "CB200000006RU"
    assert json.loads(first.payload_json) == {
        "s10": "CB200000006RU",
        "sender": {
            "name": "ООО Мебельный Двор",
            "address": "ул. Ленина, 57",
            "city": "Казань",
            "postcode": "420111",
            "country": "RU",
            "phone": "+7 843 555-00-11",
            "email": "",
            "tax_id": "",
        },
        "addressee": {
            "name": "Anita Desai",
            "address": "2 Park Street, Flat 3",
            "city": "Kolkata",
            "postcode": "700016",
            "country": "IN",
            "phone": "+91 33 4000 1234",
            "email": "",
            "tax_id": "",
        },
        "customs": {
            "category": "sale_of_goods",
            "category_explanation": "",
            "currency": "EUR",
            "invoice_number": "MD-20000001",
            "importer_reference": "",
            "importer_contact": "",
            "licence_number": "",
            "certificate_number": "",
            "comments": "",
            "exporter_iec": "",
            "pbe_reference": "",
            "total_value": "",
            "total_net_grams": "",
            "lines": [
                {
                    "description": "Solid oak dining table",
                    "quantity": 1,
                    "unit": "pcs",
                    "net_grams": 38500,
                    "value": "420.00",
                    "hs_code": "9403601000",
                    "origin_country": "RU",
                }
            ],
        },
    }
    # Stored in the canonical spelling its hash is taken of (re-imports compare hashes).
    assert first.payload_json == json.dumps(
        json.loads(first.payload_json), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert first.payload_sha256 == hashlib.sha256(first.payload_json.encode()).hexdigest()


def test_a_row_with_text_only_under_unnamed_columns_is_not_skipped(db, tmp_path) -> None:
    """Only a row with nothing in any cell is blank; two unnamed columns share the name ""
    so the reader must not judge blankness by the named cells alone."""
    path = tmp_path / "unnamed.csv"
    path.write_text(
        ",".join([*HEADER, "", ""]) + "\n" + ",".join([""] * len(HEADER) + ["note", ""]) + "\n",
        "utf-8",
    )
    report = import_file(db, path, rules=RULES, on=ON)
    assert report.parcels == 1 and report.imported == 0
    (err,) = report.rejected
    assert err.row == 2 and "quantity '' is not a whole number" in err.reasons


def test_json_text_with_an_unpaired_surrogate_escape_is_refused_with_row(db, tmp_path) -> None:
    """``"\\ud800"`` is valid JSON but no character: it cannot be stored as UTF-8 text. The
    parcel is refused with its row and reason, not the whole import with a traceback."""
    src = tmp_path / "base.csv"
    write_csv(src, 2)

    def parcel(row: dict[str, str]) -> dict[str, object]:
        def party(prefix: str) -> dict[str, str]:
            fields = ("name", "address", "city", "postcode", "country", "phone")
            return {f: row[f"{prefix}_{f}"] for f in fields}

        line = ("description", "quantity", "unit", "net_weight_kg", "value", "hs_code")
        return {
            "s10": row["s10"],
            "sender": party("sender"),
            "addressee": party("addressee"),
            "customs": {
                "category": row["category"],
                "currency": row["currency"],
                "invoice_number": row["invoice_number"],
                "lines": [{**{f: row[f] for f in line}, "origin_country": row["origin_country"]}],
            },
        }

    good, bad = (parcel(r) for r in rows_of(src))
    bad["sender"]["name"] = "Ravi \ud800 Kumar"  # type: ignore[index]
    path = tmp_path / "surrogate.json"
    # json.dumps writes the surrogate as the escape \ud800 (ASCII), as a producer might.
    path.write_text(json.dumps([good, bad], indent=1), "utf-8")
    report = import_file(db, path, rules=RULES, on=ON)
    assert report.imported == 1 and report.rejected_total == 1, report.rejected
    (err,) = report.rejected
    assert err.s10 == bad["s10"] and err.row > 2
    assert err.reasons == (
        "a text holds an unpaired surrogate (an escape like \\ud800 that is no character)",
    )
    done = cli("--db", str(tmp_path / "cli.db"), "preadvice", "import", str(path))
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
