"""Nurturing sequences run through the real stack: the console bot writes the sequence and
the enrollments, the step runner claims due steps and sends email through a real SMTP
server (aiosmtpd, started here), call steps become the owner's reminders, and every exit
condition takes a contact out before their next step."""

from __future__ import annotations

import email
import email.policy
import socket
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from aiosmtpd.controller import Controller
from sequence_env import mail_settings
from sqlalchemy import select

from bot.console import ConsoleAdapter
from bot.unsubscribe_web import routes
from handlers.core import Bot
from scheduler.campaign_mail import SmtpMailer, send_messages
from scheduler.sequence_runner import SequenceRunner
from storage.db import transaction
from storage.models import AuditLog, Contact, Reminder
from storage.models_sequences import SequenceEnrollment, SequenceStepRun


@dataclass
class Inbox:
    port: int
    got: list[tuple[list[str], EmailMessage]] = field(default_factory=list)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[attr-defined]
        self.got.append((list(envelope.rcpt_tos), msg))  # type: ignore[attr-defined]
        return "250 Message accepted for delivery"

    def to(self) -> list[str]:
        return [r for rcpts, _ in self.got for r in rcpts]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch, bot: Bot) -> Iterator[Inbox]:
    inbox = Inbox(_free_port())
    ctl = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    ctl.start()
    for k, v in {
        "CRMBOT_SMTP_HOST": "127.0.0.1",
        "CRMBOT_SMTP_PORT": str(inbox.port),
        "CRMBOT_SMTP_TLS": "off",
        "CRMBOT_SMTP_FROM": "nurture@crm.example",
        "CRMBOT_SECRET_KEY": "test-secret-seq",
        "CRMBOT_PUBLIC_URL": "http://crm.example",
        "CRMBOT_CAMPAIGN_RATE": "60000",
    }.items():
        monkeypatch.setenv(k, v)
    # The app gives the bot its mailer port from these settings (bot/app.py); so does this.
    monkeypatch.setattr(bot, "mailer", SmtpMailer(mail_settings()))
    yield inbox
    ctl.stop()


PEOPLE = {
    "Maria Lopez": "maria",  # replies
    "Ole Hansen": "ole",  # a rep logs a call
    "Kari Berg": "kari",  # a meeting is set
    "Lars Baltic": "lars",  # a deal is opened
    "Sven Soft": "sven",  # unsubscribes through the link
    "Dag Dnc": "dag",  # marked do-not-contact
    "Eva Erase": "eva",  # erased
    "Finn Finish": "finn",  # goes all the way through
}


def _seed(console: ConsoleAdapter) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    for name, key in PEOPLE.items():
        console.say(f"contact add {name} email={key}@nordfrakt.no account=Nordfrakt lifecycle=lead")
    console.say('sequence new "Trial follow-up"')
    console.say(
        'sequence step add "Trial follow-up" email How is the trial, {first_name}? | '
        "Hi {first_name},\\nhow is the trial going at {account}?\\n{signature}"
    )
    console.say('sequence step add "Trial follow-up" wait 3d')
    console.say('sequence step add "Trial follow-up" call "check in on the trial"')
    console.say('sequence step add "Trial follow-up" wait 2d')
    console.say('sequence step add "Trial follow-up" email Last note | Bye {first_name}')


def _enrollments(sessions) -> dict[str, SequenceEnrollment]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        rows = s.execute(
            select(Contact.email, SequenceEnrollment).join(
                Contact, Contact.id == SequenceEnrollment.contact_id
            )
        ).all()
        for _, e in rows:
            s.expunge(e)
    return {(mail or "gone").split("@")[0]: e for mail, e in rows}


