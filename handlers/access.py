"""Who may talk to the core, the same for every platform (Errbot's ``check_command_access``).

Every message passes :func:`admit` inside :meth:`handlers.core.Bot.handle`, before any
command runs, so no adapter needs a gate of its own. Each platform has a :class:`Policy`:

- ``open``: whoever the platform lets in is a member on first contact. A Slack team that
  installed the app is such a room: Slack already decided who is in it.
- ``invite``: a Telegram bot can be found by anyone, so only members get through. A
  stranger may still reach three ordinary commands: ``/start CODE`` and ``link CODE``
  (an invite or a link code, redeemed here) and, in a group, ``/link`` (an admin binds
  the group to their workspace). Everyone else is told how to join, and nothing else.

Admin bootstrap is one rule (:func:`bootstrap_role`): the platform ids an operator listed
(``TELEGRAM_ADMIN_IDS``), the first user of a fresh workspace (the console, a first Slack
message), and the person who installed the app in a workspace that has no admin yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from handlers.types import Button, Incoming, Reply, Sender
from storage import members as m
from storage.db import transaction
from storage.errors import UserError
from storage.models import ConversationState, User, Workspace
from storage.senders import SenderRows, sender_in_chat, sender_in_workspace
from storage.workspaces import (
    ensure_user,
    find_identity,
    get_or_create_workspace,
    has_active_admin,
    user_count,
)

OPEN = "open"
INVITE = "invite"

# Answers at the gate are the same on every platform; ``{p}`` is how a command is typed
# there (the policy's ``command_prefix``: "/" on Telegram, nothing in Slack or the console).
REFUSAL = (
    "Hi! I'm a private CRM bot: only members of a team's workspace can use me. "
    "If you have an invite code, send {p}start CODE (or open your invite link). "
    "Otherwise ask your team's admin for an invite."
)
GROUP_REFUSAL = (
    "Sorry, only members of this group's CRM workspace can use me; ask an admin for an invite."
)
GROUP_UNLINKED = (
    "This group is not connected to a CRM workspace yet. An admin of a workspace can connect it "
    "by sending {p}link here."
)
BUTTON_REFUSAL = "Only members of this workspace can use this."
BUTTON_EXPIRED = "This button has expired; send the command again."
REMOVED = "Your access to this CRM was removed; ask an admin."
NOT_CONNECTED = "This chat is not connected to a CRM workspace."

TZ_CHOICES = (
    "Europe/London",
    "Europe/Madrid",
    "Europe/Berlin",
    "Europe/Moscow",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Almaty",
    "UTC",
)

_CODE_CMD = re.compile(r"^/?(start|link)\s+([A-Za-z0-9_-]{1,64})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Policy:
    """How one platform admits people.

    Attributes:
        mode: ``open`` (first contact makes a member) or ``invite`` (members only).
        admin_ids: platform user ids that are always admins of ``default_workspace``.
        default_workspace: the workspace the listed admins bootstrap (created if missing).
        timezone: time zone of a workspace created by that bootstrap.
        currency: currency of a workspace created by that bootstrap.
        ask_timezone: the platform sends no time zone (Telegram): a new member, and one
            who says ``start`` or ``me`` without a zone, is offered common zones.
        command_prefix: how a command is typed on the platform ("/" on Telegram), so the
            gate's answers name commands as the person will type them.
        numbered_buttons: the platform shows buttons with their numbers (the console's
            "[1] Undo"), so a typed number may press any of them; where it does not, a
            number answers only a question's choices.
    """

    mode: str = OPEN
    admin_ids: frozenset[str] = frozenset()
    default_workspace: str = "default"
    timezone: str = "UTC"
    currency: str = "EUR"
    ask_timezone: bool = False
    command_prefix: str = ""
    numbered_buttons: bool = True

    def __post_init__(self) -> None:
        if self.mode not in (OPEN, INVITE):
            raise ValueError(f"access mode is '{OPEN}' or '{INVITE}', not {self.mode!r}")

    def say(self, text: str) -> str:
        """One of the gate's texts, with commands written as this platform types them."""
        return text.replace("{p}", self.command_prefix)


OPEN_POLICY = Policy()


