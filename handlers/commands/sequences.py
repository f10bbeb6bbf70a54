"""sequence new|step|show|list|stats|pause|resume|auto|remove, and enroll: nurturing.

A sequence keeps leads warm without a rep: emails, call reminders for the owner and
waits, one contact at a time, until the contact answers, a meeting or deal comes up, or
they opt out. The steps run in the sequence service (scheduler/sequence_runner.py).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from handlers import render
from handlers.commands import common
from handlers.commands.segments import left_out_line
from handlers.list_words import read_list_words
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import segments
from storage import sequences as sqs
from storage.campaign_email import MailSettings
from storage.errors import NotAllowed, UserError
from storage.models_sequences import Sequence
from storage.text import counted

EXAMPLE_NEW = 'sequence new "Trial follow-up"'
STEP_HELP = (
    'sequence step add "Trial follow-up" email Welcome, {first_name} | Hi {first_name},\\n…\n'
    'sequence step add "Trial follow-up" call check in on the trial\n'
    'sequence step add "Trial follow-up" wait 3d\n'
    'sequence step edit "Trial follow-up" 2 email New subject | New body'
)


def _mail_settings(call: Call) -> MailSettings:
    """How email goes out, from the app's mailer port (handlers/ports.py): the core reads
    no environment and does not reach into the scheduler."""
    return call.mailer.settings if call.mailer is not None else MailSettings.none()


def _mail_problems(call: Call) -> list[str]:
    return _mail_settings(call).problems()


def _mail_note(call: Call, seq: Sequence) -> list[str]:
    """Email steps without SMTP wait and say so; nothing pretends to send."""
    problems = _mail_problems(call) if sqs.has_email(seq) else []
    if not problems:
        return []
    return ["⚠ Email steps wait until email is set up here: " + "; ".join(problems) + "."]


def _steps_text(seq: Sequence) -> str:
    if not seq.steps:
        return "No steps yet. Add some:\n" + STEP_HELP.replace("Trial follow-up", seq.name)
    return "\n".join(f"{i}. {sqs.describe_step(s)}" for i, s in enumerate(seq.steps, 1))


def _auto_text(seq: Sequence) -> str:
    if seq.auto_below is None:
        return "Automatic enrollment: off"
    return (
        f"Automatic enrollment: leads scoring below {seq.auto_below} for "
        f"{counted(seq.auto_days or 0, 'day')}"
    )


@command("sequence new", 'sequence new "NAME"', aliases=("sequence add", "sequence create"))
def sequence_new(call: Call) -> Reply:
    """Create a nurturing sequence: a named list of steps (email, call reminder, wait).

    Example: sequence new "Trial follow-up"
    Then add steps: sequence step add "Trial follow-up" email SUBJECT | BODY
    """
    seq = sqs.create_sequence(call.ctx, common.need(call, "name", EXAMPLE_NEW))
    return Reply(
        sections=[f"✅ Sequence created: {seq.name}", _steps_text(seq)],
        buttons=[Button("Show", f"sequence show {seq.name}"), common.undo_button(call.ctx)],
    )


_STEP = re.compile(r"^(email|mail|call|wait)\b\s*(.*)$", re.I | re.S)


@command(
    "sequence step",
    "sequence step add NAME email SUBJECT | BODY|call TEXT|wait 3d · sequence step edit NAME N …",
)
def sequence_step(call: Call) -> Reply:
    """Add a step at the end of a sequence (an email, a call reminder for the owner, a
    wait), or rewrite step N in place.

    sequence step add "Trial follow-up" email Welcome, {first_name} | Hi {first_name},\\n...
    sequence step add "Trial follow-up" call check in on the trial
    sequence step add "Trial follow-up" wait 3d        (days; 2w = two weeks)
    sequence step edit "Trial follow-up" 1 email Welcome! | Hi {first_name},\\n...
    Email templates take {first_name}, {name}, {account}, {owner}, {signature}, {sequence};
    \\n is a new line. Emails go out in the owner's name with an unsubscribe link (the
    campaigns' sender and settings). A call step reminds the contact's owner to call.
    Steps are only added at the end, so people already enrolled keep their place; an edit
    keeps every place too: who is past the step is not affected, who has not run it yet
    gets the new version (a wait already counting keeps its end).
    """
    rest = common.need(call, "step", STEP_HELP)
    verb, _, rest = rest.partition(" ")
    verb = verb.lower()
    if verb not in ("add", "new", "edit", "change"):
        return Reply.error(
            "Say 'sequence step add NAME …' or 'sequence step edit NAME N …'. Examples:\n"
            + STEP_HELP
        )
    seq, tail = sqs.split_name(call.ctx, rest)
    number = None
    if verb in ("edit", "change"):
        n_text, _, tail = tail.strip().partition(" ")
        if not n_text.isdigit():
            raise UserError(
                f"after the name, say which step to change (1 to {len(seq.steps or [])}), e.g. "
                f'sequence step edit "{seq.name}" 1 call check in on the trial'
            )
        number = int(n_text)
    step = _parse_step(seq, tail)
    if number is None:
        n = sqs.add_step(call.ctx, seq, step)
        head = f"✅ Step {n} of {seq.name}: {sqs.describe_step(step)}"
    else:
        old = sqs.edit_step(call.ctx, seq, number, step)
        n = number
        head = (
            f"✅ Step {n} of {seq.name} changed: {sqs.describe_step(step)}\n"
            f"(was: {sqs.describe_step(old)})"
        )
    return Reply(
        sections=[head, _steps_text(seq), *_mail_note(call, seq)],
        buttons=[Button("Show", f"sequence show {seq.name}"), common.undo_button(call.ctx)],
    )


# "call check in after 2 days", "call in a week: check in": a time said in a call step
_CALL_TIMING = re.compile(
    r"(?:^|\s)(?:after|in|within|wait(?:ing)?)\s+(?P<n>\d+)\s*(?P<u>d|days?|w|weeks?)\b[:,]?",
    re.I,
)


def _parse_step(seq: Sequence, tail: str) -> dict[str, Any]:
    """One step from its words: email SUBJECT | BODY, call TEXT or wait 3d."""
    m = _STEP.match(tail.strip())
    if m is None:
        raise UserError(
            f"say email, call or wait; I read '{tail.strip() or '(nothing)'}'. "
            "Examples:\n" + STEP_HELP.replace("Trial follow-up", seq.name)
        )
    kind, arg = m.group(1).lower(), m.group(2).strip()
    if kind in ("email", "mail"):
        subject, bar, body = arg.partition("|")
        if not bar or not subject.strip() or not body.strip():
            raise UserError(
                "an email step needs a subject and a body split by '|', e.g. "
                f'sequence step add "{seq.name}" email Welcome, {{first_name}} | Hi '
                "{first_name},\\nhow is the trial going?\\n{signature}"
            )
        if len(subject.strip()) > 300:
            raise UserError("an email subject is at most 300 characters")
        return {"kind": "email", "subject": subject.strip(), "body": body.strip()}
    if kind == "call":
        text = arg.strip().strip("\"'“”").strip()
        timing = _CALL_TIMING.search(text)
        if timing:  # the step once ran at once, "after 2 days" kept only as its text
            raise UserError(
                f"a call step runs as soon as the step before it is done, so '{timing.group(0)}' "
                "would not be kept as a time. Add a wait first, then the call: "
                f'sequence step add "{seq.name}" wait {timing.group("n")}{timing.group("u")[0]}'
                f' · sequence step add "{seq.name}" call {_CALL_TIMING.sub("", text).strip()}'
            )
        return {"kind": "call", "text": text or "check in"}
    return {"kind": "wait", "days": sqs.parse_wait(arg or "")}


@command("sequence show", "sequence show NAME", aliases=("sequence view",))
def sequence_show(call: Call) -> Reply:
    """A sequence's steps, its automatic-enrollment rule and how many are in it now."""
    seq = sqs.find_sequence(call.ctx, common.need(call, "sequence", "sequence show Trial"))
    st = sqs.stats(call.ctx, seq)
    paused = " · ⏸ paused" if seq.status == "paused" else ""
    toggle = (
        Button("Resume", f"sequence resume {seq.name}")
        if seq.status == "paused"
        else Button("Pause", f"sequence pause {seq.name}")
    )
    return Reply(
        sections=[
            f"🔁 {seq.name}{paused}",
            _steps_text(seq),
            f"{st.active} active of {st.enrolled} enrolled · {_auto_text(seq)}",
            *_people(call, seq, st.enrolled),
            *_mail_note(call, seq),
        ],
        buttons=[Button("Stats", f"sequence stats {seq.name}"), toggle],
    )


