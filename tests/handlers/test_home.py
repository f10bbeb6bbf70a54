"""The ``home`` reply (Slack's Home tab shows it): my open deals and today's reminders."""

from __future__ import annotations

from bot.console import ConsoleAdapter
from bot.slack.home import home_view
from handlers.types import Incoming, Reply


def test_home_lists_my_deals_and_whats_due_with_buttons(console: ConsoleAdapter) -> None:
    console.say("deal add Acme renewal 12k EUR")
    console.say("remind me in 2 hours: call Maria")
    out = console.say("home")
    assert "Open deals (1)" in out and "Acme renewal" in out
    assert "Reminders today (1, 0 overdue)" in out and "call Maria" in out
    reply = console.send("home")
    attached = [b.action for bs in reply.attached.values() for b in bs]
    assert "deal show #d1" in attached and any(a.startswith("reminders done") for a in attached)
    view = home_view(reply)
    assert view["type"] == "home" and "deal show #d1" in str(view["blocks"])


def test_home_when_nothing_is_open(console: ConsoleAdapter) -> None:
    out = console.say("home")
    assert "No open deals of yours." in out and "Nothing due today." in out


def test_home_view_of_a_refusal_is_one_section() -> None:
    view = home_view(Reply.error("This chat is not connected to a CRM workspace."))
    assert len(view["blocks"]) == 1 and "not connected" in str(view["blocks"])


def test_home_goes_through_the_core_like_any_message(console: ConsoleAdapter) -> None:
    reply = console.bot.handle(
        Incoming(workspace_id=console.workspace_id, sender=console.sender, action="home")
    )
    assert reply.ok and reply.workspace_id == console.workspace_id
