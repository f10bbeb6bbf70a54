"""settings (admins): stages, working hours, currency, zone, roles, reassigning records."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from handlers.args import parse_args
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import crm
from storage import validate as v
from storage.errors import UserError
from storage.models import DEFAULT_PROBABILITY, Workspace
from storage.money import MoneyError, check_rate, normalize_currency
from storage.text import name_key
from storage.workspaces import (
    check_keeps_an_admin,
    check_timezone,
    find_user,
    list_users,
    settings,
    stage_table,
    update_settings,
)

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_HOURS = re.compile(r"^(\d{1,2}):([0-5]\d)\s*-\s*(\d{1,2}):([0-5]\d)$")  # minutes 00-59


def _summary(call: Call) -> str:
    ws = call.ctx.workspace
    s = settings(ws)
    stages = "\n".join(f"  {key}: {label} ({prob}%)" for key, label, prob in stage_table(ws))
    wh = s["working_hours"]
    days = ",".join(_DAYS[d] for d in wh["days"])
    stale = s["followups"]["stale_deal"]
    users = "\n".join(f"  {u.display_name}: {u.role}" for u in list_users(call.ctx.session, ws))
    rates = s["fx_rates"] or {}
    fx = ", ".join(f"1 {c} = {r} {ws.currency}" for c, r in sorted(rates.items()))
    return (
        f"⚙️ Workspace {ws.name}\ncurrency: {ws.currency} · time zone: {ws.timezone}\n"
        f"exchange rates: {fx or 'none (settings fx USD=0.92)'}\n"
        f"working hours: {wh['start']}-{wh['end']} {days}\n"
        f"stale-deal follow-up: {'on' if stale['enabled'] else 'off'}, {stale['days']} days\n"
        f"auto-create contacts from free text: {'on' if s['auto_create'] else 'off'}\n"
        f"stages:\n{stages}\nusers:\n{users}"
    )


@command(
    "settings",
    "settings [show|stage|hours|currency|fx|timezone|role|reassign|auto_create|followup]",
    admin_only=True,
)
def settings_cmd(call: Call) -> Reply:
    """Workspace settings (admins only).

    settings                                       show everything
    settings stage presentation label=Demo probability=40
    settings hours 08:00-18:00 days=mon-fri
    settings currency EUR          settings timezone Europe/Madrid
    settings fx USD=0.92 GBP=1.17  (1 USD = 0.92 EUR: reports convert; USD= or clear removes)
    settings role Ana manager      (rep, manager, admin, support)
    settings sla p1 response=1h resolution=8h   (support-case SLA targets; help settings sla)
    settings reassign Bob to Ana   (a rep leaves: their records go to Ana; asks first)
    settings auto_create on        (free text may create unknown contacts)
    settings followup stale_days=10 overdue_close=on birthday=on
    """
    ctx = call.ctx
    ws = ctx.workspace
    sub, _, rest = call.rest.strip().partition(" ")
    sub = sub.lower()
    rest = rest.strip()
    if sub in ("", "show"):
        return Reply.say(_summary(call))
    if sub == "stage":
        args = parse_args(rest)
        key = v.stage(args.words)
        if not args.fields:
            raise UserError("example: settings stage presentation label=Demo probability=40")
        patch: dict[str, dict[str, object]] = {}
        if "label" in args.fields:
            patch["stage_labels"] = {key: _stage_label(ws, key, args.fields.pop("label"))}
        if "probability" in args.fields:
            prob = v.probability(args.fields.pop("probability"))
            if key in ("won", "lost") and prob != DEFAULT_PROBABILITY[key]:
                raise UserError(f"{key} is always {DEFAULT_PROBABILITY[key]}%; it cannot change")
            patch["stage_probabilities"] = {key: prob}
        if args.fields:
            raise UserError("settings stage takes label= and probability=")
        update_settings(ws, patch)
    elif sub == "hours":
        args = parse_args(rest)
        m = _HOURS.match(args.words.strip())
        if not m or int(m.group(1)) > 23 or int(m.group(3)) > 23:
            raise UserError("example: settings hours 08:00-19:00 days=mon-fri")
        start, end = f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"
        if start >= end:
            raise UserError("working hours must end after they start")
        days = _days(args.fields.get("days", "mon-fri"))
        update_settings(ws, {"working_hours": {"start": start, "end": end, "days": days}})
    elif sub == "currency":
        try:
            ws.currency = normalize_currency(rest)
        except MoneyError as exc:
            raise UserError(str(exc)) from exc
    elif sub in ("fx", "fx_rates"):
        # Replaced whole (update_settings merges, and a removed rate must go).
        ws.settings = {**(ws.settings or {}), "fx_rates": _fx_rates(ws, rest)}
    elif sub in ("timezone", "tz"):
        ws.timezone = check_timezone(rest)
    elif sub == "role":
        name, _, role = rest.rpartition(" ")
        user = find_user(ctx.session, ws, name)
        if user is None:
            raise UserError(f"no user named '{name}'")
        new_role = v.role(role)
        check_keeps_an_admin(ctx.session, user, new_role)
        user.role = new_role
    elif sub == "reassign":
        args = parse_args(rest)
        confirmed = v.boolean(args.fields.pop("confirm", "no"))
        if " to " not in args.words or args.fields:
            raise UserError("example: settings reassign Bob to Ana")
        src_name, dst_name = (p.strip() for p in args.words.split(" to ", 1))
        src, dst = find_user(ctx.session, ws, src_name), find_user(ctx.session, ws, dst_name)
        if src is None or dst is None:
            raise UserError(f"no user named '{src_name if src is None else dst_name}'")
        if src.id == dst.id:
            raise UserError("that is the same person")
        if not confirmed:  # everything moves at once and cannot be undone: ask first
            counts = crm.reassign_counts(ctx, src)
            what = ", ".join(f"{n} {k}" for k, n in counts.items())
            return Reply(
                sections=[
                    f"Move {sum(counts.values())} records of {src.display_name} to "
                    f"{dst.display_name} ({what})? This cannot be undone."
                ],
                buttons=[
                    Button(
                        "Yes, reassign",
                        f"settings reassign {src_name} to {dst_name} confirm=yes",
                        "danger",
                    ),
                    Button("Keep", "settings"),
                ],
                asks="confirm",
            )
        counts = crm.reassign(ctx, src, dst)
        done = ", ".join(f"{n} {k}" for k, n in counts.items())
        return Reply.say(f"✅ Reassigned from {src.display_name} to {dst.display_name}: {done}")
    elif sub == "auto_create":
        update_settings(ws, {"auto_create": v.boolean(rest)})
    elif sub == "followup":
        update_settings(ws, {"followups": _followups(parse_args(rest).fields)})
    else:
        raise UserError(
            "settings takes: show, stage, hours, currency, fx, timezone, role, reassign, "
            "auto_create, followup (see 'help settings')"
        )
    return Reply.say("✅ Saved", _summary(call))


def _stage_label(ws: Workspace, key: str, label: str) -> str:
    """A label must name one stage: not another stage's label, key or synonym ("" resets)."""
    label = " ".join(label.split())
    if not label:
        return label
    for other, other_label, _ in stage_table(ws):
        if other != key and name_key(other_label) == name_key(label):
            raise UserError(f"'{other_label}' is already the label of {other}; pick another")
    try:
        meant = v.stage(label)
    except UserError:
        return label
    if meant != key:
        raise UserError(f"'{label}' already means the {meant} stage; pick another label")
    return label


