"""The calendar feed end to end: `me calendar` in chat gives an address, `crmbot run`'s web
server serves it, and what it serves parses back with icalendar and keeps a sample of
RFC 5545's rules (required properties, unique UIDs, DTSTART with DTEND or DURATION, CRLF
line endings, lines folded at 75 octets, a VTIMEZONE for every TZID used). Each user sees
only their own items; a reset address answers 404."""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
from datetime import timedelta

import aiohttp
import pytest
from icalendar import Calendar

from bot.app import App
from bot.config import load_config
from bot.console import ConsoleAdapter
from bot.run import serve
from storage import crm
from storage.context import Ctx
from storage.db import transaction
from storage.models import User
from storage.workspaces import get_or_create_workspace

BASE = "http://crm.example"
URL = re.compile(r"https?://[^/\s]+(/calendar/\d+/[A-Za-z0-9_-]+\.ics)")
LONG = "Llamar a María José Muñoz-Ibáñez sobre la renovación del contrato " * 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _path(text: str) -> str:
    m = URL.search(text)
    assert m, text
    return m.group(1)


@contextlib.asynccontextmanager
async def running(engine, sessions, bot):  # type: ignore[no-untyped-def]
    port = _free_port()
    env = {"CRMBOT_HOST": "127.0.0.1", "CRMBOT_PORT": str(port), "CRMBOT_FOLLOWUPS": "off"}
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, wanted={}, scheduler=False, stop_event=stop))
    try:
        async with aiohttp.ClientSession() as http:

            async def get(path: str) -> tuple[int, bytes, str]:
                for _ in range(300):
                    with contextlib.suppress(aiohttp.ClientConnectionError):
                        async with http.get(f"http://127.0.0.1:{port}{path}") as r:
                            return r.status, await r.read(), r.headers.get("Content-Type", "")
                    await asyncio.sleep(0.02)
                raise AssertionError("the web server never answered")

            yield get
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


def _planned_meeting(sessions, ws_id: int, user_name: str, clock) -> None:  # type: ignore[no-untyped-def]
    """A meeting still ahead (an activity in the future), as an integration would store it."""
    from sqlalchemy import select

    from storage.models import Workspace

    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        user = s.scalar(select(User).where(User.workspace_id == ws_id, User.name_key == user_name))
        ctx = Ctx(session=s, workspace=ws, user=user, now=clock())
        c = crm.create_contact(ctx, "Jon Snow", {})
        crm.log_activity(
            ctx, "meeting", "Quarterly review", contact=c, occurred_at=clock() + timedelta(days=2)
        )


def _check_rfc5545(raw: bytes, folded: bool = True) -> Calendar:
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF: lines must end with CRLF"
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines), "a line over 75 octets was not folded"
    if folded:
        assert any(line.startswith(b" ") for line in lines), "the long summary is folded"
    cal = Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
    events = cal.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), "UIDs must be unique"
    zones = {str(z["TZID"]) for z in cal.walk("VTIMEZONE")}
    for e in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert prop in e, prop
        assert ("DTEND" in e) != ("DURATION" in e), "DTEND or DURATION, not both"
        tzid = e["DTSTART"].params.get("TZID")
        if tzid is None:  # a UTC user: times in UTC form ("...Z"), no VTIMEZONE needed
            assert e["DTSTART"].to_ical().endswith(b"Z")
        else:
            assert tzid in zones, f"TZID {tzid} has no VTIMEZONE"
        alarms = e.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY" and "TRIGGER" in alarms[0]
        assert "DESCRIPTION" in alarms[0]  # required for DISPLAY alarms
    return cal