def _people(call: Call, seq: Sequence, enrolled: int) -> list[str]:
    """Who is in it, by name and state (the first 20; the count above says how many)."""
    rows = sqs.people_in(call.ctx, seq)
    if not rows:
        return []
    more = f"\n… and {enrolled - len(rows)} more" if enrolled > len(rows) else ""
    return ["\n".join(f"👤 {name} · {sqs.status_words(e)}" for name, e in rows) + more]


_LIST_USAGE = "sequence list [active|paused] [auto]; e.g. 'sequences paused'"
_LIST_WORDS = {
    "active": ("status", "active"),
    "running": ("status", "active"),
    "paused": ("status", "paused"),
    "stopped": ("status", "paused"),
    "auto": ("auto", "yes"),
    "automatic": ("auto", "yes"),
}


@command("sequence list", "sequence list [active|paused] [auto]", aliases=("sequences",))
def sequence_list(call: Call) -> Reply:
    """The sequences of the workspace, with how many people are in each now.

    Examples: sequences paused · sequence list auto (those that enroll by themselves)
    """
    rows = sqs.list_with_counts(call.ctx)
    want = read_list_words(call.rest, "sequence", _LIST_WORDS, _LIST_USAGE,
                           names=[s.name for s, _ in rows], fields=("status",))  # fmt: skip
    if not rows:
        return Reply.say(f"No sequences yet. Example: {EXAMPLE_NEW}")
    rows = [
        (s, n)
        for s, n in rows
        if s.status == want.get("status", s.status)
        and ("auto" not in want or s.auto_below is not None)
    ]
    said = " · ".join("auto" if k == "auto" else v for k, v in sorted(want.items()))
    if not rows:
        return Reply.say(f"No {said} sequences. 'sequence list' shows them all.")
    lines = [
        f"🔁 {s.name} · {len(s.steps or [])} steps · {n} active"
        + (" · ⏸ paused" if s.status == "paused" else "")
        + (f" · auto below {s.auto_below}" if s.auto_below is not None else "")
        for s, n in rows
    ]
    if said:
        lines.insert(0, f"Sequences · {said}:")
    return Reply(
        sections=["\n".join(lines)],
        choices=[Button(s.name, f"sequence show {s.name}") for s, _ in rows[:10]],
    )


