"""Sync use cases: point the terminal at central, drain once, status, needs-attention, fix.

Configuration lives in the ``settings`` table (JSON values): ``central.url``,
``central.branch`` (learnt from central at configure time),
``central.verify`` (true, false or a CA bundle path; true by default) and
``terminal.id``. The last successful sync time is ``sync.last_success_at``. The token is
never in the database: ``app.services.token_store`` keeps it (keyring or an encrypted file).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services import s10_blocks, token_store
from app.services.terminal import get_setting, set_setting
from app.store.database import Database
from app.store.models import OutboxItem
from app.store.outbox import audit, enqueue
from app.sync.audit_head import attach_audit_head
from app.sync.backoff import Backoff
from app.sync.drain import DrainReport, drain
from app.sync.drain_lock import BUSY, DrainBusyError, DrainLock
from app.sync.http_transport import HttpTransport
from app.sync.protocol import Block, Transport
from app.sync.store_outbox import (
    ATTENTION_STATES,
    FIXED,
    LAST_SUCCESS_KEY,
    QUEUED_STATES,
    SqliteOutbox,
)
from app.sync.worker import Connection, SyncStatus, SyncWorker

CTX = "Sync"
log = logging.getLogger(__name__)


class SyncConfigError(ValueError):
    """The central configuration is unusable; the message says what to change."""


@dataclass(frozen=True, slots=True)
class CentralConfig:
    """Where central is and how this terminal authenticates."""

    url: str
    token: str
    branch: str
    verify: bool | str = True


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """An outbox item central rejected or found in conflict, with central's reason."""

    outbox_id: int
    item_uuid: str
    kind: str
    entity_id: str
    state: str
    reason: str
    created_at: datetime
    payload: str


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, allow_http: bool = False) -> str:
    """Validate a central URL: https, or http only to this machine or when allowed."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncConfigError(
            QT_TRANSLATE_NOOP(CTX, "{url} is not a web address; use https://host[:port].").format(
                url=url
            )
        )
    if parts.scheme == "http" and not allow_http and not _is_loopback(parts.hostname):
        raise SyncConfigError(
            QT_TRANSLATE_NOOP(
                CTX,
                "{url} is not encrypted: use https:// so the terminal's data and token "
                "cannot be read on the way.",
            ).format(url=url)
        )
    return url.strip().rstrip("/")


def load_config(session: Session) -> CentralConfig | None:
    try:
        url, token = get_setting(session, "central.url"), token_store.load_token(session)
    except token_store.TokenStoreError as exc:
        raise SyncConfigError(str(exc)) from exc
    if not url or not token:
        return None
    branch = get_setting(session, "central.branch") or get_setting(session, "branch.code") or ""
    return CentralConfig(
        str(url), str(token), str(branch), get_setting(session, "central.verify", True)
    )


def make_transport(cfg: CentralConfig, timeout: float = 30.0) -> HttpTransport:
    return HttpTransport(cfg.url, cfg.token, verify=cfg.verify, timeout=timeout)


def configure(
    db: Database,
    url: str,
    token: str,
    *,
    terminal_id: str | None = None,
    verify: bool | str = True,
    allow_http: bool = False,
    check: bool = True,
    transport: Transport | None = None,
) -> CentralConfig:
    """Store central's URL and token; with ``check``, ask central who the token belongs to.

    Raises ``SyncConfigError`` or the transport's ``SyncError`` (unreachable, bad token).
    """
    url = check_url(url, allow_http)
    token = token.strip()
    if not token:
        raise SyncConfigError(
            QT_TRANSLATE_NOOP(CTX, "Enter the token central issued for this terminal.")
        )
    branch = ""
    if check:
        t = transport or HttpTransport(url, token, verify=verify, timeout=15.0)
        try:
            central_terminal, branch = t.whoami()
        finally:
            if transport is None and isinstance(t, HttpTransport):
                t.close()
        terminal_id = terminal_id or central_terminal

    store = token_store.save_token(db, token)

    def work(session: Session) -> CentralConfig:
        set_setting(session, "central.url", url)
        token_store.record_store(session, store)
        set_setting(session, "central.verify", verify)
        if branch:
            set_setting(session, "central.branch", branch)
        if terminal_id:
            set_setting(session, "terminal.id", terminal_id)
        cfg = load_config(session)
        assert cfg is not None
        return cfg

    return db.write_with_retry(work)


def status(db: Database, online: bool | None = None, last_error: str = "") -> SyncStatus:
    """Queue length, items needing attention, last successful sync; ``online`` as known."""
    with db.read() as session:
        try:
            cfg = load_config(session)
        except SyncConfigError as exc:
            cfg, last_error = None, str(exc)
        counts = dict(
            session.execute(select(OutboxItem.state, func.count()).group_by(OutboxItem.state)).all()
        )
        last = get_setting(session, LAST_SUCCESS_KEY)
        if not last_error:
            last_error = (
                session.scalar(
                    select(OutboxItem.last_error)
                    .where(OutboxItem.state.in_(QUEUED_STATES), OutboxItem.last_error != "")
                    .order_by(OutboxItem.id)
                    .limit(1)
                )
                or ""
            )
    return SyncStatus(
        configured=cfg is not None,
        online=online if cfg is not None else None,
        queue_length=sum(int(counts.get(s, 0)) for s in QUEUED_STATES),
        attention=sum(int(counts.get(s, 0)) for s in ATTENTION_STATES),
        last_success_at=datetime.fromisoformat(last).astimezone(UTC) if last else None,
        last_error=last_error,
    )


def probe(db: Database) -> bool | None:
    """Can central be reached now? None when no central is configured."""
    with db.read() as session:
        cfg = load_config(session)
    if cfg is None:
        return None
    t = make_transport(cfg, timeout=10.0)
    try:
        return t.health()
    finally:
        t.close()


def top_up_reserve(db: Database, transport: Transport, branch: str) -> list[Block]:
    return s10_blocks.top_up(db, transport, branch)


def run_once(
    db: Database, transport: Transport | None = None, *, top_up: bool = True, batch_size: int = 200
) -> DrainReport:
    """Drain the due outbox items now and top up the S10 reserve when that succeeded."""
    with db.read() as session:
        cfg = load_config(session)
    if cfg is None:
        raise SyncConfigError(
            QT_TRANSLATE_NOOP(
                CTX,
                "No central system configured: run 'sync configure --url URL' (it asks for the token).",
            )
        )
    lock = DrainLock(db.path)
    if not lock.acquire():
        raise DrainBusyError(BUSY)
    own = transport is None
    t = transport or make_transport(cfg)
    attach_audit_head(t, db)
    try:
        report = drain(SqliteOutbox(db), t, branch=cfg.branch, batch_size=batch_size)
        if report.ok and top_up:
            s10_blocks.top_up(db, t, cfg.branch)
        if report.ok and isinstance(t, HttpTransport):
            _refresh_from_central(db, t, cfg.branch)
        return report
    finally:
        lock.release()
        if own and isinstance(t, HttpTransport):
            t.close()


def attention_items(db: Database) -> list[AttentionItem]:
    """Rejected and conflicting items, oldest first, with central's reason."""
    with db.read() as session:
        rows = session.scalars(
            select(OutboxItem).where(OutboxItem.state.in_(ATTENTION_STATES)).order_by(OutboxItem.id)
        ).all()
        return [
            AttentionItem(
                r.id,
                r.item_uuid,
                r.kind,
                r.entity_id,
                r.state,
                r.central_reason,
                r.created_at,
                r.payload,
            )
            for r in rows
        ]


