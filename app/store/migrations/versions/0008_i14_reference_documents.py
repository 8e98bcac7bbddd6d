"""Reference data documents from central; the versions an acceptance used (issue 14)

Revision ID: i14_reference_documents
Revises: i15_fiscal_gst
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import app.store.types

revision = "i14_reference_documents"
down_revision = "i15_fiscal_gst"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", app.store.types.UTCDateTime(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_documents")),
        sa.UniqueConstraint("kind", "version", name=op.f("uq_reference_documents_kind")),
    )
    with op.batch_alter_table("acceptances") as batch_op:
        batch_op.add_column(
            sa.Column("reference_versions", sa.Text(), server_default="{}", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("acceptances") as batch_op:
        batch_op.drop_column("reference_versions")
    op.drop_table("reference_documents")
