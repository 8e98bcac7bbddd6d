"""Lockouts and sessions of the operations page's log-ins (issue 14)

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
    op.create_table(
        "ops_sessions",
        sa.Column("sid_sha256", sa.String(length=64), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("staff_number", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sid_sha256", name=op.f("pk_ops_sessions")),
    )
    with op.batch_alter_table("ops_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ops_sessions_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ops_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ops_sessions_expires_at"))
    op.drop_table("ops_sessions")
    op.drop_table("ops_login_lockouts")
