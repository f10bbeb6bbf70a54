"""What ``crmbot run`` composes: long-running services sharing one event loop.

Each adapter (Slack, Telegram) and the reminder loop provide a Service. A service
may add HTTP routes to the one shared web server and may offer a Notifier.
"""

from __future__ import annotations

from typing import Protocol

from aiohttp import web

from scheduler.delivery import Notifier


class Service(Protocol):
    name: str
    notifier: Notifier | None

    def routes(self) -> list[web.RouteDef]:
        """HTTP routes to mount on the shared server (may be empty)."""
        ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...
