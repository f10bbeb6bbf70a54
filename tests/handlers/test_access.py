"""Who may talk (handlers/access.py), through the console bot as Errbot's testbot does.

The console speaks for any platform: ``ConsoleAdapter(platform="telegram")`` is a
Telegram user as far as the core knows, so both policies are tested on the real path.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.console import ConsoleAdapter
from handlers import access
from handlers.core import Bot
from handlers.types import Sender
from storage.db import transaction
from storage.members import binding, create_invite, store_actions
from storage.models import Identity, User, Workspace

INVITE = access.Policy(
    mode=access.INVITE, admin_ids=frozenset({"root"}), ask_timezone=True, command_prefix="/"
)
REFUSAL, GROUP_UNLINKED = INVITE.say(access.REFUSAL), INVITE.say(access.GROUP_UNLINKED)


@pytest.fixture
def invite_bot(bot: Bot) -> Bot:
    bot.policies["telegram"] = INVITE
    return bot


def tg(bot: Bot, who: str, *, chat: str | None = None, private: bool = True) -> ConsoleAdapter:
    return ConsoleAdapter(bot, 0, who, platform="telegram", chat_id=chat, private=private)


def users(sessions: sessionmaker[Session], ws_id: int) -> dict[str, tuple[str, bool]]:
    with sessions() as s:
        rows = s.scalars(select(User).where(User.workspace_id == ws_id)).all()
        return {u.display_name: (u.role, u.active) for u in rows}


def identities(sessions: sessionmaker[Session], pid: str) -> int:
    with sessions() as s:
        q = select(func.count()).select_from(Identity).where(Identity.platform_user_id == pid)
        return s.scalar(q) or 0


# ---- open: the platform decided who is in the room -------------------------------------------


def test_open_first_contact_makes_a_member_and_the_first_is_admin(
    console: ConsoleAdapter, bot: Bot, ws_id: int, sessions: sessionmaker[Session]
) -> None:
    assert "admin" in console.say("me")
    bob = ConsoleAdapter(bot, ws_id, "bob", "Europe/Madrid")
    assert "Maria Lopez" in bob.say("contact add Maria Lopez")
    assert users(sessions, ws_id) == {"ana": ("admin", True), "bob": ("rep", True)}


def test_open_removed_member_is_refused(
    console: ConsoleAdapter, bot: Bot, ws_id: int, sessions: sessionmaker[Session]
) -> None:
    console.say("me")
    bob = ConsoleAdapter(bot, ws_id, "bob")
    bob.say("me")
    assert "removed" in console.say("remove member bob")
    assert bob.say("pipeline") == access.REMOVED


def test_open_unknown_workspace_is_not_connected(bot: Bot) -> None:
    assert ConsoleAdapter(bot, 9999, "zed").say("me") == access.NOT_CONNECTED


# ---- invite: members only; codes reach strangers ----------------------------------------------


def test_invite_stranger_is_refused_and_leaves_no_trace(
    invite_bot: Bot, console: ConsoleAdapter, sessions: sessionmaker[Session]
) -> None:
    console.say("contact add Maria Lopez email=maria@acme.com")
    eve = tg(invite_bot, "eve")
    assert eve.say("contact show Maria") == REFUSAL
    assert "maria" not in eve.say("contact list").lower()
    assert identities(sessions, "eve") == 0


def test_invite_code_joins_once_and_the_member_then_works(
    invite_bot: Bot, console: ConsoleAdapter, ws_id: int, sessions: sessionmaker[Session]
) -> None:
    code = re.search(r"invite code: ([A-Za-z0-9_-]+)", console.say("invite"))
    assert code is not None
    bob = tg(invite_bot, "bob")
    joined = bob.say(f"/start {code.group(1)}")
    assert "joined as rep" in joined and "time zone" in joined  # Telegram sends no zone
    assert "Acme" in bob.say("contact add Acme Corp")
    assert "already used" in tg(invite_bot, "eve").say(f"/start {code.group(1)}")
    assert tg(invite_bot, "eve").say("pipeline") == REFUSAL
    assert users(sessions, ws_id)["bob"] == ("rep", True)


def test_invite_removed_member_loses_access(
    invite_bot: Bot, console: ConsoleAdapter, ws_id: int, sessions: sessionmaker[Session]
) -> None:
    console.say("me")  # ana, the first user: the admin
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        code = create_invite(s, ws, "rep").code
    bob = tg(invite_bot, "bob")
    bob.say(f"start {code}")
    assert "removed" in console.say("remove member bob")
    assert bob.say("pipeline") == REFUSAL


def test_admin_ids_bootstrap_the_default_workspace(
    invite_bot: Bot, sessions: sessionmaker[Session], ws_id: int
) -> None:
    reply = tg(invite_bot, "root").say("me")
    assert "admin" in reply and "workspace: default" in reply and "time zone" in reply
    assert users(sessions, ws_id)["root"] == ("admin", True)


def test_link_code_from_the_console_links_an_invite_platform_account(
    invite_bot: Bot, console: ConsoleAdapter, ws_id: int, sessions: sessionmaker[Session]
) -> None:
    code = re.search(r"valid 1 hour\): (\S+)", console.say("link"))
    assert code is not None
    ana_tg = tg(invite_bot, "ana-tg")
    assert "Linked" in ana_tg.say(f"/start {code.group(1)}")
    assert "ana" in ana_tg.say("me")
    assert list(users(sessions, ws_id)) == ["ana"]  # one CRM user, two identities
    assert "already used" in tg(invite_bot, "bob").say(f"link {code.group(1)}")


def test_unknown_code_is_said_and_start_without_one_is_help(
    invite_bot: Bot, console: ConsoleAdapter
) -> None:
    assert "don't know that code" in tg(invite_bot, "eve").say("link nosuchcode")
    assert tg(invite_bot, "eve").say("start nosuchcode") == REFUSAL
    assert "help" in tg(invite_bot, "root").say("start whatever").lower()


def test_groups_are_bound_by_an_admin_and_still_members_only(
    invite_bot: Bot, sessions: sessionmaker[Session], ws_id: int
) -> None:
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        code = create_invite(s, ws, "admin").code
    assert "joined as admin" in tg(invite_bot, "amy").say(f"/start {code}")
    group = tg(invite_bot, "amy", chat="-100", private=False)
    assert group.say("pipeline") == GROUP_UNLINKED
    assert "connected to the workspace default" in group.say("/link")
    assert "Gina Group" in group.say("contact add Gina Group")
    assert tg(invite_bot, "eve", chat="-100", private=False).say("pipeline") == (
        access.GROUP_REFUSAL
    )
    assert "Only a workspace admin" in tg(invite_bot, "eve", chat="-200", private=False).say(
        "/link"
    )
    with sessions() as s:
        b = binding(s, "telegram", "-100")
        assert b is not None and b.workspace_id == ws_id and b.is_group


def test_button_tokens_are_workspace_scoped_and_strangers_get_a_notice(
    invite_bot: Bot, sessions: sessionmaker[Session], ws_id: int
) -> None:
    root = tg(invite_bot, "root")
    root.say("me")
    with transaction(sessions) as s:
        (token,) = store_actions(s, ws_id, ["me tz Europe/Berlin"])
    stranger = tg(invite_bot, "eve").press(token)
    assert stranger.popup and stranger.text == access.BUTTON_REFUSAL
    expired = root.press("not-a-token")
    assert expired.popup and expired.text == access.BUTTON_EXPIRED
    pressed = root.press(token)
    assert pressed.ok and not pressed.popup and pressed.workspace_id == ws_id
    with sessions() as s:
        assert s.scalar(select(User.timezone).where(User.display_name == "root")) == (
            "Europe/Berlin"
        )


# ---- the one admin rule -----------------------------------------------------------------------


def test_bootstrap_role_is_one_rule(sessions: sessionmaker[Session], ws_id: int) -> None:
    who = Sender("slack", "U1", "Una")
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        assert access.bootstrap_role(s, ws, access.OPEN_POLICY, who) == "admin"  # first user
        first, _ = access.join(s, ws, access.OPEN_POLICY, who)
        assert first.role == "admin"
        second = Sender("slack", "U2", "Dos")
        assert access.bootstrap_role(s, ws, access.OPEN_POLICY, second) == "rep"
        listed = access.Policy(admin_ids=frozenset({"U2"}))
        assert access.bootstrap_role(s, ws, listed, second) == "admin"
        # an installer is admin only while the workspace has no active admin
        assert access.bootstrap_role(s, ws, access.OPEN_POLICY, second, installer=True) == "rep"
        first.active = False
        s.flush()
        assert access.bootstrap_role(s, ws, access.OPEN_POLICY, second, installer=True) == ("admin")


def test_a_policy_mode_is_open_or_invite() -> None:
    with pytest.raises(ValueError, match="open"):
        access.Policy(mode="anyone")


# ---- the gate's words fit the platform ------------------------------------------------------


def test_refusals_are_worded_for_the_platform_they_answer_on(bot: Bot, ws_id: int) -> None:
    """The same gate answers every platform: Telegram's commands take a slash; a platform
    without one (a Slack-like or console room run members-only) is told the bare command,
    and no answer names another platform."""
    bot.policies["telegram"] = INVITE
    bot.policies["chat"] = access.Policy(mode=access.INVITE, ask_timezone=True)
    on_tg = tg(bot, "eve").say("pipeline")
    on_chat = ConsoleAdapter(bot, 0, "eve", platform="chat", chat_id="D1").say("pipeline")
    assert "send /start CODE" in on_tg
    assert "send start CODE" in on_chat and "/start" not in on_chat
    group_tg = tg(bot, "eve", chat="-1", private=False).say("pipeline")
    group_chat = ConsoleAdapter(bot, 0, "eve", platform="chat", chat_id="G1", private=False)
    assert "by sending /link here" in group_tg
    unlinked = group_chat.say("pipeline")
    assert "by sending link here" in unlinked and "/link" not in unlinked
    for text in (on_tg, on_chat, group_tg, unlinked):
        assert "Telegram" not in text and "Slack" not in text and "{p}" not in text
    with transaction(bot.sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        codes = [create_invite(s, ws, "rep").code for _ in range(2)]
    joined_tg = tg(bot, "tina").say(f"/start {codes[0]}")
    joined_chat = ConsoleAdapter(bot, 0, "carl", platform="chat", chat_id="D2").say(
        f"start {codes[1]}"
    )
    assert "Type /help" in joined_tg and "send /me tz Zone/Name" in joined_tg
    assert "Type help to see" in joined_chat and "send me tz Zone/Name" in joined_chat
    assert not any(c in joined_chat for c in ("/help", "/contact", "/me tz"))
    assert "Telegram" not in joined_tg and "Telegram" not in joined_chat
