"""Local storage: SQLAlchemy 2 models, SQLite engine set-up, Alembic migrations, repositories."""
