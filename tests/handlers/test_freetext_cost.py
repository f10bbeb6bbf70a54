"""Work the free-text write no longer repeats on every message (issue 18): the results are
the same, and the repeated work is gone."""

from __future__ import annotations

import builtins
import os
import re
import sys
from types import SimpleNamespace
from typing import Any

import pytest

from handlers.commands import activities
from storage.text import name_key


def test_a_free_text_write_runs_no_import_statement(console, monkeypatch) -> None:
    """Each import statement in a reader costs ~8k instructions even for a loaded module;
    the readers before the parser ran 29 of them on every message (the handlers' own
    statements are counted: storage's few stay where an import cycle needs them)."""
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 5k account=Acme")
    console.say("deal add Acme pilot 2k account=Acme")
    first = console.say("Called Maria Lopez at Acme, wants a quote, follow up next Tuesday 9am")
    assert "Logged call" in first
    seen: list[str] = []
    real = builtins.__import__

    def spy(name: str, *args: Any, **kwargs: Any) -> Any:
        where = sys._getframe(1).f_code.co_filename
        if f"{os.sep}handlers{os.sep}" in where:
            seen.append(f"{name} in {where}")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", spy)
    again = console.say("Called Maria Lopez at Acme, wants a demo, follow up next Friday 10am")
    monkeypatch.setattr(builtins, "__import__", real)
    assert "Logged call" in again
    assert seen == []


_WORD = re.compile(r"\w+")


def _names_deal_as_it_was(words: set[str], d: Any) -> bool:
    account_words = set(_WORD.findall(name_key(d.account.name))) if d.account else set()
    own = [w for w in _WORD.findall(d.title_key) if w not in account_words and len(w) > 2]
    return bool(own) and all(w.rstrip("s") in words for w in own)


class _Deal:
    """A deal whose account is counted when read (a lazy load on the real model)."""

    def __init__(self, title: str, account: str | None) -> None:
        self.title_key = name_key(title)
        self._account = SimpleNamespace(name=account) if account else None
        self.loads = 0

    @property
    def account(self) -> Any:
        self.loads += 1
        return self._account


@pytest.mark.parametrize(
    "note",
    ["wants a quote", "talked about the renewal", "renewals and pilots", "acme acme", "", "Acme"],
)
@pytest.mark.parametrize(
    ("title", "account"),
    [
        ("Acme renewal", "Acme"),
        ("Acme", "Acme"),
        ("Acme pilot program", "Acme Corp"),
        ("Renewal", None),
        ("Big deal", "Globex"),
    ],
)
def test_a_note_names_a_deal_as_before(note: str, title: str, account: str | None) -> None:
    words = {w.rstrip("s") for w in _WORD.findall(name_key(note))}
    want = _names_deal_as_it_was(words, _Deal(title, account))
    deal = _Deal(title, account)
    assert activities._names_deal(words, deal) is want
    title_words = [w for w in _WORD.findall(name_key(title)) if len(w) > 2]
    if not any(w.rstrip("s") in words for w in title_words):
        assert deal.loads == 0  # no word of the title in the note: its account is not read


def test_the_agenda_gate_never_hides_a_match() -> None:
    """``whose_agenda_possible`` skips the other-member agenda pattern only where it cannot
    match: checked on the dev sets' messages and on the forms it reads."""
    import json
    from pathlib import Path

    from handlers.freetext_questions import _WHOSE_AGENDA, whose_agenda_possible

    texts = [
        "what does bob have tomorrow?",
        "WHAT DOES BOB HAVE TOMORROW",
        "Bob's reminders",
        "agenda for ana",
        "To-Dos of Bob",
        "what has Ana got on friday",
        "Called Irene Novak at Borealis Freight, wants a quote, follow up next Tuesday 9am",
    ]
    for path in sorted(Path("tests/data/nlu_eval").glob("dev*.jsonl")):
        texts += [json.loads(line)["message"] for line in path.read_text().splitlines()]
    matched = 0
    for text in texts:
        if _WHOSE_AGENDA.search(text):
            matched += 1
            assert whose_agenda_possible(text), text
    assert matched >= 6
    assert not whose_agenda_possible(texts[6])
