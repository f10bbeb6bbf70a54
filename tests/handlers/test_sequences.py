"""Sequences through the console bot: building one, enrolling by hand and from a segment,
who is never enrolled (and the reply saying so), errors and help."""

from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import AuditLog, Contact
from storage.models_sequences import Sequence, SequenceEnrollment


def _seed(console: ConsoleAdapter) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    console.say("contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt lifecycle=lead")
    console.say("contact add Ole Hansen email=ole@nordfrakt.no account=Nordfrakt lifecycle=lead")
    console.say("contact add Kari Berg account=Nordfrakt lifecycle=lead")  # no email
    console.say("contact add Dina Dnc email=dina@nordfrakt.no account=Nordfrakt dnc=yes")
    console.say("contact add Erik Erased email=erik@nordfrakt.no account=Nordfrakt")
    console.say("contact erase Erik Erased confirm=yes")
    console.say("contact add Una Unsub email=una@nordfrakt.no account=Nordfrakt")
    with transaction(console.bot.sessions) as s:  # type: ignore[attr-defined]
        una = s.scalar(select(Contact).where(Contact.name == "Una Unsub"))
        assert una is not None
        from datetime import UTC, datetime

        una.email_opt_out_at = datetime(2026, 11, 1, tzinfo=UTC)
    console.say('sequence new "Trial follow-up"')


def test_build_show_list_a_sequence(console: ConsoleAdapter, sessions) -> None:
    out = console.say('sequence new "Trial follow-up"')
    assert "Sequence created: Trial follow-up" in out and "No steps yet" in out
    assert "already a sequence" in console.say("sequence new trial FOLLOW-UP")
    out = console.say(
        'sequence step add "Trial follow-up" email Welcome, {first_name} | Hi {first_name},'
        "\\nhow is the trial?\\n{signature}"
    )
    assert "Step 1 of Trial follow-up: ✉️ email: Welcome, {first_name}" in out
    # Without quotes the longest known name is the sequence's.
    assert "Step 2 of Trial follow-up: ⏳ wait 3 days" in console.say(
        "sequence step add Trial follow-up wait 3d"
    )
    assert "Step 3" in console.say("sequence step add trial follow-up wait 2w")
    out = console.say('sequence step add "Trial follow-up" call "check in on the trial"')
    assert "Step 4 of Trial follow-up: 📞 call reminder for the owner: check in on the trial" in out
    out = console.say("sequence show Trial follow-up")
    assert "1. ✉️ email: Welcome" in out and "3. ⏳ wait 14 days" in out
    assert "0 active of 0 enrolled · Automatic enrollment: off" in out
    assert "[1] Stats" in out and "[2] Pause" in out
    assert "Trial follow-up · 4 steps · 0 active" in console.say("sequence list")
    with transaction(sessions) as s:
        seq = s.scalar(select(Sequence))
        assert seq is not None and [st["kind"] for st in seq.steps] == [
            "email",
            "wait",
            "wait",
            "call",
        ]
        assert seq.steps[0]["body"] == "Hi {first_name},\\nhow is the trial?\\n{signature}"
        audited = s.scalars(select(AuditLog.action).where(AuditLog.entity_type == "sequences"))
        assert list(audited) == ["create", "update", "update", "update", "update"]


def test_step_errors_are_clear(console: ConsoleAdapter) -> None:
    console.say('sequence new "Trial follow-up"')
    assert "needs a subject and a body split by '|'" in console.say(
        'sequence step add "Trial follow-up" email Just a subject'
    )
    assert "a wait is counted in days" in console.say(
        'sequence step add "Trial follow-up" wait 3 hours'
    )
    assert "can't read 'soon' as a wait" in console.say(
        'sequence step add "Trial follow-up" wait soon'
    )
    assert "say email, call or wait; I read 'sms hello'" in console.say(
        'sequence step add "Trial follow-up" sms hello'
    )
    assert "did you mean 'Trial follow-up'" in console.say(
        'sequence step add "Trial folow-up" wait 3d'
    )
    assert "no sequence named" in console.say("sequence show Nothing here")
    assert "I found no contact matching 'Nobody'" in console.say("enroll Nobody in Trial follow-up")
    assert "say who and which sequence" in console.say("enroll Maria Lopez")
    out = console.say("help sequence step")
    assert "{first_name}" in out and "wait 3d" in out and "unsubscribe link" in out
    out = console.say("help")
    assert "sequence" in out and "enroll" in out


