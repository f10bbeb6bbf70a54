"""Free text end to end through the console bot: rows written, questions asked, undo."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from bot.console import ConsoleAdapter
from handlers.core import Bot
from storage.db import transaction
from storage.models import Account, Activity, Contact, Opportunity, Reminder


def n(sessions, model, **where) -> int:
    with transaction(sessions) as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return int(s.scalar(q) or 0)


def test_free_text_log_with_follow_up_writes_activity_and_reminder(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    out = console.say("Called Maria Lopez at Acme, she wants a quote, follow up next Tuesday 9am")
    assert "Understood: call with Maria Lopez at Acme, follow-up Tue 1 Dec 09:00" in out
    assert "Logged call" in out and "[1] Undo" in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        rem = s.scalar(select(Reminder))
        maria = s.scalar(select(Contact))
    assert act.type == "call" and act.contact_id == maria.id and act.account_id == maria.account_id
    assert "wants a quote" in act.body and "Tuesday" not in act.body
    assert rem.due_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # 09:00 Madrid
    assert rem.linked_type == "contact" and rem.linked_id == maria.id and rem.kind == "follow-up"


def test_ambiguous_first_name_asks_then_stores_on_the_chosen_one(console, sessions):
    console.say("contact add Maria Lopez account=Acme")
    console.say("contact add Maria Garcia account=Globex")
    out = console.say("called Maria, left a voicemail")
    assert "matches several contacts" in out and n(sessions, Activity) == 0
    out = console.say("2")
    assert "Logged call" in out and "Maria Garcia" in out
    with transaction(sessions) as s:
        act = s.scalar(select(Activity))
        assert s.get(Contact, act.contact_id).name == "Maria Garcia"


def test_undo_removes_the_activity_and_its_reminder(console, sessions):
    console.say("contact add Jon Berg")
    out = console.say("met Jon Berg, follow up tomorrow")
    assert "Logged meeting" in out
    assert n(sessions, Activity) == 1 and n(sessions, Reminder) == 1
    out = console.say("1")  # Undo
    assert "Undone" in out
    assert n(sessions, Activity) == 0 and n(sessions, Reminder) == 0
    assert n(sessions, Contact) == 1  # the contact came from another message


def test_unknown_contact_is_created_only_after_agreeing(console, sessions):
    out = console.say("met Jon Snow at Winterfell, talked budget")
    assert "Create 'Jon Snow' at 'Winterfell' and log" in out
    assert n(sessions, Contact) == 0 and n(sessions, Account) == 0
    out = console.say("1")
    assert "Logged meeting" in out
    assert n(sessions, Contact) == 1 and n(sessions, Account) == 1 and n(sessions, Activity) == 1


def test_auto_create_setting_creates_without_asking(console, sessions):
    console.say("settings auto_create on")
    out = console.say("called Ingrid Hansen, intro")
    assert "Logged call" in out and n(sessions, Contact) == 1


def test_which_deal_question_survives_a_restart_and_expires(console, sessions, clock, ws_id):
    console.say("deal add Acme renewal 12k EUR")
    out = console.say("move the deal to negotiation")
    assert "Which deal?" in out
    restarted = ConsoleAdapter(
        Bot(sessions, clock=clock, free_text=console.bot.free_text), ws_id, "ana", "Europe/Madrid"
    )
    out = restarted.say("Acme renewal")
    assert "Moved to Closing" in out
    console.say("move the deal to proposal")
    clock.advance(minutes=16)
    out = console.say("Acme renewal")
    assert "Moved" not in out
    with transaction(sessions) as s:
        assert s.scalar(select(Opportunity.stage)) == "closing"


def test_past_reminder_time_asks_instead_of_saving(console, sessions):
    out = console.say("remind me 2026-11-20 10:00 to send the invoice")
    assert "already past" in out and n(sessions, Reminder) == 0
    out = console.say("1")  # tomorrow, same time
    assert "Reminder set" in out and n(sessions, Reminder) == 1


def test_reminder_without_time_asks_when(console, sessions):
    out = console.say("remind me to call the bank")
    assert "When should I remind you" in out
    out = console.say("tomorrow at 3")
    assert "Reminder set" in out
    with transaction(sessions) as s:
        r = s.scalar(select(Reminder))
    assert r.text == "call the bank" and r.due_at == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)


def test_intents_run_the_same_commands(console, sessions):
    assert "Contact created" in console.say(
        "new contact Søren Kierkegaard soren@orsted.dk +45 1234 5678 at Ørsted"
    )
    with transaction(sessions) as s:
        c = s.scalar(select(Contact))
    assert c.name == "Søren Kierkegaard" and c.email == "soren@orsted.dk" and c.account_id
    assert "Account created" in console.say("add account Initech")
    assert "Deal created" in console.say("new deal Initech pilot 8500 EUR")
    assert "Won" in console.say("Initech pilot won")
    assert "Søren" in console.say("find Soren")
    assert "Pipeline" in console.say("how does the pipeline look")
    assert "No open reminders" in console.say("my reminders")


def test_unknown_text_says_what_it_can_do_and_writes_nothing(console, sessions):
    out = console.say("the weather is lovely")
    assert "I understand things like" in out
    assert n(sessions, Contact) == 0 and n(sessions, Activity) == 0


def test_crmbot_parse_contract():
    script = Path(sys.executable).with_name("crmbot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
    out = subprocess.run(
        [
            *cmd,
            "parse",
            "--now",
            "2026-11-26T10:00",
            "--tz",
            "Europe/Madrid",
            "Called Ana Ruiz at Acme, 3.5k EUR, follow up Friday",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert json.loads(out) == {
        "intent": "log_activity",
        "activity_type": "call",
        "contact": "Ana Ruiz",
        "account": "Acme",
        "deal": None,
        "stage": None,
        "amount": "3500",
        "currency": "EUR",
        "email": None,
        "phone": None,
        "due": "2026-11-27T09:00:00+01:00",
        "text": "Called Ana Ruiz at Acme, 3.5k EUR",
        "close": None,
        "confidence": 1.0,
    }
    lines = subprocess.run(
        [*cmd, "parse", "--now", "2026-11-26T10:00", "--tz", "Europe/Madrid", "-"],
        input="pipeline\nremind me tomorrow at 3 to call Bob\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.splitlines()
    assert [json.loads(x)["intent"] for x in lines] == ["pipeline_summary", "remind"]
    assert json.loads(lines[1])["due"] == "2026-11-27T15:00:00+01:00"


def test_pipeline_questions_keep_their_period_and_grouping(console):
    console.say("deal add Q4 deal 10k close=2026-12-10")
    assert "Pipeline · 2026-Q4" in console.say("how does the pipeline look this quarter?")
    assert "Pipeline by owner" in console.say("show me the pipeline by rep")
    assert "Forecast · 2027-Q1" in console.say("what is the forecast for next quarter")


def test_fields_typed_into_a_sentence_are_kept(console, sessions):
    out = console.say("new deal Acme renewal 12k EUR close=2026-12-20 probability=40")
    assert "expected close: 2026-12-20" in out and "(40%)" in out
    assert "not a date" in console.say("new deal Globex 5k close=someday")


def test_new_deal_for_a_person_links_the_contact_not_a_new_account(console, sessions):
    """'for Maria' could be a company or a person: the CRM knows which, the parser can't."""
    console.say("contact add Pedro Gil account=Initech")
    console.say("contact add Maria López account=Acme")
    console.say("contact add Maria Ruiz account=Globex")
    out = console.say("new deal Initech renewal 12k EUR for Pedro")
    assert "Deal created" in out and "Initech · Pedro Gil" in out
    out = console.say("new deal Globex expansion 5k EUR for Maria")
    assert "matches several contacts" in out  # two Marias: ask, never guess
    assert "Globex · Maria Ruiz" in console.say("2")
    console.say("new deal Hooli pilot 3k EUR for Hooli")  # nobody by that name: an account
    with transaction(sessions) as s:
        deals = {d.title: d for d in s.scalars(select(Opportunity))}
        pedro = s.scalar(select(Contact).where(Contact.name == "Pedro Gil"))
        ruiz = s.scalar(select(Contact).where(Contact.name == "Maria Ruiz"))
        accounts = set(s.scalars(select(Account.name)))
    assert deals["Initech renewal"].contact_id == pedro.id
    assert deals["Initech renewal"].account_id == pedro.account_id
    assert deals["Globex expansion"].contact_id == ruiz.id
    assert deals["Hooli pilot"].contact_id is None
    assert accounts == {"Initech", "Acme", "Globex", "Hooli"}  # no account named after a person
    console.say("deal won Initech renewal")
    with transaction(sessions) as s:
        assert s.get(Contact, pedro.id).lifecycle == "customer"  # after the sale


