"""Forgiving lookups by name: case, accents and small typos.

Candidates come from index range scans on the stored keys (exact key, first or
last name, and a short token prefix), never from scanning the whole table, then
rapidfuzz ranks them. The trade-off: a typo in the first two letters of every
word is not found; that keeps a lookup O(log n) at 100k contacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, Select, SQLColumnExpression, bindparam, select, union_all

from storage import channels
from storage.context import Ctx
from storage.models import Account, Contact, Opportunity
from storage.models_channels import ContactChannel
from storage.text import name_key, phone_reversed
from storage.write_path import find_or_insert, load_rows

T = TypeVar("T", Contact, Account, Opportunity)

ACCEPT = 86.0  # score at which a fuzzy candidate counts as a match
CLEAR_LEAD = 8.0  # a best match this far ahead of the next one is taken without asking
CANDIDATES = 200


@dataclass
class Resolution(Generic[T]):
    """Outcome of a lookup: one record, several to choose from, or none."""

    query: str
    matches: list[T] = field(default_factory=list)

    @property
    def found(self) -> T | None:
        return self.matches[0] if len(self.matches) == 1 else None

    @property
    def ambiguous(self) -> bool:
        return len(self.matches) > 1


def _prefix(col: SQLColumnExpression[Any], prefix: str) -> ColumnElement[bool]:
    # A range, not LIKE: usable by a b-tree index on every backend and collation.
    return (col >= prefix) & (col < prefix + "\uffff")


def _live(model: type[T], ctx: Ctx) -> Select[Any]:
    q = select(model).where(model.workspace_id == ctx.ws_id, model.deleted_at.is_(None))
    if model is Opportunity:
        q = visible_deals(ctx, q)
    return q


def visible_deals(ctx: Ctx, q: Select[Any]) -> Select[Any]:
    """Reps see their own deals; managers their team's; admins all (storage.teams)."""
    owners = ctx.deal_owner_ids()
    if owners is None:
        return q
    return q.where(Opportunity.owner_id.in_(sorted(owners)))


def _by_ref(model: type[T], ctx: Ctx, query: str, letter: str) -> Resolution[T] | None:
    """'#c12' (or '#12') refers to a record by id, still scoped to the workspace."""
    q = query.strip()
    if not q.startswith("#"):
        return None
    ref = q[1:]
    if ref[:1].lower() == letter:
        ref = ref[1:]
    if not ref.isdigit():
        return Resolution(query)
    row = ctx.session.scalar(_live(model, ctx).where(model.id == int(ref)))
    return Resolution(query, [row] if row else [])


def _rank(query_key: str, rows: Sequence[T], key_of: str, accept: float = ACCEPT) -> list[T]:
    scored: list[tuple[float, T]] = []
    for row in rows:
        key = getattr(row, key_of)
        score = max(fuzz.WRatio(query_key, key), fuzz.token_sort_ratio(query_key, key))
        if score >= accept:
            scored.append((score, row))
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    if len(scored) > 1 and scored[0][0] - scored[1][0] >= CLEAR_LEAD:
        return [scored[0][1]]
    return [row for _, row in scored[:10]]


def _typo_stems(qk: str) -> set[str]:
    """Stems a typo in the first letters hides: "maira" -> "mar" (swap), "mra" (drop)...

    Asked only when the plain stems found nothing, so a typo costs a few more indexed
    range queries, never a scan.
    """
    out: set[str] = set()
    for w in qk.split():
        if len(w) < 4:
            continue
        for i in range(3):  # adjacent swaps within the stem and at its edge
            s = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            out.add(s[:3])
        out |= {(w[:1] + w[2:])[:3], (w[:2] + w[3:])[:3]}  # a letter typed too many
    return out - {w[:3] for w in qk.split()}


