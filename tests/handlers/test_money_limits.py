"""Issue 12, item 8: money and text at the limits, on SQLite and PostgreSQL.

Amounts are bounded so that every total stays exact (BIGINT minor units, no float on
SQLite, no overflow on PostgreSQL); exchange rates are bounded; a NUL byte typed in chat
is stripped before the core sees it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Contact, Opportunity
from storage.money import MAX_AMOUNT, MoneyError, check_rate, parse_amount, to_minor


def _add_deal(console: ConsoleAdapter, command: str) -> str:
    """Add a deal, saying Yes when the bot asks to confirm an unusually large amount."""
    out = console.say(command)
    if "Save it with this amount?" in out:
        out = console.say("1")
    return out


def _deals(sessions: sessionmaker[Session]) -> int:
    with transaction(sessions) as s:
        return s.scalar(select(func.count()).select_from(Opportunity)) or 0


def test_item8_amount_beyond_the_bound_is_refused_in_words(
    console: ConsoleAdapter, sessions: sessionmaker[Session]
) -> None:
    for typed in ("92233720368547758.07 EUR", "1000000000000.01 EUR", "2000000000000 JPY"):
        out = console.say(f"deal add Too big {typed}")
        assert "went wrong" not in out, out
        assert "the most is" in out and "1,000,000,000,000" in out, out
    assert _deals(sessions) == 0


def test_item8_bound_is_in_major_units_for_every_currency() -> None:
    for cur in ("EUR", "JPY", "KWD"):
        assert to_minor(MAX_AMOUNT, cur) == int(MAX_AMOUNT.scaleb({"JPY": 0, "KWD": 3}.get(cur, 2)))
        with pytest.raises(MoneyError, match="the most is"):
            parse_amount(f"{MAX_AMOUNT + 1} {cur}", "EUR")


def test_item8_totals_at_the_bound_stay_exact(
    console: ConsoleAdapter, sessions: sessionmaker[Session]
) -> None:
    """Deals at the largest amount plus cents: totals and weighted totals to the cent."""
    typed = ["1000000000000 EUR", "1000000000000 EUR", "999999999999.99 EUR", "0.01 EUR"]
    for i, amount in enumerate(typed):
        assert "Deal created" in _add_deal(console, f"deal add Big {i} {amount} stage=closing")
    expected = sum((parse_amount(t, "EUR")[0] for t in typed), Decimal(0))
    out = console.say("pipeline")
    assert "went wrong" not in out, out
    assert f"EUR {expected:,.0f}" in out, out  # 4,000,000,000,000: cents add up exactly
    weighted = expected * Decimal("0.75")
    assert f"weighted EUR {weighted:,.0f}" in out, out
    for by in ("owner", "month"):
        assert f"EUR {expected:,.0f}" in console.say(f"pipeline by {by}")


def test_item8_many_deals_at_the_bound_keep_weighted_totals_exact(
    console: ConsoleAdapter, sessions: sessionmaker[Session]
) -> None:
    """Enough large deals that their total x probability no longer fits BIGINT.

    130 deals of 10^12 KWD (3 decimals) sum to 1.3e17 minor units, which fits; times 75
    (the closing stage's probability) it is 9.75e18, which does not.
    """
    n = 130
    for i in range(n):
        out = _add_deal(console, f"deal add Whale {i} 1000000000000 KWD stage=closing")
        assert "Deal created" in out, out
    out = console.say("pipeline")
    assert "went wrong" not in out, out
    total = MAX_AMOUNT * n
    assert f"KWD {total:,.0f} · weighted KWD {total * Decimal('0.75'):,.0f}" in out, out


@pytest.mark.parametrize(
    "typed", ["USD=1e308", "USD=1e7", "USD=0.0000001", "USD=0", "USD=-1", "USD=nan", "USD=inf"]
)
def test_item8_exchange_rate_out_of_range_is_refused(console: ConsoleAdapter, typed: str) -> None:
    out = console.say(f"settings fx {typed}")
    assert "went wrong" not in out
    assert "settings fx" in out or "rate" in out, out
    assert "none" in console.say("settings show").split("exchange rates:")[1].splitlines()[0]


def test_item8_rates_at_the_edges_work_and_pipelines_stay_readable(
    console: ConsoleAdapter,
) -> None:
    assert "went wrong" not in console.say("settings fx USD=1000000 JPY=0.000001")
    _add_deal(console, "deal add Yankee 1000000000000 USD")
    console.say("deal add Tokyo 1 JPY")
    out = console.say("pipeline")
    assert "went wrong" not in out, out
    with pytest.raises(MoneyError):
        check_rate(Decimal("1e308"))


def test_item8_nul_byte_in_chat_is_stripped(
    console: ConsoleAdapter, sessions: sessionmaker[Session]
) -> None:
    out = console.say("contact add Ma\x00ria Lo\x00pez email=maria@acme.com")
    assert "Contact created" in out, out
    with transaction(sessions) as s:
        assert s.scalars(select(Contact.name)).all() == ["Maria Lopez"]
    assert "Maria Lopez" in console.say("find Mar\x00ia")
