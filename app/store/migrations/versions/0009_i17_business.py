"""Business customers, marketplace batches, declared weights, batch payments (issue 17)

Revision ID: i17_business
Revises: i14_reference_documents
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

import app.store.types

revision = "i17_business"
down_revision = "i14_reference_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("customer_code", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("created_at", app.store.types.UTCDateTime(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("closed_at", app.store.types.UTCDateTime(length=40), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("business_day", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_batches_closed_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batches")),
        sa.UniqueConstraint("number", name=op.f("uq_batches_number")),
    )
    with op.batch_alter_table("acceptances") as batch_op:
        batch_op.add_column(
            sa.Column("customer_code", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("price_plan", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("declared_grams", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("weight_flagged", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_acceptances_batch_id_batches"), "batches", ["batch_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_acceptances_batch_id"), ["batch_id"], unique=False)
    with op.batch_alter_table("preadvice") as batch_op:
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("declared_grams", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_preadvice_batch_id_batches"), "batches", ["batch_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_preadvice_batch_id"), ["batch_id"], unique=False)
    with op.batch_alter_table("payments") as batch_op:
        batch_op.alter_column("acceptance_id", existing_type=sa.String(length=36), nullable=True)
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("customer_code", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_payments_batch_id_batches"), "batches", ["batch_id"], ["id"]
        )
        batch_op.create_unique_constraint(batch_op.f("uq_payments_batch_id"), ["batch_id"])


def downgrade() -> None:
    with op.batch_alter_table("payments") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_payments_batch_id"), type_="unique")
        batch_op.drop_constraint(batch_op.f("fk_payments_batch_id_batches"), type_="foreignkey")
        batch_op.drop_column("customer_code")
        batch_op.drop_column("batch_id")
        batch_op.alter_column("acceptance_id", existing_type=sa.String(length=36), nullable=False)
    with op.batch_alter_table("preadvice") as batch_op:
        batch_op.drop_index(batch_op.f("ix_preadvice_batch_id"))
        batch_op.drop_constraint(batch_op.f("fk_preadvice_batch_id_batches"), type_="foreignkey")
        batch_op.drop_column("declared_grams")
        batch_op.drop_column("batch_id")
    with op.batch_alter_table("acceptances") as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptances_batch_id"))
        batch_op.drop_constraint(batch_op.f("fk_acceptances_batch_id_batches"), type_="foreignkey")
        batch_op.drop_column("weight_flagged")
        batch_op.drop_column("declared_grams")
        batch_op.drop_column("batch_id")
        batch_op.drop_column("price_plan")
        batch_op.drop_column("customer_code")
    op.drop_table("batches")
