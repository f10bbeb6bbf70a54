"""Slack gestures on support cases: the "Open a case" message shortcut, a 🎫 (`ticket`)
reaction in channels the bot is in, and replies in a case's thread.

Each is translated into an ordinary core command (bot/case_gestures.py) with a
``from=slack:CHANNEL/TS`` link to the message: the case card is posted in the message's
thread, and a person's reply in that thread becomes a timeline entry (acknowledged with a
✅ reaction; an error is shown to its author only).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from slack_sdk.web.async_client import AsyncWebClient

from bot import case_gestures
from bot.slack import blocks as bk
from bot.slack.mrkdwn import typed
from storage.cases import source_exists

if TYPE_CHECKING:
    from bot.slack.adapter import SlackAdapter

log = logging.getLogger(__name__)
SHORTCUT = "open_case"
REACTION = "ticket"


def register(adapter: SlackAdapter) -> None:
    b = adapter.bolt

    async def ack(ack: Any) -> None:
        await ack()

    async def on_shortcut(body: dict[str, Any], client: AsyncWebClient) -> None:
        msg = body.get("message") or {}
        await open_from_message(
            adapter,
            client,
            team=(body.get("team") or {}).get("id") or "",
            user=(body.get("user") or {}).get("id") or "",
            channel=(body.get("channel") or {}).get("id") or "",
            ts=str(msg.get("ts") or ""),
            text=typed(str(msg.get("text") or "")),
            kind="shortcut",
        )

    async def on_reaction(
        body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        item = event.get("item") or {}
        if event.get("reaction") != REACTION or item.get("type") != "message":
            return
        key = body.get("event_id") or f"reaction:{item.get('channel')}:{item.get('ts')}"
        if not await adapter.edge.claim("slack", key):
            return  # a retried delivery
        channel, ts = str(item.get("channel") or ""), str(item.get("ts") or "")
        text = await message_text(client, channel, ts)
        await open_from_message(
            adapter,
            client,
            team=body.get("team_id") or "",
            user=str(event.get("user") or ""),
            channel=channel,
            ts=ts,
            text=text,
            kind="reaction",
        )

    b.shortcut(SHORTCUT)(ack=ack, lazy=[on_shortcut])
    b.event("reaction_added")(on_reaction)


async def message_text(client: AsyncWebClient, channel: str, ts: str) -> str:
    """The text of the reacted-to message (a top-level one, else a thread reply)."""
    try:
        got = await client.conversations_history(
            channel=channel, latest=ts, inclusive=True, limit=1
        )
        for m in got.get("messages") or []:
            if m.get("ts") == ts:
                return typed(str(m.get("text") or ""))
        got = await client.conversations_replies(channel=channel, ts=ts, limit=1)
        for m in got.get("messages") or []:
            if m.get("ts") == ts:
                return typed(str(m.get("text") or ""))
    except Exception as exc:  # no history scope, or not in the channel
        log.info("slack: could not read the message for a case: %s", exc)
    return ""


async def open_from_message(
    adapter: SlackAdapter,
    client: AsyncWebClient,
    *,
    team: str,
    user: str,
    channel: str,
    ts: str,
    text: str,
    kind: str,
) -> None:
    started = time.perf_counter()
    ok = False
    try:
        if not user or not channel or not ts:
            return
        w = await adapter.where(client, team, user)
        cmd = case_gestures.open_case_command(text, case_gestures.slack_thread_source(channel, ts))
        if cmd is None:
            await client.chat_postEphemeral(
                channel=channel, user=user, text="That message has no text to open a case from."
            )
            return
        reply = await adapter.core(adapter.incoming(w, channel, text=cmd))
        ok = reply.ok
        blocks, fallback = bk.render(reply), bk.fallback_text(reply)
        if reply.ok:  # the card goes in the message's thread: replies there are its timeline
            await client.chat_postMessage(
                channel=channel, thread_ts=ts, text=fallback, blocks=blocks
            )
        else:  # "which account?" or a refusal: to the person only
            await client.chat_postEphemeral(
                channel=channel, user=user, text=fallback, blocks=blocks
            )
    except Exception:
        log.exception("slack case %s failed team=%s", kind, team)
    finally:
        adapter.log_request(kind, team, "case new", ok, started)


async def on_thread_reply(
    adapter: SlackAdapter, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
) -> None:
    """A person's reply in a channel thread: a timeline entry when the thread is a case's."""
    started = time.perf_counter()
    team = body.get("team_id") or event.get("team") or ""
    channel, thread = str(event.get("channel") or ""), str(event.get("thread_ts") or "")
    source = case_gestures.slack_thread_source(channel, thread)
    w = await adapter.where(client, body.get("team_id"), event["user"])
    if not await adapter.run(source_exists, adapter.app.sessions, w.workspace_id, source):
        return  # an ordinary thread: not ours to read
    key = body.get("event_id") or f"{channel}:{event.get('ts')}"
    if not await adapter.edge.claim("slack", key):
        return
    ok = False
    try:
        cmd = case_gestures.note_command(typed(str(event.get("text") or "")), source)
        if cmd is None:
            return
        reply = await adapter.core(adapter.incoming(w, channel, text=cmd))
        ok = reply.ok
        if ok:
            await client.reactions_add(
                channel=channel, timestamp=event["ts"], name="white_check_mark"
            )
        else:
            await client.chat_postEphemeral(
                channel=channel, user=w.user_id, text=bk.fallback_text(reply),
                blocks=bk.render(reply),
            )  # fmt: skip
    except Exception:
        log.exception("slack case reply failed team=%s", team)
    finally:
        adapter.log_request("thread", team, "case note", ok, started)