@command("sequence stats", "sequence stats NAME", aliases=("sequence results",))
def sequence_stats(call: Call) -> Reply:
    """How a sequence went: enrolled, active, finished, converted, opted out, who left why.

    Converted: a deal was opened for them while in it. Opted out: they unsubscribed or were
    marked do-not-contact. The others who left early are counted by their reason.
    """
    seq = sqs.find_sequence(call.ctx, common.need(call, "sequence", "sequence stats Trial"))
    sqs.refresh_exits(call.ctx, seq)
    st = sqs.stats(call.ctx, seq)
    why = ", ".join(
        f"{n} {sqs.EXIT_LABELS.get(r, r)}"
        for r, n in sorted(st.by_reason.items(), key=lambda x: -x[1])
    )
    lines = [
        f"📈 {seq.name}",
        f"enrolled {st.enrolled} · active {st.active} · finished {st.finished} · "
        f"converted {st.converted} · opted out {st.opted_out}",
        f"Left early: {st.exited}" + (f" ({why})" if why else ""),
        f"Steps run: {st.emails_sent} emails sent · {st.calls_created} call reminders"
        + (f" · {st.failed} failed" if st.failed else ""),
    ]
    return Reply(sections=lines, buttons=[Button("Show", f"sequence show {seq.name}")])