@dataclass
class Admitted:
    """A member let through: their workspace and user, and the text the core should run."""

    workspace: Workspace
    user: User
    text: str
    ask_timezone: bool = False
    # The sender's conversation row in the message's channel, when the gate read it with
    # the member (one statement for both); ``conversation_read`` False: not looked up.
    conversation: ConversationState | None = None
    conversation_read: bool = False


# ---- the one rule for admins ----------------------------------------------------------------


def bootstrap_role(
    session: Session, ws: Workspace, policy: Policy, sender: Sender, *, installer: bool = False
) -> str:
    """The role a newcomer gets: the one rule that makes a workspace's first admins.

    Admin when the operator listed the sender's id, when the workspace has no user yet
    (the first person in a fresh workspace), or, for the person who installed the app,
    when it has no active admin (an install never demotes or promotes over an admin).
    Everyone else starts as a rep.
    """
    if sender.platform_user_id in policy.admin_ids:
        return "admin"
    if user_count(session, ws) == 0:
        return "admin"
    if installer and not has_active_admin(session, ws):
        return "admin"
    return "rep"


def join(
    session: Session, ws: Workspace, policy: Policy, sender: Sender, *, installer: bool = False
) -> tuple[User, bool]:
    """The member behind ``sender``, created on first contact with :func:`bootstrap_role`.

    Returns the user and whether they were created now.
    """
    user = find_identity(session, ws, sender.platform, sender.platform_user_id)
    if user is not None:
        if installer and user.role != "admin" and not has_active_admin(session, ws):
            user.role = "admin"  # nobody could administer the workspace otherwise
        return user, False
    role = bootstrap_role(session, ws, policy, sender, installer=installer)
    user = ensure_user(
        session,
        ws,
        sender.platform,
        sender.platform_user_id,
        sender.display_name,
        timezone=sender.timezone,
        role=role,
    )
    return user, True


def register_installer(
    sessions: sessionmaker[Session], workspace_id: int, policy: Policy, installer: Sender
) -> str:
    """The person who installed the app (Slack's OAuth): a member, admin only of a workspace
    with no active admin. Anyone who may install apps can walk through the install again,
    so an install never changes a role otherwise. Returns the installer's role."""
    with transaction(sessions) as s:
        ws = s.get(Workspace, workspace_id)
        assert ws is not None
        user, _ = join(s, ws, policy, installer, installer=True)
        return user.role


def may_fetch_files(
    sessions: sessionmaker[Session],
    policy: Policy,
    platform: str,
    platform_user_id: str,
    workspace_id: int | None = None,
    admin_only: bool = True,
) -> bool:
    """Who may make the bot download a shared file: admins to import, members to attach
    (``admin_only=False``: any active member; never a stranger).

    Checked at the edge before any download, so strangers and ordinary members cannot
    make the bot fetch files; the core still decides for the chat's own workspace.
    A listed admin id may. In an ``open`` room (``workspace_id`` known) a known member
    must be an active admin, and someone not yet known may (they may become the
    workspace's first admin on this very message). Elsewhere, an admin of some
    workspace on this platform may.
    """
    if platform_user_id in policy.admin_ids:
        return True
    with transaction(sessions) as s:
        if policy.mode == OPEN and workspace_id:
            ws = s.get(Workspace, workspace_id)
            user = find_identity(s, ws, platform, platform_user_id) if ws is not None else None
            if user is None:
                return True
            return user.active and (user.role == "admin" or not admin_only)
        return any(
            u.active and (u.role == "admin" or not admin_only)
            for _w, u in m.workspaces_of(s, platform, platform_user_id)
        )


# ---- the gate ---------------------------------------------------------------------------


def admit(session: Session, policy: Policy, inc: Incoming, now: datetime) -> Admitted | Reply:
    """Let a member through, or answer at the gate (a refusal, a redeemed code).

    Writes (a new member, a bound chat, a redeemed code) are left to the caller's
    transaction.
    """
    if policy.mode == OPEN:
        return _admit_open(session, policy, inc)
    return _admit_invited(session, policy, inc, now)


