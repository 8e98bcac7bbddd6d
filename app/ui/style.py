"""The application's look: a calm, high-contrast stylesheet for long shifts at the counter."""

STYLESHEET = """
QWidget { font-size: 10.5pt; }
QMainWindow, QDialog { background: #f4f6f8; }
QGroupBox {
    background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px;
    margin-top: 14px; padding: 10px 10px 8px 10px; font-weight: 600; color: #25313d;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit {
    background: #ffffff; border: 1px solid #b9c3cc; border-radius: 4px; padding: 4px 6px;
    selection-background-color: #1f6feb;
}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus { border: 2px solid #1f6feb; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QTableWidget[invalid="true"],
QPlainTextEdit[invalid="true"], QFrame[invalid="true"] { border: 2px solid #c62828; background: #fff5f5; }
QLabel#fieldError, QLabel[role="fieldError"] { color: #b71c1c; font-size: 9.5pt; font-weight: 500; }
QFrame#chargesBar { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
QLabel#refusalBar { background: #c62828; color: #ffffff; font-weight: 600; padding: 6px 10px;
    border-radius: 4px; }
QPushButton#moreCustoms { border: none; color: #1f5fbf; text-decoration: underline; padding: 2px 4px; }
QLabel#formError { color: #b71c1c; font-weight: 600; background: #fdecea;
    border: 1px solid #f5c2c0; border-radius: 4px; padding: 6px; }
QLineEdit#scanField { font-family: "DejaVu Sans Mono", monospace; font-size: 16pt;
    font-weight: 600; padding: 6px 10px; letter-spacing: 1px; }
QLabel#sectionHint { color: #5b6b7a; font-size: 9pt; }
QLabel#demoBanner { background: #ffe082; color: #4e3400; font-weight: 700; padding: 6px;
    border-bottom: 2px solid #e0a800; }
QLabel#weightValue { font-family: "DejaVu Sans Mono", monospace; font-size: 34pt; font-weight: 700;
    color: #0d1b2a; }
QLabel#weightState { font-size: 12pt; font-weight: 700; padding: 3px 10px; border-radius: 4px; }
QLabel#weightState[state="stable"] { background: #e6f4ea; color: #1b5e20; border: 2px solid #2e7d32; }
QLabel#weightState[state="motion"] { background: #fff8e1; color: #7a4f00; border: 2px dashed #f9a825; }
QLabel#weightState[state="overload"], QLabel#weightState[state="underload"] {
    background: #fdecea; color: #8e0000; border: 2px solid #c62828; }
QLabel#weightState[state="disconnected"] { background: #eceff1; color: #37474f; border: 2px dotted #607d8b; }
QLabel#simBadge { background: #ede7f6; color: #4527a0; font-weight: 700; padding: 2px 8px;
    border: 1px solid #b39ddb; border-radius: 4px; }
QLabel#captured { font-size: 12pt; font-weight: 600; color: #1b5e20; }
QLabel#bigFigure { font-size: 15pt; font-weight: 700; color: #0d1b2a; }
QLabel#figureCaption { color: #5b6b7a; font-size: 9pt; }
QLabel#dutyWarning { color: #7a4f00; background: #fff8e1; font-size: 9pt; font-weight: 600;
    padding: 1px 6px; border-radius: 3px; }
QPushButton { padding: 6px 14px; border-radius: 4px; border: 1px solid #9aa7b3; background: #ffffff; }
QPushButton:hover { background: #eef3f8; }
QPushButton:focus { border: 2px solid #1f6feb; }
QPushButton#acceptButton { background: #1b7f3b; color: white; font-size: 13pt; font-weight: 700;
    padding: 10px 22px; border: none; }
QPushButton#acceptButton:hover { background: #176b32; }
QPushButton#acceptButton:disabled { background: #9bbfa6; }
QTableView, QTableWidget { background: #ffffff; gridline-color: #e3e8ed; border: 1px solid #d5dbe1;
    alternate-background-color: #f7f9fb; selection-background-color: #cfe3ff; selection-color: #0d1b2a; }
QHeaderView::section { background: #eef1f4; border: none; border-bottom: 1px solid #d5dbe1;
    padding: 4px 6px; font-weight: 600; color: #37474f; }
QStatusBar { background: #25313d; color: #e8edf2; }
QStatusBar QLabel { color: #e8edf2; padding: 0 8px; }
QStatusBar QLabel[problem="true"] { background: #c62828; color: #ffffff; font-weight: 700; }
"""
