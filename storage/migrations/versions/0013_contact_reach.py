"""contact reach: a contact's country, time zone and Telegram username (issue 14)

Segments and campaigns filter on where a person is (``country=``, ``tz=``) and whether
they can be reached on Telegram (``has=telegram``); until now ``country=`` meant the
account's region and a contact had no zone or Telegram handle of its own.

Revision ID: 0013_contact_reach
Revises: 0012_cases
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_contact_reach"
down_revision = "0012_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("country", sa.String(2), nullable=True))
    op.add_column("contacts", sa.Column("timezone", sa.String(64), nullable=True))
    op.add_column("contacts", sa.Column("telegram", sa.String(64), nullable=True))
    op.create_index("ix_contacts_ws_country", "contacts", ["workspace_id", "country"])


def downgrade() -> None:
    op.drop_index("ix_contacts_ws_country", "contacts")
    with op.batch_alter_table("contacts") as b:
        b.drop_column("telegram")
        b.drop_column("timezone")
        b.drop_column("country")
