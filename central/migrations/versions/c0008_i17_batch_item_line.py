"""A batch item's line on the customer's list, so a closed batch reads in list order (issue 17)

Revision ID: i17_batch_item_line
Revises: i17_customers
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "i17_batch_item_line"
down_revision = "i17_customers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_batch_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("line", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customer_batch_items", schema=None) as batch_op:
        batch_op.drop_column("line")