def test_steps_run_once_and_every_exit_is_recorded(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    out = console.say("segment save Nordic leads industry=logistics lifecycle=lead")
    out = console.say("enroll segment Nordic leads in Trial follow-up")
    assert "Enrolled 8 of segment Nordic leads in Trial follow-up" in out, out
    assert "Left out: nobody" in out

    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="proc-a")
    assert runner.run_once().emails == 1  # paced at the campaigns' rate: 1 ms apart here
    clock.advance(seconds=1)
    stats = runner.run_once()
    assert stats.emails == 7, stats
    assert sorted(smtp.to()) == sorted(f"{k}@nordfrakt.no" for k in PEOPLE.values())
    _, first = smtp.got[0]
    assert first["Subject"].startswith("How is the trial, ")
    assert first["List-Unsubscribe"].startswith("<http://crm.example/unsubscribe/")
    assert first["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert first["From"] == "ana <nurture@crm.example>"
    body = first.get_content()
    assert "how is the trial going at Nordfrakt?" in body and "To stop receiving" in body
    # Nothing more is due before the 3-day wait is over; running again changes nothing.
    assert runner.run_once().total == 0
    assert len(smtp.got) == 8

    # The exits, each through the bot as a rep would do it, a minute later.
    clock.advance(minutes=1)
    console.say("log email Maria Lopez: Maria replied, the trial works well")
    console.say("log call Ole Hansen: talked about the trial")
    console.say("remind me in 2 days at 10am: demo meeting with Kari about=Kari Berg")
    console.say("deal add Nordfrakt upgrade 5k EUR contact=Lars Baltic")
    console.say("contact edit Dag Dnc dnc=yes")
    console.say("contact erase Eva Erase confirm=yes")
    sven_msg = next(m for rcpts, m in smtp.got if rcpts == ["sven@nordfrakt.no"])
    url = sven_msg["List-Unsubscribe"].strip("<>")
    token = url.rsplit("/", 1)[1]

    async def unsubscribe() -> int:
        app = web.Application()
        app.add_routes(routes(sessions, mail_settings()))
        async with TestClient(TestServer(app)) as client:
            resp = await client.post(f"/unsubscribe/{token}")
            return resp.status

    import asyncio

    assert asyncio.run(unsubscribe()) == 200

    clock.advance(days=3, minutes=1)
    stats = runner.run_once()
    # Only Finn is left: one call reminder for the owner, nobody else gets anything.
    assert stats.calls == 1 and stats.exited == 7, stats
    got = _enrollments(sessions)
    reasons = {k: e.exit_reason for k, e in got.items()}
    assert reasons == {
        "maria": "replied",
        "ole": "conversation",
        "kari": "meeting",
        "lars": "deal",
        "sven": "unsubscribed",
        "dag": "do_not_contact",
        "gone": "erased",  # the erased contact's address is gone with them
        "finn": None,
    }, reasons
    with transaction(sessions) as s:
        calls = list(s.scalars(select(Reminder).where(Reminder.kind == "sequence_call")))
        assert [r.text for r in calls] == [
            "call Finn Finish: check in on the trial (Trial follow-up)"
        ]
        exits = s.scalars(select(AuditLog.after).where(AuditLog.action == "exit")).all()
        assert len(exits) == 7  # every exit is attributable (an audit row, no user)

    clock.advance(days=2, minutes=1)
    stats = runner.run_once()
    assert stats.emails == 1 and stats.finished == 1
    assert smtp.got[-1][0] == ["finn@nordfrakt.no"] and smtp.got[-1][1]["Subject"] == "Last note"
    assert runner.run_once().total == 0
    assert Counter(smtp.to())["finn@nordfrakt.no"] == 2

    out = console.say("sequence stats Trial follow-up")
    assert "enrolled 8 · active 0 · finished 1 · converted 1 · opted out 2" in out, out
    assert "Left early: 7" in out and "1 replied" in out and "1 meeting set" in out
    assert "1 erased" in out and "1 conversation logged" in out
    assert "Steps run: 9 emails sent · 1 call reminders" in out
    with transaction(sessions) as s:
        runs = s.execute(select(SequenceStepRun.enrollment_id, SequenceStepRun.step)).all()
    assert len(runs) == len(set(runs)) == 10  # each step of each enrollment once


def test_a_crash_after_claiming_and_a_restart_send_each_step_once(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    for name in PEOPLE:
        console.say(f"enroll {name} in Trial follow-up")
    calls = {"n": 0}

    def dies_on_third(st: object, msgs: list[EmailMessage]) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the process is killed here, its claims held
        send_messages(st, msgs)  # type: ignore[arg-type]

    crashed = SequenceRunner(
        sessions, mail_settings(), clock=clock, worker="proc-dead", send=dies_on_third
    )
    with pytest.raises(KeyboardInterrupt):
        crashed.run_once()
    assert len(smtp.got) == 2
    # A new process right away: the dead one's claims are leased, not stolen.
    fresh = SequenceRunner(sessions, mail_settings(), clock=clock, worker="proc-new")
    assert fresh.run_once().emails == 0
    clock.advance(seconds=121)  # the lease is over: the rest go out, each once
    assert fresh.run_once().emails == 6
    assert sorted(smtp.to()) == sorted(f"{k}@nordfrakt.no" for k in PEOPLE.values())
    clock.advance(days=3, minutes=1)
    assert fresh.run_once().calls == 8
    assert fresh.run_once().total == 0
    with transaction(sessions) as s:
        n = len(s.scalars(select(Reminder).where(Reminder.kind == "sequence_call")).all())
    assert n == 8


def test_pause_holds_steps_and_resume_runs_them(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    console.say("enroll Finn Finish in Trial follow-up")
    assert "paused: 1 queued step waits" in console.say("sequence pause Trial follow-up")
    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="w")
    assert runner.run_once().total == 0 and smtp.got == []
    assert "⏸ paused" in console.say("sequence list")
    assert "resumed: 1 queued" in console.say("sequence resume Trial follow-up")
    assert runner.run_once().emails == 1


def test_without_smtp_email_steps_wait_and_say_why(
    console: ConsoleAdapter, sessions, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k in ("CRMBOT_SMTP_HOST", "CRMBOT_SMTP_FROM", "CRMBOT_SECRET_KEY"):
        monkeypatch.delenv(k, raising=False)
    _seed(console)
    out = console.say("enroll Finn Finish in Trial follow-up")
    assert "Email steps wait until email is set up here" in out and "CRMBOT_SMTP_HOST" in out
    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="w")
    stats = runner.run_once()
    assert stats.emails == 0 and stats.retried == 1
    (e,) = _enrollments(sessions).values()
    assert e.step == 0 and e.status == "active" and "CRMBOT_SMTP_HOST" in (e.last_error or "")


def test_crmbot_scheduler_once_runs_due_sequence_steps(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys, smtp: Inbox
) -> None:
    from bot.app import build_app
    from bot.cli import main as cli
    from bot.config import load_config
    from storage.workspaces import get_or_create_workspace

    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/crm.db")
    monkeypatch.chdir(tmp_path)
    app = build_app(load_config(dotenv=False))
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR")
    chat = ConsoleAdapter(app.bot, ws.id, "ana", "Europe/Madrid")
    _seed(chat)
    chat.say("enroll Finn Finish in Trial follow-up")
    chat.say("enroll Maria Lopez in Trial follow-up")
    chat.say("contact edit Maria Lopez dnc=yes")
    capsys.readouterr()
    assert cli(["scheduler", "--once"]) == 0
    out = capsys.readouterr().out
    assert "sequence steps: 1 emails, 0 call reminders, 0 finished, 1 left" in out, out
    assert smtp.to() == ["finn@nordfrakt.no"]


async def test_crmbot_run_runs_the_sequence_service(
    console: ConsoleAdapter, engine, sessions, bot, smtp: Inbox
) -> None:
    """The real `crmbot run` composition (bot/run.py serve): sequences run beside the
    reminder loop, with no extra setting."""
    import asyncio

    from bot.app import App
    from bot.config import load_config
    from bot.run import serve

    _seed(console)
    console.say("enroll Finn Finish in Trial follow-up")
    env = {"CRMBOT_HOST": "127.0.0.1", "CRMBOT_PORT": str(_free_port()), "CRMBOT_FOLLOWUPS": "off"}
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, wanted={}, scheduler=True, stop_event=stop))
    try:
        for _ in range(500):
            if smtp.got:
                break
            await asyncio.sleep(0.02)
        assert smtp.to() == ["finn@nordfrakt.no"]
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
    with transaction(sessions) as s:
        assert s.scalar(select(SequenceEnrollment.step)) == 2  # on to the call, after the wait


