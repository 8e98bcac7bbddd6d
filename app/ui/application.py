"""Start-up of the GUI: Qt application, translations, database, log-in, main window."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.paths import resource
from app.ui import gui_thread_gc
from app.ui.login_dialog import LoginDialog
from app.ui.startup import PendingDatabase, setting
from app.ui.style import STYLESHEET

if TYPE_CHECKING:
    from app.store.database import Database

log = logging.getLogger(__name__)


def ui_locale(lang: str | None = None) -> QLocale:
    """The UI language: ``lang`` (ru, hi, en), else env POSTCOUNTER_LANG, else the system's."""
    chosen = (lang or os.environ.get("POSTCOUNTER_LANG") or "").strip()
    return QLocale(chosen) if chosen else QLocale.system()


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and PostCounter's translations for the locale (kept alive by the caller)."""
    loc = locale or QLocale()
    # numbers and money on the screen follow the chosen language (app.ui.locale_format)
    QLocale.setDefault(loc)
    out: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(loc, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        out.append(qt)
    ours = QTranslator(app)
    if ours.load(loc, "postcounter", "_", str(resource("translations"))):
        app.installTranslator(ours)
        out.append(ours)
    return out


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("PostCounter")
    app.setOrganizationName("PostCounter")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
    gui_thread_gc.install(app)
    return app


def login_window(db: Database | PendingDatabase) -> LoginDialog:
    """The log-in dialog for ``db`` (demo mode read without waiting for the database)."""
    return LoginDialog(db, bool(setting(db, "demo", False)))  # type: ignore[arg-type]


def _watch_opening(db: PendingDatabase, login: LoginDialog, failed: list[str]) -> None:
    """Say so, and end the log-in, if the database being opened cannot be used."""
    timer = QTimer(login)
    timer.setInterval(50)

    def check() -> None:
        if not db.done():
            return
        timer.stop()
        try:
            opened = db.result()
        except Exception as exc:  # DatabaseError and what opening a file can raise
            failed.append(str(exc))
            QMessageBox.critical(
                login,
                QCoreApplication.translate("Application", "PostCounter cannot open its database"),
                str(exc),
            )
            login.reject()
            return
        if opened.report.migrated and opened.report.before is not None:
            log.info(
                "database upgraded %s -> %s, backup at %s",
                opened.report.before,
                opened.report.after,
                opened.report.backup,
            )

    timer.timeout.connect(check)
    timer.start()


def session_loop(
    app: QApplication,
    db: Database | PendingDatabase,
    translators: list[QTranslator] | None = None,
    follow_setting: bool = True,
) -> int:
    """Log-in, work, log-out, again, until the window is closed without logging out.

    ``translators`` are the ones installed for the system's language (or for ``--lang``).
    With ``follow_setting`` the language chosen in Tools → Language replaces them from the
    next log-in on (the windows are built anew then); ``--lang`` and POSTCOUNTER_LANG turn
    that off.
    """
    installed = list(translators or [])
    applied = ""  # "" is the system's language, what ``installed`` was made for
    while True:
        if follow_setting:
            saved = str(setting(db, "ui.language", "") or "")
            if saved != applied:
                for old in installed:
                    app.removeTranslator(old)
                installed = install_translators(app, QLocale(saved) if saved else None)
                applied = saved
        login = login_window(db)
        failed: list[str] = []
        if isinstance(db, PendingDatabase) and not db.done():
            QTimer.singleShot(0, db.start)  # once the window is up
            _watch_opening(db, login, failed)
        if login.exec() != LoginDialog.DialogCode.Accepted or login.context is None:
            return 1 if failed else 0
        # The counter window (documents, reportlab, country tables) is imported after the
        # log-in: a cold start shows the log-in window about as fast as a bare Qt window.
        from app.services.counter_rules import counter_rules_in_force
        from app.ui.main_window import MainWindow

        if isinstance(db, PendingDatabase):
            db = db.result()
        # Reference data in force on the branch's business day, central's included (issue 14).
        rules = counter_rules_in_force(db, login.context.business_day(datetime.now(UTC)))
        window = MainWindow(db, login.context, rules)
        logged_out: list[bool] = []
        window.sig_logout.connect(lambda flag=logged_out: flag.append(True))
        window.show_at_counter()
        app.exec()
        if not logged_out:
            return 0


def _may_need_setup(db: PendingDatabase) -> bool:
    """A fresh install (or one the set-up wizard never ran on), read without waiting for
    the database: only then is it opened before the log-in window (issue 14)."""
    return not setting(db, "setup.done", False) and not (
        setting(db, "central.token_store") or setting(db, "central.token")
    )


def _run_setup(db: PendingDatabase) -> int | None:
    """The first-run wizard (try the demo or join a branch): ``None`` to go on to the
    log-in, else the exit code (0: the wizard was closed; 1: the database cannot be opened,
    said to the person)."""
    try:
        opened = db.result()
    except Exception as exc:  # DatabaseError and what opening a file can raise
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Application", "PostCounter cannot open its database"),
            str(exc),
        )
        return 1
    from app.services.enrolment import needs_setup

    if not needs_setup(opened):
        return None
    from app.ui.setup_wizard import SetupWizard

    return None if SetupWizard(opened).exec() == SetupWizard.DialogCode.Accepted else 0


def _close(db: PendingDatabase) -> None:
    if db.done():
        try:
            db.result().close()
        except Exception:  # it never opened: said to the person already
            log.debug("database was not open")


def run_gui(db_path: str | None = None, lang: str | None = None) -> int:
    """Entry point of ``python main.py``."""
    logging.basicConfig(level=logging.INFO)
    app = make_app()
    translators = install_translators(app, ui_locale(lang))
    # opened on a worker thread while the log-in window is already up (app.ui.startup)
    db = PendingDatabase(db_path)
    try:
        if _may_need_setup(db):
            code = _run_setup(db)
            if code is not None:
                return code
        forced = bool(lang or os.environ.get("POSTCOUNTER_LANG"))
        return session_loop(app, db, translators, follow_setting=not forced)
    finally:
        _close(db)
