"""invite, members, remove member, link: who is in the workspace, on any platform."""

from __future__ import annotations

import re
from datetime import timedelta

from handlers.args import parse_args
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import members as m
from storage.crm import reassign_counts
from storage.errors import UserError
from storage.models import ROLES
from storage.workspaces import find_user

_DURATION = re.compile(r"^(\d{1,3})\s*([hdw])$")


def _duration(text: str) -> timedelta:
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise UserError("expires takes hours, days or weeks, e.g. expires=7d or expires=12h")
    n, unit = int(match.group(1)), match.group(2)
    if n == 0:
        raise UserError("expires must be at least 1h")
    return {"h": timedelta(hours=n), "d": timedelta(days=n), "w": timedelta(weeks=n)}[unit]


@command("invite", "invite [rep|manager|admin|support] [expires=7d]", admin_only=True)
def invite(call: Call) -> Reply:
    """Create an invite to this workspace (admins). Single-use unless it has expires=.

    Examples: invite     invite manager     invite rep expires=7d (anyone with it, for a week)
    On Telegram the new member sends /start CODE to the bot (or opens its t.me link).
    """
    args = parse_args(call.rest)
    role = (args.words.strip().lower() or "rep").split()[0]
    if role not in ROLES:
        raise UserError(f"role is one of: {', '.join(ROLES)}")
    extra = set(args.fields) - {"expires"}
    if extra:
        raise UserError("invite takes a role and expires=, e.g. invite rep expires=7d")
    expires = _duration(args.fields["expires"]) if "expires" in args.fields else None
    ctx = call.ctx
    inv = m.create_invite(
        ctx.session, ctx.workspace, role, created_by=ctx.user, expires_in=expires, now=ctx.now
    )
    use = (
        f"valid until {inv.expires_at:%Y-%m-%d %H:%M} UTC for anyone who has it"
        if inv.expires_at
        else "single use"
    )
    links = [f"{platform.title()}: {url.format(code=inv.code)}" for platform, url in
             sorted(call.join_links.items())]  # fmt: skip
    return Reply.say(
        f"🎟 Invite to {ctx.workspace.name} as {role} ({use}):",
        f"invite code: {inv.code}",
        "\n".join(links),
        f"On Telegram: send /start {inv.code} to the bot.",
        private=True,
    )


@command("members", "members", aliases=("users",), words=False)
def members_cmd(call: Call) -> Reply:
    """Who is in this workspace, their role and the platforms they use."""
    rows = m.members(call.ctx.session, call.ctx.workspace)
    lines = [
        f"• {u.display_name} · {u.role}" + (f" · {', '.join(p)}" if p else "") for u, p in rows
    ]
    return Reply.say(f"{len(rows)} members of {call.ctx.workspace.name}", "\n".join(lines))


@command("remove member", "remove member NAME", aliases=("member remove",), admin_only=True)
def remove_member(call: Call) -> Reply:
    """Remove someone from this workspace (admins); their records stay, access ends.

    Hand their records to someone else with: settings reassign NAME to OTHER
    """
    name = call.rest.strip()
    if not name:
        raise UserError("Who? Example: remove member Bob")
    user = find_user(call.ctx.session, call.ctx.workspace, name)
    if user is None:
        raise UserError(f"No member named '{name}'. Type 'members' to see who is here.")
    m.remove_member(call.ctx, user)
    done = f"✅ {user.display_name} was removed from {call.ctx.workspace.name}."
    owned = {k: n for k, n in reassign_counts(call.ctx, user).items() if n}
    if not owned:
        return Reply.say(done)
    # Their records stay theirs, and the automatic follow-ups (stale deals, close dates,
    # birthdays, keep-in-touch) go only to active members: said here, with the hand-over,
    # or a departed rep's deals went quiet and nobody was told.
    what = ", ".join(f"{n} {k}" for k, n in owned.items())
    me = call.ctx.user.display_name
    return Reply(
        sections=[
            done,
            f"⚠️ {user.display_name} still owns {what}. Nobody gets their reminders or the "
            f"automatic follow-ups on them until they are handed over: "
            f"settings reassign {user.display_name} to NAME",
        ],
        buttons=[Button(f"Hand them to {me}", f"settings reassign {user.display_name} to {me}")],
    )


@command("link", "link [CODE]")
def link(call: Call) -> Reply:
    """Use one CRM account from several platforms, or connect a group.

    link            make a one-time code (valid 1 hour) for your other account
    link CODE       (from your other account) join it to the account that made CODE
    On Telegram: send /start CODE to the bot; an admin's code sent as /link CODE in a group
    connects that group to this workspace.
    """
    code = call.rest.strip()
    ctx = call.ctx
    if not code:
        row = m.create_link_code(ctx)
        return Reply.say(
            f"🔗 Your link code (single use, valid 1 hour): {row.code}",
            f"On Telegram: send /start {row.code} to the bot"
            + (" (or /link " + row.code + " in a group to connect it)" if ctx.is_admin else "")
            + f".\nOn another platform: send 'link {row.code}' from your account there.",
            private=True,
        )
    found = m.find_link_code(ctx.session, code)
    if found is None:
        raise UserError("I don't know that link code; make a new one with 'link'.")
    row = found
    target = m.merge_into(ctx, row)
    return Reply.say(f"✅ Linked: this account is now {target.display_name}.")
