"""Cases in plain words, through the console: "Acme can't export invoices, urgent"."""

from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.models_cases import Case


def _cases(sessions) -> list[tuple[int, str, int]]:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return [(c.number, c.title, c.priority) for c in s.scalars(select(Case).order_by(Case.id))]


def test_problem_sentence_opens_a_case(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    out = console.say("Acme can't export invoices, urgent")
    assert "🧠 Understood: a P1 case for Acme: can't export invoices" in out
    assert "✅ Case opened" in out and "🎫 Case #1" in out
    assert _cases(sessions) == [(1, "can't export invoices", 1)]


def test_other_phrasings(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme Corp")
    console.say("account add Globex")
    console.say("Acme Corp users cannot log in since this morning")
    console.say("open a case for Globex: the dashboard is slow, low priority")
    console.say("Globex has a problem with the invoice sync p2")
    assert _cases(sessions) == [
        (1, "users cannot log in since this morning", 3),
        (2, "the dashboard is slow", 4),
        (3, "has a problem with the invoice sync", 2),
    ]


def test_ordinary_messages_stay_ordinary(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Acme")
    console.say("contact add Maria Lopez account=Acme")
    assert "case" not in console.say("Acme can't make the meeting on Tuesday").lower()
    out = console.say("called Maria Lopez at Acme, she wants a quote")
    assert "Logged call" in out
    assert _cases(sessions) == []


def test_a_contact_opens_the_case_for_their_account(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("Maria Lopez can't export invoices, urgent")
    assert "a P1 case for Acme (Maria Lopez): can't export invoices" in out
    assert "Acme · Maria Lopez" in out
    assert _cases(sessions) == [(1, "can't export invoices", 1)]


def test_unknown_account_is_said_back_not_guessed(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    out = console.say("Initech can't export invoices, urgent")
    assert "sounds like a support case, but I know no account or contact called 'Initech'" in out
    assert "case new ACCOUNT: can't export invoices, urgent" in out
    assert "Create account Initech" in out
    assert _cases(sessions) == []


def test_a_contact_says_the_product_is_broken(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    """'maria says the app crashes, urgent' answered "I'm not sure what you mean" and
    'Maria Lopez says the app keeps crashing' showed her card, the problem dropped."""
    console.say("account add Nordfrakt")
    console.say("contact add Maria Lopez account=Nordfrakt")
    out = console.say("maria says the app crashes, urgent")
    assert "a P1 case for Nordfrakt (Maria Lopez): the app crashes" in out
    console.say("Maria Lopez says the app keeps crashing")
    console.say("maria told me the invoices fail to load")
    console.say("Nordfrakt reports the export is broken")
    assert _cases(sessions) == [
        (1, "the app crashes", 1),
        (2, "the app keeps crashing", 3),
        (3, "the invoices fail to load", 3),
        (4, "the export is broken", 3),
    ]


def test_what_a_contact_says_is_a_case_only_when_something_is_broken(
    console: ConsoleAdapter, sessions
) -> None:  # type: ignore[no-untyped-def]
    console.say("account add Nordfrakt")
    console.say("contact add Maria Lopez account=Nordfrakt")
    console.say("maria says she'll sign next week")
    console.say("maria says the data export looks great")
    assert _cases(sessions) == []


def test_a_known_contact_without_an_account_is_not_called_unknown(
    console: ConsoleAdapter, sessions
) -> None:  # type: ignore[no-untyped-def]
    """It said "I know no account or contact called 'Sven Solo'" of a contact it had."""
    console.say("contact add Sven Solo email=sven@solo.se")
    out = console.say("Sven Solo says the app crashes, urgent")
    assert "Sven Solo has no account" in out and "know no account or contact" not in out
    assert "case new ACCOUNT: the app crashes, urgent contact=#c1" in out
    assert _cases(sessions) == []
