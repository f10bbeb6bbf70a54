"""A rep cannot get another rep's deal list through any path (commands, digests, charts,
exports, the CLI report); managers see their team; privacy commands are admins-only."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from bot.console import ConsoleAdapter
from handlers.report_digests import manager_digest, rep_digest
from storage import reports
from storage.context import Ctx
from storage.db import transaction
from storage.importer import export_csv
from storage.models import User, Workspace
from storage.teams import scope_for
from storage.workspaces import find_user

LATER = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)  # both deals overdue and stale by then


@pytest.fixture
def team(bot, ws_id, console, console_bob):
    carl = ConsoleAdapter(bot, ws_id, "carl", "Europe/Madrid")
    carl.say("me")
    console_bob.say("me")
    console.say("team add North region=Nordics")
    console.say("team assign bob to North")
    console.say("team assign carl to North")
    console_bob.say("deal add Bob visible 1000 EUR close=2026-12-10")
    carl.say("deal add Carl secret 5000 EUR close=2026-12-11")
    return carl


def test_rep_sees_own_deals_and_only_team_totals(console_bob, team):
    out = console_bob.say("pipeline")
    assert "EUR 1,000" in out and "Team total EUR: 2 open · EUR 6,000" in out
    assert "Carl secret" not in out
    for cmd in (
        "pipeline by owner drill carl",
        "pipeline by stage drill prospecting",
        "pipeline by month drill 2026-12",
        "forecast drill 2026-12",
        "stale 0",
        "changes",
        "pipeline by owner",
        "forecast",
        "winrate by owner",
    ):
        out = console_bob.say(cmd)
        assert "Carl secret" not in out and "EUR 5,000" not in out, (cmd, out)
    assert "not other people's" in console_bob.say("pipeline owner=carl")
    assert "not other people's" in console_bob.say("pipeline team=North")


def test_manager_and_admin_see_the_team(console, bot, ws_id, team):
    out = console.say("pipeline by owner")
    assert "carl" in out and "bob" in out
    assert "Carl secret" in console.say("pipeline by stage drill prospecting")
    console.say("settings role bob manager")  # a manager without a team sees only own deals
    mia = ConsoleAdapter(bot, ws_id, "mia")
    mia.say("me")
    console.say("settings role mia manager")
    console.say("team manager North mia")
    out = mia.say("pipeline by stage drill prospecting")
    assert "Carl secret" in out and "Bob visible" in out


def _ctx(s, ws_id, name):
    ws = s.get(Workspace, ws_id)
    user = find_user(s, ws, name)
    return Ctx(session=s, workspace=ws, user=user, now=LATER)


def test_digests_respect_scope(sessions, ws_id, team, console):
    with transaction(sessions) as s:
        ctx = _ctx(s, ws_id, "bob")
        r = rep_digest(ctx, ctx.user)
        assert "Bob visible" in r.text and "Carl secret" not in r.text
        assert "Team total" in r.text
        m = manager_digest(ctx, s.get(User, ctx.user.id))
        assert "Carl secret" not in m.text and "carl" not in m.text
        admin = _ctx(s, ws_id, "ana")
        full = manager_digest(admin, admin.user)
        assert "1 carl" in full.text and full.image and full.image[:4] == b"\x89PNG"
        channel = manager_digest(admin, admin.user, for_channel=True)
        assert "carl" not in channel.text and "Bob visible" not in channel.text


def test_exports_and_json_respect_scope(sessions, ws_id, team):
    with transaction(sessions) as s:
        ctx = _ctx(s, ws_id, "bob")
        scope = scope_for(s, ctx.user)
        buf = io.StringIO()
        export_csv(ctx, "deals", buf, scope.owner_ids)
        assert "Bob visible" in buf.getvalue() and "Carl secret" not in buf.getvalue()
        j = reports.summary_json(reports.summarize(ctx, scope, "owner"))
        assert [r["key"] for r in j["rows"]] == ["bob"]


def test_charts_are_png(console_bob, team):
    reply = console_bob.send("pipeline")
    assert reply.image and reply.image[:4] == b"\x89PNG" and reply.image_name.endswith(".png")
    reply = console_bob.send("forecast")
    assert reply.image and reply.image[:4] == b"\x89PNG"


def test_console_saves_the_chart(console_bob, team, tmp_path):
    console_bob.charts_dir = tmp_path / "charts"
    out = console_bob.say("pipeline")
    path = tmp_path / "charts" / "pipeline-stage.png"
    assert f"(chart saved to {path})" in out and path.read_bytes()[:4] == b"\x89PNG"


def test_privacy_commands_are_for_admins(console, console_bob):
    console.say("contact add Maria Lopez email=maria@acme.com")
    assert "for admins" in console_bob.say("contact export Maria")
    assert "for admins" in console_bob.say("contact erase Maria")
    assert "maria@acme.com" in console.say("contact export Maria")
