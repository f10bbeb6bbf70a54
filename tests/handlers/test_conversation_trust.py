"""Issue 11, "never silently wrong": a conversation that does not trap.

Each test is named after the point of the issue it proves and talks to the bot the way a
new user would, through the console adapter (the same core path Slack and Telegram take).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from scheduler.followups import FollowupPlanner
from storage.db import transaction
from storage.models import Activity, Contact, Opportunity, Reminder, Workspace
from storage.workspaces import update_settings

# ---- 1. a pending question never swallows the next message --------------------------------

CANCEL_WORDS = [
    "cancel",
    "stop",
    "never mind",
    "no",
    "Nevermind.",
    "cancelar",  # es
    "olvídalo",  # es
    "abbrechen",  # de
    "annuler",  # fr
    "avbryt",  # nb
    "ακύρωση",  # el
    "utzi",  # eu
    "болдырмау",  # kk
]


def _reminders(sessions) -> list[Reminder]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        return list(s.scalars(select(Reminder).where(Reminder.kind != "follow-up")))


@pytest.mark.parametrize("word", CANCEL_WORDS)
def test_point1_cancel_words_end_a_pending_question(console, sessions, word) -> None:
    assert "When should I remind you" in console.say("remind me to call the dentist")
    out = console.say(word)
    assert out.startswith("OK, I dropped my question")  # not the question again
    assert "call the dentist" in out  # says which question it dropped
    assert _reminders(sessions) == []
    # The question is gone: a time now is not taken as its answer.
    console.say("tomorrow at 9")
    assert _reminders(sessions) == []


def test_point1_no_to_a_yes_no_question_keeps_everything(console) -> None:
    console.say("contact add Maria Lopez account=Acme")
    assert "Delete" in console.say("contact delete Maria Lopez")
    assert "OK, I dropped my question" in console.say("no")
    assert "Maria Lopez" in console.say("contact show Maria Lopez")
    console.say("contact delete Maria Lopez")
    out = console.say("new account Initech")  # another message: the question lapses, said
    assert "Account created" in out and "Delete" in out.splitlines()[0]
    assert "Maria Lopez" in console.say("contact show Maria Lopez")


def test_point1_cancel_with_nothing_pending_says_so(console) -> None:
    out = console.say("cancel")
    assert "nothing" in out.lower()


def test_point1_a_new_log_is_not_swallowed_by_when(console, sessions) -> None:
    console.say("contact add Maria Lopez account=Acme")
    console.say("remind me to call the dentist")
    out = console.say("called Maria, she wants a demo")
    assert "Logged call" in out
    assert "call the dentist" in out  # one line: the question was dropped
    assert "wants a demo" in console.say("contact show Maria Lopez")
    assert _reminders(sessions) == []


def test_point1_a_non_time_answer_to_when_is_a_new_message(console, sessions) -> None:
    console.say("deal add Acme renewal 12k")
    console.say("remind me to call the dentist")
    out = console.say("push Acme renewal to next month")
    assert "call the dentist" in out  # the dropped question is named
    assert not any("push Acme renewal" in r.text for r in _reminders(sessions))
    assert not any("dentist" in r.text for r in _reminders(sessions))


def test_point1_an_unreadable_time_is_asked_about_not_guessed(console, sessions) -> None:
    console.say("remind me to call the dentist")
    out = console.say("asap")
    assert "I could not read a time in 'asap'" in out and "cancel" in out
    assert _reminders(sessions) == []
    assert "Reminder set" in console.say("tomorrow at 9")  # the question is still open
    assert [r.text for r in _reminders(sessions)] == ["call the dentist"]


def test_point1_a_time_still_answers_when(console, sessions) -> None:
    console.say("remind me to call the dentist")
    out = console.say("tomorrow at 9")
    assert "Reminder set" in out and "Fri 27 Nov 09:00" in out
    assert [r.text for r in _reminders(sessions)] == ["call the dentist"]


def test_point1_which_deal_answer_or_new_message(console) -> None:
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k account=Acme")
    console.say("deal add Globex pilot 5k")
    assert "Which deal?" in console.say("move the deal to closing")
    out = console.say("called Maria, she wants a demo")
    assert "Logged call" in out and "Which deal" in out  # dropped, with one line
    assert "Closing" not in console.say("deal show Acme renewal").split("stage:")[1][:20]
    # A deal's name still answers "which deal?".
    console.say("move the deal to closing")
    assert "Moved to Closing" in console.say("Globex pilot")


def test_point1_which_choice_dropped_by_a_new_message(console) -> None:
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Garcia account=Globex")
    assert "Which one?" in console.say("contact show Maria")
    out = console.say("new account Initech")
    assert "Account created" in out
    assert "Maria" in out  # the dropped question is named


# ---- 2. an activity lands on its deal ----------------------------------------------------


def _deal(sessions, title: str) -> Opportunity:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.title == title))
        assert d is not None
        return d


def _activities(sessions) -> list[Activity]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        return list(s.scalars(select(Activity).order_by(Activity.id)))


def test_point2_free_text_call_lands_on_the_only_open_deal(console, sessions, clock, ws_id):
    with transaction(sessions) as s:
        update_settings(
            s.get(Workspace, ws_id),
            {"followups": {"stale_deal": {"enabled": True, "days": 7}}},
        )
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k account=Acme")
    clock.advance(days=6)
    out = console.say("called Maria Lopez at Acme, she wants a quote")
    assert "Logged call" in out and "Acme renewal" in out  # the card says which deal
    (act,) = _activities(sessions)
    d = _deal(sessions, "Acme renewal")
    assert act.opportunity_id == d.id
    assert d.last_activity_at == clock.now
    card = console.say("deal show Acme renewal")
    assert "wants a quote" in card and "last activity" in card
    # The rep works the deal: no stale-deal nudge two days later.
    clock.advance(days=2)
    assert FollowupPlanner(sessions, clock=clock).run().created.get("stale_deal", 0) == 0


def test_point2_undo_of_a_log_puts_the_deals_last_activity_back(console, sessions, clock):
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k account=Acme")
    console.say("log call Maria Lopez: first call")
    first = clock.now
    clock.advance(minutes=2)  # both within Undo's 10 minutes
    console.say("log call Maria Lopez: second call")
    assert _deal(sessions, "Acme renewal").last_activity_at == clock.now
    console.say("undo")
    assert _deal(sessions, "Acme renewal").last_activity_at == first
    console.say("undo")
    assert _deal(sessions, "Acme renewal").last_activity_at is None


def test_point2_deal_none_keeps_a_note_off_every_deal(console, sessions) -> None:
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k contact=Maria Lopez")
    out = console.say("log note Maria Lopez: her birthday is in May deal=none")
    assert "Logged note" in out and "on the deal" not in out
    assert _activities(sessions)[0].opportunity_id is None
    assert _deal(sessions, "Acme renewal").last_activity_at is None


def test_point2_log_command_on_account_links_its_only_deal(console, sessions) -> None:
    console.say("account add Acme")
    console.say("deal add Acme renewal 12k account=Acme")
    out = console.say("log meeting Acme: budget approved")
    assert "Acme renewal" in out
    assert _activities(sessions)[0].opportunity_id == _deal(sessions, "Acme renewal").id


def test_point2_several_deals_named_one_wins_else_latest_with_change(console, sessions, clock):
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k account=Acme")
    clock.advance(hours=1)
    console.say("deal add Acme pilot 3k account=Acme")
    renewal, pilot = _deal(sessions, "Acme renewal"), _deal(sessions, "Acme pilot")
    clock.advance(hours=1)
    # The message names one deal: that one.
    out = console.say("log call Maria Lopez: talked about the renewal terms")
    assert "Acme renewal" in out
    assert _activities(sessions)[-1].opportunity_id == renewal.id
    # It names none: the most recently active (the renewal, just touched), with a way to change.
    clock.advance(hours=1)
    out = console.say("log call Maria Lopez: left a voicemail")
    assert _activities(sessions)[-1].opportunity_id == renewal.id
    assert "Acme pilot" in out  # a button to move it there
    lines = [ln for ln in out.splitlines() if "Acme pilot" in ln and ln.strip().startswith("[")]
    number = lines[0].split("]")[0].strip(" [")
    moved = console.say(number)
    assert "Acme pilot" in moved
    act = _activities(sessions)[-1]
    assert act.opportunity_id == pilot.id
    assert _deal(sessions, "Acme pilot").last_activity_at == clock.now
    assert "left a voicemail" in console.say("deal show Acme pilot")
    assert "left a voicemail" not in console.say("deal show Acme renewal")


# ---- 3. amounts are never dropped or absurd ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("30000", "EUR 30,000"),
        ("100000", "EUR 100,000"),
        ("250000", "EUR 250,000"),
        ("9999", "EUR 9,999"),
        ("30000 EUR", "EUR 30,000"),
    ],
)
def test_point3_free_text_deal_keeps_bare_amounts(console, typed, shown) -> None:
    out = console.say(f"new deal Umbrella Corp {typed} closing 2027-02-15")
    assert f"amount: {shown}" in out
    assert "expected close: 2027-02-15" in out
    assert "💼 Umbrella Corp  #d1" in out


@pytest.mark.parametrize("typed", ["30000", "100000", "250000"])
def test_point3_deal_add_keeps_bare_amounts(console, typed) -> None:
    out = console.say(f"deal add Umbrella Corp {typed} closing 2027-02-15")
    assert f"amount: EUR {int(typed):,}" in out
    assert "expected close: 2027-02-15" in out
    assert "💼 Umbrella Corp  #d1" in out


def test_point3_absurd_amount_is_confirmed_before_saving(console, sessions) -> None:
    console.say("deal add Acme renewal 12k")
    out = console.say("deal add Acme expansion 5000000")  # over 100x the largest deal
    assert "Deal created" not in out and "EUR 5,000,000" in out
    assert "Yes" in out and "No" in out
    assert "nothing was saved" in console.say("no")
    with transaction(sessions) as s:
        assert s.scalar(select(Opportunity).where(Opportunity.title == "Acme expansion")) is None
    console.say("deal add Acme expansion 5000000")
    out = console.say("yes")
    assert "Deal created" in out and "EUR 5,000,000" in out
    # Free text too, and above a billion even in an empty-ish workspace.
    out = console.say("new deal Moonshot 2000000000 EUR")
    assert "Deal created" not in out and "2,000,000,000" in out
    assert "Deal created" in console.say("1")
    # A changed amount too: a slipped zero on edit is asked about; "no" keeps the old one.
    out = console.say("deal edit Acme renewal amount=1200000000")
    assert "Save it with this amount?" in out
    console.say("no")
    assert "amount: EUR 12,000" in console.say("deal show Acme renewal")


# ---- 4. long messages and notes ---------------------------------------------------------


def test_point4_long_message_says_what_it_kept(console, sessions) -> None:
    console.say("contact add Maria Lopez account=Acme")
    note = " ".join(f"point{i} of the meeting went fine." for i in range(400))  # ~13k chars
    out = console.say(f"called Maria Lopez at Acme, {note}")
    assert "Logged call" in out
    assert "characters" in out  # says what it kept
    (act,) = _activities(sessions)
    assert "point399 of the meeting" in act.body  # nothing typed is lost


def test_point4_cards_show_head_of_long_note_with_show_all(console, sessions) -> None:
    console.say("contact add Maria Lopez account=Acme")
    note = " ".join(f"detail{i} noted." for i in range(200))
    console.say(f"log note Maria Lopez: {note}")
    card = console.say("contact show Maria Lopez")
    assert "detail199" not in card and "detail1 " in card
    assert "Show all" in card
    act = _activities(sessions)[0]
    full = console.say(f"activity show {act.id}")
    assert "detail199 noted." in full
    # A follow-up of a long note carries its head and where the rest is, not all of it.
    console.say(f"log note Maria Lopez: {note} follow=tomorrow 9am")
    (rem,) = _all_reminders(sessions)
    assert len(rem.text) < 500 and "activity show" in rem.text


# ---- 5. console and CLI niceties ---------------------------------------------------------


def _crmbot() -> list[str]:
    script = Path(sys.executable).with_name("crmbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def _run(args: list[str], tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRMBOT_")}
    env["CRMBOT_DATABASE_URL"] = f"sqlite:///{tmp_path / 'crm.db'}"
    return subprocess.run(
        [*_crmbot(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )


def test_point5_tz_flag_applies_to_an_existing_console_user(tmp_path) -> None:
    first = _run(["console", "--user", "ana", "--tz", "Europe/Madrid"], tmp_path, "me\n")
    assert "time zone: Europe/Madrid" in first.stdout
    again = _run(["console", "--user", "ana", "--tz", "America/New_York"], tmp_path, "me\n")
    assert "time zone: America/New_York" in again.stdout


def test_point5_me_lang_no_is_norwegian(console) -> None:
    out = console.say("me lang no")
    assert "nb (Norsk bokmål)" in out


def test_point5_cli_prints_no_migration_info_and_first_run_is_short(tmp_path) -> None:
    up = _run(["db", "upgrade"], tmp_path)
    assert up.returncode == 0
    assert "INFO" not in up.stderr and "alembic" not in up.stderr
    (tmp_path / "crm.db").unlink()
    first = _run(["console", "--user", "ana"], tmp_path, "me\n")
    assert "INFO" not in first.stderr
    setup = [ln for ln in first.stderr.splitlines() if ln.strip()]
    assert 1 <= len(setup) <= 2 and "crm.db" in setup[0]  # says what it is doing
    second = _run(["console", "--user", "ana"], tmp_path, "me\n")
    assert second.stderr.strip() == ""  # later runs start at once, silently


_FAKE_PYTHON = """#!/usr/bin/env bash
# Stands in for python3 in scripts/bootstrap: "-m venv DIR" makes DIR/bin/python, a pip that
# chatters (and fails when PIP_FAILS is set); "-c" runs the real interpreter.
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin"
  printf '#!/usr/bin/env bash\\necho "Collecting lots of things"\\n'\\
