"""Hosting the reminder loop: a ``crmbot run`` service, or a thread beside the console.

The loop itself (scheduler/) knows nothing of hosting; this wires it to the app.

Settings (bot/settings.py): CRMBOT_SCHEDULER_SWEEP (how soon a reminder written by
*another* process is noticed), CRMBOT_SCHEDULER_LEASE (how long a crashed process's
claimed reminders wait before another takes over), CRMBOT_FOLLOWUPS,
CRMBOT_FOLLOWUP_INTERVAL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, TextIO

from aiohttp import web

from scheduler.console import ConsoleNotifier
from scheduler.delivery import Notifier
from scheduler.dispatcher import Dispatcher
from scheduler.followups import FollowupPlanner
from scheduler.loop import ReminderLoop
from scheduler.pacing import paced
from scheduler.score_decay import ScoreDecayJob

if TYPE_CHECKING:  # bot.app imports the adapters' edge; the loop needs only its fields
    from bot.app import App

log = logging.getLogger(__name__)


class SchedulerService:
    """Implements bot.services.Service: no routes, no notifier of its own."""

    name = "scheduler"
    notifier: Notifier | None = None

    def __init__(self, loop: ReminderLoop) -> None:
        self.loop = loop

    def routes(self) -> list[web.RouteDef]:
        return []

    async def start(self) -> None:
        await self.loop.start()
        log.info(
            "reminder loop started (worker %s; notifiers: %s)",
            self.loop.dispatcher.worker,
            ", ".join(self.loop.dispatcher.notifiers) or "none",
        )

    async def stop(self) -> None:
        await self.loop.stop()


def build_service(app: App, notifiers: Mapping[str, Notifier]) -> SchedulerService:
    """The loop delivering through ``notifiers`` (platform -> notifier), each paced.

    With no platform notifier, reminders are printed by the console notifier, so a
    bare install still shows that the loop works.
    """
    chosen: dict[str, Notifier] = dict(notifiers) or {"console": ConsoleNotifier()}
    settings = app.config.settings
    dispatcher = Dispatcher(
        app.sessions,
        {p: paced(n) for p, n in chosen.items()},
        lease=timedelta(seconds=settings.crmbot_scheduler_lease),
        pool=app.pool,
    )
    planner = None
    if settings.crmbot_followups:
        planner = FollowupPlanner(app.sessions)
    loop = ReminderLoop(
        dispatcher,
        planner,
        sweep_seconds=settings.crmbot_scheduler_sweep,
        followup_seconds=settings.crmbot_followup_interval,
        scorer=ScoreDecayJob(app.sessions),
    )
    return SchedulerService(loop)


class BackgroundScheduler:
    """Runs a SchedulerService on its own event loop in a daemon thread.

    ``crmbot console`` reads input with blocking ``input()``; the loop delivering
    reminders meanwhile lives here and prints between prompts.
    """

    def __init__(self, service: SchedulerService) -> None:
        self.service = service
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()

    def start(self) -> BackgroundScheduler:
        self._thread = threading.Thread(target=self._run, name="reminder-loop", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=10)
        return self

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            await self.service.start()
        finally:
            self._ready.set()
        await self._stop.wait()
        await self.service.stop()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout=15)


def start_console_delivery(
    app: App, out: TextIO | None = None, prompt: str = ""
) -> BackgroundScheduler:
    """Deliver due reminders to the terminal while the user chats (``crmbot console``)."""
    service = build_service(app, {"console": ConsoleNotifier(out, prompt=prompt)})
    return BackgroundScheduler(service).start()
