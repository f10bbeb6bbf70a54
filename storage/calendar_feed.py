"""Each user's private calendar feed: their reminders and planned meetings as iCalendar.

Calendar apps (Google Calendar, Outlook, Apple Calendar) subscribe to an address and poll
it; they show events and ignore subscribed to-dos, so every item is a VEVENT with a
VALARM. Times are written in the user's time zone with a VTIMEZONE (icalendar builds it
from the zoneinfo data), UIDs are stable (``reminder-12@ws3.crmbot``) so an edited
reminder moves instead of duplicating, and icalendar writes CRLF line endings and folds
lines at 75 octets as RFC 5545 requires.

The address is ``{CRMBOT_PUBLIC_URL}/calendar/{feed id}/{secret}.ics``: the secret is
random, compared in constant time, and replaced by ``me calendar reset``.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event, Timezone
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage.audit import record
from storage.context import Ctx
from storage.models import Activity, Contact, Reminder, User, Workspace
from storage.models_capture import CalendarFeed

PRODID = "-//crmbot//calendar feed//EN"
PAST_DAYS = 30  # done and sent reminders stay visible this long; older ones drop off
MAX_EVENTS = 1000  # of each kind, the soonest first: a calendar app shows the near ones
REMINDER_MINUTES = 15  # a reminder shows as a 15-minute event at its time
MEETING_MINUTES = 60
MEETING_TYPES = ("meeting", "visit", "call")
HIDDEN_STATUSES = ("cancelled",)
SECRET_BYTES = 24


def path_of(feed: CalendarFeed) -> str:
    return f"/calendar/{feed.id}/{feed.secret}.ics"


def feed_of(ctx: Ctx) -> CalendarFeed:
    """The user's feed, made on first use."""
    feed = ctx.session.scalar(
        select(CalendarFeed).where(
            CalendarFeed.workspace_id == ctx.ws_id, CalendarFeed.user_id == ctx.user.id
        )
    )
    if feed is None:
        feed = CalendarFeed(
            workspace_id=ctx.ws_id,
            user_id=ctx.user.id,
            secret=secrets.token_urlsafe(SECRET_BYTES),
            created_at=ctx.now,
        )
        ctx.session.add(feed)
        ctx.session.flush()
        record(ctx, "create", feed, None, {"user_id": ctx.user.id})
    return feed


def reset_feed(ctx: Ctx) -> CalendarFeed:
    """A new secret: the old address stops working at once. Audited without the secrets."""
    feed = feed_of(ctx)
    feed.secret = secrets.token_urlsafe(SECRET_BYTES)
    feed.rotated_at = ctx.now
    ctx.session.flush()
    record(ctx, "revoke", feed, {"address": "revoked"}, {"address": "new"})
    return feed


@dataclass(frozen=True)
class FeedOwner:
    workspace_id: int
    user_id: int
    timezone: str


def owner_of(session: Session, feed_id: int, secret: str) -> FeedOwner | None:
    """Whose feed this address is, or None (unknown id, wrong or revoked secret)."""
    feed = session.get(CalendarFeed, feed_id)
    # Compared in constant time even when the id is unknown, so timing tells nothing.
    expected = feed.secret if feed is not None else "x" * 32
    if not hmac.compare_digest(expected.encode(), secret.encode()) or feed is None:
        return None
    user = session.get(User, feed.user_id)
    ws = session.get(Workspace, feed.workspace_id)
    if user is None or ws is None or not user.active or user.workspace_id != ws.id:
        return None
    return FeedOwner(ws.id, user.id, user.timezone or ws.timezone or "UTC")


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _uid(kind: str, row_id: int, ws_id: int) -> str:
    return f"{kind}-{row_id}@ws{ws_id}.crmbot"


def _alarm(summary: str, before: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -before)
    return alarm


def build_calendar(session: Session, owner: FeedOwner, now: datetime) -> bytes:
    """The feed's bytes: VCALENDAR with one VEVENT (and its VALARM) per item."""
    tz = _zone(owner.timezone)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "crmbot")
    cal.add("x-wr-timezone", tz.key)
    if tz.key != "UTC":  # the zone's rules once, built from the zoneinfo data (UTC needs none)
        cal.add_component(Timezone.from_tzid(tz.key))
    since = now - timedelta(days=PAST_DAYS)
    reminders = session.scalars(
        select(Reminder)
        .where(
            Reminder.workspace_id == owner.workspace_id,
            Reminder.user_id == owner.user_id,
            Reminder.due_at >= since,
            Reminder.status.not_in(HIDDEN_STATUSES),
        )
        .order_by(Reminder.due_at, Reminder.id)
        .limit(MAX_EVENTS)
    )
    for r in reminders:
        ev = Event()
        summary = f"⏰ {r.text}"
        ev.add("uid", _uid("reminder", r.id, owner.workspace_id))
        ev.add("dtstamp", now)
        ev.add("last-modified", r.updated_at or r.created_at)
        ev.add("created", r.created_at)
        ev.add("summary", summary)
        ev.add("dtstart", r.due_at.astimezone(tz))
        ev.add("duration", timedelta(minutes=REMINDER_MINUTES))
        ev.add("status", "CANCELLED" if r.status == "cancelled" else "CONFIRMED")
        ev.add("transp", "TRANSPARENT")
        if r.status in ("done", "sent"):
            ev.add("description", f"crmbot reminder #r{r.id} ({r.status})")
        else:
            ev.add("description", f"crmbot reminder #r{r.id}")
        ev.add_component(_alarm(summary, timedelta(0)))
        cal.add_component(ev)
    meetings = session.scalars(
        select(Activity)
        .where(
            Activity.workspace_id == owner.workspace_id,
            Activity.user_id == owner.user_id,
            Activity.occurred_at > now,
            Activity.type.in_(MEETING_TYPES),
            Activity.deleted_at.is_(None),
        )
        .order_by(Activity.occurred_at, Activity.id)
        .limit(MAX_EVENTS)
    )
    for a in meetings:
        who = session.get(Contact, a.contact_id) if a.contact_id else None
        title = a.type.capitalize() + (f" with {who.name}" if who is not None else "")
        ev = Event()
        ev.add("uid", _uid("activity", a.id, owner.workspace_id))
        ev.add("dtstamp", now)
        ev.add("created", a.created_at)
        ev.add("summary", title)
        ev.add("description", a.body)
        ev.add("dtstart", a.occurred_at.astimezone(tz))
        ev.add("dtend", a.occurred_at.astimezone(tz) + timedelta(minutes=MEETING_MINUTES))
        ev.add("status", "CONFIRMED")
        ev.add_component(_alarm(title, timedelta(minutes=15)))
        cal.add_component(ev)
    return bytes(cal.to_ical())


def render_feed(
    sessions: sessionmaker[Session], feed_id: int, secret: str, now: datetime
) -> bytes | None:
    """The feed behind an address, or None when the address is not (or no longer) valid."""
    with sessions() as session:
        owner = owner_of(session, feed_id, secret)
        if owner is None:
            return None
        return build_calendar(session, owner, now)
