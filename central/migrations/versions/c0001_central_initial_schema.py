"""Initial schema of the central system (hand-checked autogenerate)

Revision ID: c0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "acceptances",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("piece_count", sa.Integer(), nullable=False),
        sa.Column("gross_grams", sa.BigInteger(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("first_item_uuid", sa.String(length=36), nullable=False),
        sa.Column("last_item_uuid", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acceptances")),
    )
    with op.batch_alter_table("acceptances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_acceptances_branch"), ["branch"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_acceptances_business_day"), ["business_day"], unique=False
        )

    op.create_table(
        "s10_allocations",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=2), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("first_serial", sa.BigInteger(), nullable=False),
        sa.Column("last_serial", sa.BigInteger(), nullable=False),
        sa.Column("allocated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_s10_allocations")),
        sa.UniqueConstraint(
            "service", "country", "first_serial", name=op.f("uq_s10_allocations_service")
        ),
    )
    with op.batch_alter_table("s10_allocations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_s10_allocations_branch"), ["branch"], unique=False)

    op.create_table(
        "s10_counters",
        sa.Column("service", sa.String(length=2), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("next_serial", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("service", "country", name=op.f("pk_s10_counters")),
    )
    op.create_table(
        "sync_items",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("item_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("terminal_id", sa.String(length=64), nullable=False),
        sa.Column("client_seq", sa.BigInteger(), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_items")),
        sa.UniqueConstraint("item_uuid", name=op.f("uq_sync_items_item_uuid")),
    )
    with op.batch_alter_table("sync_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_items_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_items_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "terminals",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terminals")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_terminals_token_sha256")),
    )
    with op.batch_alter_table("terminals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_terminals_branch"), ["branch"], unique=False)

    op.create_table(
        "tracking_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("s10", sa.String(length=13), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("office", sa.String(length=20), nullable=False),
        sa.Column("item_uuid", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracking_events")),
    )
    with op.batch_alter_table("tracking_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tracking_events_s10"), ["s10"], unique=False)

    op.create_table(
        "parcels",
        sa.Column("s10", sa.String(length=13), nullable=False),
        sa.Column("acceptance_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acceptance_id"], ["acceptances.id"], name=op.f("fk_parcels_acceptance_id_acceptances")
        ),
        sa.PrimaryKeyConstraint("s10", name=op.f("pk_parcels")),
    )
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcels_acceptance_id"), ["acceptance_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcels_acceptance_id"))

    op.drop_table("parcels")
    with op.batch_alter_table("tracking_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tracking_events_s10"))

    op.drop_table("tracking_events")
    with op.batch_alter_table("terminals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terminals_branch"))

    op.drop_table("terminals")
    with op.batch_alter_table("sync_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_items_entity_id"))
        batch_op.drop_index(batch_op.f("ix_sync_items_branch"))

    op.drop_table("sync_items")
    op.drop_table("s10_counters")
    with op.batch_alter_table("s10_allocations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_s10_allocations_branch"))

    op.drop_table("s10_allocations")
    with op.batch_alter_table("acceptances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptances_business_day"))
        batch_op.drop_index(batch_op.f("ix_acceptances_branch"))

    op.drop_table("acceptances")
