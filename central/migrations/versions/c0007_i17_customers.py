"""Business customers, their price plans and accounts, batches and business acceptances (issue 17)

Revision ID: i17_customers
Revises: i14_staff_changes
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "i17_customers"
down_revision = "i14_staff_changes"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("contract", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("inn", sa.String(length=12), nullable=False),
        sa.Column("gstin", sa.String(length=15), nullable=False),
        sa.Column("iec", sa.String(length=10), nullable=False),
        *(
            sa.Column(name, sa.String(length=200), nullable=False)
            for name in ("address", "city", "postcode", "phone", "email")
        ),
        sa.Column("account_allowed", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("credit_limit_minor", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("token_sha256", sa.String(length=64), nullable=True),
        sa.Column("token_issued_at", WHEN, nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_customers")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_customers_token_sha256")),
    )
    op.create_table(
        "customer_price_plans",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("customer_code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("discount_percent", sa.String(length=12), nullable=True),
        sa.Column("tariffs", sa.Text(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_code"],
            ["customers.code"],
            name=op.f("fk_customer_price_plans_customer_code_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_price_plans")),
        sa.UniqueConstraint(
            "customer_code",
            "effective_from",
            name=op.f("uq_customer_price_plans_customer_code"),
        ),
    )
    op.create_index(
        op.f("ix_customer_price_plans_customer_code"),
        "customer_price_plans",
        ["customer_code"],
    )
    op.create_table(
        "account_entries",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("customer_code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("item_uuid", sa.String(length=36), nullable=True),
        sa.Column("acceptance_id", sa.String(length=36), nullable=True),
        sa.Column("batch_number", sa.String(length=40), nullable=True),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("flag", sa.String(length=24), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_entries")),
        sa.UniqueConstraint("source_id", name=op.f("uq_account_entries_source_id")),
    )
    op.create_index(op.f("ix_account_entries_customer_code"), "account_entries", ["customer_code"])
    op.create_index(op.f("ix_account_entries_acceptance_id"), "account_entries", ["acceptance_id"])
    op.create_table(
        "customer_batches",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("customer_code", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("branch", sa.String(length=20), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("closed_at", WHEN, nullable=True),
        sa.Column("closed_by", sa.String(length=20), nullable=True),
        sa.Column("business_day", sa.Date(), nullable=True),
        sa.Column("close_item_uuid", sa.String(length=36), nullable=True),
        sa.Column("payment_method", sa.String(length=12), nullable=True),
        sa.Column("payment_amount", sa.String(length=20), nullable=True),
        sa.Column("payment_currency", sa.String(length=3), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_batches")),
        sa.UniqueConstraint(
            "customer_code", "number", name=op.f("uq_customer_batches_customer_code")
        ),
    )
    op.create_table(
        "customer_batch_items",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("batch_id", BigId, nullable=False),
        sa.Column("s10", sa.String(length=13), nullable=False),
        sa.Column("declared_grams", sa.Integer(), nullable=True),
        sa.Column("acceptance_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["customer_batches.id"],
            name=op.f("fk_customer_batch_items_batch_id_customer_batches"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_batch_items")),
        sa.UniqueConstraint("batch_id", "s10", name=op.f("uq_customer_batch_items_batch_id")),
    )
    op.create_index(op.f("ix_customer_batch_items_batch_id"), "customer_batch_items", ["batch_id"])
    op.create_index(op.f("ix_customer_batch_items_s10"), "customer_batch_items", ["s10"])
    op.create_table(
        "business_acceptances",
        sa.Column("acceptance_id", sa.String(length=36), nullable=False),
        sa.Column("customer_code", sa.String(length=40), nullable=False),
        sa.Column("price_plan", sa.String(length=200), nullable=False),
        sa.Column("batch_id", BigId, nullable=True),
        sa.Column("declared_grams", sa.Integer(), nullable=True),
        sa.Column("weight_flagged", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acceptance_id"],
            ["acceptances.id"],
            name=op.f("fk_business_acceptances_acceptance_id_acceptances"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["customer_batches.id"],
            name=op.f("fk_business_acceptances_batch_id_customer_batches"),
        ),
        sa.PrimaryKeyConstraint("acceptance_id", name=op.f("pk_business_acceptances")),
    )
    op.create_index(
        op.f("ix_business_acceptances_customer_code"), "business_acceptances", ["customer_code"]
    )
    op.create_index(op.f("ix_business_acceptances_batch_id"), "business_acceptances", ["batch_id"])


def downgrade() -> None:
    for table in (
        "business_acceptances",
        "customer_batch_items",
        "customer_batches",
        "account_entries",
        "customer_price_plans",
        "customers",
    ):
        op.drop_table(table)
