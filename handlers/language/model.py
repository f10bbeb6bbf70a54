"""Run time of the learned parser: score the shipped intent weights, tag slots.

Why not scikit-learn here: importing it (and scipy) costs more time and memory than
the whole bot may spend on a message. The classifier is a linear model, so scoring
it is a sum of weight rows picked by the message's features (numpy), and the slot
tagger is python-crfsuite's Tagger, a small C extension that opens a model file.
Both files live in ``handlers/language/trained/`` and are rebuilt by
``python -m handlers.language.train`` (nothing is downloaded at run time).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from handlers.language.features import Token, crf_features, intent_features

__all__ = ["MODEL_DIR", "IntentModel", "intent_scores", "load", "predict_intent", "tag_slots"]

MODEL_DIR = Path(__file__).resolve().parent / "trained"
_lock = threading.Lock()


@dataclass(frozen=True)
class IntentModel:
    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # (n_features, n_classes) float32
    bias: np.ndarray  # (n_classes,)

    def scores(self, feats: list[str]) -> np.ndarray:
        rows = [self.index[f] for f in feats if f in self.index]
        z = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()


def load_intent(model_dir: Path = MODEL_DIR, *, mmap: bool = True) -> IntentModel:
    """The classifier's files. The weights are memory-mapped: nothing is read or copied up
    front, and only the pages of the rows messages use become resident (``mmap=False``
    reads them whole, as the tests compare)."""
    meta = json.loads((model_dir / "intent.json").read_text("utf-8"))
    vocab = (model_dir / "intent.vocab").read_text("utf-8").split("\n")
    weights = np.load(model_dir / "intent.npy", mmap_mode="r" if mmap else None)
    return IntentModel(
        classes=tuple(meta["classes"]),
        index=dict(zip(vocab, range(len(vocab)), strict=True)),
        weights=weights,
        bias=np.asarray(meta["bias"], dtype=np.float32),
    )


def open_tagger(model_dir: Path = MODEL_DIR) -> object:
    """python-crfsuite's Tagger on the slot model (the C library maps the file)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_dir / "slots.crfsuite"))
    return tagger


@cache
def load(model_dir: Path = MODEL_DIR) -> tuple[IntentModel, object]:
    """The intent model and an open crfsuite Tagger (loaded once per process)."""
    return load_intent(model_dir), open_tagger(model_dir)


def predict_intent(tokens: list[Token], model_dir: Path = MODEL_DIR) -> tuple[str, float]:
    """The most likely intent and its probability."""
    model, _ = load(model_dir)
    p = model.scores(intent_features(tokens))
    best = int(p.argmax())
    return model.classes[best], float(p[best])


def intent_scores(tokens: list[Token], model_dir: Path = MODEL_DIR) -> dict[str, float]:
    """Every intent's probability (they sum to 1)."""
    model, _ = load(model_dir)
    p = model.scores(intent_features(tokens))
    return {c: float(v) for c, v in zip(model.classes, p, strict=True)}


def tag_slots(tokens: list[Token], intent: str, model_dir: Path = MODEL_DIR) -> list[str]:
    """One BIO label per token (``B-contact``, ``I-deal``, ``O``...)."""
    if not tokens:
        return []
    _, tagger = load(model_dir)
    with _lock:  # a crfsuite Tagger holds per-call state
        return list(tagger.tag(crf_features(tokens, intent)))  # type: ignore[attr-defined]
