"""Operations page for head office and supervisors (issue 14): server-rendered HTML.

FastAPI + Jinja2, no JavaScript. Switched on by the admin token in the environment
(``POSTCOUNTER_CENTRAL_ADMIN_TOKEN``; without it the page is off). Head office signs in
with that token and sees every branch; a branch supervisor signs in with branch code,
staff number and PIN (``central.ops_auth``) and sees that branch only: its row, its
terminals and the tracking of its own parcels. Either way the session is a signed,
HttpOnly, SameSite=Strict cookie with an expiry, and signing out ends it at central
(``central.ops_auth``).

CSRF: the log-in and log-out are POST forms; the cookie is SameSite=Strict, so no other
site's form or link carries it, and every POST whose ``Origin`` (or, lacking it,
``Referer``) names another host is refused with 403, which also stops a forged log-in.
There is no per-form token.

Shows branches, terminals with last sync, reported queue length, oldest unsynced item and
last audit chain head, today's acceptances, pieces and kg per branch, items central
refused today and manifests closed today, the latest refused items with central's
reason, and a tracking search.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from app.domain.s10 import canonical_s10
from central.audit_heads import AuditHead
from central.db import CentralDB
from central.models import (
    CentralAcceptance,
    CentralBranch,
    Parcel,
    RejectedItem,
    SyncItem,
    Terminal,
    TerminalStatus,
    TrackingEvent,
)
from central.ops_auth import (
    MAX_CODE,
    MAX_PIN,
    SESSION_LIFETIME,
    WRONG,
    LogInRefused,
    Viewer,
    end_session,
    field_problem,
    make_cookie,
    read_cookie,
    session_key,
    start_session,
    supervisor_log_in,
    viewer_of,
)
from central.ops_i18n import pick_language, translator

ADMIN_TOKEN_ENV = "POSTCOUNTER_CENTRAL_ADMIN_TOKEN"
COOKIE = "pc_ops"
MAX_FORM_BYTES = 4096
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=select_autoescape(["html"]),
)


def record_status(db: CentralDB, terminal_id: str, queue: int, oldest: str) -> None:
    """Remember a terminal's last contact and what it reported (called on every sync)."""
    try:
        oldest_at = datetime.fromisoformat(oldest) if oldest else None
    except ValueError:
        oldest_at = None  # a bad report is ignored, never a refusal of the sync
    with db.write() as session:
        row = session.get(TerminalStatus, terminal_id)
        if row is None:
            row = TerminalStatus(terminal_id=terminal_id)
            session.add(row)
        row.last_seen_at, row.queue_length, row.oldest_unsynced_at = (
            datetime.now(UTC),
            queue,
            oldest_at,
        )


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TerminalRow:
    id: str
    branch: str
    label: str
    revoked: bool
    last_sync: datetime | None
    queue_length: int | None
    oldest_unsynced: datetime | None
    audit_head: AuditHeadSeen | None = None


@dataclass(frozen=True, slots=True)
class AuditHeadSeen:
    """The newest audit chain head central received from a terminal."""

    entry_id: int
    sha256: str
    received_at: datetime | None


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """An item central refused, as the page lists it."""

    received_at: datetime | None
    terminal_id: str
    item_uuid: str
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class BranchRow:
    code: str
    name: str
    terminals: int
    acceptances: int
    pieces: int
    kg: str
    manifests: int
    rejected: int = 0


def overview(
    db: CentralDB, today: date, only: str | None = None
) -> tuple[list[BranchRow], list[TerminalRow]]:
    """Per-branch figures of ``today`` and every terminal with its last sync; with
    ``only``, that branch alone (what its supervisor sees)."""
    branches, terminals = _overview(db, today)
    if only is None:
        return branches, terminals
    return [b for b in branches if b.code == only], [t for t in terminals if t.branch == only]


