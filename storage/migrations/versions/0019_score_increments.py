"""score increments: what a stored score needs to take a write's points without a re-read

``last_signal_at``: the latest reply, call, meeting, visit, campaign response or deal among
the contact's events (the no-reply penalty counts emails after it); ``events_until``: no
event read at the last full computation is later than this (an event dated after its
computation would not decay by one factor from there). Both NULL on rows computed before
this revision: those are recomputed in full at their next write (storage.scoring_increment).

Revision ID: 0019_score_increments
Revises: 0018_contact_name_account
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0019_score_increments"
down_revision = "0018_contact_name_account"
branch_labels = None
depends_on = None


def _dt() -> storage.types.UTCDateTime:
    return storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("contact_scores") as batch:
        batch.add_column(sa.Column("last_signal_at", _dt(), nullable=True))
        batch.add_column(sa.Column("events_until", _dt(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact_scores") as batch:
        batch.drop_column("events_until")
        batch.drop_column("last_signal_at")
