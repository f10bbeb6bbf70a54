"""The conversation core: Incoming in, Reply out, one transaction per message.

Adapters (console, Slack, Telegram) call :meth:`Bot.handle`; nothing here knows
which platform a message came from.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from handlers import access, amend, question_once, registry
from handlers.pending import (
    holds_a_time,
    is_cancel,
    is_no,
    is_time_answer,
    question_text,
    reads_as_new_message,
)
from handlers.ports import Mailer
from handlers.press_time import as_said
from handlers.registry import Call
from handlers.types import Ask, Button, Incoming, Reply
from storage import crm
from storage.context import Ctx
from storage.conversation import (
    conversation_state,
    new_conversation_state,
    save_conversation_state,
)
from storage.errors import UserError
from storage.members import load_action, store_actions
from storage.models import Contact, ConversationState
from storage.text import name_key
from storage.types import utcnow
from storage.write_path import wrote_anything

log = logging.getLogger(__name__)
# A button action longer than this is stored and referenced (see _store_long_actions).
LONG_ACTION = 500
STORED_ACTION = "stored-button:"

CHOICE_TTL = timedelta(minutes=15)
# What the message being handled turned out to be, for Bot.on_handled (metrics): its
# "intent" (a command name, free_text or unknown) and "outcome" (ok, refused, failed).
_SEEN: ContextVar[dict[str, str] | None] = ContextVar("crmbot_seen", default=None)


def _note(key: str, value: str) -> None:
    seen = _SEEN.get()
    if seen is not None:
        seen[key] = value


class FreeText(Protocol):
    """The natural-language reader. With ``fallback=False`` it answers None instead of
    "I'm not sure what you mean", so a command can take the message after all."""

    def __call__(self, call: Call, *, fallback: bool = True) -> Reply | None: ...


def _load_commands() -> None:
    # Importing the command modules registers them.
    import handlers.commands  # noqa: F401


class Bot:
    """Platform-free bot: resolves the sender, runs a command, remembers choices."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Callable[[], datetime] = utcnow,
        free_text: FreeText | None = None,
        policies: dict[str, access.Policy] | None = None,
        mailer: Mailer | None = None,
    ) -> None:
        _load_commands()
        self.sessions = sessions
        self.clock = clock
        self.free_text = free_text
        # Filled by adapters that learn their address at start (Telegram's getMe): the
        # invite command prints a link a new member can just tap.
        self.join_links: dict[str, str] = {}
        # Who may talk, per platform (see handlers/access.py); adapters declare theirs.
        self.policies: dict[str, access.Policy] = dict(policies or {})
        # The app's mailer (campaign test; how email is configured): see handlers/ports.py.
        self.mailer = mailer
        # The bot's public web address (CRMBOT_PUBLIC_URL, passed down by bot/app.py): the
        # base of the links the core gives out (a calendar feed).
        self.public_url = "http://localhost:3000"
        # (platform, intent, outcome, seconds) after every message: bot.metrics plugs in here.
        self.on_handled: Callable[[str, str, str, float], None] | None = None

    # -- who may talk ------------------------------------------------------------------------
    def policy(self, platform: str) -> access.Policy:
        """The access policy of a platform (``open`` unless an adapter declared another)."""
        return self.policies.get(platform, access.OPEN_POLICY)

    # -- the one entry point ---------------------------------------------------------------
    def handle(self, inc: Incoming) -> Reply:
        if self.on_handled is None:
            return self._handle(inc)
        seen = {"intent": "none", "outcome": "ok"}
        token, t0 = _SEEN.set(seen), time.perf_counter()
        try:
            reply = self._handle(inc)
        finally:
            _SEEN.reset(token)
        if not reply.ok and seen["outcome"] == "ok":
            seen["outcome"] = "refused"
        platform = inc.sender.platform
        self.on_handled(platform, seen["intent"], seen["outcome"], time.perf_counter() - t0)
        return reply

    def _handle(self, inc: Incoming) -> Reply:
        session = self.sessions()
        try:
            gate = access.admit(session, self.policy(inc.sender.platform), inc, self.clock())
            if wrote_anything(session):  # a new member, a bound chat, a redeemed code:
                session.commit()  # kept in any case (a read-only gate runs on in one transaction)
            if isinstance(gate, Reply):
                return gate
            ws, user = gate.workspace, gate.user
            pressed = inc.action or ""
            if inc.button_token is None and pressed.startswith(STORED_ACTION):
                inc = replace(inc, action=None, button_token=pressed[len(STORED_ACTION) :])
            if inc.button_token is not None:
                action = load_action(session, ws.id, inc.button_token)
                if action is not None and action.startswith(STORED_ACTION):
                    # stored twice: Telegram stores every button's action, references too
                    action = load_action(session, ws.id, action[len(STORED_ACTION) :])
                if action is None:
                    return Reply.error(access.BUTTON_EXPIRED, popup=True, workspace_id=ws.id)
                inc = replace(inc, action=action, button_token=None)
            elif gate.text != inc.text:
                inc = replace(inc, text=gate.text)
            ctx = Ctx(session=session, workspace=ws, user=user, now=self.clock())
            if gate.conversation_read:  # read with the member: no statement of its own
                ctx._cache[_state_key(inc.conversation)] = gate.conversation
            try:
                reply = self._dispatch(ctx, inc)
            except Ask as ask:
                session.rollback()
                reply = ask.reply
            except UserError as exc:
                session.rollback()
                reply = Reply.error(str(exc))
            if ctx._cache.get(_AS_SAID):
                reply.sections.insert(0, str(ctx._cache[_AS_SAID]))
            self._remember_choices(ctx, inc, reply)
            _store_long_actions(session, ws.id, reply)
            session.commit()
            if gate.ask_timezone:
                reply = access.with_tz_question(reply, self.policy(inc.sender.platform))
            reply.workspace_id = ws.id
            return reply
        except Exception:
            session.rollback()
            _note("outcome", "failed")
            log.exception("message failed")
            return Reply.error(
                "Something went wrong on my side; nothing was saved. Please try again."
            )
        finally:
            session.close()

    def _prose_first(self, cmd: registry.Command, call: Call, inc: Incoming) -> bool:
        """ "meeting with Jon tomorrow at 10" starts like the alias of 'log meeting' but is
        a sentence: free text reads it first when the rest does not fit the syntax."""
        if self.free_text is None or inc.action:
            return False
        if not cmd.words and call.rest.strip():
            return True
        if cmd.fits is None or cmd.fits(call.rest):
            return False
        typed = call.text.lower().lstrip("/")
        if not typed.startswith(cmd.name):
            return True
        # "log meeting with ana yesterday 3pm, she confirmed budget": the command's own name,
        # then a sentence, not its "WHO: NOTE" (the whole rest was taken for a name). Free
        # text reads it first; the command runs when free text does not understand it.
        return "=" not in call.rest and _SENTENCE_REST.search(call.rest) is not None

    def _call(self, ctx: Ctx, inc: Incoming, rest: str, text: str) -> Call:
        """A command's invocation: the message, and what the app gave the core."""
        return Call(
            ctx=ctx,
            rest=rest,
            text=text,
            channel=inc.channel,
            is_private=inc.is_private,
            files=inc.files,
            join_links=self.join_links,
            mailer=self.mailer,
            public_url=self.public_url,
        )

    def _gesture(self, ctx: Ctx, inc: Incoming) -> Reply | None:
        """A chat app's own gesture rather than typed words: a forwarded message (logged on
        its author's record) or contact cards (a shared contact, a .vcf file)."""
        from handlers.commands import capture, vcards

        call = self._call(ctx, inc, "", (inc.text or "").strip())
        if inc.forwarded is not None:
            _note("intent", "forwarded")
            return capture.forwarded(call, inc.forwarded)
        reply = vcards.message_with_cards(call)
        if reply is not None:
            _note("intent", "contact.cards")
        return reply

    def _dispatch(self, ctx: Ctx, inc: Incoming) -> Reply:
        if not inc.action and (inc.forwarded is not None or inc.files):
            gesture = self._gesture(ctx, inc)
            if gesture is not None:
                return gesture
        text = (inc.action or inc.text or "").strip()
        state = self._open_state(ctx, inc)
        asks = _asks(state)
        if inc.action:
            why = question_once.refusal(
                ctx,
                self._state(ctx, inc.conversation),
                inc.conversation,
                inc.action,
                inc.is_private,
            )
            if why is not None:  # a second or late press, or someone else's question
                ctx._cache[_KEEP_STATE] = True
                return Reply.error(why, popup=True)
            if inc.action in question_once.choices_of(state):
                ctx._cache[_CLOSED] = question_once.choices_of(state)
            else:  # a button of a question dropped unanswered: it answers it, once
                group = question_once.dropped_answered(
                    self._state(ctx, inc.conversation), inc.action
                )
                if group:
                    ctx._cache[_CLOSED] = group
            said = as_said(ctx, inc.action, inc.offered_at) if inc.offered_at else None
            if said is not None:  # "tomorrow" pressed two days later: the day it meant
                text, ctx._cache[_AS_SAID] = said
        if asks is not None and not inc.action and name_key(text.rstrip(".!")) == "undo":
            # "undo" while a question is open takes the question back, never an older
            # change the rep may not even remember (the question was the last step).
            assert state is not None
            ctx._cache[_CLOSED] = question_once.choices_of(state)
            return Reply.say(
                f"OK, I dropped my question {_question(state)}; nothing was saved and nothing "
                "was undone. (To revert your last change, type 'undo' again.)"
            )
        if is_cancel(text):
            if not inc.action:
                ctx._cache[_CLOSED] = question_once.choices_of(state)
            no = _no_option(state) if not inc.action else None
            if no is None:
                return _cancelled(state, pressed=bool(inc.action))
            text = no  # the "No" of a Yes / No question: press it
        elif not inc.action and not inc.files:  # a file's caption is never an answer
            numbered = self.policy(inc.sender.platform).numbered_buttons
            picked = _picked_choice(state, text, numbered)
            if picked is not None and is_cancel(picked):  # "2" for a "No" whose action cancels
                return _cancelled(state, pressed=True)
            if picked is not None:
                if picked in question_once.choices_of(state):
                    ctx._cache[_CLOSED] = question_once.choices_of(state)
                text, asks = picked, None  # answered
            elif asks is None and name_key(_END_MARKS.sub("", text)) in _YES:
                # "yes" with nothing asked (the question was dropped by another message, or
                # answered already) was read as a message: "Did you mean 'understood yes'?"
                return Reply.say(
                    "Nothing is waiting for a yes: I have no open question, and nothing was "
                    "done. To answer an earlier one, press its button; or type what you want."
                )
        if not text and not inc.files:
            return Reply.say("Type 'help' to see what I can do.")
        cmd, rest = registry.lookup(text)
        expected = _expected(state) if cmd is None and not inc.action and not inc.files else None
        if expected is not None and _answers(ctx, asks, text):
            ctx._cache[_CLOSED] = question_once.choices_of(state)
            text, asks = expected.replace("{}", text), None
            cmd, rest = registry.lookup(text)
        elif expected is not None and asks == "when" and _meant_as_time(ctx, text):
            assert state is not None
            return _time_not_read(state, text, expected)
        elif cmd is None and not inc.action and not inc.files:
            fixed = self._corrected(ctx, inc, text, state, asks, expected)
            if fixed is not None:
                return fixed
        if not inc.action and not amend.is_correction_like(text):
            # what a question this message raises is about (a correction that was not
            # read, "actually make it 11", is never retold by the next one)
            ctx._cache[_SAID] = text
        if asks is None or inc.action or state is None:
            return self._run(ctx, inc, text, cmd, rest)
        # Not an answer: read as a new message; the question lapses, said in one line.
        ctx._cache[_DROPPED] = question_once.choices_of(state)
        line = _dropped_line(state)
        try:
            reply = self._run(ctx, inc, text, cmd, rest)
        except Ask as ask:
            ask.reply.sections.insert(0, line)
            raise
        except UserError as exc:
            raise UserError(f"{line}\n{exc}") from exc
        still = _still_answerable(state) if not reply.asks and not reply.choices else []
        if still:  # the dropped message is not lost: one tap still answers its question
            line = line.replace(" and read this", ", nothing of it saved, and read this")
            line += " To still answer it, tap ↩️ below."
            reply.buttons += still
        reply.sections.insert(0, line)
        return reply

    def _corrected(
        self,
        ctx: Ctx,
        inc: Incoming,
        text: str,
        state: ConversationState | None,
        asks: str | None,
        expected: str | None,
    ) -> Reply | None:
        """ "actually make it monday 11am": the open question's message read again with the
        new time, or the reminder the sender just set moved to it (:mod:`handlers.amend`)."""
        when = amend.correction(ctx, text)
        said = (state.data or {}).get("said") if state is not None else None
        if when is None:
            return self._person_corrected(ctx, inc, text, str(said) if said else None)
        if expected is not None and asks == "when":
            again, line = expected.replace("{}", when), None
        elif said:
            again = amend.retimed(ctx, str(said), when)
            line = f"↩️ Read your last message again with the new time: “{again}”"
        else:
            last = amend.last_reminder(ctx)
            if last is None:
                return None
            rid, due = last
            again = f"reminders move {rid} {amend.on_the_same_day(ctx, when, due)}"
            line = None
        _note("intent", "correction")
        ctx._cache[_SAID] = again
        cmd, rest = registry.lookup(again)
        try:
            reply = self._run(ctx, inc, again, cmd, rest)
        except Ask as ask:  # asked again ("which Maria?"), now with the new time
            if line:
                ask.reply.sections.insert(0, line)
            raise
        if line:
            reply.sections.insert(0, line)
        return reply

    def _person_corrected(
        self, ctx: Ctx, inc: Incoming, text: str, said: str | None
    ) -> Reply | None:
        """ "sorry, I meant Tom, not John": the open question's message read again with the
        name swapped, or the activity the sender just logged moved onto that person with its
        follow-up (:func:`handlers.amend.person_correction`). None: not such a message, or
        nothing it can correct (then it is read as usual)."""
        fix = amend.person_correction(ctx, text)
        if fix is None:
            return None
        new, old = fix
        if said and old:
            again = amend.swap_name(said, old, new)
            if again is None:
                return None
            line = f"↩️ Read your last message again with {new}: “{again}”"
        else:
            act = crm.last_logged_activity(ctx)
            was = ctx.session.get(Contact, act.contact_id) if act and act.contact_id else None
            if act is None or was is None:
                return Reply.say(
                    f"I can only change the person of a log you have just made, and your "
                    f"last change was not one; nothing changed. To move an older log onto "
                    f"{new}: activity contact N {new} (N is the log's number)."
                )
            said_old = name_key(old) if old is not None else None
            if said_old is not None and not (
                said_old == was.name_key or said_old in (was.first_key, was.last_key)
            ):
                return Reply.say(
                    f"Your last log is on {was.name}, not {old}; nothing changed. To move it "
                    f"onto {new}: activity contact {act.id} {new}"
                )
            again, line = f"activity contact {act.id} {new}", None
        _note("intent", "correction")
        ctx._cache[_SAID] = again
        cmd, rest = registry.lookup(again)
        try:
            reply = self._run(ctx, inc, again, cmd, rest)
        except Ask as ask:
            if line:
                ask.reply.sections.insert(0, line)
            raise
        if line:
            reply.sections.insert(0, line)
        return reply

    def _run(
        self, ctx: Ctx, inc: Incoming, text: str, cmd: registry.Command | None, rest: str
    ) -> Reply:
        call = self._call(ctx, inc, rest.strip(), text)
        _note("intent", cmd.name.replace(" ", ".") if cmd is not None else "free_text")
        if inc.files and (cmd is None or not cmd.takes_files) and not inc.action:
            # A file with any other words is an attachment (or a business card): the
            # words name the record. Only import-like commands read files themselves.
            from handlers.commands.files import receive

            _note("intent", "file.receive")
            return receive(call)
        if cmd is not None and self._prose_first(cmd, call, inc):
            assert self.free_text is not None
            reply = self.free_text(call, fallback=False)
            if reply is not None:
                _note("intent", "free_text")
                return reply
        if cmd is not None and not cmd.words and call.rest.strip():
            raise UserError(
                f"I didn't understand '{call.text.strip()}'. '{cmd.name}' takes no words after "
                f"it: type '{cmd.name}' alone, or say it another way."
            )
        if cmd is not None:
            if cmd.admin_only and not ctx.is_admin:
                raise UserError(f"'{cmd.name}' is for admins of this workspace.")
            return cmd.handler(call)
        if self.free_text is not None:
            reply = self.free_text(call)
            if reply is not None:
                return reply
        _note("intent", "unknown")
        return unknown(text)

    # -- numbered choices -------------------------------------------------------------------
    def _state(self, ctx: Ctx, channel: str) -> ConversationState | None:
        """The sender's conversation row, read once per message: the open question is read
        before the command runs and the reply's buttons are kept after it, and the second
        look was a second SELECT of the same row (the handlers never write it). Usually
        the access gate brought it with the member (storage.senders): no statement here."""
        key = _state_key(channel)
        if key not in ctx._cache:
            ctx._cache[key] = conversation_state(ctx, channel)
        state = ctx._cache[key]
        assert state is None or isinstance(state, ConversationState)
        return state

    def _open_state(self, ctx: Ctx, inc: Incoming) -> ConversationState | None:
        state = self._state(ctx, inc.conversation)
        return state if state is not None and state.expires_at >= ctx.now else None

    def _remember_choices(self, ctx: Ctx, inc: Incoming, reply: Reply) -> None:
        """Keep the reply's buttons so a typed number can pick one (any platform)."""
        options = [b.action for b in (*reply.choices, *reply.buttons)]
        labels = [b.label for b in (*reply.choices, *reply.buttons)]
        expect = reply.expect
        if ctx._cache.get(_KEEP_STATE):
            return  # a refused press: the open question stays as it was
        state = self._state(ctx, inc.conversation)
        if state is None and not options and not expect:
            return
        # Each reply replaces the previous question: an unanswered one lapses.
        asks = reply.asks or ("name" if expect else None)
        data = {
            "options": options,
            "labels": labels,
            "choices": len(reply.choices),
            "expect": expect,
            "asks": asks,
            "question": question_text(reply.sections) if asks else None,
            # The message a question or an offer is about (nothing of it was written), so
            # "actually make it 4pm" can retell it.
            "said": str(ctx._cache.get(_SAID) or "")[:2000] or None
            if asks or not reply.ok
            else None,
            # the choices of questions answered or dropped: pressed again, they do nothing
            "answered": question_once.remember(state, _closed(ctx)),
            "dropped": question_once.keep_dropped(state, _closed(ctx), _dropped(ctx)),
        }
        expires = ctx.now + CHOICE_TTL
        if state is None:  # a first row (or the one another message wrote meanwhile)
            state = new_conversation_state(ctx, inc.conversation, data, expires)
        save_conversation_state(ctx, state, data, expires)


