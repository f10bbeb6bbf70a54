"""Housekeeping: forget what only mattered for a while (dedup keys, button state, questions).

Run hourly by the reminder loop; each delete is an indexed range on a timestamp.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import column, delete, table
from sqlalchemy.orm import Session

from storage.models import ConversationState, ProcessedEvent
from storage.models_members import ButtonAction

# Slack retries within minutes and Telegram keeps updates for 24 h: a week is plenty.
EVENT_KEYS_KEPT = timedelta(days=7)
# slack_sdk's table (migration 0002_slack), named here without importing slack_sdk.
OAUTH_STATES = table("slack_oauth_states", column("expire_at"))
# Buttons older than this answer "this button has expired" (the message is long gone).
BUTTONS_KEPT = timedelta(days=30)


def prune(session: Session, now: datetime) -> dict[str, int]:
    counts = {}
    naive = now.astimezone(UTC).replace(tzinfo=None)
    for label, stmt in (
        (
            "processed_events",
            delete(ProcessedEvent).where(ProcessedEvent.at < now - EVENT_KEYS_KEPT),
        ),
        (
            "button_actions",
            delete(ButtonAction).where(ButtonAction.created_at < now - BUTTONS_KEPT),
        ),
        ("conversation_state", delete(ConversationState).where(ConversationState.expires_at < now)),
        # bolt's OAuth states (GET /slack/install), naive UTC as slack_sdk writes them.
        ("slack_oauth_states", delete(OAUTH_STATES).where(OAUTH_STATES.c.expire_at < naive)),
    ):
        counts[label] = session.execute(stmt).rowcount or 0  # type: ignore[attr-defined]
    from storage.documents import prune_unfiled

    counts["unfiled_documents"] = prune_unfiled(session, now)
    return counts
