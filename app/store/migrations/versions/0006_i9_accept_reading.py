"""Weighings keep the live reading seen at accept, beside the captured frame

Revision ID: i9_accept_reading
Revises: i10_items
"""

import sqlalchemy as sa
from alembic import op

import app.store.types

revision = "i9_accept_reading"
down_revision = "i10_items"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("weighings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("accept_grams", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "accept_raw_frame", sa.LargeBinary(), nullable=False, server_default=sa.text("X''")
            )
        )
        batch_op.add_column(
            sa.Column("accept_seen_at", app.store.types.UTCDateTime(length=40), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("weighings", schema=None) as batch_op:
        batch_op.drop_column("accept_seen_at")
        batch_op.drop_column("accept_raw_frame")
        batch_op.drop_column("accept_grams")
