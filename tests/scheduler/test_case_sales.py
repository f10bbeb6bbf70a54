"""Sales sees support: open cases on account and deal cards, "renewal at risk" on the deal
card, the stale-deal nudge and the managers' digest; case counts in the weekly digest."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.console import ConsoleAdapter
from scheduler.digests import build_digest
from scheduler.followups import FollowupPlanner
from storage.db import transaction
from storage.models import Reminder, User


def test_account_card_lists_open_cases_most_urgent_first(console: ConsoleAdapter) -> None:
    console.say("account add Acme")
    console.say("case new Acme: slow dashboard p4")
    console.say("case new Acme: cannot log in p1")
    console.say("case new Acme: wrong totals p2")
    console.say("case solve #3 fixed the rounding")
    out = console.say("account show Acme")
    assert "Open cases (most urgent first)" in out
    block = out.split("Open cases (most urgent first)")[1]
    assert block.index("#2 P1") < block.index("#1 P4")
    assert "#3" not in block


def test_deal_card_says_renewal_at_risk(console: ConsoleAdapter) -> None:
    console.say("account add Acme")
    console.say("deal add Acme renewal 12k EUR account=Acme")
    out = console.say("deal show Acme renewal")
    assert "renewal at risk" not in out
    console.say("case new Acme: invoices lost p1")
    out = console.say("deal show Acme renewal")
    assert "⚠️ renewal at risk: Acme has an open P1 case (#1)" in out
    assert "#1 P1 invoices lost" in out
    console.say("case solve #1 restored from backup")
    assert "renewal at risk" not in console.say("deal show Acme renewal")


def test_stale_nudge_says_renewal_at_risk(console: ConsoleAdapter, clock, sessions, ws_id) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("account add Globex")
    console.say("deal add Acme renewal 12k EUR account=Acme")
    console.say("deal add Globex pilot 5k EUR account=Globex")
    clock.advance(days=10)
    console.say("case new Acme: invoices lost p1")
    FollowupPlanner(sessions, clock=clock).run()
    with sessions() as s:
        texts = {r.text for r in s.scalars(select(Reminder).where(Reminder.kind == "stale_deal"))}
    acme = next(t for t in texts if "Acme renewal" in t)
    globex = next(t for t in texts if "Globex pilot" in t)
    assert "Renewal at risk: the account has an open P1 case (#1)" in acme
    assert "at risk" not in globex


def test_weekly_digest_counts_cases_and_lists_risks(
    console: ConsoleAdapter, clock, sessions, ws_id
) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("deal add Acme renewal 12k EUR account=Acme")
    console.say("case new Acme: invoices lost p1")
    console.say("case new Acme: typo on invoice p4")
    console.say("case solve #2 fixed the template")
    clock.advance(days=1)  # the P1's targets (1 h, 8 h of working time) have run out
    with transaction(sessions) as s:
        ana = s.scalars(select(User).where(User.display_name == "ana")).one()
        reply = build_digest(s, "weekly_digest", ws_id, ana.id, None, clock.now)
        chan = build_digest(s, "weekly_digest", ws_id, ana.id, "console:#sales", clock.now)
    text = reply.text
    assert "⚠️ Renewals at risk (open P1 case on the account)" in text
    assert "Acme renewal · case #1 invoices lost" in text
    assert "🎫 Cases, last 7 days: 2 opened · 1 solved · 1 breached SLA" in text
    assert "Renewals at risk: 1 open deal with" in chan.text and "invoices lost" not in chan.text
    clock.advance(days=8)
    with transaction(sessions) as s:
        reply = build_digest(s, "weekly_digest", ws_id, ana.id, None, clock.now + timedelta(0))
    assert "Cases, last 7 days" not in reply.text


def test_daily_digest_lists_my_open_cases_breaching_first(
    console: ConsoleAdapter, clock, sessions, ws_id
) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("case new Acme: typo on invoice p4")
    console.say("case new Acme: invoices lost p1")
    console.say("case new Acme: solved already p3")
    console.say("case solve #3 done")
    clock.advance(hours=2)  # the P1's first response (1 working hour) is breached
    with transaction(sessions) as s:
        ana = s.scalars(select(User).where(User.display_name == "ana")).one()
        text = build_digest(s, "daily_digest", ws_id, ana.id, None, clock.now).text
    block = text.split("Your open cases, breaching first")[1]
    assert block.index("#2 P1") < block.index("#1 P4") and "#3" not in block.split("\n\n")[0]