def test_lost_in_plain_words_keeps_the_reason(console, sessions):
    console.say("deal add Acme renewal 12k EUR")
    console.say("deal add Globex pilot 3k EUR")
    out = console.say("Acme renewal lost: went with a competitor")
    assert "Understood: Acme renewal → Lost (went with a competitor)" in out  # its label
    assert "lost reason: went with a competitor" in out
    console.say("lost the Globex pilot to Initech")
    with transaction(sessions) as s:
        reasons = {d.title: (d.status, d.lost_reason) for d in s.scalars(select(Opportunity))}
    assert reasons == {
        "Acme renewal": ("lost", "went with a competitor"),
        "Globex pilot": ("lost", "lost to Initech"),
    }


def test_when_an_activity_happened_is_kept(console, sessions):
    """'called Maria yesterday at 4' is a call of yesterday 16:00, not of now."""
    console.say("contact add Maria Lopez account=Acme")
    console.say("deal add Acme renewal 12k EUR contact=Maria Lopez")
    out = console.say("Called Maria Lopez at Acme yesterday at 4, wants a quote, follow up friday")
    assert "Wed 25 Nov 16:00 call" in out and "Fri 27 Nov 09:00" in out
    assert "in the past" not in out and "already past" not in out
    out = console.say("log note Maria: first intro when=2026-11-20 10:00")
    assert "Fri 20 Nov 10:00 note: first intro" in out
    assert "still ahead" in console.say("log call Maria: voicemail when=tomorrow 9am")
    with transaction(sessions) as s:
        times = sorted(a.occurred_at for a in s.scalars(select(Activity)))
        deal = s.scalar(select(Opportunity))
    madrid = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC), datetime(2026, 11, 25, 15, 0, tzinfo=UTC)]
    assert times == madrid
    # the late-logged older note did not make the deal look staler
    assert deal.last_activity_at == datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    assert "Wed 25 Nov 09:00 is already past" in console.say("remind me yesterday to call Bob")