def _toggle(call: Call, status: str) -> Reply:
    seq = sqs.find_sequence(call.ctx, common.need(call, "sequence", f"sequence {status} Trial"))
    moved = sqs.set_status(call.ctx, seq, status)
    if status == "paused":
        wait = "waits" if moved == 1 else "wait"
        text = f"⏸ {seq.name} paused: {counted(moved, 'queued step')} {wait}; nobody leaves it."
        button = Button("Resume", f"sequence resume {seq.name}")
    else:
        run = "runs" if moved == 1 else "run"
        text = (
            f"▶ {seq.name} resumed: {counted(moved, 'queued step')} {run} when due (late ones now)."
        )
        button = Button("Pause", f"sequence pause {seq.name}")
    return Reply(sections=[text], buttons=[button, common.undo_button(call.ctx)])


@command("sequence rename", "sequence rename NAME to NEW NAME")
def sequence_rename(call: Call) -> Reply:
    """Rename a nurturing sequence; the people enrolled stay in it (undo gives the old name
    back).

    Example: sequence rename Onboarding to Welcome
    """
    text = common.need(call, "sequence", "sequence rename Onboarding to Welcome")
    old, sep, new = text.rpartition(" to ")
    if not sep or not old.strip() or not new.strip():
        raise UserError("say both names: sequence rename Onboarding to Welcome")
    seq = sqs.find_sequence(call.ctx, old.strip().strip("\"'“”"))
    before = seq.name
    sqs.rename_sequence(call.ctx, seq, new)
    return Reply(
        sections=[f"✅ Sequence {before} is now {seq.name}", _steps_text(seq)],
        buttons=[Button("Show", f"sequence show {seq.name}"), common.undo_button(call.ctx)],
    )


@command("sequence pause", "sequence pause NAME")
def sequence_pause(call: Call) -> Reply:
    """Pause a sequence: no step runs until it is resumed (people stay enrolled)."""
    return _toggle(call, "paused")


@command("sequence resume", "sequence resume NAME")
def sequence_resume(call: Call) -> Reply:
    """Resume a paused sequence: steps that came due meanwhile run now."""
    return _toggle(call, "active")


_AUTO = re.compile(
    r"\bbelow\s*=?\s*(\d{1,3})\b(?:.*?\bfor\s*=?\s*(\S+(?:\s+days?|\s+weeks?)?))?", re.I
)


@command("sequence auto", "sequence auto NAME below=30 for=14d | off")
def sequence_auto(call: Call) -> Reply:
    """Enroll leads automatically when their score stays low for some days (managers).

    Example: sequence auto "Trial follow-up" below=30 for=14d     (sequence auto NAME off)
    Leads and prospects only; do-not-contact, erased and unsubscribed people never. Checked
    by the sequence service once an hour, with the lead scores.
    """
    rest = common.need(call, "sequence", 'sequence auto "Trial follow-up" below=30 for=14d')
    seq, tail = sqs.split_name(call.ctx, rest)
    tail = tail.strip()
    if tail.lower() in ("off", "none", "stop"):
        sqs.set_auto(call.ctx, seq, None, None)
        return Reply.say(f"✅ {seq.name}: automatic enrollment off.")
    m = _AUTO.search(tail)
    if m is None:
        raise UserError(
            f'say the threshold and the time, e.g. sequence auto "{seq.name}" below=30 for=14d '
            "(or off)"
        )
    days = sqs.parse_wait(m.group(2), minimum=0) if m.group(2) else 0
    sqs.set_auto(call.ctx, seq, int(m.group(1)), days)
    return Reply.say(f"✅ {seq.name}: {_auto_text(seq).lower()}.")


@command("sequence remove", "sequence remove CONTACT from NAME", aliases=("sequence unenroll",))
def sequence_remove(call: Call) -> Reply:
    """Take someone out of a sequence by hand (counted as 'removed by hand').

    Example: sequence remove Maria Lopez from Trial follow-up
    """
    rest = common.need(call, "contact", "sequence remove Maria Lopez from Trial follow-up")
    who, seq = _split_on(call, rest, " from ", "sequence remove Maria Lopez from Trial follow-up")
    contact = common.contact(
        call.ctx, who, lambda r: f"sequence remove {r} from {seq.name}", offer_create=False
    )
    sqs.remove(call.ctx, seq, contact)
    return Reply(
        sections=[f"✅ {contact.name} left {seq.name} (removed by hand)."],
        buttons=[common.undo_button(call.ctx)],
    )


