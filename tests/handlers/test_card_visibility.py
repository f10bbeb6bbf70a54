"""Contact and account cards are shared, but not what hangs off them: activities about a
deal the reader may not see, and other people's reminders, stay out of the timeline."""

from __future__ import annotations

import pytest

from bot.console import ConsoleAdapter


@pytest.fixture
def carla(bot, ws_id, console, console_bob):
    carla = ConsoleAdapter(bot, ws_id, "carla", "Europe/Madrid")
    carla.say("me")
    console_bob.say("me")
    console.say("team add South")
    console.say("team assign carla to South")
    carla.say("contact add Hank Hill account=Acme")
    carla.say("deal add Carla secret 9000 EUR contact=Hank Hill account=Acme")
    carla.say("log call Hank Hill: secret pricing deal=Carla secret")
    carla.say("log note Hank Hill: met him at the fair deal=none")  # not about the deal
    carla.say("remind me tomorrow 9am: private chase about=Hank Hill")
    console_bob.say("remind me tomorrow 10am: bob's own chase about=Hank Hill")
    return carla


def test_rep_card_hides_hidden_deals_activities_and_others_reminders(console_bob, carla):
    for cmd in ("contact show Hank Hill", "account show Acme"):
        out = console_bob.say(cmd)
        assert "met him at the fair" in out, (cmd, out)
        assert "secret pricing" not in out and "Carla secret" not in out, (cmd, out)
        assert "private chase" not in out, (cmd, out)
    assert "bob's own chase" in console_bob.say("contact show Hank Hill")


def test_owner_and_admin_see_the_whole_timeline(console, carla):
    out = carla.say("contact show Hank Hill")
    assert "secret pricing" in out and "private chase" in out
    assert "bob's own chase" not in out
    assert "secret pricing" in carla.say("account show Acme")
    out = console.say("contact show Hank Hill")  # Ana, admin
    assert "secret pricing" in out and "private chase" in out and "bob's own chase" in out
