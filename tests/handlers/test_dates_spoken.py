"""Dates and times as people type and say them (issue 10): terse chat, dictated numbers, and
the rule that two different days or times for one reminder are asked about, never picked.

Clock: Thursday 2026-11-26 10:00 Europe/Madrid, as in tests/handlers/test_dates.py.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from handlers.language.dates import parse_when, read_whens
from handlers.language.nlu import parse_message
from storage.db import transaction
from storage.models import Reminder

MAD = "Europe/Madrid"
THU = datetime(2026, 11, 26, 10, 0)


def local(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(MAD))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("at twenty past four", "2026-11-26T16:20"), ("at ten to five", "2026-11-26T16:50"),
     ("at five to ten", "2026-11-27T09:55"), ("twenty five past three", "2026-11-26T15:25"),
     ("at 10 past 3", "2026-11-26T15:10"), ("at ten after four pm", "2026-11-26T16:10"),
     ("half nine", "2026-11-27T09:30"), ("at half two", "2026-11-26T14:30"),
     ("at 930", "2026-11-27T09:30"), ("@ 1530", "2026-11-26T15:30"),
     ("at 0730", "2026-11-27T07:30"),
     ("2moro", "2026-11-27T09:00"), ("tmw at 4", "2026-11-27T16:00"),
     ("nxt tues", "2026-12-01T09:00"), ("nxt wk", "2026-11-30T09:00"),
     ("tues next wk", "2026-12-01T09:00"), ("eod", "2026-11-26T17:00"),
     ("friday eod", "2026-11-27T17:00"), ("a week from today", "2026-12-03T09:00"),
     ("twelve noon", "2026-11-26T12:00"), ("the twelveth of july", "2027-07-12T09:00"),
     ("wed 11ish", "2026-12-02T11:00"), ("around 4ish", "2026-11-26T16:00"),
     ("on april twenty", "2027-04-20T09:00"), ("on may two", "2027-05-02T09:00"),
     ("in two weeks' time", "2026-12-10T09:00"), ("in 2 weeks time", "2026-12-10T09:00"),
     ("first thing tomorrow", "2026-11-27T09:00"), ("in two and a half hours", "2026-11-26T12:30")],
)  # fmt: skip
def test_spoken_and_terse_times(text: str, expected: str) -> None:
    m = parse_when(text, THU, MAD)
    assert m is not None, text
    assert m.due == local(expected), text
    assert (m.start, m.end) == (0, len(text)), "the whole phrase is the date"


@pytest.mark.parametrize(
    "text",
    ["call bob from ten to five", "we may one day buy it", "we may two times", "at 2 to 3 people",
     "cut the price by half two times", "book a 30 minutes time slot",
     "quote at 1200 per seat", "half an hour of slides"],
)  # fmt: skip
def test_look_alikes_are_not_times(text: str) -> None:
    whens = read_whens(text, THU, MAD).whens
    assert all(text[w.start : w.end] not in ("ten to five", "2 to 3") for w in whens), whens
    assert not any("half" in text[w.start : w.end] for w in whens if "half an" not in text)
    assert not any("1200" in text[w.start : w.end] for w in whens)
    assert not any("may" in text[w.start : w.end] for w in whens), "a verb, not a month"


@pytest.mark.parametrize(
    ("text", "unread"),
    [("remind me monday or tuesday to call bob", ("monday", "tuesday")),
     ("remind me at 3 to call bob at 5", ("at 3", "at 5")),
     ("remind me friday to call bob on monday", ("friday", "on monday")),
     ("olly remind me about tomorrow's meeting tonight", ("tomorrow", "tonight")),
     ("remind me tomorrow at 3 and friday at 4 to call bob", ("tomorrow at 3", "friday at 4")),
     ("please remind me one hour before the meeting i have tomorrow morning", ("one hour before",)),
     ("remind me the day before the renewal", ("the day before",))],
)  # fmt: skip
def test_two_whens_for_one_reminder_are_asked_about(text: str, unread: tuple[str, ...]) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.intent == "remind"
    assert p.due is None and p.unread == unread, p
    for word in unread:
        assert word not in (p.text or ""), p.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("remind me tomorrow at 3 to send the contract", "2026-11-27T15:00"),
     ("set a reminder for next saturday go to the library at five o'clock", "2026-11-28T17:00"),
     ("remind me at 5 today to call bob about yesterday's call", "2026-11-26T17:00"),
     ("met jon yesterday follow up friday", "2026-11-27T09:00")],
)  # fmt: skip
def test_one_day_and_one_hour_are_one_when(text: str, expected: str) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.due == local(expected) and not p.unread, p


@pytest.mark.parametrize(
    "vague",
    [
        "later today",
        "this weekend",
        "early next week",
        "in the afternoon",
        "tomorrow after lunch",
    ],
)
def test_a_time_with_no_one_reading_is_asked_about(vague: str) -> None:
    p = parse_message(f"remind me {vague} to call bob", THU, MAD, strict=True)
    assert p.intent == "remind" and p.due is None, p
    assert p.unread == (vague,) and p.text == "call bob"


def test_a_follow_up_with_two_days_is_asked_about() -> None:
    p = parse_message("met jon at globex, follow up friday or monday", THU, MAD, strict=True)
    assert p.intent == "log_activity" and p.due is None
    assert p.unread == ("friday", "monday") and p.text == "met jon at globex"


def _reminders(sessions) -> list[Reminder]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Reminder)))


def test_the_bot_asks_which_day_and_saves_the_answer(console, sessions) -> None:
    out = console.say("remind me monday or tuesday to call Bob")
    assert "'monday'" in out and "'tuesday'" in out and "When should I remind you" in out
    assert _reminders(sessions) == []
    console.say("tuesday at 10")
    (rem,) = _reminders(sessions)
    assert rem.text == "call Bob"
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2026-12-01T10:00"
    )


def test_ten_to_five_is_saved_at_four_fifty(console, sessions) -> None:
    console.say("remind me at ten to five to call Bob")
    (rem,) = _reminders(sessions)
    assert rem.text == "call Bob"
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2026-11-26T16:50"
    )


@pytest.mark.parametrize(
    ("lang", "text", "close"),
    [("en", "new deal acme renewal 12k closing end of next month", "2026-12-31"),
     ("en", "new deal acme renewal 12k closing by the end of the month", "2026-11-30"),
     ("en", "push the tyrell renewal to end of march 2027", "2027-03-31"),
     ("es", "nuevo deal acme 12k cierre a finales de junio", "2027-06-30"),
     ("de", "neuer Deal Acme 12k Abschluss Ende Juni", "2027-06-30"),
     ("fr", "nouveau deal Acme 12k clôture fin juin", "2027-06-30")],
)  # fmt: skip
def test_end_of_a_month_is_its_last_day(lang: str, text: str, close: str) -> None:
    d = parse_message(text, THU, MAD, lang, strict=True).to_json_dict()
    assert d["close"] == close, d


@pytest.mark.parametrize(
    ("text", "unread"),
    [("new deal acme renewal 12k closing march or april", "march or april"),
     ("new deal acme renewal 12k closing q1 or q2", "q1 or q2"),
     ("slip globex pilot to early january", "early january")],
)  # fmt: skip
def test_a_close_said_two_ways_or_vaguely_is_asked_about(text: str, unread: str) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.close is None and unread in p.unread and p.confidence < 0.6, p


def test_end_of_month_reminder() -> None:
    m = parse_when("end of month", THU, MAD)
    assert m is not None and m.due == local("2026-11-30T09:00")


@pytest.mark.parametrize(
    ("text", "unread"),
    [("remind me 4.30 tomorrow to call priya", "4.30 tomorrow"),
     ("remind me tomorrow 16h to call priya", "tomorrow 16h"),
     ("remind me at 3 pm est to call priya", "at 3 pm est"),
     ("remind me tomorrow at 3 or 4 to call priya", "tomorrow at 3 or 4"),
     ("remind me at 2 to 3 to call priya", "at 2 to 3"),
     ("remind me in a fortnight to call priya", "in a fortnight"),
     ("remind me on monday week to call priya", "on monday week"),
     ("remind me end of next week to call priya", "end of next week")],
)  # fmt: skip
def test_a_doubt_next_to_a_time_makes_the_whole_time_asked(text: str, unread: str) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.intent == "remind" and p.due is None and p.unread == (unread,), p
    assert p.text == "call priya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("spoke with ana, follow up cob friday", "2026-11-27T17:00"),
     ("spoke with ana, follow up by close of business friday", "2026-11-27T17:00"),
     ("spoke with ana, follow up eod friday", "2026-11-27T17:00")],
)  # fmt: skip
def test_close_of_business_is_five_pm_of_the_day_named(text: str, expected: str) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.due == local(expected) and p.text == "spoke with ana", p


@pytest.mark.parametrize("text", ["the price is 4.30 eur tomorrow", "send 2 to 3 samples friday"])
def test_numbers_near_a_date_that_are_no_time_stay_numbers(text: str) -> None:
    r = read_whens(text, THU, MAD)
    assert r.unread == [] and len(r.whens) == 1, r


@pytest.mark.parametrize(
    ("lang", "text", "unread", "rest"),
    [("de", "erinnere mich Freitag oder Montag an Ana", ("Freitag", "Montag"), "Ana"),
     ("fr", "rappelle-moi vendredi ou lundi d'appeler Ana", ("vendredi", "lundi"), "appeler Ana"),
     ("es", "recuérdame el viernes o el lunes llamar a Ana", ("el viernes", "el lunes"),
      "llamar a Ana")],
)  # fmt: skip
def test_two_days_are_asked_about_in_every_language(
    lang: str, text: str, unread: tuple[str, ...], rest: str
) -> None:
    p = parse_message(text, THU, MAD, lang, strict=True)
    assert p.intent == "remind" and p.due is None and p.unread == unread and p.text == rest, p


@pytest.mark.parametrize(
    ("text", "day"),
    [("called ana monday re pricing", "monday"), ("spoke w/ kim mon, she wants a quote", "mon"),
     ("met jon on tuesday at globex", "on tuesday")],
)  # fmt: skip
def test_a_weekday_after_a_past_verb_is_asked_not_taken_for_a_follow_up(
    text: str, day: str
) -> None:
    """ "called Ana monday": the day of the call, or the next contact? Asked, never guessed."""
    p = parse_message(text, THU, MAD, strict=True)
    assert p.intent == "log_activity" and p.due is None and p.unread == (day,), p


@pytest.mark.parametrize(
    ("text", "expected"),
    [("called ana on monday, follow up friday", "2026-11-27T09:00"),
     ("meeting with jon on friday at 10", "2026-11-27T10:00")],
)  # fmt: skip
def test_a_follow_up_or_a_planned_meeting_keeps_its_day(text: str, expected: str) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.due == local(expected) and not p.unread, p
