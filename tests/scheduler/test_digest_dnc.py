"""The daily digest marks a deal whose contact is do-not-contact, on every line.

Was: Jon Doe marked do-not-contact, his deal idle for weeks: the automatic stale and
close-date nudges left it out, yet the morning digest listed it under "Deals needing a next
step" and "No activity for 7+ days" (three times, two "Show #d1" buttons), with nothing
saying Jon asked not to be contacted.
"""

from __future__ import annotations

from bot.console import ConsoleAdapter
from scheduler.digests import build_digest
from storage.db import transaction
from storage.models import User


def _daily(sessions, ws_id, clock):  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        ana = s.query(User).filter_by(display_name="ana").one()
        return build_digest(s, "daily_digest", ws_id, ana.id, None, clock.now)


def test_daily_digest_marks_do_not_contact_deals(sessions, ws_id, clock, console: ConsoleAdapter):
    console.say("contact add Jon Doe account=Acme")
    console.say("contact add Ann Lee account=Initech")
    console.say("deal add Acme renewal amount=3000 stage=proposal close=2026-12-01 contact=Jon Doe")
    console.say(
        "deal add Initech pilot amount=1000 stage=proposal close=2026-12-02 contact=Ann Lee"
    )
    console.say("contact edit Jon Doe dnc=yes")
    clock.advance(days=20)
    reply = _daily(sessions, ws_id, clock)
    acme = [line for line in reply.text.splitlines() if line.startswith("#d1 ")]
    initech = [line for line in reply.text.splitlines() if line.startswith("#d2 ")]
    assert len(acme) == 3 and all(line.endswith("⛔ Jon Doe is do-not-contact") for line in acme)
    assert initech and not any("do-not-contact" in line for line in initech)
    actions = [b.action for b in reply.buttons]
    assert len(actions) == len(set(actions))  # one "Show #d1", however often it is listed


def test_digest_without_do_not_contact_is_unchanged(sessions, ws_id, clock, console):
    console.say("deal add Initech pilot amount=1000 stage=proposal close=2026-12-02")
    clock.advance(days=20)
    assert "do-not-contact" not in _daily(sessions, ws_id, clock).text
