"""Items central refused, for the operations page (issue 14)

Revision ID: i14_rejected_items
Revises: i14_ops_supervisor_login
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "i14_rejected_items"
down_revision = "i14_ops_supervisor_login"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rejected_items",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("item_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_items")),
        sa.UniqueConstraint("terminal_id", "item_uuid", name=op.f("uq_rejected_items_terminal_id")),
    )
    with op.batch_alter_table("rejected_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rejected_items_branch"), ["branch"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rejected_items_received_at"), ["received_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("rejected_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_items_received_at"))
        batch_op.drop_index(batch_op.f("ix_rejected_items_branch"))
    op.drop_table("rejected_items")
