"""A sales team on Slack, through the real bolt app: what they type is what is saved,
names show as typed, and a question's buttons answer it once, for the person asked.

Event texts are shaped as Slack sends them: ``&``, ``<``, ``>`` escaped and emails and
web addresses turned into ``<mailto:…|…>`` / ``<http://…|…>`` sequences
(api.slack.com/reference/surfaces/formatting).
"""

from __future__ import annotations

import asyncio
import json

import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_harness import Harness, blocks_text, count, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select

from bot.slack.mrkdwn import typed
from storage.db import transaction
from storage.models import Account, Activity, Contact, Opportunity, Reminder, User

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]


async def _answer(slack: Harness, method: str = "chat.postMessage") -> str:
    """The text shown by the next ``method`` call (blocks), once it arrives."""
    n = len(slack.fake.of(method))
    calls = await slack.fake.wait_for(method, n + 1)
    return blocks_text(calls[-1].params["blocks"])


def test_slack_text_reads_back_as_typed() -> None:
    assert typed("Smith &amp; Co &lt;Ltd&gt;") == "Smith & Co <Ltd>"
    assert typed("email=<mailto:ana@acme.com|ana@acme.com>") == "email=ana@acme.com"
    assert typed("see <http://acme.com|acme.com> and <https://x.io/a?b=1&amp;c=2>") == (
        "see acme.com and https://x.io/a?b=1&c=2"
    )
    assert typed("in <#C123|sales>, <!here>") == "in #sales, @here"
    assert typed("typed &amp;lt; literally") == "typed &lt; literally"
    assert typed("<@U123> stays for the caller") == "<@U123> stays for the caller"


async def test_names_and_emails_typed_in_a_dm_are_saved_as_typed(slack: Harness, sessions):
    """Was: "Smith &amp; Co" made an account "Smith &" (the rest 'Not used'), and an email
    in a DM ("<mailto:…|…>" on the wire) was 'not a valid email address'."""
    n = len(slack.fake.of("chat.postMessage"))
    await slack.dm(
        "contact add O'Brien &amp; Sons &lt;Ltd&gt; email=<mailto:ob@sons.ie|ob@sons.ie>",
        event_id="EvEsc1",
    )
    await slack.fake.wait_for("chat.postMessage", n + 1)
    await slack.dm(
        "new account Smith &amp; Co, website <http://smith.co|smith.co>", event_id="EvEsc2"
    )
    posts = await slack.fake.wait_for("chat.postMessage", n + 2)
    with transaction(sessions) as s:
        c = s.scalar(select(Contact))
        assert c is not None and c.name == "O'Brien & Sons <Ltd>" and c.email == "ob@sons.ie"
        a = s.scalar(select(Account))
        assert a is not None and a.name == "Smith & Co" and a.website == "smith.co"
    # shown back escaped once, in the blocks and in the notification text alike
    card = posts[n].params
    assert "O'Brien &amp; Sons &lt;Ltd&gt;" in blocks_text(card["blocks"])
    assert "O'Brien &amp; Sons &lt;Ltd&gt;" in card["text"] and "<Ltd>" not in card["text"]
    assert "&amp;amp;" not in blocks_text(posts[n + 1].params["blocks"])


async def test_slash_command_text_is_unescaped_too(slack: Harness, sessions):
    await slack.command("contact add Ann &amp; Bob email=ab@x.org")
    await slack.fake.wait_for("response_url")
    with transaction(sessions) as s:
        assert s.scalar(select(Contact.name)) == "Ann & Bob"


def _values(blocks: list[dict]) -> dict[str, str]:
    """label -> value of a message's buttons."""
    return {
        e["text"]["text"]: e["value"]
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
    }


async def _two_marias(slack: Harness) -> None:
    for n, name in enumerate(("Maria Lopez", "Maria Garcia"), start=1):
        await slack.command(f"contact add {name}")
        await slack.fake.wait_for("response_url", n)


async def test_a_choice_answered_by_typing_is_not_run_again_by_its_button(slack, sessions):
    """Was: "1" typed in the DM, then the "Maria Lopez" button still on screen pressed: the
    call was logged twice. Now the press says so to the presser alone, the message stays."""
    await _two_marias(slack)
    await slack.dm("log call Maria: asked for a quote", event_id="EvQ1")
    (question,) = await slack.fake.wait_for("chat.postMessage")
    lopez = _values(question.params["blocks"])["Maria Lopez"]
    await slack.dm("1", event_id="EvQ2")
    assert "Logged call" in await _answer(slack)
    n = len(slack.fake.of("response_url"))
    await slack.click(lopez, channel="D111", ts=question.params.get("ts") or "1.1")
    posts = await slack.fake.wait_for("response_url", n + 1)
    assert "already answered" in posts[-1].params["text"]
    assert posts[-1].params["response_type"] == "ephemeral"
    assert posts[-1].params["replace_original"] is False
    assert not slack.fake.of("chat.update")  # the message pressed is left as it was
    assert count(sessions, Activity) == 1