'echo "warning: setuptools says something" >&2\\n[ -z "$PIP_FAILS" ]\\n' > "$3/bin/python"
  chmod +x "$3/bin/python"
  exit 0
fi
exec %s "$@"
"""


def _bootstrap(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).parents[2]
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "bootstrap").write_text((root / "scripts" / "bootstrap").read_text())
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    fake = tmp_path / "fakepython"
    fake.write_text(_FAKE_PYTHON % sys.executable)
    fake.chmod(0o755)
    return subprocess.run(
        ["bash", str(tmp_path / "scripts" / "bootstrap")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": str(fake), **env},
        timeout=60,
    )


def test_point5_bootstrap_first_run_is_one_line_and_pip_goes_to_a_log(tmp_path) -> None:
    first = _bootstrap(tmp_path)
    assert first.returncode == 0, first.stderr
    lines = [ln for ln in (first.stdout + first.stderr).splitlines() if ln.strip()]
    assert len(lines) == 1 and ".venv" in lines[0], lines  # says what it is doing
    assert "Collecting lots of things" in (tmp_path / ".venv" / "setup.log").read_text()


def test_point5_bootstrap_failure_shows_the_log(tmp_path) -> None:
    failed = _bootstrap(tmp_path, PIP_FAILS="1")
    assert failed.returncode != 0
    assert "setup failed" in failed.stderr and "setuptools says something" in failed.stderr


# ---- 6. labels, recipients, snoozes -----------------------------------------------------


def test_point6_replies_name_stages_by_workspace_labels(console) -> None:
    console.say("settings stage closing label=Negotiation")
    console.say("settings stage pre-approach label=Qualified lead")
    console.say("deal add Acme renewal 12k")
    console.say("deal add Acme pilot 3k")
    console.say("deal move Acme pilot to pre-approach")
    out = console.say("move Acme renewal to contract")
    assert "Negotiation" in out and "closing" not in out.lower().replace("expected close", "")
    choices = console.say("deal show Acme")
    assert "Qualified lead" in choices and "pre-approach" not in choices


def test_point6_stale_nudge_names_the_stage_label(console, sessions, clock, ws_id) -> None:
    with transaction(sessions) as s:
        update_settings(
            s.get(Workspace, ws_id),
            {"followups": {"stale_deal": {"enabled": True, "days": 7}}},
        )
    console.say("settings stage pre-approach label=Qualified lead")
    console.say("deal add Acme renewal 12k stage=pre-approach")
    clock.advance(days=8)
    FollowupPlanner(sessions, clock=clock).run()
    (nudge,) = [r for r in _all_reminders(sessions) if r.kind == "stale_deal"]
    assert "Qualified lead" in nudge.text and "pre-approach" not in nudge.text


def _all_reminders(sessions) -> list[Reminder]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        return list(s.scalars(select(Reminder)))


def test_point6_remind_at_someone_names_the_recipient(console, console_bob) -> None:
    console_bob.say("me")
    out = console.say("remind @bob tomorrow at 10: send the contract")
    assert "Reminder set for bob" in out
    out = console.say("remind #sales friday at 10: pipeline review")
    assert "#sales" in out


def test_point6_snooze_never_moves_a_reminder_earlier(console, sessions, clock) -> None:
    console.say("remind me in 3 days: check the quote")  # Sun 29 Nov 09:00
    (r,) = _reminders(sessions)
    out = console.say(f"reminders snooze {r.id} 1h")
    assert "Sun 29 Nov 2026 10:00" in out  # an hour after it was due, not now + 1h
    out = console.say(f"reminders snooze {r.id} tomorrow")
    assert "Mon 30 Nov 2026 09:00" in out  # the day after it is due
    out = console.say(f"reminders snooze {r.id} friday 27 nov 9am")
    assert "earlier" in out
    assert "Mon 30 Nov 09:00" in console.say("reminders")


def test_point6_snooze_of_a_due_reminder_counts_from_now(console, sessions, clock) -> None:
    console.say("remind me in 2 hours: call Bob")  # 13:00 Madrid
    clock.advance(hours=3)  # 14:00 Madrid: it is past due
    (r,) = _reminders(sessions)
    out = console.say(f"reminders snooze {r.id} 1h")
    assert "15:00" in out


def test_a_dropped_question_is_quoted_once_however_many_messages_pass(console):
    """Each new message that asks again quoted the line "I dropped my question …" as the
    question, so the line nested one level deeper per message."""
    console.say("contact add Maria Lopez")
    console.say("contact add Maria Chen")
    assert "Which one?" in console.say("remind me to call maria friday 9am")
    console.say("remind me to email maria monday 9am")  # asks again
    out = console.say("remind me to ping maria tuesday 9am")
    dropped = [line for line in out.splitlines() if "I dropped my question" in line]
    assert len(dropped) == 1 and dropped[0].count("I dropped") == 1
    assert "“'maria' matches several contacts. Which one?”" in dropped[0]


def test_undo_while_a_question_is_open_takes_back_the_question_only(console, sessions):
    """ "undo" typed at "Delete #c2 …?" or "which Priya?" reverted an older change (the
    call logged before), read as a new message; now it drops the question, nothing else."""
    console.say("contact add Priya Raman")
    console.say("contact add Priya Shah")
    console.say("log call Priya Raman: wants pricing")
    assert "Delete #c2" in console.say("contact delete priya shah")
    out = console.say("undo")
    assert "nothing was undone" in out and "Undone" not in out
    assert "Which one?" in console.say("remind me to call priya tomorrow")
    assert "nothing was undone" in console.say("undo")
    with transaction(sessions) as s:
        assert len(s.scalars(select(Activity)).all()) == 1
        assert len(s.scalars(select(Contact).where(Contact.deleted_at.is_(None))).all()) == 2
    assert "Undone" in console.say("undo")  # with no question open, undo undoes
    with transaction(sessions) as s:
        assert s.scalars(select(Activity)).all() == []
