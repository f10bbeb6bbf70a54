"""Automatic follow-ups: the CRM itself queues reminders for the people who own records.

A periodic sweep turns CRM state into ordinary reminder rows (kind = the rule),
which the dispatcher then delivers like any reminder, with Done/Snooze buttons.
Rules, each switchable per workspace under ``settings["followups"]``:

* stale_deal: an open deal untouched for N days (per stage where set) -> owner;
* overdue_close: an open deal past its expected close date -> owner;
* birthday / anniversary (a year after a deal was won) -> owner, that morning;
* keep_in_touch: a contact's "every N weeks" rhythm lapsed -> owner;
* daily_digest (08:30 local on working days) and weekly_digest (Monday 09:00),
  the latter to the configured channel or by DM to each manager.

No nagging: one open nudge per record, a cooldown after the last one (snoozing
a nudge keeps it open, so nothing new is queued meanwhile), paused deals and
do-not-contact contacts are skipped here *and* re-checked right before sending.
Nudges are due at the recipient's next working moment.

The sweep runs in one transaction per workspace, serialised across processes
(PostgreSQL advisory lock; SQLite's single writer), so two schedulers never both
queue the same nudge.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from scheduler.hours import is_working_day, next_working_moment
from storage import followup_queries as fq
from storage.cases import open_p1_for_deals
from storage.db import transaction
from storage.models import User, Workspace
from storage.recurrence import localize
from storage.text import counted
from storage.types import utcnow
from storage.workspaces import settings, stage_label

log = logging.getLogger(__name__)

_LOCK_KEY = 0x6372_6D62  # "crmb": the advisory lock id of the follow-up sweep
# Look this far around a digest slot: queue it a day ahead; after downtime, still queue
# (and deliver, marked late) a slot missed by up to 2 hours; a morning digest arriving
# in the afternoon is noise, so older slots are skipped.
_SLOT_AHEAD = timedelta(hours=24)
_SLOT_BEHIND = timedelta(hours=2)


@dataclass
class PlanStats:
    created: dict[str, int] = field(default_factory=dict)

    def bump(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.created.values())


def _tz(user: User | None, ws: Workspace) -> str:
    return (user.timezone if user else None) or ws.timezone or "UTC"


def _hm(value: str) -> time:
    h, _, m = value.partition(":")
    return time(int(h), int(m or 0))


@dataclass
class FollowupPlanner:
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime] = utcnow

    def run(self) -> PlanStats:
        stats = PlanStats()
        with self.sessions() as s:
            ws_ids = [w.id for w in fq.workspaces(s)]
        for ws_id in ws_ids:
            try:
                with transaction(self.sessions) as s:
                    if s.get_bind().dialect.name == "postgresql":
                        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
                    ws = s.get(Workspace, ws_id)
                    if ws is not None:
                        self.plan_workspace(s, ws, self.clock(), stats)
            except Exception:
                log.exception("follow-up sweep failed for workspace %s", ws_id)
        if stats.total:
            log.info("follow-ups queued: %s", stats.created)
        return stats

    def plan_workspace(self, s: Session, ws: Workspace, now: datetime, stats: PlanStats) -> None:
        cfg = settings(ws)
        rules: dict[str, Any] = cfg["followups"]
        wh: dict[str, Any] = cfg["working_hours"]
        users = {u.id: u for u in fq.active_users(s, ws.id)}
        if not users:
            return
        ws_today = now.astimezone(ZoneInfo(ws.timezone or "UTC")).date()

        def due_for(user_id: int) -> datetime:
            return next_working_moment(now, wh, _tz(users.get(user_id), ws))

        def add(kind: str, user_id: int, body: str, linked: tuple[str, int] | None) -> None:
            fq.add_followup(s, ws.id, user_id, kind, body, due_for(user_id), now, linked)
            stats.bump(kind)

        open_deal_nudge = fq.linked_with_open_nudge(s, ws.id, "deal")
        open_contact_nudge = fq.linked_with_open_nudge(s, ws.id, "contact")

        stale = rules.get("stale_deal", {})
        if stale.get("enabled"):
            default_days = int(stale.get("days") or 7)
            per_stage = {k: int(v) for k, v in (stale.get("per_stage") or {}).items()}
            shortest = min([default_days, *per_stage.values()])
            cooldown = fq.recently_nudged(
                s, ws.id, "deal", "stale_deal", now - timedelta(days=shortest)
            )
            stale_rows = fq.stale_deals(s, ws.id, ws_today, now - timedelta(days=shortest))
            at_risk = open_p1_for_deals(s, ws.id, [d.id for d in stale_rows])
            for d in stale_rows:
                days = per_stage.get(d.stage, default_days)
                if d.touched >= now - timedelta(days=days):
                    continue
                if d.id in open_deal_nudge or d.id in cooldown:
                    continue
                idle = (now - d.touched).days
                add(
                    "stale_deal",
                    d.owner_id,
                    f"{d.title} (#d{d.id}) has had no activity for {idle} days "
                    f"(threshold {days} days in {stage_label(ws, d.stage)}). "
                    "Log a call or set a next step; "
                    f"'deal pause #d{d.id} until DATE' silences this."
                    + (
                        f" ⚠️ Renewal at risk: the account has an open P1 case "
                        f"(#{at_risk[d.id].number}); not the moment for an upsell call."
                        if d.id in at_risk
                        else ""
                    ),
                    ("deal", d.id),
                )
                open_deal_nudge.add(d.id)

        if rules.get("overdue_close", {}).get("enabled"):
            cooldown = fq.recently_nudged(
                s, ws.id, "deal", "overdue_close", now - timedelta(days=7)
            )
            for d in fq.overdue_deals(s, ws.id, ws_today):
                if d.id in open_deal_nudge or d.id in cooldown:
                    continue
                add(
                    "overdue_close",
                    d.owner_id,
                    f"{d.title} (#d{d.id}) was expected to close on "
                    f"{d.close_date.isoformat() if d.close_date else '?'} and is still open. "
                    "Move it, mark it won/lost, or set a new close date.",
                    ("deal", d.id),
                )
                open_deal_nudge.add(d.id)

        if rules.get("birthday", {}).get("enabled"):
            keys = {ws_today.strftime("%m-%d")}
            if ws_today.month == 2 and ws_today.day == 28 and not _leap(ws_today.year):
                keys.add("02-29")
            done = fq.recently_nudged(s, ws.id, "contact", "birthday", now - timedelta(days=300))
            for c in fq.birthdays_on(s, ws.id, keys):
                if c.id in done or c.id in open_contact_nudge:
                    continue
                add(
                    "birthday",
                    c.owner_id,
                    f"It is {c.name}'s birthday today (#c{c.id}): a good moment to say hello.",
                    ("contact", c.id),
                )
                open_contact_nudge.add(c.id)

        if rules.get("anniversary", {}).get("enabled"):
            done = fq.recently_nudged(s, ws.id, "deal", "anniversary", now - timedelta(days=300))
            for d in fq.won_deals_closed_before(s, ws.id, now - timedelta(days=300)):
                if d.closed_at is None or d.id in done:
                    continue
                won = d.closed_at.astimezone(ZoneInfo(ws.timezone or "UTC")).date()
                if (won.month, won.day) != (ws_today.month, ws_today.day):
                    continue
                years = ws_today.year - won.year
                who = f" with {d.contact_name}" if d.contact_name else ""
                add(
                    "anniversary",
                    d.owner_id,
                    f"{counted(years, 'year')} ago today you won {d.title} (#d{d.id}){who}: "
                    "time to check in, renew or upsell.",
                    ("deal", d.id),
                )

        if rules.get("keep_in_touch", {}).get("enabled"):
            for c in fq.keep_in_touch_lapsed(s, ws.id, now):
                if c.id in open_contact_nudge:
                    continue
                weeks = c.keep_in_touch_weeks or 0
                recent = fq.recently_nudged(
                    s, ws.id, "contact", "keep_in_touch", now - timedelta(weeks=weeks)
                )
                if c.id in recent:
                    continue
                add(
                    "keep_in_touch",
                    c.owner_id,
                    f"You wanted to keep in touch with {c.name} (#c{c.id}) every {weeks} "
                    f"weeks; the last contact was {(now - c.touched).days} days ago.",
                    ("contact", c.id),
                )
                open_contact_nudge.add(c.id)

        self._digests(s, ws, rules, wh, users, now, stats)

    def _digests(
        self,
        s: Session,
        ws: Workspace,
        rules: dict[str, Any],
        wh: dict[str, Any],
        users: dict[int, User],
        now: datetime,
        stats: PlanStats,
    ) -> None:
        daily = rules.get("daily_digest", {})
        if daily.get("enabled"):
            at = _hm(daily.get("time") or "08:30")
            for u in users.values():
                tz = _tz(u, ws)
                for slot in _slots(now, tz, at, lambda d: is_working_day(d.weekday(), wh)):
                    if not fq.digest_exists(s, ws.id, u.id, "daily_digest", slot):
                        fq.add_followup(s, ws.id, u.id, "daily_digest", "Daily digest", slot, now)
                        stats.bump("daily_digest")
        weekly = rules.get("weekly_digest", {})
        if weekly.get("enabled"):
            at = _hm(weekly.get("time") or "09:00")
            channel = weekly.get("channel")
            managers = fq.managers(s, ws.id)
            if not managers:
                return
            if channel:
                owner = managers[0]
                tz = ws.timezone or "UTC"
                for slot in _slots(now, tz, at, lambda d: d.weekday() == 0):
                    if not fq.digest_exists(s, ws.id, owner.id, "weekly_digest", slot):
                        fq.add_followup(
                            s, ws.id, owner.id, "weekly_digest", "Weekly pipeline digest",
                            slot, now, channel=str(channel),
                        )  # fmt: skip
                        stats.bump("weekly_digest")
                return
            for m in managers:
                for slot in _slots(now, _tz(m, ws), at, lambda d: d.weekday() == 0):
                    if not fq.digest_exists(s, ws.id, m.id, "weekly_digest", slot):
                        fq.add_followup(
                            s, ws.id, m.id, "weekly_digest", "Weekly pipeline digest", slot, now
                        )
                        stats.bump("weekly_digest")


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _slots(now: datetime, tz: str, at: time, wanted: Callable[[date], bool]) -> list[datetime]:
    """Digest instants (local ``at`` on wanted days) within the planning window."""
    local_today = now.astimezone(ZoneInfo(tz)).date()
    out = []
    for n in (-1, 0, 1):
        day = local_today + timedelta(days=n)
        if not wanted(day):
            continue
        slot = localize(day, at, tz)
        if now - _SLOT_BEHIND <= slot <= now + _SLOT_AHEAD:
            out.append(slot)
    return out