def _token_candidates(
    model: type[T],
    ctx: Ctx,
    key_cols: Sequence[SQLColumnExpression[Any]],
    qk: str,
    stems: set[str] | None = None,
) -> list[T]:
    """Rows sharing a word stem with the query, one indexed range query per (column, stem).

    One query with OR-ed ranges looks equivalent, but SQLite then falls back to an index
    on workspace_id alone and reads the whole workspace (measured: 90 ms at 100k).
    """
    if stems is None:
        stems = {t[:3] if len(t) >= 4 else t[:2] for t in qk.split() if len(t) >= 2}
    seen: dict[int, T] = {}
    per_query = max(20, CANDIDATES // max(1, len(stems) * len(key_cols)))
    for stem in sorted(stems):
        for col in key_cols:
            rows = ctx.session.scalars(
                _live(model, ctx).where(_prefix(col, stem)).order_by(col).limit(per_query)
            )
            for row in rows:
                seen.setdefault(row.id, row)
    return list(seen.values())


def find_contacts(ctx: Ctx, query: str, account: Account | None = None) -> Resolution[Contact]:
    by_ref = _by_ref(Contact, ctx, query, "c")
    if by_ref is not None:
        return by_ref
    qk = name_key(query)
    if not qk:
        return Resolution(query)
    if "@" in qk:
        rows = list(ctx.session.scalars(_live(Contact, ctx).where(Contact.email_key == qk)))
        rows += [c for c in channels.by_email(ctx, qk) if c not in rows]  # secondary ones
        if not rows and " " not in qk:  # "maria@acme": the start of an address
            rows = list(
                ctx.session.scalars(
                    _live(Contact, ctx).where(_prefix(Contact.email_key, qk)).limit(10)
                )
            )
            rows += [c for c in channels.by_email(ctx, qk, prefix=True) if c not in rows]
        return Resolution(query, rows)
    if sum(ch.isdigit() for ch in qk) >= 4 and not any(ch.isalpha() for ch in qk):
        return Resolution(query, find_by_phone(ctx, query))
    # The exact name (the common case, and the free-text path's): a prebuilt statement.
    params = {"ws": ctx.ws_id, "key": qk, "acc": account.id if account is not None else None}
    exact = list(
        ctx.session.scalars(_CONTACT_BY_KEY if account is None else _CONTACT_BY_KEY_AT, params)
    )
    if exact:
        return Resolution(query, exact)
    base = _live(Contact, ctx)  # built only when the exact name did not answer
    if account is not None:
        base = base.where(Contact.account_id == account.id)
    if " " not in qk:
        # Two equality lookups, not one OR (which SQLite answers by reading the workspace).
        part = list(ctx.session.scalars(base.where(Contact.first_key == qk).limit(20)))
        part += [
            c
            for c in ctx.session.scalars(base.where(Contact.last_key == qk).limit(20))
            if c not in part
        ]
        part.sort(key=lambda c: c.id)
        if part:
            return Resolution(query, part)
    cols = [Contact.name_key, Contact.first_key, Contact.last_key]
    rows = _token_candidates(Contact, ctx, cols, qk)
    if account is not None:
        rows = [r for r in rows if r.account_id == account.id]
    # Compare a one-word query against first and last names too.
    ranked = _rank_contacts(qk, rows)
    if not ranked:
        rows = _token_candidates(Contact, ctx, cols, qk, _typo_stems(qk))
        if account is not None:
            rows = [r for r in rows if r.account_id == account.id]
        ranked = _rank_contacts(qk, rows)
    return Resolution(query, ranked)


def contacts_named_at(
    ctx: Ctx, who: str, account_query: str
) -> tuple[Account, Resolution[Contact]] | None:
    """ "Maria Lopez at Acme" when Acme is an account's exact name: that account and the
    live contacts there named exactly so (none: the caller's fuzzy lookup takes over), in
    one statement; it was two, the account's and then the contact's (the free-text path
    names both on most logged calls). None when the account is not an exact name, or
    either part is a reference, an email or a number: the general lookups decide then."""
    if who.strip().startswith("#") or account_query.strip().startswith("#"):
        return None
    ck, ak = name_key(who), name_key(account_query)
    if not ck or not ak or "@" in ck or any(ch.isdigit() for ch in ck):
        return None

    params = {"ws": ctx.ws_id, "ck": ck, "ak": ak}
    rows = load_rows(ctx.session, _CONTACTS_AT_ACCOUNT, params, (Account, Contact))
    if not rows:
        return None
    account = rows[0][0]
    return account, Resolution(who, [c for a, c in rows if c is not None and a is account])


def _rank_contacts(qk: str, rows: Sequence[Contact]) -> list[Contact]:
    ranked = _rank(qk, rows, "name_key")
    if not ranked and " " not in qk:
        # One word against one word: a swapped pair of letters scores ~83, so accept 80.
        ranked = _rank(qk, rows, "first_key", 80) or _rank(qk, rows, "last_key", 80)
    return ranked


# Exact-name lookups, built once (the message path runs them on every named record).
_CONTACT_BY_KEY = (
    select(Contact)
    .where(
        Contact.workspace_id == bindparam("ws"),
        Contact.deleted_at.is_(None),
        Contact.name_key == bindparam("key"),
    )
    .order_by(Contact.id)
)
_CONTACT_BY_KEY_AT = _CONTACT_BY_KEY.where(Contact.account_id == bindparam("acc"))
_ACCOUNT_BY_KEY = select(Account).where(
    Account.workspace_id == bindparam("ws"),
    Account.deleted_at.is_(None),
    Account.name_key == bindparam("key"),
)

# The account by its exact (unique, live) name, and its contacts with this exact name: an
# equality search on each table's name index (tests/storage/test_query_plans.py).
_CONTACTS: Any = Contact.__table__
# On the tables' columns: storage.write_path.load_rows makes the objects (issue 18).
_CONTACTS_AT_ACCOUNT = (
    select(*Account.__table__.c, *_CONTACTS.c)
    .select_from(Account)
    .outerjoin(
        Contact,
        (Contact.account_id == Account.id)
        & (Contact.workspace_id == bindparam("ws"))
        & Contact.deleted_at.is_(None)
        & (Contact.name_key == bindparam("ck")),
    )
    .where(
        Account.workspace_id == bindparam("ws"),
        Account.deleted_at.is_(None),
        Account.name_key == bindparam("ak"),
    )
    .order_by(Account.id, Contact.id)
)

# Built once, with bound parameters: building a select and computing its cache key on every
# call cost twice as much as running it (measured 0.6 ms -> 0.2 ms a lookup); the SQL sent
# is the same, so the index use checked by tests/storage/test_query_plans.py is unchanged.
_BY_PHONE_SUFFIX = (
    select(Contact)
    .where(
        Contact.workspace_id == bindparam("ws"),
        Contact.deleted_at.is_(None),
        Contact.phone_rev >= bindparam("lo"),
        Contact.phone_rev < bindparam("hi"),
    )
    .order_by(Contact.id)
    .limit(bindparam("n"))
)
# The main number or a second one (storage.channels), in one round trip: the hot path of
# the bot-CRM unit (tests/storage/test_service_unit.py pins its statement count). Each branch of
# the union is an equality lookup on its own index; the outer query reads contacts by id.
# On the table's columns: storage.write_path.load_rows makes the object (issue 18).
_BY_PHONE_EXACT = (
    select(*_CONTACTS.c)
    .where(
        Contact.id.in_(
            union_all(
                select(Contact.id).where(
                    Contact.workspace_id == bindparam("ws"),
                    Contact.phone_rev == bindparam("rev"),
                ),
                select(ContactChannel.contact_id).where(
                    ContactChannel.workspace_id == bindparam("ws"),
                    ContactChannel.kind == "phone",
                    ContactChannel.value_key == bindparam("rev"),
                ),
            )
        ),
        Contact.deleted_at.is_(None),
    )
    .order_by(Contact.id)
    .limit(1)
)


def find_by_phone(ctx: Ctx, phone: str, limit: int = 10) -> list[Contact]:
    """Contacts whose number ends with these digits (a full number or its last few).

    ``phone_rev`` stores the digits reversed, so "ends with" is an indexed prefix range.
    """
    rev = phone_reversed(phone)
    if len(rev) < 4:
        return []
    params = {"ws": ctx.ws_id, "lo": rev, "hi": rev + "\uffff", "n": limit}
    rows = list(ctx.session.scalars(_BY_PHONE_SUFFIX, params))
    rows += [c for c in channels.by_phone_suffix(ctx, rev, limit) if c not in rows]
    return rows[:limit]


def contact_with_phone(ctx: Ctx, phone: str) -> Contact | None:
    """The oldest live contact with exactly this number (all its digits), if any."""
    rev = phone_reversed(phone)
    if not rev:
        return None

    found = load_rows(ctx.session, _BY_PHONE_EXACT, {"ws": ctx.ws_id, "rev": rev}, (Contact,))
    return found[0][0] if found else None


def contact_with_phone_or_insert(ctx: Ctx, new: Contact) -> tuple[Contact, bool]:
    """:func:`contact_with_phone` for ``new``'s number, or ``new`` inserted when no live
    contact has it: one statement (storage.write_path.find_or_insert). Gives the contact and
    whether it is ``new``; the caller records a create."""
    rev = new.__dict__["phone_rev"]
    found, created = find_or_insert(
        ctx.session, new, _BY_PHONE_EXACT, {"ws": ctx.ws_id, "rev": rev}
    )
    return found, created  # type: ignore[return-value]


def find_accounts(ctx: Ctx, query: str) -> Resolution[Account]:
    by_ref = _by_ref(Account, ctx, query, "a")
    if by_ref is not None:
        return by_ref
    qk = name_key(query)
    if not qk:
        return Resolution(query)
    exact = ctx.session.scalar(_ACCOUNT_BY_KEY, {"ws": ctx.ws_id, "key": qk})
    if exact:
        return Resolution(query, [exact])
    starts = list(
        ctx.session.scalars(
            _live(Account, ctx).where(_prefix(Account.name_key, qk + " ")).limit(20)
        )
    )
    if len(starts) == 1:
        return Resolution(query, starts)
    rows = _token_candidates(Account, ctx, [Account.name_key], qk)
    return Resolution(query, _rank(qk, rows, "name_key") or starts)


def _inner_word_deals(ctx: Ctx, base: Select[Any], qk: str) -> list[Opportunity]:
    """Deals whose title has the query's longest word after its first word: "tps upgrade"
    is "Initech TPS upgrade" (a title usually starts with its account, and reps leave the
    account out). A LIKE scan of the workspace's deals, asked only when the indexed prefix
    search found nothing, as the typo stems are."""
    words = sorted((w for w in qk.split() if len(w) >= 3), key=len, reverse=True)
    if not words:
        return []
    word = words[0].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    q = base.where(Opportunity.title_key.like(f"% {word}%", escape="\\")).limit(CANDIDATES)
    return list(ctx.session.scalars(q))


def find_deals(
    ctx: Ctx, query: str, open_only: bool = False, *, exact_only: bool = False
) -> Resolution[Opportunity]:
    """Deals by reference, whole title, then near titles; ``exact_only`` stops after the
    whole title (a new deal's twin check: the near-title searches would be discarded)."""
    by_ref = _by_ref(Opportunity, ctx, query, "d")
    if by_ref is not None:
        return by_ref
    qk = name_key(query)
    if not qk:
        return Resolution(query)
    base = _live(Opportunity, ctx)
    if open_only:
        base = base.where(Opportunity.status == "open")
    exact = list(ctx.session.scalars(base.where(Opportunity.title_key == qk)))
    if exact or exact_only:
        return Resolution(query, exact)
    rows = _token_candidates(Opportunity, ctx, [Opportunity.title_key], qk)
    if open_only:
        rows = [r for r in rows if r.status == "open"]
    ranked = _rank(qk, rows, "title_key")
    if ranked:
        return Resolution(query, ranked)
    ranked = _rank(qk, _inner_word_deals(ctx, base, qk), "title_key")
    if ranked:
        return Resolution(query, ranked)
    # A deal named after its account: "Acme" finds the deals of account Acme.
    acc = find_accounts(ctx, query).found
    if acc is not None:
        deals = list(ctx.session.scalars(base.where(Opportunity.account_id == acc.id).limit(10)))
        return Resolution(query, deals)
    return Resolution(query)
