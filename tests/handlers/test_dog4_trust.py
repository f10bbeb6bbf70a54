"""A sales manager and a rep asking about the pipeline: what they ask is what is answered,
or their words are shown back (clock: Thu 2026-11-26 10:00 UTC; Ana in Europe/Madrid)."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Activity


def _activities(sessions) -> list[Activity]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Activity)))


def test_deal_list_with_an_option_it_cannot_read_says_so(console, console_bob):
    console.say("deal add Globex seats 20k close=2026-11-30")
    console_bob.say("deal add Initech pilot 5k close=2027-01-10")
    out = console.say("deals closing this month region=North")
    # once: the option (and every word after it) was dropped and every open deal was listed
    assert "Globex" not in out and "Initech" not in out
    assert "region=North" in out


def test_deal_list_for_one_owner(console, console_bob):
    console.say("deal add Globex seats 20k close=2026-11-30")
    console_bob.say("deal add Initech pilot 5k close=2026-11-20")
    console_bob.say("deal add Tyrell renewal 9k close=2027-01-10")
    out = console.say("deals closing this month owner=bob")
    assert "Initech" in out and "Globex" not in out and "Tyrell" not in out
    assert "owner bob" in out
    out = console.say("deals owner=bob closing this month")  # the value runs to the end
    assert "say it last" in out and "Initech" not in out


def test_stale_for_one_owner_lists_theirs_and_an_unknown_option_is_shown_back(
    console, console_bob, clock
):
    console.say("deal add Globex seats 20k")
    console_bob.say("deal add Initech pilot 5k")
    clock.advance(days=20)
    out = console.say("stale 14 owner=bob")
    # once: owner= was dropped and everyone's stale deals were listed
    assert "Initech" in out and "Globex" not in out and "· bob" in out.split("\n")[0]
    out = console.say("stale 14 region=North")
    assert "Globex" not in out and "region=" in out
    out = console.say("which deals are stale")  # once: the pipeline by stage
    assert "🕸 2 deals without activity" in out


def test_a_pipeline_asked_for_one_rep_by_name_counts_only_theirs(console, console_bob):
    console.say("deal add Globex seats 20k")
    console_bob.say("deal add Initech pilot 5k")
    out = console.say("show me Bob's pipeline")
    # once: the name was dropped and everyone's pipeline was shown, labelled as the team's
    assert "5,000" in out and "20,000" not in out and "· bob" in out
    out = console.say("how is the pipeline looking for Bob")
    assert "5,000" in out and "20,000" not in out
    out = console.say("what's Acme's pipeline")
    assert "'Acme'" in out and "20,000" not in out  # no member: shown back, not the lot
    assert "25,000" in console.say("what's the team's pipeline")


def test_the_pipeline_of_one_owner_is_labelled_with_their_name(console, console_bob):
    console_bob.say("deal add Initech pilot 5k")
    out = console.say("pipeline owner=bob")
    assert "📊 Pipeline · bob" in out and "workspace" not in out.split("\n")[0]


def test_a_win_rate_asked_in_words_answers_the_win_rate(console, console_bob):
    console.say("deal add Globex seats 20k")
    console.say("deal won Globex seats")
    console_bob.say("deal add Initech pilot 5k")
    console_bob.say("deal lost Initech pilot reason=price")
    out = console.say("what's our win rate this quarter")
    # once: the pipeline by stage, a different report
    assert "🏆 Win rate · 2026-Q4" in out and "50% (1 won / 1 lost)" in out
    out = console.say("Bob's win rate this quarter")
    assert "🏆 Win rate · 2026-Q4 · bob" in out and "0% (0 won / 1 lost)" in out
    console.say("contact add Lucía Brown")
    out = console.say("what's Lucía's win rate")  # once: a list of contacts named Lucía
    assert "No member or team is called 'Lucía'" in out


def test_a_case_solved_in_words_logs_no_call_and_offers_the_case(console, sessions):
    from storage.models_cases import Case

    console.say("contact add Maria Lopez account=Acme")
    console.say("case new Acme: printer broken contact=Maria")
    out = console.say("Maria's case is solved, replaced the toner")
    # once: "✅ Logged call" with the words as its note, and the case left open
    assert _activities(sessions) == [] and "Logged" not in out
    assert "case solve #1 replaced the toner" in out
    console.say("1")
    with transaction(sessions) as s:
        case = s.scalar(select(Case))
        assert (case.status, case.resolution) == ("solved", "replaced the toner")
    assert "Logged call" in console.say("called Maria, her case is solved now")


def test_a_case_said_solved_with_no_open_case_logs_nothing(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("Maria's case is solved, fixed the login")
    assert _activities(sessions) == [] and "no open case of Maria" in out


def test_a_members_name_said_plainly_narrows_the_pipeline_question(console, console_bob):
    console.say("deal add Globex seats 20k close=2026-12-15")
    console_bob.say("deal add Initech pilot 5k close=2026-12-10")
    out = console.say("how is Bob doing this quarter")
    # once: the name was dropped and the whole workspace's quarter was shown
    assert "2026-Q4 · bob" in out and "5,000" in out and "20,000" not in out
    out = console.say("how does the pipeline look for next quarter in EMEA")
    assert "bob" not in out.split("\n")[0]  # a capitalised word that is no member: no one


def test_a_quarter_or_month_said_in_a_pipeline_question_is_the_period(console):
    console.say("deal add Globex seats 20k close=2026-12-15")
    console.say("deal add Initech pilot 5k close=2027-02-10")
    out = console.say("what's the forecast for 2027-Q1")
    # once: "📈 Forecast · 2026-Q4", this quarter's, the period asked for dropped
    assert "Forecast · 2027-Q1" in out and "5,000" in out and "20,000" not in out
    out = console.say("how does the pipeline look in Q4")
    assert "Pipeline · 2026-Q4" in out and "20,000" in out and "5,000" not in out
    assert "Pipeline · 2027-02" in console.say("how does the pipeline look for february")


def test_a_time_said_in_a_call_step_is_shown_back_not_run_at_once(console):
    console.say('sequence new "Trial"')
    out = console.say('sequence step add "Trial" call check in on the trial after 2 days')
    # once: "✅ Step 1 … call reminder: check in on the trial after 2 days", run at once
    assert "✅" not in out
    assert 'wait 2d · sequence step add "Trial" call check in on the trial' in out
    assert "No steps yet" in console.say("sequence show Trial")
    assert "✅ Step 1" in console.say('sequence step add "Trial" call check in on the trial')


def test_another_members_reminders_asked_for_are_not_answered_with_mine(console, console_bob):
    console_bob.say("me")
    console.say("remind me tomorrow 9am: call Maria")
    out = console.say("what does bob have tomorrow")
    # once: "1 open reminder(s) for Fri 27 Nov … call Maria", Ana's own, as if Bob's
    assert "call Maria" not in out and "not bob's" in out
    assert "call Maria" in console.say("what do I have tomorrow")


def test_what_the_team_did_is_the_activities_not_my_reminders(console, console_bob, clock):
    console.say("contact add Maria Lopez")
    console_bob.say("log call Maria Lopez: wants a quote")
    clock.advance(days=1)
    out = console.say("what did the team do yesterday")
    # once: "No open reminders for Thu 26 Nov", a question about the future, and only mine
    assert "reminders" not in out and "wants a quote" in out


def test_a_campaign_name_with_more_words_is_not_taken_for_the_campaign(console):
    console.say("segment save leads lifecycle=lead")
    console.say("campaign new Spring segment=leads")
    out = console.say("campaign members Spring add Maria")
    # once: "Nothing here yet." (Spring's members), 'add Maria' dropped
    assert "no campaign named 'Spring add Maria'" in out
    assert "Nothing here yet" in console.say("campaign members Sprng")  # a typo still finds it


def test_a_case_given_to_someone_in_words_is_no_reminder(console, console_bob, sessions):
    from storage.models import User
    from storage.models_cases import Case

    console_bob.say("me")
    console.say("contact add Maria Lopez account=Acme")
    console.say("case new Acme: printer broken contact=Maria")
    out = console.say("give the Acme case to bob")
    # once: "When should I remind you to give the Acme case to bob?"
    assert "remind" not in out and "Give which case to bob" in out and "#1 printer" in out
    console.say("1")
    with transaction(sessions) as s:
        case = s.scalar(select(Case))
        assert s.get(User, case.assignee_id).display_name == "bob"
    assert _reminders_count(sessions) == 0


def _reminders_count(sessions) -> int:
    from storage.models import Reminder

    with transaction(sessions) as s:
        return len(list(s.scalars(select(Reminder).where(Reminder.text.contains("give")))))


def test_a_stage_asked_for_one_rep_lists_only_their_deals(console, console_bob):
    console.say("deal add Globex seats 20k stage=closing")
    console_bob.say("deal add Initech pilot 5k stage=closing")
    out = console.say("how much is in closing for Bob")
    # once: every closing deal, the name dropped
    assert "Initech" in out and "Globex" not in out and "· bob" in out.split("\n")[0]


def test_a_rep_asking_for_anothers_deals_is_told_not_no_deals(console, console_bob):
    console.say("deal add Globex seats 20k close=2026-11-30")
    out = console_bob.say("deals closing this month owner=ana")
    # once: "No deals match: closing 2026-11 · owner ana", as if Ana had none
    assert "No deals match" not in out and "can't see ana's deals" in out