def test_new_deal_reads_its_close_date_not_the_closing_stage(console, sessions):
    console.say("account add Winterfell")
    out = console.say("create a deal for Winterfell: 40 seats, 30k EUR, closing in December")
    assert "stage: Prospecting" in out and "expected close: 2026-12-31" in out
    out = console.say("new deal Acme renewal 12k EUR stage closing, close by Dec 15")
    assert "stage: Closing" in out and "expected close: 2026-12-15" in out
    assert "expected close: 2027-03-31" in console.say("new deal Globex pilot 5k close Q1")


def test_an_activity_still_to_come_is_a_reminder_not_a_log(console, sessions):
    """'meeting with Jon tomorrow at 10' has not happened: logging it now would be false."""
    console.say("contact add Jon Snow account=Winterfell")
    out = console.say("meeting with Jon on Dec 3 at 14:00")  # starts like the 'meeting' alias
    assert "still to come, Thu 3 Dec 14:00" in out and "Reminder set" in out
    out = console.say("lunch with Jon tomorrow at 1")
    assert "Fri 27 Nov 13:00" in out
    out = console.say("met Jon Snow, follow up friday")  # it happened: logged, with follow-up
    assert "Logged meeting" in out
    assert "Logged call" in console.say("call Jon")  # the alias still works as a command
    assert "Logged email" in console.say("email from Jon: asked for references")
    with transaction(sessions) as s:
        jon = s.scalar(select(Contact))
        kinds = sorted(a.type for a in s.scalars(select(Activity)))
        planned = {r.text: r for r in s.scalars(select(Reminder)) if r.kind == "manual"}
    assert kinds == ["call", "email", "meeting"]
    assert planned["meeting with Jon"].linked_id == jon.id
    assert planned["meeting with Jon"].due_at == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    assert set(planned) == {"meeting with Jon", "lunch with Jon"}


def test_fields_said_in_words_are_kept(console, sessions):
    """'industry logistics, region North', 'CTO at Winterfell': nothing typed is dropped."""
    console.say("add contact Jon Snow, jon@winterfell.com, CTO at Winterfell")
    console.say("new account Initech, industry Software, region EMEA, website initech.io")
    console.say("new account Umbrella industry=Pharma")
    console.say("new account Website Builders Ltd")  # a field word inside a name stays a name
    console.say("new contact Ana Ruiz, head of procurement at Acme")
    with transaction(sessions) as s:
        people = {c.name: c.title for c in s.scalars(select(Contact))}
        firms = {a.name: (a.industry, a.region, a.website) for a in s.scalars(select(Account))}
    assert people == {"Jon Snow": "CTO", "Ana Ruiz": "head of procurement"}
    assert firms["Initech"] == ("Software", "EMEA", "initech.io")
    assert firms["Umbrella"] == ("Pharma", None, None)
    assert firms["Website Builders Ltd"] == (None, None, None)


def test_a_look_alike_account_is_pointed_out(console):
    console.say("account add Winterfell")
    out = console.say("account add Winterfell Inc industry=Logistics")
    assert "Looks like an account you already have: Winterfell (#a1)" in out
    assert "account merge #a2 into #a1" in out
    assert "Looks like" not in console.say("account add Initech")
