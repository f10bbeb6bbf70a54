"""A new rep talking to the bot: what they say is what gets written, or it is shown back.

The clock is Thu 26 Nov 2026 10:00 UTC; Ana is in Europe/Madrid.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity, Contact, Opportunity, Reminder


def _contact(sessions, name: str) -> Contact:
    with transaction(sessions) as s:
        return s.scalar(select(Contact).where(Contact.name == name))


def _reminders(sessions) -> list[Reminder]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Reminder).order_by(Reminder.id)))


def _activities(sessions) -> list[Activity]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Activity).order_by(Activity.id)))


def test_a_title_then_a_to_do_sets_the_title_and_the_reminder(console, sessions):
    console.say("contact add Tom Baker account=Acme")
    out = console.say("tom baker's title is CFO, call him tomorrow")
    tom = _contact(sessions, "Tom Baker")
    assert tom.title == "CFO"
    assert _activities(sessions) == []  # nothing happened yet: no call is logged
    (r,) = _reminders(sessions)
    assert (r.text, r.linked_type, r.linked_id) == ("call Tom Baker", "contact", tom.id)
    assert r.due_at.date() == date(2026, 11, 27) and "Reminder set" in out
    console.say("contact add Priya Raman")
    console.say("priya's number is +44 20 7946 0958, call her tomorrow at 10")
    assert _contact(sessions, "Priya Raman").phone == "+44 20 7946 0958"
    assert _reminders(sessions)[-1].text == "call Priya Raman"


def test_a_title_then_words_that_are_no_to_do_are_shown_back(console, sessions):
    console.say("contact add Tom Baker account=Acme")
    out = console.say("tom baker's title is VP Sales, EMEA")
    assert _contact(sessions, "Tom Baker").title == "VP Sales"
    assert "Not used: 'EMEA'" in out and "title=VP Sales, EMEA" in out


def _deal(sessions) -> Opportunity:
    with transaction(sessions) as s:
        return s.scalar(select(Opportunity).order_by(Opportunity.id.desc()).limit(1))


def test_won_with_the_day_it_was_signed_keeps_the_words_and_the_day(console, sessions):
    console.say("deal add Acme renewal 12k")
    out = console.say("Acme renewal is won, they signed yesterday")
    d = _deal(sessions)
    assert d.status == "won" and "won: 2026-11-25" in out
    assert [a.body for a in _activities(sessions)] == ["Moved to Won: they signed yesterday"]
    console.say("deal add Globex seats 40k")
    out = console.say("Globex seats won, the first call was on 3 november")
    assert "won: 2026-11-26" in out  # another event's day is not the won day
    assert "the first call was on 3 november" in _activities(sessions)[-1].body
    assert "still to come" in console.say("deal add Initech pilot 5k") + console.say(
        "deal move Initech pilot to won when=2026-12-01"
    )


def test_lost_on_a_day_keeps_that_day(console, sessions):
    console.say("deal add Acme renewal 12k")
    out = console.say("Acme renewal lost yesterday, they went with Globex")
    d = _deal(sessions)
    assert d.status == "lost" and "lost: 2026-11-25" in out
    assert d.lost_reason == "yesterday, they went with Globex"  # the words as said
    console.say("deal add Globex seats 40k")
    out = console.say("Globex seats won yesterday")
    assert _deal(sessions).status == "won" and "won: 2026-11-25" in out
    assert "Moved to Won: yesterday" not in [a.body for a in _activities(sessions)]


def test_my_deals_are_the_askers_own(console, console_bob):
    console.say("deal add Acme renewal 12k")
    console_bob.say("deal add Globex seats 30k")
    out = console.say("my deals")  # Ana is the admin: she sees everything, but asked for hers
    assert "Acme renewal" in out and "Globex seats" not in out
    out = console.say("show me my open deals")
    assert "Acme renewal" in out and "Globex seats" not in out
    out = console.say("my deals by stage")  # the group kept the whole workspace
    assert "EUR 12,000" in out and "EUR 42,000" not in out and "workspace" not in out
    out = console.say("what's in my pipeline?")
    assert "yours" in out and "workspace" not in out
    out = console.say("how is my team's pipeline?")  # the team's, not only mine
    assert "EUR 42,000" in out


def test_push_a_deal_by_a_span_moves_its_close_from_where_it_is(console, sessions):
    console.say("deal add Globex seats 48k close=2027-01-15")
    out = console.say("push Globex seats by two weeks")
    assert _deal(sessions).close_date == date(2027, 1, 29) and "Deal updated" in out
    console.say("push the Globex seats deal by a month")
    assert _deal(sessions).close_date == date(2027, 2, 28)  # the 29th of a 28-day month
    console.say("pull Globex seats in by a week")
    assert _deal(sessions).close_date == date(2027, 2, 21)
    console.say("undo")
    assert _deal(sessions).close_date == date(2027, 2, 28)
    console.say("deal add Initech pilot 5k")
    out = console.say("push Initech pilot by 3 days")
    assert "no expected close date" in out and _deal(sessions).close_date is None


def test_met_someone_at_a_place_of_their_firm_logs_on_them(console, sessions):
    console.say("account add Acme Corp")
    console.say("contact add Tom Baker account=Acme Corp")
    out = console.say("met tom baker at acme hq")
    assert "Logged meeting" in out and "no account" not in out
    (act,) = _activities(sessions)
    tom = _contact(sessions, "Tom Baker")
    assert (act.contact_id, act.body) == (tom.id, "met tom baker at acme hq")
    assert _contact(sessions, "tom baker") is None  # no second Tom at an account "acme hq"


def test_met_someone_at_another_firm_is_asked_not_refused(console, sessions):
    console.say("account add Acme Corp")
    console.say("contact add Sara Lee account=Globex")
    out = console.say("met sara lee at acme corp")
    assert "Sara Lee is at Globex, not Acme Corp" in out and "no contact" not in out
    assert _activities(sessions) == []
    console.say("1")
    sara = _contact(sessions, "Sara Lee")
    assert [(a.contact_id, a.body) for a in _activities(sessions)] == [
        (sara.id, "met sara lee at acme corp")
    ]


def test_save_someone_from_a_firm_as_a_lead_creates_the_lead(console, sessions):
    out = console.say("save Chen Yu from tencent as a lead")
    assert "Contact created" in out and "deal" not in out.lower()
    with transaction(sessions) as s:
        chen = s.scalar(select(Contact).where(Contact.name == "Chen Yu"))
        assert chen.lifecycle == "lead" and chen.account.name.lower() == "tencent"
    out = console.say("add Li Wei from Baidu as a new customer")  # only Baidu was created
    li = _contact(sessions, "Li Wei")
    assert (li.lifecycle, li.title) == ("customer", None) and "Baidu" in out


def test_a_plain_number_said_as_the_amount_is_the_amount(console, sessions):
    console.say("deal add Acme renewal 12k")
    out = console.say("set the amount of Acme renewal to 20 000")
    assert _deal(sessions).amount_minor == 2_000_000 and "EUR 20,000" in out
    console.say("Acme renewal amount is 22000")
    assert _deal(sessions).amount_minor == 2_200_000
    console.say("bump Acme renewal to 25,000")
    assert _deal(sessions).amount_minor == 2_500_000
    console.say("bump Acme renewal to 2027")  # a year, not an amount: not written
    assert _deal(sessions).amount_minor == 2_500_000


def test_a_stage_said_with_more_words_keeps_them_as_the_note(console, sessions):
    console.say("deal add Acme renewal 12k")
    out = console.say("Acme renewal is now in negotiation, they want a discount")
    assert _deal(sessions).stage == "closing" and "they want a discount" in out
    console.say("the Acme renewal moved to proposal stage, demo went well")
    assert _deal(sessions).stage == "presentation"
    assert [a.body for a in _activities(sessions)] == [
        "Moved to Closing: they want a discount",
        "Moved to Presentation: demo went well",
    ]


def test_a_repeat_the_bot_cannot_keep_is_said_not_set_once(console, sessions):
    out = console.say("remind me every 2 weeks on monday at 9 to update the forecast")
    assert "can't repeat a reminder every 2 weeks" in out and _reminders(sessions) == []
    console.say("1")  # weekly from that monday, as offered
    (r,) = _reminders(sessions)
    assert (r.text, r.recurrence) == ("update the forecast", "weekly:MO")
    out = console.say("remind me every other week to update pipeline")
    assert "can't repeat a reminder every other week" in out and len(_reminders(sessions)) == 1


def test_snooze_to_a_day_reads_the_day_and_suggests_a_move_that_works(console, sessions):
    console.say("remind me tomorrow at 10 to call Priya")
    out = console.say("snooze 1 to monday")
    assert "Snoozed until Mon 30 Nov" in out
    console.say("remind me on 20 december to chase Globex")
    out = console.say("snooze 2 to friday")  # earlier: a snooze only postpones
    assert "reminders move 2 friday" in out and "remind me to friday" not in out
    console.say("reminders move 2 friday")
    assert _reminders(sessions)[1].text == "chase Globex"
    assert _reminders(sessions)[1].due_at.date() == date(2026, 11, 27)


def test_a_reminder_done_or_deleted_by_its_number(console, sessions):
    for what in ("call Priya", "chase Globex", "send the deck"):
        console.say(f"remind me tomorrow at 10 to {what}")
    out = console.say("reminder 1 done")  # was read as a new reminder "to 1 done"
    assert "Done: call Priya" in out and "When should I remind" not in out
    assert "Cancelled: chase Globex" in console.say("delete reminder 2")
    assert "Cancelled: send the deck" in console.say("cancel reminder #r3")
    assert [r.status for r in _reminders(sessions)] == ["done", "cancelled", "cancelled"]


def test_a_close_said_after_the_account_field_is_the_close(console, sessions):
    out = console.say("deal add Acme renewal 12k EUR account=Acme closing 2026-12-31")
    d = _deal(sessions)
    with transaction(sessions) as s:
        account = s.get(Opportunity, d.id).account.name
    assert (account, d.close_date) == ("Acme", date(2026, 12, 31))
    assert "Acme closing" not in out


def _firm(sessions, name: str) -> str | None:
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.name == name))
        return c.account.name if c.account else None


def test_a_contact_changing_firms_is_written_on_the_contact(console, sessions):
    console.say("contact add Priya Shah account=Globex")
    out = console.say("priya shah's company is Initech")  # created an account "priya shah"
    assert _firm(sessions, "Priya Shah") == "Initech" and "Contact updated" in out
    out = console.say("priya shah moved to Umbrella")  # was "move a deal — deal: priya shah?"
    assert "'Umbrella' is no account yet" in out and _firm(sessions, "Priya Shah") == "Initech"
    console.say("1")
    assert _firm(sessions, "Priya Shah") == "Umbrella"
    console.say("priya shah now works at initech")  # a known account: written at once
    assert _firm(sessions, "Priya Shah") == "Initech"
    console.say("priya shah moved to Umbrella")  # known now
    assert _firm(sessions, "Priya Shah") == "Umbrella"
    out = console.say("priya shah left Umbrella")  # logged a call that never happened
    assert "Where is Priya Shah now?" in out and _activities(sessions) == []
    console.say("1")
    assert _firm(sessions, "Priya Shah") is None
    with transaction(sessions) as s:
        from storage.models import Account

        names = set(s.scalars(select(Account.name)))
    assert "priya shah" not in {n.lower() for n in names}


def test_a_deals_probability_and_a_question_about_it(console, sessions):
    console.say("deal add Globex pilot 8k close=2027-01-31")
    out = console.say("Globex pilot is at 50%")  # asked "Shall I move a deal?" (no stage)
    assert _deal(sessions).probability == 50 and "Deal updated" in out
    console.say("Globex pilot probability 40")
    assert _deal(sessions).probability == 40
    out = console.say("what's the close date of Globex pilot?")  # a question, not a change
    assert "expected close: 2027-01-31" in out and "Shall I" not in out
    assert "Shall I" not in console.say("when does Globex pilot close?")


def test_a_past_log_with_its_day_is_not_given_that_day_next_year_as_follow_up(console, sessions):
    console.say("contact add Jon Snow account=Winterfell")
    out = console.say("met jon on nov 3, he wants pricing")  # Thu 26 Nov: was 3 Nov 2027
    assert "'on nov 3' when the meeting with jon took place" in out
    assert _reminders(sessions) == [] and _activities(sessions) == []
    console.say("1")  # logged now, no follow-up, and the day stays in the note
    (act,) = _activities(sessions)
    assert act.body == "met jon on nov 3, he wants pricing" and _reminders(sessions) == []
    console.say("called jon on the 2nd")
    console.say("friday at 3")  # typed: the follow-up
    assert _activities(sessions)[-1].body == "called jon on the 2nd"
    (r,) = _reminders(sessions)
    assert r.due_at.date() == date(2026, 11, 27)


def test_a_call_at_an_hour_earlier_today_is_logged_at_that_hour(console, sessions):
    # 26 Nov, 11:00 in Madrid: "at 9am" was read as tomorrow 9:00 and dropped, so the call
    # was logged at 11:00
    console.say("contact add Jon Snow account=Winterfell")
    out = console.say("called jon at 9am")
    assert "Thu 26 Nov 09:00 call" in out
    (act,) = _activities(sessions)
    assert act.occurred_at.hour == 8 and _reminders(sessions) == []  # 09:00 Madrid, in UTC


def test_account_add_with_fields_said_in_words(console, sessions):
    from storage.models import Account

    def last() -> tuple[str, str | None, str | None]:
        with transaction(sessions) as s:
            a = s.scalar(select(Account).order_by(Account.id.desc()).limit(1))
            return a.name, a.industry, a.region

    out = console.say("account add Initech, industry software, region EMEA")
    assert last() == ("Initech", "software", "EMEA") and "Initech, industry" not in out
    out = console.say("account add Globex industry energy")  # was "Globex industry energy"
    assert "Is the account 'Globex' with industry=energy" in out and last()[0] == "Initech"
    console.say("1")
    assert last() == ("Globex", "energy", None)
    console.say("account add Northern Region Power")
    console.say("2")  # the name as typed
    assert last() == ("Northern Region Power", None, None)


def test_a_log_said_days_ago_is_dated_then(console, sessions):
    console.say("contact add Jon Snow account=Winterfell")
    out = console.say("emailed jon 2 days ago")  # "no contact matching 'jon 2 days ago'"
    assert "Logged email" in out and "Tue 24 Nov" in out
    (act,) = _activities(sessions)
    assert act.body == "emailed jon 2 days ago" and act.occurred_at.date() == date(2026, 11, 24)


def test_a_next_steps_own_day_is_not_the_deals_close(console, sessions):
    console.say("deal add Acme renewal 12k close=2027-03-31")
    out = console.say("next step for Acme renewal: send the SOW by friday")
    d = _deal(sessions)
    assert (d.close_date, d.next_step) == (date(2027, 3, 31), "send the SOW by friday")
    assert "2026-11-27" not in out
    console.say("Acme renewal close date end of june, next step: legal review")
    assert _deal(sessions).close_date == date(2027, 6, 30)


def test_an_unsure_deal_change_with_nothing_to_change_is_not_asked_yes_no(console, sessions):
    console.say("deal add Acme renewal 12k")
    out = console.say("reopen Acme renewal")  # "Shall I move a deal?" whose Yes: "Which stage?"
    assert "Shall I" not in out and "open already, in Prospecting" in out  # handlers/deal_words
    out = console.say("acme renewal update")
    assert "Shall I" not in out and "move acme renewal to negotiation" in out.lower()
    assert _deal(sessions).stage == "prospecting"


def test_a_known_name_then_more_words_is_not_offered_as_a_new_contact(console, sessions):
    console.say("contact add Peter Gibbons account=Initech")
    out = console.say("email peter the contract")  # offered "Create contact 'peter the contract'"
    assert "Did you mean Peter Gibbons (Initech)?" in out and _activities(sessions) == []
    console.say("1")
    (act,) = _activities(sessions)
    assert act.body == "email peter the contract" and act.contact_id is not None
    with transaction(sessions) as s:
        assert s.scalar(select(Contact).where(Contact.name == "peter the contract")) is None
