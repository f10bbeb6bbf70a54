"""Helpers shared by the command modules: resolving names, asking, undo buttons."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from handlers.pending import is_vague
from handlers.registry import Call
from handlers.types import Ask, Button, Reply
from storage.context import Ctx
from storage.errors import UserError
from storage.lookup import Resolution, find_accounts, find_contacts, find_deals
from storage.models import Account, Contact, Opportunity

T = TypeVar("T", Contact, Account, Opportunity)


def label_of(obj: Contact | Account | Opportunity) -> str:
    if isinstance(obj, Contact):
        at = f" ({obj.account.name})" if obj.account else ""
        extra = f" {obj.email}" if obj.email else ""
        return f"{obj.name}{at}{extra}"
    if isinstance(obj, Account):
        return obj.name
    return f"{obj.title} ({_stage_label_of(obj)})"


def _stage_label_of(d: Opportunity) -> str:
    """The workspace's label of the deal's stage ("Negotiation"), never its key ("closing")."""
    from sqlalchemy.orm import object_session

    from storage.models import Workspace
    from storage.workspaces import stage_label

    session = object_session(d)
    ws = session.get(Workspace, d.workspace_id) if session is not None else None
    return stage_label(ws, d.stage) if ws is not None else d.stage


def short_label(obj: Contact | Account | Opportunity) -> str:
    """For texts that are stored (reminders): the name and company, no contact details."""
    if isinstance(obj, Contact):
        return f"{obj.name} ({obj.account.name})" if obj.account else obj.name
    return obj.name if isinstance(obj, Account) else obj.title


def ref(obj: Contact | Account | Opportunity) -> str:
    letter = {Contact: "c", Account: "a", Opportunity: "d"}[type(obj)]
    return f"#{letter}{obj.id}"


def choose(
    res: Resolution[T], what: str, redo: Callable[[str], str], create: str | None = None
) -> T:
    """The one match, or raise Ask with numbered choices / an offer to create."""
    if res.found is not None:
        return res.found
    if res.ambiguous:
        raise Ask(
            Reply(
                sections=[f"'{res.query}' matches several {what}s. Which one?"],
                choices=[Button(label_of(m), redo(ref(m))) for m in res.matches[:8]],
                asks="choice",
            )
        )
    # The offer is the question's one answer (a choice, not a card's button): taken once,
    # a second press or a late "yes" never creates the record twice (question_once).
    offer = [Button(f"Create {what} '{res.query}'", create)] if create else []
    hint = " Want me to create it?" if create else ""
    raise Ask(
        Reply(
            sections=[f"I found no {what} matching '{res.query}'.{hint}"], choices=offer, ok=False
        )
    )


def contact(
    ctx: Ctx,
    query: str,
    redo: Callable[[str], str],
    account: Account | None = None,
    offer_create: bool = True,
) -> Contact:
    res = find_contacts(ctx, query, account)
    if not res.matches and account is None and " at " in query:  # "Hank at Globex"
        who, _, firm = query.rpartition(" at ")
        accounts = find_accounts(ctx, firm.strip())
        if accounts.found is not None:
            res = find_contacts(ctx, who.strip(), accounts.found)
            res.query = query
    return choose(
        res,
        "contact",
        redo,
        f"contact add {query}" if offer_create and not query.startswith("#") else None,
    )


def account(ctx: Ctx, query: str, redo: Callable[[str], str], offer_create: bool = True) -> Account:
    return choose(
        find_accounts(ctx, query),
        "account",
        redo,
        f"account add {query}" if offer_create and not query.startswith("#") else None,
    )


_DEAL_WORDS = re.compile(
    r"^(?:the|this|that|my|our|el|la|le|der|die|das)\s+|\s+(?:deal|opportunity|opp)$", re.I
)


def deal_name(query: str) -> str:
    """ "the Initech deal" -> "Initech": the words around a deal's name are not its name."""
    name = query.strip().strip(".,;!?")
    for _ in range(3):
        new = _DEAL_WORDS.sub("", name).strip()
        if new == name:
            break
        name = new
    return name


