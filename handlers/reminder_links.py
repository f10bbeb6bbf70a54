"""Which record a reminder is about, from the names said in it (issue 10, round 2).

"remind me to call Maria Lopez friday at 10" is about Maria: linked like ``about=#c5``, the
reminder shows on her card, is cancelled when she is erased and is not sent while she is
do-not-contact. The command path and the free-text path both resolve the names here, the way
the log path does: one record links, several are asked about with choices, none leaves the
reminder unlinked and the reply says so (a record is never created behind the rep's back).
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from handlers.commands.common import choose, ref
from handlers.language.dates import fold
from storage.context import Ctx
from storage.lookup import find_accounts, find_contacts, find_deals
from storage.models import Opportunity
from storage.text import name_key


def link_named(
    ctx: Ctx,
    contact: str | None,
    account: str | None,
    redo: Callable[[str], str],
    what: str = "",
) -> tuple[str | None, str]:
    """(the ``#c``/``#a``/``#d`` reference to link, what to tell the rep) for the names said.

    A contact first ("call Maria at Acme": Maria, at Acme when that account is known), else
    the account, else an open deal whose whole title the reminder's text ``what`` says
    ("chase Globex seats on friday": the parser reads "Globex" as a company, the CRM has the
    deal "Globex seats"). Several of that name raise :class:`handlers.types.Ask` with choices
    whose actions are ``redo(reference)``.
    """
    if contact:
        firm = find_accounts(ctx, account).found if account else None
        people = find_contacts(ctx, contact, firm)
        if not people.matches and firm is not None:
            people = find_contacts(ctx, contact)  # works elsewhere now: still that person
        if people.matches:
            return ref(choose(people, "contact", redo)), ""
    firms = find_accounts(ctx, account) if account else None
    if firms is not None and firms.matches:
        chosen = ref(choose(firms, "account", redo))
        note = f"ℹ️ I have no contact named '{contact}'; linked to {account}." if contact else ""
        return chosen, note
    deal = _deal_said(ctx, account or contact, what)
    if deal is not None:
        return ref(deal), ""
    if contact and not account and _a_member(ctx, contact):
        return None, ""  # "remind me to call bob": Bob the teammate, no record to link
    if contact and account:
        named = f"contact '{contact}' or account '{account}'"
    elif contact:
        named = f"contact named '{contact}'"
    elif account:
        named = f"account named '{account}'"
    else:
        return None, ""
    return None, (
        f"ℹ️ I have no {named}, so this reminder is not linked to a record "
        "(add it, then set reminders with about=NAME to see them on its card)."
    )


def _a_member(ctx: Ctx, name: str) -> bool:
    """Whether ``name`` is a member of the workspace (one or several of that name)."""
    from storage.errors import UserError
    from storage.workspaces import find_user

    try:
        return find_user(ctx.session, ctx.workspace, name) is not None
    except UserError:  # two members of that name: a member all the same
        return True


def _deal_said(ctx: Ctx, name: str | None, what: str) -> Opportunity | None:
    """The one open deal found by ``name`` whose whole title stands in ``what``, else None
    (a near match is never linked: "Micro pilot" is not about Microsoft)."""
    if not name or not what:
        return None
    said = f" {name_key(what)} "
    found = [
        d
        for d in find_deals(ctx, name, open_only=True).matches
        if d.title_key and f" {d.title_key} " in said
    ]
    return found[0] if len(found) == 1 else None


def whole_names(
    ctx: Ctx, contact: str | None, account: str | None
) -> tuple[str | None, str | None]:
    """The names kept only when a record has that whole name (a contact: or that first
    name), for the ``remind WHEN: TEXT`` form: "friday: call Maria Lopez" is about Maria,
    "friday: Pipeline review" is not about the account Pipeline Partners."""

    def person(name: str | None) -> str | None:
        if not name:
            return None
        key = name_key(name)
        for c in find_contacts(ctx, name).matches:
            if key in (c.name_key, c.name_key.split(" ", 1)[0]):
                return name
        return None

    def firm(name: str | None) -> str | None:
        if not name:
            return None
        found = find_accounts(ctx, name).matches
        return name if any(a.name_key == name_key(name) for a in found) else None

    return person(contact), firm(account)


def names_in(ctx: Ctx, message: str, what: str) -> tuple[str | None, str | None]:
    """The contact and account a typed reminder names, read by the free-text parser, kept
    only when said in the reminder's own words (never a word of its date)."""
    from handlers.language.nlu import parse_message
    from handlers.language.when import date_order
    from storage.known_names import known_names

    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    p = parse_message(
        message,
        now_local,
        ctx.tz,
        ctx.user.language or "en",
        date_order=date_order(ctx),
        known=known_names(ctx),
    )
    said = fold(what)

    def kept(name: str | None) -> str | None:
        return name if name and fold(name) in said else None

    return kept(p.contact), kept(p.account)
