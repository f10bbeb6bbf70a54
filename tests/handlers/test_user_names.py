"""A display name is one member's: renames refuse a taken name, reports keep two
members who still share one apart, and lookups ask instead of picking one."""

from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleAdapter
from handlers.types import Sender
from storage import reports
from storage.context import Ctx
from storage.db import transaction
from storage.models import User, Workspace
from storage.teams import scope_for


def test_rename_refuses_a_name_another_member_has(bot, ws_id, console, console_bob):
    console_bob.say("me")
    rob = ConsoleAdapter(bot, ws_id, "rob", "Europe/Madrid")
    for name in ("bob", "BÓB", "ana"):
        assert "another member is already called" in rob.say(f"me name {name}"), name
    assert "number in brackets" in rob.say("me name bob (2)")
    assert "Saved" in rob.say("me name Robert")
    assert "Saved" in console_bob.say("me name BOB")  # your own name, another spelling


def _second_bob(bot, ws_id) -> ConsoleAdapter:
    """Another platform account whose name is also bob (old data, a Telegram join)."""
    other = ConsoleAdapter(bot, ws_id, "bob-tg", "Europe/Madrid")
    other.sender = Sender("console", "bob-tg", "bob", "Europe/Madrid")
    other.say("me")
    return other


def test_two_members_with_one_name_stay_apart(bot, ws_id, console, console_bob, sessions):
    console_bob.say("deal add First bob deal 1000 EUR")
    bob2 = _second_bob(bot, ws_id)
    bob2.say("deal add Second bob deal 7000 EUR")
    out = console.say("pipeline by owner")
    assert "bob (2)" in out
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        ana = s.scalar(select(User).where(User.role == "admin"))
        ctx = Ctx(session=s, workspace=ws, user=ana)
        data = reports.summary_json(reports.summarize(ctx, scope_for(s, ana), "owner"))
        rows = {r["key"]: r["open_amount"] for r in data["rows"]}
        assert rows == {"bob": "1000.00", "bob (2)": "7000.00"}
    out = console.say("pipeline by owner drill bob (2)")
    assert "Second bob deal" in out and "First bob deal" not in out
    # Lookups ask which one instead of picking one.
    out = console.say("settings role bob manager")
    assert "2 members are called 'bob'; say 'bob (1)' or 'bob (2)'" in out
    assert "2 members are called 'bob'" in console.say("remind @bob tomorrow 9am: call")
    assert "Saved" in console.say("settings role bob (2) manager")
    with transaction(sessions) as s:
        roles = [u.role for u in s.scalars(select(User).where(User.name_key == "bob"))]
        assert sorted(roles) == ["manager", "rep"]
        assert s.scalar(select(User).where(User.role == "manager")).id == max(
            s.scalars(select(User.id).where(User.name_key == "bob"))
        )
