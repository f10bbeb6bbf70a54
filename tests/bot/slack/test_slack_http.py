"""The Slack adapter end to end: real bolt AsyncApp, real aiohttp server, fake Web API.

No Slack account: requests are signed like Slack signs them and the app's WebClient
talks to tests/slack_fake.py through SLACK_API_URL.
"""

from __future__ import annotations

import json
import time

import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_harness import Harness, blocks_text, count, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select

from bot.slack import modals
from storage.db import transaction
from storage.models import Activity, Contact, Identity, Opportunity, User
from storage.models_slack import SlackTeam

# Every test also proves no secret reached the logs (captured at DEBUG).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]


# -- slash command ------------------------------------------------------------------------
async def test_slash_command_creates_record_and_replies_ephemeral(slack: Harness, sessions):
    status, body = await slack.command("contact add Maria Lopez email=maria@acme.com")
    assert status == 200 and body == ""  # empty ack, the reply comes after
    (post,) = await slack.fake.wait_for("response_url")
    assert post.params["response_type"] == "ephemeral"
    assert "Contact created" in blocks_text(post.params["blocks"])
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.email == "maria@acme.com"))
        assert c is not None and c.name == "Maria Lopez"
        team = s.scalar(select(SlackTeam).where(SlackTeam.team_id == "T111"))
        assert team is not None and team.workspace_id == c.workspace_id
        ident = s.scalar(select(Identity).where(Identity.platform_user_id == "W111"))
        user = s.get(User, ident.user_id)
        assert user.role == "admin" and user.timezone == "Europe/Madrid"
        assert user.display_name == "Person W111"  # from users.info


async def test_share_makes_the_reply_public(slack: Harness):
    await slack.command("contact add Ana Ruiz")
    await slack.fake.wait_for("response_url")
    await slack.command("share contact show Ana Ruiz")
    posts = await slack.fake.wait_for("response_url", 2)
    assert posts[1].params["response_type"] == "in_channel"
    assert "Ana Ruiz" in blocks_text(posts[1].params["blocks"])


async def test_users_info_is_cached(slack: Harness):
    await slack.command("help")
    await slack.command("me")
    await slack.fake.wait_for("response_url", 2)
    assert len(slack.fake.of("users.info")) == 1


# -- DM free text --------------------------------------------------------------------------
async def test_dm_goes_to_the_core_and_answers_in_the_dm(slack: Harness, sessions):
    status, _ = await slack.dm("contact add Jon Snow email=jon@north.org", event_id="EvDM1")
    assert status == 200
    (msg,) = await slack.fake.wait_for("chat.postMessage")
    assert msg.params["channel"] == "D111"
    assert "Contact created" in blocks_text(msg.params["blocks"])
    assert msg.token == "xoxb-single"
    assert count(sessions, Contact, Contact.email == "jon@north.org") == 1


async def test_bot_messages_edits_and_other_channels_are_ignored(slack: Harness, sessions):
    await slack.dm("contact add Bot Made", event_id="EvB1", bot_id="B999")
    await slack.dm("contact add Edited", event_id="EvB2", subtype="message_changed")
    await slack.dm("contact add Deleted", event_id="EvB3", subtype="message_deleted")
    await slack.dm("contact add Own", event_id="EvB4", user="UBOT")  # our own bot user
    await slack.dm("contact add Channel", event_id="EvB5", channel_type="channel")
    await slack.dm("contact add Real One", event_id="EvB6")
    await slack.fake.wait_for("chat.postMessage")
    time.sleep(0.2)
    assert len(slack.fake.of("chat.postMessage")) == 1
    assert count(sessions, Contact) == 1


async def test_retried_event_logs_one_activity(slack: Harness, sessions):
    await slack.command("contact add Maria Lopez")
    await slack.fake.wait_for("response_url")
    text = "log call Maria Lopez: asked for a quote"
    for retry in (None, 1, 2):
        status, _ = await slack.dm(text, event_id="EvRetry", retry=retry)
        assert status == 200
    await slack.fake.wait_for("chat.postMessage")
    time.sleep(0.2)
    assert count(sessions, Activity) == 1
    assert len(slack.fake.of("chat.postMessage")) == 1


async def test_mention_in_channel_private_reply_is_ephemeral(slack: Harness):
    await slack.command("contact add Maria Lopez")
    await slack.fake.wait_for("response_url")
    payload = json.loads(slack.event_body("x", event_id="EvM1", channel="C111"))
    payload["event"] = {
        "type": "app_mention",
        "user": "W111",
        "text": "<@UBOT> contact show Maria Lopez",
        "ts": "1610261659.001400",
        "channel": "C111",
        "event_ts": "1610261659.001400",
    }
    status, _ = await slack.event(payload)
    assert status == 200
    (eph,) = await slack.fake.wait_for("chat.postEphemeral")
    assert eph.params["user"] == "W111" and "Maria Lopez" in blocks_text(eph.params["blocks"])
    assert not slack.fake.of("chat.postMessage")


