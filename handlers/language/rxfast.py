"""Two ways to run the parser's regular expressions for less, with the same matches.

* :func:`needs`: what any text a pattern matches must contain (one of a few literal
  strings, or a digit), worked out once from the pattern itself. A caller that runs many
  patterns over one message (``dates._tokens`` runs about thirty) skips a pattern whose
  needed words are not in the message: it could not have matched there, so the result is the
  same, without the regex engine trying it at every position.
* :class:`CaseBlind`: a case-blind (``re.I``) pattern with a lower-case text runs as a
  case-sensitive twin over the lowered message when the message is ASCII (most are): the
  same positions, about four times fewer instructions (the engine lowers every character it
  compares in ``re.I`` mode). Non-ASCII messages run the original pattern as before.

Both are exact, not heuristics: ``tests/handlers/test_rxfast.py`` checks them against the
plain patterns on every message of the dev sets.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# the engine's own parser of a pattern (the stdlib's ``re._parser``, no public name)
P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

DIGIT = "\x00\\d"  # a needed decimal digit (any script, as ``\d`` reads it): see need_probe
_DIGIT_RX = re.compile(r"\d")
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")  # "(?P<when>", "(?P=n)": syntax, no literal

Need = tuple[str, ...] | None


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several needs that all hold: its shortest string longest, then
    the fewest strings."""
    if not cands:
        return None
    return max(cands, key=lambda s: (min(1 if x is DIGIT else len(x) for x in s), -len(s)))


