"""Rough edges found by dogfooding (2026-12-07, dog10): an answer disagreed with what was
stored, an undo left half a change behind, or a hint offered a command nobody types."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Contact


def test_a_lead_met_at_a_campaign_is_a_lead_on_card_and_in_storage(console, sessions):
    """Was: "met a new lead Pia Berg … at the Q1 webinar" answered "New lead" while the
    card said "lifecycle: prospect" (and so did the database)."""
    console.say('campaign new "Q1 webinar" type=webinar')
    out = console.say("met a new lead Pia Berg from Fjord Foods at the Q1 webinar")
    assert "New lead: Pia Berg from Q1 webinar" in out
    assert "lifecycle: lead" in out and "prospect" not in out
    out = console.say("campaign met Q1 webinar: Ola Nordmann")
    assert "New lead: Ola Nordmann" in out and "lifecycle: lead" in out
    with transaction(sessions) as s:
        got = {c.name: c.lifecycle for c in s.scalars(select(Contact))}
    assert got == {"Pia Berg": "lead", "Ola Nordmann": "lead"}
