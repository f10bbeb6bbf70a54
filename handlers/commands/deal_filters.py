"""The words of a deal list read as filters: "deals closing this quarter", "deals mine in
negotiation", "my won deals last month", "deals overdue".

Why every word must be used: the list once read only "mine" and ignored the rest, so
"deals closing this month" listed every open deal, a confident answer to a question nobody
asked. Each word is now a filter (whose, stage, status, close period, overdue) or a filler,
and anything else is shown back as not understood with the forms that work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from handlers.language.dates import month_number
from storage.errors import UserError
from storage.money import MoneyError, format_money, parse_amount, to_minor
from storage.queries import Money
from storage.reports import Period, month_period, parse_period
from storage.validate import STAGE_SYNONYMS

_FILLER = frozenset(
    (
        "deal",
        "deals",
        "opportunity",
        "opportunities",
        "opps",
        "opp",
        "the",
        "a",
        "in",
        "at",
        "on",
        "of",
        "for",
        "with",
        "that",
        "are",
        "is",
        "which",
        "what",
        "show",
        "list",
        "me",
        "stage",
        "stages",
        "any",
        "our",
        "do",
        "we",
        "have",
        "got",
        "all",
        "there",
        "us",
        "give",
    )
)
_MINE = frozenset({"mine", "my", "own"})
_BIGGEST = frozenset({"biggest", "largest", "top", "big", "largest-first", "deals-by-size"})
_STATUS = {"open": "open", "all": "all"}
_CLOSE_CUE = frozenset({"closing", "close", "closes", "due", "expected", "expecting"})
_PERIOD_START = re.compile(r"^(?:this|current|next|last|previous|q[1-4]|\d{4}(?:-\S+)?)$")
USAGE = (
    "deal list [mine] [STAGE] [open|won|lost|all] [closing PERIOD] [overdue] [biggest|top N] "
    "[for OWNER] [at ACCOUNT]; e.g. 'deals closing this quarter', 'deals mine in negotiation', "
    "'deals won last month', 'deals closing in january', 'top 5 deals', 'deals at Acme'"
)


@dataclass(frozen=True)
class DealFilters:
    mine: bool = False
    stage: str | None = None
    status: str | None = "open"  # None: every status
    close: Period | None = None  # expected close (open deals) or close date (won/lost)
    overdue: bool = False
    biggest: bool = False  # largest amount first ("biggest deals", "top 5 deals")
    top: int | None = None  # only the first N ("top 5")
    at_least: Money | None = None  # "deals over 50k"
    below: Money | None = None  # "deals under 10k"


def _month(words: list[str], today: date) -> Period | None:
    """'january', 'jan 2027': the month, the next one to come when no year is said."""
    if not words or len(words) > 2:
        return None
    n = month_number(words[0])
    if n is None:
        return None
    if len(words) == 2:
        if not re.fullmatch(r"\d{4}", words[1]):
            return None
        return month_period(int(words[1]), n)
    year = today.year + (n < today.month)
    return month_period(year, n)


BOUND = re.compile(
    r"\b(?:(?P<up>over|above|more\s+than|greater\s+than|bigger\s+than|larger\s+than|"
    r"at\s+least|exceeding|of\s+at\s+least)|(?P<down>under|below|less\s+than|smaller\s+than|"
    r"at\s+most|up\s+to))\s+(?P<amount>[€$£]?\s?\d[\d.,]*\s?(?:k|m)?\b(?:\s?(?:eur|usd|gbp|"
    r"[A-Z]{3})\b|\s?[€$£])?)|(?P<cmp>>=|>|<=|<)\s*(?P<amount2>[€$£]?\s?\d[\d.,]*\s?(?:k|m)?"
    r"(?:\s?(?:eur|usd|gbp|[A-Z]{3})\b|\s?[€$£])?)",
    re.IGNORECASE,
)


def _money(m: Money) -> str:
    """'EUR 50,000', and the note that other currencies were compared at the workspace
    rates is the list's (a bound is said in one currency, deals are in several)."""
    return format_money(to_minor(m.value, m.currency), m.currency)


