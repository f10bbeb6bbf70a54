"""The words after a short list command ("campaign list running", "sequences paused"),
each read as a filter or shown back.

Why: ``campaign list``, ``segment list`` and ``sequence list`` once read no words at all,
so "campaign list running" listed the drafts too, a confident answer to a question nobody
asked. Each list names the words it filters by; any other word is refused with the forms
that work, and when the words name a record the reply points at its ``show`` command.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from handlers.args import parse_args
from storage.errors import UserError

# Words that ask for the list without narrowing it ("show me all the campaigns").
FILLER = frozenset(
    ("the", "a", "all", "of", "show", "me", "list", "our", "any", "every", "please", "my")
)


def read_list_words(
    rest: str,
    noun: str,
    words: Mapping[str, tuple[str, str]],
    usage: str,
    names: Iterable[str] = (),
    fields: Iterable[str] = (),
) -> dict[str, str]:
    """The filters ``rest`` asks for, as {key: value}, or a :class:`UserError`.

    ``words`` maps a typed word (lower case) to its (key, value); ``fields`` are the
    ``key=value`` forms also taken. Two different values for one key ("draft running")
    are refused, never picked between. ``names`` are the records' names: words that
    name one are answered with its ``show`` command instead of a list.
    """
    args = parse_args(rest)
    allowed = set(fields)
    unread_fields = sorted(set(args.fields) - allowed)
    if unread_fields:
        said = " ".join(f"{k}={args.fields[k]}" for k in unread_fields)
        raise UserError(f"I can't list {noun}s by '{said}'. Try: {usage}")
    chosen: dict[str, str] = {}
    for key in allowed:
        if args.fields.get(key):
            value = args.fields[key].strip().lower()
            if words.get(value, ("", ""))[0] == key:  # status=active: the word's value
                value = words[value][1]
            known = {v for k, v in words.values() if k == key}
            if known and value not in known:
                raise UserError(f"{key} is one of: {', '.join(sorted(known))}")
            chosen[key] = value
    typed = [w for w in re.split(r"[\s,?!.]+", args.words.lower()) if w]
    unknown: list[str] = []
    for w in typed:
        hit = words.get(w) or words.get(w.rstrip("s"))
        if hit is None:
            if w not in FILLER and w.rstrip("s") != noun:
                unknown.append(w)
            continue
        key, value = hit
        if chosen.get(key, value) != value:
            raise UserError(
                f"'{chosen[key]}' or '{value}'? A {noun} list shows one {key} at a time. "
                f"Try: {usage}"
            )
        chosen[key] = value
    if unknown:
        said = " ".join(unknown)
        named = [n for n in names if said in n.lower()]
        hint = f" To see one: {noun} show {named[0]}." if named else ""
        raise UserError(f"I can't list {noun}s by '{said}'.{hint} Try: {usage}")
    return chosen
