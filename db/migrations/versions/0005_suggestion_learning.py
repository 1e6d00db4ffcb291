"""Learning from suggestion decisions: what was decided about which text, and learned models
(issue 15, ADR 0030).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs with constant defaults: SQLite adds them in place (no table copy that
    # would trip the foreign keys on the table).
    op.add_column(
        "suggestion_decisions", sa.Column("quote", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "suggestion_decisions",
        sa.Column("detector", sa.String(length=32), nullable=False, server_default=""),
    )
    op.add_column("suggestion_decisions", sa.Column("confidence", sa.Float(), nullable=True))
    op.add_column("suggestion_decisions", sa.Column("features", sa.JSON(), nullable=True))
    op.create_index(
        "ix_suggestion_decisions_annotator",
        "suggestion_decisions",
        ["annotator_id", "label_id", "decision"],
        unique=False,
    )
    # The quote of every decision made before: the text it was made about.
    decisions = sa.table(
        "suggestion_decisions",
        sa.column("id", sa.Integer()),
        sa.column("article_id", sa.Integer()),
        sa.column("start", sa.Integer()),
        sa.column("end", sa.Integer()),
        sa.column("quote", sa.Text()),
    )
    articles = sa.table("articles", sa.column("id", sa.Integer()), sa.column("text", sa.Text()))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(decisions.c.id, decisions.c.start, decisions.c.end, articles.c.text).join(
            articles, articles.c.id == decisions.c.article_id
        )
    ).all()
    for decision_id, start, end, text in rows:
        conn.execute(
            decisions.update().where(decisions.c.id == decision_id).values(quote=text[start:end])
        )
    op.create_table(
        "suggestion_models",
        sa.Column("label_id", sa.String(length=64), nullable=False),
        sa.Column("trained", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decisions", sa.Integer(), nullable=False),
        sa.Column("weights", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["label_id"],
            ["labels.id"],
            name=op.f("fk_suggestion_models_label_id_labels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("label_id", name=op.f("pk_suggestion_models")),
    )


def downgrade() -> None:
    op.drop_table("suggestion_models")
    op.drop_index("ix_suggestion_decisions_annotator", table_name="suggestion_decisions")
    with op.batch_alter_table("suggestion_decisions") as batch_op:
        batch_op.drop_column("features")
        batch_op.drop_column("confidence")
        batch_op.drop_column("detector")
        batch_op.drop_column("quote")
