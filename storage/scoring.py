"""Lead scoring: every contact's 0-100 score, fit (who they are) plus engagement (what
they did), stored, explained, and kept current.

* **Fit** (0..50) comes from the workspace's rules (:mod:`storage.scoring_rules`).
* **Engagement** (0..50) adds points for what happened with the contact: calls, emails and
  notes logged (touches), meetings and visits, replies (a logged note that says they
  replied, called back, ...), campaign responses (member status responded/converted) and
  deals opened. Each event's points halve every ``half_life`` days (a workspace setting,
  default 30), and emails left unanswered for two weeks or more cost points ("no reply
  for 21 days -8").

Why it is stored and how it stays current without rescans: every write that can change a
score (an activity, a deal, a campaign status, a contact's or account's fields) marks the
contact, and the score is recomputed for the marked contacts just before the transaction
commits (:mod:`storage.scoring_hooks`). Time alone changes only engagement, and decay is
one factor for every event of a contact, so the periodic job
(:mod:`scheduler.score_decay`) multiplies the stored raw engagement and writes only the
scores whose whole number changed, without reading any activity.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BindParameter, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from storage import fastsql
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Account, Activity, Contact, Opportunity, Reminder, User, Workspace
from storage.models_campaigns import Campaign, CampaignMember
from storage.scoring_models import ContactScore
from storage.scoring_rules import DEFAULT_RULES, Rule, fit_of, parse_rule, size_number

HALF_LIFE_DAYS = 30
THRESHOLD = 70
ENG_MAX = 50
POINTS = {"call": 6.0, "email": 4.0, "note": 2.0, "meeting": 10.0, "visit": 10.0}
REPLY_BONUS = 8.0
CAMPAIGN_POINTS = {"responded": 10.0, "converted": 15.0}
DEAL_POINTS = 15.0
PENALTY_AFTER_DAYS = 14  # an email unanswered this long starts to cost points
PENALTY_PER_DAY = 0.4
PENALTY_MAX = 15
ALERT_EVERY = timedelta(days=7)  # at most one threshold alert per lead per week
ALERT_KIND = "score_alert"
ALERT_LIFECYCLES = ("prospect", "lead")
CHUNK = 500
# A note that says the contact answered: a reply (two-way) rather than a touch.
REPLY_WORDS = re.compile(
    r"\b(?:replied|repl(?:y|ies) from|responded|wrote back|got back|called back|called me|"
    r"called us|emailed me|emailed us|answered|reached out|came back)\b",
    re.I,
)


# ---- settings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    rules: tuple[Rule, ...]
    half_life_days: float
    threshold: int
    custom_rules: bool


def raw_settings(ws: Workspace) -> dict[str, Any]:
    value = (ws.settings or {}).get("scoring") or {}
    return dict(value) if isinstance(value, dict) else {}


_CONFIGS: dict[str, Config] = {}


def config(ws: Workspace) -> Config:
    """The workspace's scoring settings, parsed once per distinct settings value."""
    s = raw_settings(ws)
    key = repr(sorted(s.items()))
    found = _CONFIGS.get(key)
    if found is None:
        if len(_CONFIGS) > 256:
            _CONFIGS.clear()
        found = _CONFIGS[key] = _parse_config(s)
    return found


def _parse_config(s: dict[str, Any]) -> Config:
    texts = s.get("rules")
    custom = isinstance(texts, list)
    typed: list[str] = [str(t) for t in texts] if isinstance(texts, list) else list(DEFAULT_RULES)
    rules = tuple(parse_rule(t) for t in typed)
    return Config(
        rules,
        float(s.get("half_life_days") or HALF_LIFE_DAYS),
        int(s.get("threshold") or THRESHOLD),
        custom,
    )


# ---- the computation ---------------------------------------------------------------------------


def half(x: float) -> int:
    """Round half up (Python's round() rounds halves to even: 0.5 -> 0, 2.5 -> 2)."""
    return math.floor(x + 0.5)


