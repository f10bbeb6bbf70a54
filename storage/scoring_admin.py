"""Changing a workspace's scoring settings (admins): rules, half-life, threshold.

Settings live in ``workspaces.settings["scoring"]``; every change is one audit row (the
workspace's before and after copy), and the scores it changes are recomputed at once, so
lists and segments never mix old and new rules: a rule change recomputes fit only (from
contact and account fields, no activity read); a half-life change re-reads the events.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Contact
from storage.scoring import config, raw_settings, refresh, rescore_fit, set_above_flags
from storage.scoring_rules import Rule, parse_rule

MAX_RULES = 60
# Above this many contacts a settings change is rescored by the scoring job in short
# transactions (a 100,000-contact rescore would hold SQLite's write lock for a minute).
SYNC_LIMIT = 5000
RESCORE_KEY = "rescore_before"  # scores fully computed before this instant are out of date


def _save(ctx: Ctx, patch: dict[str, Any], *, audit: bool = True) -> None:
    ws = ctx.workspace
    before = snapshot(ws)
    ws.settings = {**(ws.settings or {}), "scoring": {**raw_settings(ws), **patch}}
    if audit:
        record(ctx, "update", ws, before)


def _texts(ctx: Ctx) -> list[str]:
    return [r.text for r in config(ctx.workspace).rules]


def rescore_all(ctx: Ctx) -> int:
    """Recompute every live contact's score (after a rule or half-life change); no alerts:
    the leads did nothing, the yardstick moved."""
    ids = list(
        ctx.session.scalars(
            select(Contact.id).where(
                Contact.workspace_id == ctx.ws_id, Contact.deleted_at.is_(None)
            )
        )
    )
    return refresh(ctx.session, ctx.workspace, ids, ctx.now, alerts=False).written


def _rescore(ctx: Ctx, fit_only: bool) -> int | None:
    """Rescore now (small workspaces; returns how many) or leave it to the scoring job
    (None): the job re-reads every score computed before this change, 500 a transaction."""
    n = ctx.session.scalar(
        select(func.count())
        .select_from(Contact)
        .where(Contact.workspace_id == ctx.ws_id, Contact.deleted_at.is_(None))
    )
    if (n or 0) > SYNC_LIMIT:
        # Just after this instant: a score computed in this same instant may predate it.
        marker = ctx.now + timedelta(microseconds=1)
        _save(ctx, {RESCORE_KEY: marker.isoformat()}, audit=False)
        return None
    if fit_only:
        return rescore_fit(ctx.session, ctx.workspace, ctx.now)
    return rescore_all(ctx)


def add_rule(ctx: Ctx, text: str) -> tuple[Rule, int, int | None]:
    """(the rule, its number, scores recomputed now or None: by the job)."""
    rule = parse_rule(text)
    texts = _texts(ctx)
    if rule.text in texts:
        raise UserError(f"that rule is already number {texts.index(rule.text) + 1}")
    if len(texts) >= MAX_RULES:
        raise UserError(f"a workspace has at most {MAX_RULES} rules; remove one first")
    _save(ctx, {"rules": [*texts, rule.text]})
    return rule, len(texts) + 1, _rescore(ctx, fit_only=True)


def remove_rule(ctx: Ctx, which: str) -> tuple[str, int | None]:
    texts = _texts(ctx)
    raw = which.strip().lstrip("#")
    if not raw.isdigit() or not 1 <= int(raw) <= len(texts):
        raise UserError(
            f"Say the rule's number from 'score rule list' (1 to {len(texts)}), "
            "e.g. score rule remove 3"
        )
    gone = texts.pop(int(raw) - 1)
    _save(ctx, {"rules": texts})
    return gone, _rescore(ctx, fit_only=True)


def set_half_life(ctx: Ctx, days: int) -> int | None:
    _save(ctx, {"half_life_days": days})
    return _rescore(ctx, fit_only=False)


def set_threshold(ctx: Ctx, value: int) -> None:
    _save(ctx, {"threshold": value})
    set_above_flags(ctx.session, ctx.workspace)


def overlapping(ctx: Ctx, rule: Rule) -> list[tuple[int, str]]:
    """The other rules (number, text) that also score what ``rule`` scores: the same field
    and a shared word, or size ranges that meet. Rules add up, so a VP title under
    'title~vp|…' (a default) and a new 'title~VP' counts twice; the admin is told."""
    out: list[tuple[int, str]] = []
    mine = {v.lower() for v in rule.values}
    for n, text in enumerate(_texts(ctx), start=1):
        if text == rule.text:
            continue
        other = parse_rule(text)
        if other.field != rule.field:
            continue
        if rule.field == "size":
            lo1 = rule.low if rule.low is not None else -(10**12)
            hi1 = rule.high if rule.high is not None else 10**12
            lo2 = other.low if other.low is not None else -(10**12)
            hi2 = other.high if other.high is not None else 10**12
            if lo1 <= hi2 and lo2 <= hi1:
                out.append((n, text))
        elif mine & {v.lower() for v in other.values}:
            out.append((n, text))
    return out