def _store_long_actions(session: Session, ws_id: int, reply: Reply) -> None:
    """Keep a long button action server-side and put a short reference on the button.

    A choice that replays a long pasted note can run to thousands of characters, more
    than platforms carry in a button (Slack 2,000, Telegram 64 bytes), and a button
    dropped for its size would strand the question. The reference is resolved in the
    workspace that made it, like Telegram's stored buttons; typed answers ("1") use
    the full action kept by :meth:`Core._remember_choices`.
    """
    long = [b.action for b in (*reply.choices, *reply.buttons) if len(b.action) > LONG_ACTION]
    if not long:
        return
    refs = dict(zip(long, store_actions(session, ws_id, long), strict=False))

    def short(b: Button) -> Button:
        ref = refs.get(b.action)
        return replace(b, action=STORED_ACTION + ref) if ref else b

    reply.choices = [short(b) for b in reply.choices]
    reply.buttons = [short(b) for b in reply.buttons]


_SENTENCE_REST = re.compile(r"^(?:with|w/|to|for|about|re|at)\s|,\s", re.IGNORECASE)
_SAID = "said"  # the message's words as read (a correction's retold message), in ctx._cache
_CLOSED = "closed"  # the choices of the question this message answered or dropped
_KEEP_STATE = "keep-state"  # a refused press: the conversation row is left as it was
_DROPPED = "dropped"  # the choices of the question this message dropped unanswered
_AS_SAID = "as-said"  # the line of a pressed button's time read as of its message


