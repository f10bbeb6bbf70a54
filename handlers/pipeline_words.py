"""Whose pipeline a question in words is about: "show me Jon's pipeline", "how is the
pipeline looking for Lucía", "the North team's forecast".

Why: the words of a pipeline question were read for a period, a grouping and "my", and a
person's name was dropped, so a manager asking for Jon's pipeline got the whole team's,
labelled "your team", a confident answer to another question. A name is now the owner (or
the team) the report is narrowed to, or it is shown back when no member or team has it.
"""

from __future__ import annotations

import re

from storage.errors import UserError
from storage.teams import get_team
from storage.workspaces import find_user

# "Jon's", "Jon Rep2's", "Lucía’s": up to two words before the possessive
_POSSESSIVE = re.compile(r"(?:\b(\w+)\s+)?\b(\w+)['’]s\b")
# "for Jon", "for Jon Rep2": only a capitalised word (a period or "me" is no one)
_FOR = re.compile(r"\bfor\s+([A-ZÁÉÍÓÚÑ]\w*)(?:\s+([A-ZÁÉÍÓÚÑ]\w*))?")
_WORD = re.compile(r"[^\W_]+")
_NO_ONE = frozenset(
    [
        "what",
        "it",
        "that",
        "how",
        "where",
        "who",
        "there",
        "here",
        "let",
        "he",
        "she",
        "today",
        "tomorrow",
        "yesterday",
        "week",
        "month",
        "quarter",
        "year",
        "everyone",
        "everybody",
        "company",
        "team",
        "teams",
        "one",
        "this",
        "next",
        "last",
        "our",
        "my",
        "your",
        "me",
        "us",
        "all",
        "q1",
        "q2",
        "q3",
        "q4",
        "the",
        "a",
    ]
)


def _candidates(text: str) -> list[list[str]]:
    """Names said as whose, each with its longer reading first."""
    found: list[list[str]] = []
    for m in _POSSESSIVE.finditer(text):
        first, last = m.group(1), m.group(2)
        if last.lower() in _NO_ONE:
            continue
        options = [last]
        if first and first.lower() not in _NO_ONE and first[0].isupper():
            options.insert(0, f"{first} {last}")
        found.append(options)
    for m in _FOR.finditer(text):
        first, second = m.group(1), m.group(2)
        if first.lower() in _NO_ONE or m.start() == 0:
            continue
        found.append([f"{first} {second}", first] if second else [first])
    return found


def whose(session, ws, text: str) -> str:  # type: ignore[no-untyped-def]
    """The ``owner=``/``team=`` option for the name in ``text`` ('' when none is said); a name
    that is no member nor team is a :class:`UserError`, never left out."""
    for options in _candidates(text):
        for name in options:
            user = find_user(session, ws, name)
            if user is not None:
                return f" owner={user.display_name}"
            team = get_team(session, ws, name.removesuffix(" team"))
            if team is not None:
                return f" team={team.name}"
        raise UserError(
            f"No member or team is called '{options[-1]}', so I can't narrow the pipeline to "
            "them. Try: pipeline owner=NAME, pipeline team=NAME, or plain 'pipeline'."
        )
    # "what did Jon win this month", "how is Lucía doing": a member's name said plainly
    # (a capitalised word that is no member, a month or "EMEA", is no one and stays out)
    words = _WORD.findall(text)
    for i in range(1, len(words)):
        if not words[i][0].isupper() or words[i].lower() in _NO_ONE:
            continue
        pair = [f"{words[i]} {words[i + 1]}"] if i + 1 < len(words) else []
        for name in (*pair, words[i]):
            user = find_user(session, ws, name)
            if user is not None:
                return f" owner={user.display_name}"
    return ""
