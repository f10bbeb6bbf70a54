"""'new deal Brightwater fleet tracking 45k' left the deal without its account (Brightwater
Logistics), so the calls logged on Maria at Brightwater never reached the deal. A title that
starts with the first words of exactly one account's name links it; two such accounts, or
a word that is only part of a name, link nothing."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Opportunity


def deal(sessions, title):
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.title == title))
        return d.account.name if d.account else None


def test_the_first_words_of_one_account_link_it(console, sessions):
    console.say("account add Brightwater Logistics")
    console.say("new deal Brightwater fleet tracking 45k EUR closing end of Q1")
    assert deal(sessions, "Brightwater fleet tracking") == "Brightwater Logistics"
    console.say("contact add Maria Lopez account=Brightwater Logistics")
    console.say("called maria, she wants a revised quote, follow up thursday 10am")
    with transaction(sessions) as s:
        act = s.scalar(select(Activity).order_by(Activity.id.desc()))
        assert act.opportunity_id is not None


def test_two_accounts_or_part_of_a_word_link_nothing(console, sessions):
    console.say("account add Acme Corp")
    console.say("account add Acme Foods")
    console.say("account add Microsoft")
    console.say("deal add Acme pilot 5k")
    console.say("deal add Micro pilot 3k")
    assert deal(sessions, "Acme pilot") is None and deal(sessions, "Micro pilot") is None
