"""Text rendering of summaries, shared by chat commands, digests and `crmbot report`."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from storage.context import Ctx
from storage.money import exponent, format_money
from storage.reports import Change, Row, Summary
from storage.workspaces import stage_label

KIND_ICONS = {
    "created": "🆕",
    "forward": "⏩",
    "back": "⏪",
    "won": "🏆",
    "lost": "✖",
    "slipped": "📅",
}


def money(value: Decimal, currency: str) -> str:
    """'EUR 12,000' from a Decimal amount (rounded to the currency's minor unit)."""
    minor = int((value.scaleb(exponent(currency))).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return format_money(minor, currency)


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def key_label(ctx: Ctx, group_by: str, key: str) -> str:
    return stage_label(ctx.workspace, key) if group_by == "stage" else key


def row_line(ctx: Ctx, group_by: str, r: Row, *, closed: bool = True) -> str:
    parts = [f"{key_label(ctx, group_by, r.key)}:"]
    if r.open_count:
        parts.append(
            f"{r.open_count} open · {money(r.open_amount, r.currency)}"
            f" · weighted {money(r.weighted_amount, r.currency)}"
        )
        if group_by == "stage" and r.avg_age_days is not None:
            parts.append(f"· {r.avg_age_days:.0f}d in stage")
    if closed and (r.won_count or r.lost_count):
        parts.append(
            f"{'· ' if r.open_count else ''}won {r.won_count} ({money(r.won_amount, r.currency)})"
            f" · lost {r.lost_count} · win rate {pct(r.win_rate)}"
        )
    if len(parts) == 1:
        parts.append("nothing")
    return " ".join(parts)


def totals_lines(rows: list[Row], title: str = "Total") -> list[str]:
    return [
        f"{title} {r.currency}: {r.open_count} open · {money(r.open_amount, r.currency)}"
        f" · weighted {money(r.weighted_amount, r.currency)}"
        + (
            f" · won {r.won_count} ({money(r.won_amount, r.currency)}) · lost {r.lost_count}"
            f" · win rate {pct(r.win_rate)}"
            if r.won_count or r.lost_count
            else ""
        )
        for r in rows
    ]


def scope_label(ctx: Ctx, s: Summary) -> str:
    """Whose deals the numbers count: "yours" when narrowed to the asker's own (an admin's
    "my pipeline" counts only theirs, and must not say "workspace")."""
    owners = s.filters.owner_ids
    if owners == frozenset({ctx.user.id}):
        return "yours"
    if owners is not None and len(owners) == 1:
        # 'pipeline owner=Jon' once said "your team" above Jon's numbers alone
        from handlers.render import user_name

        return user_name(ctx, next(iter(owners)))
    if owners is not None:
        return f"team ({len(owners)} people)"
    return s.scope.label


def summary_text(ctx: Ctx, s: Summary, title: str) -> list[str]:
    """Sections: title (+ scope and currency note), one line per row, totals."""
    head = title
    if s.filters.period:
        head += f" · {s.filters.period.label}"
    label = scope_label(ctx, s)
    head += f" · {label}" if label else ""
    note = s.currency_note
    lines = [row_line(ctx, s.group_by, r) for r in s.rows]
    if len({r.currency for r in s.rows}) > 1:
        lines = [
            f"{ln} [{r.currency}]" if not s.converted_to else ln
            for ln, r in zip(lines, s.rows, strict=True)
        ]
    sections = [head + (f"\n{note}" if note else ""), "\n".join(lines) or "No deals here yet."]
    sections.append("\n".join(totals_lines(s.totals)))
    if s.team_totals:
        sections.append("\n".join(totals_lines(s.team_totals, "Team total")))
    return sections


def forecast_text(ctx: Ctx, s: Summary, title: str) -> list[str]:
    head = title + (f" · {s.filters.period.label}" if s.filters.period else "")
    head += f" · {scope_label(ctx, s)}"
    note = s.currency_note
    lines = [
        f"{r.key}: best case {money(r.open_amount, r.currency)} · weighted "
        f"{money(r.weighted_amount, r.currency)} · won so far {money(r.won_amount, r.currency)}"
        f" ({r.open_count} open, {r.won_count} won)"
        for r in s.rows
    ]
    tot = [
        f"Total {r.currency}: best case {money(r.open_amount, r.currency)} · weighted "
        f"{money(r.weighted_amount, r.currency)} · won {money(r.won_amount, r.currency)}"
        for r in s.totals
    ]
    out = [head + (f"\n{note}" if note else ""), "\n".join(lines) or "No deals in this period."]
    out.append("\n".join(tot))
    if s.team_totals:
        out.append("\n".join(totals_lines(s.team_totals, "Team total")))
    return out


def winrate_text(ctx: Ctx, s: Summary, title: str) -> list[str]:
    def line(r: Row, label: str) -> str:
        avg = r.avg_won_amount
        cyc = r.avg_cycle_days
        return (
            f"{label}: win rate {pct(r.win_rate)} ({r.won_count} won / {r.lost_count} lost)"
            f" · avg deal {money(avg, r.currency) if avg is not None else '-'}"
            f" · avg cycle {f'{cyc:.0f} days' if cyc is not None else '-'}"
        )

    head = title + (f" · {s.filters.period.label}" if s.filters.period else " · all time")
    head += f" · {scope_label(ctx, s)}"
    note = s.currency_note
    body = [line(r, f"{key_label(ctx, s.group_by, r.key)} [{r.currency}]") for r in s.rows]
    out = [head + (f"\n{note}" if note else "")]
    if s.group_by != "total":
        out.append("\n".join(body) or "No closed deals in this period.")
    out.append("\n".join(line(r, f"Total {r.currency}") for r in s.totals) or "No closed deals.")
    if s.team_totals:
        out.append("\n".join(line(r, f"Team total {r.currency}") for r in s.team_totals))
    return out


def changes_text(changes: list[Change]) -> list[str]:
    if not changes:
        return ["Nothing changed."]
    order = ("created", "forward", "back", "won", "lost", "slipped")
    sections = []
    for kind in order:
        items = [c for c in changes if c.kind == kind]
        if not items:
            continue
        sums: dict[str, int] = {}
        for c in items:
            sums[c.currency] = sums.get(c.currency, 0) + (c.amount_minor or 0)
        total = ", ".join(format_money(v, k) for k, v in sorted(sums.items()))
        lines = [f"{KIND_ICONS[kind]} {kind}: {len(items)} ({total})"]
        lines += [
            f"  #d{c.deal_id} {c.title} · {format_money(c.amount_minor, c.currency)} · {c.detail}"
            for c in items[:10]
        ]
        if len(items) > 10:
            lines.append(f"  … and {len(items) - 10} more")
        sections.append("\n".join(lines))
    return sections
