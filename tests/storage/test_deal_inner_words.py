"""'tps upgrade amount 72k' offered to create a deal: the deal is 'Initech TPS upgrade', and
the lookup only tried titles starting with the words typed. Titles usually start with the
account, which reps leave out."""

from __future__ import annotations


def test_a_deal_found_by_the_words_after_its_account(console):
    console.say("deal add Initech TPS upgrade 80k")
    console.say("deal add Globex seats 20k")
    out = console.say("deal show tps upgrade")
    assert "Initech TPS upgrade" in out and "create it" not in out
    assert "EUR 72,000" in console.say("tps upgrade amount 72k")


def test_an_inner_word_of_several_deals_asks_which(console):
    console.say("deal add Initech renewal 10k")
    console.say("deal add Globex renewal 20k")
    out = console.say("deal show renewal")
    assert "Which one?" in out or "several" in out


def test_like_wildcards_in_a_query_are_plain_characters(console):
    console.say("deal add Initech TPS upgrade 80k")
    out = console.say("deal show %pgr_")
    assert "Initech TPS upgrade" not in out