async def test_in_a_channel_only_the_person_asked_answers(slack, sessions):
    """Was: in #sales, Bob pressed the "which Maria?" asked of Ana and the call was logged
    as his; a second click of Ana's logged it twice."""
    await _two_marias(slack)
    payload = json.loads(slack.event_body("x", event_id="EvCh1", channel="C111"))
    payload["event"] = {
        "type": "app_mention",
        "user": "W111",
        "text": "<@UBOT> log call Maria: asked for a quote",
        "ts": "1610261659.001400",
        "channel": "C111",
        "event_ts": "1610261659.001400",
    }
    await slack.event(payload)
    (question,) = await slack.fake.wait_for("chat.postMessage")
    lopez = _values(question.params["blocks"])["Maria Lopez"]
    n = len(slack.fake.of("response_url"))
    await slack.click(lopez, user="W222", channel="C111", ts="1700.1")
    posts = await slack.fake.wait_for("response_url", n + 1)
    assert "Person W111's to answer" in posts[-1].params["text"]
    assert count(sessions, Activity) == 0
    await slack.click(lopez, channel="C111", ts="1700.1")
    await slack.fake.wait_for("chat.update")
    await slack.click(lopez, channel="C111", ts="1700.1")  # a double click
    posts = await slack.fake.wait_for("response_url", n + 2)
    assert "already answered" in posts[-1].params["text"]
    await asyncio.sleep(0.2)
    assert len(slack.fake.of("chat.update")) == 1
    with transaction(sessions) as s:
        (act,) = s.scalars(select(Activity)).all()
        owner = s.get(User, act.user_id)
        assert owner is not None and owner.display_name == "Person W111"


def _edit(slack: Harness, event_id: str, new: dict, old: dict) -> dict:
    """A message_changed event in the DM, shaped as in shared/fixtures/slack."""
    payload = json.loads(slack.event_body("x", event_id=event_id))
    payload["event"] = {
        "type": "message",
        "subtype": "message_changed",
        "message": {"type": "message", "team": "T111", **new},
        "previous_message": {"type": "message", "team": "T111", **old},
        "channel": "D111",
        "hidden": True,
        "ts": "1665102362.013600",
        "event_ts": "1665102362.013600",
        "channel_type": "im",
    }
    return payload


async def test_an_edit_in_the_dm_is_answered_once_and_changes_nothing(slack, sessions):
    """Was: an edit ("50k" made "5k") was ignored without a word; the rep believed the
    logged call corrected."""
    await slack.command("contact add Bob Stone")
    await slack.fake.wait_for("response_url")
    await slack.dm("log call Bob Stone: quote 50k", event_id="EvE1")
    assert "Logged call" in await _answer(slack)
    n = len(slack.fake.of("chat.postMessage"))
    # an unfurl (same words) and our own message updated: no edit of anyone's words
    link = {"user": "W111", "text": "<http://acme.com|acme.com>"}
    await slack.event(_edit(slack, "EvE2", {**link, "attachments": [{}]}, link))
    ours = {"bot_id": "BBOT", "user": "UBOT", "text": "✅ Moved"}
    await slack.event(_edit(slack, "EvE3", ours, {**ours, "text": "Deal"}))
    edit = _edit(
        slack,
        "EvE4",
        {"user": "W111", "text": "log call Bob Stone: quote 5k", "edited": {"user": "W111"}},
        {"user": "W111", "text": "log call Bob Stone: quote 50k"},
    )
    await slack.event(edit)
    await slack.event(edit)  # retried by Slack: answered once
    posts = await slack.fake.wait_for("chat.postMessage", n + 1)
    assert "your edit changed nothing" in blocks_text(posts[-1].params["blocks"])
    await asyncio.sleep(0.3)
    assert len(slack.fake.of("chat.postMessage")) == n + 1
    with transaction(sessions) as s:
        (act,) = s.scalars(select(Activity)).all()
        assert act.body is not None and "50k" in act.body