def test_what_does_not_end_a_sequence_and_a_meeting_in_plain_words(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    console.say("deal add Nordfrakt pilot 3k EUR contact=Ole Hansen")  # before: not a reason
    for name in ("Maria Lopez", "Ole Hansen", "Kari Berg", "Finn Finish"):
        console.say(f"enroll {name} in Trial follow-up")
    clock.advance(minutes=1)
    # The rep's own email is not the contact's reply; a note is not a conversation.
    console.say("log email Maria Lopez: sent her the price list")
    console.say("log note Finn Finish: prefers mornings")
    out = console.say("lunch with Kari Berg tomorrow at 1")
    assert "still to come" in out, out
    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="w")
    stats = runner.run_once()
    reasons = {k: e.exit_reason for k, e in _enrollments(sessions).items()}
    assert stats.emails == 3 and stats.exited == 1, (stats, reasons)
    reasons = {k: e.exit_reason for k, e in _enrollments(sessions).items()}
    assert reasons == {"maria": None, "ole": None, "kari": "meeting", "finn": None}
    assert "kari@nordfrakt.no" not in smtp.to()


def test_an_opt_out_during_a_batch_stops_the_next_message(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    console.say("enroll Finn Finish in Trial follow-up")
    console.say("enroll Maria Lopez in Trial follow-up")

    def send_then_mark(st: object, msgs: list[EmailMessage]) -> None:
        send_messages(st, msgs)  # type: ignore[arg-type]
        with transaction(sessions) as s:  # Maria is marked do-not-contact meanwhile
            maria = s.scalar(select(Contact).where(Contact.name == "Maria Lopez"))
            assert maria is not None
            maria.do_not_contact = True

    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="w", send=send_then_mark)
    stats = runner.run_once()
    assert stats.emails == 1 and stats.exited == 1, stats
    assert smtp.to() == ["finn@nordfrakt.no"]
    assert _enrollments(sessions)["maria"].exit_reason == "do_not_contact"


