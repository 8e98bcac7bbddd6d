"""Reference central server of the corridor (FastAPI + SQLAlchemy).

It imports ``app.domain`` (pure) and nothing of the terminal's store or UI.
"""

__version__ = "0.1.0"