def _fx_rates(ws: Workspace, text: str) -> dict[str, str]:
    """'USD=0.92 GBP=1.17' over the current rates; 'USD=' removes one, 'clear' all."""
    if text.strip().lower() in ("clear", "none", "off"):
        return {}
    example = "example: settings fx USD=0.92 GBP=1.17 (1 USD = 0.92 " + ws.currency + ")"
    rates = dict(settings(ws)["fx_rates"] or {})
    if not text.strip():
        raise UserError(example)
    for token in text.split():
        code, eq, raw = token.partition("=")
        if not eq:
            raise UserError(example)
        try:
            cur = normalize_currency(code)
        except MoneyError as exc:
            raise UserError(str(exc)) from exc
        if cur == ws.currency:
            raise UserError(f"{cur} is the workspace currency; it needs no rate")
        if not raw:
            rates.pop(cur, None)
            continue
        try:
            rate = Decimal(raw.replace(",", "."))
        except InvalidOperation:
            rate = Decimal(0)
        if not rate.is_finite() or rate <= 0:
            raise UserError(f"'{raw}' is not a rate; a positive number, {example}")
        try:
            check_rate(rate)
        except MoneyError as exc:
            raise UserError(f"'{raw}' for {cur}: {exc}; {example}") from exc
        rates[cur] = str(rate)
    return rates


def _days(spec: str) -> list[int]:
    spec = spec.lower().strip()
    if "-" in spec:
        a, b = spec.split("-", 1)
        if a[:3] not in _DAYS or b[:3] not in _DAYS:
            raise UserError("days look like mon-fri or mon,tue,thu")
        i, j = _DAYS.index(a[:3]), _DAYS.index(b[:3])
        return list(range(i, j + 1))
    out = []
    for part in spec.split(","):
        if part.strip()[:3] not in _DAYS:
            raise UserError("days look like mon-fri or mon,tue,thu")
        out.append(_DAYS.index(part.strip()[:3]))
    return sorted(set(out))


def _followups(fields: dict[str, str]) -> dict[str, dict[str, object]]:
    patch: dict[str, dict[str, object]] = {}
    for key, value in fields.items():
        if key == "stale_days":
            if not value.isdigit() or not 1 <= int(value) <= 3650:
                raise UserError("stale_days is a number of days from 1 to 3650, e.g. stale_days=7")
            patch.setdefault("stale_deal", {})["days"] = int(value)
        elif key in (
            "stale_deal",
            "overdue_close",
            "birthday",
            "anniversary",
            "keep_in_touch",
            "daily_digest",
            "weekly_digest",
        ):
            patch.setdefault(key, {})["enabled"] = v.boolean(value)
        elif key == "digest_channel":
            patch.setdefault("weekly_digest", {})["channel"] = value or None
        else:
            raise UserError(f"unknown follow-up setting '{key}'")
    return patch
