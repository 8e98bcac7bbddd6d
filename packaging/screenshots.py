"""Screenshots of the counter window for looking at it (not a test): each language at a size.

Run under a virtual X server at the size wanted, one language per run::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py ru OUTDIR

It makes a throw-away demo database with a few days of acceptances, logs the demo clerk in,
and saves: the counter window empty (``counter``) and the payment step after F12
(``payment``). With a third argument ``wizard`` it saves the first-run wizard's pages
instead (``wizard_start``, ``wizard_join``, ``wizard_devices``) on a fresh database; with
``business`` the business sender's steps (issue 17): the F4 picker, the contract price
on the form, the payment panel with Account, and an account payment refused.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QGuiApplication

from app.services.counter_rules import counter_rules
from app.services.demo_data import generate, make_consignment
from app.services.terminal import DEMO_CLERK, open_terminal, staff_context
from app.ui.application import install_translators, make_app
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.store.database import Database


def wait(app: QGuiApplication, ms: int) -> None:
    done: list[bool] = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def shoot(app: QGuiApplication, out: Path, name: str) -> None:
    screen = app.primaryScreen()
    size = screen.size()
    path = out / f"{name}_{size.width()}x{size.height()}.png"
    if not screen.grabWindow(0).save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def wizard(app: QGuiApplication, out: Path, db: Database) -> None:
    from app.ui.setup_wizard import SetupWizard

    wiz = SetupWizard(db)
    wiz.show()
    wait(app, 1500)
    shoot(app, out, "wizard_start")
    wiz.next()  # "Join a branch" is the default choice
    wait(app, 800)
    shoot(app, out, "wizard_join")
    wiz.back()
    wiz.start.demo.setChecked(True)
    wiz.next()
    wait(app, 800)
    shoot(app, out, "wizard_devices")
    wiz.reject()


def business(app: QGuiApplication, out: Path, win: MainWindow, limits: object) -> None:
    """F4 picker, contract price on the form, Account in the payment panel, a refusal."""
    import random
    from datetime import UTC, datetime

    from app.services.customer_account import store_balances

    consignment = make_consignment(random.Random(7), ["CB100000017RU"], limits=limits)  # type: ignore[arg-type]
    form = win.form
    form.fill(consignment)
    piece = consignment.pieces[0]
    form.scan.setText(piece.s10)
    assert piece.dimensions is not None
    for name, mm in zip(
        ("length", "width", "height"),
        (piece.dimensions.length_mm, piece.dimensions.width_mm, piece.dimensions.height_mm),
        strict=True,
    ):
        form.dims[name].setText(f"{mm / 10:g}")
    form.set_weighing(piece.weighing)
    form.business.open_picker()
    wait(app, 1200)
    picker = form.business.picker
    assert picker is not None
    picker.search.setText("volga")
    wait(app, 500)
    shoot(app, out, "business_picker")
    picker.take()
    wait(app, 800)
    shoot(app, out, "business_form")
    with win.db.write() as s:
        store_balances(s, {"as_of": datetime.now(UTC).isoformat(), "accounts": [
            {"customer": "VOLGAMED", "currency": "RUB", "balance": "296000.00"}]})  # fmt: skip
    form.request_accept()
    wait(app, 3000)
    shoot(app, out, "business_payment")
    win.payment.account.setChecked(True)
    win.payment.record()
    wait(app, 1500)
    shoot(app, out, "business_refused")


def main(lang: str, out: Path, what: str = "counter") -> int:
    import random

    out = out / lang
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    keep = install_translators(app, QLocale(lang))
    folder = Path(tempfile.mkdtemp(prefix="postcounter-shots-"))
    db = open_terminal(str(folder / "terminal.db"))
    if what == "wizard":
        wizard(app, out, db)
        db.close()
        return 0
    ctx = staff_context(db, DEMO_CLERK[0])
    rules = counter_rules()
    limits = rules.limits_today(ctx)
    generate(db, ctx, days=2, per_day=6, limits=limits, pricing=rules.pricing)
    win = MainWindow(db, ctx, rules)
    # No window manager under Xvfb to maximise it: take the screen as one would.
    win.setGeometry(app.primaryScreen().availableGeometry())
    win.show()
    wait(app, 2500)
    if what == "business":
        business(app, out, win, limits)
        win.close()
        db.close()
        return 0
    shoot(app, out, "counter")
    consignment = make_consignment(random.Random(7), ["CB100000017RU"], limits=limits)
    win.form.sig_accept_requested.emit(consignment)
    wait(app, 3000)
    shoot(app, out, "payment")
    win.close()
    db.close()
    del keep
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), *sys.argv[3:4]))
