"""Segments through the console bot: filters, counts, who is left out and why."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Contact


def _seed(console: ConsoleAdapter) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics size=200")
    console.say("account add Baltic Haul industry=logistics region=Baltics")
    console.say("account add Fjord Soft industry=software region=Nordics")
    console.say(
        "contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt lifecycle=lead tags=vip"
    )
    console.say("contact add Ole Hansen email=ole@nordfrakt.no account=Nordfrakt")
    console.say("contact add Kari Berg account=Nordfrakt phone=+47 22 33 44 55")
    console.say("contact add Dina Dnc email=dina@nordfrakt.no account=Nordfrakt dnc=yes")
    console.say("contact add Erik Erased email=erik@nordfrakt.no account=Nordfrakt")
    console.say("contact add Lars Baltic email=lars@baltic.lv account=Baltic Haul")
    console.say("contact add Sven Soft email=sven@fjord.no account=Fjord Soft tags=vip")


def test_segment_counts_and_left_out(console: ConsoleAdapter, sessions) -> None:
    _seed(console)
    out = console.say("contact erase Erik Erased confirm=yes")
    assert "Erased" in out or "erased" in out
    out = console.say("segment save Nordic logistics industry=logistics region=Nordics")
    assert "Segment saved" in out
    # independently: live, not do-not-contact contacts at Nordfrakt
    with transaction(sessions) as s:
        rows = s.execute(select(Contact.name, Contact.do_not_contact, Contact.deleted_at)).all()
    live = [
        n
        for n, dnc, deleted in rows
        if not dnc and deleted is None and n in ("Maria Lopez", "Ole Hansen", "Kari Berg")
    ]
    assert f"{len(live)} contacts" in out
    assert "1 do-not-contact" in out and "1 erased" in out
    show = console.say("segment show Nordic logistics channel=email")
    # email: Kari has no address
    assert "2 contacts reachable by email" in show
    assert "1 no email" in show and "Maria Lopez" in show
    assert "Dina" not in show.split("Left out")[1]


def test_segment_filters_tags_lifecycle_has(console: ConsoleAdapter) -> None:
    _seed(console)
    out = console.say("segment save VIPs tag=vip")
    assert "2 contacts" in out
    out = console.say("segment save Leads lifecycle=lead region=Nordics")
    assert "1 contact." in out
    out = console.say("segment save Phones has=phone")
    assert "1 contact." in out
    out = console.say("segment save Bad score=ten")
    assert "not a score filter" in out
    out = console.say("segment save Bad2 colour=red")
    assert "unknown segment filter" in out
    listing = console.say("segment list")
    assert "VIPs" in listing and "Leads" in listing and "Bad" not in listing


def test_segment_stage_and_activity_filters(console: ConsoleAdapter, clock) -> None:
    _seed(console)
    console.say("deal add Nordfrakt fleet 10k EUR account=Nordfrakt stage=closing")
    out = console.say("segment save Closing stage=closing")
    # Maria, Ole, Kari, Erik at Nordfrakt (Dina is do-not-contact, left out)
    assert "4 contacts" in out and "1 do-not-contact" in out
    console.say("log call Lars Baltic: talked routes")
    out = console.say("segment save Quiet active_before=2026-11-20 industry=logistics")
    assert "4 contacts" in out  # never active counts; Lars was active today
    out = console.say("segment save Busy active_after=2026-11-25")
    assert re.search(r"\b1 contact\.", out)


def test_contact_and_account_list_take_segment_filters(console: ConsoleAdapter) -> None:
    _seed(console)
    out = console.say("contact list industry=logistics region=Nordics")
    assert "Maria Lopez" in out and "Sven" not in out and "Lars" not in out
    console.say("segment save Nordic logistics industry=logistics region=Nordics")
    out = console.say("contact list segment=Nordic logistics")
    assert "Maria Lopez" in out and "Sven" not in out
    out = console.say("account list industry=logistics")
    assert "Nordfrakt" in out and "Baltic Haul" in out and "Fjord Soft" not in out
    out = console.say("account list lifecycle=lead")  # a contact filter: one such contact
    assert "Nordfrakt" in out and "Baltic" not in out and "Fjord" not in out
