"""score NAME | score rule add|list|remove | score decay | score threshold | score learn | hot.

Lead scoring from chat (issue 15): the number, why, and who to call today.
"""

from __future__ import annotations

import re

from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import scoring, scoring_admin, scoring_learn
from storage.errors import UserError


def _admin(call: Call, what: str) -> None:
    if not call.ctx.is_admin:
        raise UserError(
            f"Only admins of this workspace can {what}; ask one of them "
            "('score rule list' shows the rules in use)."
        )


@command("score", "score NAME")
def score_cmd(call: Call) -> Reply:
    """A contact's lead score (0-100) and why: fit (who they are, from the workspace's
    rules) plus engagement (what they did, fading with time).

    Example: score Maria Lopez
    → 72: fit 40 (VP title +15, logistics +10, ...), engagement 32 (3 touches in 14 days +20,
      replied to Q1 webinar +10, no reply for 21 days -8)
    See also: hot (the best leads nobody called lately), score rule list, score decay.
    """
    q = call.rest.strip()
    if not q:
        return Reply.say(settings_text(call))
    c = common.contact(call.ctx, q, lambda r: f"score {r}", offer_create=False)
    b = scoring.explain(call.ctx, c.id)
    sections = [f"🔥 {c.name}  #c{c.id} · score {b.score}", b.text()]
    learned = scoring_learn.predict_one(call.ctx.session, call.ctx.workspace, c.id, call.ctx.now)
    if learned is not None:
        sections.append("🤖 " + learned.text())
    return Reply(
        sections=sections,
        buttons=[Button("Open contact", f"contact show #c{c.id}"), Button("Hot leads", "hot")],
        private=True,
    )


def settings_text(call: Call) -> str:
    cfg = scoring.config(call.ctx.workspace)
    model = scoring_learn.model_of(call.ctx.session, call.ctx.ws_id)
    won, lost = scoring_learn.closed_counts(call.ctx.session, call.ctx.ws_id)
    learned = (
        f"learned score: trained {render.fmt_short(call.ctx, model.trained_at)} on "
        f"{model.won} won / {model.lost} lost deals"
        if model is not None
        else f"learned score: off until {scoring_learn.MIN_WON} won and "
        f"{scoring_learn.MIN_LOST} lost deals with a contact (now {won} / {lost})"
    )
    return (
        "🔥 Lead scoring: score = fit (0-50, rules) + engagement (0-50, fades)\n"
        f"engagement half-life: {cfg.half_life_days:g} days · alert threshold: {cfg.threshold}\n"
        f"rules ({'set by an admin' if cfg.custom_rules else 'defaults'}):\n"
        + "\n".join(f"  {i}. {r.text}" for i, r in enumerate(cfg.rules, 1))
        + f"\n{learned}\nExample: score Maria Lopez"
    )


@command("score rule", "score rule add RULE | score rule list | score rule remove N")
def score_rule(call: Call) -> Reply:
    """The fit rules of lead scoring (admins add and remove; anyone may list).

    score rule list
    score rule add title~buyer +10       (title contains the word buyer; a|b = either word)
    score rule add industry=logistics +10      (is one of: industry=logistics,transport)
    score rule add size>=200 +10         (also >, <=, <, and ranges: size=50..199 +5)
    score rule add region=Nordics +5     fields: title, industry, region, size, source,
                                         lifecycle, tag, account, has (email|phone)
    score rule remove 3                  (its number in the list)
    Rules add up; fit is held to 0..50. Until an admin changes them, sensible defaults apply
    (seniority, company size, lead source); the first change starts from those defaults.
    """
    sub, _, rest = call.rest.strip().partition(" ")
    sub = sub.lower()
    ctx = call.ctx
    if sub in ("", "list", "show"):
        return Reply.say(settings_text(call))
    if sub in ("add", "new"):
        _admin(call, "change the scoring rules")
        rule, n, done = scoring_admin.add_rule(ctx, rest)
        head = f"✅ Rule {n} added: {rule.text}"
        also = scoring_admin.overlapping(ctx, rule)
        if also:
            said = "; ".join(f"{k}. {t}" for k, t in also)
            head += (
                f"\n⚠️ Also scored by rule {said}: rules add up, so a contact both match "
                f"gets both. 'score rule remove {n}' takes this one back."
            )
        return _changed(call, head, done)
    if sub in ("remove", "delete", "rm"):
        _admin(call, "change the scoring rules")
        text, done = scoring_admin.remove_rule(ctx, rest)
        return _changed(call, f"🗑 Rule removed: {text}", done)
    raise UserError("score rule add RULE, score rule list or score rule remove N")


