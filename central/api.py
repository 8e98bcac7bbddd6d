"""HTTP API of the central system (FastAPI; OpenAPI at ``/openapi.json``, docs at ``/docs``).

Endpoints: ``POST /v1/sync/batches`` (ingest), ``POST /v1/s10/blocks`` (allocation),
``GET /v1/tracking/{s10}``, ``GET /v1/whoami``, ``GET /health``. Writes need a
terminal's bearer token: 401 without a valid one, 403 when it writes for another branch.
"""

import logging
from datetime import UTC
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.domain.s10 import RESERVED_FIRST_LETTERS, S10
from app.domain.s10 import check as check_s10
from app.domain.validation import is_country
from central import __version__, advance_data
from central.auth import caller_for
from central.db import CentralDB, migrate
from central.ingest import ACCEPTANCE_EVENT, Caller, ingest
from central.models import TrackingEvent
from central.s10 import MAX_BLOCK, ExhaustedError, allocate

log = logging.getLogger("central")
MAX_BATCH = 1000
EVENT_TEXT = {ACCEPTANCE_EVENT: "Posting/collection: item accepted at the counter"}


class SyncItemIn(BaseModel):
    """One outbox item. Fields are checked per item so one bad item never fails the batch."""

    item_uuid: str | None = Field(None, description="Idempotency key (UUID made at the counter)")
    seq: int | None = Field(None, description="Terminal's outbox sequence number")
    kind: str | None = Field(None, description="accept | void | amend | day_close")
    payload: str | None = Field(None, description="Canonical JSON text of the item, as stored")
    payload_sha256: str | None = Field(None, description="SHA-256 hex of the payload's UTF-8")


class BatchIn(BaseModel):
    """A batch of outbox items of one branch."""

    branch: str = Field(description="Branch the items belong to; must be the token's branch")
    items: list[SyncItemIn] = Field(max_length=MAX_BATCH)


class ItemResultOut(BaseModel):
    item_uuid: str
    seq: int | None
    status: str = Field(description="stored | duplicate | conflict | rejected")
    reason: str = ""


class BatchOut(BaseModel):
    results: list[ItemResultOut]
    counts: dict[str, int]


class BlockIn(BaseModel):
    service: str = Field(description="S10 service indicator, e.g. CP", min_length=2, max_length=2)
    country: str = Field(
        description="Issuing operator's ISO country code", min_length=2, max_length=2
    )
    count: int = Field(1000, ge=1, le=MAX_BLOCK)
    branch: str | None = Field(None, description="Defaults to the token's branch")


class BlockOut(BaseModel):
    service: str
    country: str
    first_serial: int
    last_serial: int
    first: str
    last: str


class EventOut(BaseModel):
    code: str
    description: str
    occurred_at: str
    office: str


class TrackingOut(BaseModel):
    s10: str
    events: list[EventOut]


class WhoAmIOut(BaseModel):
    terminal_id: str
    branch: str


bearer = HTTPBearer(auto_error=False)


def create_app(url: str, run_migrations: bool = True) -> FastAPI:
    """The ASGI application on the database at ``url`` (migrated to the latest schema first)."""
    db = CentralDB(url)
    if run_migrations:
        migrate(db.engine)
    app = FastAPI(
        title="PostCounter central",
        version=__version__,
        description="Reference central system of the Russia Post / India Post heavy parcel corridor.",
    )
    app.state.db = db

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("database unavailable: %s", exc.orig)
        return JSONResponse(
            {"detail": "Central database is busy or unavailable; try again shortly."},
            status_code=503,
            headers={"Retry-After": "2"},
        )

    def caller(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Caller:
        who = caller_for(db, creds.credentials) if creds is not None else None
        if who is None:
            raise HTTPException(
                401,
                "Missing or unknown terminal token: configure this terminal with the token "
                "central issued for it (python main.py sync configure).",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return who

    Who = Annotated[Caller, Depends(caller)]

    def own_branch(who: Caller, branch: str | None) -> None:
        if branch is not None and branch != who.branch:
            raise HTTPException(
                403,
                f"This terminal's token is for branch {who.branch}; it cannot write data of "
                f"branch {branch}.",
            )

    @app.get("/health")
    def health() -> dict[str, str]:
        try:
            with db.read() as session:
                session.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise HTTPException(503, "database unavailable", headers={"Retry-After": "5"}) from exc
        return {"status": "ok", "database": db.dialect, "version": __version__}

    @app.get("/v1/whoami", response_model=WhoAmIOut)
    def whoami(who: Who) -> WhoAmIOut:
        return WhoAmIOut(terminal_id=who.terminal_id, branch=who.branch)

    @app.post("/v1/sync/batches", response_model=BatchOut)
    def post_batch(batch: BatchIn, who: Who) -> BatchOut:
        own_branch(who, batch.branch)
        raw: list[Any] = [i.model_dump(exclude_none=True) for i in batch.items]
        results = ingest(db, who, raw)
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        return BatchOut(
            results=[
                ItemResultOut(item_uuid=r.item_uuid, seq=r.seq, status=r.status, reason=r.reason)
                for r in results
            ],
            counts=counts,
        )

    @app.post("/v1/s10/blocks", response_model=BlockOut)
    def post_block(req: BlockIn, who: Who) -> BlockOut:
        own_branch(who, req.branch)
        service, country = req.service.upper(), req.country.upper()
        if not service.isalpha() or service[0] in RESERVED_FIRST_LETTERS:
            raise HTTPException(422, f"{service} is not a usable S10 service indicator.")
        if not is_country(country):
            raise HTTPException(422, f"{country} is not an ISO 3166 country code.")
        try:
            b = allocate(db, who, service, country, req.count)
        except ExhaustedError as exc:
            raise HTTPException(409, str(exc)) from exc
        return BlockOut(
            service=service,
            country=country,
            first_serial=b.first_serial,
            last_serial=b.last_serial,
            first=str(S10.build(service, b.first_serial, country)),
            last=str(S10.build(service, b.last_serial, country)),
        )

    advance_data.register(app, db, Who)  # GET /v1/items/{s10}/advance-data (issue 10)

    @app.get("/v1/tracking/{s10}", response_model=TrackingOut)
    def tracking(s10: str) -> TrackingOut:
        result = check_s10(s10)
        if result.value is None:
            raise HTTPException(422, result.reason)
        number = str(result.value)
        with db.read() as session:
            rows = session.scalars(
                select(TrackingEvent)
                .where(TrackingEvent.s10 == number)
                .order_by(TrackingEvent.occurred_at, TrackingEvent.id)
            ).all()
        if not rows:
            raise HTTPException(404, f"No events for {number} yet.")
        return TrackingOut(
            s10=number,
            events=[
                EventOut(
                    code=e.code,
                    description=EVENT_TEXT.get(e.code, e.code),
                    occurred_at=(
                        e.occurred_at.replace(tzinfo=UTC)
                        if e.occurred_at.tzinfo is None
                        else e.occurred_at.astimezone(UTC)
                    ).isoformat(),
                    office=e.office,
                )
                for e in rows
            ],
        )

    return app