def deal(
    ctx: Ctx,
    query: str,
    redo: Callable[[str], str],
    open_only: bool = False,
    offer_create: bool = True,
) -> Opportunity:
    """The deal ``query`` names; asks which when vague or several match.

    ``offer_create`` is off where a new deal would not do what was asked (won, lost,
    move, delete: the user means a deal that exists).
    """
    if is_vague(query) or not deal_name(query):
        raise Ask(which_deal(ctx, redo))
    res = find_deals(ctx, query, open_only)
    if not res.matches and deal_name(query) != query.strip():
        res = find_deals(ctx, deal_name(query), open_only)
    create = f"deal add {query}" if offer_create and not query.startswith("#") else None
    return choose(res, "deal", redo, create)


def which_deal(ctx: Ctx, redo: Callable[[str], str]) -> Reply:
    """Ask which deal, offering the user's open deals; a typed answer works too."""
    from storage.queries import list_deals

    deals, _ = list_deals(ctx, mine=True, limit=8)
    return Reply(
        sections=["Which deal? Pick one or type its name."],
        choices=[Button(d.title, redo(f"#d{d.id}")) for d in deals],
        expect=redo("{}"),
    )


def delete_confirmed(
    call: Call, obj: Contact | Opportunity, kind: str, line: str, confirmed: bool
) -> Reply:
    """Ask first (buttons Yes / Keep); on 'confirm=yes', soft-delete with an Undo."""
    from storage.crm import check_may_manage, soft_delete

    r = ref(obj)
    if isinstance(obj, Contact):
        check_may_manage(call.ctx, obj, "delete")  # refused before asking, not after "yes"
    if not confirmed:
        return Reply(
            sections=[f"Delete {line}?"],
            buttons=[
                Button("Yes, delete", f"{kind} delete {r} confirm=yes", "danger"),
                Button("Keep", f"{kind} show {r}"),
            ],
            asks="confirm",
        )
    soft_delete(call.ctx, obj)
    name = obj.name if isinstance(obj, Contact) else obj.title
    return Reply(sections=[f"🗑 Deleted {name}"], buttons=[undo_button(call.ctx)])


def undo_button(ctx: Ctx) -> Button:
    return Button("Undo", f"undo {ctx.batch}")


def has_field(rest: str) -> bool:
    """An edit's own syntax has a field=value; "update deal Acme renewal amount 20k" is a
    sentence that free text reads first (the command only said "Say what to change")."""
    return "=" in rest


def need(call: Call, what: str, example: str) -> str:
    if not call.rest.strip():
        raise Ask(Reply.error(f"Which {what}? Example: {example}"))
    return call.rest.strip()


MAX_PAGE = 1_000_000  # 20 million rows a list: past any real workspace, inside SQL integers


def paged(
    rows: Sequence[str],
    total: int,
    page: int,
    size: int,
    more_action: str,
    *,
    what: str = "",
) -> Reply:
    """One page of a list. ``what`` says which filter was applied ("no activity since 7
    Nov"): in the header, and in the empty answer, which otherwise reads as an empty CRM."""
    if not rows and total:
        return Reply.error(past_the_end(page, total, size))
    if not rows:
        return Reply.say(f"Nothing matches: {what}." if what else "Nothing here yet.")
    head = (
        f"{total} in all"
        + (f" · {what}" if what else "")
        + (f" · page {page}" if total > size else "")
    )
    buttons = [Button("More", f"{more_action} page={page + 1}")] if page * size < total else []
    return Reply(sections=[head, "\n".join(rows)], buttons=buttons, private=True)


def past_the_end(page: int, total: int, size: int) -> str:
    last = max(1, -(-total // size))
    return (
        f"Page {page} is past the end: there {'is' if last == 1 else 'are'} {last} page"
        + ("s" if last != 1 else "")
        + f" ({total} in all)."
    )


def page_of(fields: dict[str, str]) -> int:
    """The page= asked for; a number too big for any list is answered in words, not with a
    database overflow (SQLite stops at 2**63)."""
    raw = fields.pop("page", "1").strip()
    if not raw.isdigit():
        return 1
    if len(raw) > 7 or int(raw) > MAX_PAGE:
        shown = raw if len(raw) <= 12 else raw[:12] + "…"
        raise UserError(f"There is no page {shown}: lists have at most {MAX_PAGE:,} pages.")
    return max(1, int(raw))
