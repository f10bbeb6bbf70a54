"""'deals closing this month' once listed every open deal: the list read only 'mine' and
ignored the rest. Every word of a deal list is now a filter or shown back (clock: Thu
2026-11-26)."""

from __future__ import annotations

import pytest


@pytest.fixture
def deals(console):
    console.say("deal add Globex seats 20k USD close=2026-11-30 stage=negotiation")
    console.say("deal add Initech pilot 5k close=2026-11-10")
    console.say("deal add Tyrell renewal 50k close=2027-01-15 stage=proposal")
    console.say("deal add Umbrella audit 8k close=2027-03-31")
    return console


def listed(out: str) -> list[str]:
    """The deals in the order listed."""
    return sorted(
        (t for t in ("Globex", "Initech", "Tyrell", "Umbrella") if t in out), key=out.index
    )


def test_closing_this_month_lists_only_that_months_deals(deals):
    out = deals.say("deals closing this month")
    assert listed(out) == ["Initech", "Globex"] and "closing 2026-11" in out


def test_a_period_quarter_or_month_name(deals):
    assert listed(deals.say("deals closing next quarter")) == ["Tyrell", "Umbrella"]
    assert listed(deals.say("deals closing in january")) == ["Tyrell"]  # the next January
    assert listed(deals.say("deal list closing 2027-03")) == ["Umbrella"]


def test_stage_mine_and_overdue(deals, console_bob):
    console_bob.say("deal add Bob's own 1k close=2026-12-01")
    assert listed(deals.say("deals in negotiation")) == ["Globex"]
    assert listed(deals.say("deals mine proposal")) == ["Tyrell"]
    out = deals.say("deals overdue")
    assert listed(out) == ["Initech"] and "overdue" in out


def test_words_that_are_no_filter_are_shown_back_not_ignored(deals):
    out = deals.say("deals with big logos")
    assert "can't list deals by 'big logos'" in out and not listed(out)


def test_an_empty_filtered_list_says_what_it_filtered(deals):
    out = deals.say("deals won")
    assert "No deals match: won." in out
    assert "No deals match: closing 2027-06." in deals.say("deals closing in june")


def test_plain_list_and_fields_still_work(deals):
    assert len(listed(deals.say("deal list"))) == 4
    assert listed(deals.say("deal list stage=proposal")) == ["Tyrell"]
    assert "status is one of" in deals.say("deal list status=maybe")


def test_deals_by_a_group_is_the_pipeline_report(deals):
    out = deals.say("deals by stage")
    assert "Pipeline" in out and "Closing" in out and "can't list" not in out


def test_how_much_is_in_a_stage_drills_into_it(deals):
    # "closing" chose the forecast of this quarter
    out = deals.say("how much is in closing?")
    assert "Closing (stage)" in out and "Globex" in out and "Forecast" not in out


def test_find_the_deal_history_said_with_an_article(deals):
    # "show me the stark deal history" searched for "the stark" and found nothing
    out = deals.say("show me the tyrell deal history")
    assert "Tyrell renewal" in out and "Nothing matches" not in out


def test_a_win_probability_said_in_words(deals, sessions):
    # "Stark armor licensing probability 60%" asked to move a deal of that whole name
    from sqlalchemy import select

    from storage.db import transaction
    from storage.models import Opportunity

    out = deals.say("Tyrell renewal probability 60%")
    assert "Deal updated" in out and "(60%)" in out
    deals.say("set the globex seats win probability to 35 percent")
    with transaction(sessions) as s:
        probs = dict(s.execute(select(Opportunity.title, Opportunity.probability)).all())
    assert probs["Tyrell renewal"] == 60 and probs["Globex seats"] == 35
    assert "between 0 and 100" in deals.say("Tyrell renewal probability 200%")


def test_reassign_a_deal_in_words(deals, console_bob, sessions):
    # "reassign wayne fleet to bob" was not understood
    from sqlalchemy import select

    from storage.db import transaction
    from storage.models import Opportunity, User

    console_bob.say("me")
    out = deals.say("reassign the globex seats to bob")
    assert "Deal updated" in out and "owner: bob" in out
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.title == "Globex seats"))
        assert s.get(User, d.owner_id).display_name == "bob"
    assert "no user named 'zed'" in deals.say("reassign tyrell renewal to zed")
    out = deals.say("give the initech pilot to bob")  # "give" was read as a reminder
    assert "Deal updated" in out and "owner: bob" in out
    out = deals.say("give initech a call tomorrow")  # no "to": still a to-do
    assert "Deal updated" not in out


def test_money_not_read_as_the_amount_is_said(console):
    # "deal add Test2 €1,5 Mio" saved no amount and said nothing
    out = console.say("deal add Umbrella audit €1,5 Mio")
    assert "No amount saved" in out and "deal edit #d1 amount=" in out
    assert "No amount saved" in console.say("deal add Hooli 40 grand")
    assert "No amount saved" not in console.say("deal add Series 2 pilot")


def test_move_to_a_stage_with_words_around_it(deals):
    # "move acme renewal to proposal stage please" was refused: "'proposal stage please' is
    # not a stage"
    assert "Moved to Presentation" in deals.say("move initech pilot to proposal stage please")
    assert "Moved to Closing" in deals.say("move initech pilot to the closing stage now")
    assert "not a stage" in deals.say("move initech pilot to heaven please")