def _admit_open(session: Session, policy: Policy, inc: Incoming) -> Admitted | Reply:
    if not inc.workspace_id:
        return Reply.error(NOT_CONNECTED)
    sender = inc.sender
    rows = sender_in_workspace(
        session, inc.workspace_id, sender.platform, sender.platform_user_id, inc.conversation
    )
    ws, user = rows.workspace, rows.user
    if ws is None:
        return Reply.error(NOT_CONNECTED)
    if user is None:  # first contact: a member now (the same rule as join's)
        user, _created = join(session, ws, policy, sender)
    if not user.active:
        return Reply.error(REMOVED)
    return _with_conversation(Admitted(ws, user, inc.text), rows)


def _with_conversation(admitted: Admitted, rows: SenderRows | None) -> Admitted:
    """The conversation row the gate's lookup brought along, for the core to use: only
    when that same lookup found the member let through (a newcomer has none yet)."""
    if rows is not None and rows.user is not None and rows.user is admitted.user:
        admitted.conversation, admitted.conversation_read = rows.conversation, True
    return admitted


def _admit_invited(
    session: Session, policy: Policy, inc: Incoming, now: datetime
) -> Admitted | Reply:
    text = inc.text
    pressed = inc.action is not None or inc.button_token is not None
    if not pressed:
        early = _codes_and_links(session, policy, inc, now)
        if isinstance(early, str):
            text = early
        elif early is not None:
            return early
    ws, user, created, rows = _resolve(session, policy, inc)
    if user is None:
        if pressed:
            return Reply.error(BUTTON_REFUSAL, popup=True)
        if ws is None and not inc.is_private:
            return Reply.say(policy.say(GROUP_UNLINKED))
        return Reply.say(policy.say(REFUSAL if inc.is_private else GROUP_REFUSAL))
    assert ws is not None
    ask_tz = (
        policy.ask_timezone
        and not pressed
        and user.timezone is None
        and (created or text.lower().lstrip("/").split("@")[0] in ("start", "me"))
    )
    return _with_conversation(Admitted(ws, user, text, ask_tz), rows)


def _resolve(
    session: Session, policy: Policy, inc: Incoming
) -> tuple[Workspace | None, User | None, bool, SenderRows | None]:
    """The chat's workspace and the sender's user there (None: not a member), and the
    rows of the one lookup that found them (the binding, the member and their
    conversation row), or None when they came another way."""
    platform, pid, chat_id = inc.sender.platform, inc.sender.platform_user_id, inc.chat_id
    bound = sender_in_chat(session, platform, chat_id, pid, inc.conversation)
    b, ws = bound.binding, bound.workspace
    rows = bound if ws is not None else None  # else found another way below, if at all
    if ws is None and inc.is_private:
        found = m.workspaces_of(session, platform, pid)
        if found:
            ws = found[0][0]
            m.bind_chat(session, ws, platform, chat_id, is_group=False)
    if pid in policy.admin_ids and (ws is None or ws.name == policy.default_workspace):
        if ws is None:
            ws = get_or_create_workspace(
                session, policy.default_workspace, policy.timezone, policy.currency
            )
        user, created = join(session, ws, policy, inc.sender)
        user.role, user.active = "admin", True
        if inc.is_private and b is None:
            m.bind_chat(session, ws, platform, chat_id, is_group=False, by=user)
        return ws, user, created, rows
    if ws is None:
        return None, None, False, None
    member = rows.user if rows is not None else find_identity(session, ws, platform, pid)
    if member is None or not member.active:
        return ws, None, False, rows
    return ws, member, False, rows


