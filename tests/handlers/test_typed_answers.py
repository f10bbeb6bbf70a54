"""Answers typed to the bot's questions. "globex" answering "which Maria?" (one of them is at
Globex) was dropped as a new message the bot did not understand, and "yes" to "Create contact
'peter parker' and log?" was not understood: the log was lost both times."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.db import transaction
from storage.models import Activity, Contact


def two_marias(console):
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Garcia account=Globex")


def logged_on(sessions):
    with transaction(sessions) as s:
        act = s.scalar(select(Activity).order_by(Activity.id.desc()))
        return act and s.get(Contact, act.contact_id).name


def test_the_company_of_a_choice_answers_which_one(console, sessions):
    two_marias(console)
    assert "Which one?" in console.say("met maria today, she wants a demo")
    out = console.say("globex")
    assert "Logged meeting" in out and logged_on(sessions) == "Maria Garcia"


def test_words_around_the_answer(console, sessions):
    two_marias(console)
    console.say("called maria, wants pricing")
    assert "Logged call" in console.say("the acme one")
    assert logged_on(sessions) == "Maria Lopez"


def test_an_answer_naming_both_or_neither_is_not_guessed(console, sessions):
    two_marias(console)
    console.say("called maria, wants pricing")
    out = console.say("maria")  # both are Maria: still a question, nothing logged
    assert "Logged" not in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0


def test_yes_accepts_the_only_offer(console, sessions):
    out = console.say("log call with peter parker: left voicemail")
    assert "Create contact 'peter parker' and log" in out
    assert "Logged call" in console.say("yes")
    assert logged_on(sessions) == "peter parker"


def test_yes_never_presses_undo(console, sessions):
    console.say("contact add Tom Baker")
    out = console.say("yes")
    assert "Undone" not in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 1


def test_merge_in_words_runs_the_merge_question(console, sessions):
    # the parser read "merge maria garcia into maria lopez" as a search for Maria Garcia
    two_marias(console)
    out = console.say("merge maria garcia into maria lopez")
    assert "Merge #c2 Maria Garcia (Globex) into #c1 Maria Lopez (Acme)?" in out
    assert "Merged #c2" in console.say("yes")
    with transaction(sessions) as s:
        alive = select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))
        assert s.scalar(alive) == 1