def fix_item(
    db: Database,
    outbox_id: int,
    *,
    reason: str,
    corrected: dict[str, Any] | None = None,
    staff_id: int | None = None,
    staff_number: str = "",
    terminal_id: str | None = None,
) -> str:
    """Queue the correction of a rejected or conflicting item; returns the new item's UUID.

    An acceptance (or amendment) is corrected by an ``amend`` item carrying the whole
    corrected record (``corrected``, or the stored payload when central only needs it
    resent, e.g. after a conflict); a void or day close is queued again as a new item.
    The original is marked ``fixed`` and keeps central's reason; an audit entry says who.
    """
    if not reason.strip():
        raise SyncConfigError(QT_TRANSLATE_NOOP(CTX, "Say why the item is being corrected."))

    def work(session: Session) -> str:
        item = session.get(OutboxItem, outbox_id)
        if item is None or item.state not in ATTENTION_STATES:
            raise SyncConfigError(
                QT_TRANSLATE_NOOP(CTX, "Item {id} does not need attention any more.").format(
                    id=outbox_id
                )
            )
        original = json.loads(item.payload)
        if item.kind in ("accept", "amend"):
            record = corrected or (original.get("record") if item.kind == "amend" else original)
            if not isinstance(record, dict):
                raise SyncConfigError(
                    QT_TRANSLATE_NOOP(CTX, "The corrected record must be a JSON object.")
                )
            kind = "amend"
            payload: dict[str, Any] = {
                "schema": 1,
                "kind": "amend",
                "acceptance_id": record.get("acceptance_id", item.entity_id),
                "branch": record.get("branch", original.get("branch", "")),
                "amends_item": item.item_uuid,
                "reason": reason.strip(),
                "staff": staff_number,
                "amended_at": datetime.now(UTC).isoformat(),
                "record": record,
            }
        else:
            kind, payload = item.kind, corrected or original
        new = enqueue(session, kind, item.entity_id, payload, item_uuid=str(uuid.uuid4()))
        item.state = FIXED
        item.last_error = f"corrected by item {new.item_uuid}"
        audit(
            session,
            staff_id=staff_id,
            terminal_id=terminal_id or str(get_setting(session, "terminal.id", "")),
            action="sync_fix",
            entity="outbox",
            entity_id=str(outbox_id),
            details={"item": item.item_uuid, "new_item": new.item_uuid, "kind": kind},
        )
        return new.item_uuid

    return db.write_with_retry(work)


