"""Replies that say what was wrong (QA pass): field keys in any case, impossible clock
times, stale days, stage lists; and dates of another year shown with their year."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.args import parse_args
from handlers.language.when import impossible_time
from storage.db import transaction
from storage.models import Contact, Reminder


def test_field_keys_are_case_insensitive_but_prose_stays_words():
    args = parse_args("Lars email=lars@globex.com Account=Globex Title=CTO")
    assert args.words == "Lars"
    assert args.fields == {"email": "lars@globex.com", "account": "Globex", "title": "CTO"}
    note = parse_args("Bob: ROI=20% and E=mc2 deal=Acme")
    assert note.words == "Bob: ROI=20% and E=mc2" and note.fields == {"deal": "Acme"}


def test_contact_add_with_a_capitalised_field(console, sessions):
    out = console.say("contact add Lars email=lars@globex.com Account=Globex")
    assert "Contact created" in out, out
    with transaction(sessions) as s:
        c = s.scalar(select(Contact))
        assert (c.email, c.account.name) == ("lars@globex.com", "Globex")
    out = console.say("contact add Lara email=lara@globex Account=Globex")
    assert "'lara@globex' is not a valid email" in out  # the email alone, not the rest


def test_deal_move_to_a_non_stage_lists_the_stages(console):
    console.say("deal add X 5k EUR")
    out = console.say("deal move X 2027")
    assert "'2027' is not a stage" in out
    for stage in ("prospecting", "pre-approach", "presentation", "closing", "won", "lost"):
        assert stage in out


@pytest.mark.parametrize(
    ("text", "bad"),
    [("at 25:00", "25:00"), ("tomorrow at 13:75", "13:75"), ("at 13pm", "13pm"),
     ("at 0am", "0am"), ("at 23:59", None), ("at 00:00", None), ("friday 9h30", None),
     ("25.12. at 9", None), ("at 12pm", None)],
)  # fmt: skip
def test_impossible_time(text, bad):
    assert impossible_time(text) == bad


def test_an_impossible_time_is_named_not_asked_for(console, sessions):
    for say, bad in (
        ("remind me at 25:00: x", "25:00"),
        ("remind me at 25:00 to call Bob", "25:00"),
        ("remind me tomorrow at 13:75 to call Bob", "13:75"),  # was saved at 09:00
    ):
        out = console.say(say)
        assert f"{bad} is not a time of day" in out and "When should" not in out, out
    with transaction(sessions) as s:
        assert s.scalar(select(Reminder)) is None
    assert "Reminder set" in console.say("remind me tomorrow at 23:59 to call Bob")


@pytest.mark.parametrize("days", ["-5", "0", "abc", "99999999999"])
def test_stale_days_must_be_one_or_more(console, days):
    out = console.say(f"stale {days}")
    assert "the number of days must be 1 or more" in out and "went wrong" not in out, out


def test_stale_with_days_still_works(console):
    assert "No open deal has gone 14 days" in console.say("stale 14")


def test_a_date_of_another_year_shows_its_year(console):
    console.say("contact add Maria Lopez")
    out = console.say("log note Maria Lopez: old call notes when=1999-01-01")
    assert "Fri 1 Jan 1999 11:00" in out, out  # a day alone keeps the clock time (dog8)
    out = console.say("log note Maria Lopez: this year when=2026-11-20 10:00")
    assert "Fri 20 Nov 10:00" in out and "Nov 2026" not in out, out
    out = console.say("remind me 2027-01-05 10:00: plan the year")
    assert "Tue 5 Jan 2027 10:00" in out, out
