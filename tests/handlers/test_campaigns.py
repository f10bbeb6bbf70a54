"""Campaigns through the console bot: creation (command and words), call campaigns as rep
work, attribution, and results checked against figures computed here from the rows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Contact, Opportunity, Reminder
from storage.models_campaigns import Campaign, CampaignMember


def _seed(console: ConsoleAdapter, bob: ConsoleAdapter | None = None) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    console.say("account add Fjordline industry=logistics region=Nordics")
    for i in range(12):
        console.say(f"contact add Person{i:02d} Test email=p{i}@nordfrakt.no account=Nordfrakt")
    console.say("contact add Dina Dnc email=dina@fjordline.no account=Fjordline dnc=yes")
    if bob is not None:
        for i in range(5):
            bob.say(f"contact add Bobs{i} Lead email=b{i}@fjordline.no account=Fjordline")
    console.say("segment save Nordic logistics industry=logistics region=Nordics")


def test_campaign_new_by_command_and_by_words(console: ConsoleAdapter, sessions) -> None:
    _seed(console)
    out = console.say(
        'campaign new "Q1 call push" type=call start=2026-11-30 end=2026-12-31 '
        "budget=2k EUR segment=Nordic logistics cap=4"
    )
    assert "Campaign created" in out and "EUR 2,000" in out and "call" in out
    out = console.say("new campaign Q1 webinar for Nordic logistics, budget 2k EUR")
    assert "new webinar campaign 'Q1 webinar'" in out and "EUR 2,000" in out
    assert "segment: Nordic logistics" in out
    with transaction(sessions) as s:
        camp = s.scalar(select(Campaign).where(Campaign.name == "Q1 webinar"))
        assert camp is not None and camp.type == "webinar"
        assert camp.budget_minor == 200000 and camp.currency == "EUR"
    listing = console.say("campaign list")
    assert "Q1 webinar" in listing and "Q1 call push" in listing
    out = console.say("new campaign Spring fair for No such segment")
    assert "no segment named" in out


def test_call_campaign_spreads_reminders_and_logging_reaches(
    console: ConsoleAdapter, console_bob: ConsoleAdapter, sessions, clock
) -> None:
    _seed(console, console_bob)
    console.say(
        'campaign new "Q1 call push" type=call start=2026-11-30 budget=1k EUR '
        "segment=Nordic logistics cap=4"
    )
    out = console.say("campaign start Q1 call push")
    assert "Started" in out and "17 reminders for 2 reps" in out and "1 do-not-contact" in out
    with transaction(sessions) as s:
        rems = list(s.scalars(select(Reminder).where(Reminder.kind == "campaign_call")))
    assert len(rems) == 17
    assert any(r.text == "call Person00 Test (Q1 call push)" for r in rems)
    per_user_day: dict[tuple[int, object], int] = {}
    for r in rems:
        local = r.due_at.astimezone(ZoneInfo("Europe/Madrid"))
        assert local.weekday() < 5 and 8 <= local.hour < 19  # working hours, working days
        assert local.date() >= datetime(2026, 11, 30).date()  # not before the start
        key = (r.user_id, local.date())
        per_user_day[key] = per_user_day.get(key, 0) + 1
    assert max(per_user_day.values()) <= 4
    # logging the call in words marks the member reached
    out = console.say("called Person03 Test at Nordfrakt, interested in the webinar")
    assert "Logged call" in out
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.name == "Person03 Test"))
        m = s.scalar(select(CampaignMember).where(CampaignMember.contact_id == c.id))
        assert m.status == "reached"
        dnc = s.scalar(select(Contact).where(Contact.name == "Dina Dnc"))
        assert s.scalar(select(CampaignMember).where(CampaignMember.contact_id == dnc.id)) is None
        assert not [r for r in rems if r.linked_id == dnc.id]


def test_attribution_and_results_match_independent_figures(
    console: ConsoleAdapter, sessions, clock
) -> None:
    _seed(console)
    console.say("settings fx USD=0.9")
    console.say('campaign new "Q1 webinar" type=webinar budget=2k EUR segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    # a member responds; a new person met there; a contact typed with the source
    out = console.say("met Person01 Test at the Q1 webinar")
    assert "Noted: Person01 Test from Q1 webinar" in out
    out = console.say("met her at the Q1 webinar")
    assert "Who did you meet at Q1 webinar?" in out
    out = console.say("Nina Newlead")
    assert "New lead: Nina Newlead from Q1 webinar" in out
    assert "📣 from campaign: Q1 webinar" in out  # the card says where she came from
    console.say("contact add Olav Typed email=olav@x.no source=campaign:Q1 webinar")
    console.say("campaign member Q1 webinar: Person02 Test status=opted_out")
    # deals: from a member contact (inherits), one by source=, one unrelated
    console.say("deal add Nordfrakt pilot 12k EUR contact=Person01 Test")
    console.say("deal add Nina fleet 5k USD contact=Nina Newlead")
    console.say("deal add Olav deal 3k EUR contact=Olav Typed source=campaign:Q1 webinar")
    console.say("deal add Unrelated 9k EUR account=Fjordline")
    console.say("deal won Nordfrakt pilot")
    console.say("deal move Olav deal to closing")
    out = console.say("campaign show Q1 webinar")

    with transaction(sessions) as s:
        camp = s.scalar(select(Campaign).where(Campaign.name == "Q1 webinar"))
        members = list(
            s.scalars(select(CampaignMember).where(CampaignMember.campaign_id == camp.id))
        )
        leads = list(s.scalars(select(Contact).where(Contact.campaign_id == camp.id)))
        deals = list(s.scalars(select(Opportunity).where(Opportunity.campaign_id == camp.id)))
        olav = s.scalar(select(Opportunity).where(Opportunity.title == "Olav deal"))
        assert olav.stage == "closing" and olav.campaign_id == camp.id  # kept when it moved
    statuses = [m.status for m in members]
    reached = sum(st in ("reached", "responded", "converted") for st in statuses)
    responded = sum(st in ("responded", "converted") for st in statuses)
    won = [d for d in deals if d.status == "won"]
    won_eur = sum(Decimal(d.amount_minor) / 100 for d in won if d.currency == "EUR")
    open_by_cur: dict[str, int] = {}
    for d in deals:
        if d.status == "open":
            open_by_cur[d.currency] = open_by_cur.get(d.currency, 0) + d.amount_minor // 100
    assert len(members) == 12 and len(leads) == 3 and len(deals) == 3 and len(won) == 1
    assert f"members: {len(members)} · reached: {reached} · responded: {responded}" in out
    assert f"opted out: {statuses.count('opted_out')}" in out
    assert f"new leads: {len(leads)} · deals created: {len(deals)} · won: {len(won)}" in out
    for cur, amount in open_by_cur.items():
        assert f"{cur} {amount:,}" in out
    cost_per_lead = (Decimal(2000) / len(leads)).quantize(Decimal("0.01"))
    assert f"cost per lead: EUR {cost_per_lead:,}" in out
    assert f"cost per won deal: EUR {Decimal(2000) / len(won):,.0f}" in out
    roi = ((won_eur - 2000) / 2000 * 100).quantize(Decimal("0.1"))
    assert f"return on budget: {roi}%" in out
    # pipeline by campaign and by source count the same deals
    by_campaign = console.say("pipeline by campaign")
    n_open = sum(1 for d in deals if d.status == "open")
    in_eur = sum(
        Decimal(d.amount_minor) / 100 * (Decimal("0.9") if d.currency == "USD" else 1)
        for d in deals
        if d.status == "open"
    )
    assert f"Q1 webinar: {n_open} open · EUR {in_eur:,.0f}" in by_campaign
    assert "(no campaign): 1 open · EUR 9,000" in by_campaign
    by_source = console.say("pipeline by source")
    assert f"campaign: Q1 webinar: {n_open} open · EUR {in_eur:,.0f}" in by_source


def test_campaign_results_have_a_chart_and_buttons(console: ConsoleAdapter, bot, ws_id) -> None:
    _seed(console)
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    from handlers.types import Incoming, Sender

    reply = bot.handle(
        Incoming(ws_id, Sender("console", "ana", "ana"), text="campaign show Q1 webinar")
    )
    assert reply.image is not None and reply.image[:4] == b"\x89PNG"
    assert any(b.action == "campaign end Q1 webinar" for b in reply.buttons)
    ended = console.say("campaign end Q1 webinar")
    assert "Ended: Q1 webinar" in ended and "members: 12" in ended


def test_weekly_digest_mentions_campaigns_that_ended(
    console: ConsoleAdapter, sessions, clock
) -> None:
    from scheduler.digests import build_digest
    from storage.models import User

    _seed(console)
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic logistics end=2026-11-24')
    console.say('campaign new "Old fair" type=event segment=Nordic logistics end=2026-10-01')
    console.say("campaign start Q1 webinar")
    console.say("met Person01 Test at the Q1 webinar")
    with transaction(sessions) as s:
        ana = s.scalar(select(User).where(User.name_key == "ana"))
        camp = s.scalar(select(Campaign).where(Campaign.name == "Q1 webinar"))
        reply = build_digest(s, "weekly_digest", camp.workspace_id, ana.id, None, clock.now)
    text = reply.text
    assert "Campaigns that ended" in text
    assert "Q1 webinar (webinar, ended 2026-11-24): 12 members" in text
    assert "1 responded · 0 new leads" not in text  # Person01 became a lead of the webinar
    assert "1 responded · 1 new leads" in text
    assert "Old fair" not in text  # ended before the week


def test_digest_counts_a_campaign_ended_early_and_not_a_draft_that_never_ran(
    console: ConsoleAdapter, sessions, clock
) -> None:
    from scheduler.digests import build_digest
    from storage.models import User

    _seed(console)
    console.say('campaign new "Spring push" type=call segment=Nordic logistics end=2027-03-31')
    console.say('campaign new "Never ran" type=event segment=Nordic logistics end=2026-11-24')
    console.say("campaign start Spring push")
    assert "Ended: Spring push" in console.say("campaign end Spring push")
    today = clock.now.astimezone(ZoneInfo("Europe/Madrid")).date()
    with transaction(sessions) as s:
        ana = s.scalar(select(User).where(User.name_key == "ana"))
        camp = s.scalar(select(Campaign).where(Campaign.name == "Spring push"))
        assert camp.end_date == today  # ended early: its end is the day it ended
        reply = build_digest(s, "weekly_digest", camp.workspace_id, ana.id, None, clock.now)
    text = reply.text
    assert f"Spring push (call, ended {today.isoformat()}): 12 members" in text
    assert "Never ran" not in text  # a draft whose planned end passed did not end


def test_met_at_a_campaign_only_when_it_names_one(console: ConsoleAdapter, sessions) -> None:
    _seed(console)
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    # an account, not a campaign: the general parser logs a meeting, no campaign involved
    out = console.say("met Person04 Test at Nordfrakt, talked budget")
    assert "campaign" not in out.lower()
    # a note after a comma is kept on the meeting
    out = console.say("met Person05 Test at the Q1 webinar, wants a demo in March")
    assert "Noted: Person05 Test from Q1 webinar" in out
    with transaction(sessions) as s:
        from storage.models import Activity

        c = s.scalar(select(Contact).where(Contact.name == "Person05 Test"))
        body = s.scalar(select(Activity.body).where(Activity.contact_id == c.id))
        assert body == "Met at Q1 webinar: wants a demo in March"
        assert c.campaign_id is not None
    # undo puts the member, the contact and the meeting back
    assert "Undone" in console.say("undo")
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.name == "Person05 Test"))
        m = s.scalar(select(CampaignMember).where(CampaignMember.contact_id == c.id))
        assert c.campaign_id is None and m.status == "planned"


async def test_campaign_call_reminder_delivered_unless_do_not_contact_since(
    console: ConsoleAdapter, sessions, clock
) -> None:
    from scheduler_helpers import FakeNotifier

    from scheduler.dispatcher import Dispatcher

    _seed(console)
    console.say('campaign new "Q1 call push" type=call segment=Nordic logistics cap=20')
    console.say("campaign start Q1 call push")
    console.say("contact edit Person02 Test dnc=yes")
    clock.advance(days=1)  # all 12 calls (cap 20 a day) are due by the next day
    fake = FakeNotifier()
    stats = await Dispatcher(sessions, {"console": fake}, clock=clock).run_once()
    texts = fake.texts()
    assert stats.cancelled == 1 and stats.delivered == 11
    assert any("📣 Campaign" in t and "call Person00 Test (Q1 call push)" in t for t in texts)
    assert not any("Person02" in t for t in texts)


def test_campaign_members_pages_and_status_filter(console: ConsoleAdapter) -> None:
    _seed(console)
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    console.say("met Person07 Test at the Q1 webinar")
    out = console.say("campaign members Q1 webinar")
    assert "12 in all" in out and "Person00 Test (Nordfrakt) · planned" in out
    out = console.say("campaign members Q1 webinar status=responded")
    assert "1 in all" in out and "Person07 Test (Nordfrakt) · responded" in out
    assert "Person00" not in out


def test_a_reps_results_count_only_the_deals_they_may_see(
    console: ConsoleAdapter, console_bob: ConsoleAdapter
) -> None:
    _seed(console)
    console.say('campaign new "Q1 webinar" type=webinar budget=1k EUR segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    console.say("deal add Ana deal 10k EUR source=campaign:Q1 webinar")
    bob_view = console_bob.say("deal add Bob deal 4k EUR source=campaign:Q1 webinar")
    assert "Deal created" in bob_view
    admin = console.say("campaign show Q1 webinar")
    assert "deals created: 2" in admin and "EUR 14,000" in admin and "you may see" not in admin
    rep = console_bob.say("campaign show Q1 webinar")
    assert "deals created: 1 · won: 0 (the deals you may see)" in rep
    assert "EUR 4,000" in rep and "EUR 14,000" not in rep and "EUR 10,000" not in rep


def test_data_export_lists_the_campaigns_that_reached_the_person(console: ConsoleAdapter) -> None:
    _seed(console)
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    console.say("met Person03 Test at the Q1 webinar")
    out = console.say("contact export Person03 Test")
    assert '"campaign": "Q1 webinar"' in out and '"status": "responded"' in out
