"""Support cases through the console bot: open, work, list, see; visibility and roles."""

from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.models import Reminder
from storage.models_cases import Case, CaseEvent


def _cases(sessions) -> list[Case]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        rows = list(s.scalars(select(Case).order_by(Case.number)))
        for r in rows:
            s.expunge(r)
        return rows


def test_open_a_case_with_a_command(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("case new Acme: can't export invoices p1 contact=Maria")
    assert "✅ Case opened" in out
    assert "🎫 Case #1" in out and "P1" in out
    assert "can't export invoices" in out
    assert "Acme · Maria Lopez" in out
    assert "status: new" in out
    assert "first response: due" in out
    (c,) = _cases(sessions)
    assert (c.number, c.priority, c.status, c.title) == (1, 1, "new", "can't export invoices")
    assert c.response_due_at is not None and c.resolution_due_at is not None


def test_work_a_case_note_assign_status_solve(
    console: ConsoleAdapter, console_bob: ConsoleAdapter, sessions
) -> None:  # type: ignore[no-untyped-def]
    console_bob.say("me")
    console.say("account add Acme")
    console.say("case new Acme: login fails for all users urgent")
    out = console.say("case assign #1 to bob")
    assert "assignee: bob" in out
    out = console.say("case note #1 called Maria, sent the workaround")
    assert "📝" in out and "sent the workaround" in out
    assert "status: open" in out  # the first answer stops the first-response clock
    assert "first response: met" in out
    out = console.say("case status #1 waiting on customer")
    assert "status: waiting on customer" in out
    out = console.say("case solve #1")
    assert "say how" in out
    out = console.say("case solve #1 fixed in release 4.2")
    assert "status: solved" in out and "resolution: fixed in release 4.2" in out
    (c,) = _cases(sessions)
    assert c.status == "solved" and c.solved_at is not None and c.first_response_at is not None
    with sessions() as s:
        kinds = [e.kind for e in s.scalars(select(CaseEvent).order_by(CaseEvent.id))]
    assert kinds == ["created", "assign", "note", "status", "solve"]
    out = console.say("case close #1")
    assert "status: closed" in out


def test_solving_cancels_pending_sla_reminders(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("case new Acme: invoices wrong p2")
    with sessions() as s:
        kinds = sorted(r.kind for r in s.scalars(select(Reminder)))
    assert kinds == [
        "case_resolution_breach",
        "case_resolution_warn",
        "case_response_breach",
        "case_response_warn",
    ]
    console.say("case solve #1 credited the invoice")
    with sessions() as s:
        assert {r.status for r in s.scalars(select(Reminder))} == {"cancelled"}


def test_undo_a_case(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("case new Acme: export broken")
    out = console.say("undo")
    assert "Undone" in out or "undone" in out
    assert _cases(sessions) == []


def test_cases_lists_breaching_first_and_filters(console: ConsoleAdapter, clock) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("account add Globex")
    console.say("case new Acme: slow reports p4")
    console.say("case new Globex: cannot log in p1")
    clock.advance(hours=3)  # the P1's one working hour has passed; the P4 is fine
    out = console.say("cases")
    lines = [x for x in out.splitlines() if x.strip().startswith(("🔴", "⚪"))]
    assert lines[0].startswith("🔴 #2") and "first response SLA breached" in lines[0]
    assert "#1" in lines[1]
    out = console.say("cases account=Acme")
    assert "#1" in out and "#2" not in out
    out = console.say("cases priority=p1")
    assert "#2" in out and "#1 P4" not in out
    out = console.say("cases mine")
    assert "2 in all" in out
    assert "don't understand" in console.say("cases purple")


def test_unknown_account_is_asked_not_guessed(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    out = console.say("case new Initech: printer on fire")
    assert "no account matching 'Initech'" in out
    assert _cases(sessions) == []
    out = console.say("case new printer on fire")
    assert "Which account is this case for?" in out
    assert _cases(sessions) == []
    assert "unknown case option" in console.say("case new Acme: x colour=red")


def test_support_role_and_visibility(console: ConsoleAdapter, bot, ws_id, sessions) -> None:  # type: ignore[no-untyped-def]
    """A rep sees cases of accounts they own; a support agent sees every case of each
    account they are assigned a case of; nobody else sees them."""
    console.say("me")
    bob = ConsoleAdapter(bot, ws_id, "bob", "Europe/Madrid")
    sue = ConsoleAdapter(bot, ws_id, "sue", "Europe/Madrid")
    cara = ConsoleAdapter(bot, ws_id, "cara", "Europe/Madrid")
    for who in (bob, sue, cara):
        who.say("me")
    assert "support" in console.say("settings role sue support")
    bob.say("account add Acme")
    console.say("account add Globex owner=ana")
    console.say("case new Acme: export broken p2")
    console.say("case new Acme: second problem p3")
    console.say("case new Globex: cannot log in p1")
    assert "#1" in bob.say("cases") and "#3" not in bob.say("cases")
    assert "no case #3" in bob.say("case show #3")
    assert "Nothing here yet" in sue.say("cases")
    console.say("case assign #1 to sue")
    out = sue.say("cases")
    assert "#1" in out and "#2" in out and "#3" not in out
    assert "Nothing here yet" in cara.say("cases")
    assert "no case #1" in cara.say("case note #1 hello")


def test_invite_a_support_agent_and_help(console: ConsoleAdapter) -> None:
    out = console.say("invite support")
    assert "invite" in out.lower() and "role is one of" not in out
    out = console.say("help")
    assert "• case new|show|assign" in out and "support cases" in out
    assert "SLA clocks" in console.say("help case") or "case new ACCOUNT" in console.say(
        "help case"
    )
    assert "settings sla p1 response=1h" in console.say("help settings")
    assert "SLA targets per priority" in console.say("help settings sla")


def test_which_account_is_asked_and_the_answer_opens_the_case(
    console: ConsoleAdapter, sessions
) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    out = console.say("case new printer on fire p2 from=telegram:-100/42 description=smoke")
    assert "Which account is this case for?" in out and "printer on fire" in out
    out = console.say("Acme")
    assert "✅ Case opened" in out
    (c,) = _cases(sessions)
    assert (c.title, c.priority, c.source, c.description) == (
        "printer on fire",
        2,
        "telegram:-100/42",
        "smoke",
    )
    assert "already opened from that message" in console.say(
        "case new Acme: printer on fire from=telegram:-100/42"
    )
    out = console.say("case note the fire is out from=telegram:-100/42")
    assert "💬" in out and "reply: the fire is out" in out
    assert "has no case" in console.say("case note hello from=telegram:-100/43")


def test_priority_right_after_the_account(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("case new Acme p1: cannot log in")
    (c,) = _cases(sessions)
    assert (c.title, c.priority) == ("cannot log in", 1)


def test_card_buttons_change_the_case(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    out = console.say("case new Acme: export broken p3")
    assert "Waiting on customer" in out and "Make it P1" in out
    line = next(x for x in out.splitlines() if "Waiting on customer" in x)
    number = line[: line.index("Waiting on customer")].rsplit("[", 1)[1].split("]")[0]
    out = console.say(number)  # a button is pressed by typing its number
    assert "status: waiting on customer" in out and "Customer answered" in out
    (c,) = _cases(sessions)
    assert c.status == "waiting"
