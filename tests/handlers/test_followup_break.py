"""The clause-break pattern of ``followup`` finds the same breaks as its plain form.

``followup._BREAK`` checks its zero-width breaks' shared "(?<=\\s)" once and each break's word
before the dictation break's twenty lookbehinds (issue 18: it was the dearest pattern of a
free-text message). Here the plain form, each alternative with its own assertions in the
order they were written, is run beside it over every message of the dev sets (never the
test sets), folded as the parser folds them, ending at every position a clause can be asked
for: the same matches, the same spans.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from handlers.language import followup
from handlers.language.date_base import fold

_DATA = Path(__file__).resolve().parents[1] / "data" / "nlu_eval"

PLAIN = re.compile(
    r"[,;:!?]|\.(?=\s|$)|\s[-–—]\s|\s\(|"
    r"(?<=\s)(?=(?:i|he|she|they|we)(?:'(?:ll|s|re|m|ve|d))?\s+(?!and\b|or\b))"
    r"|(?<=\s)(?=(?:ill|ive)\s+[a-z])"
    r"|(?<!'ll\s)(?<!will\s)(?<!to\s)(?<!'d\s)(?<!would\s)(?<!can\s)(?<!could\s)(?<!should\s)"
    r"(?<!must\s)(?<!may\s)(?<!might\s)(?<!he\s)(?<!they\s)(?<!we\s)(?<!\bi\s)(?<!you\s)"
    r"(?<!who\s)(?<!usually\s)(?<!always\s)(?<!often\s)(?<=[a-z]\s)"
    r"(?=(?:call|ring|phone|send|email|ping|text|chase|follow)\s+(?:her|him|them|it|up|back|in)\b)"
    r"|(?<=\s)(?=(?:but|so|then|because|though|although|while|whereas)\s)"
)

EXTRA = [
    "",
    " ",
    "met ana - she'll sign. then we call her back tomorrow",
    "spoke to bo at acme he will send it i'll call them back friday but not before 9",
    "the pricing sheet send it on tuesday (or wed); who call her back",
    "ive sent it ill ring him up later although they usually call back",
    "x\ncall her back\ttomorrow\n\nso then",
]


def _folded_messages() -> list[str]:
    files = [*sorted(_DATA.glob("dev*.jsonl")), _DATA / "slurp_fresh.jsonl"]
    assert files and not any(f.name.startswith("test") for f in files)
    out = []
    for f in files:
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                out.append(fold(json.loads(line)["message"]))
    return out + [fold(x) for x in EXTRA]


def _spans(rx: re.Pattern[str], text: str, lo: int, pos: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, lo, pos)]


def test_break_equals_plain_pattern_on_dev_messages() -> None:
    messages = _folded_messages()
    assert len(messages) > 3000
    for text in messages:
        assert _spans(followup._BREAK, text, 0, len(text)) == _spans(PLAIN, text, 0, len(text))
        for pos in range(len(text)):
            lo = max(0, pos - followup._WINDOW)
            got = _spans(followup._BREAK, text, lo, pos)
            assert got == _spans(PLAIN, text, lo, pos), (text, pos)


def test_clause_start_still_reads_the_clause() -> None:
    text = "called ana at acme, she'll sign next week. we call her back on friday"
    assert followup._clause_start(text, text.index("next")) == text.index("she'll")
    assert followup._clause_start(text, text.index("friday")) == text.index("we call")
    assert followup._clause_start(text, text.index("acme")) == 0
