"""Deals, amounts and close dates in free text (the ``pdeal`` round, ``dev_deals.jsonl``).

Each test pins one reading rule with its reason: a value that is not sure is asked about
(``unread`` or a confidence below ``ASK_BELOW``), never guessed; a word that looks like a
stage or a date but belongs to something else is not read as one.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from handlers.language.amounts import find_amount, not_the_value
from handlers.language.nlu import ASK_BELOW, ParseResult, fold, parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def _parse(text: str) -> ParseResult:
    return parse_message(text, NOW, TZ, "en", strict=True)


def _asked(r: ParseResult) -> bool:
    return bool(r.unread) or r.confidence < ASK_BELOW


# ---------------------------------------------------------------- amounts in words and symbols


@pytest.mark.parametrize(
    ("said", "value", "currency"),
    [
        ("one point two million pounds", "1200000", "GBP"),
        ("two point five million dollars", "2500000", "USD"),
        ("seven and a half thousand euros", "7500", "EUR"),
        ("two and a half million dollars", "2500000", "USD"),
        ("half a million dollars", "500000", "USD"),
        ("c$40,000", "40000", "CAD"),
        ("a$85k", "85000", "AUD"),
        ("nz$12,000", "12000", "NZD"),
    ],
)
def test_amounts_with_fractions_and_dollar_prefixes(said: str, value: str, currency: str) -> None:
    found = find_amount(said)
    assert found is not None
    assert (found.value, found.currency) == (Decimal(value), currency)


def test_the_tail_of_a_number_phrase_is_never_read_alone() -> None:
    """ "one point two million": reading "two million" would be an amount read wrong."""
    found = find_amount("one point three three million pounds")
    assert found is None or found.value == Decimal("1330000")
    assert find_amount("seven and a quarter thousand euros") is None


@pytest.mark.parametrize(
    "text", ["new deal ember pos, 6k per month", "new deal ardent 2k a month", "acme €500 pcm"]
)
def test_a_price_by_the_month_is_not_the_value(text: str) -> None:
    folded = fold(text)
    found = find_amount(folded)
    assert found is not None and not_the_value(folded, found) is not None


def test_a_spaced_dash_is_a_separator_and_a_glued_sign_a_change() -> None:
    folded = fold("deal: castle rock pos - 15k - closing dec")
    found = find_amount(folded)
    assert found is not None and not_the_value(folded, found) is None
    folded = fold("acme renewal +5k")
    found = find_amount(folded)
    assert found is not None and not_the_value(folded, found) == "+5k"


# ---------------------------------------------------------------- new deals


@pytest.mark.parametrize(
    "text",
    [
        "new deal Ember Coffee franchise pos, 6k per month",
        "new deal Prism Optics, 250 seats at $29/seat/month",
        "new deal Lattice Robotics 40-60k",
        "new deal Rustic Timber 3 crore",
    ],
)
def test_a_new_deal_amount_in_doubt_is_asked(text: str) -> None:
    r = _parse(text)
    assert r.intent == "create_deal" and r.amount is None and _asked(r)


def test_closing_before_a_when_is_the_close_never_the_stage() -> None:
    r = _parse("new deal Gull Wing Air charter 80k, closing 2/3")
    assert r.stage is None and r.close is None and _asked(r)
    assert r.amount == Decimal("80000")  # the sure amount is kept
    r = _parse("new deal Hollis Brewery kegs 30 grand, closing before christmas")
    assert r.stage is None and r.close is None and _asked(r)


def test_a_term_contract_is_not_the_stage_but_a_support_contract_still_is() -> None:
    assert _parse("new deal Solano Wines export, 3 year contract, 90k total").stage is None
    assert _parse("new deal Initech support contract").stage == "closing"


@pytest.mark.parametrize(
    ("text", "close"),
    [
        ("new opp polaris security cctv 33k eur q1", date(2027, 3, 31)),
        ("new deal redwood ins 8.5k usd eom", date(2026, 11, 30)),
        ("new deal Atlas Freight telematics 1.2M, close by end of Q2", date(2027, 6, 30)),
        ("new deal Acme renewal 12k close end of quarter", date(2026, 12, 31)),
        ("opp @ sunridge solar 1.1m, cls mar", date(2027, 3, 31)),
    ],
)
def test_terse_and_period_closes(text: str, close: date) -> None:
    r = _parse(text)
    assert r.intent == "create_deal" and r.close == close


@pytest.mark.parametrize(
    "text",
    [
        "new deal Ostara Cosmetics £50k closing next year",
        "new deal Acme 12k closing in the new year",
    ],
)
def test_a_vague_close_is_asked(text: str) -> None:
    r = _parse(text)
    assert r.close is None and _asked(r)


def test_a_company_that_is_the_subject_is_the_account() -> None:
    r = _parse("New opportunity: Tata Steel wants 300 licences, roughly 90k USD")
    assert (r.intent, r.account, r.deal) == ("create_deal", "Tata Steel", None)
    assert (r.amount, r.currency) == (Decimal("90000"), "USD")


def test_a_count_after_for_is_no_account() -> None:
    r = _parse("new deal Helix Biotech enterprise license €240k for 10k users")
    assert r.account is None and r.deal == "Helix Biotech enterprise license"


@pytest.mark.parametrize(
    "text",
    [
        "create an opportunity for Bramble Bakeries, 6.2k",
        "start a new deal for Meadowbrook Farms, 35k, in negotiation",
        "log a new deal: Monarch Hotels wifi, 14k",
    ],
)
def test_more_create_forms_are_rules(text: str) -> None:
    r = _parse(text)
    assert r.intent == "create_deal" and r.confidence == 1.0


def test_dictated_amounts_with_fractions_in_a_new_deal() -> None:
    r = _parse("new deal mosaic media licensing one point two million pounds")
    assert (r.deal, r.amount, r.currency) == ("mosaic media licensing", Decimal("1200000"), "GBP")


# ---------------------------------------------------------------- updates, moves, finds


def test_a_close_moved_from_one_date_to_another_is_the_second() -> None:
    r = _parse("Quarry Bank payroll close date from 15 dec to 31 jan")
    assert (r.intent, r.close) == ("update_deal", date(2027, 1, 31))
    assert not _asked(r)


def test_a_numeric_date_after_to_is_a_date_not_an_hour_range() -> None:
    r = _parse("move the Fjord Seafood cold chain close date to 1/15")
    assert (r.intent, r.deal, r.close) == (
        "update_deal",
        "Fjord Seafood cold chain",
        date(2027, 1, 15),
    )


def test_an_amount_after_from_is_no_unread_hour() -> None:
    r = _parse("bump Atlas telematics from 1.2m to 1.5m")
    assert (r.intent, r.amount) == ("update_deal", Decimal("1500000")) and not _asked(r)


def test_won_then_a_note_is_a_move() -> None:
    r = _parse("Zenon data feed won, kick-off on jan 4")
    assert (r.intent, r.deal, r.stage, r.close, r.due) == (
        "move_deal",
        "Zenon data feed",
        "won",
        None,
        None,
    )


def test_move_back_keeps_the_deal_name() -> None:
    assert _parse("move Atlas telematics back to qualified").deal == "Atlas telematics"


@pytest.mark.parametrize(
    "text", ["find the Lumen fiber upgrade deal", "find deal Lumen fiber upgrade"]
)
def test_find_a_deal_by_its_name(text: str) -> None:
    r = _parse(text)
    assert (r.intent, r.text) == ("find", "Lumen fiber upgrade")


# ---------------------------------------------------------------- logs and reminders


def test_a_log_with_a_range_keeps_no_amount() -> None:
    r = _parse("call with Greta Olsen at Fjord Seafood, budget 50-60k NOK, follow up monday")
    assert r.intent == "log_activity" and r.amount is None and r.currency is None
    assert r.due is not None and r.due.date() == date(2026, 11, 30)


def test_a_date_in_a_condition_is_no_follow_up() -> None:
    r = _parse("call w/ Sue at Lattice Robotics, she's ok with 48k if we close by dec 15")
    assert r.intent == "log_activity" and r.due is None and r.amount == Decimal("48000")


@pytest.mark.parametrize(
    "text",
    [
        "remind me in the first week of march to book the trade fair stand",
        "met Marco Ferri at Solano Wines, f/u first week of january",
    ],
)
def test_a_week_of_a_month_is_asked(text: str) -> None:
    r = _parse(text)
    assert r.due is None and r.unread


def test_the_last_day_of_the_month() -> None:
    r = _parse("remind me on the last day of the month to send invoices")
    assert r.due is not None and r.due.date() == date(2026, 11, 30)
    assert r.text == "send invoices"


@pytest.mark.parametrize(
    "text", ["add Globex pilot to the pipeline, 20k", "new pipeline entry: Globex pilot 20k"]
)
def test_adding_to_the_pipeline_is_a_new_deal(text: str) -> None:
    r = _parse(text)
    assert (r.intent, r.deal, r.amount) == ("create_deal", "Globex pilot", Decimal("20000"))


def test_a_month_alone_in_the_last_field_is_the_close() -> None:
    r = _parse("New Deal: Globex Pilot | 20k | March")
    assert (r.deal, r.amount, r.close) == ("Globex Pilot", Decimal("20000"), date(2027, 3, 31))


@pytest.mark.parametrize(
    ("text", "account", "amount"),
    [
        ("open a 25k opportunity with initech for the api platform", "initech", "25000"),
        ("open an 80k deal with Hooli", "Hooli", "80000"),
    ],
)
def test_open_a_deal_creates_it_and_open_a_record_finds_it(
    text: str, account: str, amount: str
) -> None:
    """ "open a 25k opportunity …" was a search for those words; "open X" still finds X."""
    r = _parse(text)
    assert (r.intent, r.account, str(r.amount)) == ("create_deal", account, amount)
    assert _parse("open the contact named john").intent == "find"
    assert _parse("open acme").intent == "find"