def factor(age: timedelta, half_life_days: float) -> float:
    days = max(age.total_seconds(), 0.0) / 86400.0
    return 2.0 ** (-days / half_life_days)


def penalty(unanswered_since: datetime | None, now: datetime) -> int:
    if unanswered_since is None:
        return 0
    days = (now - unanswered_since).days
    if days < PENALTY_AFTER_DAYS:
        return 0
    return min(PENALTY_MAX, half(days * PENALTY_PER_DAY))


def next_change(
    eng_raw: float, unanswered_since: datetime | None, at: datetime, half_life_days: float
) -> datetime | None:
    """When time alone next moves the whole-number engagement (None: never).

    Decay crosses the next rounding step down (``k - 0.5`` below a value shown as ``k``,
    capped ones included) after ``h * log2(raw / step)`` days; the penalty starts 14 days
    after an unanswered email and may grow each day until it reaches its maximum.
    """
    out: list[datetime] = []
    k = min(ENG_MAX, half(eng_raw))
    if k >= 1:
        step = k - 0.5  # below it the value rounds to k - 1 (capped: 49.5 is the cap's edge)
        out.append(at + timedelta(days=half_life_days * math.log2(eng_raw / step)))
    if unanswered_since is not None and penalty(unanswered_since, at) < PENALTY_MAX:
        days = max((at - unanswered_since).days, PENALTY_AFTER_DAYS - 1)
        out.append(unanswered_since + timedelta(days=days + 1))
    return min(out) if out else None


def engagement_of(eng_raw: float, unanswered_since: datetime | None, now: datetime) -> int:
    return max(0, min(ENG_MAX, half(eng_raw)) - penalty(unanswered_since, now))


@dataclass
class _Group:
    label: str
    raw: float = 0.0
    count: int = 0
    oldest: datetime | None = None
    kind: str = ""

    def add(self, points: float, at: datetime) -> None:
        self.raw += points
        self.count += 1
        self.oldest = at if self.oldest is None or at < self.oldest else self.oldest


@dataclass
class Breakdown:
    """One contact's score and why: what ``score NAME`` shows and what is stored."""

    contact_id: int
    fit: int
    fit_parts: list[tuple[str, int]]
    eng_raw: float
    eng_parts: list[tuple[str, int]]
    unanswered_since: datetime | None
    penalty: int
    engagement: int
    score: int
    capped: bool = False
    facts: dict[str, Any] = field(default_factory=dict)
    # Stored so a later write's points can be added without re-reading the events
    # (storage.scoring_increment): the latest signal (see :func:`activity_points`), and
    # the latest event seen or the instant of computing, whichever is later.
    last_signal: datetime | None = None
    events_until: datetime | None = None

    def fit_text(self) -> str:
        parts = ", ".join(f"{label} {pts:+d}" for label, pts in self.fit_parts)
        if self.fit_parts and sum(p for _, p in self.fit_parts) != self.fit:
            parts += f"; held to 0..{ENG_MAX}"
        return f"fit {self.fit}" + (f" ({parts})" if parts else " (no rule matches)")

    def engagement_text(self) -> str:
        bits = [f"{label} {pts:+d}" for label, pts in self.eng_parts]
        if self.capped:
            bits.append(f"capped at {ENG_MAX}")
        if self.penalty:
            days = (self.facts["now"] - self.unanswered_since).days  # type: ignore[operator]
            bits.append(f"no reply for {days} days {-self.penalty:+d}")
        inner = ", ".join(bits) if bits else "nothing logged yet"
        return f"engagement {self.engagement} ({inner})"

    def text(self) -> str:
        return f"{self.score}: {self.fit_text()}, {self.engagement_text()}"


