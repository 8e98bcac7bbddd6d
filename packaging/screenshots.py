"""Screenshots of the counter window for looking at it (not a test): each language at a size.

Run under a virtual X server at the size wanted, one language per run::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py ru OUTDIR

It makes a throw-away demo database with a few days of acceptances, logs the demo clerk in,
and saves: the counter window empty (``counter``) and the payment step after F12
(``payment``). With a third argument ``wizard`` it saves the first-run wizard's pages
instead (``wizard_start``, ``wizard_join``, ``wizard_devices``) on a fresh database.
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