def test_an_edited_step_goes_out_in_its_new_words(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    """A typo fixed in a later email reaches people already enrolled; nobody moves."""
    _seed(console)
    assert "Enrolled Finn Finish" in console.say("enroll Finn Finish in Trial follow-up")
    runner = SequenceRunner(sessions, mail_settings(), clock=clock, worker="proc-a")
    assert runner.run_once().emails == 1
    out = console.say('sequence step edit "Trial follow-up" 5 email Last note, fixed | Bye!')
    assert "Step 5 of Trial follow-up changed: ✉️ email: Last note, fixed" in out, out
    assert "(was: ✉️ email: Last note)" in out
    clock.advance(days=3, minutes=1)
    assert runner.run_once().calls == 1  # step 3, in its place
    clock.advance(days=2, minutes=1)
    stats = runner.run_once()
    assert stats.emails == 1 and stats.finished == 1
    assert smtp.got[-1][1]["Subject"] == "Last note, fixed"
    assert "Bye!" in smtp.got[-1][1].get_content()
    with transaction(sessions) as s:  # attributable: the edit's audit row keeps the old step
        edits = s.scalars(
            select(AuditLog).where(AuditLog.entity_type == "sequences").order_by(AuditLog.id)
        ).all()
        assert edits[-1].before is not None and edits[-1].user_id is not None
        assert edits[-1].before["steps"][4]["subject"] == "Last note"


def test_step_edit_errors_are_clear(console: ConsoleAdapter) -> None:
    _seed(console)
    assert "has 5 steps; say a number from 1 to 5" in console.say(
        'sequence step edit "Trial follow-up" 9 wait 2d'
    )
    assert "say which step to change (1 to 5)" in console.say(
        'sequence step edit "Trial follow-up" call ring'
    )
    assert "needs a subject and a body" in console.say(
        'sequence step edit "Trial follow-up" 1 email No body'
    )
    assert "sequence step edit" in console.say("help sequence step")
