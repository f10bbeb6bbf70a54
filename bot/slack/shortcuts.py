"""The "Save to CRM" message shortcut: any Slack message, saved as an activity on a record.

The shortcut opens a small modal prefilled from the message (the note is its text, the
type a note); on submit the adapter fetches the message's permalink (``chat.getPermalink``)
and its author's name (``users.info``) and sends the core one command,
``capture KIND WHO ::PAYLOAD`` (handlers/commands/capture.py), so finding the record,
asking when the name is ambiguous, the deal it lands on, the follow-up reminder, audit and
undo are the core's, exactly as for a typed ``log``. The answer comes back privately
(ephemeral in the channel, else the DM).
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import send
from bot.slack.mrkdwn import typed
from handlers.commands.capture import capture_command
from storage.models import ACTIVITY_TYPES

if TYPE_CHECKING:
    from bot.slack.adapter import SlackAdapter

log = logging.getLogger(__name__)
SHORTCUT = "save_to_crm"
VIEW = "crm_save_message"
NOTE_LIMIT = 3000  # Slack's plain_text_input holds at most 3,000 characters


def register(adapter: SlackAdapter) -> None:
    b = adapter.bolt

    async def open_modal(ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        await client.views_open(trigger_id=body["trigger_id"], view=modal(body))

    async def nothing_more(body: dict[str, Any]) -> None:
        """The modal is open; the work happens on submit."""

    async def ack_submit(ack: Any, view: dict[str, Any]) -> None:
        errors = submission(view)[1]
        if errors:
            await ack(response_action="errors", errors=errors)
        else:
            await ack()

    async def on_submit(body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient) -> None:
        await save(adapter, body, view, client)

    b.shortcut(SHORTCUT)(ack=open_modal, lazy=[nothing_more])
    b.view(VIEW)(ack=ack_submit, lazy=[on_submit])


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def modal(body: dict[str, Any]) -> dict[str, Any]:
    """The "Save to CRM" form, prefilled from the message the shortcut was used on."""
    msg = body.get("message") or {}
    text = typed(str(msg.get("text") or ""))
    meta = {
        "channel": str((body.get("channel") or {}).get("id") or ""),
        "ts": str(msg.get("ts") or body.get("message_ts") or ""),
        "author": str(msg.get("user") or msg.get("bot_id") or ""),
        "author_name": str(
            (msg.get("user_profile") or {}).get("real_name") or msg.get("username") or ""
        ),
        "cut": "1" if len(text) > NOTE_LIMIT else "",
    }
    record: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": "v",
        "placeholder": _plain("Maria Lopez, Acme, Acme renewal, #c12"),
    }
    team = str((body.get("team") or {}).get("id") or "")
    if meta["author_name"] and msg.get("user_team") and msg.get("user_team") != team:
        # A customer writing in a shared (Slack Connect) channel: likely the record itself.
        record["initial_value"] = meta["author_name"][:200]
    blocks: list[dict[str, Any]] = [
        {
            "type": "input",
            "block_id": "record",
            "label": _plain("Save it on (contact, account or deal)"),
            "element": record,
        },
        {
            "type": "input",
            "block_id": "kind",
            "label": _plain("Activity type"),
            "element": {
                "type": "static_select",
                "action_id": "v",
                "initial_option": {"text": _plain("note"), "value": "note"},
                "options": [{"text": _plain(k), "value": k} for k in ACTIVITY_TYPES],
            },
        },
        {
            "type": "input",
            "block_id": "note",
            "label": _plain("Note (the message)"),
            "element": {
                "type": "plain_text_input",
                "action_id": "v",
                "multiline": True,
                "max_length": NOTE_LIMIT,
                "initial_value": text[:NOTE_LIMIT],
            },
        },
        {
            "type": "input",
            "block_id": "follow",
            "optional": True,
            "label": _plain("Follow-up"),
            "hint": _plain("When to remind you, e.g. next tuesday 9am (empty: none)"),
            "element": {"type": "plain_text_input", "action_id": "v"},
        },
    ]
    if meta["cut"]:
        blocks.insert(
            0,
            {
                "type": "context",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": f"The message is longer than {NOTE_LIMIT:,} characters: the note "
                        "keeps its first part, and the saved link leads to all of it.",
                    }
                ],
            },
        )
    return {
        "type": "modal",
        "callback_id": VIEW,
        "title": _plain("Save to CRM"),
        "submit": _plain("Save"),
        "close": _plain("Cancel"),
        "private_metadata": json.dumps(meta),
        "blocks": blocks,
    }


def _value(view: dict[str, Any], block: str) -> str:
    state = ((view.get("state") or {}).get("values") or {}).get(block) or {}
    entry = state.get("v") or {}
    if entry.get("type") == "static_select":
        return str((entry.get("selected_option") or {}).get("value") or "")
    return str(entry.get("value") or "")


def submission(view: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """The form's values, and the inline errors Slack shows (checked in the ack, no I/O)."""
    values = {k: _value(view, k).strip() for k in ("record", "kind", "note", "follow")}
    errors: dict[str, str] = {}
    if not values["record"]:
        errors["record"] = "Say which contact, account or deal to save it on."
    if values["kind"] not in ACTIVITY_TYPES:
        errors["kind"] = "Pick a type."
    if not values["note"]:
        errors["note"] = "The note is empty: there is nothing to save."
    return values, errors


async def _author(client: AsyncWebClient, meta: dict[str, str]) -> str:
    if meta.get("author_name"):
        return meta["author_name"]
    uid = meta.get("author") or ""
    if not uid.startswith(("U", "W")):
        return uid
    try:
        info = await client.users_info(user=uid)
        profile = (info.get("user") or {}).get("profile") or {}
        return str(profile.get("real_name") or profile.get("display_name") or uid)
    except Exception as exc:  # no users:read, a deleted user: the id says who
        log.info("slack: no name for a message author (%s)", type(exc).__name__)
        return uid


async def _permalink(client: AsyncWebClient, channel: str, ts: str) -> str:
    if not channel or not ts:
        return ""
    try:
        got = await client.chat_getPermalink(channel=channel, message_ts=ts)
        return str(got.get("permalink") or "")
    except Exception as exc:  # not in the channel: the note is saved without the link
        log.info("slack: no permalink for a saved message (%s)", type(exc).__name__)
        return ""


def _when(ts: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except (TypeError, ValueError):
        return None


async def save(
    adapter: SlackAdapter, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
) -> None:
    started = time.perf_counter()
    team = (body.get("team") or {}).get("id") or ""
    values, errors = submission(view)
    ok = False
    try:
        from bot.slack.adapter import foreign_user

        if errors or foreign_user(body):  # Slack Connect: another organisation's person
            return
        meta = json.loads(view.get("private_metadata") or "{}")
        w = await adapter.where(client, team, body["user"]["id"])
        command = capture_command(
            values["kind"],
            values["record"],
            text=values["note"],
            author=await _author(client, meta),
            at=_when(meta.get("ts", "")),
            link=await _permalink(client, meta.get("channel", ""), meta.get("ts", "")),
            source="Slack",
            follow=values["follow"],
        )
        channel = meta.get("channel") or "form"
        reply = await adapter.core(adapter.incoming(w, channel, action=command))
        ok = reply.ok
        await send.deliver_private(client, w, {"channel": meta.get("channel", "")}, reply)
    except Exception:
        log.exception("slack save-to-crm failed team=%s", team)
    finally:
        adapter.log_request("shortcut", team, "capture", ok, started)
