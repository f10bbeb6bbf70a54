"""remind/reminders, me, settings, help: happy paths and bad input."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from storage.db import transaction
from storage.models import Reminder, User, Workspace


def last_reminder(sessions):
    with transaction(sessions) as s:
        return s.scalar(select(Reminder).order_by(Reminder.id.desc()).limit(1))


def test_remind_in_user_zone_and_list_done(console, sessions):
    # now = Thu 2026-11-26 10:00 UTC = 11:00 Madrid
    out = console.say("remind me tomorrow 9am: call Maria")
    assert "Reminder set" in out and "Fri 27 Nov 09:00" in out
    r = last_reminder(sessions)
    assert r.due_at == datetime(2026, 11, 27, 8, 0, tzinfo=UTC) and r.text == "call Maria"
    assert r.status == "pending" and r.kind == "manual"
    out = console.say("reminders")
    assert f"#r{r.id}" in out and "call Maria" in out
    assert "Done" in console.say(f"reminders done {r.id}")
    assert last_reminder(sessions).status == "done"
    assert "already done" in console.say(f"done {r.id}")


def test_remind_without_colon_and_snooze_cancel(console, sessions):
    console.say("remind me in 2 hours to send the contract")
    r = last_reminder(sessions)
    assert r.text == "send the contract" and r.due_at == datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    out = console.say(f"reminders snooze {r.id} tomorrow")
    assert "Snoozed until Fri 27 Nov 2026 09:00" in out
    assert last_reminder(sessions).status == "snoozed"
    console.say(f"reminders snooze {r.id} 1h")
    out = console.say(f"reminders cancel {r.id}")
    assert "Cancelled" in out and last_reminder(sessions).status == "cancelled"


def test_remind_bad_input(console, sessions):
    assert "When should I remind you to call Maria?" in console.say("remind me: call Maria")
    assert "Example: remind me tomorrow 9am" in console.say("remind me")
    out = console.say("remind me 2026-11-20 10:00: too late")
    assert "already past" in out and "tomorrow, Fri 27 Nov 10:00" in out
    assert "Give its number" in console.say("reminders done soon")
    assert "no reminder #99" in console.say("reminders done 99")
    assert "no user named '@zed'" in console.say("remind @zed tomorrow: x")
    assert last_reminder(sessions) is None


def test_remind_channel_teammate_repeat_and_dnc_warning(console, console_bob, sessions):
    console_bob.say("me")  # Bob joins the workspace
    console.say("contact add Olivia Smith dnc=yes")
    out = console.say("remind #sales friday 10:00: pipeline review repeat=weekly")
    r = last_reminder(sessions)
    assert r.channel == "console:#sales" and r.recurrence == "weekly:FR"
    assert r.text == "pipeline review" and r.due_at == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    console.say("remind @bob tomorrow 9am: call Olivia about=Olivia Smith")
    r = last_reminder(sessions)
    with transaction(sessions) as s:
        assert s.get(User, r.user_id).display_name == "bob"
    assert r.linked_type == "contact"
    out = console.say("remind me tomorrow 9am: write to Olivia about=Olivia Smith")
    assert "do-not-contact" in out
    assert "#r" in console_bob.say("reminders")
    assert "not yours" in console_bob.say("reminders done 1") or "Done" in console_bob.say(
        "reminders done 1"
    )


def test_log_with_follow_up_creates_reminder(console, sessions):
    console.say("contact add Maria Lopez")
    out = console.say("log call Maria Lopez: wants a quote follow=next tuesday 9am")
    r = last_reminder(sessions)
    assert r.kind == "follow-up" and r.linked_type == "contact"
    assert r.due_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # Tue 09:00 Madrid
    assert "Tue 1 Dec 09:00" in out


def test_me_shows_and_changes_profile(console, sessions):
    out = console.say("me")
    assert "ana · admin" in out and "Europe/Madrid" in out
    assert "Saved" in console.say("me tz America/New_York")
    assert "not a time zone" in console.say("me tz Mars/Base")
    assert "Saved" in console.say("me lang es")
    assert "not a language" in console.say("me lang xx")
    with transaction(sessions) as s:
        u = s.scalar(select(User))
        assert u.timezone == "America/New_York" and u.language == "es"
    # the field=value form every other command takes works here too
    assert "time zone: Asia/Tokyo" in console.say("me tz=Asia/Tokyo")
    assert "language: en" in console.say("me lang=en")
    assert "e.g. 'me tz Europe/Madrid'" in console.say("me tz")


def test_typed_undo_reverts_my_last_changes_one_by_one(console, console_bob, sessions, clock):
    from storage.models import Activity, Contact

    console.say("contact add Zed One")
    console.say("contact edit Zed title=CTO")
    console_bob.say("contact add Bob's Lead")  # someone else's change is not mine to undo
    out = console.say("undo")
    assert "Undone (1 change reverted)" in out and "changed contact Zed One" in out
    console.say("log call Zed: hello follow=tomorrow")
    out = console.say("undo")
    assert "created activity hello" in out and "created reminder" in out
    assert "created contact Zed One" in console.say("undo")
    assert "no change in the last 10 minutes" in console.say("undo")
    with transaction(sessions) as s:
        assert [c.name for c in s.scalars(select(Contact))] == ["Bob's Lead"]
        assert s.scalar(select(Activity)) is None and s.scalar(select(Reminder)) is None
    console.say("contact add Old Change")
    clock.advance(minutes=11)
    assert "no change in the last 10 minutes" in console.say("undo")


def test_settings_admin_only(console, console_bob, sessions, ws_id):
    console_bob.say("me")
    assert "for admins" in console_bob.say("settings")
    out = console.say("settings")
    assert "Workspace default" in out and "prospecting: Prospecting (10%)" in out
    out = console.say("settings stage presentation label=Demo probability=40")
    assert "presentation: Demo (40%)" in out
    console.say("deal add X 1000 stage=demo")
    assert "Demo" in console.say("pipeline") and "weighted EUR 400" in console.say("pipeline")
    assert "08:00-18:00 mon,tue,wed,thu" in console.say("settings hours 08:00-18:00 days=mon-thu")
    assert "example" in console.say("settings hours 9-5")
    assert "currency: USD" in console.say("settings currency usd")
    assert "not a currency" in console.say("settings currency dollars")
    assert "bob: manager" in console.say("settings role bob manager")
    assert "not a role" in console.say("settings role bob king")
    assert "stale-deal follow-up: on, 10 days" in console.say("settings followup stale_days=10")
    assert "auto-create contacts from free text: on" in console.say("settings auto_create on")
    with transaction(sessions) as s:
        assert s.get(Workspace, ws_id).currency == "USD"


def test_settings_reassign_hands_over_records(console, console_bob, sessions):
    console_bob.say("contact add Bob Client")
    console_bob.say("deal add Bob deal 100")
    assert "Move 2 records of bob to ana" in console.say("settings reassign bob to ana")
    out = console.say("settings reassign bob to ana confirm=yes")
    assert "1 contacts" in out and "1 deals" in out
    assert "Bob deal" in console.say("deal list mine")


def test_help_lists_and_details(console):
    out = console.say("help")
    for word in (
        "contact",
        "account",
        "deal",
        "log",
        "remind",
        "reminders",
        "pipeline",
        "me",
        "settings",
    ):
        assert f"• {word}" in out
    assert "deal move DEAL to STAGE" in console.say("help deal move")
    assert "contact add NAME" in console.say("help contact")
    assert "No help" in console.say("help nothing")


def test_invite_links_to_telegram_when_the_bot_is_known(console, console_bob, bot):
    """An admin in the console (or Slack) invites a rep who will use Telegram."""
    out = console.say("invite rep expires=7d")
    assert "invite code: " in out and "t.me" not in out  # no Telegram bot known yet
    bot.join_links["telegram"] = "https://t.me/acme_crm_bot?start={code}"
    out = console.say("invite")
    code = out.split("invite code: ", 1)[1].split()[0]
    assert f"Telegram: https://t.me/acme_crm_bot?start={code}" in out
    assert "admins" in console_bob.say("invite")
    assert "role is one of" in console.say("invite king")
    assert "expires takes" in console.say("invite expires=soon")