def _span(now: datetime, oldest: datetime | None) -> str:
    days = math.ceil(max((now - oldest).total_seconds(), 0) / 86400) if oldest else 0
    return "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _apportion(groups: list[_Group], target: int) -> list[tuple[str, int]]:
    """Whole points per group that add up to ``target`` (largest remainders first)."""
    total = sum(g.raw for g in groups)
    if total <= 0 or target <= 0:
        return []
    scaled = [g.raw * target / total for g in groups]
    floors = [math.floor(x) for x in scaled]
    left = target - sum(floors)
    order = sorted(range(len(groups)), key=lambda i: scaled[i] - floors[i], reverse=True)
    for i in order[:left]:
        floors[i] += 1
    return [(g.label, p) for g, p in zip(groups, floors, strict=True) if p > 0]


@dataclass
class _Data:
    facts: dict[int, dict[str, Any]]
    acts: dict[int, list[tuple[str, datetime, str]]]
    deals: dict[int, list[tuple[str, datetime]]]
    camps: dict[int, list[tuple[str, datetime, str]]]
    # contact id -> the stored row's "above" (absent: no stored score yet); read with the facts
    prev: dict[int, bool] = field(default_factory=dict)


def _facts(
    title: str | None, src: str | None, life: str, tags: list[str] | None, email: str | None,
    phone: str | None, acc: str | None, ind: str | None, reg: str | None, size: str | None,
    asrc: str | None, atags: list[str] | None,
) -> dict[str, Any]:  # fmt: skip
    """What the fit rules look at, from a contact's and its account's columns."""
    return {
        "title": title,
        "source": src or asrc,
        "lifecycle": life,
        "tags": list(tags or []) + list(atags or []),
        "has_email": bool(email),
        "has_phone": bool(phone),
        "account": acc,
        "industry": ind,
        "region": reg,
        "size": size,
        "size_n": size_number(size),
    }


# The write hook runs these on every message that touches a contact: built once, with bound
# parameters (an expanding IN), so a recompute pays no statement construction (issue 18).
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_WS: BindParameter[int] = bindparam("ws")
_Q_FACTS = (
    select(
        Contact.id, Contact.title, Contact.lead_source, Contact.lifecycle, Contact.tags,
        Contact.email, Contact.phone, Account.name, Account.industry, Account.region,
        Account.size, Account.lead_source, Account.tags, ContactScore.above,
    )
    .outerjoin(Account, Account.id == Contact.account_id)
    .outerjoin(ContactScore, ContactScore.contact_id == Contact.id)
    .where(Contact.workspace_id == _WS, Contact.id.in_(_IDS))
)  # fmt: skip
_Q_ACTS = select(
    Activity.contact_id, Activity.type, Activity.occurred_at, func.substr(Activity.body, 1, 300)
).where(
    Activity.workspace_id == _WS,
    Activity.contact_id.in_(_IDS),
    Activity.deleted_at.is_(None),
)
_Q_DEALS = select(Opportunity.contact_id, Opportunity.title, Opportunity.created_at).where(
    Opportunity.workspace_id == _WS,
    Opportunity.contact_id.in_(_IDS),
    Opportunity.deleted_at.is_(None),
)
_Q_CAMPS = (
    select(CampaignMember.contact_id, CampaignMember.status, CampaignMember.status_at,
           Campaign.name)
    .join(Campaign, Campaign.id == CampaignMember.campaign_id)
    .where(
        CampaignMember.workspace_id == _WS,
        CampaignMember.contact_id.in_(_IDS),
        CampaignMember.status.in_(tuple(CAMPAIGN_POINTS)),
    )
)  # fmt: skip


