"""Segment and campaign changes have Undo, like every other write (storage/undo.py).

Was: "segment save", "segment delete", "campaign new", "campaign edit" and "campaign
approve" offered no Undo, and "undo" said the last change could not be undone. A start
or an end of a campaign is still refused in words (members frozen, messages queued or
cancelled), and nothing older is reverted in its place."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import AuditLog
from storage.models_campaigns import Campaign, Segment


def _segments(sessions) -> dict[str, dict]:
    with transaction(sessions) as s:
        return {g.name: dict(g.filters) for g in s.scalars(select(Segment))}


def _campaigns(sessions) -> dict[str, tuple]:
    with transaction(sessions) as s:
        return {
            c.name: (c.status, c.segment_id, c.budget_minor) for c in s.scalars(select(Campaign))
        }


def test_segment_save_update_and_delete_are_undone(console, sessions):
    console.say("contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    out = console.say("segment save Leads lifecycle=lead")
    assert "[1] Undo" in out
    assert "created segment Leads" in console.say("undo")
    assert _segments(sessions) == {}
    console.say("segment save Leads lifecycle=lead")
    assert "Undo" in console.say("segment save Leads lifecycle=lead,customer")
    assert "changed segment Leads" in console.say("undo")
    assert _segments(sessions) == {"Leads": {"lifecycle": "lead"}}
    out = console.say("segment delete Leads")
    assert "deleted" in out and "[1] Undo" in out
    assert "deleted segment Leads" in console.say("1")
    assert _segments(sessions) == {"Leads": {"lifecycle": "lead"}}
    with transaction(sessions) as s:  # every step attributable to Ana
        users = {a.user_id for a in s.scalars(select(AuditLog))}
        kinds = {(a.entity_type, a.action) for a in s.scalars(select(AuditLog))}
    assert len(users) == 1
    assert ("segments", "undo") in kinds and ("segments", "delete") in kinds


def test_a_deleted_segment_comes_back_with_its_campaigns(console, sessions):
    console.say("segment save Leads lifecycle=lead")
    console.say("campaign new Spring push type=call segment=Leads")
    out = console.say("segment delete Leads")
    assert "Not started, now reaching no segment: Spring push" in out
    assert _campaigns(sessions)["Spring push"][1] is None
    console.say("undo")
    seg_id = next(iter(_campaigns(sessions).values()))[1]
    with transaction(sessions) as s:
        seg = s.get(Segment, seg_id)
        assert seg is not None and seg.name == "Leads"
    assert "Spring push" in console.say("campaign show Spring push")


def test_campaign_new_edit_and_approve_are_undone(console, sessions):
    console.say("segment save Leads lifecycle=lead")
    out = console.say("campaign new Spring push type=email segment=Leads budget=2000 EUR")
    assert "[1] Undo" in out
    assert "Undo" in console.say("campaign edit Spring push budget=3000 EUR")
    assert "changed campaign Spring push" in console.say("undo")
    assert _campaigns(sessions)["Spring push"][2] == 200000
    console.say("campaign edit Spring push subject=Hi {first_name} body=Hello")
    assert "Undo" in console.say("campaign approve Spring push")
    console.say("undo")
    assert _campaigns(sessions)["Spring push"][0] == "draft"
    console.say("undo")  # the subject and body
    console.say("undo")  # the creation
    assert _campaigns(sessions) == {}
    out = console.say("undo")  # the creation of the segment a campaign reached: no longer used
    assert "created segment Leads" in out and _segments(sessions) == {}


def test_a_segment_a_campaign_reaches_is_not_uncreated(console, sessions):
    console.say("segment save Leads lifecycle=lead")
    console.say("campaign new Spring push type=call segment=Leads")
    out = console.say("undo")  # the campaign's creation goes first
    assert "created campaign Spring push" in out
    console.say("campaign new Spring push type=call segment=Leads")
    with transaction(sessions) as s:
        batch = s.scalar(select(AuditLog.batch).where(AuditLog.entity_type == "segments").limit(1))
    out = console.say(f"undo {batch}")
    assert "campaign Spring push reaches segment 'Leads' now" in out
    assert "Leads" in _segments(sessions) and "Spring push" in _campaigns(sessions)


def test_a_started_or_ended_campaign_is_refused_in_words(console, sessions):
    console.say("contact add Maria Lopez lifecycle=lead")
    console.say("segment save Leads lifecycle=lead")
    console.say("campaign new Calls type=call segment=Leads")
    assert "Started" in console.say("campaign start Calls")
    out = console.say("undo")
    assert "a campaign's start cannot be undone" in out and "nothing was reverted" in out
    assert _campaigns(sessions)["Calls"][0] == "running"
    assert "Ended" in console.say("campaign end Calls")
    out = console.say("undo")
    assert "ending Calls cannot be undone" in out and "nothing was reverted" in out
    assert _campaigns(sessions)["Calls"][0] == "ended"
