"""Payments taken at the counter (issue 13 part B)

Revision ID: i13b_payments
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import app.store.types

revision = "i13b_payments"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("acceptance_id", sa.String(length=36), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount", app.store.types.DecimalText(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tendered", app.store.types.DecimalText(length=40), nullable=True),
        sa.Column("change", app.store.types.DecimalText(length=40), nullable=True),
        sa.Column("recorded_at", app.store.types.UTCDateTime(length=40), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acceptance_id"],
            ["acceptances.id"],
            name=op.f("fk_payments_acceptance_id_acceptances"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["staff.id"], name=op.f("fk_payments_approved_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_payments_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("acceptance_id", name=op.f("uq_payments_acceptance_id")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payments_business_day"), ["business_day"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_business_day"))
    op.drop_table("payments")