def make_worker(
    db: Database,
    on_status: Callable[[SyncStatus], None] = lambda s: None,
    *,
    transport_factory: Callable[[CentralConfig], Transport] | None = None,
    idle_seconds: float = 10.0,
    probe_seconds: float = 5.0,
    backoff: Backoff | None = None,
    batch_size: int = 200,
) -> SyncWorker:
    """A worker for this terminal (not started). It re-reads the settings every cycle."""
    cache: dict[str, Any] = {}
    factory = transport_factory or make_transport

    def connect() -> Connection | None:
        try:
            with db.read() as session:
                cfg = load_config(session)
        except SyncConfigError as exc:  # an unreadable token: shown in the status, not fatal
            log.warning("central configuration unusable: %s", exc)
            return None
        if cfg is None:
            return None
        if cache.get("cfg") != cfg:
            old = cache.get("transport")
            if isinstance(old, HttpTransport):
                old.close()
            cache["cfg"], cache["transport"] = cfg, factory(cfg)
            attach_audit_head(cache["transport"], db)
        return Connection(cache["transport"], cfg.branch)

    return SyncWorker(
        outbox=SqliteOutbox(db),
        lock=DrainLock(db.path),
        connect=connect,
        status=lambda online, err: status(db, online, err),
        on_status=on_status,
        after_drain=[
            lambda c: s10_blocks.top_up(db, c.transport, c.branch) and None,
            lambda c: _refresh_from_central(db, c.transport, c.branch),
        ],
        idle_seconds=idle_seconds,
        probe_seconds=probe_seconds,
        backoff=backoff,
        batch_size=batch_size,
        on_stop=lambda: _close(cache.get("transport")),
    )


def _refresh_from_central(db: Database, transport: object, branch: str) -> None:
    """Staff and reference data changed at central (issue 14); only over real HTTP."""
    if isinstance(transport, HttpTransport):
        from app.services.central_refresh import refresh

        refresh(db, transport.client, branch)


def _close(transport: object) -> None:
    if isinstance(transport, HttpTransport):
        transport.close()
