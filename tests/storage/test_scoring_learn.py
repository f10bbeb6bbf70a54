"""The learned score (issue 15): a logistic regression trained in-process on a
workspace's won/lost history, checked on generated history with a known signal and
against scikit-learn's optimum (scikit-learn is a dev dependency only)."""

from __future__ import annotations

import random
from datetime import timedelta

import numpy as np
from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Account, Activity, Contact, Opportunity, User, Workspace
from storage.scoring_learn import fit_logistic, predict_one, train, training_set
from storage.text import name_key, name_parts

INDUSTRIES = ("logistics", "software", "retail", "energy")


def _history(sessions, ws_id: int, now, n: int = 240, seed: int = 7) -> None:
    """Contacts with a closed deal each. The known signal: logistics wins 80% of the time,
    other industries 20%; meetings before the close add a little; titles are noise."""
    rng = random.Random(seed)
    with transaction(sessions) as s:
        ana = s.scalar(select(User).where(User.workspace_id == ws_id))
        assert ana is not None
        accounts = []
        for ind in INDUSTRIES:
            a = Account(workspace_id=ws_id, name=f"{ind} co", name_key=f"{ind} co", industry=ind)
            s.add(a)
            accounts.append(a)
        s.flush()
        for i in range(n):
            acc = accounts[i % len(accounts)]
            name = f"Lead {i}"
            key = name_key(name)
            first, last = name_parts(key)
            c = Contact(
                workspace_id=ws_id, name=name, name_key=key, first_key=first, last_key=last,
                title=rng.choice(["CEO", "Buyer", "VP Ops", None]), account_id=acc.id,
                lifecycle="lead", owner_id=ana.id,
            )  # fmt: skip
            s.add(c)
            s.flush()
            p = 0.8 if acc.industry == "logistics" else 0.2
            meetings = rng.randint(0, 3)
            won = rng.random() < min(0.95, p + 0.03 * meetings)
            closed = now - timedelta(days=rng.randint(5, 300))
            for m in range(meetings):
                at = closed - timedelta(days=m + 1)
                s.add(
                    Activity(
                        workspace_id=ws_id, type="meeting", body="demo", contact_id=c.id,
                        occurred_at=at, user_id=ana.id,
                    )
                )  # fmt: skip
            s.add(
                Opportunity(
                    workspace_id=ws_id, title=f"Deal {i}", title_key=f"deal {i}",
                    contact_id=c.id, account_id=acc.id, currency="EUR",
                    stage="won" if won else "lost", status="won" if won else "lost",
                    closed_at=closed, owner_id=ana.id,
                )
            )  # fmt: skip


def test_learned_score_finds_the_known_signal(sessions, ws_id, clock, console: ConsoleAdapter):
    console.say("me")
    assert "Not enough history" in console.say("score learn")
    _history(sessions, ws_id, clock.now)
    out = console.say("score learn")
    assert "Learned score trained on" in out
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        model = train(s, ws, clock.now)
        assert model is not None and model.won >= 50 and model.lost >= 50
        names, weights = model.model["features"], model.model["weights"]
        best = names[int(np.argmax(weights))]
        assert best == "industry logistics", dict(zip(names, weights, strict=True))
        assert model.model["train_accuracy"] >= 0.7
        # The same optimum as scikit-learn's L2 logistic regression (C = 1 / l2).
        from sklearn.linear_model import LogisticRegression

        ts = training_set(s, ws, clock.now)
        ours = fit_logistic(ts.x, ts.y)
        ref = LogisticRegression(C=1.0, tol=1e-10, max_iter=10_000).fit(ts.x, ts.y)
        assert np.allclose(ours[1:], ref.coef_[0], atol=1e-4)
        assert abs(ours[0] - ref.intercept_[0]) < 1e-4
        # A new logistics lead is more likely to win than a new retail one.
        for ind in ("logistics", "retail"):
            acc = s.scalar(select(Account).where(Account.industry == ind))
            assert acc is not None
            s.add(
                Contact(
                    workspace_id=ws_id, name=f"New {ind}", name_key=f"new {ind}",
                    first_key="new", last_key=ind, account_id=acc.id, lifecycle="lead",
                )
            )  # fmt: skip
        s.flush()
        ids = {c.name: c.id for c in s.scalars(select(Contact).where(Contact.name.like("New %")))}
        p_log = predict_one(s, ws, ids["New logistics"], clock.now)
        p_ret = predict_one(s, ws, ids["New retail"], clock.now)
        assert p_log is not None and p_ret is not None
        assert p_log.probability > 60 > 40 > p_ret.probability
        assert p_log.factors[0][0] == "industry logistics" and p_log.factors[0][1] > 0
    shown = console.say("score New logistics")
    assert "learned:" in shown and "% chance to win" in shown and "industry logistics +" in shown
    assert shown.index("fit ") < shown.index("learned:")  # beside the rules, never instead
    assert "learned score: trained" in console.say("score rule list")
