"""The free-text write's statements (issue 18: at most 1.5x the service unit).

"Called Maria Lopez at Acme, wants a quote, follow up next Tuesday 9am" from a manager:
what it reads and writes is pinned here, so a change that adds a round trip to the most
common message is noticed (bench/bench_freetext.py times it; tests never time). The
manager's deal scope is read inside the open-deals statement, so the same message also
checks that this SQL form of the scope picks the same deals as the ids form.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from conftest import NOW
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from bot.console import ConsoleAdapter
from handlers.core import Bot
from storage import crm, queries
from storage.context import Ctx
from storage.db import transaction
from storage.models import Activity, Contact, Team, User, Workspace
from storage.workspaces import ensure_user

MESSAGE = "Called Maria Lopez at Acme, wants a quote, follow up next Tuesday 9am"


def _user(s: Session, ws: Workspace, pid: str, role: str) -> User:
    user = ensure_user(s, ws, "console", pid, pid.title(), timezone="Europe/Madrid", role=role)
    user.role = role
    return user


@pytest.fixture
def team(sessions: sessionmaker[Session], ws_id: int, console: ConsoleAdapter) -> dict[str, int]:
    """Ana (admin) first; Mia manages a team with Rob in it; Olga is in no team. Maria
    Lopez at Acme has an open deal of Rob's (Mia sees it) and a newer one of Olga's (Mia
    does not)."""
    console.say("me")  # Ana, the workspace's first user: its admin
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        mia, rob, olga = (
            _user(s, ws, p, r) for p, r in (("mia", "manager"), ("rob", "rep"), ("olga", "rep"))
        )
        s.flush()
        t = Team(workspace_id=ws_id, name="North", manager_id=mia.id)
        s.add(t)
        s.flush()
        rob.team_id = t.id
        ids = {"mia": mia.id, "rob": rob.id, "olga": olga.id}
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, ids["rob"], now=NOW)
        maria = crm.create_contact(ctx, "Maria Lopez", {"account": "Acme"})
        ids["maria"] = maria.id
        ids["robs"] = crm.create_deal(ctx, "Acme renewal", {}, contact=maria).id
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, ids["olga"], now=NOW)
        maria = s.get(Contact, ids["maria"])
        ids["olgas"] = crm.create_deal(ctx, "Acme pilot", {}, contact=maria).id
    return ids


@contextmanager
def _sent(engine: Engine) -> Iterator[list[str]]:
    sent: list[str] = []

    def seen(_conn, _cur, stmt, *_args):  # type: ignore[no-untyped-def]
        sent.append(" ".join(stmt.split()))

    def begun(_conn):  # type: ignore[no-untyped-def]
        sent.append("BEGIN")

    def committed(_conn):  # type: ignore[no-untyped-def]
        sent.append("COMMIT")

    hooks = (("before_cursor_execute", seen), ("begin", begun), ("commit", committed))
    for name, fn in hooks:
        event.listen(engine, name, fn)
    try:
        yield sent
    finally:
        for name, fn in hooks:
            event.remove(engine, name, fn)


def test_free_text_write_statements(bot: Bot, ws_id, engine, sessions, clock, team) -> None:  # type: ignore[no-untyped-def]
    mia = ConsoleAdapter(bot, ws_id, "mia", "Europe/Madrid")
    mia.say("Called Maria Lopez at Acme, left a voicemail")  # first use: caches warm
    clock.advance(minutes=5)  # later than the last activity: the contact and deal follow
    with _sent(engine) as sent:
        out = mia.say(MESSAGE)
    assert "Logged call" in out and "Acme renewal" in out, out
    with transaction(sessions) as s:
        acts = s.scalars(select(Activity).order_by(Activity.id)).all()
    # Rob's deal, not Olga's newer one: Mia's team scope, read inside the open-deals query.
    assert [a.opportunity_id for a in acts] == [team["robs"], team["robs"]]
    work = [s for s in sent if not s.startswith(("BEGIN", "COMMIT"))]
    assert sent.count("COMMIT") == 1 and sent.count("BEGIN") == 1  # one transaction
    # The gate: workspace, member and conversation row in one statement (were three).
    assert "conversation_state" in work[0] and "FROM workspaces" in work[0]
    # The account and the contact in one statement (were two); no statement for the team.
    assert "FROM accounts LEFT OUTER JOIN contacts" in work[1]
    assert not any("FROM teams" in s and s.startswith("SELECT users.id") for s in work[:3])
    assert "FROM opportunities" in work[2] and "teams.manager_id" in work[2]
    assert sum(s.startswith("UPDATE conversation_state") for s in work) == 1
    # The lead score at commit: the stored score read, decayed and the new points added
    # (storage.scoring_increment), with no re-read of the contact's events.
    score = 1 + 1
    if engine.dialect.name == "postgresql":
        # + the activity with its contact's and deal's last activity (one WITH), the
        # reminder, the conversation row, the audit rows: 7 round trips + BEGIN + COMMIT
        assert len(work) == 7 + score, "\n".join(w[:150] for w in work)
    else:
        # the activity, the two "last activity" updates, the reminder, the conversation
        # row, the audit rows: 9 statements (the service unit: 10)
        assert len(work) == 9 + score, "\n".join(w[:150] for w in work)


def test_a_managers_scope_in_sql_picks_the_deals_the_ids_pick(sessions, ws_id, team) -> None:  # type: ignore[no-untyped-def]
    for who in ("mia", "rob", "olga"):
        with transaction(sessions) as s:
            ctx = Ctx.load(s, ws_id, team[who])
            in_sql = queries.open_deals_touching(ctx, contact_id=team["maria"], account_id=None)
            assert ctx.deal_owners_known() == (who != "mia")
            ctx.deal_owner_ids()
            by_ids = queries.open_deals_touching(ctx, contact_id=team["maria"], account_id=None)
            assert [d.id for d in in_sql] == [d.id for d in by_ids]
            expected = {"mia": ["robs"], "rob": ["robs"], "olga": ["olgas"]}[who]
            assert [d.id for d in by_ids] == [team[k] for k in expected]
