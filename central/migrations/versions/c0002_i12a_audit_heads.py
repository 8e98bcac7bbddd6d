"""Audit chain heads received from terminals (issue 12, part A)

Revision ID: c_i12a_audit_heads
Revises: c0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "c_i12a_audit_heads"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_heads",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("entry_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_heads")),
        sa.UniqueConstraint(
            "terminal_id",
            "entry_id",
            "entry_sha256",
            name=op.f("uq_audit_heads_terminal_id"),
        ),
    )
    with op.batch_alter_table("audit_heads", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_audit_heads_terminal_id"), ["terminal_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_heads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_heads_terminal_id"))
    op.drop_table("audit_heads")