def _load(session: Session, ws_id: int, ids: Sequence[int]) -> _Data:
    params = {"ws": ws_id, "ids": list(ids)}
    facts: dict[int, dict[str, Any]] = {}
    prev: dict[int, bool] = {}
    for row in session.execute(_Q_FACTS, params):
        facts[row[0]] = _facts(*row[1:13])  # type: ignore[arg-type]
        if row[13] is not None:
            prev[row[0]] = bool(row[13])
    acts: dict[int, list[tuple[str, datetime, str]]] = {}
    for cid, kind, at, body in session.execute(_Q_ACTS, params):
        acts.setdefault(cid, []).append((kind, at, body or ""))
    deals: dict[int, list[tuple[str, datetime]]] = {}
    for dcid, title, at in session.execute(_Q_DEALS, params):
        if dcid is not None:
            deals.setdefault(dcid, []).append((title, at))
    camps: dict[int, list[tuple[str, datetime, str]]] = {}
    for cid, status, at, name in session.execute(_Q_CAMPS, params):
        if at is not None:
            camps.setdefault(cid, []).append((status, at, name))
    return _Data(facts, acts, deals, camps, prev)


def activity_points(kind: str, body: str) -> tuple[float, bool, bool, bool]:
    """(points before decay, a signal, an outreach, a reply) of one logged activity.

    A signal (a reply, call, meeting or visit) answers the emails before it; an email that
    is not a reply is outreach waiting for one. Shared by the full computation and the
    increment of a write (storage.scoring_increment), so both count alike.
    """
    pts = POINTS.get(kind, 2.0)
    is_reply = bool(REPLY_WORDS.search(body))
    if is_reply:
        pts += REPLY_BONUS
    signal = is_reply or kind in ("meeting", "visit", "call")
    return pts, signal, not signal and kind == "email", is_reply


def _breakdown(cid: int, data: _Data, cfg: Config, now: datetime) -> Breakdown:
    facts = data.facts.get(cid, {})
    fit, fit_parts = fit_of(list(cfg.rules), facts)
    h = cfg.half_life_days
    horizon = now - timedelta(days=4 * h)
    touches = _Group("", kind="touch")
    meets = _Group("", kind="meeting")
    replies = _Group("", kind="reply")
    older = _Group("", kind="older")
    extra: list[_Group] = []
    signals: list[datetime] = []
    outreach: list[datetime] = []
    until = now
    for kind, at, body in data.acts.get(cid, []):
        until = max(until, at)
        at = min(at, now)
        pts, is_signal, is_outreach, is_reply = activity_points(kind, body)
        pts *= factor(now - at, h)
        if is_signal:
            signals.append(at)
        elif is_outreach:
            outreach.append(at)
        if at < horizon:
            older.add(pts, at)
        elif is_reply:
            replies.add(pts, at)
        elif kind in ("meeting", "visit"):
            meets.add(pts, at)
        else:
            touches.add(pts, at)
    for status, at, name in data.camps.get(cid, []):
        until = max(until, at)
        at = min(at, now)
        g = _Group(("replied to " if status == "responded" else "converted in ") + name)
        g.add(CAMPAIGN_POINTS[status] * factor(now - at, h), at)
        extra.append(g)
        signals.append(at)
    for title, at in data.deals.get(cid, []):
        until = max(until, at)
        at = min(at, now)
        g = _Group(f"deal {title} opened")
        g.add(DEAL_POINTS * factor(now - at, h), at)
        extra.append(g)
        signals.append(at)
    # Labels only for the groups shown (an empty group is left out below): a write's score
    # usually has one or two (issue 18).
    if touches.count:
        touches.label = f"{_plural(touches.count, 'touch', 'touches')} {_span(now, touches.oldest)}"
    if meets.count:
        meets.label = f"{_plural(meets.count, 'meeting', 'meetings')} {_span(now, meets.oldest)}"
    if replies.count:
        replies.label = f"{_plural(replies.count, 'reply', 'replies')} {_span(now, replies.oldest)}"
    if older.count:
        older.label = f"{_plural(older.count, 'older activity', 'older activities')}"
    groups = [g for g in (touches, meets, replies, *extra, older) if g.count]
    eng_raw = sum(g.raw for g in groups)
    target = min(ENG_MAX, half(eng_raw))
    last_signal = max(signals) if signals else None
    waiting = [t for t in outreach if last_signal is None or t > last_signal]
    unanswered = min(waiting) if waiting else None
    pen = penalty(unanswered, now)
    engagement = max(0, target - pen)
    return Breakdown(
        cid,
        fit,
        fit_parts,
        eng_raw,
        _apportion(groups, target),
        unanswered,
        pen,
        engagement,
        fit + engagement,
        capped=half(eng_raw) > ENG_MAX,
        facts={**facts, "now": now},
        last_signal=last_signal,
        events_until=until,
    )


