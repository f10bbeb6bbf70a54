"""Names the workspace knows, applied to what the parser read from the words.

Why: from the words alone "cb ngozi re dangote quote fri" has a person ("ngozi", a first
name) and nothing that says "dangote" is a company. The workspace knows better: it has a
contact Ngozi Okafor and an account Dangote Cement plc. Storage builds that set
(:mod:`storage.known_names`); this module finds the message's runs of words that are a known
name (case- and accent-blind, the longest run first) and corrects the parser's spans with
them: a known contact read as an account moves to ``contact``, a name read with a word too
many or too few gets the known extent, an empty slot the intent fills is filled.

Deterministic and after the rules and the models, so a name the workspace does not know is
read exactly as before; a word that is also an everyday word ("will", "may", "mark") is never
taken as a name on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from handlers.language.dates import fold
from storage.known_names import (
    ACCOUNT,
    ACCOUNT_HEAD,
    ACCOUNT_SHORT,
    CONTACT,
    CONTACT_FIRST,
    CONTACT_LAST,
    DEAL,
    KnownNames,
    word_keys,
)

if TYPE_CHECKING:
    from handlers.language.nlu import ParseResult

__all__ = ["Known", "apply_known", "find_known"]

_WORD = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*_"
_SLOTS = ("contact", "account", "deal")

# what a known name may fill when the parser left it empty, per intent; any intent may have a
# name it read moved to the right kind or extent
_FILLS: dict[str, tuple[str, ...]] = {
    "log_activity": ("contact", "account", "deal"),
    "remind": ("contact", "account"),
    "move_deal": ("deal",),
    "update_deal": ("deal",),
    "create_contact": ("account",),
    "create_deal": ("account",),
    "find": (),
}
_CREATES = {"create_contact": "contact", "create_deal": "deal", "create_account": "account"}


# words that are a name only next to another ("Will Smith", "May Lee"): never a name alone
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_EVERYDAY = _word_set(
    """
    a an the and or but if so to of in on at by for from with without about re regarding via
    i me my we us our you your he him his she her they them their it its this that these those
    is are was were be been am do does did have has had will would can could shall should may
    might must not no yes ok okay please thanks thank hi hey hello bye
    call called calls calling cb rang phoned phone email emailed mail sent send text texted
    meet met meeting mtg lunch coffee dinner visit visited demo note notes log logged chat
    deal deals opp opportunity quote quotes proposal contract renewal pilot order invoice price
    pricing budget follow followup f/u up back next last new old today tomorrow tmrw tonight
    yesterday morning afternoon evening night week month year day time later soon now asap
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
    sat sun january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec one two three four five six seven eight
    nine ten eleven twelve first second third remind reminder ping check find show open
    mark bill will may june april august grace hope joy faith rose page art sky summer
    win won lost close closed closing stage new team sales lead leads account contact
    said says wants want needs need asked agreed sent got went good great bad fine done
    chase legal nice kind best well sure still just hope true young king price long
    """
)


@dataclass(frozen=True, slots=True)
class Known:
    """A run of the message's words that is a known name, and the kinds it can be."""

    start: int
    end: int
    kinds: frozenset[str]
    strong: bool = True  # a record's whole name (or two words of it), not one word of it
    words: int = 1


def _kinds(flags: int) -> frozenset[str]:
    out = []
    if flags & (CONTACT | CONTACT_FIRST | CONTACT_LAST):
        out.append("contact")
    if flags & (ACCOUNT | ACCOUNT_SHORT | ACCOUNT_HEAD):
        out.append("account")
    if flags & DEAL:
        out.append("deal")
    return frozenset(out)


def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded key) of each word, edge punctuation and a possessive off."""
    out = []
    for m in _WORD.finditer(text):
        at = m.start()
        ds, de, key = _word(m.group())
        out.append((at + ds, at + de, key))
    return out


@lru_cache(maxsize=4096)
def _word(raw: str) -> tuple[int, int, str]:
    """One word of :func:`_words`, as offsets in ``raw`` and its key: the same for the same
    characters, so the words every message repeats ("called", "at", "tomorrow") are folded
    once (a word's key is several string passes and a regex)."""
    core = raw.strip(_EDGE)
    if not core:
        return 0, len(raw), ""  # a dash or an ellipsis: names do not span it
    start = raw.index(core)
    end = start + len(core)
    if core.endswith(("'s", "’s")) and len(core) > 3:
        end -= 2
    keys = word_keys(raw[start:end])
    return start, end, keys[0] if len(keys) == 1 else ""


@cache
def _everyday_words() -> frozenset[str]:
    """Words of the training text outside its names (``trained/everyday.txt``, written by
    ``python -m handlers.language.train``)."""
    path = Path(__file__).resolve().parent / "trained" / "everyday.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text("utf-8").split() if not w.startswith("#"))


def _may_stand_alone(word: str) -> bool:
    """A one-word name is taken alone only when it cannot be an everyday word."""
    if len(word) < 3 or word in _EVERYDAY or not word.replace("-", "").isalpha():
        return False
    return word not in _everyday_words()


def find_known(text: str, names: KnownNames) -> list[Known]:
    """The known names in ``text``, longest first and never overlapping, in text order."""
    words = _words(text)
    hits = []
    for i, j, f in names.runs_of([w[2] for w in words]):
        if i == j and not _may_stand_alone(words[i][2]):
            continue
        strong = i < j or bool(f & (CONTACT | ACCOUNT | DEAL))
        hits.append((i, j, _kinds(f), strong))
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))  # longest first, then leftmost
    used: set[int] = set()
    out = []
    for i, j, kinds, strong in hits:
        if any(k in used for k in range(i, j + 1)):
            continue
        used.update(range(i, j + 1))
        out.append(Known(words[i][0], words[j][1], kinds, strong, j - i + 1))
    return sorted(out, key=lambda k: k.start)