def _state_key(channel: str) -> str:
    """Where a message's context keeps the sender's conversation row of ``channel``."""
    return f"conversation:{channel}"


_END_MARKS = re.compile(r"[\s.!]+$")
_YES = frozenset({"yes", "y", "yes please", "yep", "ok", "confirm", "sure", "si", "ja", "oui"})


# Words around a typed answer that do not name a choice: "the globex one", "the one at Acme".
_ANSWER_FILLER = frozenset(
    [
        "the",
        "one",
        "at",
        "from",
        "of",
        "in",
        "with",
        "please",
        "pls",
        "i",
        "mean",
        "meant",
        "that",
        "this",
    ]
)


# An offer a "yes" may accept when it is the only button (never Undo, Delete, Lost, …).
_OFFERS = ("create ", "add ", "save ", "log ", "set ")


def _label_words(text: str) -> str:
    """A label or an answer as plain words: "Maria Garcia (Globex)" -> "maria garcia globex"."""
    return " ".join(re.findall(r"\w+", name_key(text)))


def _answer_index(text: str, labels: list[str], n_choices: int) -> int | None:
    """Which button a typed word means, when exactly one fits: its number, "yes" for a
    "Yes, …" button (or for the only choice offered: "Create contact 'peter parker' and
    log?"), or words of one choice ("garcia", "globex", "the globex one")."""
    typed = name_key(text)
    words = " ".join(w for w in _label_words(text).split() if w not in _ANSWER_FILLER)
    if typed in _YES or _label_words(text) in _YES:
        hits = [i for i, label in enumerate(labels) if name_key(label).startswith("yes")]
        if not hits and n_choices == 1:
            hits = [0]
        if not hits and len(labels) == 1 and _label_words(labels[0]).startswith(_OFFERS):
            hits = [0]  # the one offer of a question: "Create contact 'peter parker' and log"
    elif len(words) >= 2:
        hits = [
            i
            for i, label in enumerate(labels[:n_choices])
            if f" {words} " in f" {_label_words(label)} "  # whole words of the choice
        ]
    else:
        hits = []
    return hits[0] if len(hits) == 1 else None


