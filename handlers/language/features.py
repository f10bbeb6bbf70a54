"""Tokens and features shared by the learned parser's training and its run time.

Why one module: a model is only as good as the match between the features it was
trained on and the ones it is scored on, so :mod:`handlers.language.train` and
:mod:`handlers.language.model` both call these functions and nothing else.

Typed values (dates, times, amounts, emails, phones) are found by the tested
deterministic extractors before any model runs; their spans come in as ``spans``
and become placeholder tokens (``<date>``, ``<amount>``...), so the models learn
"remind me <date> to ..." once instead of once per way of saying a date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from handlers.language.dates import fold

__all__ = ["Token", "crf_features", "intent_features", "tokenize"]

# words with inner dots/commas/apostrophes ("12.5k", "acme.com", "o'neil", "5,000"), or one
# punctuation mark; trailing punctuation is a token of its own
_TOKEN_RX = re.compile(r"[\w@+\-'’&/$€£#]+(?:[.,:][\w@+\-'’&/$€£]+)*|[^\w\s]")

STAGE_WORDS = frozenset(
    [
        "prospecting",
        "prospect",
        "lead",
        "qualification",
        "qualified",
        "qualifying",
        "pre-approach",
        "preapproach",
        "proposal",
        "demo",
        "quote",
        "presentation",
        "negotiation",
        "negotiating",
        "contract",
        "closing",
        "won",
        "win",
        "lost",
        "signed",
    ]
)


# Legal suffixes that end a company name, folded and without dots ("S.A." -> "sa").
COMPANY_SUFFIXES = frozenset(
    [
        "inc",
        "corp",
        "corporation",
        "ltd",
        "llc",
        "gmbh",
        "ag",
        "sa",
        "sl",
        "slu",
        "as",
        "asa",
        "ab",
        "bv",
        "nv",
        "oy",
        "oyj",
        "aps",
        "plc",
        "co",
        "group",
        "sarl",
        "sas",
        "spa",
        "srl",
        "company",
        "labs",
        "kg",
        "se",
        "pcl",
        "dac",
        "limited",
        "pvt",
        "sab",
        "cv",
        "scoop",
        "bhd",
        "pty",
        "kk",
        "llp",
    ]
)
# words that end or make a company's name without being a legal suffix ("First Bank of
# Nigeria", "Emirates Airlines", "Hitachi Energy"): a cue that a run is a firm, not a person
TRADE_WORDS = frozenset(
    [
        "bank",
        "airlines",
        "airways",
        "motors",
        "holdings",
        "industries",
        "enterprises",
        "energy",
        "logistics",
        "telecom",
        "pharma",
        "capital",
        "foods",
        "steel",
        "mining",
        "insurance",
        "hospital",
        "university",
        "technologies",
        "systems",
        "solutions",
        "partners",
    ]
)
FIRST_NAMES_FILE = Path(__file__).resolve().parent / "trained" / "first_names.txt"


@cache
def first_names() -> frozenset[str]:
    """Folded first names of many origins: a cue that does not depend on capitals
    ("cb ola nordmann" names a person as surely as "cb Ola Nordmann")."""
    if not FIRST_NAMES_FILE.exists():
        return frozenset()
    lines = FIRST_NAMES_FILE.read_text("utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _gaz(tok: Token) -> str | None:
    """ "fn" for a known first name, "sfx" for a legal suffix, "trade" for a word of a
    company's name ("bank", "airlines"), else None."""
    if tok.kind:
        return None
    w = fold(tok.text)
    if w.replace(".", "") in COMPANY_SUFFIXES and (len(w) > 1):
        return "sfx"
    if w in first_names():
        return "fn"
    if w in TRADE_WORDS:
        return "trade"
    return None


_POSSESSIVE_RX = re.compile(r"^[^\W\d_][\w&.-]*['’]s$")


def _possessive(tok: Token) -> bool:
    """ "Acme's", "Telenor’s": the owner, often a company, before its person or role."""
    return tok.kind is None and bool(_POSSESSIVE_RX.match(tok.text))


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str | None = None  # "date" | "amount" | "email" | "phone" from the extractors


def tokenize(text: str, spans: list[tuple[int, int, str]] = ()) -> list[Token]:  # type: ignore[assignment]
    """Split ``text``; a token inside an extractor span carries that span's kind."""
    out = []
    ordered = sorted(spans)
    starts = [s for s, _, _ in ordered]
    for m in _TOKEN_RX.finditer(text):
        kind = None
        # the first span (in the given order) holding the token, found among those starting
        # at or before it without a scan of every span per token (10 kB messages stay linear)
        i = bisect_right(starts, m.start())
        holding = [sp for sp in ordered[max(0, i - 8) : i] if sp[0] <= m.start() < sp[1]]
        if holding:
            first = min(holding, key=spans.index) if len(holding) > 1 else holding[0]
            kind = first[2]
        out.append(Token(m.group(), m.start(), m.end(), kind))
    return out


