"""Fiscal register documents of payments; GST invoices and the office GSTIN (issue 15)

Revision ID: i15_fiscal_gst
Revises: i9_accept_reading
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import app.store.types

revision = "i15_fiscal_gst"
down_revision = "i9_accept_reading"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fiscal_documents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("payment_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("fault", sa.String(length=40), nullable=False),
        sa.Column("document_number", sa.Integer(), nullable=True),
        sa.Column("fiscal_sign", sa.String(length=20), nullable=True),
        sa.Column("fn_number", sa.String(length=20), nullable=True),
        sa.Column("register_time", sa.String(length=19), nullable=True),
        sa.Column("shift_number", sa.Integer(), nullable=True),
        sa.Column("total", app.store.types.DecimalText(length=40), nullable=True),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", app.store.types.UTCDateTime(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_fiscal_documents_payment_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_documents")),
    )
    with op.batch_alter_table("fiscal_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fiscal_documents_payment_id"), ["payment_id"], unique=False
        )
    op.create_table(
        "gst_invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("financial_year", sa.String(length=4), nullable=False),
        sa.Column("office_gstin", sa.String(length=15), nullable=False),
        sa.Column("customer_gstin", sa.String(length=15), nullable=False),
        sa.Column("place_of_supply", sa.String(length=2), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_gst_invoices_payment_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gst_invoices")),
        sa.UniqueConstraint("payment_id", name=op.f("uq_gst_invoices_payment_id")),
        sa.UniqueConstraint(
            "office_gstin",
            "financial_year",
            "number",
            name=op.f("uq_gst_invoices_office_gstin_financial_year_number"),
        ),
        sa.UniqueConstraint(
            "office_gstin",
            "financial_year",
            "seq",
            name=op.f("uq_gst_invoices_office_gstin_financial_year_seq"),
        ),
    )
    with op.batch_alter_table("branches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gstin", sa.String(length=15), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("branches", schema=None) as batch_op:
        batch_op.drop_column("gstin")
    op.drop_table("gst_invoices")
    with op.batch_alter_table("fiscal_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiscal_documents_payment_id"))
    op.drop_table("fiscal_documents")
