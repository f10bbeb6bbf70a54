"""Replies that need more than one Web API call: charts, and a form's private answer."""

from __future__ import annotations

import logging

from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks as bk
from bot.slack.people import Where
from handlers.types import Reply

log = logging.getLogger("crmbot.slack")


async def upload(
    client: AsyncWebClient,
    channel: str,
    reply: Reply,
    *,
    private_to: str | None = None,
    thread_ts: str | None = None,
) -> None:
    """Charts and sent-back files go up with files_upload_v2 (files.upload is retired).

    Slack has no ephemeral files: the chart of an ephemeral answer (``private_to``,
    a user id) goes to that user's DM with the bot, not to everyone in the channel.
    """
    try:
        if private_to is not None:
            dm = await client.conversations_open(users=private_to)
            channel, thread_ts = dm["channel"]["id"], None
        if reply.image is not None:
            await client.files_upload_v2(
                channel=channel,
                thread_ts=thread_ts,
                file=reply.image,
                filename=reply.image_name or "chart.png",
                title=reply.image_name or "chart",
            )
        for f in reply.files:  # `file send`, a contact's vCard, a GDPR export
            await client.files_upload_v2(
                channel=channel, thread_ts=thread_ts, file=f.data, filename=f.name, title=f.name
            )
    except Exception as exc:
        log.warning("slack file upload failed error=%s", type(exc).__name__)


async def deliver_private(
    client: AsyncWebClient, w: Where, meta: dict[str, str], reply: Reply
) -> None:
    """A form's result: ephemeral where the form was opened, else the user's DM."""
    text, blocks = bk.fallback_text(reply), bk.render(reply)
    url = meta.get("response_url")
    if url:
        from slack_sdk.webhook.async_client import AsyncWebhookClient

        resp = await AsyncWebhookClient(url).send(
            text=text, blocks=blocks, response_type="ephemeral", replace_original=False
        )
        if resp.status_code == 200:
            return
    channel = meta.get("channel") or ""
    if channel and not channel.startswith("D"):
        try:
            await client.chat_postEphemeral(
                channel=channel, user=w.user_id, text=text, blocks=blocks
            )
            return
        except Exception:  # not in that channel: fall back to the DM
            pass
    dm = await client.conversations_open(users=w.user_id)
    await client.chat_postMessage(channel=dm["channel"]["id"], text=text, blocks=blocks)