def compute(
    session: Session, ws: Workspace, ids: Iterable[int], now: datetime
) -> dict[int, Breakdown]:
    """Every given contact's breakdown, reading their events in a few queries per 500."""
    return _compute(session, ws, ids, now)[0]


def _compute(
    session: Session, ws: Workspace, ids: Iterable[int], now: datetime
) -> tuple[dict[int, Breakdown], dict[int, bool]]:
    cfg = config(ws)
    out: dict[int, Breakdown] = {}
    prev: dict[int, bool] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        data = _load(session, ws.id, chunk)
        prev.update(data.prev)
        for cid in chunk:
            if cid in data.facts:
                out[cid] = _breakdown(cid, data, cfg, now)
    return out, prev


# ---- storing -----------------------------------------------------------------------------------


@dataclass
class RefreshStats:
    written: int = 0
    alerts: int = 0


def refresh(
    session: Session,
    ws: Workspace,
    ids: Iterable[int],
    now: datetime,
    *,
    alerts: bool = True,
) -> RefreshStats:
    """Recompute and store the scores of ``ids``; with ``alerts``, a lead that crosses the
    threshold now tells its owner once (see :func:`_alert`)."""
    stats = RefreshStats()
    ids = list(dict.fromkeys(i for i in ids if i is not None))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        found, prev = _compute(session, ws, chunk, now)
        store(session, ws, found, prev, now, alerts=alerts, stats=stats)
    return stats


def store(
    session: Session,
    ws: Workspace,
    found: dict[int, Breakdown],
    prev: dict[int, bool],
    now: datetime,
    *,
    alerts: bool,
    stats: RefreshStats,
) -> None:
    """Write fully computed breakdowns (``prev``: contact id -> the stored row's "above",
    for the rows that exist) and alert on the leads that crossed the threshold."""
    cfg = config(ws)
    new_rows, upd_rows = [], []
    crossed = []
    for cid, b in found.items():
        above = b.score >= cfg.threshold
        row = {
            "contact_id": cid,
            "score": b.score,
            "fit": b.fit,
            "engagement": b.engagement,
            "eng_raw": b.eng_raw,
            "unanswered_since": b.unanswered_since,
            "computed_at": now,
            "full_at": now,
            "above": above,
            "next_change_at": next_change(b.eng_raw, b.unanswered_since, now, cfg.half_life_days),
            "last_signal_at": b.last_signal,
            "events_until": b.events_until,
        }
        if cid in prev:
            upd_rows.append(row)
            if above and not prev[cid]:
                crossed.append(b)
        else:
            new_rows.append({**row, "workspace_id": ws.id})
            if above:
                crossed.append(b)
    if new_rows:
        _upsert(session, new_rows)
    if upd_rows:
        session.execute(update(ContactScore), upd_rows)
    stats.written += len(new_rows) + len(upd_rows)
    if alerts and crossed:
        stats.alerts += _alert(session, ws, crossed, cfg, now)


