"""Words about a deal that change nothing the parser can name ("Acme renewal: waiting on
legal") are offered as a note on the deal or as its next step, one tap each, instead of only
a hint that drops them (handlers/freetext.py ``_status_choices``)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Opportunity


def test_a_status_said_after_the_deal_is_offered_as_next_step_or_note(console, sessions):
    console.say("deal add Acme renewal 20k")
    out = console.say("acme renewal: waiting on legal")
    assert "Note on Acme renewal" in out and "Next step: waiting on legal" in out
    with transaction(sessions) as s:  # asked: nothing written yet
        assert s.scalars(select(Opportunity.next_step)).one() in (None, "")
    assert "next step: waiting on legal" in console.say("2")
    console.say("acme renewal - sent the revised MSA")
    assert "Logged note" in console.say("1")
    with transaction(sessions) as s:
        act = s.scalars(select(Activity)).one()
        assert (act.type, act.body, act.opportunity_id) == ("note", "sent the revised MSA", 1)


def test_no_offer_without_words_or_without_one_known_deal(console, sessions):
    console.say("deal add Acme renewal 20k")
    out = console.say("reopen acme renewal")
    assert "Note on" not in out and "Next step" not in out
    out = console.say("globex pilot: waiting on legal")  # no such deal: nothing to put it on
    assert "Note on" not in out


def test_lost_with_a_reason_names_only_the_deal_it_could_not_find(console, sessions):
    console.say("deal add Winterfell expansion 30k")
    out = console.say("lost the acme deal, budget cut")
    assert "I found no deal matching 'acme'." in out  # not 'acme deal, budget cut'
    out = console.say("lost the winterfell deal, budget cut")
    assert "Marked lost" in out and "lost reason: budget cut" in out
