"""When to dispatch: APScheduler 3.x wakes the dispatcher at the next due instant.

The reminders table is the source of truth; APScheduler only holds three in-memory
jobs (nothing pickled, so a refactor cannot silently delete reminders):

* ``wake``: a DateTrigger at the earliest due time in the table, re-planned after
  every run and moved earlier (in-process) the moment a sooner reminder is created
  or snoozed (``storage.reminders.on_new_due``);
* ``sweep``: a short interval safety net that catches rows written by other
  processes (or by hand) and lease expiries, and re-plans ``wake``;
* ``followups``: the periodic follow-up planner (scheduler/followups.py);
* ``scoring``: the lead-score job (scheduler/score_decay.py), every 10 minutes.

A run that starts while another is in progress does not overlap it: it asks the
running one to go round once more, so nothing due is left behind.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from scheduler.dispatcher import Dispatcher, Stats
from scheduler.followups import FollowupPlanner
from scheduler.score_decay import ScoreDecayJob
from storage import reminders as reminder_store
from storage.db import transaction
from storage.housekeeping import prune

log = logging.getLogger(__name__)

# Job defaults, chosen on purpose (APScheduler 3.x would otherwise use a 1 s grace):
# * misfire_grace_time=None: a wake-up that fires late (a busy loop, a suspended
#   laptop, a long GC) must still run; with the default of 1 s APScheduler would
#   log "missed" and *skip* it, leaving reminders waiting for the next sweep.
#   Late is always right here because a run delivers "everything due by now".
# * coalesce=True: several missed runs of one job collapse into one, since one run
#   drains the whole backlog anyway.
# * max_instances=1: one run of a job at a time; overlap is harmless (claims are
#   atomic) but wasteful, and the run lock below already merges requests.
JOB_DEFAULTS = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}


class ReminderLoop:
    def __init__(
        self,
        dispatcher: Dispatcher,
        planner: FollowupPlanner | None = None,
        *,
        sweep_seconds: float = 5.0,
        followup_seconds: float = 600.0,
        clock: Callable[[], datetime] | None = None,
        scorer: ScoreDecayJob | None = None,
        score_seconds: float = 600.0,
    ) -> None:
        self.dispatcher = dispatcher
        self.planner = planner
        self.scorer = scorer
        self.score_seconds = score_seconds
        self.sweep_seconds = sweep_seconds
        self.followup_seconds = followup_seconds
        self.clock = clock or dispatcher.clock
        self.scheduler: AsyncIOScheduler | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.planned: datetime | None = None
        self.totals = Stats()
        self._running = False
        self._again = False
        self._idle = asyncio.Event()

    # -- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._idle = asyncio.Event()
        self._idle.set()
        self.scheduler = AsyncIOScheduler(timezone=UTC, job_defaults=dict(JOB_DEFAULTS))
        self.scheduler.add_job(
            self.tick, IntervalTrigger(seconds=self.sweep_seconds), id="sweep", name="sweep"
        )
        if self.planner is not None:
            self.scheduler.add_job(
                self.plan_followups,
                IntervalTrigger(seconds=self.followup_seconds),
                id="followups",
                name="followups",
                next_run_time=datetime.now(UTC),
            )
        if self.scorer is not None:
            self.scheduler.add_job(
                self.score_decay,
                IntervalTrigger(seconds=self.score_seconds),
                id="scoring",
                name="scoring",
                next_run_time=datetime.now(UTC) + timedelta(seconds=30),
            )
        self.scheduler.add_job(
            self.housekeeping,
            IntervalTrigger(hours=1),
            id="housekeeping",
            name="housekeeping",
            next_run_time=datetime.now(UTC) + timedelta(minutes=1),
        )
        reminder_store.on_new_due(self._hook)
        self.scheduler.start()
        self._plan(datetime.now(UTC))  # deliver whatever came due while we were down

    async def stop(self) -> None:
        reminder_store.off_new_due(self._hook)
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        # Let a run in progress settle the message it is sending.
        try:
            await asyncio.wait_for(self._idle.wait(), timeout=10)
        except TimeoutError:
            log.warning("stopping with a dispatch run still in progress")

    # -- planning ----------------------------------------------------------------------------
    def _hook(self, due: datetime) -> None:
        """Called after a commit that created/moved a reminder (maybe on another thread)."""
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._earlier, due)

    def _earlier(self, due: datetime) -> None:
        if self.planned is None or due < self.planned:
            self._plan(due)

    def _plan(self, when: datetime) -> None:
        if self.scheduler is None:
            return
        self.planned = when
        # max_instances=2 here: the next wake is planned from inside the current one,
        # and may come due before that run has returned; tick() merges overlaps itself.
        self.scheduler.add_job(
            self.tick,
            DateTrigger(run_date=when),
            id="wake",
            name="wake",
            replace_existing=True,
            max_instances=2,
        )

    async def tick(self) -> None:
        """Dispatch until nothing is due, then plan the next wake-up."""
        if self._running:
            self._again = True  # the running tick goes round once more
            return
        self._running = True
        self._idle.clear()
        try:
            while True:
                self._again = False
                try:
                    stats = await self.dispatcher.run_once()
                    nxt = await asyncio.to_thread(self.dispatcher.next_wake)
                except Exception:
                    log.exception("dispatch run failed; the sweep will retry")
                    break
                self.totals.add(stats)
                progress = stats.delivered + stats.retried + stats.failed > 0
                now = self.clock()
                if self._again or (nxt is not None and nxt <= now and progress):
                    continue  # something came due while we drained: go again now
                self._plan_next(nxt, now)
                break
        finally:
            self._running = False
            self._idle.set()
            if self._again and self.scheduler is not None:
                asyncio.get_running_loop().create_task(self.tick())

    def _plan_next(self, nxt: datetime | None, now: datetime) -> None:
        if nxt is None:
            self.planned = None
            if self.scheduler is not None and self.scheduler.get_job("wake"):
                self.scheduler.remove_job("wake")
            return
        if nxt <= now:
            # Due, yet nothing moved: rows held by another process. Look again in 1 s.
            nxt = now + timedelta(seconds=1)
        # APScheduler runs on real time; a test clock may differ, so keep the gap.
        self._plan(datetime.now(UTC) + (nxt - now))

    async def housekeeping(self) -> None:
        """Drop expired dedup keys, button state and questions (see storage.housekeeping)."""

        def run() -> dict[str, int]:
            with transaction(self.dispatcher.sessions) as s:
                return prune(s, self.clock())

        try:
            counts = await asyncio.to_thread(run)
        except Exception:
            log.exception("housekeeping failed")
            return
        if any(counts.values()):
            log.info("housekeeping removed %s", counts)

    async def score_decay(self) -> None:
        """Score new contacts, decay engagement, retrain (storage.scoring, issue 15)."""
        if self.scorer is None:
            return
        try:
            await asyncio.to_thread(self.scorer.run)
        except Exception:
            log.exception("scoring job failed")

    async def plan_followups(self) -> None:
        if self.planner is None:
            return
        try:
            stats = await asyncio.to_thread(self.planner.run)
        except Exception:
            log.exception("follow-up planning failed")
            return
        if stats.total:
            await self.tick()