def _locate(folded: str, value: str) -> tuple[int, int] | None:
    v = fold(value).strip()
    at = folded.find(v) if v else -1
    return (at, at + len(v)) if at >= 0 else None


_LINKS = re.compile(
    r"(?i)^(?:(?:at|from|re|of|with|w/|@|and|&|for|about|the|to)\s+)+|"
    r"(?:\s+(?:at|from|re|of|with|w/|@|and|&|for|about|the|to))+$"
)


def _rest(text: str, span: tuple[int, int], known: Known) -> str | None:
    """What is left of a read name once a known name is taken out of it ("Ngozi Okafor
    Dangote" without "Dangote" is "Ngozi Okafor"); None when nothing name-like is left."""
    s, e = span
    left = text[s : max(s, known.start)]
    right = text[min(e, known.end) : e]
    part = max((left, right), key=lambda p: len(p.strip()))
    part = _LINKS.sub("", part.strip(" ,;:-–.!?\"'")).strip(" ,;:-–.!?\"'")
    if not part or all(w in _EVERYDAY for w in word_keys(part)):
        return None
    return part


def _names_in(
    found: list[Known], known: Known, start: int, end: int, *, kind: str = "", exclude: str = ""
) -> bool:
    """Whether another known name lies in ``start:end`` (of ``kind``, or not only ``exclude``)."""
    for k in found:
        if k is known or not (k.start < end and start < k.end):
            continue
        if kind and kind in k.kinds:
            return True
        if exclude and k.kinds - {exclude}:
            return True
    return False


def _may_take(found: list[Known], known: Known, span: tuple[int, int], holder: str) -> bool:
    """A known name of two words or more may take words from a name the parser read as
    another kind when it is all of that name ("will turner" read as an account), or when
    what stays is a known name of the parser's kind ("ngozi okafor dangote": "ngozi okafor"
    is a contact). One word alone never does: a surname that is also some company's name
    ("Lucía Fernández", "Herrn Becker", "Felix Wagner") stays a person."""
    if known.words == 1:
        return False  # one word ("Becker", "Allen") is too weak to overrule how it was read
    if known.start <= span[0] and span[1] <= known.end:
        return True
    rest = [(span[0], known.start), (known.end, span[1])]
    return any(_names_in(found, known, a, b, kind=holder) for a, b in rest if a < b)


def apply_known(result: ParseResult, text: str, names: KnownNames | None) -> ParseResult:
    """``result`` with its contact, account and deal corrected by the known names in
    ``text`` (the message as parsed)."""
    if names is None or not len(names) or result.intent not in (*_FILLS, *_CREATES):
        return result
    found = find_known(text, names)
    if not found:
        return result
    fills = _FILLS.get(result.intent, ())
    folded = fold(text)
    values: dict[str, str | None] = {f: getattr(result, f) for f in _SLOTS}
    spans = {f: _locate(folded, v) if v else None for f, v in values.items()}
    done: set[str] = set()
    # whole names first: "ngozi okafor" trims "ngozi okafor dangote" before "dangote" is placed
    for known in sorted(found, key=lambda k: not k.strong):
        holders = [
            f
            for f, sp in spans.items()
            if sp is not None and sp[0] < known.end and known.start < sp[1]
        ]
        kinds = known.kinds
        if len(kinds) > 1:  # "Acme" the account and "Acme" the deal: the parser's reading
            kinds = frozenset(k for k in kinds if k in holders)
            if len(kinds) != 1:
                continue
        (kind,) = kinds
        if result.intent in ("move_deal", "update_deal") and kind != "deal":
            continue  # their deal slot holds the account when no deal was named
        if kind in done or _CREATES.get(result.intent) == kind:
            continue  # one of each; a name being created is the user's new one
        if kind not in fills and not (holders and kind in ("contact", "account")):
            continue  # an intent without that slot: only a kind swap of a read name
        if kind not in fills and values[kind] is not None:
            continue
        if values[kind] is not None and kind not in holders:
            continue  # the parser read another name of this kind elsewhere: keep it
        own = spans[kind]
        if (
            own is not None
            and kind in holders
            and not (known.start <= own[0] and own[1] <= known.end)
        ):
            # inside the parser's own name of that kind: cut it shorter only when what is
            # cut off is a known name of another kind ("ngozi okafor" + "dangote")
            cut = [(own[0], known.start), (known.end, own[1])]
            tail = folded[known.end : own[1]].split()
            # "pepper loved the demo": the parser's "pepper loved" is the known Pepper and an
            # everyday word after her (a verb, never part of a name said before it)
            verb_after = (
                own[0] == known.start
                and bool(tail)
                and all(w in _everyday_words() for w in tail)
                and text[known.end : own[1]] == text[known.end : own[1]].lower()
            )
            if not verb_after and not any(
                _names_in(found, known, a, b, exclude=kind) for a, b in cut if a < b
            ):
                done.add(kind)
                continue
        others = [f for f in holders if f != kind]
        if any(not _may_take(found, known, spans[f], f) for f in others):  # type: ignore[arg-type]
            continue
        for other in others:
            sp = spans[other]
            assert sp is not None
            rest = _rest(text, sp, known)
            values[other] = rest
            spans[other] = _locate(folded, rest) if rest else None
        values[kind] = text[known.start : known.end]
        spans[kind] = (known.start, known.end)
        done.add(kind)
    changed = {f: v for f, v in values.items() if v != getattr(result, f)}
    if not changed:
        return result
    return replace(
        result, contact=values["contact"], account=values["account"], deal=values["deal"]
    )
