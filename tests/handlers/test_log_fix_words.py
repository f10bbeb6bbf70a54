"""The log just made, fixed in words ("actually that was yesterday at 4pm", "change the note
to: …", "delete that call") and by command (``activity edit`` / ``activity delete``), each
with Undo, keeping the contact's and deal's last activity true (handlers/log_fix_words.py).

The clock is Thursday 26 Nov 2026, 11:00 in Madrid (conftest.NOW)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Contact, Opportunity

MADRID = ZoneInfo("Europe/Madrid")


def _act(sessions) -> tuple[str, str, datetime, bool]:
    with transaction(sessions) as s:
        a = s.scalars(select(Activity)).one()
        return a.type, a.body, a.occurred_at.astimezone(MADRID), a.deleted_at is not None


def _last(sessions) -> tuple[datetime | None, datetime | None]:
    with transaction(sessions) as s:
        c = s.scalars(select(Contact)).one()
        d = s.scalars(select(Opportunity)).one()
        return c.last_activity_at, d.last_activity_at


def test_a_log_moved_to_yesterday_renamed_and_deleted_in_words(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k account=Acme contact=Maria Lopez")
    assert "Logged call" in console.say("called maria, she wants a quote")
    out = console.say("actually that was yesterday at 4pm")
    assert "Activity updated" in out
    kind, body, at, gone = _act(sessions)
    assert (kind, body) == ("call", "called maria, she wants a quote")
    assert at == datetime(2026, 11, 25, 16, 0, tzinfo=MADRID) and not gone
    contact_last, deal_last = _last(sessions)  # both follow the call back in time
    assert contact_last is not None and contact_last.astimezone(MADRID) == at
    assert deal_last is not None and deal_last.astimezone(MADRID) == at
    console.say("change the note to: wants a quote for 40 seats")
    assert _act(sessions)[1] == "wants a quote for 40 seats"
    assert "Deleted the call" in console.say("delete that call")
    assert _act(sessions)[3] is True
    assert _last(sessions) == (None, None)  # no activity left: nothing to count from
    assert "Undone" in console.say("undo")
    assert _act(sessions)[3] is False and _last(sessions)[0] is not None


def test_commands_and_what_they_refuse(console, sessions):
    console.say("contact add Maria Lopez")
    console.say("log call Maria Lopez: wants a quote")
    assert "Activity updated" in console.say("activity edit 1 type=meeting")
    assert _act(sessions)[0] == "meeting"
    assert "Say what to change" in console.say("activity edit 1")
    assert "still ahead" in console.say("activity edit 1 when=tomorrow 9am")  # never ahead
    assert "no activity 7" in console.say("activity delete 7")


def test_with_no_log_just_made_it_says_how(console, sessions):
    console.say("contact add Maria Lopez")
    out = console.say("actually that was yesterday")
    assert "nothing changed" in out and "activity edit N when=" in out


def test_another_members_log_is_theirs_to_change(console, sessions, console_bob):
    console.say("contact add Maria Lopez")
    console.say("log call Maria Lopez: wants a quote")
    out = console_bob.say("activity edit 1 note=rewritten")
    assert "only" in out and "or an admin can edit activity #1" in out
    assert _act(sessions)[1] == "wants a quote"
