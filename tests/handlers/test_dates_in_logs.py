"""Dates and amounts inside notes are not read wrong (issue 10, the dev3 weak spots).

A log often says several dates: only the rep's own next step is the follow-up ("sending the
quote friday", "follow up monday"); a date about the customer ("she'll sign next week", "their
budget resets on March 1", "he'll call back tomorrow") stays in the note. Numbers that count
things ("450 million subscribers", "3rd try", "5th avenue") are neither amounts nor dates, a
bare hour after a day in chat ("tmrw 10") is that hour, never 09:00, and what has no one
reading ("follow up after the tender", "₹40 lakh", "close early january") is asked about.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from parse_read import NOW, TZ, read
from sqlalchemy import func, select

from handlers.language import followup
from handlers.language.amounts import counts_something, find_amount, unread_amount
from handlers.language.dates import fold, read_whens
from handlers.language.nlu import ASK_BELOW, parse_message
from storage.db import transaction
from storage.models import Activity, Reminder

FRI, MON, TUE, WED = "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"


@pytest.mark.parametrize(
    "text",
    [
        "called Maria Keller at Brightwater, she said their budget resets on March 1",
        "spoke with Aiko at Rakuten, contract expires March 31, they want to renew early",
        "visited Heineken Spain today, they close for maintenance on Dec 20",
        "note on Siemens Energy: their procurement freeze lifts on February 1",
        "note on Globex Holdings: moving HQ on 1 March",
        "lunch with Hannah Schmidt from Zalando, she starts her new role on Monday",
        "rang Dmitri, he'll call back tomorrow",
        "called Ana Ruiz yesterday at 4, she'll sign next week",
        "emailed Julia Weber at Henkel the SLA, legal reviews it next Thursday",
        "quick call with Paulo at Sonae, he'll be in Madrid on the 12th",
        "talked to magnus at ericsson for twenty minutes he will send the rfp on monday",
        "emailed Noah Cohen at Wix the contract, he signs on Tuesday",
    ],
)
def test_a_date_about_the_customer_is_part_of_the_note(text: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity"
    assert "due" not in got and "unread" not in got, got


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("called Pablo Ruiz at Repsol, sending quote friday", f"{FRI}T09:00:00+01:00"),
        ("Called Grace at Safaricom, I'll send the quote friday", f"{FRI}T09:00:00+01:00"),
        ("spoke w/ ama @ mtn, sending pricing eod", "2026-11-26T17:00:00+01:00"),
        ("called li wei @ byd, nxt steps: send sow wed", f"{WED}T09:00:00+01:00"),
        ("called Mei Lin at DBS, she asked me to call back at 4", "2026-11-26T16:00:00+01:00"),
        ("met Kenji at Toyota Tsusho, we meet again on Dec 9 at 10", "2026-12-09T10:00:00+01:00"),
        # the follow-up word starts its own clause in dictation, after someone else's fact
        (
            "called mohammed at omantel he said their budget resets on january first "
            "follow up next monday at ten",
            f"{MON}T10:00:00+01:00",
        ),
        # the rep's step and the customer's fact in one message: the rep's is the follow-up
        (
            "spoke with Tariq at Careem, they start the pilot on Monday, I'll check in Tuesday",
            f"{TUE}T09:00:00+01:00",
        ),
        ("Jon from Initech called, wants a demo next week", f"{MON}T09:00:00+01:00"),
        ("lunch with Jon Bakker tomorrow at 1", f"{FRI}T13:00:00+01:00"),
    ],
)
def test_the_reps_own_next_step_is_the_follow_up(text: str, due: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity" and got.get("due") == due, got


def test_a_customer_deadline_is_a_fact_but_the_reps_own_deadline_is_the_follow_up() -> None:
    assert "due" not in read("met Priya at Infosys, she wants the proposal by Friday")
    got = read("Had a call with Mateo at Enel, they want a quote, I'll send it by Wednesday")
    assert got.get("due") == f"{WED}T09:00:00+01:00"


def test_two_follow_ups_of_the_rep_are_asked_about() -> None:
    got = read("lunch with Femi Adeyemi tomorrow or monday")
    assert "due" not in got and len(got["unread"]) == 2  # type: ignore[arg-type]


def test_a_follow_up_with_no_readable_time_is_asked_about() -> None:
    got = read("met Abebe at Ethio Telecom, follow up after the tender")
    assert "due" not in got and got["unread"] == ["after the tender"]
    assert "unread" not in read("met Abebe at Ethio Telecom, she wants to follow up soon")


def test_clause_owner() -> None:
    def who(text: str, at: str) -> str:
        return followup.owner(text, fold(text), text.index(at))

    assert who("lunch with Jon tomorrow at 1", "tomorrow") == "head"
    assert who("called Ana, sending quote friday", "friday") == "mine"
    assert who("called Ana, I'll send the quote friday", "friday") == "mine"
    assert who("called Ana, she'll sign next week", "next") == "theirs"
    assert who("called Ana, contract expires March 31", "March") == "theirs"
    assert who("called Ana. Rodrigo says legal needs time until May", "May") == "theirs"
    assert who("cb from jin, wants 2 demos nxt wk", "nxt") == "requested"
    assert who("called Ana, pricing is due friday", "friday") == "theirs"


def test_an_ordinal_that_counts_is_no_date() -> None:
    def said(text: str) -> list[str]:
        r = read_whens(text, NOW, TZ, "en")
        return [text[w.start : w.end] for w in r.whens] + list(r.unread_words(text))

    assert said("vm for dara @ aib, 3rd try") == []
    assert said("lovely spot on 5th avenue") == []
    assert said("follow up 3rd") == ["3rd"]
    assert said("due 3rd at 10") == ["3rd at 10"]
    assert said("follow up on the 3rd") == ["on the 3rd"]
    assert said("f/u dec 3rd") == ["dec 3rd"]
    assert "due" not in read("vm for dara @ aib, 3rd try")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("remind me 2moro 11 re sow", f"{FRI}T11:00:00+01:00"),
        ("vm left for sven @ ikea ab, try again tmrw 10", f"{FRI}T10:00:00+01:00"),
        ("pls f/u w/ zanele mon 3", f"{MON}T15:00:00+01:00"),
        ("tomorrow 10, call bob", f"{FRI}T10:00:00+01:00"),
    ],
)
def test_a_bare_hour_after_a_day_is_that_hour(text: str, due: str) -> None:
    assert read(text)["due"] == due


def test_a_number_after_a_day_that_counts_is_no_hour() -> None:
    r = read_whens("remind me tmrw 10 people to call", NOW, TZ, "en")
    assert [w.due.hour for w in r.whens] == [9]
    r = read_whens("remind me monday 10,000 units to ship", NOW, TZ, "en")
    assert [w.due.hour for w in r.whens] == [9]


@pytest.mark.parametrize(
    "text",
    [
        "they run 450 million subscribers on version 3.2",
        "we have 10k users and 3 admins",
        "they brew two million hectolitres a year",
        "about 1.2m people visit the site",
    ],
)
def test_a_count_with_a_scale_is_no_amount(text: str) -> None:
    assert find_amount(fold(text)) is None


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("new deal acme 12k", "12000", None),
        ("bump to 15k plus tax", "15000", None),
        ("10k users and 30k eur", "30000", "EUR"),
        ("12 million dollars", "12000000", "USD"),
        ("deal 40k closes in march", "40000", None),
    ],
)
def test_amounts_beside_counts_are_still_read(text: str, value: str, currency: str | None) -> None:
    got = find_amount(fold(text))
    assert got is not None and str(got.value) == value and got.currency == currency


def test_counts_something() -> None:
    assert counts_something("10k users", 3)
    assert counts_something("5m people", 2)
    assert not counts_something("10k euros", 3)
    assert not counts_something("10k plus vat", 3)
    assert not counts_something("10k", 3)


def test_a_scale_the_reader_does_not_know_is_asked_about() -> None:
    assert find_amount(fold("opp @ toyota kirloskar ₹40 lakh")) is None
    assert unread_amount("opp @ Toyota Kirloskar ₹40 lakh") is not None
    got = parse_message("opp @ Toyota Kirloskar ₹40 lakh", NOW, TZ, "en", strict=True)
    assert got.amount is None and got.currency is None and got.confidence < ASK_BELOW


def test_a_vague_close_is_asked_about() -> None:
    got = parse_message("new deal Jumia logistics 30k, close early january", NOW, TZ, "en")
    assert got.close is None and "early january" in got.unread
    assert got.confidence < ASK_BELOW
    got = parse_message("new deal Jumia logistics 30k, closing in march", NOW, TZ, "en")
    assert str(got.close) == "2027-03-31" and not got.unread


def test_a_hedge_ends_the_deal_name() -> None:
    got = parse_message("new deal Telenor IoT roughly 60k NOK", NOW, TZ, "en", strict=True)
    assert got.deal == "Telenor IoT" and str(got.amount) == "60000" and got.currency == "NOK"


def test_a_date_in_the_note_writes_no_follow_up_end_to_end(console, sessions) -> None:
    console.say("contact add Hannah Schmidt account=Zalando")
    out = console.say("lunch with Hannah Schmidt from Zalando, she starts her new role on Monday")
    assert "Logged meeting" in out and "follow-up" not in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert act is not None and "new role on Monday" in act.body
        assert s.scalar(select(func.count()).select_from(Reminder)) == 0


def test_the_reps_next_step_writes_the_follow_up_end_to_end(console, sessions) -> None:
    console.say("contact add Pablo Ruiz account=Repsol")
    out = console.say("called Pablo Ruiz at Repsol, sending quote friday")
    assert "Logged call" in out and "follow-up Fri 27 Nov 09:00" in out
    with transaction(sessions) as s:
        rem = s.scalar(select(Reminder))
        assert rem is not None and rem.kind == "follow-up"
        assert rem.due_at == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)  # 09:00 Madrid


@pytest.mark.parametrize(
    "text",
    [
        "they want support 24/7",
        "we agreed a 50/50 split",
        "about 30 people at 3 sites",
        "they want 200 units at 45 each",
        "closing the 2nd half of the year",
    ],
)
def test_numbers_in_a_note_are_no_date_and_nothing_to_ask(text: str) -> None:
    r = read_whens(text, NOW, TZ, "en")
    assert r.whens == [] and r.unread == []


def test_a_number_word_that_counts_is_no_unread_time() -> None:
    got = read("i just spoke with emeka obi from first bank he wants a quote follow up on monday")
    assert got.get("due") == f"{MON}T09:00:00+01:00"
    got = read("Finally got Tunde at Access Bank after three tries. Follow up Monday at 10.")
    assert got.get("due") == f"{MON}T10:00:00+01:00"
    # a time said in words that is not read still makes the bot ask (never 09:00)
    assert "due" not in read("remind me tomorrow at six thirtyish to call")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("i have a meeting with al on march twenty first at ten", "2027-03-21T10:00:00+01:00"),
        ("we are having dinner with frank at eight pm on friday", f"{FRI}T20:00:00+01:00"),
    ],
)
def test_a_meeting_still_to_come_is_logged_with_its_time(text: str, due: str) -> None:
    got = read(text)
    assert got["intent"] == "log_activity" and got["activity_type"] == "meeting"
    assert got["due"] == due


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("bump Acme renewal by 5k", "by 5k"),
        ("new deal Acme 5 seats at $300", "5 seats at $300"),
        ("new deal Acme $300 per seat", "$300 per seat"),
    ],
)
def test_a_change_or_a_unit_price_is_not_the_deals_value(text: str, words: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.amount is None and words in got.unread and got.confidence < ASK_BELOW


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bump Acme renewal to 15k", "15000"),
        ("bump Acme renewal from 10k to 15k", "15000"),
        ("new deal Acme 15k EUR for 200 licences", "15000"),
        ("new deal Acme 12k per year", "12000"),
    ],
)
def test_the_deals_value_is_still_read(text: str, value: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert str(got.amount) == value and not got.unread


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Met Bob at Globex. Next meeting: Dec 9 at 10am.", "2026-12-09T10:00:00+01:00"),
        ("Ana from Acme called, she wants to meet tomorrow at 3", f"{FRI}T15:00:00+01:00"),
    ],
)
def test_a_labelled_or_requested_next_meeting_is_the_follow_up(text: str, due: str) -> None:
    assert read(text).get("due") == due


def test_a_follow_up_in_a_month_alone_is_asked_about() -> None:
    got = read("visited Acme, they're launching in March, follow up in January")
    assert "due" not in got and got["unread"] == ["in January"]


def test_another_languages_customer_clause_is_the_note() -> None:
    got = parse_message("møtte Ola i dag, han sender tilbudet fredag", NOW, TZ, "nb")
    assert got.intent == "log_activity" and got.due is None
    got = parse_message("ringte Kari hos Telenor, følg opp tirsdag", NOW, TZ, "nb")
    assert got.due is not None and got.due.date().isoformat() == TUE


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("call ana tmrw 10-11", "tmrw 10-11"),
        ("remind me friday 9 to 5 to call", "friday 9 to 5"),
        ("remind me tomorrow between 2 and 4 to call", "tomorrow between 2 and 4"),
    ],
)
def test_two_hours_after_a_day_are_asked_about(text: str, words: str) -> None:
    got = read(text)
    assert "due" not in got and got["unread"] == [words]


def test_terse_today_and_tonight() -> None:
    assert read("call ana 2day 4pm")["due"] == "2026-11-26T16:00:00+01:00"
    assert read("call ana 2nite 8")["due"] == "2026-11-26T20:00:00+01:00"


def test_a_terse_follow_up_count_with_no_in_is_asked_about() -> None:
    got = read("called ana, f/u 2wks")
    assert "due" not in got and got["unread"] == ["2wks"]


def test_a_cardinal_word_before_a_month_is_a_count_not_a_day() -> None:
    r = read_whens("met Ana at Acme, next one dec 10", NOW, TZ, "en")
    assert [w.due.isoformat() for w in r.whens] == ["2026-12-10T09:00:00+01:00"]
    r = read_whens("the ninth of january", NOW, TZ, "en")
    assert [w.due.date().isoformat() for w in r.whens] == ["2027-01-09"]


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("new deal Acme 10k closing next month", "2026-12-31"),
        ("new deal Acme 10k closing next quarter", "2027-03-31"),
        ("new deal Acme 10k close this month", "2026-11-30"),
        ("new deal Acme 10k close EOY", "2026-12-31"),
        ("new deal Acme 10k close end of year", "2026-12-31"),
        ("new deal Acme 10k closing end of next month", "2026-12-31"),
    ],
)
def test_a_period_as_a_close_is_its_last_day(text: str, close: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert str(got.close) == close and not got.unread


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("new deal Acme 10k closing early Q2", "early Q2"),
        ("new deal Acme 10k, should close before Christmas", "before Christmas"),
    ],
)
def test_a_vague_close_period_is_asked_about(text: str, words: str) -> None:
    got = parse_message(text, NOW, TZ, "en", strict=True)
    assert got.close is None and words in got.unread and got.confidence < ASK_BELOW


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "Friday" (tomorrow, said as small talk) and "tomorrow at 3pm" are one day: its hour
        ("Friday feeling. Called Bob, call him tomorrow at 3pm", f"{FRI}T15:00:00+01:00"),
        (
            "Friday feeling already. Emailed Dolores Alvarez at Grupo Salinas the revised terms "
            "(v3, 14 pages). Will call her tomorrow at 12 to walk through it.",
            f"{FRI}T12:00:00+01:00",
        ),
    ],
)
def test_one_day_said_twice_keeps_its_hour_never_nine(text: str, due: str) -> None:
    assert read(text)["due"] == due
