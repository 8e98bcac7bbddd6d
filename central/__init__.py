"""Reference central server of the corridor (FastAPI + SQLAlchemy)."""
