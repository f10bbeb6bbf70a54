"""``deal won`` keeps the words said after the deal, as ``deal lost`` and ``deal move`` do.

Was: "deal won Nordfrakt fleet, price was right" marked the deal won and dropped "price was
right" without a word (the fuzzy deal search read the whole text as the name)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Opportunity


def test_a_reason_after_won_is_kept_as_a_note_on_the_deal(console, sessions):
    console.say("account add Nordfrakt AS")
    console.say("deal add Nordfrakt fleet 120k NOK account=Nordfrakt AS")
    out = console.say("deal won Nordfrakt fleet, price was right")
    assert "Won!" in out
    with transaction(sessions) as s:
        assert s.scalar(select(Opportunity.status)) == "won"
        assert s.scalar(select(Activity.body)) == "Won: price was right"
    console.say("undo")
    with transaction(sessions) as s:  # one Undo takes back the win and its note
        assert s.scalar(select(Opportunity.status)) == "open"
        assert s.scalar(select(Activity.body).where(Activity.deleted_at.is_(None))) is None


def test_won_because_and_the_day_it_closed(console, sessions):
    console.say("deal add Globex pilot 10k EUR")
    out = console.say("deal won Globex pilot because they loved the demo when=2026-11-20")
    assert "Won!" in out and "2026-11-20" in out
    with transaction(sessions) as s:
        assert s.scalar(select(Activity.body)) == "Won: they loved the demo"


def test_won_with_no_reason_logs_nothing(console, sessions):
    console.say("deal add Initech renewal 5k EUR")
    assert "Won!" in console.say("deal won Initech renewal")
    with transaction(sessions) as s:
        assert s.scalar(select(Activity.id)) is None