async def test_a_refused_press_in_a_channel_is_told_to_the_presser_alone(slack, sessions):
    """Was: Bob pressed Undo under the deal Ana shared in #sales; "only the person who
    made a change can undo it" replaced Ana's card in the channel, for everyone."""
    await slack.command("share deal add Acme renewal 12k EUR")
    (card,) = await slack.fake.wait_for("response_url")
    assert card.params["response_type"] == "in_channel"
    undo = _values(card.params["blocks"])["Undo"]
    await slack.click(undo, user="W222", channel="C111", ts="1700.2")
    posts = await slack.fake.wait_for("response_url", 2)
    assert "only the person who made a change" in posts[-1].params["text"]
    assert posts[-1].params["response_type"] == "ephemeral"
    assert posts[-1].params["replace_original"] is False
    assert not slack.fake.of("chat.update")  # the card stays for the channel
    assert count(sessions, Opportunity) == 1
    await slack.click(undo, channel="C111", ts="1700.2")  # Ana's own press works
    (upd,) = await slack.fake.wait_for("chat.update")
    assert "Undone" in blocks_text(upd.params["blocks"])


async def test_deleting_a_message_in_the_dm_is_answered_and_undoes_nothing(slack, sessions):
    """Was: a rep deleted "log call …" believing the call went with it; the bot said
    nothing and the call stayed logged."""
    await slack.command("contact add Bob Stone")
    await slack.fake.wait_for("response_url")
    await slack.dm("log call Bob Stone: wrong person", event_id="EvD1")
    assert "Logged call" in await _answer(slack)
    n = len(slack.fake.of("chat.postMessage"))
    ours = _edit(slack, "EvD2", {}, {"bot_id": "BBOT", "user": "UBOT", "text": "✅ Logged"})
    ours["event"]["subtype"] = "message_deleted"
    await slack.event(ours)  # our own message deleted: nothing to say
    gone = _edit(slack, "EvD3", {}, {"user": "W111", "text": "log call Bob Stone: wrong person"})
    gone["event"]["subtype"] = "message_deleted"
    del gone["event"]["message"]
    await slack.event(gone)
    posts = await slack.fake.wait_for("chat.postMessage", n + 1)
    assert "Deleting your message changed nothing" in blocks_text(posts[-1].params["blocks"])
    await asyncio.sleep(0.3)
    assert len(slack.fake.of("chat.postMessage")) == n + 1
    assert count(sessions, Activity) == 1


async def test_a_typed_number_never_presses_an_unnumbered_card_button(slack, sessions):
    """Was: "1" typed in the DM after a new deal pressed its first button, Undo (Block Kit
    buttons show no numbers), and the deal was gone."""
    await slack.dm("deal add Acme renewal 12k EUR", event_id="EvN1")
    assert "Deal created" in await _answer(slack)
    await slack.dm("1", event_id="EvN2")
    assert "no question open" in await _answer(slack)
    assert count(sessions, Opportunity) == 1


async def test_a_colleague_mentioned_in_a_message_is_kept_by_name(slack, sessions):
    """Was: every <@U…> was cut from the words, the bot's and a colleague's alike: "log
    note Acme: met <@W222> there" saved "met  there"."""
    await slack.command("account add Acme")
    await slack.fake.wait_for("response_url")
    payload = json.loads(slack.event_body("x", event_id="EvMe1", channel="C111"))
    payload["event"] = {
        "type": "app_mention",
        "user": "W111",
        "text": "<@UBOT> log note Acme: met <@W222> there, next step &amp; pricing",
        "ts": "1610261659.001400",
        "channel": "C111",
        "event_ts": "1610261659.001400",
    }
    await slack.event(payload)
    await slack.fake.wait_for("chat.postMessage")
    with transaction(sessions) as s:
        (act,) = s.scalars(select(Activity)).all()
        assert act.body == "met @Person W222 there, next step & pricing"


async def test_a_double_click_on_snooze_snoozes_once(slack, sessions):
    """Was: "Tomorrow 9:00" clicked twice on a delivered reminder (the second click raced
    the message's update; each click has its own trigger_id) snoozed twice, the second
    from the first: to the day after tomorrow."""
    await slack.dm("remind me in 2 hours to call Bob", event_id="EvS1")
    assert "Reminder set" in await _answer(slack)
    with transaction(sessions) as s:
        rid = s.scalar(select(Reminder.id))
    shown = {"type": "message", "ts": "1700.5", "text": f"⏰ Reminder #r{rid} call Bob"}
    for _ in range(2):
        click = slack.click_payload(f"reminders snooze {rid} tomorrow", channel="D111", ts="1700.5")
        click["container"]["is_ephemeral"] = False
        click["message"] = shown  # a delivered message's content, as Slack sends it
        await slack.interactive(click)
    posts = await slack.fake.wait_for("response_url")
    assert "pressed that button already" in posts[-1].params["text"]
    assert posts[-1].params["response_type"] == "ephemeral"
    await slack.fake.wait_for("chat.update")
    await asyncio.sleep(0.2)
    assert len(slack.fake.of("chat.update")) == 1
    with transaction(sessions) as s:
        due = s.scalar(select(Reminder.due_at))
        assert due is not None and (due.day, due.hour) == (27, 8)  # Fri 9:00 in Madrid