def _label_said(state: ConversationState | None, text: str) -> str | None:
    """A choice typed back as its label, whole or its first words ("Log a note on Lars" for
    "Log a note on Lars Lie"): that choice, though the words start like a command. They
    were run as one: a note "Log a note on Lars" was logged and the offer's words dropped."""
    if state is None or text.isdigit():
        return None
    typed = _label_words(text)
    if len(typed.split()) < 3:
        return None  # "log call", "yes": read as the other answers are
    options: list[str] = (state.data or {}).get("options", [])
    labels: list[str] = (state.data or {}).get("labels", [])
    n = min(int((state.data or {}).get("choices", 0)), len(options), len(labels))
    hits = [i for i in range(n) if f"{_label_words(labels[i])} ".startswith(f"{typed} ")]
    return options[hits[0]] if len(hits) == 1 else None


def _picked_choice(state: ConversationState | None, text: str, numbered: bool = True) -> str | None:
    """A typed answer to the last reply's buttons: its number, a choice's name
    ("Garcia" for "Maria Garcia (Acme)"), or "yes" for a "Yes, …" confirmation.

    ``numbered``: the platform shows the buttons' numbers (the console). Where it does
    not (Slack, Telegram), a number picks only an answer of a question, never a card's
    button the person cannot see numbered: "1" typed for a question dropped a message
    ago pressed the Undo under the record just made."""
    said_back = _label_said(state, text)
    if said_back is not None:
        return said_back
    if not text.isdigit() and registry.lookup(text)[0] is not None:
        return None  # a command is never taken for an answer
    if state is None:
        return None
    options: list[str] = (state.data or {}).get("options", [])
    if not options:
        return None
    if text.isdigit() and not numbered and not state.data.get("asks"):
        options = options[: int(state.data.get("choices", 0))]
        if not options:
            raise UserError(
                f"there is no question open that '{text}' answers; to use a button under "
                "my last message, press it"
            )
    if text.isdigit():
        index = int(text) - 1
        if not 0 <= index < len(options):
            raise UserError(f"pick a number from 1 to {len(options)}")
        return options[index]
    labels: list[str] = state.data.get("labels", [])
    picked = _answer_index(text, labels, int(state.data.get("choices", 0)))
    return options[picked] if picked is not None and picked < len(options) else None


