"""Reminder delivery to Slack: chat.postMessage to a channel or the user's DM.

Slack's answers map onto the scheduler's two outcomes: try later (rate limit,
server or network trouble) or give up (the channel or person is gone).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks as bk
from handlers.types import Reply
from scheduler.delivery import PermanentError, Target, TransientError

log = logging.getLogger(__name__)

PERMANENT = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "user_not_found",
        "user_disabled",
        "cannot_dm_bot",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "token_expired",
        "no_permission",
        "missing_scope",
        "restricted_action",
        "msg_too_long",
        "invalid_blocks",
        "team_access_not_granted",
        "ekm_access_denied",
    }
)
TRANSIENT = frozenset(
    {
        "ratelimited",
        "rate_limited",
        "internal_error",
        "fatal_error",
        "service_unavailable",
        "request_timeout",
        "timeout",
    }
)

ClientFor = Callable[[int], Awaitable[AsyncWebClient | None]]


def classify(exc: Exception) -> TransientError | PermanentError:
    """Turn a slack_sdk / network failure into the scheduler's retry decision."""
    if isinstance(exc, SlackApiError):
        resp = exc.response
        status = getattr(resp, "status_code", 200)
        error = str((resp.data or {}).get("error", "")) if isinstance(resp.data, dict) else ""
        if status == 429 or error in ("ratelimited", "rate_limited"):
            raw = (resp.headers or {}).get("Retry-After") or (resp.headers or {}).get("retry-after")
            try:
                retry_after = float(raw) if raw is not None else None
            except (TypeError, ValueError):
                retry_after = None
            return TransientError(f"slack rate limited ({error or status})", retry_after)
        if status >= 500 or error in TRANSIENT:
            return TransientError(f"slack error {error or status}")
        if error in PERMANENT:
            return PermanentError(f"slack: {error}")
        return PermanentError(f"slack: {error or status}")
    if isinstance(exc, aiohttp.ClientError | asyncio.TimeoutError | ConnectionError | OSError):
        return TransientError(f"network: {type(exc).__name__}")
    if isinstance(exc, SlackClientError):
        return TransientError(f"slack client: {type(exc).__name__}")
    return PermanentError(f"unexpected: {type(exc).__name__}")


class SlackNotifier:
    """The scheduler's Notifier for Slack (``Target.chat_id`` is a channel or user id)."""

    platform = "slack"

    def __init__(self, client_for: ClientFor) -> None:
        self.client_for = client_for

    async def send(self, target: Target, reply: Reply) -> None:
        client = await self.client_for(target.workspace_id)
        if client is None:
            raise PermanentError("this workspace has no Slack installation")
        try:
            channel = target.chat_id
            if target.direct and not channel.startswith("D"):
                opened = await client.conversations_open(users=channel)
                channel = opened["channel"]["id"]
            await client.chat_postMessage(
                channel=channel, text=bk.fallback_text(reply), blocks=bk.render(reply)
            )
        except (TransientError, PermanentError):
            raise
        except Exception as exc:
            err = classify(exc)
            log.info(
                "slack delivery failed workspace=%s kind=%s reason=%s",
                target.workspace_id,
                type(err).__name__,
                err,
            )
            raise err from exc