def _upsert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert score rows; one another transaction inserted meanwhile (two messages about
    the same imported contact at once) is overwritten instead of failing the message."""
    dialect = session.get_bind().dialect.name
    table: Any = ContactScore.__table__
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    else:  # pragma: no cover - the two supported backends
        session.connection().execute(insert(table), rows)
        return
    cols = tuple(k for k in rows[0] if k != "contact_id")
    stmt = _UPSERTS.get((dialect, cols))
    if stmt is None:  # built once per dialect and column set: no construction per write
        ins = dialect_insert(table)
        stmt = _UPSERTS[(dialect, cols)] = ins.on_conflict_do_update(
            index_elements=["contact_id"], set_={c: ins.excluded[c] for c in cols}
        )
    # On the table, not the ORM entity: every column is given, no ORM bulk layer needed.
    # Nothing reads it back in this commit: on PostgreSQL it rides with the audit rows.
    fastsql.write_or_queue(session, stmt, rows, by_column=True)


_UPSERTS: dict[tuple[str, tuple[str, ...]], Any] = {}


def _alert(
    session: Session, ws: Workspace, crossed: list[Breakdown], cfg: Config, now: datetime
) -> int:
    """Queue one reminder row for each lead's owner (the dispatcher delivers it in the
    owner's working hours and drops it if the lead is do-not-contact by then); a lead
    alerted in the last 7 days is not alerted again."""
    from storage import followup_queries as fq

    ids = [b.contact_id for b in crossed]
    recent = set(
        session.scalars(
            select(Reminder.linked_id).where(
                Reminder.workspace_id == ws.id,
                Reminder.linked_type == "contact",
                Reminder.linked_id.in_(ids),
                Reminder.kind == ALERT_KIND,
                Reminder.created_at > now - ALERT_EVERY,
            )
        )
    )
    people = {
        c.id: c
        for c in session.scalars(
            select(Contact).where(Contact.id.in_(ids), Contact.workspace_id == ws.id)
        )
    }
    n = 0
    for b in crossed:
        c = people.get(b.contact_id)
        if (
            c is None
            or b.contact_id in recent
            or c.owner_id is None
            or c.deleted_at is not None
            or c.do_not_contact
            or c.lifecycle not in ALERT_LIFECYCLES
        ):
            continue
        owner = session.get(User, c.owner_id)
        if owner is None or not owner.active:
            continue
        text = (
            f"{c.name} (#c{c.id}) is now a hot lead: score {b.text()}. "
            f"Threshold {cfg.threshold}; 'score #c{c.id}' explains, 'hot' lists the others."
        )
        # Due now: the dispatcher holds it until the owner's working hours (AUTOMATIC_KINDS).
        fq.add_followup(session, ws.id, c.owner_id, ALERT_KIND, text, now, now, ("contact", c.id))
        n += 1
    return n


def rescore_fit(session: Session, ws: Workspace, now: datetime) -> int:
    """After a rule change: every stored score's fit again, from the contacts' and accounts'
    fields only (engagement does not depend on the rules: its stored value is decayed to
    now, no activity is read). Contacts with no score yet are left to the job. No alerts."""
    cfg = config(ws)
    q = (
        select(
            Contact.id, Contact.title, Contact.lead_source, Contact.lifecycle, Contact.tags,
            Contact.email, Contact.phone, Account.name, Account.industry, Account.region,
            Account.size, Account.lead_source, Account.tags, ContactScore.fit,
            ContactScore.score, ContactScore.eng_raw, ContactScore.unanswered_since,
            ContactScore.computed_at,
        )
        .join(ContactScore, ContactScore.contact_id == Contact.id)
        .outerjoin(Account, Account.id == Contact.account_id)
        .where(Contact.workspace_id == ws.id)
    )  # fmt: skip
    changes = []
    for row in session.execute(q.execution_options(yield_per=5000)):
        facts = _facts(*row[1:13])  # type: ignore[arg-type]
        fit, _ = fit_of(list(cfg.rules), facts)
        score, eng, raw = current(_Stored(fit, row[15], row[16], row[17]), cfg, now)
        if fit != row[13] or score != row[14]:
            changes.append(
                {
                    "contact_id": row[0], "fit": fit, "score": score, "engagement": eng,
                    "eng_raw": raw, "computed_at": now, "above": score >= cfg.threshold,
                }
            )  # fmt: skip
    for i in range(0, len(changes), 5000):
        session.execute(update(ContactScore), changes[i : i + 5000])
    return len(changes)


@dataclass
class _Stored:
    fit: int
    eng_raw: float
    unanswered_since: datetime | None
    computed_at: datetime


def set_above_flags(session: Session, ws: Workspace) -> None:
    """After a threshold change: who is over it now, without alerting anyone (the lead
    did nothing; only their own activity makes a crossing worth a message)."""
    t = config(ws).threshold
    session.execute(
        update(ContactScore)
        .where(ContactScore.workspace_id == ws.id)
        .values(above=ContactScore.score >= t)
        .execution_options(synchronize_session=False)
    )


def current(row: Any, cfg: Config, now: datetime) -> tuple[int, int, float]:
    """(score, engagement, raw engagement) of a stored row at ``now``: the stored raw
    engagement decayed by one factor (exact: every event decays by the same factor)."""
    raw = row.eng_raw * factor(now - row.computed_at, cfg.half_life_days)
    eng = engagement_of(raw, row.unanswered_since, now)
    return row.fit + eng, eng, raw


# ---- reading -----------------------------------------------------------------------------------


def score_for(ctx: Ctx, contact_id: int) -> int:
    """The contact's stored current score (0 when none is stored yet). For other features
    (e.g. nurturing's auto-enrolment): one indexed read, scoped to the workspace."""
    value = ctx.session.scalar(
        select(ContactScore.score).where(
            ContactScore.workspace_id == ctx.ws_id, ContactScore.contact_id == contact_id
        )
    )
    return int(value or 0)


def scores_of(ctx: Ctx, ids: Iterable[int]) -> dict[int, int]:
    """contact id -> stored score, for a page of a list (one query)."""
    ids = list(ids)
    if not ids:
        return {}
    return dict(
        ctx.session.execute(
            select(ContactScore.contact_id, ContactScore.score).where(
                ContactScore.workspace_id == ctx.ws_id, ContactScore.contact_id.in_(ids)
            )
        ).all()
    )


def stored(ctx: Ctx, contact_id: int) -> ContactScore | None:
    return ctx.session.scalar(
        select(ContactScore).where(
            ContactScore.workspace_id == ctx.ws_id, ContactScore.contact_id == contact_id
        )
    )


def explain(ctx: Ctx, contact_id: int) -> Breakdown:
    """The live breakdown, recomputed from the contact's events (and stored, so what
    lists show agrees with what was just explained)."""
    refresh(ctx.session, ctx.workspace, [contact_id], ctx.now, alerts=False)
    b = compute(ctx.session, ctx.workspace, [contact_id], ctx.now).get(contact_id)
    if b is None:
        raise UserError("that contact is not in this workspace")
    return b


@dataclass
class HotLead:
    contact: Contact
    score: int
    fit: int
    engagement: int


def hot(
    ctx: Ctx, *, owner_ids: frozenset[int] | None, idle_days: int = 7, limit: int = 10
) -> list[HotLead]:
    """The best-scored leads nobody worked in ``idle_days`` (owned by ``owner_ids``; None:
    everyone's), leaving out do-not-contact, deleted, customers and inactive people."""
    cut = ctx.now - timedelta(days=idle_days)
    q = (
        select(Contact, ContactScore.score, ContactScore.fit, ContactScore.engagement)
        .join(
            ContactScore,
            and_(ContactScore.contact_id == Contact.id, ContactScore.workspace_id == ctx.ws_id),
        )
        .where(
            Contact.workspace_id == ctx.ws_id,
            Contact.deleted_at.is_(None),
            Contact.do_not_contact.is_(False),
            Contact.lifecycle.in_(ALERT_LIFECYCLES),
            (Contact.last_activity_at.is_(None)) | (Contact.last_activity_at < cut),
            ContactScore.score > 0,
        )
        .order_by(ContactScore.score.desc(), Contact.name_key)
        .limit(limit)
    )
    if owner_ids is not None:
        q = q.where(Contact.owner_id.in_(sorted(owner_ids)))
    return [HotLead(c, s, f, e) for c, s, f, e in ctx.session.execute(q).all()]
