"""A button pressed a day after its question reads the question's words as of then.

Was: "Yes, remind me" under "Shall I remind you to remind the team … tomorrow 3pm?",
pressed the next morning, read "tomorrow" again at the press: the reminder was set a day
later than said, and nothing told (handlers/press_time.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from slack_harness import Harness, blocks_text, count, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Reminder

pytestmark = [pytest.mark.slow]


def _button(post: object, label: str) -> str:
    blocks = post.params["blocks"]  # type: ignore[attr-defined]
    return next(
        e["value"]
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["text"]["text"] == label
    )


async def test_yes_pressed_next_day_keeps_the_day_said(slack: Harness, sessions, clock):
    asked_at = clock.now  # Thu 26 Nov 11:00 in Madrid
    await slack.dm("remind the team to send their expenses tomorrow 3pm", event_id="EvOld1")
    post = (await slack.fake.wait_for("chat.postMessage", 1))[-1]
    assert "Shall I remind you" in blocks_text(post.params["blocks"])
    yes = _button(post, "Yes, remind me")

    clock.advance(hours=22)  # Fri 27 Nov 09:00 in Madrid: "tomorrow" now means Saturday
    await slack.click(yes, channel="D111", ts=f"{asked_at.timestamp():.6f}")
    done = (await slack.fake.wait_for("chat.update", 1))[-1]
    shown = blocks_text(done.params["blocks"])
    assert "This button is from Thu 26 Nov 11:00" in shown and "'tomorrow 3pm'" in shown
    with transaction(sessions) as s:
        due = s.scalars(select(Reminder.due_at)).one()
    assert due.replace(tzinfo=UTC) == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)  # Fri 15:00


async def test_a_fresh_press_is_read_as_it_always_was(slack: Harness, sessions, clock):
    await slack.dm("remind the team to send their expenses tomorrow 3pm", event_id="EvOld2")
    post = (await slack.fake.wait_for("chat.postMessage", 1))[-1]
    clock.advance(minutes=2)
    await slack.click(
        _button(post, "Yes, remind me"), channel="D111", ts=f"{clock.now.timestamp() - 120:.6f}"
    )
    done = (await slack.fake.wait_for("chat.update", 1))[-1]
    assert "This button is from" not in blocks_text(done.params["blocks"])
    with transaction(sessions) as s:
        due = s.scalars(select(Reminder.due_at)).one()
    assert due.replace(tzinfo=UTC) == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)


async def test_a_dropped_questions_buttons_answer_it_once(slack: Harness, sessions):
    """ "which Maria?", then another message first: the question's choices come back as ↩️
    buttons under that reply. Was: ↩️ Maria Lopez, then Maria Lopez under the question
    itself (two messages, each a first press), logged the call twice."""
    for n, name in enumerate(("Maria Lopez", "Maria Garcia"), start=1):
        await slack.command(f"contact add {name} account={name.split()[1]}")
        await slack.fake.wait_for("response_url", n)
    await slack.dm("log call Maria: asked for a quote", event_id="EvDrop1")
    question = (await slack.fake.wait_for("chat.postMessage", 1))[-1]
    await slack.dm("remind me to call Jon tomorrow 9am", event_id="EvDrop2")
    later = (await slack.fake.wait_for("chat.postMessage", 2))[-1]
    again = _button(later, "↩️ Maria Lopez (Lopez)")
    assert again == _button(question, "Maria Lopez (Lopez)")

    await slack.click(again, channel="D111", ts=later.params.get("ts") or "1700000002.000100")
    await slack.fake.wait_for("chat.update", 1)
    assert count(sessions, Activity) == 1
    n = len(slack.fake.of("response_url"))
    await slack.click(again, channel="D111", ts="1700000001.000100")  # the question's own
    popup = (await slack.fake.wait_for("response_url", n + 1))[-1]
    assert "already answered" in popup.params["text"]
    assert count(sessions, Activity) == 1


async def test_a_notes_time_words_stay_as_typed_on_a_late_press(slack: Harness, sessions, clock):
    """Only a reminder's time is read as of the question: a note keeps its words ("called
    at 3" is what was typed, never "called 2026-11-26 15:00")."""
    for n, name in enumerate(("Maria Lopez", "Maria Garcia"), start=1):
        await slack.command(f"contact add {name} account={name.split()[1]}")
        await slack.fake.wait_for("response_url", n)
    asked_at = clock.now
    await slack.dm("log call Maria: she called at 3, wants 2 demos", event_id="EvNote1")
    question = (await slack.fake.wait_for("chat.postMessage", 1))[-1]
    clock.advance(days=1)
    await slack.click(
        _button(question, "Maria Lopez (Lopez)"), channel="D111", ts=f"{asked_at.timestamp():.6f}"
    )
    done = blocks_text((await slack.fake.wait_for("chat.update", 1))[-1].params["blocks"])
    assert "she called at 3, wants 2 demos" in done and "This button is from" not in done
    with transaction(sessions) as s:
        assert s.scalars(select(Activity.body)).one() == "she called at 3, wants 2 demos"
