"""A time corrected in the next message ("actually make it monday 11am"): the open question's
message is read again with it, or the reminder just set moves to it (handlers/amend.py).

The clock is Thursday 26 Nov 2026, 11:00 in Madrid (conftest.NOW)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Reminder

MADRID = ZoneInfo("Europe/Madrid")


def _reminders(sessions) -> dict[str, tuple[datetime, str, int | None]]:
    with transaction(sessions) as s:
        rows = s.scalars(select(Reminder).order_by(Reminder.id))
        return {r.text: (r.due_at.astimezone(MADRID), r.status, r.linked_id) for r in rows}


def test_a_correction_while_asked_which_person_retells_the_message(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Chen account=Initech")
    assert "Which one?" in console.say("remind me to call maria back friday")
    out = console.say("actually make it monday 11am")
    assert "Read your last message again with the new time" in out
    assert "monday 11am" in out and "Which one?" in out  # still asked: nothing guessed
    assert "Reminder set" in console.say("2")
    assert _reminders(sessions) == {
        "call maria back": (datetime(2026, 11, 30, 11, 0, tzinfo=MADRID), "pending", 2)
    }


def test_a_time_of_day_alone_moves_the_reminder_just_set_on_its_own_day(console, sessions):
    console.say("remind me to send the deck tomorrow at 10")
    out = console.say("actually make it 4pm")
    assert "#r1 moved from" in out and "Fri 27 Nov" in out and "16:00" in out
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 27, 16, 0, tzinfo=MADRID)
    # earlier than it was is fine too (a snooze only postpones), and so is a new day
    console.say("no, make it 9am")
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 27, 9, 0, tzinfo=MADRID)
    console.say("sorry, I meant monday at 10")
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 30, 10, 0, tzinfo=MADRID)
    assert "Undone" in console.say("undo")
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 27, 9, 0, tzinfo=MADRID)
    assert len(_reminders(sessions)) == 1  # moved, never a second reminder


def test_a_logs_follow_up_is_corrected(console, sessions):
    console.say("contact add Hank Scorpio")
    out = console.say("called Hank Scorpio, he wants a demo, follow up thursday")
    assert "Logged call" in out
    console.say("oops, make that friday 2pm")
    ((due, status, _),) = _reminders(sessions).values()
    assert (due, status) == (datetime(2026, 11, 27, 14, 0, tzinfo=MADRID), "pending")
    with transaction(sessions) as s:
        assert len(s.scalars(select(Activity)).all()) == 1  # the call is logged once


def test_an_offer_not_taken_is_retold_with_the_new_time(console, sessions):
    assert "Create contact 'hank' and log" in console.say(
        "called hank, he wants a demo, follow up thursday"
    )
    out = console.say("sorry, make that friday 2pm")
    assert "Read your last message again" in out and "friday 2pm" in out
    assert "Logged call" in console.say("1")
    ((due, _, _),) = _reminders(sessions).values()
    assert due == datetime(2026, 11, 27, 14, 0, tzinfo=MADRID)


def test_what_is_not_a_correction_is_read_as_usual(console, sessions, clock):
    console.say("remind me to send the deck tomorrow at 10")
    console.say("make it a demo on monday")  # more than a time: not a correction
    console.say("monday 11am")  # a time alone, with no correcting word
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 27, 10, 0, tzinfo=MADRID)
    clock.advance(minutes=11)  # past the undo window: nothing recent to correct
    console.say("actually make it 4pm")
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 27, 10, 0, tzinfo=MADRID)


def test_nothing_to_correct_writes_nothing(console, sessions):
    console.say("contact add Zed One")  # a change, but no reminder in it
    console.say("actually make it 4pm")
    assert _reminders(sessions) == {}


def test_reminders_move_command(console, sessions):
    console.say("remind me friday 3pm: call Bob")
    out = console.say("reminders move 1 tomorrow 9am")
    assert "#r1 moved from" in out and "Undo" in out
    assert _reminders(sessions)["call Bob"][0] == datetime(2026, 11, 27, 9, 0, tzinfo=MADRID)
    assert "has passed" in console.say("reminders move 1 2026-11-20 09:00")
    console.say("reminders done 1")
    assert "already done" in console.say("reminders move 1 monday 9am")
    assert "Which reminder?" in console.say("reminders move monday")


def test_a_correction_not_read_is_never_retold_by_the_next(console, sessions):
    """ "actually make it 11" (no am/pm: not read) was kept as the message a question was
    about, so "actually make it 11am" then retold "actually make it 11 11am"."""
    console.say("remind me to send the deck tomorrow at 10")
    assert "moved" not in console.say("actually make it a bit later")
    out = console.say("actually make it 11am")
    assert "#r1 moved from" in out and "Read your last message again" not in out
    assert _reminders(sessions)["send the deck"][0] == datetime(2026, 11, 27, 11, 0, tzinfo=MADRID)


def test_a_bare_hour_or_a_day_alone_keeps_the_other_half(console, sessions):
    """ "actually make it 3" was not understood, and "no wait, thursday" moved a 14:00
    reminder to Thursday 09:00: the time said before silently lost."""
    console.say("remind me to call globex tomorrow at 2pm")
    assert "#r1 moved from" in console.say("actually make it 3")
    assert _reminders(sessions)["call globex"][0] == datetime(2026, 11, 27, 15, 0, tzinfo=MADRID)
    assert "#r1 moved from" in console.say("no wait, monday")
    assert _reminders(sessions)["call globex"][0] == datetime(2026, 11, 30, 15, 0, tzinfo=MADRID)
    console.say("make it friday 10am")  # both said: both used
    assert _reminders(sessions)["call globex"][0] == datetime(2026, 11, 27, 10, 0, tzinfo=MADRID)
