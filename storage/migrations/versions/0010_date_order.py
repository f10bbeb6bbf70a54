"""users.date_order: how a numeric date like 3/4 is read for this user

Revision ID: 0010_date_order
Revises: 0008_contact_channels
Create Date: 2026-12-06

"dmy" or "mdy" (set with `me dates`); NULL means not set, and then a date with two
readings (3/4) is asked about instead of guessed from the language or the time zone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_date_order"
down_revision = "0008_contact_channels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("date_order", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("date_order")
