"""A person corrected in the next message ("sorry, I meant Tom, not John"): the log just made
moves onto that person with its follow-up, with Undo; an open question's message is read
again with the name swapped (handlers/amend.py, ``activity contact``).

The clock is Thursday 26 Nov 2026, 11:00 in Madrid (conftest.NOW)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Contact, Reminder


def _state(sessions) -> tuple[list[tuple[int | None, int | None]], list[tuple[str, int | None]]]:
    """(contact, deal) of every activity; (text, linked contact) of every reminder."""
    with transaction(sessions) as s:
        acts = [(a.contact_id, a.opportunity_id) for a in s.scalars(select(Activity))]
        rems = [(r.text, r.linked_id) for r in s.scalars(select(Reminder))]
        return acts, rems


def _last_activity(sessions, name: str):
    with transaction(sessions) as s:
        return s.scalars(select(Contact.last_activity_at).where(Contact.name == name)).one()


def test_i_meant_tom_moves_the_log_and_its_follow_up_and_undo_puts_it_back(console, sessions):
    console.say("contact add John Smith account=Acme")  # c1
    console.say("contact add Tom Baker account=Acme")  # c2
    assert "Logged call" in console.say("called john, wants a demo, follow up friday")
    before = _state(sessions)
    assert before == ([(1, None)], [("Follow up John Smith (Acme): called john, wants a demo", 1)])
    out = console.say("sorry I meant tom, not john")
    assert "Moved the call onto Tom Baker (Acme)" in out
    assert "Follow up Tom Baker (Acme)" in out
    assert _state(sessions) == (
        [(2, None)],
        [("Follow up Tom Baker (Acme): called Tom Baker, wants a demo", 2)],
    )
    with transaction(sessions) as s:  # the note names who was called, as meant
        assert s.scalars(select(Activity.body)).one() == "called Tom Baker, wants a demo"
    assert _last_activity(sessions, "John Smith") is None  # John was never called
    assert _last_activity(sessions, "Tom Baker") is not None
    assert "Undone" in console.say("undo")
    assert _state(sessions) == before
    with transaction(sessions) as s:
        assert s.scalars(select(Activity.body)).one() == "called john, wants a demo"
    assert _last_activity(sessions, "John Smith") is not None
    assert _last_activity(sessions, "Tom Baker") is None


def test_other_ways_of_saying_it(console, sessions):
    console.say("contact add John Smith")
    console.say("contact add Tom Baker")
    console.say("contact add Ana Ruiz")
    console.say("met john for coffee")
    assert "onto Tom Baker" in console.say("oops it was tom not john")
    assert "onto Ana Ruiz" in console.say("no, not tom: ana")
    assert "onto John Smith" in console.say("actually I meant John Smith")
    assert _state(sessions)[0] == [(1, None)]  # one log, moved three times, never copied


def test_the_deal_of_the_wrong_person_is_swapped_for_the_right_ones(console, sessions):
    console.say("contact add John Smith account=Acme")
    console.say("contact add Tom Baker account=Globex")
    console.say("deal add Acme renewal account=Acme contact=John Smith amount=10k")
    console.say("deal add Globex pilot account=Globex contact=Tom Baker amount=5k")
    console.say("called john about pricing")
    assert _state(sessions)[0] == [(1, 1)]
    out = console.say("sorry I meant tom")
    assert "on the deal Globex pilot" in out
    assert _state(sessions)[0] == [(2, 2)]
    with transaction(sessions) as s:
        act = s.scalars(select(Activity)).one()
        assert act.account_id is not None
        assert s.get(Contact, 2).account_id == act.account_id  # the account follows


def test_a_name_that_is_not_on_the_log_changes_nothing_and_says_so(console, sessions):
    console.say("contact add John Smith")
    console.say("contact add Tom Baker")
    console.say("called john, wants a demo")
    out = console.say("sorry, not bob: tom")
    assert "Your last log is on John Smith, not bob; nothing changed" in out
    assert "activity contact 1 tom" in out
    assert _state(sessions)[0] == [(1, None)]


def test_with_nothing_just_logged_it_says_how_instead_of_guessing(console, sessions):
    console.say("contact add Tom Baker")
    out = console.say("sorry I meant tom")
    assert "nothing changed" in out and "activity contact N tom" in out
    assert _state(sessions) == ([], [])


def test_while_asked_which_john_the_message_is_read_again_with_the_name(console, sessions):
    console.say("contact add John Smith account=Acme")
    console.say("contact add John Doe account=Initech")
    console.say("contact add Tom Baker account=Acme")
    assert "Which one?" in console.say("remind me to call john back friday")
    out = console.say("sorry I meant tom, not john")
    assert "Read your last message again with tom" in out
    assert "Reminder set" in out
    ((text, linked),) = _state(sessions)[1]
    assert linked == 3 and "call tom back" in text


def test_a_time_is_still_a_time_correction(console, sessions):
    console.say("remind me to send the deck tomorrow at 10")
    out = console.say("sorry, I meant friday")
    assert "moved" in out
    assert not any("friday" in t.lower() for t, _ in _state(sessions)[1])


def test_activity_contact_command_asks_which_one_and_refuses_unknown(console, sessions):
    console.say("contact add John Smith")
    console.say("contact add Tom Baker")
    console.say("contact add Tom Hanks")
    console.say("called john, fine")
    assert "Which one?" in console.say("activity contact 1 tom")
    assert "Moved the call onto Tom Hanks" in console.say("2")
    assert "already on Tom Hanks" in console.say("activity contact 1 Tom Hanks")
    assert "no activity 9" in console.say("activity contact 9 tom")


def test_a_dropped_which_one_question_can_still_be_answered_by_a_tap(console, sessions):
    """ "called maria, …" asked which Maria; the rep typed something else first. The call
    was never written: its choices stay a tap away under the next reply."""
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Chen account=Globex")
    assert "Which one?" in console.say("called maria, she wants a quote")
    out = console.say("remind me tomorrow at 9 to send the deck")
    assert "nothing of it saved" in out and "tap ↩️ below" in out
    assert "↩️ Maria Lopez (Acme)" in out and "↩️ Maria Chen (Globex)" in out
    assert _state(sessions)[0] == []  # the call is not written until it is answered
    number = next(
        line.split("]")[0].strip(" [")
        for line in out.splitlines()
        if "↩️ Maria Chen (Globex)" in line
    )
    assert "Logged call" in console.say(number)
    assert _state(sessions)[0] == [(2, None)]
