"""Who may use the bot: invites, link codes, chat bindings, removal, button actions.

Platform-free (the Telegram adapter is the first user; Slack may reuse it). Codes are
``A-Za-z0-9_-`` and at most 64 characters, which is Telegram's deep-link limit, so one
code works as ``/start CODE``, ``https://t.me/<bot>?start=CODE`` and a typed ``link CODE``.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import ROLES, Identity, User, Workspace
from storage.models_members import ButtonAction, ChatBinding, Invite, LinkCode
from storage.text import name_key
from storage.types import utcnow
from storage.workspaces import check_keeps_an_admin

CODE_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
LINK_TTL = timedelta(hours=1)


def new_code(prefix: str = "") -> str:
    """A random code: 96 bits, URL-safe, well under Telegram's 64-character limit."""
    return prefix + secrets.token_urlsafe(12)


# ---- invites ------------------------------------------------------------------------------


def create_invite(
    session: Session,
    ws: Workspace,
    role: str = "rep",
    *,
    created_by: User | None = None,
    expires_in: timedelta | None = None,
    now: datetime | None = None,
) -> Invite:
    """Single-use without ``expires_in``; with it, reusable until it expires."""
    if role not in ROLES:
        raise UserError(f"role is one of: {', '.join(ROLES)}")
    now = now or utcnow()
    inv = Invite(
        workspace_id=ws.id,
        code=new_code("i"),
        role=role,
        max_uses=None if expires_in else 1,
        uses=0,
        expires_at=now + expires_in if expires_in else None,
        created_by_id=created_by.id if created_by else None,
        created_at=now,
    )
    session.add(inv)
    session.flush()
    return inv


def find_invite(session: Session, code: str) -> Invite | None:
    if not CODE_RE.match(code):
        return None
    return session.scalar(select(Invite).where(Invite.code == code))


def invite_usable(inv: Invite, now: datetime) -> str | None:
    """None when the invite can be used; else why not (for the user)."""
    if inv.revoked_at is not None:
        return "This invite was revoked; ask an admin for a new one."
    if inv.expires_at is not None and inv.expires_at <= now:
        return "This invite has expired; ask an admin for a new one."
    if inv.max_uses is not None and inv.uses >= inv.max_uses:
        return "This invite was already used; ask an admin for a new one."
    return None


@dataclass
class Joined:
    workspace: Workspace
    user: User
    new: bool  # a new CRM user (else an existing member came back or linked)
    message: str


def add_identity(
    session: Session, ws: Workspace, user: User, platform: str, platform_user_id: str
) -> None:
    session.add(
        Identity(
            workspace_id=ws.id,
            user_id=user.id,
            platform=platform,
            platform_user_id=platform_user_id,
        )
    )
    session.flush()


def _member(session: Session, ws_id: int, platform: str, pid: str) -> User | None:
    return session.scalar(
        select(User)
        .join(Identity, Identity.user_id == User.id)
        .where(
            Identity.workspace_id == ws_id,
            Identity.platform == platform,
            Identity.platform_user_id == pid,
        )
    )


def redeem_invite(
    session: Session,
    inv: Invite,
    platform: str,
    pid: str,
    display_name: str,
    now: datetime | None = None,
) -> Joined:
    now = now or utcnow()
    ws = session.get(Workspace, inv.workspace_id)
    assert ws is not None
    existing = _member(session, ws.id, platform, pid)
    if existing is not None and existing.active:
        return Joined(ws, existing, False, f"You are already a member of {ws.name}.")
    problem = invite_usable(inv, now)
    if problem:
        raise UserError(problem)
    if existing is not None:  # removed earlier, invited back
        existing.active = True
        existing.role = inv.role
        user = existing
    else:
        user = User(
            workspace_id=ws.id,
            display_name=display_name,
            name_key=name_key(display_name),
            role=inv.role,
        )
        session.add(user)
        session.flush()
        add_identity(session, ws, user, platform, pid)
    inv.uses += 1
    inv.used_by_id = user.id
    inv.used_at = now
    _audit(session, ws, user, "join", user, None, now)
    return Joined(ws, user, existing is None, f"Welcome to {ws.name}! You joined as {inv.role}.")


# ---- link codes ---------------------------------------------------------------------------


def create_link_code(ctx: Ctx) -> LinkCode:
    row = LinkCode(
        workspace_id=ctx.ws_id,
        code=new_code("l"),
        user_id=ctx.user.id,
        expires_at=ctx.now + LINK_TTL,
        created_at=ctx.now,
    )
    ctx.session.add(row)
    ctx.session.flush()
    return row


def find_link_code(session: Session, code: str) -> LinkCode | None:
    if not CODE_RE.match(code):
        return None
    return session.scalar(select(LinkCode).where(LinkCode.code == code))


def _check_link(row: LinkCode, now: datetime) -> None:
    if row.used_at is not None:
        raise UserError("This link code was already used; create a new one with 'link'.")
    if row.expires_at <= now:
        raise UserError("This link code has expired; create a new one with 'link'.")