def _overview(db: CentralDB, today: date) -> tuple[list[BranchRow], list[TerminalRow]]:
    with db.read() as session:
        last_item = dict(
            session.execute(
                select(SyncItem.terminal_id, func.max(SyncItem.received_at)).group_by(
                    SyncItem.terminal_id
                )
            ).all()
        )
        status = {s.terminal_id: s for s in session.scalars(select(TerminalStatus)).all()}
        newest = select(func.max(AuditHead.id)).group_by(AuditHead.terminal_id)
        heads = {
            h.terminal_id: AuditHeadSeen(h.entry_id, h.entry_sha256, _aware(h.received_at))
            for h in session.scalars(select(AuditHead).where(AuditHead.id.in_(newest))).all()
        }
        terminals = []
        for t in session.scalars(select(Terminal).order_by(Terminal.branch, Terminal.id)).all():
            st = status.get(t.id)
            seen = [x for x in (_aware(last_item.get(t.id)), _aware(st and st.last_seen_at)) if x]
            terminals.append(
                TerminalRow(
                    t.id,
                    t.branch,
                    t.label,
                    t.revoked_at is not None,
                    max(seen) if seen else None,
                    st.queue_length if st else None,
                    _aware(st.oldest_unsynced_at) if st else None,
                    heads.get(t.id),
                )
            )
        # "Today (UTC)", as the page says and as manifests and refusals are counted: by the
        # time accepted, not the branch's business day (a Moscow day starts at 21:00 UTC).
        start = datetime.combine(today, datetime.min.time(), UTC)
        figures = {
            b: (int(n), int(p or 0), int(g or 0))
            for b, n, p, g in session.execute(
                select(
                    CentralAcceptance.branch,
                    func.count(),
                    func.sum(CentralAcceptance.piece_count),
                    func.sum(CentralAcceptance.gross_grams),
                )
                .where(
                    CentralAcceptance.accepted_at >= start,
                    CentralAcceptance.accepted_at < start + timedelta(days=1),
                    CentralAcceptance.status == "accepted",
                )
                .group_by(CentralAcceptance.branch)
            ).all()
        }
        manifests = dict(
            session.execute(
                select(SyncItem.branch, func.count())
                .where(SyncItem.kind == "day_close", SyncItem.received_at >= start)
                .group_by(SyncItem.branch)
            ).all()
        )
        rejected = dict(
            session.execute(
                select(RejectedItem.branch, func.count())
                .where(RejectedItem.received_at >= start)
                .group_by(RejectedItem.branch)
            ).all()
        )
        codes = {b.code: b.name for b in session.scalars(select(CentralBranch)).all()}
    codes.update({t.branch: codes.get(t.branch, "") for t in terminals})
    branches = []
    for code in sorted(codes):
        n, p, g = figures.get(code, (0, 0, 0))
        branches.append(
            BranchRow(
                code,
                codes[code],
                sum(1 for t in terminals if t.branch == code and not t.revoked),
                n,
                p,
                f"{g / 1000:.3f}",
                int(manifests.get(code, 0)),
                int(rejected.get(code, 0)),
            )
        )
    return branches, terminals


def latest_rejected(db: CentralDB, only: str | None, limit: int = 20) -> list[RejectedRow]:
    """The newest items central refused (of branch ``only`` when given), newest first."""
    query = select(RejectedItem).order_by(RejectedItem.received_at.desc(), RejectedItem.id.desc())
    if only is not None:
        query = query.where(RejectedItem.branch == only)
    with db.read() as session:
        return [
            RejectedRow(_aware(r.received_at), r.terminal_id, r.item_uuid, r.kind, r.reason)
            for r in session.scalars(query.limit(limit)).all()
        ]


@dataclass(frozen=True, slots=True)
class FlaggedRow:
    """A payment on account central booked but could not match to an account (issue 17)."""

    recorded_at: datetime | None
    branch: str
    customer: str
    source: str
    amount: str
    why: str


def flagged_charges(db: CentralDB, only: str | None, limit: int = 20) -> list[FlaggedRow]:
    """The newest flagged account charges (of branch ``only`` when given)."""
    from central.accounts import FLAG_TEXT, flagged_entries
    from central.customers import from_minor

    with db.read() as session:
        return [
            FlaggedRow(
                _aware(e.recorded_at),
                e.branch,
                e.customer_code,
                e.batch_number or e.source_id,
                f"{from_minor(e.amount_minor, e.currency)} {e.currency}",
                FLAG_TEXT.get(e.flag, e.flag),
            )
            for e in flagged_entries(session, limit, only)
        ]


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def tracking_events(db: CentralDB, number: str, only: str | None) -> list[TrackingEvent]:
    """Events of ``number``; with ``only``, none unless the parcel was accepted there."""
    query = select(TrackingEvent).where(TrackingEvent.s10 == number)
    if only is not None:
        own = (
            select(Parcel.s10)
            .join(CentralAcceptance, CentralAcceptance.id == Parcel.acceptance_id)
            .where(Parcel.s10 == number, CentralAcceptance.branch == only)
        )
        query = query.where(TrackingEvent.s10.in_(own))
    with db.read() as session:
        return list(
            session.scalars(query.order_by(TrackingEvent.occurred_at, TrackingEvent.id)).all()
        )


def _same_site(request: Request) -> bool:
    """False when a browser says the form came from another host (see the module's CSRF)."""
    source = request.headers.get("origin") or request.headers.get("referer") or ""
    if not source:
        return True  # not a browser form (curl, a test client): nothing to forge
    host = urlsplit(source).netloc if source != "null" else "null"
    return hmac.compare_digest(host.lower(), request.headers.get("host", "").lower())


def _form(body: bytes, names: tuple[str, ...]) -> dict[str, str] | None:
    """The named fields of a url-encoded form (first value each, '' when missing)."""
    try:
        fields = parse_qs(
            body.decode("utf-8"), keep_blank_values=True, max_num_fields=20, errors="strict"
        )
    except (UnicodeDecodeError, ValueError):
        return None
    return {n: fields.get(n, [""])[0] for n in names}


