"""Lockouts of the operations page's supervisor log-in (issue 14)

Revision ID: i14_ops_supervisor_login
Revises: i14_branches_staff_reference
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "i14_ops_supervisor_login"
down_revision = "i14_branches_staff_reference"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ops_login_lockouts",
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("staff_number", sa.String(length=20), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("branch", "staff_number", name=op.f("pk_ops_login_lockouts")),
    )


def downgrade() -> None:
    op.drop_table("ops_login_lockouts")
