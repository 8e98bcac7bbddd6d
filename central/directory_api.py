"""HTTP endpoints of issue 14: enrolment by one-time code, staff list, reference data.

``POST /v1/enrol`` needs no token (the code is the credential, single use, 24 h);
``GET /v1/staff`` and ``GET /v1/reference`` need the terminal's token and answer
``304 Not Modified`` when the terminal's ``If-None-Match`` is still current.
"""

from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from central.directory import EnrolmentRefused, pending_staff_of, promote_due_in, redeem, staff_of
from central.ops import record_status
from central.reference import etag, newer_than, versions
from central.s10 import ExhaustedError, QuotaError, allocate
from central.settings import CentralSettings

ENROL_BLOCK = 2000


class EnrolIn(BaseModel):
    """The code as typed (spaces and dashes allowed) and a label for the terminal."""

    code: str = Field(
        max_length=40,
        pattern=r"^[ -]*(?:[0-9A-Za-z][ -]*){12}$",
        description="12 letters and digits; spaces and dashes anywhere",
    )
    label: str = Field("", max_length=120)
    service: str = Field("CP", pattern=r"^[A-IL-RU-VX-Z][A-Z]$")


def register(app: FastAPI, db: Any, settings: CentralSettings, who_dependency: Any) -> None:
    """Add the enrolment, staff and reference endpoints to ``app``."""
    from central.api import AUTH, BAD, _error
    from central.ingest import Caller

    @app.post(
        "/v1/enrol",
        responses={
            **BAD,
            404: _error("Unknown code"),
            409: _error("Code already used (says when)"),
            410: _error("Code expired (says when)"),
            503: AUTH[503],
        },
    )
    def enrol(req: EnrolIn) -> dict[str, Any]:
        """Redeem a one-time code: a terminal token, its branch, staff, an S10 block, reference data."""
        try:
            got = redeem(db, req.code, req.label)
        except EnrolmentRefused as exc:
            raise HTTPException(exc.status, str(exc)) from exc
        caller = Caller(got.terminal_id, got.branch.code)
        block: dict[str, Any] | None = None
        try:
            b = allocate(db, caller, req.service, got.branch.country, ENROL_BLOCK, settings)
            block = {
                "service": req.service,
                "country": got.branch.country,
                "first_serial": b.first_serial,
                "last_serial": b.last_serial,
            }
        except (ExhaustedError, QuotaError):
            block = None  # the terminal tops up on its first sync and says why if it cannot
        promote_due_in(db, got.branch.code)  # changes whose day came become current
        with db.read() as session:
            version, staff = staff_of(session, got.branch.code)
            pending = pending_staff_of(session, got.branch.code)
            docs = newer_than(session, {})
        return {
            "terminal_id": got.terminal_id,
            "token": got.token,
            "branch": got.branch.as_dict(),
            "staff_version": version,
            "staff": staff,
            "staff_pending": pending,
            "s10_block": block,
            "reference": docs,
        }

    @app.get(
        "/v1/staff", responses={**AUTH, **BAD, 304: {"description": "Unchanged since the ETag"}}
    )
    def staff(
        request: Request,
        response: Response,
        who: who_dependency,
        queue: int = Query(0, ge=0, le=10_000_000, description="items waiting at the terminal"),
        oldest: str = Query("", max_length=40, description="oldest unsynced item, ISO time"),
    ) -> Any:
        """Staff of the token's branch (inactive ones too); ETag is the staff version.

        Every sync asks for it, so it also records the terminal's last contact, its queue
        length and its oldest unsynced item for the operations page."""
        record_status(db, who.terminal_id, queue, oldest)
        promote_due_in(db, who.branch)  # changes whose day came become current
        with db.read() as session:
            # A terminal registered with add-terminal for a branch central does not
            # manage (before issue 14) gets an empty list: its staff stay its own.
            version, rows = staff_of(session, who.branch)
            pending = pending_staff_of(session, who.branch)
        tag = f'"staff-{version}"'
        if request.headers.get("if-none-match") == tag:
            return Response(status_code=304, headers={"ETag": tag})
        response.headers["ETag"] = tag
        # Pending changes (with their branch day) let an offline terminal apply them on time.
        return {"version": version, "staff": rows, "pending": pending}

    @app.get(
        "/v1/reference",
        responses={**AUTH, **BAD, 304: {"description": "Unchanged since the ETag"}},
    )
    def reference(
        request: Request,
        response: Response,
        who: who_dependency,
        have: str = Query("", max_length=400, description="kind=version;... held now"),
    ) -> Any:
        """Documents newer than the versions the terminal holds (``have=rates=2;tariffs=1``)."""
        held: dict[str, int] = {}
        for part in have.split(";"):
            kind, _, num = part.partition("=")
            if kind.strip() and num.strip().isdigit():
                held[kind.strip()] = int(num)
        with db.read() as session:
            tag = etag(versions(session))
            if request.headers.get("if-none-match") == tag:
                return Response(status_code=304, headers={"ETag": tag})
            docs = newer_than(session, held)
        response.headers["ETag"] = tag
        return {"documents": docs}