def _split_on(call: Call, text: str, word: str, example: str) -> tuple[str, Sequence]:
    """``WHO in SEQUENCE``: the split whose right side names a sequence (names may hold
    the word too: "check in" …)."""
    parts = [m.start() for m in re.finditer(re.escape(word), text, re.I)]
    if not parts:
        raise UserError(f"say who and which sequence, e.g. {example}")
    last_err: UserError | None = None
    for pos in parts:
        who, name = text[:pos].strip(), text[pos + len(word) :].strip()
        name = re.sub(r"\s+sequence$", "", re.sub(r"^the\s+", "", name, flags=re.I), flags=re.I)
        try:
            return who, sqs.find_sequence(call.ctx, name)
        except UserError as exc:
            last_err = last_err or exc
    assert last_err is not None
    raise last_err


def _enroll_segment(call: Call, name: str, seq: Sequence) -> Reply:
    if not call.ctx.is_manager:  # it mails many people in their owners' names
        raise NotAllowed("only a manager or an admin can enroll a whole segment")
    seg = segments.find_segment(call.ctx, name)
    channel = "email" if sqs.has_email(seq) else None
    reach = segments.reachable(call.ctx, seg.filters, channel=channel)
    every = timedelta(seconds=60 / _mail_settings(call).rate_per_minute)
    res = sqs.enroll(
        call.ctx, seq, reach.member_ids, source=f"segment:{seg.name}", send_every=every
    )
    excluded = dict(reach.excluded)
    for why, n in res.excluded.items():
        excluded[why] = excluded.get(why, 0) + n
    already = f" {res.already} were already in it." if res.already else ""
    when = f" First step {render.fmt_short(call.ctx, res.first_due)}." if res.first_due else ""
    return Reply(
        sections=[
            f"✅ Enrolled {res.enrolled} of segment {seg.name} in {seq.name}.{already}{when}",
            left_out_line(excluded),
            *_mail_note(call, seq),
        ],
        buttons=[Button("Stats", f"sequence stats {seq.name}")]
        + ([common.undo_button(call.ctx)] if res.enrolled else []),
    )


@command("enroll", "enroll CONTACT in SEQUENCE | enroll segment NAME in SEQUENCE",
         aliases=("enrol",))  # fmt: skip
def enroll(call: Call) -> Reply:
    """Put a contact (or a whole segment) into a nurturing sequence.

    Examples: enroll Maria Lopez in Trial follow-up
              enroll segment Nordic logistics in Trial follow-up   (managers and admins)
    Do-not-contact, erased and unsubscribed people are never enrolled (nor, when the
    sequence sends email, people without an address); the reply says who was left out.
    Someone already in the sequence (or who went through it) is not enrolled twice.
    """
    example = "enroll Maria Lopez in Trial follow-up"
    rest = common.need(call, "contact", example)
    who, seq = _split_on(call, rest, " in ", example)
    m = re.match(r"^segment\s+(.+)$", who, re.I)
    if m:
        return _enroll_segment(call, m.group(1).strip().strip("\"'“”"), seq)
    contact = common.contact(
        call.ctx, who, lambda r: f"enroll {r} in {seq.name}", offer_create=False
    )
    res = sqs.enroll(call.ctx, seq, [contact.id])
    if res.already:
        e = sqs.enrollment_of(call.ctx, seq, contact.id)
        state = sqs.status_words(e) if e is not None else "enrolled"
        return Reply.error(f"{contact.name} is already in {seq.name} ({state}).")
    if res.excluded:
        why = next(iter(res.excluded))
        return Reply.error(
            f"{contact.name} is not enrolled: {why} people are never enrolled in a sequence."
        )
    first = seq.steps[next(i for i, s in enumerate(seq.steps) if s.get("kind") != "wait")]
    when = render.fmt_short(call.ctx, res.first_due) if res.first_due else "now"
    return Reply(
        sections=[
            f"✅ Enrolled {contact.name} in {seq.name}. "
            f"First step {when}: {sqs.describe_step(first)}",
            *_mail_note(call, seq),
        ],
        buttons=[
            Button("Remove", f"sequence remove {common.ref(contact)} from {seq.name}"),
            Button("Stats", f"sequence stats {seq.name}"),
            common.undo_button(call.ctx),
        ],
    )
