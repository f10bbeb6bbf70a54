"""Point 9 of issue 11: names and notes drop control characters and terminal escapes on
every write path (chat, commands, import), and a huge page number is answered in words."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.db import transaction
from storage.models import Account, Activity, Contact, Opportunity, Reminder

ESC = "\x1b[31m"  # red
OSC = "\x1b]0;pwned\x07"  # sets the terminal's title
BIDI = "\u202e"  # right-to-left override
C1 = "\x9b"


def _texts(sessions):
    with transaction(sessions) as s:
        return (
            list(s.scalars(select(Contact.name)))
            + list(s.scalars(select(Contact.title)))
            + list(s.scalars(select(Account.name)))
            + list(s.scalars(select(Opportunity.title)))
            + list(s.scalars(select(Opportunity.next_step)))
            + list(s.scalars(select(Activity.body)))
            + list(s.scalars(select(Reminder.text)))
        )


def test_control_characters_and_escapes_are_dropped_on_every_write_path(console, sessions):
    console.say(f"contact add Eve{ESC} Evil{OSC} title=Boss{BIDI}{C1}")
    console.say(f"account add Evil{ESC}corp")
    console.say(f"deal add Big{BIDI} deal 5k EUR next=call{ESC} back")
    console.say(f"log note Eve Evil: said{ESC} hi\x07")
    console.say(f"remind me tomorrow at 10: ping{OSC} Eve")
    console.say(f"called Eve Evil, she{ESC} wants a quote")  # free text
    texts = [t for t in _texts(sessions) if t]
    assert "Eve Evil" in texts and "Boss" in texts and "Evilcorp" in texts, texts
    assert "Big deal" in texts and "call back" in texts, texts
    for t in texts:
        assert not any(ch in t for ch in ("\x1b", "\x07", BIDI, C1)), repr(t)


def test_import_drops_control_characters(console, sessions, bot, ws_id):
    from handlers.types import Attachment, Incoming, Sender

    console.say("me")
    data = f"Name,Company\nAna{ESC} Gil,Acme{BIDI} Corp\n".encode()
    reply = bot.handle(
        Incoming(ws_id, Sender("console", "ana", "ana"), text="import contacts",
                 files=(Attachment("c.csv", data, "text/csv"),))
    )  # fmt: skip
    assert reply.ok, reply.text
    with transaction(sessions) as s:
        assert list(s.scalars(select(Contact.name))) == ["Ana Gil"]
        assert list(s.scalars(select(Account.name))) == ["Acme Corp"]


@pytest.mark.parametrize(
    "cmd",
    [
        "contact list page=99999999999999999999",
        "account list page=99999999999999999999",
        "deal list page=99999999999999999999",
        "pipeline by stage drill prospecting status=all page=99999999999999999999",
        "contact list page=500",
    ],
)
def test_huge_page_number_is_answered_in_words(console, cmd):
    console.say("contact add Ana Gil")
    console.say("deal add Alpha 1k EUR")
    out = console.say(cmd)
    assert "page" in out.lower() and "Traceback" not in out and "went wrong" not in out, out
    assert "past the end" in out or "no page" in out, out


def test_overlong_names_are_refused_in_words_not_by_the_database(console, sessions):
    """PostgreSQL refuses a value longer than its column (SQLite stores it): the bot says so."""
    long = "A" * 250
    for cmd in (f"account add {long}", f"deal add {long} 5k EUR", f"contact add {long}"):
        out = console.say(cmd)
        assert "longer than 200 characters" in out and "went wrong" not in out, (cmd, out)
    console.say("contact add Ana Gil")
    out = console.say(f"contact edit Ana Gil title={'T' * 150}")
    assert "longer than 120 characters" in out, out
    with transaction(sessions) as s:
        assert s.scalar(select(Contact.title)) is None