def _codes_and_links(
    session: Session, policy: Policy, inc: Incoming, now: datetime
) -> Reply | str | None:
    """``/start CODE``, ``link CODE`` and ``/link`` in a group: reachable by strangers.

    None when the text is none of those, a str when the core should run that instead
    (a member's ``link CODE`` merges two accounts: the ordinary ``link`` command).
    """
    platform, pid, chat_id = inc.sender.platform, inc.sender.platform_user_id, inc.chat_id
    words = inc.text.split()
    head = words[0].lower().lstrip("/").split("@", 1)[0] if words else ""
    if head == "link" and len(words) == 1 and not inc.is_private:
        return _link_group(session, policy, platform, chat_id, pid)
    match = _CODE_CMD.match(" ".join([head, *words[1:]]))
    if match is None:
        return None
    code = match.group(2)
    inv = m.find_invite(session, code)
    if inv is not None:
        try:
            joined = m.redeem_invite(session, inv, platform, pid, inc.sender.display_name, now)
        except UserError as exc:
            return _in(Reply.error(str(exc)), inv.workspace_id)
        if inc.is_private:
            ws, by = joined.workspace, joined.user
            m.bind_chat(session, ws, platform, chat_id, is_group=False, by=by)
        reply = Reply.say(
            f"👋 {joined.message}",
            policy.say("Type {p}help to see what I can do, e.g. {p}contact add Maria Lopez"),
        )
        return _in(_maybe_tz(policy, joined.user, reply), joined.workspace.id)
    row = m.find_link_code(session, code)
    if row is None:
        if head == "start":
            return None  # "/start something" from a member: plain help
        return Reply.error("I don't know that code; ask for a new one.")
    if not inc.is_private:
        try:
            ws = m.redeem_link_for_chat(session, row, platform, chat_id, now)
        except UserError as exc:
            return _in(Reply.error(str(exc)), row.workspace_id)
        return _in(Reply.say(f"✅ This group is now connected to the workspace {ws.name}."), ws.id)
    code_ws = session.get(Workspace, row.workspace_id)
    member = find_identity(session, code_ws, platform, pid) if code_ws is not None else None
    if member is not None and member.active and member.id != row.user_id:
        return f"link {code}"  # a member there: the core merges the two accounts
    try:
        joined = m.redeem_link_for_person(session, row, platform, pid, now)
    except UserError as exc:
        return _in(Reply.error(str(exc)), row.workspace_id)
    m.bind_chat(session, joined.workspace, platform, chat_id, is_group=False, by=joined.user)
    reply = Reply.say(f"🔗 {joined.message}")
    return _in(_maybe_tz(policy, joined.user, reply), joined.workspace.id)


def _link_group(session: Session, policy: Policy, platform: str, chat_id: str, pid: str) -> Reply:
    current = m.binding(session, platform, chat_id)
    if current is not None:
        ws = session.get(Workspace, current.workspace_id)
        assert ws is not None
        return _in(Reply.say(f"This group is connected to the workspace {ws.name}."), ws.id)
    admin_of = [(w, u) for w, u in m.workspaces_of(session, platform, pid) if u.role == "admin"]
    if not admin_of:
        return Reply.error(
            "Only a workspace admin can connect a group. An admin can also send 'link' to "
            + policy.say("me (here or on another platform) and then {p}link CODE in this group.")
        )
    if len(admin_of) > 1:
        names = ", ".join(w.name for w, _ in admin_of)
        return Reply.error(
            f"You are an admin of several workspaces ({names}). Send 'link' in the one you "
            + policy.say("want, then {p}link CODE here.")
        )
    ws, user = admin_of[0]
    m.bind_chat(session, ws, platform, chat_id, is_group=True, by=user)
    return _in(
        Reply.say(
            f"✅ This group is now connected to the workspace {ws.name}.",
            policy.say(
                "Members can use commands here ({p}help), reply to my messages or mention me."
            ),
        ),
        ws.id,
    )


def _in(reply: Reply, workspace_id: int) -> Reply:
    """A gate answer tagged with its workspace (the edge stores its buttons there)."""
    reply.workspace_id = workspace_id
    return reply


def _maybe_tz(policy: Policy, user: User, reply: Reply) -> Reply:
    if policy.ask_timezone and user.timezone is None:
        return with_tz_question(reply, policy)
    return reply


def with_tz_question(reply: Reply, policy: Policy = OPEN_POLICY) -> Reply:
    """A platform that sends no time zone: offer common ones as buttons, or 'me tz Zone/Name'."""
    return Reply(
        sections=[
            *reply.sections,
            "🕒 Which time zone are you in? This chat doesn't tell me, and reminders need it.",
            policy.say("Other zone: send {p}me tz Zone/Name, e.g. {p}me tz Asia/Tokyo"),
        ],
        buttons=reply.buttons,
        choices=[*reply.choices, *(Button(z, f"me tz {z}") for z in TZ_CHOICES)],
        image=reply.image,
        image_name=reply.image_name,
        ok=reply.ok,
        private=reply.private,
        workspace_id=reply.workspace_id,
    )
