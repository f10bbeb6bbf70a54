"""Recurring reminders from plain words: "every monday at 9", "daily", "cada mes"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers.language.repeat_words import split_repeat
from storage.db import transaction
from storage.models import Reminder


def _monday_at(text: str) -> int | None:
    i = text.lower().find("monday")
    return i if i >= 0 else None


@pytest.mark.parametrize(
    ("text", "repeat", "rest"),
    [
        (
            "every monday at 9 to update the pipeline",
            "weekly",
            "monday at 9 to update the pipeline",
        ),
        ("every day at 9 to check email", "daily", "at 9 to check email"),
        ("daily at 8: plan the day", "daily", "at 8: plan the day"),
        ("monthly: send invoices", "monthly", ": send invoices"),
        ("annually on 3 March: renew the domain", "yearly", "on 3 March: renew the domain"),
        ("todos los días a las 8 llamar", "daily", "a las 8 llamar"),
        ("jeden Monat die Rechnungen", "monthly", "die Rechnungen"),
        ("κάθε χρόνο", "yearly", ""),
        ("tomorrow at 9: call Maria", None, "tomorrow at 9: call Maria"),
        ("every 2 weeks: review", None, "every 2 weeks: review"),  # not a rule we repeat
        ("everyday low prices", None, "everyday low prices"),
        ("on Nov 20 to send the yearly review", None, "on Nov 20 to send the yearly review"),
        ("friday: prepare weekly report", None, "friday: prepare weekly report"),
        ("at 8 daily to plan the day", "daily", "at 8 to plan the day"),
        ("standup daily", "daily", "standup"),
    ],
)
def test_split_repeat(text: str, repeat: str | None, rest: str) -> None:
    assert split_repeat(text, _monday_at) == (repeat, rest)


def test_remind_command_repeats_from_words(console, sessions):
    out = console.say("remind #sales every monday at 9 to update the pipeline")
    assert "update the pipeline ↻ weekly on Mon → #sales" in out
    assert "check email ↻ daily" in console.say("remind me every day at 9 to check email")
    assert "When should I remind you to send invoices?" in console.say(
        "remind me monthly: send invoices"
    )
    assert "send invoices ↻ monthly" in console.say("tomorrow at 10")
    out = console.say("remind me every 2 weeks at 9: review")  # a repeat not kept: said
    assert "can't repeat a reminder every 2 weeks" in out and "Reminder set" not in out
    console.say("me lang es")
    assert "revisar el pipeline ↻ weekly on Mon" in console.say(
        "recuérdame cada lunes a las 9 revisar el pipeline"
    )
    with transaction(sessions) as s:
        rules = {r.text: r.recurrence for r in s.scalars(select(Reminder))}
    assert rules == {
        "update the pipeline": "weekly:MO",
        "check email": "daily",
        "send invoices": "monthly",
        "revisar el pipeline": "weekly:MO",
    }


def test_weekdays_and_a_day_of_the_month(console, sessions):
    # Thursday 26 Nov 2026, 11:00 in Madrid
    out = console.say("remind me every weekday at 9: standup")
    assert "Fri 27 Nov 09:00 standup ↻ weekly on Mon, Tue, Wed, Thu, Fri" in out
    out = console.say("remind me every month on the 1st at 9: invoices")
    assert "Tue 1 Dec 09:00 invoices ↻ monthly" in out
    out = console.say("remind me every month on the 15th: payroll")  # no time: 09:00
    assert "Tue 15 Dec 09:00 payroll ↻ monthly" in out
    out = console.say("remind me monthly: send the 3 quotes")  # "the 3" is no day of the month
    assert "When should I remind you to send the 3 quotes?" in out
    with transaction(sessions) as s:
        rules = {r.text: r.recurrence for r in s.scalars(select(Reminder))}
    assert rules == {
        "standup": "weekly:MO,TU,WE,TH,FR",
        "invoices": "monthly",
        "payroll": "monthly",
    }


def test_snooze_for_a_while(console):
    console.say("remind me tomorrow at 10: call Ana")
    # A snooze postpones from the due time while that is ahead (issue 11), never earlier.
    assert "Fri 27 Nov 2026 12:00" in console.say("reminders snooze 1 2h")
    assert "Fri 27 Nov 2026 12:30" in console.say("reminders snooze 1 30m")
    assert "Sat 28 Nov 2026 12:30" in console.say("reminders snooze 1 1 day")
    assert "Sat 5 Dec 2026 12:30" in console.say("snooze 1 for 1 week")


def test_a_weekday_rule_with_a_typo_is_refused(console):
    assert "unknown weekday" in console.say("remind me tomorrow 9am: y repeat=weekly:XX")
    assert "weekly on Mon, Thu" in console.say("remind me tomorrow 9am: y repeat=weekly:mo,th")
