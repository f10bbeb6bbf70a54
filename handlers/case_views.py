"""What sales sees of support: open cases on account and deal cards, "renewal at risk"
on deals whose account has an open P1 case, and case counts in the managers' digest.

An angry customer with an urgent open problem is not the moment for an upsell call: the
deal's owner is told so wherever the deal shows up.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.commands.cases import case_line
from storage import cases as cs
from storage.context import Ctx
from storage.models import Opportunity
from storage.teams import Scope
from storage.text import counted


def account_cases(ctx: Ctx, account_id: int) -> str:
    rows = cs.open_cases_of_account(ctx, account_id)
    if not rows:
        return ""
    return "Open cases (most urgent first)\n" + "\n".join(case_line(ctx, c) for c in rows)


def risk_line(ctx: Ctx, d: Opportunity) -> str:
    """'⚠️ renewal at risk: …' when the deal's account has an open P1 case, else ''."""
    if d.account_id is None or d.status != "open":
        return ""
    c = cs.open_p1_by_account(ctx.session, ctx.ws_id, [d.account_id]).get(d.account_id)
    if c is None:
        return ""
    return (
        f"⚠️ renewal at risk: {d.account.name if d.account else 'the account'} has an open P1 "
        f"case (#{c.number}); not the moment for an upsell call"
    )


def deal_sections(ctx: Ctx, d: Opportunity) -> list[str]:
    out = [risk_line(ctx, d)]
    if d.account_id is not None:
        out.append(account_cases(ctx, d.account_id))
    return [s for s in out if s]


def digest_sections(ctx: Ctx, scope: Scope, *, for_channel: bool = False) -> list[str]:
    """Renewals at risk among the reader's open deals, and last week's case counts."""
    at_risk = cs.open_deals_at_risk(ctx, scope.owner_ids)
    out = []
    if at_risk:
        if for_channel:
            out.append(
                f"⚠️ Renewals at risk: {counted(len(at_risk), 'open deal')} with an open P1 case"
            )
        else:
            deals = cs.deals_by_id(ctx, sorted(at_risk))
            out.append(
                "⚠️ Renewals at risk (open P1 case on the account)\n"
                + "\n".join(
                    f"#d{i} {deals[i].title} · case #{c.number} {c.title}"
                    for i, c in sorted(at_risk.items())
                )
            )
    week = cs.counts_between(
        ctx.session,
        ctx.ws_id,
        ctx.now - timedelta(days=7),
        ctx.now,
        None if scope.owner_ids is None else scope.owner_ids,
    )
    if week.opened or week.solved or week.breached:
        out.append(
            f"🎫 Cases, last 7 days: {week.opened} opened · {week.solved} solved · "
            f"{week.breached} breached SLA"
        )
    return out


def my_cases_section(ctx: Ctx, limit: int = 10) -> str:
    """The reader's open cases, breaching first (their morning digest)."""
    rows, total = cs.list_cases(ctx, mine=True, breaching=True, limit=limit)
    if not rows:
        return ""
    more = f" (first {limit} of {total})" if total > limit else ""
    return f"Your open cases, breaching first{more}\n" + "\n".join(case_line(ctx, c) for c in rows)
