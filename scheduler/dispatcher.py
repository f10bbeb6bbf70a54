"""Claim due reminders, send each through its platform's notifier, settle each claim.

The dispatcher knows nothing about *when* to run (scheduler/loop.py decides that);
given a clock it drains everything due at that instant. Database work runs in a
worker thread (short transactions), sends run on the event loop, several at once,
each behind its platform's pacer.

The one unavoidable duplicate: if the process dies after the platform accepted a
message and before the "sent" commit, the row's lease expires and another run
sends it again. Each row is committed right after its own send, so that window
covers exactly one message, never a batch.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from handlers.types import Reply
from scheduler import digests
from scheduler.delivery import Notifier, PermanentError, Target, TransientError
from scheduler.hours import in_working_hours, next_working_moment
from scheduler.message import build_reply
from storage import followup_queries as fq
from storage import reminder_queue as q
from storage.db import transaction
from storage.models import Workspace
from storage.recurrence import next_occurrence
from storage.reminder_queue import AUTOMATIC_KINDS, Claimed, Recipient
from storage.types import utcnow
from storage.workspaces import settings

log = logging.getLogger(__name__)
T = TypeVar("T")

PLATFORMS = ("slack", "telegram", "console")
DIGESTS = ("daily_digest", "weekly_digest")
# Checked again right before sending (do-not-contact, deleted, working hours): the automatic
# nudges, a campaign's calls for reps (a member marked do-not-contact since is not called) and
# a nurturing sequence's call steps.
CHECKED_KINDS = (*AUTOMATIC_KINDS, "campaign_call", "sequence_call")


def worker_id() -> str:
    """Unique per process run: host, pid and a random suffix (a restarted pid differs)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Held(PermanentError):
    """The recipient was removed from the workspace: the reminder is kept, not sent."""


@dataclass
class Stats:
    delivered: int = 0
    retried: int = 0
    failed: int = 0
    held: int = 0  # for someone removed from the workspace: kept until 'settings reassign'
    cancelled: int = 0
    deferred: int = 0
    lost: int = 0  # lease taken over before we settled (should stay 0)
    late: int = 0

    def add(self, other: Stats) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class _Job:
    c: Claimed
    tz: str
    notifier: Notifier | None = None
    target: Target | None = None
    reply: Reply | None = None
    error: Exception | None = None
    next_due: datetime | None = None