def _expected(state: ConversationState | None) -> str | None:
    """The command template of an open question ("which deal?"), if any."""
    expect = (state.data or {}).get("expect") if state is not None else None
    return str(expect) if expect else None


def _asks(state: ConversationState | None) -> str | None:
    """The kind of answer the open question wants (None: no question is open)."""
    if state is None:
        return None
    data = state.data or {}
    return data.get("asks") or ("name" if data.get("expect") else None)


def _answers(ctx: Ctx, asks: str | None, text: str) -> bool:
    """Whether ``text`` is of the kind the open question asked for."""
    if asks == "when":
        return is_time_answer(ctx, text)
    return not reads_as_new_message(ctx, text)


def _meant_as_time(ctx: Ctx, text: str) -> bool:
    """ "3", "asap", "end of month" after "when?": an answer whose time is not read (short,
    no time phrase with other words around it, no message of its own), asked about again
    rather than taken for a new message."""
    return (
        len(text.split()) <= 3
        and not holds_a_time(ctx, text)
        and not reads_as_new_message(ctx, text)
    )


def _time_not_read(state: ConversationState, text: str, expected: str) -> Reply:
    data = state.data or {}
    options, labels = data.get("options", []), data.get("labels", [])
    n = int(data.get("choices", 0))
    return Reply(
        sections=[
            f"I could not read a time in '{text}'. {data.get('question') or 'When?'}",
            "Type a time (e.g. tomorrow 9am, friday at 3, in 2 hours), or 'cancel'.",
        ],
        choices=[
            Button(label, action) for label, action in zip(labels[:n], options[:n], strict=False)
        ],
        expect=expected,
        asks="when",
        ok=False,
    )


