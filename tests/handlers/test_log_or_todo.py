"""A log command said without its "WHO: NOTE" colon ("email john about the proposal"):
done or still to do cannot be told from the words, so it asks (handlers/commands/activities.py
``_to_do_or_log``)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Reminder


def _state(sessions):
    with transaction(sessions) as s:
        acts = [(a.contact_id, a.opportunity_id) for a in s.scalars(select(Activity))]
        rems = [(r.text, r.linked_id) for r in s.scalars(select(Reminder))]
        return acts, rems


def test_email_john_about_the_proposal_asks_log_or_remind(console, sessions):
    """No "WHO: NOTE" colon: the rest was all taken for a name ("no one called 'john about
    the proposal'", offered for creation). Done or still to do cannot be told: asked."""
    console.say("contact add John Smith account=Acme")
    out = console.say("email john about the proposal")
    assert "Log an email with John Smith (Acme) about the proposal, or remind you" in out
    assert "john about the proposal" not in out
    assert _state(sessions) == ([], [])  # asked: nothing written
    assert "Logged email" in console.say("1")
    with transaction(sessions) as s:
        act = s.scalars(select(Activity)).one()
        assert (act.type, act.body, act.contact_id) == ("email", "about the proposal", 1)
    console.say("email john about the proposal")
    assert "When should I remind you" in console.say("2")
    console.say("tomorrow 10am")
    assert _state(sessions)[1] == [("email John Smith (Acme) about the proposal", 1)]