def redeem_link_for_person(
    session: Session, row: LinkCode, platform: str, pid: str, now: datetime | None = None
) -> Joined:
    """This platform account becomes one more identity of the code's user."""
    now = now or utcnow()
    ws = session.get(Workspace, row.workspace_id)
    owner = session.get(User, row.user_id)
    assert ws is not None and owner is not None
    existing = _member(session, ws.id, platform, pid)
    if existing is not None and existing.id == owner.id:
        return Joined(ws, owner, False, f"This account is already linked to {owner.display_name}.")
    if existing is not None:
        raise UserError(
            f"This account is already {existing.display_name} in {ws.name}; "
            "an admin can merge the two with 'settings reassign'."
        )
    if not owner.active:
        raise UserError("That code belongs to a removed member.")
    _check_link(row, now)
    add_identity(session, ws, owner, platform, pid)
    row.used_at, row.used_by = now, f"{platform}:{pid}"
    _audit(session, ws, owner, "link", owner, None, now)
    return Joined(
        ws, owner, False, f"Linked: this account is now {owner.display_name} in {ws.name}."
    )


def redeem_link_for_chat(
    session: Session, row: LinkCode, platform: str, chat_id: str, now: datetime | None = None
) -> Workspace:
    """A group joins the code's workspace; only an admin's code may do that."""
    now = now or utcnow()
    owner = session.get(User, row.user_id)
    ws = session.get(Workspace, row.workspace_id)
    assert owner is not None and ws is not None
    if owner.role != "admin":
        raise UserError("Only an admin's link code can connect a group.")
    _check_link(row, now)
    bind_chat(session, ws, platform, chat_id, is_group=True, by=owner)
    row.used_at, row.used_by = now, f"{platform}:chat:{chat_id}"
    return ws


def merge_into(ctx: Ctx, row: LinkCode) -> User:
    """``link CODE`` typed by a member: their identities and records move to the code's user."""
    _check_link(row, ctx.now)
    if row.workspace_id != ctx.ws_id:
        raise UserError(
            "That code is for another workspace; send it from an account that is not a member "
            "yet (e.g. /start CODE on Telegram)."
        )
    target = ctx.session.get(User, row.user_id)
    assert target is not None
    source = ctx.user
    if target.id == source.id:
        raise UserError("That is your own code; use it from your other account.")
    if target.role != "admin":
        check_keeps_an_admin(ctx.session, source)  # this account is about to be closed
    from storage.crm import reassign

    reassign(ctx, source, target)
    for ident in list(source.identities):
        ident.user_id = target.id
    before = snapshot(source)
    source.active = False
    record(ctx, "update", source, before)
    row.used_at, row.used_by = ctx.now, f"user:{source.id}"
    ctx.session.flush()
    return target


# ---- chats --------------------------------------------------------------------------------


def binding(session: Session, platform: str, chat_id: str) -> ChatBinding | None:
    return session.scalar(
        select(ChatBinding).where(ChatBinding.platform == platform, ChatBinding.chat_id == chat_id)
    )


def bind_chat(
    session: Session,
    ws: Workspace,
    platform: str,
    chat_id: str,
    *,
    is_group: bool,
    by: User | None = None,
) -> ChatBinding:
    row = binding(session, platform, chat_id)
    if row is None:
        row = ChatBinding(platform=platform, chat_id=chat_id, workspace_id=ws.id)
        session.add(row)
    row.workspace_id, row.is_group = ws.id, is_group
    row.bound_by_id = by.id if by else None
    session.flush()
    return row


def workspaces_of(session: Session, platform: str, pid: str) -> list[tuple[Workspace, User]]:
    """Every workspace where this platform account is an active member."""
    rows = session.execute(
        select(Workspace, User)
        .join(Identity, Identity.workspace_id == Workspace.id)
        .join(User, User.id == Identity.user_id)
        .where(
            Identity.platform == platform, Identity.platform_user_id == pid, User.active.is_(True)
        )
        .order_by(Identity.id.desc())
    )
    return [(w, u) for w, u in rows]


# ---- members ------------------------------------------------------------------------------


def members(session: Session, ws: Workspace) -> list[tuple[User, list[str]]]:
    users = session.scalars(
        select(User).where(User.workspace_id == ws.id, User.active.is_(True)).order_by(User.id)
    )
    out = []
    for u in users:
        platforms = sorted({i.platform for i in u.identities if i.platform != "demo"})
        out.append((u, platforms))
    return out


def remove_member(ctx: Ctx, user: User) -> None:
    if user.id == ctx.user.id:
        raise UserError("You can't remove yourself; ask another admin.")
    if not user.active:
        raise UserError(f"{user.display_name} is not a member any more.")
    check_keeps_an_admin(ctx.session, user)
    before = snapshot(user)
    user.active = False
    record(ctx, "update", user, before)


def _audit(
    session: Session,
    ws: Workspace,
    user: User,
    action: str,
    obj: User,
    before: dict[str, object] | None,
    now: datetime,
) -> None:
    record(Ctx(session=session, workspace=ws, user=user, now=now), action, obj, before)


# ---- buttons ---------------------------------------------------------------


def store_actions(session: Session, ws_id: int, actions: list[str]) -> list[str]:
    """Tokens (16 characters) for the button actions, kept server-side."""
    tokens = []
    for action in actions:
        token = secrets.token_urlsafe(12)
        session.add(ButtonAction(workspace_id=ws_id, token=token, action=action))
        tokens.append(token)
    session.flush()
    return tokens


def load_action(session: Session, ws_id: int, token: str) -> str | None:
    """The action behind a token, only within the workspace it was made for."""
    return session.scalar(
        select(ButtonAction.action).where(
            ButtonAction.token == token, ButtonAction.workspace_id == ws_id
        )
    )


def prune_actions(session: Session, older_than: datetime) -> int:
    res = session.execute(delete(ButtonAction).where(ButtonAction.created_at < older_than))
    return res.rowcount or 0  # type: ignore[attr-defined]
