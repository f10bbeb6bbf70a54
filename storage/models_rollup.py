"""The pipeline rollup: deal sums per (owner, stage, status, currency, probability, month).

`pipeline` used to aggregate every deal of the workspace on each request (linear in the
deals). This table holds the same sums, grouped by every column a summary can group or
filter on, so the summary reads a few hundred rows whatever the number of deals.

It is written ONLY by database triggers on ``opportunities`` (migration 0007_deal_rollups):
every path (ORM, Core bulk inserts/updates in the importer and the demo, reassign, merges,
undo, erasure) is covered without any Python hook. Never write it from Python.

NULLs are replaced by sentinels so that the primary key (and the upsert's conflict target)
treats them as equal on SQLite and PostgreSQL alike: ``owner_id`` 0 = no owner,
``probability`` -1 = the stage's default, ``period_month`` '' = no date.
There is deliberately no foreign key to workspaces: a cascade delete of a workspace deletes
its deals, whose triggers then bring these rows to zero; a foreign key would make those
trigger writes fail half-way through the cascade.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base

NO_OWNER = 0
STAGE_DEFAULT = -1
NO_MONTH = ""


class DealRollup(Base):
    """Sums of the live (not soft-deleted) deals sharing one key; rows may net to n = 0."""

    __tablename__ = "deal_rollups"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (read by SQLAlchemy)
    workspace_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(8), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    probability: Mapped[int] = mapped_column(Integer, primary_key=True)
    # 'YYYY-MM' of storage.reports.period_date (expected close if open, else closed), or ''.
    period_month: Mapped[str] = mapped_column(String(7), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
    amount_sum: Mapped[int] = mapped_column(BigInteger, default=0)  # minor units
    entered_sum: Mapped[int] = mapped_column(BigInteger, default=0)  # stage_entered_at, epoch s
    cycle_sum: Mapped[int] = mapped_column(BigInteger, default=0)  # closed-created, won, s
    cycle_n: Mapped[int] = mapped_column(BigInteger, default=0)  # won deals with closed_at