# -- buttons ------------------------------------------------------------------------------
async def _deal(slack: Harness, sessions, title: str = "Acme renewal", **kw: str) -> int:
    seen = len(slack.fake.of("response_url"))  # counted before: a fast answer is not missed
    await slack.command(f"deal add {title} 12k EUR", **kw)
    await slack.fake.wait_for("response_url", seen + 1)
    with transaction(sessions) as s:
        return s.scalar(select(Opportunity.id).where(Opportunity.title == title))


async def test_button_moves_stage_and_updates_message_in_place(slack: Harness, sessions):
    deal_id = await _deal(slack, sessions)
    (created,) = slack.fake.of("response_url")
    values = [
        e["value"]
        for b in created.params["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    move = f"deal move #d{deal_id} to closing"
    assert move in values  # the card offers it as a button
    status, _ = await slack.click(move, ts="1700.0001")
    assert status == 200
    (upd,) = await slack.fake.wait_for("chat.update")
    assert upd.params["channel"] == "C111" and upd.params["ts"] == "1700.0001"
    assert "Moved to Closing" in blocks_text(upd.params["blocks"])
    with transaction(sessions) as s:
        assert s.get(Opportunity, deal_id).stage == "closing"


async def test_button_on_ephemeral_message_replaces_it_via_response_url(slack: Harness, sessions):
    deal_id = await _deal(slack, sessions)
    await slack.click(f"deal won #d{deal_id}", ephemeral=True)
    posts = await slack.fake.wait_for("response_url", 2)
    assert posts[-1].params["replace_original"] is True
    assert "Won" in blocks_text(posts[-1].params["blocks"])
    assert not slack.fake.of("chat.update")


# -- modals -------------------------------------------------------------------------------
async def test_bare_contact_add_opens_the_modal(slack: Harness):
    status, _ = await slack.command("contact add")
    assert status == 200
    (opened,) = await slack.fake.wait_for("views.open")
    assert opened.params["trigger_id"].startswith("trig-")
    assert opened.params["view"]["callback_id"] == modals.CONTACT


async def test_modal_invalid_email_inline_error_then_valid_record(slack: Harness, sessions):
    status, body = await slack.submit(modals.CONTACT, {"name": "Eva Green", "email": "eva@"})
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors" and "email" in answer["errors"]
    assert "valid email" in answer["errors"]["email"]
    assert count(sessions, Contact) == 0
    meta = {"channel": "C111", "response_url": slack.fake.response_url("modal")}
    status, body = await slack.submit(
        modals.CONTACT,
        {
            "name": "Eva Green",
            "email": "eva@green.io",
            "lifecycle": "lead",
            "birthday": "1990-05-04",
        },
        metadata=meta,
    )
    assert status == 200 and body == ""
    (post,) = await slack.fake.wait_for("response_url")
    assert "Contact created" in blocks_text(post.params["blocks"])
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.email == "eva@green.io"))
        assert c is not None and c.lifecycle == "lead" and str(c.birthday) == "1990-05-04"


async def test_deal_modal_validates_amount(slack: Harness, sessions):
    _, body = await slack.submit(modals.DEAL, {"name": "Big one", "amount": "lots"})
    assert "amount" in json.loads(body)["errors"]
    _, body = await slack.submit(
        modals.DEAL, {"name": "Big one", "amount": "45k", "stage": "closing"}
    )
    assert body == ""
    await slack.fake.wait_for("chat.postMessage")  # no response_url: the result goes to the DM
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.title == "Big one"))
        assert d is not None and d.stage == "closing" and d.amount_minor == 4_500_000


# -- security -----------------------------------------------------------------------------
async def test_bad_signature_and_stale_timestamp_are_rejected(slack: Harness, sessions):
    body = slack.command_body("contact add Mallory")
    ctype = "application/x-www-form-urlencoded"
    bad = slack.headers(body, ctype)
    bad["X-Slack-Signature"] = "v0=" + "0" * 64
    assert (await slack.post(body, ctype, bad))[0] == 401
    missing = {"Content-Type": ctype}
    assert (await slack.post(body, ctype, missing))[0] == 401
    stale = slack.headers(body, ctype, ts=int(time.time()) - 6 * 60)  # correctly signed, old
    assert (await slack.post(body, ctype, stale))[0] == 401
    time.sleep(0.1)
    assert count(sessions, Contact) == 0
    assert not slack.fake.of("response_url")