async def test_feed_over_http(
    console: ConsoleAdapter, console_bob: ConsoleAdapter, engine, sessions, bot, clock, monkeypatch
) -> None:
    bot.public_url = BASE  # what bot/app.py passes down from CRMBOT_PUBLIC_URL
    console.say(f"remind me tomorrow at 3pm: {LONG}")
    console.say("remind me next monday at 9: send the Acme deck")
    console_bob.say("remind me tomorrow at 10: Bob's secret errand")
    _planned_meeting(sessions, console.workspace_id, "ana", clock)
    # Another workspace's user, same names: never in Ana's feed.
    with transaction(sessions) as s:
        other = get_or_create_workspace(s, "other", "UTC", "EUR").id
    stranger = ConsoleAdapter(bot, other, "ana", "UTC")
    stranger.say("remind me tomorrow at 11: other workspace item")

    shown = console.say("me calendar")
    assert f"{BASE}/calendar/" in shown  # the full address, from CRMBOT_PUBLIC_URL
    path = _path(shown)
    assert "Google Calendar" in shown
    assert _path(console.say("me calendar")) == path  # the same address when asked again
    bob_path = _path(console_bob.say("me calendar"))
    other_path = _path(stranger.say("me calendar"))
    assert len({path, bob_path, other_path}) == 3

    async with running(engine, sessions, bot) as get:
        status, raw, ctype = await get(path)
        assert status == 200 and ctype.startswith("text/calendar")
        cal = _check_rfc5545(raw)
        summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
        assert any("Acme deck" in s for s in summaries)
        assert any("María José" in s for s in summaries)  # unfolded back whole
        assert "Meeting with Jon Snow" in summaries
        assert not any("Bob" in s or "other workspace" in s for s in summaries)
        madrid = next(e for e in cal.walk("VEVENT") if "Acme deck" in str(e["SUMMARY"]))
        start = madrid["DTSTART"].dt
        assert str(start.tzinfo) == "Europe/Madrid" and (start.hour, start.minute) == (9, 0)
        assert start.weekday() == 0
        meeting = next(e for e in cal.walk("VEVENT") if "Jon Snow" in str(e["SUMMARY"]))
        assert meeting["DTSTART"].dt == (clock() + timedelta(days=2))
        assert str(madrid["UID"]).startswith("reminder-")

        status, raw_bob, _ = await get(bob_path)
        bob = Calendar.from_ical(raw_bob)
        assert [str(e["SUMMARY"]) for e in bob.walk("VEVENT")] == ["⏰ Bob's secret errand"]
        status, raw_other, _ = await get(other_path)
        other_cal = _check_rfc5545(raw_other, folded=False)  # a UTC user's feed
        assert [str(e["SUMMARY"]) for e in other_cal.walk("VEVENT")] == ["⏰ other workspace item"]
        assert b"Acme" not in raw_other

        # The UIDs are stable: a second fetch gives the same ones.
        _, again, _ = await get(path)
        uids = sorted(str(e["UID"]) for e in Calendar.from_ical(again).walk("VEVENT"))
        assert uids == sorted(str(e["UID"]) for e in cal.walk("VEVENT"))

        # Wrong secrets, unknown ids, another user's id with my secret: all 404.
        feed_id, secret = path.split("/")[2], path.split("/")[3].removesuffix(".ics")
        bob_id = bob_path.split("/")[2]
        for bad in (
            f"/calendar/{feed_id}/{secret[:-1]}x.ics",
            f"/calendar/999999/{secret}.ics",
            f"/calendar/{bob_id}/{secret}.ics",
            f"/calendar/{feed_id}/{secret}",
        ):
            assert (await get(bad))[0] == 404, bad

        reset = console.say("me calendar reset")
        new_path = _path(reset)
        assert new_path != path and "no longer works" in reset
        assert (await get(path))[0] == 404  # revoked
        assert (await get(new_path))[0] == 200
        assert _path(console.say("me calendar")) == new_path


def test_the_address_comes_from_crmbot_public_url(tmp_path, monkeypatch) -> None:
    from bot.app import build_app

    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/crm.db")
    monkeypatch.setenv("CRMBOT_PUBLIC_URL", "https://crm.acme.test/")
    app = build_app(load_config(dotenv=False))
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, "default", "UTC", "EUR").id
    said = ConsoleAdapter(app.bot, ws, "ana").say("me calendar")
    assert re.search(r"https://crm\.acme\.test/calendar/\d+/[\w-]+\.ics", said), said


def test_me_calendar_help_and_bad_word(console: ConsoleAdapter) -> None:
    assert "reset" in console.say("help me calendar")
    said = console.say("me calendar please")
    assert "takes nothing, or 'reset'" in said and "“please”" in said


@pytest.mark.parametrize("word", ["reset", "revoke"])
def test_reset_is_audited_without_the_secret(console: ConsoleAdapter, sessions, word) -> None:
    from sqlalchemy import select

    from storage.models import AuditLog

    first = _path(console.say("me calendar"))
    second = _path(console.say(f"me calendar {word}"))
    with transaction(sessions) as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.entity_type == "calendar_feeds")))
    assert [r.action for r in rows] == ["create", "revoke"]
    for r in rows:
        text = f"{r.before} {r.after}"
        assert first.split("/")[3][:10] not in text and second.split("/")[3][:10] not in text


def test_undo_never_brings_a_revoked_address_back(console: ConsoleAdapter) -> None:
    old = _path(console.say("me calendar"))
    new = _path(console.say("me calendar reset"))
    said = console.say("undo")
    assert "Something went wrong" not in said
    assert _path(console.say("me calendar")) == new != old


def test_a_sentence_starting_with_calendar_is_read_as_words(console: ConsoleAdapter) -> None:
    console.say("contact add Maria Lopez")
    said = console.say("calendar invite sent to Maria Lopez")
    # Free text reads it first; what it cannot read is shown back, never lost.
    assert "calendar invite sent to Maria Lopez" in said or "Maria Lopez" in said
    assert "/calendar/" in console.say("calendar")
    assert "no longer works" in console.say("calendar reset")


def test_the_address_is_never_shown_in_a_group(bot, ws_id: int, console: ConsoleAdapter) -> None:
    console.say("me")
    group = ConsoleAdapter(bot, ws_id, "ana", "Europe/Madrid", chat_id="grp", private=False)
    said = group.say("me calendar")
    assert "/calendar/" not in said and "private chat" in said
    reset = group.say("me calendar reset")
    assert "/calendar/" not in reset and "no longer works" in reset
