"""The one lease rule of every claim queue (reminders, campaign email, sequence steps).

A row is due when it is ready and its time has come, and no live lease holds it; a row
claimed by a worker whose lease ran out (the process died) is due again, so another worker
takes it over. Each queue names its own columns; the rule is written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_


def due_or_abandoned(
    status: Any, due_at: Any, lease_until: Any, now: datetime, ready: str | Sequence[str]
) -> ColumnElement[bool]:
    """Rows to claim at ``now``: ready ones that are due and unleased, and abandoned claims."""
    is_ready = status == ready if isinstance(ready, str) else status.in_(ready)
    fresh = and_(is_ready, due_at <= now, or_(lease_until.is_(None), lease_until <= now))
    abandoned = and_(status == "claimed", lease_until <= now)
    return or_(fresh, abandoned)
