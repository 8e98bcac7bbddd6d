"""Reference data published at central: versioned documents with an effective date.

``publish`` checks a document with the terminal's own parser (``parse_document``), so a
file central accepts is a file every terminal can apply; a bad one is refused with the
file's line. Versions count up per kind; a terminal asks for the documents newer than
the versions it holds (the list's ETag is the highest version of each kind).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.reference_data import DOCUMENT_FILES, ReferenceDataError, parse_document
from central.db import CentralDB
from central.models import ReferenceDocument

KINDS = tuple(DOCUMENT_FILES)
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024


class PublishError(ValueError):
    """The document cannot be published; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class Published:
    kind: str
    version: int
    effective: date


def check(kind: str, text: str) -> None:
    """Refuse (``PublishError``) a document every terminal could not apply."""
    if kind not in KINDS:
        raise PublishError(f"kind {kind!r}: one of {', '.join(KINDS)}")
    if len(text.encode("utf-8")) > MAX_DOCUMENT_BYTES:
        raise PublishError(f"the file is larger than {MAX_DOCUMENT_BYTES} bytes")
    try:
        parse_document(kind, text)
    except ReferenceDataError as exc:
        line = f"line {exc.line}: " if exc.line else ""
        raise PublishError(f"{kind} file is not valid: {line}{exc.message}") from exc


def publish_in(session: Session, kind: str, text: str, effective: date) -> Published:
    """``publish`` inside the caller's transaction (a change and its document together)."""
    check(kind, text)
    version = (
        int(
            session.scalar(
                select(func.coalesce(func.max(ReferenceDocument.version), 0)).where(
                    ReferenceDocument.kind == kind
                )
            )
        )
        + 1
    )
    session.add(
        ReferenceDocument(
            kind=kind,
            version=version,
            effective=effective,
            body=text,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            published_at=datetime.now(UTC),
        )
    )
    session.flush()
    return Published(kind, version, effective)


def publish(db: CentralDB, kind: str, text: str, effective: date) -> Published:
    """Check and store a new version of ``kind`` in force from ``effective``."""
    check(kind, text)
    with db.write() as session:
        return publish_in(session, kind, text, effective)


def versions(session: Session) -> dict[str, int]:
    """Highest published version of each kind."""
    rows = session.execute(
        select(ReferenceDocument.kind, func.max(ReferenceDocument.version)).group_by(
            ReferenceDocument.kind
        )
    ).all()
    return {str(k): int(v) for k, v in rows}


def etag(current: dict[str, int]) -> str:
    return '"' + ";".join(f"{k}={v}" for k, v in sorted(current.items())) + '"'


def newer_than(session: Session, held: dict[str, int]) -> list[dict[str, Any]]:
    """The latest document of each kind whose version is above what the terminal holds."""
    out: list[dict[str, Any]] = []
    for kind, latest in sorted(versions(session).items()):
        if latest <= held.get(kind, 0):
            continue
        row = session.scalar(
            select(ReferenceDocument).where(
                ReferenceDocument.kind == kind, ReferenceDocument.version == latest
            )
        )
        assert row is not None
        out.append(
            {
                "kind": row.kind,
                "version": row.version,
                "effective": row.effective.isoformat(),
                "sha256": row.sha256,
                "body": row.body,
            }
        )
    return out
