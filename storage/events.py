"""Idempotency of platform deliveries: each (source, key) is handled once.

One function for every platform: a Slack ``event_id`` or request signature, a Telegram
``update_id``. The key is claimed in its own short transaction *before* the core runs,
so a retry that arrives while the first delivery is still being processed is dropped
too (at most once, never twice). Housekeeping prunes old keys.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from storage.db import transaction
from storage.models import ProcessedEvent
from storage.types import utcnow

KEY_LENGTH = 120  # the column's width; longer keys (request signatures) are cut


def claim_event(
    sessions: sessionmaker[Session], source: str, key: str, now: datetime | None = None
) -> bool:
    """True the first time (source, key) is seen; False for a redelivery."""
    try:
        with transaction(sessions) as s:
            s.add(ProcessedEvent(source=source, key=key[:KEY_LENGTH], at=now or utcnow()))
        return True
    except IntegrityError:
        return False
