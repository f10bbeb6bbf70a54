"""Lead scoring through the console bot: explanations, rules, decay setting, hot, the
score filter in lists and segments, cards, and workspace isolation (issue 15)."""

from __future__ import annotations

import math

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.context import Ctx
from storage.db import transaction
from storage.models import AuditLog, Contact, User, Workspace
from storage.scoring import score_for
from storage.workspaces import get_or_create_workspace


def _half(x: float) -> int:
    return math.floor(x + 0.5)


def _maria(console: ConsoleAdapter) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics size=300")
    out = console.say(
        "contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt title=VP Sales "
        "source=referral lifecycle=lead"
    )
    assert "Contact created" in out


def test_score_explains_fit_and_engagement(console: ConsoleAdapter) -> None:
    _maria(console)
    assert "Rule 11 added" in console.say("score rule add industry~logistics +10")
    console.say("log call Maria Lopez: intro call when=2026-11-12 11:00")  # 14 days ago
    console.say("log email Maria Lopez: sent the deck when=2026-11-19 11:00")  # 7 days ago
    console.say("log call Maria Lopez: talked prices")  # now
    console.say("segment save Nordic industry=logistics")
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic')
    console.say("campaign start Q1 webinar")
    assert "responded" in console.say("campaign member Q1 webinar: Maria Lopez status=responded")
    out = console.say("score Maria Lopez")
    # Independently: touches decay with a 30-day half-life; the campaign reply is today's.
    touches = 6 * 2 ** (-14 / 30) + 4 * 2 ** (-7 / 30) + 6
    total = touches + 10
    eng = _half(total)
    t_pts = _half(touches * eng / total)  # the touches' share of the whole points
    fit = 15 + 10 + 10 + 3 + 10
    assert (fit, eng, t_pts) == (48, 24, 14)
    assert (
        f"{fit + eng}: fit {fit} (VP title +15, company size 300 +10, source referral +10, "
        f"has email +3, logistics +10), engagement {eng} (3 touches in 14 days +{t_pts}, "
        f"replied to Q1 webinar +{eng - t_pts})"
    ) in out
    card = console.say("contact show Maria Lopez")
    assert f"🔥 score {fit + eng} (fit {fit} · engagement {eng})" in card


def test_no_reply_penalty_and_a_reply_lifts_it(console: ConsoleAdapter) -> None:
    console.say("contact add Ole Hansen email=ole@x.no lifecycle=lead")
    console.say("log email Ole Hansen: sent a proposal when=2026-11-05 11:00")  # 21 days ago
    out = console.say("score Ole Hansen")
    raw = 4 * 2 ** (-21 / 30)
    assert f"engagement 0 (1 touch in 21 days +{_half(raw)}, no reply for 21 days -8)" in out
    console.say("log note Ole Hansen: he replied, wants a call next week")
    out = console.say("score Ole Hansen")
    assert "no reply" not in out and "1 reply today +10" in out


def test_rules_editing_admin_only_and_audited(
    console: ConsoleAdapter, console_bob: ConsoleAdapter, sessions
) -> None:
    _maria(console)
    assert "score 38" in console.say("contact show Maria Lopez")
    listing = console_bob.say("score rule list")
    assert "rules (defaults)" in listing and "1. title~chief" in listing
    refused = console_bob.say("score rule add title~VP +15")
    assert "Only admins" in refused and "Rule" not in refused.split("\n")[0][:4]
    assert "for admins" in console_bob.say("score decay 10d")
    assert "for admins" in console_bob.say("score threshold 50")
    bad = console.say("score rule add title VP 15")
    assert "not a rule I can read" in bad
    assert "field is one of" in console.say("score rule add colour=red +5")
    assert "between -50 and +50" in console.say("score rule add title~VP +99")
    out = console.say("score rule add region=Nordics +7")
    assert "Rule 11 added: region=Nordics +7" in out and "set by an admin" in out
    assert "score 45" in console.say("contact show Maria Lopez")  # recomputed at once
    out = console.say("score rule remove 2")  # the VP rule
    assert "Rule removed: title~vp|vice president|head|director +15" in out
    assert "score 30" in console.say("contact show Maria Lopez")
    assert "rule's number" in console.say("score rule remove 99")
    with transaction(sessions) as s:
        audits = s.scalars(
            select(AuditLog).where(AuditLog.entity_type == "workspaces").order_by(AuditLog.id)
        ).all()
        ana = s.scalar(select(User).where(User.display_name == "ana"))
        assert len(audits) == 2 and all(a.user_id == ana.id for a in audits)  # type: ignore[union-attr]
        before, after = audits[1].before or {}, audits[1].after or {}
        assert len(before["settings"]["scoring"]["rules"]) == 11
        assert len(after["settings"]["scoring"]["rules"]) == 10


