"""``crmbot run``: every configured adapter and the reminder loop, in one asyncio process.

One aiohttp server on CRMBOT_HOST:CRMBOT_PORT serves every HTTP route (Slack events
and OAuth, the Telegram webhook, /healthz, /readyz, /metrics), since bolt's own server
serves one path. /healthz is liveness (the process answers); /readyz is readiness (the
database answers and its schema is the one this code expects); /metrics is Prometheus.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from functools import cache
from importlib import import_module

from aiohttp import web

from bot.app import App
from bot.services import Service
from scheduler.delivery import Notifier
from storage.errors import UserError

log = logging.getLogger(__name__)

# module -> the name its build function is imported under; each takes (app) and returns a
# Service or None when its credentials are not configured.
ADAPTERS = {"slack": "bot.slack.service", "telegram": "bot.telegram.service"}


def build_adapters(app: App, wanted: dict[str, bool]) -> list[Service]:
    services: list[Service] = []
    for name, module in ADAPTERS.items():
        service = import_module(module).build_service(app)
        if service is None and wanted.get(name):
            raise UserError(f"--{name} given but {name} is not configured (see README)")
        if service is not None:
            services.append(service)
    return services


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


@cache
def _expected_heads() -> frozenset[str]:
    from bot.app import head_revisions

    return frozenset(head_revisions())


def readiness(app: App) -> tuple[bool, str]:
    """(ready, why): the database answers and its schema is at this code's revision."""
    from storage.db import current_heads

    try:
        heads = current_heads(app.engine)
    except Exception as exc:  # any driver error means: not ready
        log.warning("readyz: database unreachable (%s)", type(exc).__name__)
        return False, "database unreachable"
    if heads != _expected_heads():
        return False, "database schema out of date (crmbot db upgrade)"
    return True, "ready"


def health_routes(app: App) -> list[web.RouteDef]:
    """/healthz, /readyz and /metrics for the app's web server."""
    from bot import metrics

    own = metrics.install(app)

    async def readyz(_request: web.Request) -> web.Response:
        ok, why = await asyncio.to_thread(readiness, app)
        return web.json_response({"ready": ok, "status": why}, status=200 if ok else 503)

    async def metrics_view(_request: web.Request) -> web.Response:
        body = await asyncio.to_thread(metrics.exposition, own)
        return web.Response(body=body, headers={"Content-Type": metrics.CONTENT_TYPE})

    return [
        web.get("/healthz", healthz),
        web.get("/readyz", readyz),
        web.get("/metrics", metrics_view),
    ]


async def serve(
    app: App,
    *,
    wanted: dict[str, bool],
    scheduler: bool = True,
    stop_event: asyncio.Event | None = None,
) -> None:
    from handlers.language.dates import warm_up

    # dateparser loads a language's data on first use (~100 ms): pay it before the first user.
    await asyncio.to_thread(warm_up)
    services = build_adapters(app, wanted)
    notifiers: dict[str, Notifier] = {
        s.notifier.platform: s.notifier for s in services if s.notifier is not None
    }
    if scheduler:
        from bot.metrics import observe_dispatcher
        from bot.reminder_service import build_service as build_scheduler

        services.append(build_scheduler(app, notifiers))
        observe_dispatcher(services[-1].loop.dispatcher)  # type: ignore[attr-defined]
        from scheduler.campaign_mail import build_mail_service

        # email campaigns, when SMTP is configured
        mail = build_mail_service(app.sessions, app.config.settings.mail())
        if mail is not None:
            services.append(mail)  # type: ignore[arg-type]
        from scheduler.sequence_runner import build_sequence_service

        sequences = build_sequence_service(app.sessions, app.config.settings.mail())
        services.append(sequences)  # type: ignore[arg-type]
    web_app = web.Application()
    web_app.add_routes(health_routes(app))  # /healthz, /readyz, /metrics
    from bot.unsubscribe_web import routes as unsubscribe_routes

    web_app.add_routes(unsubscribe_routes(app.sessions, app.config.settings.mail()))
    from bot.calendar_web import routes as calendar_routes

    web_app.add_routes(calendar_routes(app.sessions, app.bot.clock))  # /calendar/…/….ics
    for s in services:
        web_app.add_routes(s.routes())
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, app.config.host, app.config.port)
    await site.start()
    log.info(
        "listening on %s:%s; services: %s",
        app.config.host,
        app.config.port,
        ", ".join(s.name for s in services) or "none",
    )
    for s in services:
        await s.start()
    stop = stop_event or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for s in reversed(services):
            with contextlib.suppress(Exception):
                await s.stop()
        await runner.cleanup()
        app.pool.shutdown(wait=False, cancel_futures=True)
