"""Migration ``i10_items`` on a database made by the previous release (commit 8f3568c).

Existing acceptances keep every value; their content lines go to the first piece, and
their documents still print (each piece its own CN 23).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.services.documents import acceptance_documents, cn23_for_s10
from app.store.database import head_revision, open_database
from tests.docs_helpers import barcodes_on_page, pdf_text

OLD = Path(__file__).parents[1] / "data" / "db" / "release_8f3568c.db"


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_old_release_database_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "postcounter.db"
    shutil.copyfile(OLD, path)
    assert _rows(path, "select version_num from alembic_version") == [("0001",)]
    lines_before = _rows(
        path,
        "select id, acceptance_id, seq, description, quantity, net_grams, value_amount,"
        " hs_code, origin_country from customs_lines order by id",
    )
    acceptances_before = _rows(path, "select * from acceptances order by id")
    pieces_before = _rows(path, "select * from pieces order by id")
    assert len(lines_before) == 10 and len(pieces_before) == 7

    db = open_database(path)
    try:
        assert db.report.before == "0001" and db.report.after == head_revision()
        assert db.report.backup is not None and db.report.backup.exists()
    finally:
        db.close()

    assert _rows(path, "select * from pieces order by id") == pieces_before
    after = _rows(path, "select * from acceptances order by id")
    # the old columns keep their values; the new ones are empty
    assert [r[: len(acceptances_before[0])] for r in after] == acceptances_before
    assert set(
        _rows(
            path,
            "select reference_versions, customer_code, price_plan, batch_id, declared_grams,"
            " weight_flagged from acceptances",
        )
    ) == {("{}", "", "", None, None, 0)}
    assert (
        _rows(
            path,
            "select id, acceptance_id, seq, description, quantity, net_grams, value_amount,"
            " hs_code, origin_country from customs_lines order by id",
        )
        == lines_before
    )
    # every stored line is on the first piece now, with no Latin form of its own
    assert set(_rows(path, "select piece_seq, description_latin from customs_lines")) == {(1, "")}


def test_old_multi_piece_acceptance_prints_one_cn23_per_piece(tmp_path: Path) -> None:
    path = tmp_path / "postcounter.db"
    shutil.copyfile(OLD, path)
    first, second, _third = (
        s10
        for (s10,) in _rows(
            path,
            "select s10 from pieces where acceptance_id = (select acceptance_id from pieces"
            " group by acceptance_id having count(*) = 3) order by seq",
        )
    )
    db = open_database(path)
    try:
        docs = acceptance_documents(db, s10=second)
        assert barcodes_on_page(docs.cn23_pdf, 1)[0][1] == second
        piece1 = cn23_for_s10(db, first)
        piece2 = cn23_for_s10(db, second)
    finally:
        db.close()
    # the old lines all travel on the first piece; the others declare none (shown empty)
    assert len(piece1.declaration.lines) == 2 and piece2.declaration.lines == ()
    assert piece2.consignment_ref == first and (piece2.piece_no, piece2.piece_count) == (2, 3)
    assert f"Consignment {first}, piece 2 of 3" in pdf_text(docs.cn23_pdf)
