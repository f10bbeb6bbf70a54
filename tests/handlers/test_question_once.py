"""A question's choices are remembered once answered (handlers/question_once.py), except
a choice that only shows a record: the same action is every card's Open button."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import ConversationState


def _answered(sessions) -> list[str]:
    with transaction(sessions) as s:
        state = s.scalar(select(ConversationState))
        assert state is not None
        return list((state.data or {}).get("answered") or [])


def test_an_answered_confirmation_is_remembered_but_not_its_show_choice(console, sessions):
    console.say("contact add Jon Snow")
    asked = console.say("contact delete Jon Snow")
    assert "Yes, delete" in asked and "Keep" in asked
    assert "Jon Snow" in console.say("2")  # Keep: the card
    answered = _answered(sessions)
    assert any(a.startswith("contact delete #c") for a in answered)
    assert not any(" show " in a for a in answered)  # an Open elsewhere still works
