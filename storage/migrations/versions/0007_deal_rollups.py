"""deal rollups: pipeline sums kept current by triggers on opportunities

Revision ID: 0007_deal_rollups
Revises: 0006_core_indexes
Create Date: 2026-11-26

The summaries behind `pipeline`, `forecast` and `winrate` scanned every deal of the
workspace (4 s at 1M deals on SQLite). ``deal_rollups`` holds the same sums per
(owner, stage, status, currency, probability, period month) and storage.reports reads it
instead whenever the request can be answered from those columns.

Triggers (not Python hooks) keep it current, so Core bulk writes (importer, demo,
reassign, merges) are covered too: each write subtracts the OLD row's contribution and
adds the NEW row's, with an upsert. The key expressions below must stay identical to
storage.reports.period_date/_month_of (the month a raw summary would assign).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_deal_rollups"
down_revision = "0006_core_indexes"
branch_labels = None
depends_on = None

KEY = "workspace_id, owner_id, stage, status, currency, probability, period_month"
SUMS = "n, amount_sum, entered_sum, cycle_sum, cycle_n"
# Columns whose change moves a deal between rollup rows or changes its sums.
WATCHED = (
    "workspace_id",
    "owner_id",
    "stage",
    "status",
    "currency",
    "probability",
    "close_date",
    "closed_at",
    "amount_minor",
    "stage_entered_at",
    "created_at",
    "deleted_at",
)


def _exprs(dialect: str, r: str) -> dict[str, str]:
    """SQL for one deal's rollup key and contributions; ``r`` is NEW, OLD or a table name."""
    if dialect == "sqlite":
        closed_day = f"date({r}.closed_at)"
        month = "substr({d}, 1, 7)"

        def epoch(col: str) -> str:
            return f"CAST(strftime('%s', {r}.{col}) AS INTEGER)"
    else:
        closed_day = f"CAST(timezone('UTC', {r}.closed_at) AS DATE)"
        month = "to_char({d}, 'YYYY-MM')"

        def epoch(col: str) -> str:
            return f"CAST(floor(extract(epoch FROM {r}.{col})) AS BIGINT)"

    period = (
        f"CASE WHEN {r}.status = 'open' THEN {r}.close_date "
        f"ELSE COALESCE({closed_day}, {r}.close_date) END"
    )
    won_closed = f"{r}.status = 'won' AND {r}.closed_at IS NOT NULL"
    return {
        "workspace_id": f"{r}.workspace_id",
        "owner_id": f"COALESCE({r}.owner_id, 0)",
        "stage": f"{r}.stage",
        "status": f"{r}.status",
        "currency": f"{r}.currency",
        "probability": f"COALESCE({r}.probability, -1)",
        "period_month": f"COALESCE({month.format(d=period)}, '')",
        "amount": f"COALESCE({r}.amount_minor, 0)",
        "entered": f"COALESCE({epoch('stage_entered_at')}, 0)",
        "cycle": f"CASE WHEN {won_closed} THEN "
        f"COALESCE({epoch('closed_at')} - {epoch('created_at')}, 0) ELSE 0 END",
        "cycle_n": f"CASE WHEN {won_closed} THEN 1 ELSE 0 END",
    }


def _key_list(e: dict[str, str]) -> str:
    return ", ".join(e[k] for k in KEY.split(", "))


def _bump(dialect: str, r: str, sign: int, where: str | None) -> str:
    """Upsert one deal's contribution (sign +1 or -1) into its rollup row."""
    e = _exprs(dialect, r)
    s = "" if sign > 0 else "-"
    values = (
        f"{_key_list(e)}, {sign}, {s}{e['amount']}, {s}{e['entered']}, "
        f"{s}({e['cycle']}), {s}({e['cycle_n']})"
    )
    source = f"SELECT {values} WHERE {where}" if where else f"VALUES ({values})"
    sets = ", ".join(f"{c} = deal_rollups.{c} + excluded.{c}" for c in SUMS.split(", "))
    return (
        f"INSERT INTO deal_rollups ({KEY}, {SUMS}) {source} "
        f"ON CONFLICT ({KEY}) DO UPDATE SET {sets}"
    )


