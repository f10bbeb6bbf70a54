"""``crmbot scheduler``: run the reminder loop alone (no chat adapters receiving).

Delivers through the platforms whose adapter module offers ``build_notifier(app)``
(bot/slack/service.py, bot/telegram/service.py) and is configured; with none, it
prints reminders with the console notifier. ``--once`` delivers what is due now
(and plans follow-ups) and exits, e.g. for cron or a quick check.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
from importlib import import_module
from typing import TYPE_CHECKING

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config

if TYPE_CHECKING:
    from bot.app import App
    from scheduler.delivery import Notifier

log = logging.getLogger(__name__)


@subcommand
def _add_parser(sub: SubParsers) -> None:
    p = sub.add_parser("scheduler", help="run only the reminder loop (reminders, follow-ups)")
    p.add_argument("--console", action="store_true", help="print reminders here, do not post")
    p.add_argument("--once", action="store_true", help="deliver what is due now, then exit")


def _notifiers(app: App, console: bool) -> dict[str, Notifier]:
    from bot.run import ADAPTERS

    out: dict[str, Notifier] = {}
    if console:
        return out
    for name, module in ADAPTERS.items():
        try:
            build = getattr(import_module(module), "build_notifier", None)
        except ImportError:
            continue
        if build is None:
            continue
        notifier = build(app)
        if notifier is not None:
            out[name] = notifier
    return out


@runner("scheduler")
def run_scheduler(ns: argparse.Namespace, config: Config) -> int:
    from bot.app import build_app

    app = build_app(config)
    notifiers = _notifiers(app, ns.console)
    if ns.once:
        asyncio.run(_once(app, notifiers))
    else:
        asyncio.run(_forever(app, notifiers))
    return 0


async def _once(app, notifiers) -> None:  # type: ignore[no-untyped-def]
    from bot.reminder_service import build_service

    service = build_service(app, notifiers)
    loop = service.loop
    if loop.planner is not None:
        stats = await asyncio.to_thread(loop.planner.run)
        print(f"follow-ups queued: {stats.total}")
    if loop.scorer is not None:
        scored = await asyncio.to_thread(loop.scorer.run)
        print(f"scores: {scored.missing} new, {scored.decayed} decayed")
    result = await loop.dispatcher.run_once()
    print(
        f"delivered {result.delivered} (late {result.late}), retrying {result.retried}, "
        f"failed {result.failed}, cancelled {result.cancelled}, deferred {result.deferred}"
    )
    from scheduler.campaign_mail import build_mail_service

    # email campaigns, when SMTP is configured
    mail = build_mail_service(app.sessions, app.config.settings.mail())
    if mail is not None:
        m = await asyncio.to_thread(mail.mailer.run_once)
        print(f"campaign emails: sent {m.sent}, skipped {m.skipped}, retrying {m.retried}, "
              f"failed {m.failed}")  # fmt: skip
    from scheduler.sequence_runner import build_sequence_service

    runner = build_sequence_service(
        app.sessions, app.config.settings.mail()
    ).runner  # nurturing sequences
    exits = await asyncio.to_thread(runner.sweep_exits)
    auto = await asyncio.to_thread(runner.run_auto)
    q = await asyncio.to_thread(runner.run_once)
    print(f"sequence steps: {q.emails} emails, {q.calls} call reminders, {q.finished} finished, "
          f"{sum(exits.values()) + q.exited} left, {auto} auto-enrolled, retrying {q.retried}, "
          f"failed {q.failed}")  # fmt: skip


async def _forever(app, notifiers) -> None:  # type: ignore[no-untyped-def]
    from bot.reminder_service import build_service

    service = build_service(app, notifiers)
    stop = asyncio.Event()
    running = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            running.add_signal_handler(sig, stop.set)
    await service.start()
    from scheduler.campaign_mail import build_mail_service

    # email campaigns, when SMTP is configured
    mail = build_mail_service(app.sessions, app.config.settings.mail())
    if mail is not None:
        await mail.start()
    from scheduler.sequence_runner import build_sequence_service

    sequences = build_sequence_service(
        app.sessions, app.config.settings.mail()
    )  # nurturing sequences
    await sequences.start()
    print(
        "reminder loop running (notifiers: "
        f"{', '.join(service.loop.dispatcher.notifiers)}); Ctrl-C to stop",
        flush=True,
    )
    try:
        await stop.wait()
    finally:
        await sequences.stop()
        if mail is not None:
            await mail.stop()
        await service.stop()
