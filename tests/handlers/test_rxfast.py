"""The parser's regex shortcuts give the same matches as the plain patterns (issue 18).

``rxfast.needs`` lets ``dates._tokens`` skip a pattern whose needed words a message lacks,
``rxfast.CaseBlind`` runs a case-blind gate case-sensitively over lowered ASCII text, and
``known._word`` folds each distinct word once. Each is checked here against the plain way
on every message of the dev sets (never the test sets), in upper and title case too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from handlers import (
    amend,
    args,
    campaign_freetext,
    case_update_words,
    case_words,
    contact_words,
    deal_words,
    record_words,
)
from handlers.language import (
    amounts,
    date_phrases,
    dates,
    entities,
    known,
    log_text,
    nlu,
    patterns,
    remind_text,
    rules,
    rxfast,
)
from storage.known_names import word_keys

_DATA = Path(__file__).resolve().parents[1] / "data" / "nlu_eval"


def _messages() -> list[str]:
    files = [*sorted(_DATA.glob("dev*.jsonl")), _DATA / "slurp_fresh.jsonl"]
    assert files and not any(f.name.startswith("test") for f in files)
    out = []
    for f in files:
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["message"])
    return out


MESSAGES = _messages()
EXTRA = [
    "",
    "ok",
    "call at 9 on the 3rd",
    "١٢:٣٠ tomorrow",  # digits of another script: \d reads them
    "Follow-Up  on",
    "İstanbul office CAN'T export, urgent",
    "K\u212a at noon",
    "x\x00\\d",
    "Set the Acme renewal probability to 60%",
    "Olsen MOVED at Hooli",
]


def test_needs_of_simple_patterns() -> None:
    # the engine's parser takes the common "n" out first: "ext week" or "xt wk" is left
    assert rxfast.needs(re.compile(r"(?<!\w)(?:next\s+week|nxt\s+wk)")) == ("xt", "week")
    assert rxfast.needs(re.compile(r"a?b")) == ("b",)
    assert rxfast.needs(re.compile(r"(?:abc)?")) is None
    assert rxfast.needs(re.compile(r"x|\w+")) is None  # one way in needs nothing
    assert rxfast.needs(re.compile(r"at\s*\d")) == ("at",)
    assert rxfast.needs(re.compile(r"\s*\d")) == (rxfast.DIGIT,)
    assert rxfast.needs(re.compile(r"tues|tue|monday")) == ("tue", "monday")
    assert rxfast.needs(re.compile(r"abc", re.I)) is None
    assert rxfast.needs(re.compile(r"(?i:abc)d")) == ("d",)
    assert rxfast.needs(re.compile(r"[^x]yz")) == ("yz",)
    assert rxfast.has_need("at 9", rxfast.needs(re.compile(r"\s*\d")))
    assert rxfast.has_need("at ٩", rxfast.needs(re.compile(r"\s*\d")))
    assert not rxfast.has_need("at nine", rxfast.needs(re.compile(r"\s*\d")))


@pytest.mark.parametrize("lang", sorted(dates._SPECS))
def test_a_skipped_date_pattern_never_matches(lang: str) -> None:
    """Every pattern that would be skipped has no match in the message: soundness on data."""
    comps = date_phrases._compiled(lang)
    comps = comps if lang == "en" else comps[:1]  # English is checked once, on its own
    skipped = 0
    for msg in [*MESSAGES, *EXTRA]:
        folded = dates.fold(msg[: dates._MAX_TEXT])
        probe = rxfast.need_probe(folded)
        for comp in comps:
            for (rx, _fn), need in zip(comp.patterns, comp.needs, strict=True):
                if need is None or any(s in probe for s in need):
                    continue
                skipped += 1
                assert rx.search(folded) is None, (rx.pattern[:80], msg)
    assert skipped > len(MESSAGES)  # the shortcut is taken, not only allowed


@pytest.mark.parametrize(
    "fast",
    [
        nlu._TIME_WORDS_FAST,
        dates._TRAIL_FAST,
        case_words._PROBLEM_VERB_FAST,
        contact_words._GATE,
        contact_words._MOVES_GATE,
        amend._OPENING_FAST,
        deal_words._PROBABILITY_SAID,
        deal_words._AT_PERCENT_SAID,
        contact_words._OPT_OUT_GATE,
        case_update_words._UPDATE_SAID,
        campaign_freetext._CAME_FROM_SAID,
        record_words._LIFECYCLE_SAID,
        rxfast.CaseBlind(re.compile(r"\b(?:moved|works)\s+(?P<Firm>at|for)\b", re.I), gate=True),
    ],
    ids=[
        "time_words",
        "trail",
        "problem_verb",
        "contact_field",
        "contact_moves",
        "correction_opening",
        "probability",
        "at_percent",
        "opt_out",
        "case_update",
        "came_from",
        "lifecycle",
        "gated_example",
    ],
)
def test_case_blind_twin_gives_the_same_spans(fast: rxfast.CaseBlind) -> None:
    for msg in [*MESSAGES, *EXTRA]:
        for text in (msg, msg.upper(), msg.title()):
            want = [m.span() for m in fast.rx.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == want, text
            first = fast.rx.search(text)
            got = fast.search(text)
            assert (got and got.span()) == (first and first.span()), text
            head = fast.rx.match(text)
            assert (fast.match(text) and fast.match(text).span()) == (head and head.span())  # type: ignore[union-attr]


def test_case_blind_refuses_patterns_it_cannot_mirror() -> None:
    with pytest.raises(ValueError):
        rxfast.CaseBlind(re.compile(r"abc"))  # not case-blind
    with pytest.raises(ValueError):
        rxfast.CaseBlind(re.compile(r"\W+abc", re.I))  # upper-case escape
    with pytest.raises(ValueError):
        rxfast.CaseBlind(re.compile(r"(?-i:a)bc", re.I))  # a case-sensitive part
    with pytest.raises(ValueError):
        rxfast.CaseBlind(re.compile(r"(?P<x>aB)", re.I))  # a capital outside the group's name
    assert rxfast.CaseBlind(re.compile(r"(?P<Who>ab)(?P=Who)", re.I)).search("x AbaB")


def _words_plain(text: str) -> list[tuple[int, int, str]]:
    """known._words before the per-word cache (the reference)."""
    out = []
    for m in known._WORD.finditer(text):
        raw = m.group()
        core = raw.strip(known._EDGE)
        if not core:
            out.append((m.start(), m.end(), ""))
            continue
        start = m.start() + raw.index(core)
        end = start + len(core)
        if core.endswith(("'s", "’s")) and len(core) > 3:
            end -= 2
        keys = word_keys(text[start:end])
        out.append((start, end, keys[0] if len(keys) == 1 else ""))
    return out


def test_known_words_cached_as_before() -> None:
    for msg in [*MESSAGES, *EXTRA, "Acme's -- ... 'Ørsted' (Maria's) O'Neil's"]:
        for text in (msg, msg.upper()):
            assert known._words(text) == _words_plain(text), text


@pytest.mark.parametrize(
    "gated",
    [
        nlu._AGO,
        remind_text._REMIND_CUE,
        log_text._DEAL_MENTION,
        entities._EMAIL_RX,
        amounts._unit_rx(amounts._CURRENCY_KEYS),
        *rules._NEXT_STEP_FOR,
    ],
    ids=[
        "ago",
        "remind_cue",
        "deal_mention",
        "email",
        "amount_unit",
        "step1",
        "step2",
        "step3",
        "step4",
        "step5",
        "step6",
    ],
)
def test_gated_pattern_finds_what_the_plain_one_finds(gated: rxfast.Gated) -> None:
    assert gated.need  # the gate is taken for these, not only allowed
    skipped = 0
    for msg in [
        *MESSAGES,
        *EXTRA,
        "emailed jo@acme.io 2 days ago about the acme deal",
        "Kerry Group workshop: next step is a call with their CIO",
        "next steps for the tyrell renewal: pricing call",
        "for initrode the next step is to send the SOW",
        "nxt step whitby marine - pricing call",
        "ns glenmore: send sow",
        "Whitby Marine renewal - next: pricing call with procurement",
        "next action on Rookwood Bank: get the MSA redlines back",
    ]:
        for text in (msg, dates.fold(msg)):
            first = gated.rx.search(text)
            got = gated.search(text)
            assert (got and got.span()) == (first and first.span()), text
            assert [m.span() for m in gated.finditer(text)] == [
                m.span() for m in gated.rx.finditer(text)
            ]
            head = gated.rx.match(text)
            assert (gated.match(text) and gated.match(text).span()) == (head and head.span())  # type: ignore[union-attr]
            skipped += gated._absent(text)
    # the gate is worth having: it skips at least a quarter of the texts (each message is
    # tried as typed and folded; dev_long's notes, full of figures, leave the amount gate
    # fewer to skip than the short chat of the other sets)
    assert skipped > len(MESSAGES) // 2


def test_all_needs_of_a_sequence() -> None:
    assert rxfast.all_needs(re.compile(r"^(?:the\s+)?next\s+steps?\s*:")) == (
        ("next",),
        ("step",),
        (":",),
    )
    assert rxfast.all_needs(re.compile(r"a\d+b", re.I)) == ()
    assert rxfast.all_needs(re.compile(r"x\d")) == (("x",),)  # a digit need is left out
    gated = rxfast.Gated(re.compile(r"next\s+step"))
    assert gated.match("next week") is None and gated.match("next  step").span() == (0, 10)  # type: ignore[union-attr]


def test_gated_runs_patterns_without_a_plain_need() -> None:
    assert rxfast.Gated(re.compile(r"\d+")).need is None  # a digit: always run
    assert rxfast.Gated(re.compile(r"x|\w+")).need is None
    assert rxfast.Gated(re.compile(r"abc", re.I)).need is None
    assert rxfast.Gated(re.compile(r"ab|cd")).search("xxcd").span() == (2, 4)  # type: ignore[union-attr]
    assert rxfast.Gated(re.compile(r"ab|cd")).search("xxce") is None


def _correction_like_plain(text: str) -> bool:
    """amend.is_correction_like before its shortcut (the reference)."""
    m = amend._CORRECTION.match(text)
    return m is not None and bool(text[: m.start("when")].strip(" ,.!:-"))


def test_correction_opening_reads_as_the_whole_pattern() -> None:
    heads = ["", "actually ", "No, ", "sorry - ", "oops wait ", "Change of plan: ", "\t"]
    verbs = ["", "make it ", "MOVE THAT TO ", "i meant ", "let's say ", "instead "]
    tails = ["", "monday 11am", "  ", ".", "4pm instead please!", "x", ",", " \n", "\nmonday"]
    texts = [h + v + t for h in heads for v in verbs for t in tails]
    for msg in [*MESSAGES, *EXTRA, *texts]:
        for text in (msg, msg.upper(), f"actually {msg}", f"make it {msg}"):
            assert amend.is_correction_like(text) == _correction_like_plain(text), repr(text)


def test_amount_patterns_need_a_digit_and_two_start_at_one() -> None:
    assert all(rxfast.needs(rx) == (rxfast.DIGIT,) for rx in amounts._AMOUNT_RXS)
    assert [at for _rx, at in amounts._AMOUNT_RXS_AT] == [False, True, True]
    assert rxfast.starts_at_digit(re.compile(r"(?<!x)(?:\d+|\d\.)k"))
    assert not rxfast.starts_at_digit(re.compile(r"(?:\d+|a)k"))
    assert not rxfast.starts_at_digit(re.compile(r"\d*k"))
    for msg in [*MESSAGES, *EXTRA, "$45,000.50 or 12k EUR, 2,5 Mio. Euro", "x1 999 €"]:
        text = dates.fold(msg)
        first = re.search(r"\d", text)
        for rx, at in amounts._AMOUNT_RXS_AT:
            plain = [m.span() for m in rx.finditer(text)]
            if first is None:
                assert plain == []
            elif at:
                assert [m.span() for m in rx.finditer(text, first.start())] == plain


def _all_rewritten() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern ``lead_first`` rewrote, the date reader's of every language compiled."""
    for lang in dates._SPECS:
        date_phrases._compiled(lang)
    return list(rxfast.REWRITTEN)


