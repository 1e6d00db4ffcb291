"""Team work: merge bases for exact conflict detection, retired labels (ADR 0080, 0082).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "merge_bases",
        sa.Column("peer", sa.String(length=36), nullable=False),
        sa.Column("annotation_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("peer", "annotation_id", name=op.f("pk_merge_bases")),
    )
    # A plain ADD COLUMN: SQLite adds a column with a constant default in place, while a
    # batch copy of ``labels`` would trip the foreign keys that annotations hold on it.
    op.add_column(
        "labels", sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    with op.batch_alter_table("labels") as batch_op:
        batch_op.drop_column("retired")
    op.drop_table("merge_bases")
