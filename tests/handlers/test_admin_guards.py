"""A workspace always keeps an admin: only an admin can hand out roles again."""

from __future__ import annotations

import re

from sqlalchemy import select

from storage.db import transaction
from storage.models import User


def _roles(sessions):
    with transaction(sessions) as s:
        return {u.display_name: (u.role, u.active) for u in s.scalars(select(User))}


def test_the_last_admin_cannot_be_demoted(console, console_bob, sessions):
    console_bob.say("me")
    out = console.say("settings role ana rep")
    assert "ana is the only admin of this workspace" in out
    assert _roles(sessions)["ana"] == ("admin", True)
    assert "Saved" in console.say("settings role bob admin")
    assert "Saved" in console_bob.say("settings role ana manager")  # bob is admin now
    assert "bob is the only admin" in console_bob.say("settings role bob rep")
    assert _roles(sessions) == {"ana": ("manager", True), "bob": ("admin", True)}


def test_the_last_admin_cannot_close_their_account_by_linking(console, console_bob, sessions):
    code = re.search(r"valid 1 hour\): (\S+)", console_bob.say("link")).group(1)
    assert "ana is the only admin" in console.say(f"link {code}")
    assert _roles(sessions) == {"ana": ("admin", True), "bob": ("rep", True)}