def _no_option(state: ConversationState | None) -> str | None:
    if state is None:
        return None
    data = state.data or {}
    for label, action in zip(data.get("labels", []), data.get("options", []), strict=False):
        if is_no(label) and not is_cancel(action):
            return str(action)
    return None


def _question(state: ConversationState) -> str:
    q = (state.data or {}).get("question") or "my last question"
    return f"“{q}”" if q != "my last question" else q


def _cancelled(state: ConversationState | None, pressed: bool = False) -> Reply:
    """ "cancel" / "never mind": the open question ends; nothing of it is saved."""
    if _asks(state) is None and pressed:  # a "No" pressed after the question lapsed
        return Reply.say("OK, nothing was saved.")
    if _asks(state) is None:
        return Reply.say(
            "Nothing to cancel: I'm not waiting for an answer. "
            "(To revert your last change, type 'undo'.)"
        )
    assert state is not None
    return Reply.say(f"OK, I dropped my question {_question(state)}; nothing was saved.")


def _still_answerable(state: ConversationState) -> list[Button]:
    """The choices of a dropped "which one?" question, as buttons under the next reply
    ("called maria, …" asked which Maria; the rep typed something else first): the message
    they answer was never written, and retyping it is how words get lost."""
    data = state.data or {}
    n = int(data.get("choices", 0))
    if not n or not data.get("said"):
        return []
    pairs = zip(data.get("labels", [])[:n], data.get("options", [])[:n], strict=False)
    return [Button(f"↩️ {label}", str(action)) for label, action in pairs if not is_cancel(action)]


