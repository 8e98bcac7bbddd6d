"""Every piece is a postal item: content lines belong to a piece; Latin-script forms

Existing acceptances keep their data: every stored content line goes to the first piece
(``piece_seq = 1``), which is what the documents of the previous release showed, and no
Latin forms are stored (the documents transliterate the originals).

Revision ID: i10_items
Revises: i12a_security
"""

import sqlalchemy as sa
from alembic import op

revision = "i10_items"
down_revision = "i12a_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customs_lines", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("piece_seq", sa.Integer(), nullable=False, server_default="1")
        )
        batch_op.add_column(
            sa.Column("description_latin", sa.Text(), nullable=False, server_default="")
        )
    with op.batch_alter_table("acceptances", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("parties_latin", sa.Text(), nullable=False, server_default="{}")
        )


def downgrade() -> None:
    with op.batch_alter_table("acceptances", schema=None) as batch_op:
        batch_op.drop_column("parties_latin")
    with op.batch_alter_table("customs_lines", schema=None) as batch_op:
        batch_op.drop_column("description_latin")
        batch_op.drop_column("piece_seq")
