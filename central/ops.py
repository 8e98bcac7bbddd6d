"""Operations page for head office and supervisors (issue 14): server-rendered HTML.

FastAPI + Jinja2, no JavaScript. Behind the admin token from the environment
(``POSTCOUNTER_CENTRAL_ADMIN_TOKEN``; without it the page is switched off): the log-in
form sets an HttpOnly cookie holding the token's SHA-256, never the token. Shows branches,
terminals with last sync, reported queue length and oldest unsynced item, today's
acceptances, pieces and kg per branch, manifests closed today, and a tracking search.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, select

from app.domain.s10 import canonical_s10
from central.db import CentralDB
from central.models import (
    CentralAcceptance,
    CentralBranch,
    SyncItem,
    Terminal,
    TerminalStatus,
    TrackingEvent,
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


@dataclass(frozen=True, slots=True)
class BranchRow:
    code: str
    name: str
    terminals: int
    acceptances: int
    pieces: int
    kg: str
    manifests: int


def overview(db: CentralDB, today: date) -> tuple[list[BranchRow], list[TerminalRow]]:
    """Per-branch figures of ``today`` and every terminal with its last sync."""
    with db.read() as session:
        last_item = dict(
            session.execute(
                select(SyncItem.terminal_id, func.max(SyncItem.received_at)).group_by(
                    SyncItem.terminal_id
                )
            ).all()
        )
        status = {s.terminal_id: s for s in session.scalars(select(TerminalStatus)).all()}
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
                )
            )
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
                    CentralAcceptance.business_day == today,
                    CentralAcceptance.status == "accepted",
                )
                .group_by(CentralAcceptance.branch)
            ).all()
        }
        start = datetime.combine(today, datetime.min.time(), UTC)
        manifests = dict(
            session.execute(
                select(SyncItem.branch, func.count())
                .where(SyncItem.kind == "day_close", SyncItem.received_at >= start)
                .group_by(SyncItem.branch)
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
            )
        )
    return branches, terminals


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def register(app: FastAPI, db: CentralDB) -> None:
    """Add ``/ops`` (the page), ``/ops/login`` and ``/ops/logout`` to ``app``."""

    def admin_digest() -> str | None:
        token = os.environ.get(ADMIN_TOKEN_ENV, "")
        return _token_digest(token) if len(token) >= 16 else None

    def signed_in(request: Request) -> bool:
        expected = admin_digest()
        got = request.cookies.get(COOKIE, "")
        return expected is not None and hmac.compare_digest(got, expected)

    def language(request: Request) -> str:
        return pick_language(
            request.query_params.get("lang", ""), request.headers.get("accept-language", "")
        )

    def page(name: str, request: Request, status: int = 200, **values: Any) -> HTMLResponse:
        lang = language(request)
        html = TEMPLATES.get_template(name).render(lang=lang, t=translator(lang), **values)
        return HTMLResponse(html, status_code=status)

    @app.get("/ops/login", include_in_schema=False)
    def login_form(request: Request) -> Response:
        if admin_digest() is None:
            return page("ops_off.html", request, 503)
        return page("ops_login.html", request, error="")

    @app.post("/ops/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        expected = admin_digest()
        if expected is None:
            return page("ops_off.html", request, 503)
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            return page("ops_login.html", request, 413, error="The form is too large.")
        token = parse_qs(body.decode("utf-8", "replace")).get("token", [""])[0]
        if not hmac.compare_digest(_token_digest(token.strip()), expected):
            return page("ops_login.html", request, 401, error="Wrong admin token.")
        out = RedirectResponse(f"/ops?lang={language(request)}", status_code=303)
        out.set_cookie(COOKIE, expected, httponly=True, samesite="strict", path="/ops")
        return out

    @app.post("/ops/logout", include_in_schema=False)
    def logout() -> Response:
        out = RedirectResponse("/ops/login", status_code=303)
        out.delete_cookie(COOKIE, path="/ops")
        return out

    @app.get("/ops", include_in_schema=False)
    def ops(request: Request, s10: str = "") -> Response:
        if not signed_in(request):
            return RedirectResponse("/ops/login", status_code=303)
        today = datetime.now(UTC).date()
        branches, terminals = overview(db, today)
        tracking: dict[str, Any] | None = None
        if s10.strip():
            try:
                number = canonical_s10(s10[:64])
            except ValueError as exc:
                tracking = {"query": s10[:64], "error": str(exc), "events": []}
            else:
                with db.read() as session:
                    events = session.scalars(
                        select(TrackingEvent)
                        .where(TrackingEvent.s10 == number)
                        .order_by(TrackingEvent.occurred_at, TrackingEvent.id)
                    ).all()
                tracking = {"query": number, "error": "", "events": events}
        return page(
            "ops.html",
            request,
            today=today,
            now=datetime.now(UTC),
            branches=branches,
            terminals=terminals,
            tracking=tracking,
        )
