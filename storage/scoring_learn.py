"""The learned score: a workspace's own won/lost history says which leads win.

Once a workspace has closed at least 50 won and 50 lost deals with a contact, a logistic
regression is trained over the scoring features of each deal's contact as they were when
the deal closed (title seniority, industry, region, company size, lead source, reachable
by email/phone; touches, meetings and replies and campaign responses logged before the
close). It is exact and small: L2-regularised maximum likelihood solved by Newton's method
(iteratively reweighted least squares) in numpy, the same optimum scikit-learn's
``LogisticRegression(C=1/l2)`` finds (a test checks it), with no scikit-learn at run time.

It is shown beside the rule score ("learned: 64% chance to win ... top factors ...") and
never replaces the rule explanation: the rules are what a rep can read and argue with.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import Opportunity, Workspace
from storage.scoring import REPLY_WORDS, _Data, _load
from storage.scoring_models import ScoreModel
from storage.scoring_rules import fold

MIN_WON = 50
MIN_LOST = 50
L2 = 1.0
MIN_SEEN = 5  # a category value seen fewer times in training falls into "other"
CATEGORIES = ("industry", "region", "source")


def seniority(title: str | None) -> str:
    t = fold(title or "")
    words = set(t.replace(",", " ").replace("/", " ").split())
    if words & {"chief", "ceo", "cfo", "cto", "coo", "cmo", "cio", "founder", "owner", "president"}:
        return "c-level"
    if words & {"vp", "vice", "head", "director"}:
        return "vp/director"
    if words & {"manager", "lead", "principal"}:
        return "manager"
    return "other" if t else "none"


def size_bucket(n: int | None) -> str:
    if n is None:
        return "unknown"
    if n < 50:
        return "<50"
    if n < 200:
        return "50-199"
    if n < 1000:
        return "200-999"
    return "1000+"


def raw_features(cid: int, data: _Data, cutoff: datetime) -> dict[str, Any]:
    """One contact's features as of ``cutoff`` (only events before it count)."""
    f = data.facts.get(cid, {})
    acts = [(k, at, body) for k, at, body in data.acts.get(cid, []) if at < cutoff]
    replies = sum(1 for _, _, body in acts if REPLY_WORDS.search(body))
    return {
        "seniority": seniority(f.get("title")),
        "size": size_bucket(f.get("size_n")),
        "industry": fold(f.get("industry") or "") or "none",
        "region": fold(f.get("region") or "") or "none",
        "source": fold(f.get("source") or "") or "none",
        "has email": bool(f.get("has_email")),
        "has phone": bool(f.get("has_phone")),
        "touches": sum(1 for k, _, _ in acts if k in ("call", "email", "note")),
        "meetings": sum(1 for k, _, _ in acts if k in ("meeting", "visit")),
        "replies": replies,
        "campaign responses": sum(1 for _, at, _ in data.camps.get(cid, []) if at < cutoff),
    }


def _names(vocab: dict[str, list[str]]) -> list[str]:
    names = [f"title {v}" for v in ("c-level", "vp/director", "manager", "other")]
    names += [f"size {v}" for v in ("<50", "50-199", "200-999", "1000+")]
    for cat in CATEGORIES:
        names += [f"{cat} {v}" for v in vocab.get(cat, [])]
    names += ["has email", "has phone", "touches (log)", "meetings (log)", "replies (log)"]
    names += ["campaign responses (log)"]
    return names


def vector(raw: dict[str, Any], vocab: dict[str, list[str]]) -> list[float]:
    on = {f"title {raw['seniority']}", f"size {raw['size']}"}
    for cat in CATEGORIES:
        on.add(f"{cat} {raw[cat]}")
    out = []
    for name in _names(vocab):
        if name in on:
            out.append(1.0)
        elif name in ("has email", "has phone"):
            out.append(1.0 if raw[name] else 0.0)
        elif name.endswith("(log)"):
            out.append(math.log1p(raw[name[: -len(" (log)")]]))
        else:
            out.append(0.0)
    return out


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 50) -> np.ndarray:
    """Weights (bias first) maximising the L2-penalised log-likelihood, by Newton's method.

    The penalty ``l2/2 * |w|^2`` spares the bias, as scikit-learn's does; the objective is
    strictly convex, so Newton converges to the one optimum in a few steps.
    """
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return w


@dataclass
class Prediction:
    probability: int  # percent
    factors: list[tuple[str, float]]  # the largest contributions (log-odds), signed
    won: int
    lost: int

    def text(self) -> str:
        tops = ", ".join(f"{name} {v:+.1f}" for name, v in self.factors)
        return (
            f"learned: {self.probability}% chance to win (logistic regression on this "
            f"workspace's {self.won} won / {self.lost} lost deals)"
            + (f"; top factors: {tops}" if tops else "")
        )


