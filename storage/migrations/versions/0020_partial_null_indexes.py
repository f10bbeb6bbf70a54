"""partial indexes on mostly-empty columns: a row without the value is not indexed

Eight indexes serve only lookups that name a value of their column (``email_key = ?``,
``account_id = ?``/``IN``, ``birthday_md IN``, ``campaign_id = ?``, ``country IN``): never
``IS NULL``. A contact written from a chat usually has no account, e-mail, birthday,
campaign or country yet, and its deal and activity no account, yet every insert put a NULL
entry into each of these indexes: on SQLite a page of the write-ahead log a commit per index
(8 of the service unit's 45, issue 18), on PostgreSQL an index insertion each. As partial
indexes (``WHERE column IS NOT NULL``) they hold only the rows that have the value, and both
planners still use them for every lookup that names one (a comparison implies NOT NULL):
checked with EXPLAIN QUERY PLAN in tests/storage/test_query_plans.py. Results are the same
(an index never changes them).

Revision ID: 0020_partial_null_indexes
Revises: 0019_score_increments
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_partial_null_indexes"
down_revision = "0019_score_increments"
branch_labels = None
depends_on = None

# (table, index, columns, the column that may be NULL)
PARTIAL = (
    ("contacts", "ix_contacts_ws_email_key", ["workspace_id", "email_key"], "email_key"),
    ("contacts", "ix_contacts_ws_account", ["workspace_id", "account_id"], "account_id"),
    ("contacts", "ix_contacts_ws_birthday_md", ["workspace_id", "birthday_md"], "birthday_md"),
    ("contacts", "ix_contacts_ws_country", ["workspace_id", "country"], "country"),
    ("contacts", "ix_contacts_campaign_id", ["campaign_id"], "campaign_id"),
    ("opportunities", "ix_opps_ws_account", ["workspace_id", "account_id"], "account_id"),
    ("opportunities", "ix_opportunities_campaign_id", ["campaign_id"], "campaign_id"),
    (
        "activities",
        "ix_activities_ws_account",
        ["workspace_id", "account_id", "occurred_at"],
        "account_id",
    ),
)


def upgrade() -> None:
    for table, name, cols, col in PARTIAL:
        where = sa.text(f"{col} IS NOT NULL")
        op.drop_index(name, table_name=table)
        op.create_index(name, table, cols, sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for table, name, cols, _col in PARTIAL:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, cols)