def _need_in(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """A character class: the characters it allows, when few and plain; else nothing."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 12:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT and len(items) == 1:
            return frozenset({DIGIT})
        else:
            return None  # a negation, a large range, a category: no need from it
    return frozenset(chars) if chars else None


def _seq_needs(seq: Any) -> list[frozenset[str]]:
    """Each element's need in a sequence (every element must match, so each holds); runs of
    literal characters are one string."""
    cands: list[frozenset[str]] = []
    run = ""
    for op, av in seq:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            cands.append(frozenset({run}))
            run = ""
        n = _need_item(op, av)
        if n is not None:
            cands.append(n)
    if run:
        cands.append(frozenset({run}))
    return cands


def _need_seq(seq: Any) -> frozenset[str] | None:
    """A sequence: any one element's need holds; the cheapest to check is taken."""
    return _best(_seq_needs(seq))


def _need_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is C.IN:
        return _need_in(av)
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None  # a scoped flag (case-blind part): no literal need
        return _need_seq(sub)
    if op is C.ATOMIC_GROUP:
        return _need_seq(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _need_seq(sub) if lo >= 1 else None
    if op is C.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            n = _need_seq(alt)
            if n is None:
                return None  # one way in needs nothing: the branch needs nothing
            union |= n
        return frozenset(union)
    return None  # AT, lookarounds, ANY, NOT_LITERAL, group references: no need


def needs(rx: re.Pattern[str]) -> Need:
    """Strings of which any text ``rx`` matches (anywhere) contains at least one, or
    :data:`DIGIT` for a decimal digit; None when the pattern needs nothing certain (then
    it always runs). A case-blind pattern needs nothing here."""
    if rx.flags & re.IGNORECASE:
        return None
    tree = P.parse(rx.pattern, rx.flags)
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _need_seq(tree)
    if found is None or any(not s for s in found):
        return None
    # a string holding another needed one adds nothing ("tues" holds "tue"): fewer checks
    kept = [
        s
        for s in found
        if s is DIGIT or not any(o is not DIGIT and o != s and o in s for o in found)
    ]
    return tuple(sorted(kept, key=lambda s: (s is not DIGIT, len(s), s)))


def all_needs(rx: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every need of the pattern's top-level sequence, each on its own (any text the pattern
    matches holds a string of each): "next\\s+steps?" needs "next" and needs "step". Digit
    needs are left out; a case-blind pattern has none here."""
    if rx.flags & re.IGNORECASE:
        return ()
    tree = P.parse(rx.pattern, rx.flags)
    if tree.state.flags & re.IGNORECASE:
        return ()
    return tuple(
        tuple(sorted(c, key=lambda s: (len(s), s)))
        for c in _seq_needs(tree)
        if DIGIT not in c and all(c)
    )


def _digit_first(seq: Any) -> bool:
    """Whether every way through ``seq`` consumes a decimal digit first (lookbehinds and
    lookaheads consume nothing and are skipped: they still see the text before a start)."""
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.IN:
            return bool(av == [(C.CATEGORY, C.CATEGORY_DIGIT)])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return bool(av[0] >= 1 and _digit_first(av[2]))
        if op is C.SUBPATTERN:
            return bool(not av[1] and not av[2] and _digit_first(av[3]))
        if op is C.BRANCH:
            return all(_digit_first(alt) for alt in av[1])
        return False
    return False


def starts_at_digit(rx: re.Pattern[str]) -> bool:
    """Whether every match of ``rx`` starts at a decimal digit: then a search may start at
    the text's first digit (``rx.finditer(text, pos)``: a lookbehind still sees before it)
    and finds the same matches."""
    return _digit_first(P.parse(rx.pattern, rx.flags))


def need_probe(text: str) -> str:
    """``text`` made ready for need checks: ``any(s in probe for s in need)`` is False only
    when no text ``need`` came from can match (the digit mark is added when it has a digit;
    a mark or a join that happens to read as a need only runs the pattern: same result)."""
    return text + DIGIT if _DIGIT_RX.search(text) is not None else text


def has_need(text: str, need: Need) -> bool:
    """Whether ``text`` holds what ``need`` (from :func:`needs`) asks: if not, the pattern
    cannot match anywhere in it."""
    if need is None:
        return True
    probe = need_probe(text)
    return any(s in probe for s in need)


class CaseBlind:
    """A case-blind pattern that runs case-sensitively over the lowered text when the text
    is ASCII: the same match positions (and the same groups, lowered: callers use positions
    or compare case-blind). Only for patterns whose text is all lower case with no scoped
    flags, so every literal and class is the same on lowered ASCII text (a group's name,
    ``(?P<Name>``, is no literal: it may have capitals).

    ``gate`` also skips the lowered twin when the lowered text lacks every string it needs
    (:class:`Gated`): for a pattern whose needed words are few and rare."""

    __slots__ = ("_lower", "rx")

    def __init__(self, rx: re.Pattern[str], *, gate: bool = False) -> None:
        pat = rx.pattern
        bare = _GROUP_NAME.sub("(", pat)
        if not rx.flags & re.IGNORECASE or bare != bare.lower() or "(?-" in pat:
            raise ValueError(f"not a lower-case case-blind pattern: {pat[:60]!r}")
        self.rx = rx
        lower = re.compile(pat, rx.flags & ~re.IGNORECASE)
        # an inline (?i): nothing to gain, same result; else a leading lookbehind goes after
        # the first character (lead_first: the same matches)
        lower = rx if lower.flags & re.IGNORECASE else lead_first(lower)
        self._lower: re.Pattern[str] | Gated = Gated(lower) if gate else lower

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            return self._lower.search(text.lower(), pos, endpos)
        return self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            return self._lower.match(text.lower(), pos, endpos)
        return self.rx.match(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii():
            return self._lower.finditer(text.lower())
        return self.rx.finditer(text)


class Gated:
    """A pattern searched for over a whole message, skipped when the message lacks every
    string it needs (:func:`needs`): the same result, without the engine trying it at each
    position. For unanchored patterns tried on every message whose needed words are few and
    rare ("ago", "@", "deal"); a digit need or none leaves the pattern always run."""

    __slots__ = ("need", "rest", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        need = needs(rx)
        self.rx = rx
        self.need: tuple[str, ...] | None = need if need is not None and DIGIT not in need else None
        # the other needs of a sequence, each checked too ("step" as well as "next")
        self.rest = tuple(n for n in all_needs(rx) if set(n) != set(self.need or ()))

    def _absent(self, text: str) -> bool:
        need = self.need
        if need is not None:
            for s in need:
                if s in text:
                    break
            else:
                return True
        for other in self.rest:
            for s in other:
                if s in text:
                    break
            else:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text):
            return None
        return self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(text):
            return None
        return self.rx.match(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._absent(text):
            return iter(())
        return self.rx.finditer(text)


# --------------------------------------------------------------------------- lead_first

_SRE: Any = importlib.import_module("_sre")
K: Any = importlib.import_module("re._compiler")

# every pattern lead_first rewrote, original first (tests/handlers/test_rxfast.py runs each
# pair over the dev sets)
REWRITTEN: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


_MAX_ALTS = 400
_WORD_RX = re.compile(r"\w")


def _any_char(_ch: int) -> bool:
    return True


def _word_char(ch: int) -> bool:
    return _WORD_RX.match(chr(ch)) is not None


def _literal_first(alts: list[Any]) -> list[Any] | None:
    r"""The alternatives of a branch, each starting with a literal character: one that starts
    with a non-capturing branch of its own is spread into one alternative per way in, in
    their order ("(?:(?:ping|call)\s+him|cb)" is "(?:ping\s+him|call\s+him|cb)": the
    engine tries them in the same order, backtracking alike). None when one starts with
    anything else, or when there would be too many."""
    out: list[Any] = []
    for alt in alts:
        if not alt.data:
            return None
        op, av = alt.data[0]
        if op is C.LITERAL:
            out.append(alt)
        elif op is C.BRANCH:
            inner = [P.SubPattern(alt.state, [*a.data, *alt.data[1:]]) for a in av[1]]
            spread = _literal_first(inner)
            if spread is None:
                return None
            out.extend(spread)
        else:
            return None
        if len(out) > _MAX_ALTS:
            return None
    return out


def _after_first(seq: list[Any], look: Any, ok: Callable[[int], bool]) -> list[Any] | None:
    """``seq`` with ``look`` (a lookbehind two characters wide) moved after its first
    character, when every way into ``seq`` starts with a literal; else None.

    Alternatives are grouped by their first character, in their order (at one position only
    those whose character is there can match, so which one wins is unchanged): each group
    checks the lookbehind once."""
    if not seq:
        return None
    op, av = seq[0]
    if op is C.LITERAL:
        return [seq[0], look, *seq[1:]] if ok(av) else None
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        inner = _after_first(list(sub.data), look, ok)
        if inner is None:
            return None
        return [(op, (group, 0, 0, P.SubPattern(sub.state, inner))), *seq[1:]]
    if op is C.BRANCH:
        flat = _literal_first(list(av[1]))
        if flat is None:
            return None
        by_first: dict[int, list[Any]] = {}
        for alt in flat:
            by_first.setdefault(alt.data[0][1], []).append(alt)
        if not all(map(ok, by_first)):
            return None
        alts = []
        for ch, group_alts in by_first.items():
            state = group_alts[0].state
            if len(group_alts) == 1:
                rest = list(group_alts[0].data[1:])
            else:
                tails = [P.SubPattern(a.state, list(a.data[1:])) for a in group_alts]
                rest = [
                    (C.SUBPATTERN, (None, 0, 0, P.SubPattern(state, [(C.BRANCH, (None, tails))])))
                ]
            alts.append(P.SubPattern(state, [(C.LITERAL, ch), look, *rest]))
        return [(C.BRANCH, (None, alts)), *seq[1:]]
    return None


def lead_first(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a leading one-character lookbehind (``(?<!\\w)``, ``(?<![\\w'])``, or a
    ``\\b`` before word characters) checked after the first character instead of before it,
    when every match starts with a literal character: the same matches, groups and spans (and
    the same ``.pattern``), but the engine can skip to the positions holding one of those
    characters, where it tried the lookbehind at every position (issue 18: most of the date
    reader's patterns begin so).

    The moved lookbehind is two characters wide: ``(?<!\\w.)`` after one character is
    ``(?<!\\w)`` before it (at a text's start both find nothing before, and a lookbehind sees
    before ``pos`` the same way); ``\\b`` before a word character is ``(?<!\\w)``. Any other
    pattern is returned as it is."""
    if rx.flags & (re.IGNORECASE | re.DEBUG | re.ASCII):
        return rx
    tree = P.parse(rx.pattern, rx.flags)
    if tree.state.flags & (re.IGNORECASE | re.ASCII) or not tree.data:
        return rx
    op, av = tree.data[0]
    ok: Callable[[int], bool] = _any_char
    if op is C.AT and av is C.AT_BOUNDARY:
        # "\b" before a word character is "(?<!\w)": only when every first one is one
        sub = P.SubPattern(tree.state, [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])])
        ok = _word_char
    elif op is C.ASSERT_NOT and av[0] == -1 and av[1].getwidth() == (1, 1):
        sub = av[1]
    else:
        return rx
    any_char = (C.SUBPATTERN, (None, re.DOTALL, 0, P.SubPattern(sub.state, [(C.ANY, None)])))
    look = (C.ASSERT_NOT, (-1, P.SubPattern(sub.state, [*sub.data, any_char])))
    moved = _after_first(list(tree.data[1:]), look, ok)
    if moved is None:
        return rx
    tree.data = moved
    # re._compiler.compile, keeping the pattern's text (it would be None from a parsed tree);
    # the engine's internals are no public interface: if another Python's differ, the plain
    # pattern (the same matches) is used, and test_rxfast's count of rewrites says so
    try:
        code = K._code(tree, rx.flags)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in tree.state.groupdict.items():
            indexgroup[i] = name
        fast: re.Pattern[str] = _SRE.compile(
            rx.pattern,
            rx.flags | tree.state.flags,
            code,
            tree.state.groups - 1,
            tree.state.groupdict,
            tuple(indexgroup),
        )
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return rx
    REWRITTEN.append((rx, fast))
    return fast
