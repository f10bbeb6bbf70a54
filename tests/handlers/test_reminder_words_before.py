"""A reminder named by the words before the noun: "stop the friday reminder", "cancel my
weekly pipeline reminder", "delete the deck reminder" (handlers/reminder_words.py). They were
not understood; a day keeps the reminders due that day, "weekly" the repeating ones.

The clock is Thursday 26 Nov 2026, 11:00 in Madrid (conftest.NOW)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Reminder


def _open(sessions) -> list[str]:
    with transaction(sessions) as s:
        return [
            r.text
            for r in s.scalars(
                select(Reminder).where(Reminder.status == "pending").order_by(Reminder.id)
            )
        ]


def test_day_repeat_and_words_before_reminder(console, sessions):
    console.say("remind me every friday at 4 to update the pipeline")
    console.say("remind me friday at 10 to send the deck")
    console.say("remind me tomorrow at 9 to call the bank")  # Friday 27 Nov too
    console.say("remind me monday at 9 to review the pipeline")
    out = console.say("stop the weekly pipeline reminder")
    assert "Cancelled: update the pipeline" in out
    assert _open(sessions) == ["send the deck", "call the bank", "review the pipeline"]
    out = console.say("cancel the friday reminder")  # two on Friday: asked, nothing cancelled
    assert "Which one?" in out and len(_open(sessions)) == 3
    assert "Cancelled: send the deck" in console.say("delete the deck reminder")
    out = console.say("mark the monday reminder done")
    assert "review the pipeline" in out
    assert _open(sessions) == ["call the bank"]
    out = console.say("stop the weekly reminder")
    assert "None of your open reminders" in out
