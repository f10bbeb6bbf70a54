"""scoring: each contact's stored lead score, and a workspace's learned win model (issue 15)

Revision ID: 0014_scoring
Revises: 0012_cases
Create Date: 2026-12-06

Scores are filled by the application (the periodic scoring job scores every contact that
has none), not here: a migration stays plain DDL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0014_scoring"
down_revision = "0013_contact_reach"
branch_labels = None
depends_on = None

TS = storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "contact_scores",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("fit", sa.Integer(), nullable=False),
        sa.Column("engagement", sa.Integer(), nullable=False),
        sa.Column("eng_raw", sa.Float(), nullable=False),
        sa.Column("unanswered_since", TS, nullable=True),
        sa.Column("computed_at", TS, nullable=False),
        sa.Column("full_at", TS, nullable=False),
        sa.Column("above", sa.Boolean(), nullable=False),
        sa.Column("next_change_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"],
            name="fk_contact_scores_contact_id_contacts", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"],
            name="fk_contact_scores_workspace_id_workspaces", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", name="pk_contact_scores"),
    )  # fmt: skip
    op.create_index("ix_contact_scores_ws_score", "contact_scores", ["workspace_id", "score"])
    op.create_index(
        "ix_contact_scores_ws_next", "contact_scores", ["workspace_id", "next_change_at"]
    )
    op.create_table(
        "score_models",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("trained_at", TS, nullable=False),
        sa.Column("won", sa.Integer(), nullable=False),
        sa.Column("lost", sa.Integer(), nullable=False),
        sa.Column("model", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspaces.id"],
            name="fk_score_models_workspace_id_workspaces", ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workspace_id", name="pk_score_models"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("score_models")
    op.drop_index("ix_contact_scores_ws_next", "contact_scores")
    op.drop_index("ix_contact_scores_ws_score", "contact_scores")
    op.drop_table("contact_scores")