def test_decay_setting_changes_engagement(console: ConsoleAdapter) -> None:
    console.say("contact add Kari Berg lifecycle=lead")
    console.say("log meeting Kari Berg: demo when=2026-11-16 11:00")  # 10 days ago
    assert f"engagement {_half(10 * 2 ** (-10 / 30))}" in console.say("score Kari Berg")
    assert "half-life" in console.say("score decay soon")
    out = console.say("score decay 10d")
    assert "halves every 10 days" in out
    assert "engagement 5 (1 meeting in 10 days +5)" in console.say("score Kari Berg")
    assert "halves every 14 days" in console.say("score decay 2w")
    assert "engagement half-life: 14 days" in console.say("score")


def test_hot_lists_unworked_leads_of_the_rep_and_the_team(
    bot, ws_id, console: ConsoleAdapter, console_bob: ConsoleAdapter
) -> None:
    carla = ConsoleAdapter(bot, ws_id, "carla", "Europe/Madrid")
    carla.say("me")
    console_bob.say("me")
    console.say("settings role carla manager")
    console.say("team add North manager=carla")
    console.say("team assign bob to North")
    console_bob.say("contact add Bo Chief title=CEO email=bo@x.no lifecycle=lead source=referral")
    console_bob.say("contact add Bea Head title=Head of Ops lifecycle=lead")
    console_bob.say("contact add Ben Busy title=CEO lifecycle=lead email=ben@x.no")
    console_bob.say("log call Ben Busy: chatted")  # worked today: not on the list
    console_bob.say("contact add Cy Customer title=CEO lifecycle=customer")
    console_bob.say("contact add Dan Dnc title=CEO lifecycle=lead dnc=yes")
    console.say("contact add Ana Lead title=CFO lifecycle=lead")
    out = console_bob.say("hot")
    assert "Hot leads for you" in out
    lines = [ln for ln in out.splitlines() if "#c" in ln and "fit" in ln]
    assert [ln.split("#c")[1].split(" ", 1)[1].split(" ·")[0] for ln in lines] == [
        "Bo Chief",
        "Bea Head",
    ]
    assert lines[0].lstrip().startswith("33 ")  # CEO +20, referral +10, email +3
    assert "Ana Lead" not in out and "Ben Busy" not in out and "Cy Customer" not in out
    assert "Dan Dnc" not in out
    team = carla.say("hot")
    assert "Hot leads for your team" in team and "Bo Chief" in team and "Ana Lead" not in team
    everyone = console.say("hot days=1")
    assert "the workspace" in everyone and "Ana Lead" in everyone and "Bo Chief" in everyone
    assert "days=" in console.say("hot days=never")


def test_score_filter_in_lists_and_segments(console: ConsoleAdapter) -> None:
    _maria(console)  # 38
    console.say("contact add Ole Hansen title=Sales Manager lifecycle=lead")  # 8
    console.say("contact add Per Plain lifecycle=lead")  # 0
    out = console.say("contact list score>=30")
    assert "1 in all" in out and "Maria Lopez" in out and "score 38" in out
    out = console.say("contact list score=5..40")
    assert "2 in all" in out and "Ole Hansen" in out and "score 8" in out
    out = console.say("contact list score<5")
    assert "1 in all" in out and "Per Plain" in out
    saved = console.say("segment save Warm score>=5 lifecycle=lead")
    assert "score=5..100" in saved and "2 contacts" in saved
    assert "not a score filter" in console.say("contact list score=warm")
    assert "from 0 to 100" in console.say("contact list score>=150")
    listing = console.say("contact list")
    assert "Maria Lopez (Nordfrakt) · score 38" in listing


