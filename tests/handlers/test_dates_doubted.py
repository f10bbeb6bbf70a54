"""A when with a doubt beside it is asked about, never read alone (issue 10: 0 dates read
wrong; ``docs/understanding.md``, "a doubt next to a date or time makes the whole phrase
asked about").

Each of these was read wrong before (``dev_traps.jsonl``): the part the date rules knew was
taken and the words beside it dropped, "the 3rd or 4th" became the 3rd, "in a week or two" a
week, "end of month-ish" the 30th, "tomorrow after the standup" tomorrow 09:00, "remind me
next month" a month from today, "with sunday adeyemi" a Sunday, "5k per quarter" 5000.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from handlers.language.dates import read_whens
from handlers.language.nlu import ASK_BELOW, parse_message
from storage.db import transaction
from storage.models import Reminder

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday, Madrid wall time
TZ = "Europe/Madrid"


def _asked(text: str) -> bool:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    return bool(got.unread) or got.confidence < ASK_BELOW


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("remind me the 3rd or 4th to renew the permit", "the 3rd or 4th"),
        ("tmrw 3 or 4: call Bea", "tmrw 3 or 4"),
        ("tmrw 9.30: call Bo", "tmrw 9.30"),
        ("remind me at three or four tomorrow to call the vet", "at three or four"),
        ("remind me at 4 or so to call Bob", "at 4 or so"),
        ("remind me the week of the 7th to plan the kickoff", "the week of the 7th"),
        ("remind me this time next week to check in with Priya", "this time next week"),
        ("remind me tomorrow after the standup to email Lars", "tomorrow after the standup"),
        ("remind me friday morning-ish to send the timesheets", "friday morning-ish"),
        ("remind me around friday to call Bob", "around friday"),
        ("remind me in a few days to check the shipment", "in a few days"),
        ("ping me in a couple weeks about the Tessaro pilot", "in a couple weeks"),
        ("remind me around lunchtime to order the samples", "around lunchtime"),
        ("remind me next month to renew the domain", "next month"),
        ("remind me in 10 to call Bayo back", "in 10"),
        ("remind me in april to call Jo", "in april"),
        ("remind me early afternoon to call Sven", "early afternoon"),
        ("remind me in the new year to review the pricing", "in the new year"),
        ("note to self call april jones in april", "in april"),
        ("remind me tomorrow at lunch to call Bob", "at lunch"),
        ("remind me a week today to call Bob", "a week today"),
        ("remind me first thing to call Bob", "first thing"),
        ("remind me on the 31st of november to call Bob", "on the 31st of november"),
        ("remind me at 12 tonight to submit the bid", "at 12 tonight"),
        ("remind me at 3 15 to call Bob", "at 3 15"),
        ("remind me at one to two to call Bob", "at one to two"),
        ("remind me next tuesday week to call Bob", "next tuesday week"),
        ("remind me the friday after next to call Bob", "friday after next"),
        ("remind me in one to two hours to call Bob", "in one to two hours"),
        ("remind me at 19 hundred hours to call Bob", "at 19 hundred hours"),
    ],
)
def test_a_reminder_with_a_doubted_when_has_no_time_and_shows_the_words(
    text: str, words: str
) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.due is None and words in got.unread
    assert words not in (got.text or "")  # the words are asked about, not the task


@pytest.mark.parametrize(
    "text",
    [
        "spoke with Oren Katz at Tevel, call him in a week or two",
        "met Lucia Ferraro at Vinci Tools, circle back in a couple of weeks",
        "called Bob at Acme, follow up next month",
        "log a call with sunday adeyemi at zenith bank he wants three hundred seats",
    ],
)
def test_a_log_whose_follow_up_is_in_doubt_has_none_and_asks(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.intent == "log_activity" and got.due is None and got.unread


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Freight renewal close date end of month-ish",
        "push Halden renewal to the 3rd or 4th",
        "new deal Brixton Gyms 35k, closing in 2027",
    ],
)
def test_a_close_in_doubt_is_asked_about(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.close is None and _asked(text)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # one reading: kept
        ("remind me noonish to book the room", "2026-11-26T12:00:00+01:00"),
        ("remind me at 11 to ask Noon Rahman about the PO", "2026-11-26T11:00:00+01:00"),
        ("called Friday Okon at Calabar Cement, follow up monday", "2026-11-30T09:00:00+01:00"),
        ("remind me 4ish tomorrow to check the shipment", "2026-11-27T16:00:00+01:00"),
        ("remind me tomorrow at 3 to call Bob or Ana", "2026-11-27T15:00:00+01:00"),
    ],
)
def test_what_has_one_reading_is_still_read(text: str, due: str | None) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert (got.due.isoformat() if got.due else None) == due


def test_a_given_name_that_is_a_weekday_or_noon_is_a_name() -> None:
    got = parse_message("called Friday Okon at Calabar Cement, follow up monday", NOW, TZ, "en")
    assert got.contact == "Friday Okon" and not got.unread
    whens = read_whens("met with Sunday Adeyemi at Zenith Bank", NOW, TZ, "en")
    assert whens.whens == [] and whens.unread == []


def test_a_close_next_month_is_still_its_last_day() -> None:
    got = parse_message("push the Tyrell renewal to next month", NOW, TZ, "en", strict=True)
    assert got.close is not None and got.close.isoformat() == "2026-12-31"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("new deal Westbay Marina 5k per quarter", None),
        ("new deal Westbay Marina 2k quarterly", None),
        ("new deal Acme 12k per year", "12000"),  # a yearly value is the deal's value
        ("called Omar at Dune Capital, they manage 2bn in assets, wants a demo", None),
        ("called Bob at Acme, they want 50 licences at 1k each", None),
        ("new deal Acme 3 x 10k", None),
        ("new deal Acme 10k x 3", None),
    ],
)
def test_money_that_is_not_the_value(text: str, amount: str | None) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert (str(got.amount) if got.amount is not None else None) == amount
    if amount is None and got.intent == "create_deal":
        assert got.confidence < ASK_BELOW and got.unread


def test_small_talk_about_mondays_is_no_reminder() -> None:
    got = parse_message("top 3 reasons I love mondays: none", NOW, TZ, "en", strict=True)
    assert got.intent == "unknown" and got.due is None


def test_a_doubted_when_is_asked_end_to_end(console, sessions) -> None:  # type: ignore[no-untyped-def]
    out = console.say("remind me the 3rd or 4th to renew the parking permit")
    assert "When should I remind you" in out and "the 3rd or 4th" in out
    with transaction(sessions) as s:
        assert list(s.scalars(select(Reminder))) == []
    out = console.say("the 4th at 10")
    with transaction(sessions) as s:
        rem = s.scalar(select(Reminder))
        assert rem is not None and "renew the parking permit" in rem.text
        assert rem.due_at == datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # 10:00 Madrid


def test_an_unsure_write_shows_what_it_could_not_read(console, sessions) -> None:  # type: ignore[no-untyped-def]
    out = console.say("new deal Alder Labs analytics 18k closing mid march")
    assert "I could not read 'mid march'" in out and "Shall I add a deal" in out
    assert "close:" not in out  # no close was guessed for it
    out = console.say("new deal Westbay Marina 5k per quarter")
    assert "I could not read '5k per quarter'" in out and "amount:" not in out


@pytest.mark.parametrize(
    ("text", "due", "task"),
    [
        # a weekday that names a thing is the task's word, not a second when
        (
            "remind me on monday at 9:30 to call Piet about the friday delivery",
            "2026-11-30T09:30:00+01:00",
            "call Piet about the friday delivery",
        ),
        # a courtesy after the time is no part of the task
        ("remind me to ring Dev on monday. at 11 please", "2026-11-30T11:00:00+01:00", "ring Dev"),
        # an evening that names an event keeps its name, and the hour said is the time
        (
            "olly add an event called quiz night on friday at eight pm",
            "2026-11-27T20:00:00+01:00",
            "quiz night",
        ),
        # "around 3" before a link word is 15:00, as "around 3" at the end is
        (
            "ping me around 3 about the Halden quote",
            "2026-11-26T15:00:00+01:00",
            "the Halden quote",
        ),
    ],
)
def test_the_task_keeps_its_words_and_the_when_its_hour(text: str, due: str, task: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.due is not None and got.due.isoformat() == due
    assert got.text == task and not got.unread


@pytest.mark.parametrize(
    "text", ["He asked about version 4.2. Nice guy.", "we are on v 3/4 now", "about 3 people came"]
)
def test_a_version_or_a_count_is_no_date(text: str) -> None:
    reading = read_whens(text, NOW, TZ, "en")
    assert reading.whens == [] and reading.unread == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the activity itself, still to come today, is the log's time
        ("dinner with Claire Dubois from Lumio tonight at 8", "2026-11-26T20:00:00+01:00"),
        ("lunch with Bob at noon", "2026-11-26T12:00:00+01:00"),
        # the rep's own call back at an hour still to come today
        ("spoke to Will Smith at Cardinal Health, call him back at 3", "2026-11-26T15:00:00+01:00"),
        # a report of what took place has no follow-up in its own time
        ("met Bob at 3", None),
        ("call with Ana at 9", None),
    ],
)
def test_a_log_later_today(text: str, due: str | None) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.intent == "log_activity"
    assert (got.due.isoformat() if got.due else None) == due


@pytest.mark.parametrize(
    "text",
    ["new deal Acme 2.5 mil", "new deal Acme 40k + 5k services", "new deal Acme €40k plus €5k"],
)
def test_no_one_value_said_for_a_deal_is_asked(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.amount is None and got.confidence < ASK_BELOW


def test_a_deadline_said_no_later_than_leaves_the_task() -> None:
    got = parse_message("remind me no later than friday to call Bob", NOW, TZ, "en", strict=True)
    assert got.due is not None and got.due.isoformat() == "2026-11-27T09:00:00+01:00"
    assert got.text == "call Bob"


def test_a_day_of_a_month_said_as_a_close_is_that_day() -> None:
    got = parse_message("delay vodafone app until the 19th of december", NOW, TZ, "en")
    assert got.close is not None and got.close.isoformat() == "2026-12-19"  # not the 31st


@pytest.mark.parametrize(
    "text",
    [
        "new deal Acme 40k closing around march",
        "new deal Acme 40k, closing feb/march",
        "new deal Acme 40k closing the 3rd or 4th of march",
    ],
)
def test_a_close_of_no_one_day_is_asked(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.close is None and got.unread and got.confidence < ASK_BELOW


@pytest.mark.parametrize(
    "text",
    [
        "called Bob, follow up in 2-3 weeks",
        "called Bob, follow up in 2 or 3 days",
        "called Bob at Acme, he's on holiday next week, follow up after that",
    ],
)
def test_a_follow_up_said_as_a_range_is_asked(text: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.due is None and got.unread


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Erinnere mich in ein paar Tagen an das Angebot", "de", "in ein paar Tagen"),
        ("Erinnere mich irgendwann nächste Woche an Müller", "de", "irgendwann nächste Woche"),
        ("Erinnere mich morgen um 3 oder 4 an Anna", "de", "morgen um 3 oder 4"),
        ("Rappelle-moi demain à 15h ou 16h d'appeler Paul", "fr", "demain à 15h ou 16h"),
        ("Rappelle-moi dans une semaine ou deux d'appeler Paul", "fr", "dans une semaine ou deux"),
        ("Recuérdame en un par de días llamar a Ana", "es", "en un par de días"),
        ("Recuérdame mañana a las 3 o 4 llamar a Ana", "es", "mañana a las 3 o 4"),
        ("Erinnere mich in einer Woche oder zwei an Anna", "de", "in einer Woche oder zwei"),
    ],
)
def test_the_same_doubts_in_other_languages(text: str, lang: str, words: str) -> None:
    got = parse_message(text, NOW, TZ, lang, strict=True)
    assert got.due is None and words in got.unread