def closed_counts(session: Session, ws_id: int) -> tuple[int, int]:
    rows = dict(
        session.execute(
            select(Opportunity.status, func.count())
            .where(
                Opportunity.workspace_id == ws_id,
                Opportunity.status.in_(("won", "lost")),
                Opportunity.contact_id.is_not(None),
                Opportunity.deleted_at.is_(None),
            )
            .group_by(Opportunity.status)
        ).all()
    )
    return int(rows.get("won", 0)), int(rows.get("lost", 0))


@dataclass
class TrainingSet:
    vocab: dict[str, list[str]]
    x: np.ndarray
    y: np.ndarray


def training_set(session: Session, ws: Workspace, now: datetime) -> TrainingSet:
    """One row per closed deal with a contact: its contact's features at the close."""
    deals = session.execute(
        select(Opportunity.contact_id, Opportunity.status, Opportunity.closed_at,
               Opportunity.updated_at)
        .where(
            Opportunity.workspace_id == ws.id,
            Opportunity.status.in_(("won", "lost")),
            Opportunity.contact_id.is_not(None),
            Opportunity.deleted_at.is_(None),
        )
        .order_by(Opportunity.id)
    ).all()  # fmt: skip
    raws: list[dict[str, Any]] = []
    labels: list[float] = []
    deals = [d for d in deals if d[0] is not None]
    ids = sorted({int(d[0] or 0) for d in deals})
    data = _Data({}, {}, {}, {})
    for i in range(0, len(ids), 500):
        part = _load(session, ws.id, ids[i : i + 500])
        data.facts.update(part.facts)
        data.acts.update(part.acts)
        data.camps.update(part.camps)
    for cid, status, closed_at, updated in deals:
        raws.append(raw_features(int(cid or 0), data, closed_at or updated or now))
        labels.append(1.0 if status == "won" else 0.0)
    vocab = {
        cat: sorted(v for v, n in Counter(r[cat] for r in raws).items() if n >= MIN_SEEN)
        for cat in CATEGORIES
    }
    x = np.array([vector(r, vocab) for r in raws], dtype=float)
    return TrainingSet(vocab, x, np.array(labels))


def train(session: Session, ws: Workspace, now: datetime) -> ScoreModel | None:
    """Train (or retrain) the workspace's model; None when its history is too short."""
    won, lost = closed_counts(session, ws.id)
    if won < MIN_WON or lost < MIN_LOST:
        return None
    ts = training_set(session, ws, now)
    vocab, x, y = ts.vocab, ts.x, ts.y
    w = fit_logistic(x, y)
    p = 1.0 / (1.0 + np.exp(-(np.hstack([np.ones((len(x), 1)), x]) @ w)))
    accuracy = float(np.mean((p >= 0.5) == (y == 1.0)))
    model = {
        "kind": "logistic regression",
        "l2": L2,
        "vocab": vocab,
        "features": _names(vocab),
        "bias": float(w[0]),
        "weights": [float(v) for v in w[1:]],
        "train_accuracy": round(accuracy, 3),
    }
    row = session.get(ScoreModel, ws.id)
    if row is None:
        row = ScoreModel(workspace_id=ws.id)
        session.add(row)
    row.trained_at, row.won, row.lost, row.model = now, won, lost, model
    session.flush()
    return row


def model_of(session: Session, ws_id: int) -> ScoreModel | None:
    return session.get(ScoreModel, ws_id)


def predict(
    row: ScoreModel, data: _Data, cids: Sequence[int], now: datetime, top: int = 3
) -> dict[int, Prediction]:
    m = row.model
    vocab = m["vocab"]
    names: list[str] = m["features"]
    weights = np.array(m["weights"], dtype=float)
    out = {}
    for cid in cids:
        if cid not in data.facts:
            continue
        x = np.array(vector(raw_features(cid, data, now.replace(year=9999)), vocab))
        contrib = weights * x
        z = float(m["bias"] + contrib.sum())
        prob = 1.0 / (1.0 + math.exp(-z))
        order = np.argsort(-np.abs(contrib))
        factors = [(names[i], float(contrib[i])) for i in order[:top] if abs(contrib[i]) >= 0.05]
        out[cid] = Prediction(round(prob * 100), factors, row.won, row.lost)
    return out


def predict_one(session: Session, ws: Workspace, cid: int, now: datetime) -> Prediction | None:
    row = model_of(session, ws.id)
    if row is None:
        return None
    return predict(row, _load(session, ws.id, [cid]), [cid], now).get(cid)
