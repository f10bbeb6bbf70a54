"""Deal updates and stage moves said in reps' own words (the ``pupd`` round, ``dev_updates.jsonl``).

Each test pins one reading with its reason: a deal's name without the words of the change, a
close moved that is no reminder, a change of value that is asked about, a count that is no
date.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from handlers.language.dates import read_whens
from handlers.language.nlu import ASK_BELOW, ParseResult, parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def _parse(text: str) -> ParseResult:
    return parse_message(text, NOW, TZ, "en", strict=True)


def _asked(r: ParseResult) -> bool:
    return bool(r.unread) or r.confidence < ASK_BELOW


@pytest.mark.parametrize(
    ("said", "deal"),
    [
        # the words of the change said after the name are no part of it
        ("move Beckett Legal's close up to next friday", "Beckett Legal"),
        ("Oakhurst Telecom value is 1.3m EUR now", "Oakhurst Telecom"),
        ("update the Brackley Motors amount to 75 grand", "Brackley Motors"),
        ("hollis legal slip to feb", "hollis legal"),
        ("Ambrose Pharma next step = exec sponsor meeting", "Ambrose Pharma"),
        # and neither are the words before it
        ("set stage of Penrose Capital to qualified", "Penrose Capital"),
        ("Bexley Water renewal stage: negotiation", "Bexley Water renewal"),
    ],
)
def test_a_deals_name_is_said_without_the_words_of_the_change(said: str, deal: str) -> None:
    assert _parse(said).deal == deal


def test_the_name_read_before_the_change_is_taken_only_when_it_grows_the_name() -> None:
    # "Stanmore Estates deal now worth": the tagger's "Estates" is the end of the name
    assert _parse("Stanmore Estates deal now worth £28k").deal == "Stanmore Estates"
    # "close date for the X": the words of the change never become the name
    r = _parse("close date for the Initech rollout is now the 15th")
    assert (r.deal, r.close) == ("Initech rollout", date(2026, 12, 15))


@pytest.mark.parametrize(
    ("said", "deal", "close"),
    [
        ("We're now targeting Jan 8 for the Vesper Hotels deal", "Vesper Hotels", date(2027, 1, 8)),
        ("tyrell ren -> jan 15", "tyrell ren", date(2027, 1, 15)),
        (
            "Heads up, the legal review on the Globex data platform will take longer than "
            "planned, so please move the close date to 15 January. Amount unchanged.",
            "Globex data platform",
            date(2027, 1, 15),
        ),
    ],
)
def test_a_close_moved_said_like_a_to_do_is_the_deals_update(
    said: str, deal: str, close: date
) -> None:
    """They were reminders set on the new close day, the deal's close unchanged."""
    r = _parse(said)
    assert (r.intent, r.deal, r.close, r.due) == ("update_deal", deal, close, None)


def test_a_reminder_asked_for_about_a_close_stays_a_reminder() -> None:
    r = _parse("remind me friday to update the Greyhawk close date")
    assert r.intent == "remind" and r.due is not None and r.close is None


@pytest.mark.parametrize(
    "said",
    ["add 5k to the Radley Optics deal", "Sutton Medical renewal +10k"],
)
def test_a_sum_added_to_a_deal_is_asked_about_as_an_update(said: str) -> None:
    """ "add 5k to …" was a new deal worth 5k, "+10k" a move with an amount of 10k."""
    r = _parse(said)
    assert r.intent == "update_deal" and r.amount is None and _asked(r)


def test_a_log_that_says_from_one_amount_to_another_keeps_the_second() -> None:
    r = _parse("called Ines Carvalho at Brennan, budget went from 90k to 110k")
    assert r.amount in (None, Decimal("110000"))


def test_an_ordinal_that_counts_a_thing_is_no_date() -> None:
    now = datetime(2026, 11, 26, 10, 0)
    for said in ("they dropped the second clinic", "cut to 20k, they dropped the 2nd clinic"):
        assert read_whens(said, now, TZ, "en").whens == []
    for said, day in (
        ("push it to the 15th please", date(2026, 12, 15)),
        ("close date is now the 15th", date(2026, 12, 15)),
        ("we said the 15th works", date(2026, 12, 15)),
    ):
        (w,) = read_whens(said, now, TZ, "en").whens
        assert w.due.date() == day
    r = _parse("Ivybridge Ortho deal cut to 20k, they dropped the second clinic")
    assert (r.amount, r.close) == (Decimal("20000"), None)


def test_wont_is_no_won_stage() -> None:
    r = _parse(
        "Not great: the Stark renewal won't happen this year, they need board sign-off in "
        "February. Let's say end of February for the close."
    )
    assert r.stage != "won"


@pytest.mark.parametrize(
    ("said", "deal", "stage"),
    [
        ("Ambrose Pharma lost on price, they went with Veeva", "Ambrose Pharma", "lost"),
        ("Acme Pharma lost", "Acme Pharma", "lost"),  # never "Acme Pharm" + Spanish "a lost"
        (
            "Tarrant Labs pilot qualified, they have budget for Q1",
            "Tarrant Labs pilot",
            "pre-approach",
        ),
        ("Wolverton Data signed on Monday", "Wolverton Data", "won"),
    ],
)
def test_a_move_said_with_its_reason_or_day_after_it(said: str, deal: str, stage: str) -> None:
    r = _parse(said)
    assert (r.intent, r.deal, r.stage, r.close) == ("move_deal", deal, stage, None)
