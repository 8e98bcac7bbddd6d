"""HTTP API of the central system (FastAPI; OpenAPI at ``/openapi.json``, docs at ``/docs``).

Endpoints: ``POST /v1/sync/batches`` (ingest), ``POST /v1/s10/blocks`` (allocation),
``GET /v1/tracking/{s10}``, ``GET /v1/whoami``, ``GET /health``. Writes need a
terminal's bearer token: 401 without a valid one, 403 when it writes for another branch.
Business customers read their batches and items with their own token
(``central.marketplace_api``); terminals read the customers' accounts there too.
"""

import logging
import os
from datetime import UTC
from enum import Enum
from typing import Annotated, Any

import pycountry
from fastapi import Depends, FastAPI, HTTPException, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.domain.s10 import RESERVED_FIRST_LETTERS, S10, canonical_s10
from app.domain.validation import is_country
from central import __version__, advance_data
from central.audit_heads import record_head
from central.auth import caller_for
from central.db import DEFAULT_URL_ENV, CentralDB, migrate
from central.ingest import ACCEPTANCE_EVENT, Caller, ingest
from central.limits import GateMiddleware
from central.models import TrackingEvent
from central.s10 import MAX_BLOCK, ExhaustedError, QuotaError, allocate
from central.settings import CentralSettings

log = logging.getLogger("central")
MAX_BATCH = 1000
EVENT_TEXT = {ACCEPTANCE_EVENT: "Posting/collection: item accepted at the counter"}


class SyncItemIn(BaseModel):
    """One outbox item. Its fields are checked per item, in ingest, so one bad item is
    answered ``rejected`` and never fails the batch; the schema shows what is expected."""

    item_uuid: Any = Field(
        None,
        description="Idempotency key (UUID made at the counter)",
        json_schema_extra={"type": "string", "format": "uuid"},
    )
    seq: Any = Field(
        None,
        description="Terminal's outbox sequence number",
        json_schema_extra={"type": "integer", "minimum": 0},
    )
    kind: Any = Field(
        None,
        description="accept | void | amend | day_close (and kinds registered in central.kinds)",
        json_schema_extra={"type": "string"},
    )
    payload: Any = Field(
        None,
        description="Canonical JSON text of the item, as stored",
        json_schema_extra={"type": "string"},
    )
    payload_sha256: Any = Field(
        None,
        description="SHA-256 hex of the payload's UTF-8",
        json_schema_extra={"type": "string", "pattern": "^[0-9a-f]{64}$"},
    )


class AuditHeadIn(BaseModel):
    """The newest entry of the terminal's audit hash chain (central keeps it)."""

    # Central keeps it in an INTEGER column (32-bit on PostgreSQL); a terminal's audit log
    # never comes near 2**31 entries.
    entry_id: int = Field(ge=1, le=2**31 - 1, description="Id of the newest audit entry")
    sha256: str = Field(pattern="^[0-9a-f]{64}$", description="Its chain digest")


class BatchIn(BaseModel):
    """A batch of outbox items of one branch."""

    branch: str = Field(
        description="Branch the items belong to; must be the token's branch", max_length=20
    )
    items: list[SyncItemIn] = Field(max_length=MAX_BATCH)
    audit_head: AuditHeadIn | None = Field(
        None, description="The terminal's audit chain head at the time of the batch"
    )
    audit_anchor: AuditHeadIn | None = Field(
        None, description="The terminal's digest now at the id of the last head it sent"
    )


class ItemResultOut(BaseModel):
    item_uuid: str
    seq: int | None
    status: str = Field(description="stored | duplicate | conflict | rejected")
    reason: str = ""


class BatchOut(BaseModel):
    results: list[ItemResultOut]
    counts: dict[str, int]


# ISO 3166 codes as an enum, so the schema itself says which countries exist.
CountryCode = Enum(  # type: ignore[misc]
    "CountryCode", {c.alpha_2: c.alpha_2 for c in pycountry.countries}, type=str
)


class BlockIn(BaseModel):
    service: str = Field(
        description="S10 service indicator, e.g. CP (first letter never J, K, S, T or W)",
        pattern=r"^[A-IL-RU-VX-Z][A-Z]$",
    )
    country: CountryCode = Field(description="Issuing operator's ISO 3166 country code")
    count: int = Field(1000, ge=1, le=MAX_BLOCK)
    branch: str | None = Field(None, description="Defaults to the token's branch", max_length=20)


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


class ErrorOut(BaseModel):
    """Every refusal: a sentence saying what is wrong and what to do."""

    detail: str


def _error(text: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"model": ErrorOut, "description": text}
    if headers:
        out["headers"] = {
            h: {"schema": {"type": "string"}, "description": d} for h, d in headers.items()
        }
    return out


BAD = {
    400: _error("Malformed request (e.g. a Content-Length that is not a number)"),
    413: _error("Body larger than the configured limit; nothing of it was stored"),
    408: _error("The body did not arrive within the configured time"),
    422: _error("The request does not match this schema; nothing was stored"),
}
AUTH = {
    401: _error("Missing, unknown or revoked token", {"WWW-Authenticate": "Bearer"}),
    403: _error("The token's branch is not the branch written for"),
    429: _error("Too many requests with a wrong token", {"Retry-After": "seconds to wait"}),
    503: _error("Database busy or unavailable; try again", {"Retry-After": "seconds to wait"}),
}


