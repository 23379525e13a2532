"""Rumour threads: the grouping-key index on claims, the thread cache and per-outlet reports.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claims_subject_id_type_club_id_published"),
            ["subject_id", "type", "club_id", "published"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_claims_stage"), ["stage"], unique=False)

    op.create_table(
        "threads",
        sa.Column("id", sa.String(length=620), nullable=False),
        sa.Column("subject_id", sa.String(length=255), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=True),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("club_id", sa.String(length=255), nullable=False),
        sa.Column("club", sa.String(length=300), nullable=False),
        sa.Column("first_published", sa.Date(), nullable=True),
        sa.Column("last_published", sa.Date(), nullable=True),
        sa.Column("first_article_id", sa.String(length=255), nullable=True),
        sa.Column("first_outlet", sa.String(length=300), nullable=True),
        sa.Column("first_origin", sa.String(length=300), nullable=True),
        sa.Column("furthest_stage", sa.String(length=16), nullable=False),
        sa.Column("latest_stage", sa.String(length=16), nullable=False),
        sa.Column("n_claims", sa.Integer(), nullable=False),
        sa.Column("n_articles", sa.Integer(), nullable=False),
        sa.Column("n_outlets", sa.Integer(), nullable=False),
        sa.Column("n_independent", sa.Integer(), nullable=False),
        sa.Column("n_copies", sa.Integer(), nullable=False),
        sa.Column("n_off", sa.Integer(), nullable=False),
        sa.Column("hedged_share", sa.Float(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_threads")),
    )
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_threads_club_id_type"), ["club_id", "type"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_last_published"), ["last_published"], unique=False)
        batch_op.create_index(batch_op.f("ix_threads_subject_id_type"), ["subject_id", "type"], unique=False)

    op.create_table(
        "thread_reports",
        sa.Column("thread_id", sa.String(length=620), nullable=False),
        sa.Column("outlet_key", sa.String(length=320), nullable=False),
        sa.Column("outlet", sa.String(length=300), nullable=False),
        sa.Column("outlet_id", sa.String(length=255), nullable=True),
        sa.Column("first_published", sa.Date(), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("relation", sa.String(length=8), nullable=False),
        sa.Column("n_claims", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["thread_id"], ["threads.id"], name=op.f("fk_thread_reports_thread_id_threads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("thread_id", "outlet_key", name=op.f("pk_thread_reports")),
    )
    with op.batch_alter_table("thread_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_thread_reports_outlet_key"), ["outlet_key"], unique=False)

    op.create_table(
        "thread_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_thread_state")),
    )


def downgrade() -> None:
    op.drop_table("thread_state")
    with op.batch_alter_table("thread_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thread_reports_outlet_key"))
    op.drop_table("thread_reports")
    with op.batch_alter_table("threads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_threads_subject_id_type"))
        batch_op.drop_index(batch_op.f("ix_threads_last_published"))
        batch_op.drop_index(batch_op.f("ix_threads_club_id_type"))
    op.drop_table("threads")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_stage"))
        batch_op.drop_index(batch_op.f("ix_claims_subject_id_type_club_id_published"))
