"""Expired dedup keys, button state and questions are forgotten; fresh ones are kept."""

from __future__ import annotations

from datetime import timedelta

from conftest import NOW
from sqlalchemy import func, select

from storage.db import transaction
from storage.housekeeping import prune
from storage.models import ConversationState, ProcessedEvent
from storage.models_members import ButtonAction


def test_prune_drops_only_what_expired(sessions, ws_id, console) -> None:
    console.say("contact add Maria Lopez")  # leaves an Undo choice (a fresh question)
    with transaction(sessions) as s:
        s.add_all(
            [
                ProcessedEvent(source="slack", key="old", at=NOW - timedelta(days=8)),
                ProcessedEvent(source="slack", key="new", at=NOW - timedelta(hours=1)),
                ButtonAction(
                    workspace_id=ws_id,
                    token="oldtoken00000000",
                    action="help",
                    created_at=NOW - timedelta(days=31),
                ),
            ]
        )
    with transaction(sessions) as s:
        counts = prune(s, NOW)
    assert counts == {
        "processed_events": 1,
        "button_actions": 1,
        "conversation_state": 0,
        "slack_oauth_states": 0,
        "unfiled_documents": 0,
    }
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(ProcessedEvent)) == 1
        assert s.scalar(select(func.count()).select_from(ConversationState)) == 1
    with transaction(sessions) as s:
        assert prune(s, NOW + timedelta(hours=1))["conversation_state"] == 1