def _when(done: int | None) -> str:
    if done is None:
        return (
            "Scores are being recomputed in the background by the scoring job (a few "
            "minutes in a large workspace); 'score NAME' already uses the new setting."
        )
    return f"Scores recomputed ({done} changed)."


def _changed(call: Call, head: str, rescored: int | None) -> Reply:
    return Reply(
        sections=[f"{head}\n{_when(rescored)}", settings_text(call)],
        buttons=[Button("Hot leads", "hot")],
    )


_DURATION = re.compile(r"^\s*(\d{1,4})\s*(d|day|days|w|wk|week|weeks)?\s*$", re.I)


@command("score decay", "score decay 30d", admin_only=True)
def score_decay(call: Call) -> Reply:
    """How fast engagement fades (admins): its half-life, in days or weeks.

    Example: score decay 30d   (a meeting's points halve every 30 days; 2w = 14 days)
    """
    m = _DURATION.match(call.rest)
    if not m:
        raise UserError("Say a half-life in days or weeks, e.g. score decay 30d or score decay 2w")
    days = int(m.group(1)) * (7 if (m.group(2) or "d").lower().startswith("w") else 1)
    if not 1 <= days <= 365:
        raise UserError("a half-life is between 1 and 365 days")
    n = scoring_admin.set_half_life(call.ctx, days)
    return Reply.say(f"✅ Engagement now halves every {days} days. {_when(n)}")


@command("score threshold", "score threshold 70", admin_only=True)
def score_threshold(call: Call) -> Reply:
    """The score at which a lead's owner is told (admins); one message per lead a week.

    Example: score threshold 70
    """
    raw = call.rest.strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 100:
        raise UserError("Say a score from 1 to 100, e.g. score threshold 70")
    scoring_admin.set_threshold(call.ctx, int(raw))
    return Reply.say(
        f"✅ Owners hear about a lead when its score reaches {int(raw)} "
        "(at most once a week per lead, in working hours)."
    )


@command("score learn", "score learn", admin_only=True, words=False)
def score_learn(call: Call) -> Reply:
    """Train the learned score now from this workspace's won and lost deals (admins).

    Needs 50 won and 50 lost deals with a contact; the scoring job also retrains daily.
    """
    row = scoring_learn.train(call.ctx.session, call.ctx.workspace, call.ctx.now)
    if row is None:
        won, lost = scoring_learn.closed_counts(call.ctx.session, call.ctx.ws_id)
        raise UserError(
            f"Not enough history yet: {won} won and {lost} lost deals with a contact; "
            f"the learned score needs {scoring_learn.MIN_WON} of each."
        )
    return Reply.say(
        f"✅ Learned score trained on {row.won} won / {row.lost} lost deals "
        f"({len(row.model['features'])} features; right on "
        f"{round(row.model['train_accuracy'] * 100)}% of them). 'score NAME' shows it."
    )


def _hot_fits(rest: str) -> bool:
    """'hot', 'hot days=14': its own syntax; 'hot lead maria called, …' is a sentence."""
    return parse_args(rest).words.strip() == ""