def register(app: FastAPI, db: CentralDB) -> None:
    """Add ``/ops`` (the page), its two log-in forms and ``/ops/logout`` to ``app``."""

    def admin_token() -> str | None:
        token = os.environ.get(ADMIN_TOKEN_ENV, "")
        return token if len(token) >= 16 else None

    def viewer(request: Request) -> Viewer | None:
        token = admin_token()
        if token is None:
            return None
        now = datetime.now(UTC)
        fields = read_cookie(session_key(token), request.cookies.get(COOKIE, ""), now)
        return viewer_of(db, fields, now) if fields is not None else None

    def language(request: Request) -> str:
        return pick_language(
            request.query_params.get("lang", "")[:8], request.headers.get("accept-language", "")
        )

    def page(name: str, request: Request, status: int = 200, **values: Any) -> HTMLResponse:
        lang = language(request)
        html = TEMPLATES.get_template(name).render(lang=lang, t=translator(lang), **values)
        return HTMLResponse(html, status_code=status)

    def login_page(
        request: Request,
        status: int,
        error: str = "",
        params: dict[str, object] | None = None,
        filled: dict[str, str] | None = None,
    ) -> HTMLResponse:
        # After a refusal the branch code and staff number stay filled in (never the PIN).
        return page(
            "ops_login.html", request, status, error=error, params=params or {}, filled=filled or {}
        )

    def signed_in(request: Request, viewer: Viewer, version: int) -> Response:
        token = admin_token()
        assert token is not None  # the callers checked that the page is on
        now = datetime.now(UTC)
        sid = start_session(db, viewer, now)
        out = RedirectResponse(f"/ops?lang={language(request)}", status_code=303)
        out.set_cookie(
            COOKIE,
            make_cookie(session_key(token), viewer, version, now, sid),
            max_age=int(SESSION_LIFETIME.total_seconds()),
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/ops",
        )
        return out

    @app.get("/ops/login", include_in_schema=False)
    def login_form(request: Request) -> Response:
        if admin_token() is None:
            return page("ops_off.html", request, 503)
        return login_page(request, 200)

    async def read_log_in(request: Request, names: tuple[str, ...]) -> dict[str, str] | Response:
        """A log-in form's fields, or the answer that refuses it (page off, another site,
        too large, unreadable); the same checks for both log-ins."""
        if admin_token() is None:
            return page("ops_off.html", request, 503)
        if not _same_site(request):
            return login_page(request, 403, "This form was sent from another site.")
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            return login_page(request, 413, "The form is too large.")
        form = _form(body, names)
        if form is None:
            return login_page(request, 400, "The form could not be read.")
        return form

    @app.post("/ops/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await read_log_in(request, ("token",))
        if isinstance(form, Response):
            return form
        expected = _token_digest(admin_token() or "")
        if not hmac.compare_digest(_token_digest(form["token"].strip()), expected):
            return login_page(request, 401, "Wrong admin token.")
        return signed_in(request, Viewer(None), 0)

    @app.post("/ops/login/supervisor", include_in_schema=False)
    async def supervisor_login(request: Request) -> Response:
        form = await read_log_in(request, ("branch", "staff_number", "pin"))
        if isinstance(form, Response):
            return form
        if (
            field_problem(form["branch"], MAX_CODE)
            or field_problem(form["staff_number"], MAX_CODE)
            or field_problem(form["pin"], MAX_PIN)
        ):
            return login_page(request, 400, WRONG)
        try:
            who, version = await run_in_threadpool(
                supervisor_log_in, db, form["branch"], form["staff_number"], form["pin"]
            )
        except LogInRefused as exc:
            kept = {"branch": form["branch"], "staff_number": form["staff_number"]}
            return login_page(request, exc.status, exc.template, exc.params, kept)
        return signed_in(request, who, version)

    @app.post("/ops/logout", include_in_schema=False)
    def logout(request: Request) -> Response:
        if not _same_site(request):
            return login_page(request, 403, "This form was sent from another site.")
        token = admin_token()
        now = datetime.now(UTC)
        fields = (
            read_cookie(session_key(token), request.cookies.get(COOKIE, ""), now)
            if token is not None
            else None
        )
        if fields is not None:
            end_session(db, fields["sid"], now)
        out = RedirectResponse(f"/ops/login?lang={language(request)}", status_code=303)
        out.delete_cookie(COOKIE, path="/ops", httponly=True, samesite="strict")
        return out

    @app.get("/ops", include_in_schema=False)
    def ops(request: Request, s10: str = "") -> Response:
        who = viewer(request)
        if who is None:
            return RedirectResponse("/ops/login", status_code=303)
        today = datetime.now(UTC).date()
        branches, terminals = overview(db, today, who.branch)
        tracking: dict[str, Any] | None = None
        if s10.strip():
            try:
                number = canonical_s10(s10[:64])
            except ValueError as exc:
                tracking = {"query": s10[:64], "error": str(exc), "events": []}
            else:
                events = tracking_events(db, number, who.branch)
                tracking = {"query": number, "error": "", "events": events}
        return page(
            "ops.html",
            request,
            today=today,
            now=datetime.now(UTC),
            viewer=who,
            branches=branches,
            terminals=terminals,
            rejected=latest_rejected(db, who.branch),
            flagged=flagged_charges(db, who.branch),
            tracking=tracking,
        )