def _dropped_line(state: ConversationState) -> str:
    line = f"↩️ I dropped my question {_question(state)} and read this as a new message."
    expect = str((state.data or {}).get("expect") or "")
    if expect.startswith("file attach ") and expect.endswith(" to {}"):
        # the file asked about is kept unfiled for a day: said, with how to file it (the
        # line once read as if the file had gone with the question)
        ids = expect.removeprefix("file attach ").removesuffix(" to {}")
        line += f" The file is kept for a day: 'file attach {ids} to NAME' files it."
    return line


def unknown(text: str) -> Reply:
    guess = registry.nearest(text)
    hint = f" Did you mean '{guess}'?" if guess else ""
    return Reply(
        sections=[f"I don't know '{text.split()[0]}'.{hint} Type 'help' for what I can do."],
        buttons=[Button(f"help {guess.split()[0]}", f"help {guess.split()[0]}")] if guess else [],
        ok=False,
    )


def _closed(ctx: Ctx) -> list[str]:
    """The choices of the question this message answered or dropped (none: [])."""
    closed = ctx._cache.get(_CLOSED)
    return [str(c) for c in closed] if isinstance(closed, list) else []


def _dropped(ctx: Ctx) -> list[str]:
    """The choices of the question this message dropped unanswered (none: [])."""
    dropped = ctx._cache.get(_DROPPED)
    return [str(c) for c in dropped] if isinstance(dropped, list) else []
