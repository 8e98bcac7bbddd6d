"""Branches, staff, enrolment codes, reference documents and terminal status (issue 14)

Revision ID: i14_branches_staff_reference
Revises: c_i12a_audit_heads
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "i14_branches_staff_reference"
down_revision = "c_i12a_audit_heads"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "branches",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_branches")),
    )
    op.create_table(
        "staff",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("staff_number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch"], ["branches.code"], name=op.f("fk_staff_branch_branches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("branch", "staff_number", name=op.f("uq_staff_branch")),
    )
    op.create_index(op.f("ix_staff_branch"), "staff", ["branch"], unique=False)
    op.create_table(
        "enrolment_codes",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("code_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("terminal_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch"], ["branches.code"], name=op.f("fk_enrolment_codes_branch_branches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment_codes")),
        sa.UniqueConstraint("code_sha256", name=op.f("uq_enrolment_codes_code_sha256")),
    )
    op.create_index(op.f("ix_enrolment_codes_branch"), "enrolment_codes", ["branch"], unique=False)
    op.create_table(
        "reference_documents",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_documents")),
        sa.UniqueConstraint("kind", "version", name=op.f("uq_reference_documents_kind")),
    )
    op.create_table(
        "terminal_status",
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("queue_length", sa.Integer(), nullable=False),
        sa.Column("oldest_unsynced_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_terminal_status")),
    )


def downgrade() -> None:
    op.drop_table("terminal_status")
    op.drop_table("reference_documents")
    op.drop_index(op.f("ix_enrolment_codes_branch"), table_name="enrolment_codes")
    op.drop_table("enrolment_codes")
    op.drop_index(op.f("ix_staff_branch"), table_name="staff")
    op.drop_table("staff")
    op.drop_table("branches")