async def test_team_isolation_forged_button_value(slack: Harness, sessions):
    b_deal = await _deal(slack, sessions, "Secret B deal", team="TBBB", user="UB1")
    a_deal = await _deal(slack, sessions, "Team A deal", team="TAAA", user="UA1")
    await slack.click(f"deal show #d{b_deal}", team="TAAA", user="UA1", ephemeral=True)
    await slack.click(f"deal won #d{b_deal}", team="TAAA", user="UA1", ephemeral=True)
    posts = await slack.fake.wait_for("response_url", 4)
    leaked = "\n".join(blocks_text(p.params.get("blocks", [])) for p in posts[2:])
    assert "Secret B deal" not in leaked and f"#d{b_deal}" in leaked  # "no deal matching"
    with transaction(sessions) as s:
        assert s.get(Opportunity, b_deal).status == "open"
        wa = s.get(Opportunity, a_deal).workspace_id
        assert wa != s.get(Opportunity, b_deal).workspace_id
    await slack.command(f"deal show #d{b_deal}", team="TAAA", user="UA1")
    last = (await slack.fake.wait_for("response_url", 5))[-1]
    assert "Secret B deal" not in blocks_text(last.params["blocks"])


# -- rate limits, App Home ------------------------------------------------------------------
async def test_429_is_retried_not_dropped(slack: Harness):
    slack.fake.rate_limit["chat.postMessage"] = 1
    await slack.dm("help", event_id="Ev429")
    calls = await slack.fake.wait_for("chat.postMessage", 2, timeout=15)
    assert len(calls) == 2  # one 429 (Retry-After: 1), then delivered
    assert calls[1].at - calls[0].at >= 1.0


async def test_app_home_lists_my_deals_and_reminders(slack: Harness, sessions):
    deal_id = await _deal(slack, sessions)
    await slack.command("remind me in 2 hours: call Maria")
    await slack.fake.wait_for("response_url", 2)
    payload = json.loads(slack.event_body("", event_id="EvHome"))
    payload["event"] = {"type": "app_home_opened", "user": "W111", "channel": "D111", "tab": "home"}
    await slack.event(payload)
    (pub,) = await slack.fake.wait_for("views.publish")
    assert pub.params["user_id"] == "W111"
    text = json.dumps(pub.params["view"])
    assert "Acme renewal" in text and f"deal show #d{deal_id}" in text and "call Maria" in text


async def test_healthz_and_url_verification(slack: Harness):
    assert slack.http is not None
    async with slack.http.get(slack.url + "/healthz") as resp:
        assert resp.status == 200
    challenge = json.dumps({"token": "x", "challenge": "abc123", "type": "url_verification"})
    status, body = await slack.post(challenge, "application/json")
    assert status == 200 and "abc123" in body


async def test_chat_update_refused_falls_back_to_response_url(slack: Harness, sessions):
    deal_id = await _deal(slack, sessions)
    slack.fake.errors["chat.update"] = "cant_update_message"
    await slack.click(f"deal move #d{deal_id} to presentation")
    posts = await slack.fake.wait_for("response_url", 2)
    assert slack.fake.of("chat.update") and posts[-1].params["replace_original"] is True
    assert "Moved to Presentation" in blocks_text(posts[-1].params["blocks"])


async def test_a_choice_replaying_a_long_note_keeps_its_button(slack: Harness, sessions):
    """A "which Maria?" on a pasted 3,000-character note: each choice replays the note, over
    Slack's 2,000-character button value, so the action is stored and the button carries
    a reference; pressing it logs the whole note on the chosen person."""
    for n, name in enumerate(("Maria Lopez", "Maria Garcia"), start=1):
        await slack.command(f"contact add {name}")
        await slack.fake.wait_for("response_url", n)  # answered (and committed) before the next
    note = " ".join(f"point {i}: pricing, rollout and the legal review." for i in range(60))
    assert len(note) > 2000
    await slack.command(f"log call Maria: {note}")
    posts = await slack.fake.wait_for("response_url", 3)
    values = [
        e["value"]
        for b in posts[-1].params["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    ]
    assert "Maria Garcia" in blocks_text(posts[-1].params["blocks"])
    assert len(values) >= 2 and all(len(v) < 100 for v in values)  # references, not dropped
    await slack.click(values[0], ephemeral=True)
    await slack.fake.wait_for("response_url", 4)
    with transaction(sessions) as s:
        (act,) = s.scalars(select(Activity)).all()
        assert act.body is not None and act.body.endswith("the legal review.")
        assert len(act.body) == len(note)
        assert s.get(Contact, act.contact_id).name in ("Maria Lopez", "Maria Garcia")