@dataclass
class Dispatcher:
    sessions: sessionmaker[Session]
    notifiers: Mapping[str, Notifier]
    clock: Callable[[], datetime] = utcnow
    worker: str = field(default_factory=worker_id)
    lease: timedelta = timedelta(seconds=120)
    batch: int = 500
    # Sends in flight; pacing waits happen inside a send, so this must not be smaller than
    # a batch or one slow chat would hold slots that other chats could use.
    concurrency: int = 500
    # Claim the next batch when fewer than this many messages of the current one are left.
    refill: int = 100
    max_attempts: int = 8
    backoff_base: timedelta = timedelta(seconds=15)
    backoff_max: timedelta = timedelta(hours=1)
    on_sent: Callable[[Claimed, datetime], None] | None = None  # a hook for benchmarks
    # (event, count, delay in seconds or None): "due", "sent", "late", … (bot.metrics)
    observer: Callable[[str, int, float | None], None] | None = None
    # The app's one worker pool (bot/edge.py), shared with the adapters; None: our own.
    pool: Executor | None = field(default=None, repr=False)
    _pool: Executor | None = field(default=None, init=False, repr=False)

    async def _db(self, fn: Callable[..., T], *args: object) -> T:
        """Run a database step off the event loop, on the shared pool (or our own threads).

        Without a shared pool, SQLite gets one thread: in-process writers queued on a
        Python lock are far cheaper than writers racing for the file lock (SQLite's busy
        handler sleeps in steps of up to 100 ms). PostgreSQL gets a few, to overlap commits.
        """
        return await asyncio.get_running_loop().run_in_executor(self._executor(), fn, *args)

    def _executor(self) -> Executor:
        if self.pool is not None:
            return self.pool
        if self._pool is None:
            sqlite = self.sessions.kw["bind"].dialect.name == "sqlite"
            self._pool = ThreadPoolExecutor(1 if sqlite else 4, thread_name_prefix="reminder-db")
        return self._pool

    async def _claiming(
        self, fn: Callable[..., T], *args: object, ids: Callable[[T], list[int]]
    ) -> T:
        """Run a step that holds claimed rows, giving them back if we are cancelled meanwhile.

        A thread cannot be interrupted: when shutdown cancels us mid-step, the step
        still commits its claim. Without this the rows would sit claimed until their
        lease ran out, minutes late for no reason; so wait for the step to end and
        release what it holds before letting the cancellation through.
        """
        fut = asyncio.get_running_loop().run_in_executor(self._executor(), fn, *args)
        try:
            return await asyncio.shield(fut)
        except asyncio.CancelledError:
            held = ids(await fut)
            if held:
                await self._db(self._release, held)
            raise

    # -- database steps (run in a thread) -----------------------------------------------------
    def claim(self, now: datetime) -> list[Claimed]:
        with transaction(self.sessions) as s:
            return q.claim_due(s, self.worker, now, self.lease, self.batch)

    def _prepare(self, claimed: list[Claimed], now: datetime) -> tuple[list[_Job], Stats]:
        """Resolve targets, render messages, drop follow-ups that no longer apply."""
        stats = Stats()
        jobs: list[_Job] = []
        with transaction(self.sessions) as s:
            people = q.recipients(s, (c.user_id for c in claimed))
            ws_cache: dict[int, Workspace | None] = {}
            for c in claimed:
                who = people.get(c.user_id)
                tz = who.timezone if who else "UTC"
                gone = who is not None and not who.active and not c.channel
                if gone and c.kind in AUTOMATIC_KINDS:  # re-planned for who takes the records
                    assert who is not None
                    why = f"not sent: {who.display_name} is no longer a member"
                    q.mark_cancelled(s, c, self.worker, now, why)
                    stats.cancelled += 1
                    continue
                if c.kind in CHECKED_KINDS:
                    ws = ws_cache.get(c.workspace_id)
                    if c.workspace_id not in ws_cache:
                        ws = ws_cache[c.workspace_id] = s.get(Workspace, c.workspace_id)
                    today = now.astimezone(ZoneInfo(tz)).date()
                    if self._skip_or_defer(s, c, ws, tz, today, now, stats):
                        continue
                job = _Job(c, tz)
                try:
                    job.notifier, job.target = self._route(c, who)
                    digest = None
                    if c.kind in DIGESTS:
                        digest = digests.build_digest(
                            s, c.kind, c.workspace_id, c.user_id, c.channel, now
                        )
                    job.reply = build_reply(c, tz, now, digest)
                    if c.kind not in CHECKED_KINDS:  # automatic ones were dropped above
                        dnc = fq.do_not_contact_name(s, c.linked_type, c.linked_id)
                        if dnc:
                            job.reply.sections.append(
                                f"⛔ {dnc} is marked do-not-contact: do not reach out to them."
                            )
                    if c.recurrence:
                        job.next_due = next_occurrence(c.due_at, c.recurrence, tz, now)
                except (TransientError, PermanentError) as exc:
                    job.error = exc
                except Exception as exc:  # a bad row must not block the queue
                    log.exception("could not prepare reminder %s", c.id)
                    job.error = PermanentError(f"could not build the message: {exc}")
                jobs.append(job)
        return jobs, stats

    def _skip_or_defer(
        self,
        s: Session,
        c: Claimed,
        ws: Workspace | None,
        tz: str,
        today: date,
        now: datetime,
        stats: Stats,
    ) -> bool:
        reason = fq.obstacle(s, c.kind, c.linked_type, c.linked_id, today)
        if reason:
            q.mark_cancelled(s, c, self.worker, now, f"not sent: {reason}")
            stats.cancelled += 1
            return True
        if c.kind in DIGESTS or ws is None or c.previous_status == "snoozed":
            return False  # digests have their own hour; a snooze time is the user's choice
        if c.linked_type == "case":
            return False  # an SLA clock already counts working hours: its moment is the point
        wh = settings(ws)["working_hours"]
        if not in_working_hours(now, wh, tz):
            q.defer(s, c, self.worker, now, next_working_moment(now, wh, tz))
            stats.deferred += 1
            return True
        return False

    def _route(self, c: Claimed, who: Recipient | None) -> tuple[Notifier, Target]:
        """Where this reminder goes: its channel, else a DM on a connected platform."""
        console = self.notifiers.get("console")
        if c.channel:
            platform, sep, chat = c.channel.partition(":")
            if not sep or platform not in PLATFORMS:
                platform, chat = next(iter(self.notifiers), "console"), c.channel
            n = self.notifiers.get(platform)
            if n is not None:
                return n, Target(platform, chat, c.workspace_id, direct=False)
            if console is not None:
                return console, Target("console", c.channel, c.workspace_id, direct=False)
            raise TransientError(f"no {platform} connection is configured to post in {chat}")
        if who is None:
            raise PermanentError("the user no longer exists")
        if not who.active:
            # 'remove member' ends access: their reminders (names, deals, notes) are never
            # DMed to them again; they are held for 'settings reassign', which hands them on
            raise Held(f"{who.display_name} is no longer a member of this workspace")
        for platform, n in self.notifiers.items():
            pid = who.identities.get(platform)
            if pid is not None:
                return n, Target(platform, pid, c.workspace_id, direct=True)
        if console is not None:
            return console, Target("console", who.display_name, c.workspace_id, direct=True)
        known = ", ".join(sorted(who.identities)) or "none"
        raise PermanentError(
            f"{who.display_name} has no account on a connected platform (known: {known})"
        )

    def _settle(self, job: _Job, outcome: str, now: datetime, reason: str = "") -> bool:
        with transaction(self.sessions) as s:
            c = job.c
            if outcome == "sent":
                return q.mark_sent(s, c, self.worker, now, job.next_due)
            if outcome == "failed":
                return q.mark_failed(s, c, self.worker, now, reason)
            if outcome == "held":
                return q.mark_held(s, c, self.worker, now, reason)
            return q.mark_retry(s, c, self.worker, now, self._backoff(job), reason)

    def _backoff(self, job: _Job) -> datetime:
        err = job.error
        if isinstance(err, TransientError) and err.retry_after:
            delay = err.retry_after
        else:
            base = self.backoff_base.total_seconds() * (2 ** min(job.c.attempts, 16))
            delay = min(base, self.backoff_max.total_seconds()) * random.uniform(0.8, 1.2)
        return self.clock() + timedelta(seconds=delay)

    def _renew(self, ids: list[int]) -> None:
        with transaction(self.sessions) as s:
            q.renew(s, self.worker, ids, self.clock() + self.lease)

    # -- the async driver --------------------------------------------------------------------
    async def run_once(self) -> Stats:
        """Deliver everything due now, batch after batch, until nothing due is left.

        Batches overlap: the next one is claimed (and its rows rendered) once the current
        one has fewer than ``refill`` messages left to send, not when it is done. Those
        last messages are mostly waiting for their chat's next 1/s slot, so without the
        overlap the overall limit sat idle at the end of every batch (the burst drained
        at 1.24x the platform's minimum). Two batches at most are held at once, so the
        rows claimed, and their lease, stay bounded.
        """
        total = Stats()
        running: list[asyncio.Task[Stats]] = []
        try:
            while True:
                now = self.clock()
                claimed = await self._claiming(self.claim, now, ids=lambda cs: [c.id for c in cs])
                if not claimed:
                    break
                self._observe("due", len(claimed))
                self._observe("takeover", sum(c.previous_status == "claimed" for c in claimed))
                low = asyncio.Event()
                running.append(asyncio.create_task(self.deliver(claimed, now, low)))
                if len(claimed) < self.batch:
                    break
                if len(running) > 1:  # the batch before this one must finish first
                    total.add(await running.pop(0))
                low_wait = asyncio.create_task(low.wait())
                try:
                    await asyncio.wait({running[-1], low_wait}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    low_wait.cancel()
            for task in running:
                total.add(await task)
            running.clear()
        finally:
            for task in running:  # cancelled: each delivery gives back what it has not sent
                task.cancel()
            if running:
                await asyncio.gather(*running, return_exceptions=True)
        return total

    async def deliver(
        self, claimed: list[Claimed], claimed_at: datetime, low: asyncio.Event | None = None
    ) -> Stats:
        """Send a claimed batch; set ``low`` once fewer than ``refill`` messages are left."""
        every = [c.id for c in claimed]  # settled rows have no claimant: releasing them is a no-op
        jobs, stats = await self._claiming(
            self._prepare, claimed, self.clock(), ids=lambda _: every
        )
        sem = asyncio.Semaphore(self.concurrency)
        held = {j.c.id for j in jobs}  # claimed and not settled: the lease to keep
        unstarted = set(held)  # not yet handed to a notifier: safe to give back
        lease_end = claimed_at + self.lease
        renew_lock = asyncio.Lock()

        async def keep_lease() -> None:
            nonlocal lease_end
            if self.clock() < lease_end - self.lease / 2:
                return
            async with renew_lock:
                if self.clock() >= lease_end - self.lease / 2:
                    await self._db(self._renew, list(held))
                    lease_end = self.clock() + self.lease

        async def one(job: _Job) -> None:
            async with sem:
                unstarted.discard(job.c.id)
                outcome, reason = "sent", ""
                if job.error is None:
                    assert job.notifier is not None and job.target is not None
                    assert job.reply is not None
                    await keep_lease()
                    try:
                        await job.notifier.send(job.target, job.reply)
                    except PermanentError as exc:
                        job.error = exc
                    except TransientError as exc:
                        job.error = exc
                    except Exception as exc:  # network errors of any client library
                        job.error = TransientError(f"{type(exc).__name__}: {exc}")
                if isinstance(job.error, Held):
                    outcome, reason = "held", str(job.error)
                elif isinstance(job.error, PermanentError):
                    outcome, reason = "failed", str(job.error)
                elif job.error is not None:
                    reason = str(job.error) or type(job.error).__name__
                    if job.c.attempts + 1 >= self.max_attempts:
                        outcome = "failed"
                        reason = f"gave up after {job.c.attempts + 1} attempts: {reason}"
                    else:
                        outcome = "retry"
                now = self.clock()
                ok = await self._db(self._settle, job, outcome, now, reason)
                held.discard(job.c.id)
                if low is not None and len(held) < self.refill:
                    low.set()
                event = "failed" if outcome == "held" else outcome  # not sent, as metrics count
                self._observe(event if ok else "lost", 1, now - job.c.due_at)
                if not ok:
                    stats.lost += 1
                    log.warning("reminder %s: lease lost before settling", job.c.id)
                elif outcome == "sent":
                    stats.delivered += 1
                    if now - job.c.due_at > timedelta(seconds=60):
                        stats.late += 1
                        self._observe("late", 1)
                    if self.on_sent is not None:
                        self.on_sent(job.c, now)
                elif outcome == "held":
                    stats.held += 1
                    log.info("reminder %s held: %s", job.c.id, reason)
                elif outcome == "failed":
                    stats.failed += 1
                    log.warning("reminder %s failed: %s", job.c.id, reason)
                else:
                    stats.retried += 1
                    log.info("reminder %s will be retried: %s", job.c.id, reason)

        try:
            await asyncio.gather(*(one(j) for j in jobs))
        finally:
            if unstarted:  # cancelled mid-batch (shutdown): give unsent rows back at once
                await self._db(self._release, list(unstarted))
        return stats

    def _observe(self, event: str, count: int, delay: timedelta | None = None) -> None:
        if self.observer is not None and count:
            seconds = delay.total_seconds() if event == "sent" and delay is not None else None
            self.observer(event, count, seconds)

    def _release(self, ids: list[int]) -> None:
        with transaction(self.sessions) as s:
            q.release(s, ids, self.worker, self.clock())

    def next_wake(self) -> datetime | None:
        with self.sessions() as s:
            return q.next_wake(s)
