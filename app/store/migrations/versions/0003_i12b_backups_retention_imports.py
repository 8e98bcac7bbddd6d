"""Backups recorded; acceptances remember when their personal data was purged; resumable pre-advice imports

Revision ID: i12b_backups_retention_imports
Revises: i13b_payments
"""

import sqlalchemy as sa
from alembic import op

import app.store.types

revision = "i12b_backups_retention_imports"
down_revision = "i13b_payments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("taken_at", app.store.types.UTCDateTime(length=40), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("last_outbox_id", sa.Integer(), nullable=False),
        sa.Column("pruned", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backups")),
    )
    with op.batch_alter_table("backups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_backups_taken_at"), ["taken_at"], unique=False)
    op.create_table(
        "preadvice_imports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("started_at", app.store.types.UTCDateTime(length=40), nullable=False),
        sa.Column("finished_at", app.store.types.UTCDateTime(length=40), nullable=True),
        sa.Column("rows_done", sa.Integer(), nullable=False),
        sa.Column("parcels", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preadvice_imports")),
        sa.UniqueConstraint("sha256", name=op.f("uq_preadvice_imports_sha256")),
    )
    with op.batch_alter_table("acceptances", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "personal_data_purged_at", app.store.types.UTCDateTime(length=40), nullable=True
            )
        )


def downgrade() -> None:
    op.drop_table("preadvice_imports")
    with op.batch_alter_table("acceptances", schema=None) as batch_op:
        batch_op.drop_column("personal_data_purged_at")
    with op.batch_alter_table("backups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_backups_taken_at"))
    op.drop_table("backups")
