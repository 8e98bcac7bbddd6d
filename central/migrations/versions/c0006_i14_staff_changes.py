"""Staff changes with a future effective date (issue 14)

Revision ID: i14_staff_changes
Revises: i14_rejected_items
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "i14_staff_changes"
down_revision = "i14_rejected_items"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "staff_changes",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("staff_number", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=True),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch"], ["branches.code"], name=op.f("fk_staff_changes_branch_branches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_changes")),
    )
    with op.batch_alter_table("staff_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_changes_branch"), ["branch"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("staff_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_changes_branch"))
    op.drop_table("staff_changes")