@command("hot", "hot [days=7]", aliases=("hot leads",), fits=_hot_fits)
def hot_cmd(call: Call) -> Reply:
    """The best-scored leads nobody has worked lately: yours (a manager: the team's).

    Example: hot          hot days=14      (not worked for 14 days; default 7)
    Leaves out do-not-contact people, customers and inactive contacts.
    """
    ctx = call.ctx
    args = parse_args(call.rest)
    raw = args.fields.pop("days", "7").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 365:
        raise UserError("days= is a number of days from 1 to 365, e.g. hot days=14")
    if args.fields:
        raise UserError(f"hot takes days=; not {', '.join(args.fields)}=")
    if args.words.strip():
        raise UserError(f"hot takes days=, not '{args.words.strip()}'; e.g. hot days=14")
    owners = ctx.deal_owner_ids()
    who = (
        "you"
        if owners is not None and owners == frozenset({ctx.user.id})
        else ("your team" if owners is not None else "the workspace")
    )
    leads = scoring.hot(ctx, owner_ids=owners, idle_days=int(raw))
    if not leads:
        return Reply.say(
            f"No scored leads for {who} that have gone {raw} days without a touch. "
            "'contact list score>=40' lists scored contacts."
        )
    lines = []
    for h in leads:
        last = (
            f"last touch {render.fmt_short(ctx, h.contact.last_activity_at)}"
            if h.contact.last_activity_at
            else "never touched"
        )
        owner = "" if who == "you" else f" · {render.user_name(ctx, h.contact.owner_id)}"
        lines.append(
            f"{h.score:>3} {render.contact_line(h.contact)} · fit {h.fit} · "
            f"engagement {h.engagement} · {last}{owner}"
        )
    return Reply(
        sections=[f"🔥 Hot leads for {who}, not worked for {raw}+ days", "\n".join(lines)],
        choices=[Button(f"Why {h.contact.name}?", f"score #c{h.contact.id}") for h in leads[:5]],
        private=True,
    )


_WHO_TO_CALL = re.compile(
    r"^\s*(?:so\s+|ok\s+|hey\s+)?(?:who\s+(?:should|shall|do|must|can)\s+(?:i|we)\s+call|"
    r"who\s+to\s+call|(?:(?:who|what|which)\s+(?:are|is)\s+)?(?:my\s+|our\s+|the\s+|"
    r"show\s+(?:me\s+)?(?:my\s+|the\s+)?)?(?:hot|hottest|best|top|warmest)\s+leads)"
    r"(?:\s+(?:today|now|next|this\s+week))?\s*[?!.]*\s*$",
    re.I,
)
_HOW_HOT = re.compile(
    r"^\s*(?:how\s+hot\s+is\s+(?P<a>.+?)|what(?:'s|\s+is)\s+the\s+(?:lead\s+)?score\s+of\s+"
    r"(?P<b>.+?)|why\s+is\s+(?P<c>.+?)\s+(?:so\s+)?hot|why\s+is\s+(?P<d>.+?)(?:'s|’s|s')?\s+"
    r"(?:lead\s+)?score\s+(?:so\s+)?(?:low|high|\d{1,3})|what(?:'s|\s+is)\s+(?P<e>.+?)(?:'s|’s|s')\s+"
    r"(?:lead\s+)?score)\s*\?*\s*$",
    re.I,
)


def read_score_question(call: Call) -> Reply | None:
    """Plain questions about scores, before the general parser: "who should I call today?"
    is ``hot``; "how hot is Maria Lopez?" is ``score Maria Lopez``. None: not one of them."""
    text = call.text.strip()
    if _WHO_TO_CALL.match(text):
        return hot_cmd(Call(ctx=call.ctx, rest="", text="hot", channel=call.channel))
    m = _HOW_HOT.match(text)
    if m:
        name = next(g for g in m.group("a", "b", "c", "d", "e") if g).strip()
        return score_cmd(Call(ctx=call.ctx, rest=name, text=f"score {name}", channel=call.channel))
    return None
