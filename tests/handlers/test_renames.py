"""Renaming a team, segment, campaign or sequence: one set of rules (storage/renames.py).

Each kind had its own copy; the team's let a name longer than its column through to the
database, and only the sequence's took out control characters."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.db import transaction
from storage.models import Team
from storage.models_campaigns import Campaign, Segment
from storage.models_sequences import Sequence

KINDS = [
    ("team", "team add {name}", Team),
    ("segment", "segment save {name} lifecycle=lead", Segment),
    ("campaign", "campaign new {name}", Campaign),
    ("sequence", 'sequence new "{name}"', Sequence),
]


@pytest.mark.parametrize(("kind", "create", "model"), KINDS)
def test_each_kind_is_renamed_by_the_same_rules(console, sessions, kind, create, model):
    console.say(create.format(name="North"))
    console.say(create.format(name="South"))
    too_long = "x" * 121
    out = console.say(f"{kind} rename North to {too_long}")
    assert f"a {kind} name is at most 120 characters" in out
    out = console.say(f"{kind} rename North to South")
    assert f"a {kind} named 'South' already exists" in out
    console.say(f'{kind} rename North to "Nordics\x1b[31m"')
    with transaction(sessions) as s:
        names = set(s.scalars(select(model.name)))
    assert names == {"Nordics", "South"}  # the terminal escape is taken out
    # undo gives the old name back; a team's change is not undone (the reply says how back)
    console.say("team rename Nordics to North" if kind == "team" else "undo")
    with transaction(sessions) as s:
        assert set(s.scalars(select(model.name))) == {"North", "South"}
