"""tombstones: what remains on record of a debtor deleted on request

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

The guards are installed again at the end of the run (see env.py), so this revision also brings the
guards that refuse INSERT OR REPLACE onto the locked tables to databases made before it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("name_sha256", sa.String(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("debtor_id"),
    )


def downgrade() -> None:
    op.drop_table("tombstone")
