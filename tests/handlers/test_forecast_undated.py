"""The forecast says which open deals it cannot place: those with no expected close date.

Was: two open deals without a close date (EUR 1,000 and USD 250.50) and one closing in
December (EUR 500): "forecast" showed "Total EUR: best case EUR 500", as if that were the
whole of it, and never mentioned the other two.
"""

from __future__ import annotations

from bot.console import ConsoleAdapter


def test_forecast_names_undated_open_deals(console: ConsoleAdapter) -> None:
    console.say("deal add Undated one amount=1000 stage=proposal")
    console.say("deal add Undated two amount=250.5 currency=USD stage=proposal")
    console.say("deal add Dated amount=500 stage=closing close=2026-12-10")
    console.say("deal add Lost one amount=900 stage=proposal")
    console.say("deal lost Lost one")
    out = console.say("forecast")
    # by hand: only the dated deal is in Q4 (75% of EUR 500 = EUR 375)
    assert "Total EUR: best case EUR 500 · weighted EUR 375" in out
    assert (
        "Not in any forecast: 2 open deals with no expected close date (EUR 1,000, USD 250.50)"
    ) in out


def test_forecast_with_every_deal_dated_says_nothing_more(console: ConsoleAdapter) -> None:
    console.say("deal add Dated amount=500 stage=closing close=2026-12-10")
    assert "Not in any forecast" not in console.say("forecast")
