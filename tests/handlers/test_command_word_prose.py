"""A sentence that starts with a command's word ("hot lead maria called, …", "home visit
with …") ran the command and lost the words. A command that reads no words now leaves the
sentence to free text, and refuses words it cannot read instead of ignoring them."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity


def kinds(sessions):
    with transaction(sessions) as s:
        return [a.type for a in s.scalars(select(Activity).order_by(Activity.id))]


def test_a_sentence_starting_with_hot_is_logged(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("hot lead maria called, wants a demo friday")
    assert "Logged call" in out and kinds(sessions) == ["call"]


def test_a_sentence_starting_with_home_is_logged(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("home visit with maria lopez today, signed the order")
    assert "Logged visit" in out and kinds(sessions) == ["visit"]


def test_words_a_command_cannot_read_are_refused_not_ignored(console):
    out = console.say("members of the acme board want a demo")
    assert "didn't understand" in out and "takes no words" in out
    assert "hot takes days=, not 'qqzz'" in console.say("hot qqzz")


def test_the_commands_alone_still_run(console):
    assert "Open deals" in console.say("home") or "Nothing due today" in console.say("home")
    assert "members of default" in console.say("members")
    assert "No scored leads" in console.say("hot days=14")


def test_record_commands_said_verb_first(console, sessions):
    # "delete contact peter gibbons" was not understood ("Did you mean 'contact delete …'?")
    console.say("contact add Peter Gibbons account=Initech")
    console.say("deal add Initech TPS upgrade 80k")
    assert "Delete #c1 Peter Gibbons (Initech)?" in console.say("delete contact peter gibbons")
    assert "Initech TPS upgrade  #d1" in console.say("show deal initech tps upgrade")
    assert "Contact updated" in console.say("edit contact peter gibbons title=Engineer")
    # an edit said as a sentence is read by free text, not refused for want of field=value
    out = console.say("update deal initech tps upgrade amount 70k")
    assert "EUR 70,000" in out and "Say what to change" not in out
