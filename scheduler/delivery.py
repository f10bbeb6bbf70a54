"""The one delivery interface every platform implements (console, Slack, Telegram).

The reminder loop hands a rendered :class:`~handlers.types.Reply` to a Notifier and
learns from the exception type whether to retry (transient) or give up (permanent).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from handlers.types import Reply


@dataclass(frozen=True)
class Target:
    """Where a message goes on one platform.

    ``chat_id`` is a channel/chat id; for a direct message it is the platform user
    id and ``direct`` is True (the notifier opens the DM itself if it must).
    ``workspace_id`` lets multi-workspace adapters pick the right credentials.
    """

    platform: str
    chat_id: str
    workspace_id: int
    direct: bool = True


class DeliveryError(Exception):
    """A send did not go through."""


class TransientError(DeliveryError):
    """Try again later (429, 5xx, network); ``retry_after`` seconds when the platform said."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentError(DeliveryError):
    """Never going to work (bot blocked, channel gone, user deactivated): mark failed."""


class Notifier(Protocol):
    platform: str

    async def send(self, target: Target, reply: Reply) -> None:
        """Deliver ``reply``; raise TransientError or PermanentError on failure."""
        ...
