"""Plain-text rendering of records, shared by every adapter.

Kept platform-neutral: no markup beyond line breaks, so Slack, Telegram and the
console can escape and decorate it their own way.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.types import Button
from storage.context import Ctx
from storage.models import Account, Activity, Contact, Opportunity, Reminder, StageChange, User
from storage.money import format_money
from storage.reach import country_name
from storage.recurrence import describe as describe_recurrence
from storage.workspaces import stage_label, stage_probability

ICONS = {"call": "📞", "meeting": "🤝", "visit": "🚗", "email": "✉️", "note": "📝"}


def local(ctx: Ctx, when: datetime) -> datetime:
    return when.astimezone(ZoneInfo(ctx.tz))


# strftime's C-locale names (the process never sets LC_TIME): formatting through strftime
# costs ~2.5 us a field (a time tuple and a libc call), and every reply formats several times
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_abbr(when: date) -> str:
    """``when`` as ``%a`` ("Tue")."""
    return _DAYS[when.weekday()]


def month_abbr(when: date) -> str:
    """``when`` as ``%b`` ("Dec")."""
    return _MONTHS[when.month - 1]


def hh_mm(when: datetime) -> str:
    """``when`` as ``%H:%M`` ("09:05")."""
    return f"{when.hour:02d}:{when.minute:02d}"


def ymd_hm(when: datetime) -> str:
    """``when`` as ``%Y-%m-%d %H:%M`` (the year unpadded, as glibc's ``%Y``)."""
    return f"{when.year}-{when.month:02d}-{when.day:02d} {when.hour:02d}:{when.minute:02d}"


def fmt_dt(ctx: Ctx, when: datetime | None) -> str:
    """A time in the reader's zone, e.g. 'Tue 1 Dec 09:00 (Europe/Madrid)'."""
    if when is None:
        return "-"
    lt = local(ctx, when)
    return f"{day_abbr(lt)} {lt.day} {month_abbr(lt)} {lt.year} {hh_mm(lt)} ({ctx.tz})"


def fmt_short(ctx: Ctx, when: datetime) -> str:
    """'Fri 27 Nov 09:00', with the year when it is not this year ('Fri 1 Jan 1999 09:00')."""
    lt = local(ctx, when)
    year = "" if lt.year == local(ctx, ctx.now).year else f" {lt.year}"
    return f"{day_abbr(lt)} {lt.day} {month_abbr(lt)}{year} {hh_mm(lt)}"


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else "-"


def user_name(ctx: Ctx, user_id: int | None) -> str:
    if user_id is None:
        return "-"
    user = ctx.session.get(User, user_id)
    return user.display_name if user else "-"


def contact_line(c: Contact) -> str:
    at = f" ({c.account.name})" if c.account else ""
    dnc = " ⛔ do-not-contact" if c.do_not_contact else ""
    return f"#c{c.id} {c.name}{at}{dnc}"


def contact_card(ctx: Ctx, c: Contact) -> str:
    lines = [f"👤 {c.name}  #c{c.id}"]
    if c.title or c.account:
        lines.append(" · ".join(x for x in (c.title, c.account.name if c.account else None) if x))
    from storage.channels import channels_of

    extra = channels_of(ctx, [c.id]) if c.id is not None else []
    for label, value in (("email", c.email), ("phone", c.phone)):
        more = [ch.value for ch in extra if ch.kind == label]
        if value or more:
            lines.append(f"{label}: {', '.join(x for x in (value, *more) if x)}")
    lines.append(
        f"lifecycle: {c.lifecycle}" + (f" · source: {c.lead_source}" if c.lead_source else "")
    )
    where = [x for x in (country_name(c.country), c.timezone) if x]
    if where or c.telegram:
        tg = f"telegram: @{c.telegram}" if c.telegram else ""
        lines.append(" · ".join(x for x in (" · ".join(where), tg) if x))
    if c.birthday:
        lines.append(f"birthday: {c.birthday:%d %b}")
    if c.keep_in_touch_weeks:
        lines.append(f"keep in touch: every {c.keep_in_touch_weeks} weeks")
    if c.tags:
        lines.append("tags: " + ", ".join(c.tags))
    if c.do_not_contact:
        lines.append("⛔ do-not-contact: no follow-ups")
    lines += campaign_lines(ctx, c)
    lines += score_lines(ctx, c)
    lines.append(f"owner: {user_name(ctx, c.owner_id)}")
    return "\n".join(lines)


def campaign_lines(ctx: Ctx, c: Contact) -> list[str]:
    """Where the contact came from, and whether they unsubscribed from email (issue 14)."""
    out = []
    if c.campaign_id is not None:
        from storage.models_campaigns import Campaign

        camp = ctx.session.get(Campaign, c.campaign_id)
        if camp is not None:
            out.append(f"📣 from campaign: {camp.name}")
    if c.email_opt_out_at is not None:
        out.append(f"✉️ unsubscribed from email {fmt_date(local(ctx, c.email_opt_out_at).date())}")
    return out


def score_lines(ctx: Ctx, c: Contact) -> list[str]:
    """The lead score on the card (issue 15): 'score NAME' explains it."""
    if c.id is None:
        return []
    from storage.scoring import stored

    row = stored(ctx, c.id)
    if row is None:
        return []
    return [f"🔥 score {row.score} (fit {row.fit} · engagement {row.engagement}): 'score #c{c.id}'"]


def account_line(a: Account) -> str:
    seg = " · ".join(x for x in (a.industry, a.region) if x)
    return f"#a{a.id} {a.name}" + (f" ({seg})" if seg else "")


def account_card(ctx: Ctx, a: Account) -> str:
    lines = [f"🏢 {a.name}  #a{a.id}"]
    seg = " · ".join(x for x in (a.industry, a.region, a.size and f"size {a.size}") if x)
    if seg:
        lines.append(seg)
    if a.website:
        lines.append(f"web: {a.website}")
    if a.lead_source:
        lines.append(f"source: {a.lead_source}")
    if a.tags:
        lines.append("tags: " + ", ".join(a.tags))
    lines.append(f"owner: {user_name(ctx, a.owner_id)}")
    return "\n".join(lines)


def closed_on(ctx: Ctx, d: Opportunity) -> str | None:
    """The local day a won or lost deal was closed (its expected close no longer matters)."""
    if d.status == "open" or d.closed_at is None:
        return None
    return d.closed_at.astimezone(ZoneInfo(ctx.tz)).date().isoformat()


def deal_line(ctx: Ctx, d: Opportunity) -> str:
    day = closed_on(ctx, d)
    close = f" · close {d.close_date.isoformat()}" if d.close_date else ""
    if day:
        close = f" · {d.status} {day}"
    return (
        f"#d{d.id} {d.title} · {stage_label(ctx.workspace, d.stage)} · "
        f"{format_money(d.amount_minor, d.currency)}{close}"
    )


def deal_probability(ctx: Ctx, d: Opportunity) -> int:
    return d.probability if d.probability is not None else stage_probability(ctx.workspace, d.stage)


def deal_card(ctx: Ctx, d: Opportunity) -> str:
    lines = [f"💼 {d.title}  #d{d.id}"]
    who = " · ".join(
        x
        for x in (d.account.name if d.account else None, d.contact.name if d.contact else None)
        if x
    )
    if who:
        lines.append(who)
    lines.append(
        f"stage: {stage_label(ctx.workspace, d.stage)} ({deal_probability(ctx, d)}%)"
        f" · status: {d.status}"
    )
    lines.append(f"amount: {format_money(d.amount_minor, d.currency)}")
    day = closed_on(ctx, d)
    if day:
        lines.append(f"{d.status}: {day}")
    elif d.close_date:
        lines.append(f"expected close: {d.close_date.isoformat()}")
    if d.next_step:
        lines.append(f"next step: {d.next_step}")
    if d.lost_reason:
        lines.append(f"lost reason: {d.lost_reason}")
    if d.last_activity_at is not None:
        lines.append(f"last activity: {fmt_short(ctx, d.last_activity_at)}")
    lines.append(f"owner: {user_name(ctx, d.owner_id)}")
    return "\n".join(lines)


NOTE_HEAD = 300  # characters of a note a card shows; "activity show N" shows all of it


def is_long(a: Activity) -> bool:
    return len(a.body or "") > NOTE_HEAD


def activity_line_body(a: Activity) -> str:
    """The note as a card shows it: whole, or its head and how to see the rest."""
    text = a.body or ""
    if not is_long(a):
        return text
    cut = text.rfind(" ", 0, NOTE_HEAD)
    head = text[: cut if cut > NOTE_HEAD // 2 else NOTE_HEAD].rstrip()
    return f"{head} … (+{len(text) - len(head):,} characters: 'activity show {a.id}')"


def activity_line(ctx: Ctx, a: Activity, full: bool = False) -> str:
    """One line of a timeline; a long note shows its head and how to see the rest."""
    text = (a.body or "") if full else activity_line_body(a)
    body = f": {text}" if text else ""
    return f"{ICONS.get(a.type, '•')} {fmt_short(ctx, a.occurred_at)} {a.type}{body}"


def show_all_buttons(acts: list[Activity]) -> list[Button]:
    """A "Show all" button for each long note shown cut on a card (at most three)."""
    return [Button(f"Show all #{a.id}", f"activity show {a.id}") for a in acts if is_long(a)][:3]


def stage_line(ctx: Ctx, s: StageChange) -> str:
    src = stage_label(ctx.workspace, s.from_stage) if s.from_stage else "new"
    return (
        f"↪ {fmt_short(ctx, s.at)} {src} → {stage_label(ctx.workspace, s.to_stage)}"
        f" by {user_name(ctx, s.user_id)}"
    )


def reminder_line(ctx: Ctx, r: Reminder) -> str:
    extra = ""
    if r.status == "failed":
        extra = f" ✖ failed: {r.fail_reason or 'unknown'}"
    elif r.status == "snoozed":
        extra = " (snoozed)"
    repeat = f" ↻ {describe_recurrence(r.recurrence)}" if r.recurrence else ""
    where = f" → {r.channel.split(':', 1)[-1]}" if r.channel else ""
    return f"⏰ #r{r.id} {fmt_short(ctx, r.due_at)} {r.text}{repeat}{where}{extra}"


def timeline(title: str, lines: list[str]) -> str:
    if not lines:
        return ""
    return title + "\n" + "\n".join(lines)
