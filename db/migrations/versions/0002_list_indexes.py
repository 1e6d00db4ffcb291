"""Indexes for the article list's filters (status per annotator, label).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 03:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.create_index("ix_annotations_label", ["label_id", "deleted"], unique=False)
    with op.batch_alter_table("article_status") as batch_op:
        batch_op.create_index(
            "ix_article_status_annotator", ["annotator_id", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("article_status") as batch_op:
        batch_op.drop_index("ix_article_status_annotator")
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.drop_index("ix_annotations_label")
