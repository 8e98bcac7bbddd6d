"""Screenshots of the counter window for looking at it (not a test): each language at a size.

Run under a virtual X server at the size wanted, one language per run::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py ru OUTDIR

It makes a throw-away demo database with a few days of acceptances, logs the demo clerk in,
and saves: the counter window empty (``counter``) and the payment step after F12
(``payment``). With a third argument ``wizard`` it saves the first-run wizard's pages
instead (``wizard_start``, ``wizard_join``, ``wizard_devices``) on a fresh database; with
``business`` the business sender's steps (issue 17): the F4 picker, the contract price
on the form, the payment panel with Account, and an account payment refused; with
``batch`` the marketplace batch mode (issue 17) on the Indian demo branch with its demo
list imported (and a second, smaller list): the Batch screen (``batch_screen``), an item
of the list scanned with its form filled (``batch_item``), a weight beyond the list's
tolerance (``batch_weight_diff``), an item on no list and an item already accepted
refused (``batch_refused_foreign``, ``batch_refused_accepted``) and the supervisor's close
dialog (``batch_close``).
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
    from collections.abc import Callable

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
    form.set_dimensions(piece.dimensions)
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


def second_list(folder: Path) -> Path:
    """A second, smaller open list of the same customer (the Batch screen lists two): the
    demo list's first parcels under new S10s and another list number."""
    import json

    from app.domain.s10 import S10
    from app.services.demo_india import marketplace_batch_path

    data = json.loads(marketplace_batch_path().read_text("utf-8"))
    data["batch"] = "IN-MP-2026-000124"
    data["parcels"] = data["parcels"][:3]
    for i, parcel in enumerate(data["parcels"]):
        parcel["s10"] = str(S10.build("CB", 20_270_000 + i, "IN"))
    path = folder / "second_list.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def when_open(app: QGuiApplication, get: Callable[[], object], work: Callable[[], None]) -> None:
    """Run ``work`` once ``get`` answers the open dialog (its ``exec`` blocks the caller)."""

    def poll() -> None:
        if get() is not None:
            wait(app, 1000)
            work()
        else:
            QTimer.singleShot(100, poll)

    QTimer.singleShot(100, poll)


def batch(app: QGuiApplication, out: Path, win: MainWindow) -> None:
    """The Batch screen, an item scanned and weighed, a weight difference, two refusals,
    the close dialog (see the module docstring)."""
    from app.domain.s10 import S10

    mode, form = win.batch_mode, win.form
    panel = form.weight
    lists = sorted(mode.lists)
    assert len(lists) == 2, lists

    def pick() -> None:
        screen = mode.screen
        assert screen is not None
        shoot(app, out, "batch_screen")
        screen.take_scan(lists[0])

    when_open(app, lambda: mode.screen, pick)
    mode.action_screen.trigger()  # Ctrl+B
    wait(app, 1500)
    assert mode.batch is not None, "the list was not called up"
    from app.services.batch_query import batch_items

    with win.db.read() as s:
        items = [(i.s10, i.declared_grams) for i in batch_items(s, mode.batch.id)]

    def weigh(grams: int) -> None:
        panel.sim_load.setValue(grams / 1000)
        wait(app, 2500)
        if not panel.capture():
            raise RuntimeError(panel.error.text())
        wait(app, 500)

    def measure() -> None:
        """The demo list declares no sizes: the clerk measures (the focus is on length)."""
        for name, cm in (("length", "60"), ("width", "40"), ("height", "40")):
            if not form.dims[name].text():
                form.dims[name].setText(cm)
        wait(app, 300)

    def unload() -> None:
        panel.sim_load.setValue(0)
        wait(app, 2500)

    # An item of the list: scanned, its form filled from the list; weighed as declared.
    win._on_scanned(items[0][0])
    wait(app, 2000)
    weigh(items[0][1] or 40_000)
    measure()
    shoot(app, out, "batch_item")
    form.request_accept()  # F12: no payment step per item
    wait(app, 2500)
    if mode.item is not None:
        raise RuntimeError("the item was not accepted")
    unload()
    # The next item weighs 4 kg more than its list says: the red mark.
    win._on_scanned(items[1][0])
    wait(app, 2000)
    weigh((items[1][1] or 40_000) + 4_000)
    measure()
    shoot(app, out, "batch_weight_diff")
    form.request_accept()
    wait(app, 2500)
    unload()
    win._on_scanned(str(S10.build("CB", 39_999_999, "IN")))  # on no list
    wait(app, 2000)
    shoot(app, out, "batch_refused_foreign")
    win._on_scanned(items[0][0])  # accepted a moment ago
    wait(app, 2000)
    shoot(app, out, "batch_refused_accepted")

    worked = mode.batch.number

    def close() -> None:
        screen = mode.screen
        assert screen is not None
        rows = range(screen.table.rowCount())
        screen.table.selectRow(next(r for r in rows if screen.table.item(r, 0).text() == worked))
        screen.close_button.click()

    when_open(app, lambda: mode.screen, close)
    mode.action_screen.trigger()
    wait(app, 3000)
    shoot(app, out, "batch_close")


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
    if what == "batch":
        from app.services.demo_setup import choose_demo_branch
        from app.services.preadvice import import_file

        choose_demo_branch(db, "in")  # the Indian demo branch imports its demo list
        import_file(db, second_list(folder))
    ctx = staff_context(db, DEMO_CLERK[0])
    rules = counter_rules()
    limits = rules.limits_today(ctx)
    generate(db, ctx, days=2, per_day=6, limits=limits, pricing=rules.pricing)
    win = MainWindow(db, ctx, rules)
    # No window manager under Xvfb to maximise it: take the screen as one would.
    win.setGeometry(app.primaryScreen().availableGeometry())
    win.show()
    wait(app, 2500)
    if what in ("business", "batch"):
        if what == "business":
            business(app, out, win, limits)
        else:
            batch(app, out, win)
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
