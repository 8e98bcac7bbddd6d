"""Start-up of the GUI: Qt application, translations, database, log-in, main window."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.counter_rules import counter_rules_in_force
from app.services.enrolment import needs_setup
from app.services.paths import resource
from app.services.terminal import get_setting, open_terminal
from app.store.database import Database, DatabaseError
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.style import STYLESHEET

log = logging.getLogger(__name__)


def ui_locale(lang: str | None = None) -> QLocale:
    """The UI language: ``lang`` (ru, hi, en), else env POSTCOUNTER_LANG, else the system's."""
    chosen = (lang or os.environ.get("POSTCOUNTER_LANG") or "").strip()
    return QLocale(chosen) if chosen else QLocale.system()


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and PostCounter's translations for the locale (kept alive by the caller)."""
    loc = locale or QLocale()
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
    return app


def session_loop(
    app: QApplication,
    db: Database,
    translators: list[QTranslator] | None = None,
    follow_setting: bool = True,
) -> int:
    """Log-in, work, log-out, again, until the window is closed without logging out.

    ``translators`` are the ones installed for the system's language (or for ``--lang``).
    With ``follow_setting`` the language chosen in Tools → Language replaces them from the
    next log-in on (the windows are built anew then); ``--lang`` and POSTCOUNTER_LANG turn
    that off.
    """
    with db.read() as session:
        demo = bool(get_setting(session, "demo", False))
    installed = list(translators or [])
    applied = ""  # "" is the system's language, what ``installed`` was made for
    while True:
        if follow_setting:
            with db.read() as session:
                saved = str(get_setting(session, "ui.language", "") or "")
            if saved != applied:
                for old in installed:
                    app.removeTranslator(old)
                installed = install_translators(app, QLocale(saved) if saved else None)
                applied = saved
        login = LoginDialog(db, demo)
        if login.exec() != LoginDialog.DialogCode.Accepted or login.context is None:
            return 0
        # Reference data in force on the branch's business day, central's included (issue 14).
        rules = counter_rules_in_force(db, login.context.business_day(datetime.now(UTC)))
        window = MainWindow(db, login.context, rules)
        logged_out: list[bool] = []
        window.sig_logout.connect(lambda flag=logged_out: flag.append(True))
        window.resize(1400, 900)
        window.show()
        app.exec()
        if not logged_out:
            return 0


def run_gui(db_path: str | None = None, lang: str | None = None) -> int:
    """Entry point of ``python main.py``."""
    logging.basicConfig(level=logging.INFO)
    app = make_app()
    translators = install_translators(app, ui_locale(lang))
    try:
        db = open_terminal(db_path)
    except DatabaseError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Application", "PostCounter cannot open its database"),
            str(exc),
        )
        return 1
    if db.report.migrated and db.report.before is not None:
        log.info(
            "database upgraded %s -> %s, backup at %s",
            db.report.before,
            db.report.after,
            db.report.backup,
        )
    if needs_setup(db):  # a fresh install: demo or join a branch first (issue 14)
        from app.ui.setup_wizard import SetupWizard

        if SetupWizard(db).exec() != SetupWizard.DialogCode.Accepted:
            db.close()
            return 0
    try:
        forced = bool(lang or os.environ.get("POSTCOUNTER_LANG"))
        return session_loop(app, db, translators, follow_setting=not forced)
    finally:
        db.close()
