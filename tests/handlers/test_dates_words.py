"""Numbers as words, times never replaced by a guess, and the date order (issues 10 and 11).

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
from storage.models import Opportunity, Reminder, User

MAD = "Europe/Madrid"
THU = datetime(2026, 11, 26, 10, 0)


def local(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(MAD))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("at seven pm", "2026-11-26T19:00"), ("at seven", "2026-11-26T19:00"),
     ("quarter past three", "2026-11-26T15:15"), ("quarter to five", "2026-11-26T16:45"),
     ("half past two", "2026-11-26T14:30"), ("at ten fifteen", "2026-11-26T10:15"),
     ("at seven thirty am", "2026-11-27T07:30"), ("at quarter to nine", "2026-11-27T08:45"),
     ("the ninth of january", "2027-01-09T09:00"), ("twenty third of february", "2027-02-23T09:00"),
     ("January ninth", "2027-01-09T09:00"), ("on the twenty-first", "2026-12-21T09:00"),
     ("on the 11th", "2026-12-11T09:00"), ("friday the 11th at 3pm", "2026-12-11T15:00"),
     ("in three hours", "2026-11-26T13:00"), ("after twenty minutes", "2026-11-26T10:20"),
     ("in an hour and a half", "2026-11-26T11:30"), ("in one and a half hours", "2026-11-26T11:30"),
     ("in 1h30", "2026-11-26T11:30"), ("in 2 hours and 30 minutes", "2026-11-26T12:30"),
     ("in forty five minutes", "2026-11-26T10:45"), ("in twenty-five minutes", "2026-11-26T10:25")],
)  # fmt: skip
def test_english_numbers_as_words(text: str, expected: str) -> None:
    m = parse_when(text, THU, MAD)
    assert m is not None, text
    assert m.due == local(expected), text
    assert (m.start, m.end) == (0, len(text)), "the whole phrase is the date"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "a las siete y media", "2026-11-26T19:30"),
        ("es", "en veinte minutos", "2026-11-26T10:20"),
        ("es", "el nueve de enero", "2027-01-09T09:00"),
        ("es", "a las tres y cuarto", "2026-11-26T15:15"),
        ("de", "um sieben Uhr", "2026-11-26T19:00"),
        ("de", "in zwanzig Minuten", "2026-11-26T10:20"),
        ("de", "um halb drei", "2026-11-26T14:30"),
        ("de", "in anderthalb Stunden", "2026-11-26T11:30"),
        ("fr", "à sept heures et quart", "2026-11-26T19:15"),
        ("fr", "dans vingt minutes", "2026-11-26T10:20"),
        ("nb", "klokka sju", "2026-11-26T19:00"),
        ("nb", "om tjue minutter", "2026-11-26T10:20"),
        ("nb", "kvart over tre", "2026-11-26T15:15"),
        ("nb", "om halvannen time", "2026-11-26T11:30"),
        ("el", "στις επτά και μισή", "2026-11-26T19:30"),
        ("el", "σε είκοσι λεπτά", "2026-11-26T10:20"),
        ("eu", "bihar zazpietan", "2026-11-27T19:00"),
        ("eu", "hogei minutu barru", "2026-11-26T10:20"),
        ("kk", "ертең сағат жетіде", "2026-11-27T19:00"),
        ("kk", "жиырма минуттан кейін", "2026-11-26T10:20"),
    ],
)
def test_times_and_durations_in_words_in_every_language(
    lang: str, text: str, expected: str
) -> None:
    m = parse_when(text, THU, MAD, lang)
    assert m is not None, text
    assert m.due == local(expected), text


@pytest.mark.parametrize(
    "text", ["at one point", "three twenty", "seven people", "one of the reasons", "a couple"]
)
def test_number_words_that_are_no_time_are_not_read_as_one(text: str) -> None:
    assert parse_when(text, THU, MAD) is None


def test_friday_the_12th_that_is_a_saturday_is_unread_not_guessed() -> None:
    r = read_whens("friday the 12th at 3pm", THU, MAD)
    assert r.whens == []
    assert r.unread_words("friday the 12th at 3pm") == ("friday the 12th at 3pm",)


# --------------------------------------------------------------- numeric dates, date order


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [("12/15", None, "2026-12-15T09:00"), ("15/12", None, "2026-12-15T09:00"),
     ("3/4", None, None), ("3/4", "dmy", "2027-04-03T09:00"), ("3/4", "mdy", "2027-03-04T09:00"),
     ("12/15", "dmy", None), ("5/5", None, "2027-05-05T09:00"), ("3.4.", None, "2027-04-03T09:00")],
)  # fmt: skip
def test_numeric_dates_follow_the_date_order(text: str, order: str | None, expected: str) -> None:
    m = parse_when(text, THU, MAD, date_order=order)
    assert (m.due if m else None) == (local(expected) if expected else None)


def test_a_date_with_two_readings_takes_its_time_with_it() -> None:
    """ "3/4 at 10" must not become "today at 10": the whole phrase is asked about."""
    r = read_whens("remind me 3/4 at 10", THU, MAD)
    assert r.whens == [] and r.unread_words("remind me 3/4 at 10") == ("3/4 at 10",)


# --------------------------------------------------------------- reminder texts keep no date words

PHRASINGS = [
    "remind me {d} to call Ana", "remind me to call Ana {d}", "{d} remind me to call Ana",
    "remind me {d}: call Ana", "ping me {d} about call Ana",
]  # fmt: skip
DATES = [
    "Friday the 11th at 3pm", "in 1h30", "12/15 at 10", "3/4", "at seven pm", "quarter past three",
    "quarter to five", "half past two", "at ten fifteen", "on the ninth of january",
    "twenty third of february", "in three hours", "after twenty minutes", "in an hour and a half",
    "tomorrow at 3", "next friday at 9am", "Friday the 12th at 3pm", "3/4 at 10",
]  # fmt: skip


@pytest.mark.parametrize("date_words", DATES)
@pytest.mark.parametrize("phrasing", PHRASINGS)
def test_reminder_text_never_keeps_date_fragments(phrasing: str, date_words: str) -> None:
    p = parse_message(phrasing.format(d=date_words), THU, MAD, strict=True)
    if p.intent != "remind":  # not understood at all: the bot asks; nothing is saved
        assert p.due is None and p.text is None
        return
    assert p.text is not None and "call Ana" in p.text
    words = set(p.text.lower().replace(":", " ").split())
    for w in date_words.lower().split():
        if w not in ("to", "call", "ana"):
            assert w not in words, (phrasing, date_words, p.text)
    assert (p.due is None) == bool(p.unread), "a time is read, or it is unread and asked"


# --------------------------------------------------------------- through the console bot


def _reminders(sessions) -> list[Reminder]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Reminder)))


def test_friday_the_11th_at_3pm_is_saved_at_3pm_without_date_words(console, sessions) -> None:
    out = console.say("remind me Friday the 11th at 3pm to call Ana")
    (rem,) = _reminders(sessions)
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2026-12-11T15:00"
    ), out
    assert rem.text == "call Ana"


def test_in_1h30_is_90_minutes_from_now(console, sessions) -> None:
    out = console.say("remind me in 1h30 to call Bob back")
    (rem,) = _reminders(sessions)
    # the console clock is 2026-11-26 10:00 UTC
    assert rem.due_at.replace(tzinfo=None) == datetime(2026, 11, 26, 11, 30), out
    assert rem.text == "call Bob back"


def test_12_15_at_10_is_december_15_not_tomorrow(console, sessions) -> None:
    out = console.say("remind me 12/15 at 10 to send the contract")
    (rem,) = _reminders(sessions)
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2026-12-15T10:00"
    ), out


def test_3_4_is_asked_about_without_a_date_order_and_read_with_one(console, sessions) -> None:
    out = console.say("remind me 3/4 at 10 to call Bob")
    assert "3/4 at 10" in out and "When should I remind you to call Bob" in out
    assert "me dates" in out
    assert _reminders(sessions) == []
    assert "not set" in console.say("me")
    assert "Saved" in console.say("me dates dmy")
    assert "dmy" in console.say("me")
    console.say("remind me 3/4 at 10 to call Bob")
    (rem,) = _reminders(sessions)
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2027-04-03T10:00"
    )
    with transaction(sessions) as s:
        assert s.scalar(select(User.date_order)) == "dmy"


def test_mdy_reads_month_first_and_off_unsets(console, sessions) -> None:
    console.say("me dates mdy")
    console.say("remind me 3/4 to call Bob")
    (rem,) = _reminders(sessions)
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2027-03-04T09:00"
    )
    console.say("me dates off")
    assert "When should I remind you" in console.say("remind me 5/6 to call Ana")
    assert "me dates takes" in console.say("me dates ymd")


def test_the_answer_to_when_is_read_with_the_same_rules(console, sessions) -> None:
    out = console.say("remind me Friday the 12th at 3pm to call Ana")
    assert "Friday the 12th at 3pm" in out and "When should I remind you to call Ana" in out
    out = console.say("12/11 at 3pm")  # 12 November or 11 December: asked again, not guessed
    assert "12/11" in out and _reminders(sessions) == []
    console.say("friday at 3pm")
    (rem,) = _reminders(sessions)
    assert rem.text == "call Ana"
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2026-11-27T15:00"
    )


def test_a_follow_up_date_that_cannot_be_read_is_asked_before_logging(console, sessions) -> None:
    console.say("contact add Jon Berg")
    out = console.say("met Jon Berg, follow up 3/4")
    assert "'3/4'" in out and "When should I follow up" in out
    assert _reminders(sessions) == []
    console.say("next tuesday at 9")
    (rem,) = _reminders(sessions)
    assert rem.due_at.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(MAD)) == local(
        "2026-12-01T09:00"
    )


@pytest.mark.parametrize(
    ("text", "amount", "currency", "deal"),
    [
        ("new deal Acme renewal forty thousand euros", "40000", "EUR", "Acme renewal"),
        ("new deal Globex pilot fifteen hundred dollars", "1500", "USD", "Globex pilot"),
        ("new deal Initech twelve k", "12000", None, "Initech"),
        ("new deal Hooli three twenty euros", None, None, "Hooli three twenty euros"),
        ("nuevo trato Acme cuarenta mil euros", "40000", "EUR", "Acme"),
        ("neuer Deal Acme vierzigtausend Euro", "40000", "EUR", "Acme"),
        ("nouvelle affaire Acme quarante mille euros", "40000", "EUR", "Acme"),
    ],
)
def test_amounts_in_words(text: str, amount: str | None, currency: str | None, deal: str) -> None:
    d = parse_message(text, THU, MAD, strict=True).to_json_dict()
    assert (d["amount"], d["currency"]) == (amount, currency), d
    if amount is not None:
        assert d["deal"] == deal


def test_a_deal_said_in_words_is_saved_with_its_amount(console, sessions) -> None:
    console.say("new deal Acme renewal forty thousand euros")
    with transaction(sessions) as s:
        deal = s.scalar(select(Opportunity))
        assert deal is not None and deal.title == "Acme renewal"
        assert (deal.amount_minor, deal.currency) == (4_000_000, "EUR")


def test_crmbot_parse_shows_what_it_could_not_read() -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).with_name("crmbot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    out = subprocess.run(
        [*cmd, "parse", "--now", "2026-11-26T10:00", "--tz", MAD, "-"],
        input="remind me 3/4 at 10 to call Bob\nremind me 12/15 at 10 to call Bob\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.splitlines()
    first, second = (json.loads(x) for x in out)
    assert first["due"] is None and first["unread"] == ["3/4 at 10"] and first["text"] == "call Bob"
    assert second["due"] == "2026-12-15T10:00:00+01:00" and "unread" not in second
