"""An offer to create an unknown record ("Create contact 'Peter Parker' and log") is the
question's one answer, taken once. It was a card's button: a second press of it (or a late
one after "1" was typed) ran the log again, a second call on the same Peter Parker, and a
second tap of an account's "Create" made a second account (handlers/question_once.py)."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.console import render
from handlers.question_once import ANSWERED
from handlers.types import Incoming
from storage.db import transaction
from storage.models import Account, Activity, Contact


def press(console, action: str) -> str:
    """A button of an earlier message pressed (as Slack and Telegram send one)."""
    return render(
        console.bot.handle(
            Incoming(
                workspace_id=console.workspace_id,
                sender=console.sender,
                channel="console",
                is_private=True,
                chat_id=console.chat_id,
                action=action,
            )
        )
    )


def counts(sessions) -> tuple[int, int, int]:
    with transaction(sessions) as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m)) for m in (Contact, Account, Activity)
        )


def test_the_create_offer_typed_then_pressed_runs_once(console, sessions):
    out = console.say("log call Peter Parker: wants a demo")
    assert "Create contact 'Peter Parker' and log" in out
    assert "Logged call" in console.say("1")
    assert press(console, "log call Peter Parker: wants a demo create=yes") == ANSWERED
    assert counts(sessions) == (1, 0, 1)


def test_the_create_offer_pressed_twice_runs_once(console, sessions):
    console.say("log call Mary Jane: wants a demo")
    assert "Logged call" in press(console, "log call Mary Jane: wants a demo create=yes")
    assert press(console, "log call Mary Jane: wants a demo create=yes") == ANSWERED
    assert counts(sessions) == (1, 0, 1)


def test_did_you_mean_offer_is_answered_once(console, sessions):
    console.say("contact add Peter Gibbons")
    out = console.say("email peter the contract: sent it")
    assert "Did you mean Peter Gibbons?" in out
    assert "Logged email" in console.say("1")
    assert press(console, "email peter the contract: sent it create=yes") == ANSWERED
    assert counts(sessions) == (1, 0, 1)


def test_a_lookups_create_offer_is_answered_once(console, sessions):
    out = console.say("contact show Zed Zulu")
    assert "I found no contact matching 'Zed Zulu'. Want me to create it?" in out
    assert "Zed Zulu" in console.say("yes")
    assert press(console, "contact add Zed Zulu") == ANSWERED
    assert counts(sessions)[0] == 1
