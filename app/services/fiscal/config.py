"""Which fiscal register a counter uses: ATOL Driver's web server, the demo fake, or none.

A Russian branch's counter is pointed at the driver by the terminal setting
``fiscal.atol_url`` (e.g. ``http://127.0.0.1:16732``); a demo branch always uses the fake
register, marked on every receipt; an Indian branch has no fiscal register (GST invoices
are made by the counter itself). Without the setting a Russian counter takes payments
as before (no register) — the README says how to set it.
"""

from __future__ import annotations

from app.services.fiscal.atol import AtolWebRegister
from app.services.fiscal.fake import FakeRegister
from app.services.fiscal.register import FiscalRegister
from app.services.terminal import CounterContext
from app.store.database import Database
from app.store.settings import get_setting

URL_SETTING = "fiscal.atol_url"
_DEMO = FakeRegister()


def register_for(db: Database, ctx: CounterContext) -> FiscalRegister | None:
    """The register this counter must register its sales with, or None."""
    if ctx.branch_country != "RU":
        return None
    if ctx.demo:
        return _DEMO
    with db.read() as session:
        url = str(get_setting(session, URL_SETTING, "") or "").strip()
    if not url.startswith(("http://", "https://")):
        return None
    return AtolWebRegister(url)