bearer = HTTPBearer(auto_error=False)
# An S10 as a person types it: 2 letters, 9 ASCII digits, 2 letters, with spaces or dashes
# anywhere. The check digit is checked in code (JSON Schema cannot say it).
_GAP = r"[ \t\n-]*"
TYPED_S10 = rf"^{_GAP}[A-Za-z]{_GAP}[A-Za-z](?:{_GAP}[0-9]){{9}}{_GAP}[A-Za-z]{_GAP}[A-Za-z]{_GAP}$"
# The same with any script's digits, so canonical_s10 can name "digits of another script".
TYPED_S10_ANY_DIGITS = TYPED_S10.replace("[0-9]", r"\d")


def s10_or_422(typed: str) -> str:
    """The canonical spelling of an S10 number as a person typed it; a 422 saying what is
    wrong with it otherwise."""
    try:
        return canonical_s10(typed)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


def app_from_env() -> FastAPI:
    """The app for ``serve --workers N``: each worker builds it from the environment; the
    parent process migrated the database once before starting them."""
    return create_app(os.environ.get(DEFAULT_URL_ENV, ""), run_migrations=False)


def create_app(
    url: str, run_migrations: bool = True, settings: CentralSettings | None = None
) -> FastAPI:
    """The ASGI application on the database at ``url`` (migrated to the latest schema first)."""
    settings = settings or CentralSettings.from_env()
    db = CentralDB(url)
    if run_migrations:
        migrate(db.engine)
    app = FastAPI(
        title="PostCounter central",
        version=__version__,
        description="Reference central system of the Russia Post / India Post heavy parcel corridor.",
    )
    app.state.db = db
    app.state.settings = settings
    app.add_middleware(
        GateMiddleware, settings=settings, authenticate=lambda token: caller_for(db, token)
    )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors()[:20]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            problems.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
        return JSONResponse(
            {"detail": "The request does not match the API: " + "; ".join(problems) + "."},
            status_code=422,
        )

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, exc: OperationalError) -> JSONResponse:
        log.warning("database unavailable: %s", exc.orig)
        return JSONResponse(
            {"detail": "Central database is busy or unavailable; try again shortly."},
            status_code=503,
            headers={"Retry-After": "2"},
        )

    def caller(
        request: Request,
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Caller:
        # The gate middleware looked the token up before the body was read.
        who = getattr(request.state, "caller", None)
        if who is None and creds is not None:
            who = caller_for(db, creds.credentials)
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

    @app.get("/health", responses={503: AUTH[503]})
    def health() -> dict[str, str]:
        try:
            with db.read() as session:
                session.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise HTTPException(503, "database unavailable", headers={"Retry-After": "5"}) from exc
        return {"status": "ok", "database": db.dialect, "version": __version__}

    @app.get("/v1/whoami", response_model=WhoAmIOut, responses={**AUTH, 400: BAD[400]})
    def whoami(who: Who) -> WhoAmIOut:
        return WhoAmIOut(terminal_id=who.terminal_id, branch=who.branch)

    @app.post("/v1/sync/batches", response_model=BatchOut, responses={**AUTH, **BAD})
    def post_batch(batch: BatchIn, who: Who) -> BatchOut:
        """Store a batch: one verdict per item (a bad item is ``rejected``, the rest stored)."""
        own_branch(who, batch.branch)
        if len(batch.items) > settings.max_batch_items:
            raise HTTPException(
                413, f"More than {settings.max_batch_items} items in one batch; send fewer."
            )
        raw: list[Any] = [i.model_dump(exclude_none=True) for i in batch.items]
        results = ingest(db, who, raw, settings)
        for head in (batch.audit_anchor, batch.audit_head):
            if head is not None:
                record_head(db, who.terminal_id, who.branch, head.entry_id, head.sha256)
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

    @app.post(
        "/v1/s10/blocks",
        response_model=BlockOut,
        responses={
            **AUTH,
            **BAD,
            409: _error("No serials left, or the branch's S10 quota is used up (says which)"),
        },
    )
    def post_block(req: BlockIn, who: Who) -> BlockOut:
        own_branch(who, req.branch)
        service, country = req.service, req.country.value
        if not service.isalpha() or service[0] in RESERVED_FIRST_LETTERS:
            raise HTTPException(422, f"{service} is not a usable S10 service indicator.")
        if not is_country(country):
            raise HTTPException(422, f"{country} is not an ISO 3166 country code.")
        try:
            b = allocate(db, who, service, country, req.count, settings)
        except (ExhaustedError, QuotaError) as exc:
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

    @app.get(
        "/v1/tracking/{s10}",
        response_model=TrackingOut,
        responses={
            404: _error("No events for this item yet"),
            422: BAD[422],
            503: AUTH[503],
        },
    )
    def tracking(s10: Annotated[str, Path(max_length=64, pattern=TYPED_S10)]) -> TrackingOut:
        """Events of an item; the number may be typed as a person would (spaces, dashes,
        lower case), it is looked up in its canonical spelling."""
        number = s10_or_422(s10)
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

    from central.directory_api import register as register_directory

    register_directory(app, db, settings, Who)
    from central.marketplace_api import register as register_marketplace

    register_marketplace(app, db, settings, Who)  # issue 17: batches, items, accounts
    from central.ops import register as register_ops

    register_ops(app, db)
    return app