def test_top_rep_and_slipping_are_reports(deals):
    # "who is the top rep this quarter" searched for "top rep this quarter"
    out = deals.say("who is the top rep this quarter?")
    assert "Pipeline by owner" in out and "Nothing matches" not in out
    assert "Changes in the last 7 days" in deals.say("any deals slipping?")


def test_an_empty_forecast_says_where_the_next_deals_are(console):
    # "forecast" in late November with every deal closing in 2027 said only "No deals"
    console.say("deal add Tyrell renewal 50k close=2027-01-15")
    out = console.say("forecast")
    assert "2026-Q4" in out and "next expected close is 2027-01-15 (Tyrell renewal)" in out
    assert "'forecast 2027-Q1'" in out
    assert "2027-01: best case EUR 50,000" in console.say("forecast 2027-Q1")


def test_deals_for_a_member_and_at_an_account(deals, console_bob):
    # "deals for bob" and "deals for acme" were refused ("can't list deals by 'bob'")
    console_bob.say("me")  # Bob has joined
    deals.say("deal add Tyrell upsell 9k account=Tyrell Corp owner=bob")
    deals.say("deal edit Tyrell renewal account=Tyrell Corp")
    out = deals.say("deals for bob")
    assert "owner bob" in out and "Tyrell upsell" in out and "Globex" not in out
    out = deals.say("deals at tyrell")
    assert "account Tyrell Corp" in out and listed(out) == ["Tyrell"]
    assert "Tyrell upsell" in out and "Tyrell renewal" in out
    out = deals.say("deals for bob at tyrell closing this quarter")
    assert "No deals match" in out  # the upsell has no close date
    assert "can't list deals by 'nowhere' (no account has that name)" in deals.say(
        "deals at nowhere"
    )


def test_biggest_and_top_deals(deals):
    # "show me the biggest deals" offered to create a contact 'biggest'; "top 5 deals" showed
    # the whole pipeline, "top 5" unread
    out = deals.say("show me the biggest deals")
    assert "biggest first" in out and listed(out) == ["Tyrell", "Globex", "Umbrella", "Initech"]
    out = deals.say("top 2 deals")
    assert "top 2 by amount · 2 in all" in out and listed(out) == ["Tyrell", "Globex"]
    out = deals.say("what are our biggest deals closing this month?")
    assert "closing 2026-11" in out and listed(out) == ["Globex", "Initech"]
    out = deals.say("deals top 3 mine")
    assert listed(out) == ["Tyrell", "Globex", "Umbrella"]


def test_deals_over_and_under_an_amount_compare_each_currency_at_the_rates(console):
    """ "show me deals over 50k" was the whole pipeline; "deals over 50k" was refused. Each
    deal is compared in its own currency, the bound converted with the workspace rates."""
    console.say("settings fx USD=0.9 GBP=1.2")  # workspace currency EUR
    console.say("deal add Small one 40k")  # EUR 40,000
    console.say("deal add Exact one 50k")  # EUR 50,000: "over 50k" keeps it (at least)
    console.say("deal add Dollar one 60k USD")  # = EUR 54,000
    console.say("deal add Pound one 40k GBP")  # = EUR 48,000
    console.say("deal add Yen one 9000000 JPY")  # no rate: never compared
    out = console.say("show me deals over 50k")
    assert "amount ≥ EUR 50,000 · other currencies at the workspace rates · 2 in all" in out
    assert "Exact one" in out and "Dollar one" in out
    assert "Small one" not in out and "Pound one" not in out and "Yen one" not in out
    out = console.say("what deals do we have under 50k")
    assert "amount < EUR 50,000" in out and "2 in all" in out
    assert "Small one" in out and "Pound one" in out
    out = console.say("which opportunities are above $55k?")  # USD 55,000 = EUR 49,500
    assert "amount ≥ USD 55,000" in out and "2 in all" in out  # Exact one and Dollar one
    assert "Pound one" not in out and "Small one" not in out  # EUR 48,000 < EUR 49,500
    out = console.say("deals over 45k under 55k")
    assert "Exact one" in out and "Dollar one" in out and "Pound one" in out
    assert "Small one" not in out
    out = console.say("deals over 10k XYZ")  # no such currency: refused, not ignored
    assert "can't read '10k XYZ' as an amount" in out


def test_biggest_deal_compares_currencies_at_the_rates(console):
    """ "what's our biggest deal?" was a search for 'biggest'; and "biggest" ordered the bare
    numbers, so EUR 498,000 came before GBP 492,000 (EUR 575,640 at 1.17)."""
    console.say("settings fx GBP=1.17 USD=0.92")
    console.say("deal add Euro one 498k")
    console.say("deal add Pound one 492k GBP")
    console.say("deal add Dollar one 530k USD")  # = EUR 487,600
    out = console.say("what's our biggest deal?")
    assert "top 1 by amount · 1 in all" in out and "Pound one" in out
    out = console.say("what are our biggest deals?")
    assert out.index("Pound one") < out.index("Euro one") < out.index("Dollar one")


def test_manager_questions_stuck_deals_and_who_closed_most(console):
    console.say("deal add Acme renewal 20k close=2026-12-15")
    assert "without activity" in console.say("which deals are stuck?")
    out = console.say("who closed the most this quarter?")
    assert "Pipeline by owner" in out
    out = console.say("forecast for this quarter")
    assert "Forecast" in out and "don't understand" not in out