def test_enroll_by_hand_leaves_out_who_must_not_be_reached(
    console: ConsoleAdapter, sessions
) -> None:
    _seed(console)
    assert "has no email or call step yet" in console.say("enroll Maria Lopez in Trial follow-up")
    console.say('sequence step add "Trial follow-up" email Hi {first_name} | Hello')
    console.say('sequence step add "Trial follow-up" call check in')
    out = console.say("enroll Maria Lopez in Trial follow-up")
    assert "Enrolled Maria Lopez in Trial follow-up. First step" in out, out
    assert "[1] Remove" in out
    assert "already in Trial follow-up (active)" in console.say("enroll maria in trial follow-up")
    assert "do-not-contact people are never enrolled" in console.say(
        "enroll Dina Dnc in Trial follow-up"
    )
    assert "unsubscribed people are never enrolled" in console.say(
        "enroll Una Unsub in Trial follow-up"
    )
    assert "no email people are never enrolled" in console.say(
        "enroll Kari Berg in Trial follow-up"
    )
    # An erased person cannot even be named any more.
    assert "Enrolled" not in console.say("enroll Erik Erased in Trial follow-up")
    # The words "in" inside a name are fine: the split that names a sequence wins.
    console.say('sequence new "Check in weekly"')
    console.say('sequence step add "Check in weekly" call check in')
    assert "Enrolled Ole Hansen in Check in weekly" in console.say(
        "enroll Ole Hansen in Check in weekly"
    )
    out = console.say("sequence remove Maria Lopez from Trial follow-up")
    assert "Maria Lopez left Trial follow-up (removed by hand)" in out
    assert "already left 'Trial follow-up' (left: removed by hand)" in console.say(
        "sequence remove Maria Lopez from Trial follow-up"
    )
    out = console.say("sequence stats Trial follow-up")
    assert "enrolled 1 · active 0 · finished 0 · converted 0 · opted out 0" in out
    assert "Left early: 1 (1 removed by hand)" in out
    # The person's data export (GDPR access) lists the sequences they went through.
    out = console.say("contact export Maria Lopez")
    assert '"sequence": "Trial follow-up"' in out and '"exit_reason": "removed"' in out
    with transaction(sessions) as s:
        rows = s.execute(select(SequenceEnrollment.source, SequenceEnrollment.status)).all()
    assert sorted(rows) == [("hand", "active"), ("hand", "exited")]


def test_enroll_a_segment_says_who_was_left_out(
    console: ConsoleAdapter, console_bob: ConsoleAdapter, sessions
) -> None:
    _seed(console)
    console.say('sequence step add "Trial follow-up" email Hi {first_name} | Hello')
    console.say("segment save Nordfrakt people industry=logistics")
    out = console_bob.say("enroll segment Nordfrakt people in Trial follow-up")
    assert "only a manager or an admin can enroll a whole segment" in out
    console.say("enroll Maria Lopez in Trial follow-up")
    out = console.say("enroll segment Nordfrakt people in Trial follow-up")
    assert "Enrolled 1 of segment Nordfrakt people in Trial follow-up." in out, out
    assert "1 were already in it" in out
    assert "Left out: 4 (1 do-not-contact, 1 erased, 1 no email, 1 unsubscribed)." in out
    assert "no segment named 'Nobody'" in console.say("enroll segment Nobody in Trial follow-up")
    with transaction(sessions) as s:
        sources = sorted(s.scalars(select(SequenceEnrollment.source)))
        enrolls = list(s.scalars(select(AuditLog.after).where(AuditLog.action == "enroll")))
    assert sources == ["hand", "segment:Nordfrakt people"]
    assert enrolls[-1]["enrolled"] == 1 and enrolls[-1]["source"] == "segment:Nordfrakt people"


def test_auto_rule_is_for_managers_and_is_shown(
    console: ConsoleAdapter, console_bob: ConsoleAdapter
) -> None:
    console.say('sequence new "Cold leads"')
    out = console_bob.say('sequence auto "Cold leads" below=30 for=14d')
    assert "only a manager or an admin" in out
    out = console.say('sequence auto "Cold leads" below=30 for=2w')
    assert "leads scoring below 30 for 14 days" in out
    assert "auto below 30" in console.say("sequence list")
    assert "the score threshold is 1 to 100" in console.say('sequence auto "Cold leads" below=0')
    assert "say the threshold and the time" in console.say('sequence auto "Cold leads" soon')
    assert "automatic enrollment off" in console.say('sequence auto "Cold leads" off')


def test_enroll_in_plain_words(console: ConsoleAdapter, sessions) -> None:
    console.say("contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    console.say("contact add Ole Hansen email=ole@nordfrakt.no lifecycle=lead")
    console.say('sequence new "Trial follow-up"')
    console.say('sequence step add "Trial follow-up" call check in')
    out = console.say("add Maria Lopez to the Trial follow-up sequence")
    assert "Understood: enroll Maria Lopez in Trial follow-up" in out
    assert "Enrolled Maria Lopez in Trial follow-up" in out
    out = console.say("put Ole in Trial follow-up")
    assert "Enrolled Ole Hansen in Trial follow-up" in out
    # Not a sequence's name: the sentence is read as before, nobody is enrolled.
    out = console.say("add Ana Ruiz from Acme to my contacts")
    assert "enroll" not in out.lower()
    with transaction(sessions) as s:
        assert len(s.scalars(select(SequenceEnrollment)).all()) == 2