def _changed(dialect: str) -> str:
    op_ = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return " OR ".join(f"OLD.{c} {op_} NEW.{c}" for c in WATCHED)


def rollup_select(dialect: str) -> str:
    """The whole rollup computed from the deals (the backfill; the tests compare with it)."""
    e = _exprs(dialect, "o")
    return (
        f"SELECT {_key_list(e)}, count(*), sum({e['amount']}), sum({e['entered']}), "
        f"sum({e['cycle']}), sum({e['cycle_n']}) "
        "FROM opportunities o WHERE o.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7"
    )


def _backfill(dialect: str) -> str:
    return f"INSERT INTO deal_rollups ({KEY}, {SUMS}) {rollup_select(dialect)}"


def _sqlite_triggers() -> list[str]:
    live_new, live_old = "NEW.deleted_at IS NULL", "OLD.deleted_at IS NULL"
    return [
        "CREATE TRIGGER deal_rollups_ins AFTER INSERT ON opportunities "
        f"WHEN {live_new} BEGIN {_bump('sqlite', 'NEW', 1, None)}; END",
        f"CREATE TRIGGER deal_rollups_upd AFTER UPDATE OF {', '.join(WATCHED)} ON opportunities "
        f"WHEN {_changed('sqlite')} BEGIN "
        f"{_bump('sqlite', 'OLD', -1, live_old)}; "
        f"{_bump('sqlite', 'NEW', 1, live_new)}; END",
        "CREATE TRIGGER deal_rollups_del AFTER DELETE ON opportunities "
        f"WHEN {live_old} BEGIN {_bump('sqlite', 'OLD', -1, None)}; END",
    ]


def _pg_triggers() -> list[str]:
    # A move touches two rollup rows; taking their locks in key order means two
    # concurrent opposite moves (a->b, b->a) queue instead of deadlocking.
    new_first = f"ROW({_key_list(_exprs('pg', 'NEW'))}) < ROW({_key_list(_exprs('pg', 'OLD'))})"
    fn = f"""
CREATE FUNCTION deal_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL
     AND {new_first} THEN
    {_bump("pg", "NEW", 1, None)};
    {_bump("pg", "OLD", -1, None)};
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
    {_bump("pg", "OLD", -1, None)};
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
    {_bump("pg", "NEW", 1, None)};
  END IF;
  RETURN NULL;
END
$$"""
    run = "FOR EACH ROW EXECUTE FUNCTION deal_rollups_apply()"
    return [
        fn,
        f"CREATE TRIGGER deal_rollups_ins AFTER INSERT ON opportunities {run}",
        f"CREATE TRIGGER deal_rollups_upd AFTER UPDATE OF {', '.join(WATCHED)} ON opportunities "
        f"FOR EACH ROW WHEN ({_changed('pg')}) EXECUTE FUNCTION deal_rollups_apply()",
        f"CREATE TRIGGER deal_rollups_del AFTER DELETE ON opportunities {run}",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "deal_rollups",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("period_month", sa.String(length=7), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.Column("amount_sum", sa.BigInteger(), nullable=False),
        sa.Column("entered_sum", sa.BigInteger(), nullable=False),
        sa.Column("cycle_sum", sa.BigInteger(), nullable=False),
        sa.Column("cycle_n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(*KEY.split(", "), name=op.f("pk_deal_rollups")),
        sqlite_with_rowid=False,  # rows live in the key's b-tree: one range read per summary
    )
    # Triggers first: on PostgreSQL creating them locks out deal writes until this
    # migration commits, so no write can slip between the backfill and the triggers.
    for sql in _sqlite_triggers() if dialect == "sqlite" else _pg_triggers():
        op.execute(sql)
    op.execute(_backfill(dialect))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in ("deal_rollups_ins", "deal_rollups_upd", "deal_rollups_del"):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON opportunities")
    if dialect != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS deal_rollups_apply()")
    op.drop_table("deal_rollups")
