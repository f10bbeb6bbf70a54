"""Everyday phrasings through the console bot: the learned parser's reads are acted on
like the rules' (same commands, same Undo); deal updates in words; unsure reads ask first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from handlers.language import nlu
from storage.db import transaction
from storage.models import Account, Activity, Contact, Opportunity, Reminder


def count(sessions, model) -> int:
    with transaction(sessions) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def deal(sessions, title: str) -> Opportunity:
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.title == title))
        s.expunge(d)
        return d


def test_add_contact_from_account_to_my_contacts(console, sessions):
    out = console.say("add Ana Ruiz from Acme to my contacts")
    assert "Contact created" in out and "Ana Ruiz" in out
    with transaction(sessions) as s:
        ana = s.scalar(select(Contact))
        assert ana.name == "Ana Ruiz" and s.get(Account, ana.account_id).name == "Acme"


def test_show_and_pull_up_find_records(console):
    console.say("contact add Maria Lopez account=Acme")
    assert "Maria Lopez" in console.say("pull up Maria")
    assert "Acme" in console.say("show me Acme")


def test_reminder_phrasings(console, sessions):
    out = console.say("make sure I remember to call Bob at 5")
    assert "call Bob" in out
    console.say("ping me on friday about the Acme quote")
    console.say("don't let me forget to send the deck tomorrow")
    with transaction(sessions) as s:
        texts = sorted(r.text for r in s.scalars(select(Reminder)))
    assert texts == ["call Bob", "send the deck", "the Acme quote"]


def test_just_hung_up_logs_a_call(console, sessions):
    console.say("contact add Ana Ruiz account=Acme")
    out = console.say("I just hung up with Ana Ruiz")
    assert "Logged call" in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert act.type == "call" and s.get(Contact, act.contact_id).name == "Ana Ruiz"


def test_amount_first_opportunity(console, sessions):
    console.say("account add Initech")
    out = console.say("log a 60k opportunity with Initech")
    assert "Deal created" in out
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity))
        assert d.amount_minor == 6_000_000 and s.get(Account, d.account_id).name == "Initech"


def test_won_and_lost_with_a_reason_after_a_comma(console, sessions):
    console.say("deal add Acme renewal 12k EUR")
    console.say("deal add Globex pilot 5k EUR")
    assert "Won" in console.say("Acme renewal won, they loved the demo")
    console.say("Globex pilot lost, price too high")
    assert deal(sessions, "Acme renewal").status == "won"
    lost = deal(sessions, "Globex pilot")
    assert lost.status == "lost" and lost.lost_reason == "price too high"


def test_update_deal_in_words_with_undo(console, sessions):
    console.say("deal add Tyrell renewal 10k EUR")
    out = console.say("push the Tyrell renewal to next month")
    assert "Deal updated" in out and "expected close: 2026-12-31" in out and "Undo" in out
    assert deal(sessions, "Tyrell renewal").close_date == date(2026, 12, 31)
    console.say("Tyrell renewal close date end of june")
    assert deal(sessions, "Tyrell renewal").close_date == date(2027, 6, 30)
    out = console.say("bump Tyrell renewal to 15k")
    assert "EUR 15,000" in out
    out = console.say("next step for Tyrell renewal: send the SOW")
    assert "next step: send the SOW" in out
    d = deal(sessions, "Tyrell renewal")
    assert d.next_step == "send the SOW" and d.amount_minor == 1_500_000
    out = console.say("1")  # Undo the last change only
    assert "Undone" in out
    d = deal(sessions, "Tyrell renewal")
    assert d.next_step is None and d.amount_minor == 1_500_000
    assert d.close_date == date(2027, 6, 30) and d.currency == "EUR"
    assert Decimal(d.amount_minor) / 100 == Decimal(15000)


def test_update_deal_without_a_deal_asks_which(console):
    console.say("deal add Tyrell renewal 10k EUR")
    out = console.say("push the deal to next month")
    assert "Which deal?" in out or "Shall I" in out


@pytest.fixture
def unsure(monkeypatch):
    """Every read counts as unsure (the threshold above 1), to drive the ask flow."""
    monkeypatch.setattr(nlu, "ASK_BELOW", 1.01)


def test_unsure_read_asks_and_yes_writes(console, sessions, unsure):
    out = console.say("add Ana Ruiz from Acme to my contacts")
    assert "Shall I add a contact — contact: Ana Ruiz · account: Acme?" in out
    assert "Yes" in out and "Change" in out and "No" in out
    assert count(sessions, Contact) == 0
    out = console.say("yes")
    assert "Contact created" in out and count(sessions, Contact) == 1


def test_unsure_read_change_shows_the_words_back(console, sessions, unsure):
    console.say("push the Tyrell renewal to next month")
    out = console.say("change")
    assert "push the Tyrell renewal to next month" in out
    assert count(sessions, Opportunity) == 0


def test_unsure_read_no_drops_it_in_one_line(console, sessions, unsure):
    console.say("log a 60k opportunity with Initech")
    out = console.say("3")
    assert out.strip() == "OK, I left it: “log a 60k opportunity with Initech” — nothing was saved."
    assert count(sessions, Opportunity) == 0 and count(sessions, Account) == 0


def test_a_read_missing_its_record_is_unsure():
    from datetime import datetime

    p = nlu.parse_message("bump it to 15k", datetime(2026, 11, 26, 10), "Europe/Madrid")
    assert p.intent == "unknown" or p.confidence < nlu.ASK_BELOW


def test_a_time_in_words_not_read_is_asked_not_guessed(console, sessions):
    """ "tomorrow at six am" with "six am" unread would be 09:00: the bot asks when."""
    from datetime import datetime

    p = nlu.parse_message(
        "set an alarm for tomorrow at six am", datetime(2026, 11, 26, 10), "Europe/Madrid"
    )
    if p.due is not None:  # the words are read (numbers as words): then it must be 06:00
        assert (p.due.hour, p.due.minute) == (6, 0)
        return
    assert p.confidence < nlu.ASK_BELOW
    out = console.say("set an alarm for tomorrow at six am")
    assert "When should I remind you" in out and count(sessions, Reminder) == 0
