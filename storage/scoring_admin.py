"""Changing a workspace's scoring settings (admins): rules, half-life, threshold.

Settings live in ``workspaces.settings["scoring"]``; every change is one audit row (the
workspace's before and after copy), and the scores it changes are recomputed at once, so
lists and segments never mix old and new rules: a rule change recomputes fit only (from
contact and account fields, no activity read); a half-life change re-reads the events.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Contact
from storage.scoring import config, raw_settings, refresh, rescore_fit, set_above_flags
from storage.scoring_rules import Rule, parse_rule

MAX_RULES = 60


def _save(ctx: Ctx, patch: dict[str, Any]) -> None:
    ws = ctx.workspace
    before = snapshot(ws)
    ws.settings = {**(ws.settings or {}), "scoring": {**raw_settings(ws), **patch}}
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


def add_rule(ctx: Ctx, text: str) -> tuple[Rule, int]:
    rule = parse_rule(text)
    texts = _texts(ctx)
    if rule.text in texts:
        raise UserError(f"that rule is already number {texts.index(rule.text) + 1}")
    if len(texts) >= MAX_RULES:
        raise UserError(f"a workspace has at most {MAX_RULES} rules; remove one first")
    _save(ctx, {"rules": [*texts, rule.text]})
    rescore_fit(ctx.session, ctx.workspace, ctx.now)
    return rule, len(texts) + 1


def remove_rule(ctx: Ctx, which: str) -> tuple[str, int]:
    texts = _texts(ctx)
    raw = which.strip().lstrip("#")
    if not raw.isdigit() or not 1 <= int(raw) <= len(texts):
        raise UserError(
            f"Say the rule's number from 'score rule list' (1 to {len(texts)}), "
            "e.g. score rule remove 3"
        )
    gone = texts.pop(int(raw) - 1)
    _save(ctx, {"rules": texts})
    return gone, rescore_fit(ctx.session, ctx.workspace, ctx.now)


def set_half_life(ctx: Ctx, days: int) -> int:
    _save(ctx, {"half_life_days": days})
    return rescore_all(ctx)


def set_threshold(ctx: Ctx, value: int) -> None:
    _save(ctx, {"threshold": value})
    set_above_flags(ctx.session, ctx.workspace)