def _found(rx: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def test_lead_first_rewrites_the_date_patterns_and_the_rules() -> None:
    rewritten = _all_rewritten()
    texts = {plain.pattern for plain, _fast in rewritten}
    assert len(rewritten) > 60
    # the same text and groups: callers, needs() and error messages read the pattern
    for plain, fast in rewritten:
        assert fast is not plain and fast.pattern == plain.pattern
        assert (fast.flags, fast.groups, fast.groupindex) == (
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
    assert any(t.startswith(r"(?<!\w)(?:follow[\s-]*up|followup") for t in texts)


def test_lead_first_finds_what_the_plain_pattern_finds() -> None:
    """Spans, groups and named groups of every match, over every dev message as typed,
    lowered and folded (the date reader's text), and anchored at each word's start."""
    rewritten = _all_rewritten()
    texts = sorted({t for msg in [*MESSAGES, *EXTRA] for t in (msg, msg.lower(), dates.fold(msg))})
    for plain, fast in rewritten:
        for text in texts:
            assert _found(fast, text) == _found(plain, text), (plain.pattern[:60], text)
    for plain, fast in rewritten[:: max(1, len(rewritten) // 12)]:
        for text in texts[::7]:
            for pos in range(len(text)):
                a, b = plain.match(text, pos), fast.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
                a, b = plain.search(text, pos, pos + 12), fast.search(text, pos, pos + 12)
                assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(
    ("pattern", "moved"),
    [
        (r"(?<!\w)(?:next\s+week|nxt\s+wk)(?!\w)", True),
        (r"(?<![\w'])(?P<w>(?:sun|sat|am))", True),
        (r"(?<!\w)(?:(?:ping|call)\s+him|cb|c)", True),  # a branch first in a branch: spread
        (r"(?<!\w)(?:a|ab|b|abc)x?", True),  # first-character groups keep their order
        (r"(?<!\w)\d+", False),  # no literal first
        (r"(?<!\w)(?:(?P<g>a)|b)", False),  # a group first in a branch: left alone
        (r"(?<!\w\w)ab", False),  # a lookbehind two wide
        (r"(?i)(?<!\w)ab", False),  # case-blind
        (r"ab(?<!\w)", False),
        (r"\b(?:can't|cannot|éa)\b", True),  # "\b" before word characters
        (r"\b(?:-x|ab)", False),  # "\b" before a non-word character is no lookbehind
        (r"(?a)\bab", False),  # ASCII word characters: left alone
    ],
)
def test_lead_first_moves_only_what_it_can(pattern: str, moved: bool) -> None:
    plain = re.compile(pattern)
    fast = rxfast.lead_first(plain)
    assert (fast is not plain) is moved
    texts = ["", "a", "ab", "xab ab", "call him, cb c", "am sat", "b abc ab x", "_ab é-x"]
    for text in [*texts, "can't écannot éa", "1cannot, éa", *EXTRA]:
        assert _found(fast, text) == _found(plain, text), text


def test_field_and_line_end_patterns_need_their_character() -> None:
    """``args.parse_args`` skips its field search without an "=", and the cleaner its
    line-end join without a newline: neither pattern matches a text lacking it (every dev
    message, and each with its spaces made line breaks to give the join work)."""
    for msg in [*MESSAGES, *EXTRA]:
        for text in (msg, msg.replace(" ", "\n", 2)):
            if "=" not in text:
                assert args._FIELD.search(text) is None, text
            if "\n" not in text:
                assert patterns._LINE_END.search(text) is None, text
            nfc = unicodedata.normalize("NFC", text[: patterns._MAX_CHARS])
            plain = " ".join(patterns._CTRL_RX.sub(" ", patterns._LINE_END.sub(". ", nfc)).split())
            assert patterns._clean(text) == plain
    assert args.parse_args("Ana Ruiz email=ana@x.io") == args.Args(
        "Ana Ruiz", {"email": "ana@x.io"}
    )
    assert patterns._clean("Phone call\nEmily Watson") == "Phone call. Emily Watson"
