"""A rep removed from the workspace: their reminders are never DMed to them, never lost.

Was: 'remove member bob' ended Bob's access, yet the dispatcher went on DMing him his
reminders (contact names, deal notes) at their times, recurring ones for ever, while his
deals went without follow-ups and the admin was told nothing. Now the removal says what
Bob still owns, with a one-tap hand-over; a reminder that comes due meanwhile is held
(not sent, not failed), and 'settings reassign' hands it on to be sent to the new owner.
"""

from __future__ import annotations

from scheduler_helpers import FakeNotifier, add_reminder, all_rows, dispatcher

from bot.console import ConsoleAdapter


async def test_removed_reps_reminder_is_held_then_handed_on(
    sessions, ws_id, clock, console, console_bob: ConsoleAdapter
) -> None:
    console_bob.say("contact add Jon Doe")
    console_bob.say("deal add Jon renewal amount=3000 stage=proposal contact=Jon Doe")
    console_bob.say("remind me tomorrow 9am: call Jon about pricing")
    reminder = all_rows(sessions)[0]
    out = console.send("remove member bob")
    said = "\n".join(out.sections)
    assert "bob was removed" in said
    assert "bob still owns 1 contacts, 1 deals, 1 reminders" in said
    assert [b.label for b in out.buttons] == ["Hand them to ana"]

    n = FakeNotifier()
    d = dispatcher(sessions, n, clock)
    clock.advance(days=1)  # Fri 27 Nov 11:00: the reminder is due
    stats = await d.run_once()
    assert n.sent == [] and stats.held == 1 and stats.failed == 0
    assert all_rows(sessions)[0].status == "held"
    assert "call Jon" not in console_bob.say("reminders")  # nor shown to him in chat

    asked = console.say(out.buttons[0].action)  # the hand-over asks first
    assert "1 reminders" in asked and "Yes, reassign" in asked
    assert "Reassigned from bob to ana" in console.say("1")
    moved = all_rows(sessions)[0]
    assert moved.id == reminder.id and moved.status == "pending"
    await d.run_once()
    (target, reply), *more = n.sent
    assert not more and target.chat_id == "ana" and "call Jon about pricing" in reply.text


async def test_removed_reps_automatic_nudge_is_dropped_not_held(
    sessions, ws_id, clock, console, console_bob: ConsoleAdapter
) -> None:
    from scheduler_helpers import user

    bob = user(sessions, ws_id, "bob")
    rid = add_reminder(
        sessions, ws_id, bob, clock.now, "stale deal", now=clock.now, kind="stale_deal"
    )
    console.say("remove member bob")
    n = FakeNotifier()
    stats = await dispatcher(sessions, n, clock).run_once()
    assert n.sent == [] and stats.cancelled == 1
    (r,) = [r for r in all_rows(sessions) if r.id == rid]
    assert r.status == "cancelled" and "no longer a member" in (r.fail_reason or "")