def take_amount_bounds(text: str, default_currency: str) -> tuple[str, Money | None, Money | None]:
    """ "deals over 50k", "deals under €10,000", "deals >= 100k USD": ``text`` without the
    bounds, and the lower (at least) and upper (below) bound. An amount that is not one is
    refused in words (it was shown back as a filter nobody could use)."""
    at_least = below = None
    for m in list(BOUND.finditer(text)):
        raw = (m["amount"] or m["amount2"]).strip()
        try:
            value, currency = parse_amount(raw, default_currency)
        except MoneyError as exc:
            raise UserError(f"I can't read '{raw}' as an amount to filter by: {exc}") from exc
        up = bool(m["up"]) or (m["cmp"] or "").startswith(">")
        if up:
            at_least = Money(value, currency)
        else:
            below = Money(value, currency)
        text = text.replace(m.group(0), " ", 1)
    return " ".join(text.split()), at_least, below


def read_filters(text: str, fields: dict[str, str], today: date) -> DealFilters:
    """Every word of ``text`` as a filter, or a :class:`UserError` naming the words not read."""
    from storage.validate import stage as check_stage

    unread = sorted(set(fields) - {"stage", "status", "page", "owner"})
    if unread:  # 'deals owner=Jon closing this month' once listed every open deal
        said = " ".join(f"{k}={fields[k]}" for k in unread)
        raise UserError(f"I can't list deals by '{said}'. Try: {USAGE}")
    words = [w for w in re.split(r"[\s,?!.]+", text.lower()) if w]
    mine = overdue = biggest = False
    top: int | None = None
    stage: str | None = None
    status = fields.get("status", "").lower() or None
    if fields.get("stage"):
        stage = check_stage(fields["stage"])
    rest: list[str] = []
    i = 0
    while i < len(words):
        w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
        two = f"{w} {nxt}"
        if w in _CLOSE_CUE and (not nxt or _PERIOD_START.match(nxt) or nxt in ("in", "by")):
            i += 1  # "closing this month": the close period follows, not the stage
            if nxt in ("in", "by"):
                i += 1
            rest.extend(words[i:])
            break
        if w in _MINE:
            mine = True
        elif w in _BIGGEST:
            biggest = True
            if w == "top" and nxt.isdigit():  # "top 5"
                top, i = min(int(nxt), 20), i + 1
        elif w.startswith("top") and w[3:].isdigit():  # "top5"
            biggest, top = True, min(int(w[3:]), 20)
        elif w == "overdue":
            overdue = True
        elif nxt and two in STAGE_SYNONYMS:
            stage, i = STAGE_SYNONYMS[two], i + 1
        elif w in _STATUS:
            status = _STATUS[w]
        elif w in STAGE_SYNONYMS and w not in ("close", "new"):
            stage = STAGE_SYNONYMS[w]
        elif w in _FILLER:
            pass
        else:
            rest.append(w)
        i += 1
    close = None
    if rest:
        close = parse_period(" ".join(rest), today) or _month(rest, today)
        if close is None:
            raise UserError(f"I can't list deals by '{' '.join(rest)}'. Try: {USAGE}")
    if stage in ("won", "lost"):
        status = stage
        stage = None
    if status not in (None, "open", "won", "lost", "all"):
        raise UserError("status is one of: open, won, lost, all")
    return DealFilters(
        mine=mine,
        stage=stage,
        status=None if status == "all" else (status or "open"),
        close=close,
        overdue=overdue,
        biggest=biggest,
        top=top or None,
    )


def describe(f: DealFilters) -> str:
    """The filters in words, shown above the list so the rep sees what was read
    ('open deals · mine · stage closing · closing 2026-Q4 · '); empty for the plain list."""
    parts = []
    if f.mine:
        parts.append("mine")
    if f.stage:
        parts.append(f"stage {f.stage}")
    if f.status and f.status != "open":
        parts.append(f.status)
    if f.close:
        parts.append(f"closing {f.close.label}")
    if f.overdue:
        parts.append("overdue")
    if f.at_least is not None:
        parts.append(f"amount ≥ {_money(f.at_least)}")
    if f.below is not None:
        parts.append(f"amount < {_money(f.below)}")
    if f.biggest:
        parts.append(f"top {f.top} by amount" if f.top else "biggest first")
    return "".join(p + " · " for p in parts)