def test_scores_are_per_workspace(console: ConsoleAdapter, bot, sessions) -> None:
    _maria(console)
    console.say("score rule add region=Nordics +10")
    with transaction(sessions) as s:
        other = get_or_create_workspace(s, "other", "UTC", "EUR").id
    eve = ConsoleAdapter(bot, other, "eve", "UTC")
    eve.say("account add Nordfrakt industry=logistics region=Nordics size=300")
    eve.say(
        "contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt title=VP Sales "
        "source=referral lifecycle=lead"
    )
    assert "score 48" in console.say("contact show Maria Lopez")
    assert "score 38" in eve.say("contact show Maria Lopez")  # the defaults, no region rule
    assert "rules (defaults)" in eve.say("score rule list")
    hot = eve.say("hot")
    assert "#c2 Maria Lopez" in hot and "#c1" not in hot  # its own Maria only
    with transaction(sessions) as s:
        ws1 = s.scalar(select(Workspace).where(Workspace.name == "default"))
        ws2 = s.get(Workspace, other)
        ana = s.scalar(select(User).where(User.display_name == "ana"))
        eve_u = s.scalar(select(User).where(User.display_name == "eve"))
        c1 = s.scalar(select(Contact).where(Contact.workspace_id == ws1.id))  # type: ignore[union-attr]
        c2 = s.scalar(select(Contact).where(Contact.workspace_id == other))
        assert ws1 and ws2 and ana and eve_u and c1 and c2
        assert score_for(Ctx(s, ws1, ana), c1.id) == 48
        assert score_for(Ctx(s, ws2, eve_u), c2.id) == 38
        assert score_for(Ctx(s, ws2, eve_u), c1.id) == 0  # not its contact


def test_writes_that_change_a_score_recompute_it(console: ConsoleAdapter) -> None:
    _maria(console)  # 38
    console.say("account edit Nordfrakt size=1200")  # an account field: its contacts rescored
    assert "score 40" in console.say("contact show Maria Lopez")  # size>=1000 +12
    console.say("deal add Nordfrakt fleet 10k EUR contact=Maria Lopez account=Nordfrakt")
    out = console.say("score Maria Lopez")
    assert "engagement 15 (deal Nordfrakt fleet opened +15)" in out
    console.say("contact edit Maria Lopez title=Buyer")  # loses the VP rule
    assert "score 40" in console.say("contact show Maria Lopez")  # 25 fit + 15
    console.say("contact add Maria L email=ml@x.no")
    console.say("log meeting Maria L: demo")
    console.say("contact merge Maria L into Maria Lopez confirm=yes")  # her meeting moves over
    assert "score 50" in console.say("contact show Maria Lopez")
    console.say("undo")  # the meeting goes back to Maria L
    assert "score 40" in console.say("contact show Maria Lopez")


def test_plain_questions(console: ConsoleAdapter) -> None:
    _maria(console)
    out = console.say("who should I call today?")
    assert "Hot leads for the workspace" in out and "Maria Lopez" in out
    assert "Hot leads" in console.say("hot leads")
    assert "38: fit 38" in console.say("how hot is Maria Lopez?")
    assert "38: fit 38" in console.say("why is Maria hot?")


def test_gdpr_export_includes_the_score(console: ConsoleAdapter) -> None:
    _maria(console)
    out = console.say("contact export Maria Lopez")
    assert '"lead_score"' in out and '"score": 38' in out and "VP title +15" in out
    csv_out = console.say("contact export Maria Lopez format=csv")
    assert "lead_score,1,score,38" in csv_out
