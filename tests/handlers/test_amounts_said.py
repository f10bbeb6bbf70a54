"""Amounts as people type and say them, in every language the bot reads (issue 10): digits with
scales and currencies, numbers as words, and shapes with two readings asked about, not guessed.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from handlers.language.amounts import find_amount, unread_amount
from handlers.language.dates import fold
from handlers.language.nlu import parse_message
from storage.db import transaction
from storage.models import Opportunity

MAD = "Europe/Madrid"
THU = datetime(2026, 11, 26, 10, 0)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("forty thousand euros", "40000", "EUR"), ("quarante mille euros", "40000", "EUR"),
     ("vierzigtausend Euro", "40000", "EUR"), ("cuarenta mil euros", "40000", "EUR"),
     ("førti tusen kroner", "40000", "NOK"), ("σαράντα χιλιάδες ευρώ", "40000", "EUR"),
     ("60k", "60000", None), ("1.2m", "1200000", None), ("1.2m usd", "1200000", "USD"),
     ("$45,000.50", "45000.50", "USD"), ("45 000 €", "45000", "EUR"),
     ("2.5 million", "2500000", None), ("$2.5 million", "2500000", "USD"),
     ("2,5 Mio. Euro", "2500000", "EUR"), ("3 Millionen Euro", "3000000", "EUR"),
     ("2,5 millions d'euros", "2500000", "EUR"), ("2,5 millones de euros", "2500000", "EUR"),
     ("40 Tsd. €", "40000", "EUR"), ("40 tusen kr", "40000", "NOK"),
     ("2,5 millioner kroner", "2500000", "NOK"), ("50 grand", "50000", None),
     ("fifty grand", "50000", None), ("a hundred grand", "100000", None),
     ("a thousand dollars", "1000", "USD"), ("fifteen thousand", "15000", None),
     ("zwei Millionen Euro", "2000000", "EUR"), ("deux millions d'euros", "2000000", "EUR"),
     ("dos millones de euros", "2000000", "EUR"), ("twenty five k", "25000", None),
     ("1.5bn", "1500000000", None), ("5m eur", "5000000", "EUR")],
)  # fmt: skip
def test_amounts_in_digits_and_words(text: str, amount: str, currency: str | None) -> None:
    found = find_amount(fold(text))
    assert found is not None, text
    assert (found.value, found.currency) == (pytest.approx(float(amount)), currency), text
    assert (found.start, found.end) == (0, len(text)), "the whole phrase is the amount"


@pytest.mark.parametrize(
    "text",
    ["call 3 people", "seven people", "three twenty euros", "40 mil euros", "met 2 clients at 5",
     "room 1200", "at one point"],
)  # fmt: skip
def test_no_amount_is_guessed(text: str) -> None:
    found = find_amount(fold(text))
    assert found is None, found


@pytest.mark.parametrize(
    ("text", "lang", "deal"),
    [("nuevo deal acme renovación 40 mil euros", "es", "acme renovación"),
     ("new deal acme pilot 2 mil", "en", "acme pilot")],
)  # fmt: skip
def test_an_amount_with_two_readings_is_asked_about(text: str, lang: str, deal: str) -> None:
    assert unread_amount(text) is not None
    d = parse_message(text, THU, MAD, lang, strict=True).to_json_dict()
    assert d["intent"] == "create_deal" and d["amount"] is None, d
    assert float(d["confidence"] or 0) < 0.6, d  # type: ignore[arg-type]
    name = str(d["deal"] or "")
    assert name.endswith(deal) and "mil" not in name.split(), "the name stops before the amount"


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [("new deal Globex pilot 2.5 million", "en", "2500000", None),
     ("bump Massive Dynamic pilot to fifteen thousand", "en", "15000", None),
     ("neuer Deal Acme Verlängerung 2,5 Mio. Euro", "de", "2500000", "EUR"),
     ("nouveau deal Acme renouvellement deux millions d'euros", "fr", "2000000", "EUR"),
     ("ny deal Acme fornyelse førti tusen kroner", "nb", "40000", "NOK")],
)  # fmt: skip
def test_parse_reads_the_whole_amount(
    text: str, lang: str, amount: str, currency: str | None
) -> None:
    d = parse_message(text, THU, MAD, lang, strict=True).to_json_dict()
    assert (d["amount"], d["currency"]) == (amount, currency), d


def test_a_deal_of_fifty_grand_is_saved_at_fifty_thousand(console, sessions) -> None:
    out = console.say("new deal Acme renewal fifty grand")
    with transaction(sessions) as s:
        deal = s.scalar(select(Opportunity))
        assert deal is not None and deal.title == "Acme renewal", out
        assert (deal.amount_minor, deal.currency) == (5_000_000, "EUR")


@pytest.mark.parametrize(
    ("text", "doubt"),
    [("new deal acme renewal 40-50k", "40-50k"),
     ("new deal acme renewal between 40 and 50k", "between 40 and 50k"),
     ("new deal acme renewal 40k or 50k", "40k or 50k"),
     ("new deal acme renewal 12k eur and 3k usd", "12k eur and 3k usd")],
)  # fmt: skip
def test_two_amounts_for_one_deal_are_asked_about(text: str, doubt: str) -> None:
    p = parse_message(text, THU, MAD, strict=True)
    assert p.amount is None and p.currency is None and doubt in p.unread, p
    assert p.confidence < 0.6 and p.deal == "acme renewal"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("bump acme renewal from 10k to 15k", "15000", None),
     ("new deal acme renewal €12,000 (12k)", "12000", "EUR"),
     ("new deal for Winterfell: 40 seats, 30k EUR, closing in December", "30000", "EUR")],
)  # fmt: skip
def test_one_amount_said_once_or_as_a_change_is_read(
    text: str, amount: str, currency: str | None
) -> None:
    d = parse_message(text, THU, MAD, strict=True).to_json_dict()
    assert (d["amount"], d["currency"]) == (amount, currency), d