def _norm(tok: Token) -> str:
    if tok.kind:
        return f"<{tok.kind}>"
    w = fold(tok.text)
    if w.isdigit():
        return "<num>"
    return w


def _shape(s: str) -> str:
    if s.isdigit():
        return "d"
    if s[:1].isupper():
        return "X" if s[1:].islower() or len(s) == 1 else "XX" if s.isupper() else "Xx"
    return "x" if s.isalpha() else "mix"


# Past forms that do not end in "-ed", and chat words for a contact already made.
_PAST_IRREGULAR = frozenset(
    [
        "met",
        "spoke",
        "sent",
        "left",
        "had",
        "got",
        "took",
        "caught",
        "went",
        "saw",
        "rang",
        "told",
        "said",
        "gave",
        "brought",
        "wrote",
        "ran",
        "did",
        "done",
        "hung",
        "sat",
        "heard",
        "found",
        "made",
        "lvm",
        "vm'd",
        "demo'd",
        "texted",
    ]
)
_CLAUSE_END = frozenset(",;:.!?-–—()")
# "-ed" words that name or plan rather than report ("an event called …", "labelled taxi")
_NOT_PAST = frozenset(
    [
        "need",
        "needed",
        "seed",
        "feed",
        "speed",
        "bed",
        "red",
        "shed",
        "named",
        "labelled",
        "labeled",
        "titled",
        "entitled",
        "scheduled",
        "interested",
        "based",
        "related",
    ]
)


def _head_cues(words: list[str]) -> list[str]:
    """What the first clause says about time: a report of what happened ("walked the Kone
    site, …", "spoke w/ X re pricing, cb next wk") reads as a past form before any comma,
    whatever its verb; a to-do or an ask does not. One cue for every past verb, so a verb
    the training data never used still points to a log."""
    head: list[str] = []
    for w in words:
        if w in _CLAUSE_END or w == "->":
            break
        head.append(w)
    out = []

    def is_past(w: str) -> bool:
        return w in _PAST_IRREGULAR or (
            len(w) > 4 and w.endswith("ed") and w.isalpha() and w not in _NOT_PAST
        )

    # a report starts with its verb ("walked the site", "i just called", "so i spoke") or
    # ends its first clause with it ("Olu from Dangote called, …")
    if any(is_past(w) for w in head[:3]) or (head and is_past(head[-1])):
        out.append("h=past")
    if "done" in head or "finished" in head or "went" in head:
        out.append("h=done")
    return out


def intent_features(tokens: list[Token]) -> list[str]:
    """Bag of words, word pairs, word-start and character n-grams of a message."""
    words = [_norm(t) for t in tokens]
    # collapse runs of one placeholder ("tomorrow at 3" is one <date>)
    seq: list[str] = []
    for w in words:
        if not (w.startswith("<") and seq and seq[-1] == w):
            seq.append(w)
    feats = [f"w={w}" for w in seq]
    padded = ["^", *seq, "$"]
    feats += [f"b={a}|{b}" for a, b in pairwise(padded)]
    feats += [f"f={w}" for w in seq[:2]]
    gaz = {g for g in map(_gaz, tokens) if g}
    feats += [f"g={g}" for g in sorted(gaz)]
    feats += _head_cues(seq)
    for w in seq:
        if w.startswith("<") or len(w) < 3:
            continue
        p = f" {w} "
        feats += [f"c={p[i : i + n]}" for n in (3, 4) for i in range(len(p) - n + 1)]
    return feats


def crf_features(tokens: list[Token], intent: str) -> list[list[str]]:
    """One feature list per token for the slot tagger (python-crfsuite's item sequence)."""
    norms = [_norm(t) for t in tokens]
    gaz = [_gaz(t) for t in tokens]
    poss = [_possessive(t) for t in tokens]
    out: list[list[str]] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        w = norms[i]
        f = [
            "bias",
            f"i={intent}",
            f"w={w}",
            f"s={_shape(tok.text)}",
            f"p3={w[:3]}",
            f"x3={w[-3:]}",
            f"i|w={intent}|{w}",
        ]
        if tok.kind:
            f.append(f"k={tok.kind}")
        if w in STAGE_WORDS:
            f.append("stage")
        if gaz[i]:
            f.append(f"g={gaz[i]}")
        if poss[i]:
            f.append("poss")
        if i > 0 and poss[i - 1]:
            f.append("poss-1")  # "Telenor's Kjetil": the person after the company's "'s"
        for d in (-1, 1, 2):
            j = i + d
            if 0 <= j < n and gaz[j]:
                f.append(f"g{d}={gaz[j]}")
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-3, -2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={norms[j]}")
                f.append(f"s{d}={_shape(tokens[j].text)}")
        if i > 0:
            f.append(f"b-1={norms[i - 1]}|{w}")
        if i + 1 < n:
            f.append(f"b+1={w}|{norms[i + 1]}")
        if i > 1:
            f.append(f"p2={norms[i - 2]}|{norms[i - 1]}")
        out.append(f)
    return out
