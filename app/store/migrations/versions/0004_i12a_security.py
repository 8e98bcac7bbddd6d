"""Staff PIN lockouts and the audit log as a hash chain (issue 12, part A)

Revision ID: i12a_security
Revises: i12b_backups_retention_imports
Create Date: 2026-12-01

Existing audit entries are chained in id order as they stand: the append-only triggers
are dropped for that one update and created again in the same transaction.
"""

import sqlalchemy as sa
from alembic import op

import app.store.types
from app.domain.audit_chain import GENESIS, entry_digest

revision = "i12a_security"
down_revision = "i12b_backups_retention_imports"
branch_labels = None
depends_on = None

NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)
NO_DELETE = (
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
)


def upgrade() -> None:
    op.create_table(
        "pin_lockouts",
        sa.Column("staff_number", sa.String(length=20), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", app.store.types.UTCDateTime(length=40), nullable=True),
        sa.Column("locked_until", app.store.types.UTCDateTime(length=40), nullable=True),
        sa.PrimaryKeyConstraint("staff_number", name=op.f("pk_pin_lockouts")),
    )
    # Plain ADD COLUMN (no batch copy), so the table and its triggers stay as they are.
    op.add_column(
        "audit_log",
        sa.Column("prev_sha256", sa.String(length=64), nullable=False, server_default=""),
    )
    op.add_column(
        "audit_log",
        sa.Column("entry_sha256", sa.String(length=64), nullable=False, server_default=""),
    )
    conn = op.get_bind()
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    rows = conn.execute(
        sa.text(
            "SELECT id, at, staff_id, terminal_id, action, entity, entity_id, details "
            "FROM audit_log ORDER BY id"
        )
    ).mappings()
    prev = GENESIS
    updates = []
    for row in rows:
        digest = entry_digest(row, prev)
        updates.append({"id": row["id"], "prev": prev, "digest": digest})
        prev = digest
    for u in updates:
        conn.execute(
            sa.text(
                "UPDATE audit_log SET prev_sha256 = :prev, entry_sha256 = :digest WHERE id = :id"
            ),
            u,
        )
    op.execute(NO_UPDATE)
    op.execute(NO_DELETE)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("entry_sha256")
        batch_op.drop_column("prev_sha256")
    op.execute(NO_UPDATE)
    op.execute(NO_DELETE)
    op.drop_table("pin_lockouts")
