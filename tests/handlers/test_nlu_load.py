"""The learned parser's model as the bot loads it (weights memory-mapped, one first-names set)
predicts exactly what the files read whole predict, on every development message."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import numpy as np

from handlers.language import model as nlu_model
from handlers.language.features import crf_features, first_names, intent_features, tokenize
from handlers.language.learned import typed_spans
from handlers.language.message import _first_names

DEV = Path(__file__).resolve().parent.parent / "data" / "nlu_eval"


def _messages() -> list[tuple[str, datetime, str, str]]:
    out = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        for line in (DEV / name).read_text("utf-8").splitlines():
            r = json.loads(line)
            out.append((r["message"], datetime.fromisoformat(r["now"]), r["tz"], r["lang"]))
    return out


def test_mapped_model_predicts_as_the_files_read_whole() -> None:
    mapped, tagger = nlu_model.load()
    assert isinstance(mapped.weights, np.memmap)  # mapped, not read up front
    whole = nlu_model.load_intent(mmap=False)
    fresh = nlu_model.open_tagger()
    assert not isinstance(whole.weights, np.memmap)
    assert whole.classes == mapped.classes and whole.index == mapped.index
    n = 0
    for text, now, tz, lang in _messages():
        toks = tokenize(text, typed_spans(text, now, tz, lang))
        if not toks:
            continue
        feats = intent_features(toks)
        a, b = mapped.scores(feats), whole.scores(feats)
        assert np.array_equal(np.asarray(a), np.asarray(b)), text
        intent = mapped.classes[int(np.argmax(a))]
        xseq = crf_features(toks, intent)
        assert list(tagger.tag(xseq)) == list(fresh.tag(xseq)), text  # type: ignore[attr-defined]
        n += 1
    assert n > 600


def test_one_first_names_set_for_rules_and_features() -> None:
    assert _first_names() is first_names() and "ngozi" in first_names()
