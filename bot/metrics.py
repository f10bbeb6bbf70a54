"""Prometheus metrics of a ``crmbot run`` process, served at ``/metrics``.

Why a module of its own: the core (``handlers.core.Bot``) and the reminder dispatcher
(``scheduler.dispatcher.Dispatcher``) know nothing of Prometheus; each offers one observer
hook, and :func:`install` plugs the functions below into them. Counters and histograms live
in one process-wide registry (they only ever grow, so several apps in one test process just
add up); the gauges that describe a database (claim queue depth, pool use) are read when
scraped, from the app's own engine, so they are never stale.

Labels hold no user data: a platform name, a command name (or ``free_text``), an outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from bot.app import App
    from scheduler.dispatcher import Dispatcher

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = CONTENT_TYPE_LATEST

MESSAGES = Counter(
    "crmbot_messages",
    "Messages handled by the core, by platform, intent (command name or free_text) and "
    "outcome (ok: answered; refused: answered with an error or a question; failed: an "
    "unexpected error, nothing saved).",
    ["platform", "intent", "outcome"],
    registry=REGISTRY,
)
HANDLER_SECONDS = Histogram(
    "crmbot_handler_seconds",
    "Time the core spends on one message (identity, command, transaction, rendered reply).",
    ["platform"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=REGISTRY,
)
REMINDERS = Counter(
    "crmbot_reminders",
    "Reminder deliveries by event: due (claimed to send), sent, late (sent more than a "
    "minute after due), failed (given up), retry (will be retried), lost (lease taken over "
    "before settling), takeover (claimed after another worker's lease ran out).",
    ["event"],
    registry=REGISTRY,
)
SEND_SECONDS = Histogram(
    "crmbot_reminder_delay_seconds",
    "How long after its due time a reminder was sent.",
    buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600),
    registry=REGISTRY,
)
REMINDER_EVENTS = ("due", "sent", "late", "failed", "retry", "lost", "takeover")
for _event in REMINDER_EVENTS:  # present at zero from the start: rate() needs a first sample
    REMINDERS.labels(_event)


def observe_message(platform: str, intent: str, outcome: str, seconds: float) -> None:
    """The core's hook (``Bot.on_handled``): one message handled."""
    MESSAGES.labels(platform or "unknown", intent or "none", outcome).inc()
    HANDLER_SECONDS.labels(platform or "unknown").observe(seconds)


def observe_reminder(event: str, count: int = 1, delay: float | None = None) -> None:
    """The dispatcher's hook (``Dispatcher.observer``): reminders due, sent, late, …"""
    if count:
        REMINDERS.labels(event).inc(count)
    if delay is not None:
        SEND_SECONDS.observe(max(0.0, delay))


class DatabaseCollector(Collector):
    """Gauges read at scrape time: the claim queue and the connection pool of one app."""

    def __init__(self, app: App) -> None:
        self.app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        pool = self.app.engine.pool
        in_use = GaugeMetricFamily(
            "crmbot_db_pool_connections",
            "Database connections of this process's pool, by state.",
            labels=["state"],
        )
        checked_out = getattr(pool, "checkedout", None)
        checked_in = getattr(pool, "checkedin", None)
        if callable(checked_out) and callable(checked_in):
            in_use.add_metric(["in_use"], checked_out())
            in_use.add_metric(["idle"], checked_in())
        size = getattr(pool, "size", None)
        if callable(size):
            in_use.add_metric(["size"], size())
        yield in_use
        depth = GaugeMetricFamily(
            "crmbot_reminder_queue",
            "Reminders in the claim table: due (ready to claim now) and claimed (held by a "
            "worker, sending).",
            labels=["state"],
        )
        try:
            due, claimed = self._queue()
        except Exception:  # a scrape must answer even when the database does not
            log.warning("metrics: the reminder queue could not be read", exc_info=True)
        else:
            depth.add_metric(["due"], due)
            depth.add_metric(["claimed"], claimed)
        yield depth

    def _queue(self) -> tuple[int, int]:
        from storage.reminder_queue import queue_depth

        with self.app.sessions() as s:
            return queue_depth(s, datetime.now(UTC))


def install(app: App) -> CollectorRegistry:
    """Hook the app's core into the process counters; return the app's own registry."""
    app.bot.on_handled = observe_message
    own = CollectorRegistry(auto_describe=False)
    own.register(DatabaseCollector(app))
    return own


def observe_dispatcher(dispatcher: Dispatcher) -> None:
    dispatcher.observer = observe_reminder


def exposition(app_registry: CollectorRegistry | None = None) -> bytes:
    """The text format: the process counters, then the app's database gauges."""
    out = generate_latest(REGISTRY)
    if app_registry is not None:
        out += generate_latest(app_registry)
    return out
