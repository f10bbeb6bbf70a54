"""Support cases from Slack through the real bolt app and the local fake Slack: the
"Open a case" message shortcut, a 🎫 reaction, and replies in the case's thread."""

from __future__ import annotations

import json
from typing import Any

import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.models_cases import Case, CaseEvent

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]
CHAN, TS = "C222", "1700000100.000100"


def shortcut_payload(h: Harness, text: str, ts: str = TS) -> dict[str, Any]:
    return {
        "type": "message_action",
        "callback_id": "open_case",
        "trigger_id": f"trig-{h.rid()}",
        "response_url": h.fake.response_url(h.rid()),
        "team": {"id": "T111", "domain": "workspace-domain"},
        "user": {"id": "W111", "team_id": "T111", "name": "ana"},
        "channel": {"id": CHAN, "name": "support"},
        "message_ts": ts,
        "message": {"type": "message", "user": "U999", "ts": ts, "text": text},
        "token": "legacy",
    }


def channel_event(h: Harness, event: dict[str, Any], event_id: str) -> dict[str, Any]:
    body = json.loads(h.event_body("x", event_id=event_id))
    body["event"] = event
    return body


async def crm(h: Harness, text: str) -> None:
    """A slash command, waited for (its reply came back): later requests see its effect."""
    before = len(h.fake.of("response_url"))
    await h.command(text)
    await h.fake.wait_for("response_url", before + 1)


def cases(sessions: sessionmaker[Session]) -> list[Case]:
    with sessions() as s:
        rows = list(s.scalars(select(Case).order_by(Case.number)))
        for r in rows:
            s.expunge(r)
        return rows


async def test_shortcut_opens_a_case_in_the_thread_and_replies_join_it(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    await crm(slack, "account add Acme")
    status, _ = await slack.interactive(shortcut_payload(slack, "Acme can't export invoices p1"))
    assert status == 200
    posts = await fake.wait_for("chat.postMessage", 1)
    card = posts[-1].params
    assert card["channel"] == CHAN and card["thread_ts"] == TS
    assert "Case #1" in card["text"]
    (c,) = cases(sessions)
    assert (c.title, c.priority, c.source) == ("can't export invoices", 1, f"slack:{CHAN}/{TS}")
    # a person's reply in that thread becomes a timeline entry, acknowledged with ✅
    reply = {"type": "message", "channel": CHAN, "channel_type": "channel", "user": "W111",
             "text": "customer confirms the workaround", "ts": "1700000200.000100",
             "thread_ts": TS, "team": "T111"}  # fmt: skip
    assert (await slack.event(channel_event(slack, reply, "EvR1")))[0] == 200
    acks = await fake.wait_for("reactions.add", 1)
    assert acks[-1].params["name"] == "white_check_mark"
    with sessions() as s:
        last = s.scalars(select(CaseEvent).order_by(CaseEvent.id.desc())).first()
        assert last is not None and (last.kind, last.body) == (
            "reply",
            "customer confirms the workaround",
        )
    # a reply in an ordinary thread is not read
    other = {**reply, "thread_ts": "1700000999.000100", "ts": "1700001000.000100"}
    await slack.event(channel_event(slack, other, "EvR2"))
    await crm(slack, "help")  # processed after the event above
    assert len(fake.of("reactions.add")) == 1
    with sessions() as s:
        assert len(list(s.scalars(select(CaseEvent)))) == 2  # created + the one reply


async def test_ticket_reaction_opens_a_case_once(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    await crm(slack, "account add Globex")
    fake.messages[(CHAN, TS)] = "Globex: the dashboard is slow since the update"
    event = {"type": "reaction_added", "user": "W111", "reaction": "ticket",
             "item": {"type": "message", "channel": CHAN, "ts": TS}, "item_user": "U999",
             "event_ts": "1700000300.000100"}  # fmt: skip
    before = len(fake.of("chat.postMessage"))
    assert (await slack.event(channel_event(slack, event, "EvT1")))[0] == 200
    await fake.wait_for("chat.postMessage", before + 1)
    await slack.event(channel_event(slack, event, "EvT1"))  # Slack's retry: nothing new
    await slack.event(channel_event(slack, {**event, "reaction": "eyes"}, "EvT2"))
    await crm(slack, "help")
    (c,) = cases(sessions)
    assert c.account_id is not None and c.source == f"slack:{CHAN}/{TS}"
    assert c.description == "Globex: the dashboard is slow since the update"


async def test_shortcut_without_an_account_asks_privately(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    await crm(slack, "account add Acme")
    await slack.interactive(shortcut_payload(slack, "the printer is on fire"))
    asks = await fake.wait_for("chat.postEphemeral", 1)
    assert "Which account is this case for?" in asks[-1].params["text"]
    assert cases(sessions) == []
    # the answer, as a mention in that channel, completes the same case (text and link kept)
    at = "1700000400.000100"
    mention = {"type": "app_mention", "user": "W111", "text": "<@UBOT> Acme",
               "ts": at, "channel": CHAN, "event_ts": at}  # fmt: skip
    await slack.event(channel_event(slack, mention, "EvM1"))
    await fake.wait_for("chat.postEphemeral", 2)
    (c,) = cases(sessions)
    assert (c.title, c.source) == ("the printer is on fire", f"slack:{CHAN}/{TS}")
