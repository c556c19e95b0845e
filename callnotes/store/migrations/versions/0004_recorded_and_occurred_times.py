"""recorded and occurred times of journal entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

A journal entry's one time, `written_at`, becomes two: `recorded_at` (when it was locked into the
record) and `occurred_at` (when what it records happened). Existing entries keep encoding 1: their old
time becomes both, so their hashes, and every chain head that left the machine, stay valid.
A draft line's time becomes `typed_at`.
"""

import sqlalchemy as sa
from alembic import op

from callnotes.store.guards import drop_guards

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_guards(op.get_bind(), "entry")  # the rows are rewritten below; env.py puts the guards back
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.alter_column("written_at", new_column_name="recorded_at")
        batch_op.add_column(sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("encoding", sa.Integer(), nullable=False, server_default="1"))
    op.execute("UPDATE entry SET occurred_at = recorded_at")
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.alter_column("occurred_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.alter_column("encoding", existing_type=sa.Integer(), server_default=None)
    with op.batch_alter_table("draftline", schema=None) as batch_op:
        batch_op.alter_column("written_at", new_column_name="typed_at")


def downgrade() -> None:
    raise NotImplementedError("callnotes does not downgrade: restore the copy made before the upgrade")
