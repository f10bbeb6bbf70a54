"""Logs of what happened, everyday agenda asks and last round's open items (issue 10, dev4).

A report of what already happened is a log, never a reminder; its amount is the deal's
money, not a figure about the customer's business ("revenue 3.2bn"); a date after "re" or
"about" in a past-tense first clause ("called Bea re the launch on the 15th") is the
subject's, not a follow-up. "sat"/"sun" are weekdays only where a day fits ("on sat", "sat
11am"), "dec 10-11" is two days and asked about, and "what's on my plate", "agenda for
tomorrow" or "was steht heute an" list the rep's reminders instead of setting one.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from handlers.language.nlu import parse_message
from storage.db import transaction
from storage.models import Activity, Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str, lang: str = "en") -> dict[str, object]:
    got = parse_message(text, NOW, TZ, lang, strict=True)
    out = {k: v for k, v in got.to_json_dict().items() if v is not None and k != "confidence"}
    if got.unread:
        out["unread"] = list(got.unread)
    return out


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("call Ravi sat at 10", "2026-11-28T10:00:00+01:00"),
        ("remind me sun 6pm to prep the board deck", "2026-11-29T18:00:00+01:00"),
        ("mtg w/ zoe @ hsbc sat 11am", "2026-11-28T11:00:00+01:00"),
        ("called Ana at Repsol, f/u sun", "2026-11-29T09:00:00+01:00"),
        ("email the Zara team the mockups on sat", "2026-11-28T09:00:00+01:00"),
    ],
)
def test_sat_and_sun_are_weekdays_where_a_day_fits(text: str, due: str) -> None:
    got = read(text)
    assert got["due"] == due, got
    assert "sat" not in str(got.get("text", "")).split() and "sun" not in str(got.get("text"))


@pytest.mark.parametrize(
    "text",
    ["sat down with Ana at Acme, good chat", "we sat at 3 tables", "met Jon, the sun was out"],
)
def test_sat_and_sun_as_words_are_no_dates(text: str) -> None:
    assert "due" not in read(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("remind me dec 10-11 to book the venue", "dec 10-11"),
        ("called Sven at Ikea, follow up dec 14-15", "dec 14-15"),
        ("remind me 10-11 dec to book the venue", "10-11 dec"),
    ],
)
def test_two_days_of_one_month_are_asked_about(text: str, words: str) -> None:
    got = read(text)
    assert "due" not in got and got["unread"] == [words], got
    if got["intent"] == "remind":
        assert got["text"] == "book the venue"


def test_one_day_and_an_hour_range_keep_their_old_readings() -> None:
    assert read("remind me on dec 10 to call 5 people")["due"] == "2026-12-10T09:00:00+01:00"
    assert read("remind me dec 10 at 3 to book")["due"] == "2026-12-10T15:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "met Rui Costa at EDP, revenue 3.2bn, they want a pilot",
        "called Hana Novak at Skoda, they did 40m last year, follow up friday",
        "spoke with Amir at Noon, annual revenue around $500m, 2,000 staff",
        "met Lea at Otto, turnover of €2m a year",
    ],
)
def test_a_figure_about_the_customers_business_is_not_the_logs_amount(text: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert "amount" not in got and "currency" not in got, got


def test_the_logs_own_amount_is_still_read() -> None:
    got = read("called Ana at Acme, wants a quote for 12k")
    assert got["amount"] == "12000"


@pytest.mark.parametrize(
    "text",
    [
        "called Beatriz at Natura re the launch on the 15th",
        "emailed Jonas at Spotify re the event on the 9th",
        "spoke to Mei at Grab about their go-live on Dec 1",
    ],
)
def test_a_date_after_re_in_a_past_report_is_the_subjects(text: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity" and "due" not in got and "unread" not in got, got


def test_a_meeting_still_to_come_keeps_its_time() -> None:
    assert read("lunch with Jon Bakker tomorrow at 1")["due"] == "2026-11-27T13:00:00+01:00"


def test_a_callback_asked_for_is_the_follow_up_and_a_domain_is_no_weekday() -> None:
    got = read("Called Mariam Saleh at Aramco, she asked for a callback tomorrow at 3")
    assert got["due"] == "2026-11-27T15:00:00+01:00"
    got = read("chatted with Leah Goldberg at Monday.com, she's keen")
    assert "due" not in got and got["account"] == "Monday.com"


@pytest.mark.parametrize(
    ("text", "task"),
    [("pls f/u w/ zanele mon 9", "f/u w/ zanele"), ("remember to call Wei at 5", "call Wei")],
)
def test_a_courtesy_or_remember_is_not_the_reminders_text(text: str, task: str) -> None:
    got = read(text)
    assert got["intent"] == "remind" and got["text"] == task


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("agenda for tomorrow", "en"),
        ("what's on my plate this week", "en"),
        ("anything due?", "en"),
        ("anything overdue?", "en"),
        ("what do I have on monday", "en"),
        ("what have I got on tomorrow", "en"),
        ("what did I promise to do", "en"),
        ("show my to-dos", "en"),
        ("to do list", "en"),
        ("open tasks?", "en"),
        ("what follow ups do I owe", "en"),
        ("which calls do I have to make this week", "en"),
        ("did I set any reminders for next week", "en"),
        ("¿qué tengo pendiente para mañana?", "es"),
        ("mis tareas de hoy", "es"),
        ("was steht heute an?", "de"),
        ("meine Aufgaben für morgen", "de"),
        ("qu'est-ce que j'ai aujourd'hui ?", "fr"),
        ("mes tâches pour demain", "fr"),
        ("hva har jeg i dag?", "nb"),
        ("vis påminnelsene mine", "nb"),
    ],
)
def test_asking_for_ones_agenda_lists_reminders(text: str, lang: str) -> None:
    assert read(text, lang) == {"intent": "list_reminders"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i'm lost, what do you do", "en"),
        ("what can I type here?", "en"),
        ("how do I use this bot", "en"),
        ("¿qué puedes hacer?", "es"),
        ("que peux-tu faire ?", "fr"),
    ],
)
def test_asking_for_help_in_other_words(text: str, lang: str) -> None:
    assert read(text, lang) == {"intent": "help"}


def test_a_lost_deal_is_still_a_move() -> None:
    got = parse_message("Globex pilot lost", NOW, TZ, "en")
    assert got.intent == "move_deal" and got.stage == "lost"


def test_an_agenda_ask_lists_and_writes_nothing_end_to_end(console, sessions) -> None:
    console.say("remind me tomorrow at 10 to send the contract")
    out = console.say("what's on my plate tomorrow?")
    assert "send the contract" in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Reminder)) == 1


def test_a_revenue_figure_stays_in_the_note_end_to_end(console, sessions) -> None:
    console.say("contact add Rui Costa account=EDP")
    out = console.say("met Rui Costa at EDP, revenue 3.2bn, they want a pilot")
    assert "Logged meeting" in out and "Shall I" not in out  # written, not asked about
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert act is not None and "revenue 3.2bn" in act.body
