"""The Telegram adapter: python-telegram-bot updates in, core replies out.

Who may talk is the core's business (handlers/access.py): the adapter only declares
Telegram's policy (``invite``: anyone can find a bot, so members only). Database work
runs in a worker thread (the core is synchronous) so the shared event loop keeps
serving Slack, the scheduler and other chats.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import case_gestures, logsafe
from bot.app import App
from bot.edge import EDITED, Edge, unreadable
from bot.telegram import files as tg_files
from bot.telegram import forwards, render
from bot.telegram.ratelimit import PacedRateLimiter
from bot.telegram.request import LenientUpdatesRequest
from bot.telegram.settings import TelegramSettings
from handlers import access
from handlers.commands.files import record_ref_on_card
from handlers.types import Attachment, Incoming, Reply, Sender
from storage.db import transaction
from storage.events import claim_event
from storage.members import store_actions
from storage.vcards import looks_like_vcard

log = logging.getLogger(__name__)

PLATFORM = "telegram"
CALLBACK_PREFIX = "b:"

COMMANDS: list[tuple[str, str]] = [
    ("start", "Start, or join with an invite: /start CODE"),
    ("help", "What I can do"),
    ("contact", "Contacts: /contact add|show|list|edit ..."),
    ("deal", "Deals: /deal add|show|move|won|lost ..."),
    ("log", "Log a call, meeting, visit, email or note"),
    ("remind", "Set a reminder: /remind me tomorrow 9am: ..."),
    ("reminders", "Your reminders"),
    ("pipeline", "The sales pipeline"),
    ("me", "Your profile and time zone: /me tz Europe/Madrid"),
]


PRESSED = "You pressed that button already; nothing more was done."

# Messages the core cannot read (voice and video notes, stickers, places, polls): each
# gets a one-line answer in the chat instead of silence (bot/edge.py words it).
UNREADABLE = (
    filters.VOICE
    | filters.AUDIO
    | filters.VIDEO
    | filters.VIDEO_NOTE
    | filters.Sticker.ALL
    | filters.ANIMATION
    | filters.LOCATION
    | filters.VENUE
    | filters.POLL
    | filters.Dice.ALL
)


def unreadable_kind(msg: Message) -> str:
    """What the person sent, in words: "voice message", "sticker", ..."""
    for attr, kind in (
        ("voice", "voice message"),
        ("audio", "audio file"),
        ("video_note", "video message"),
        ("video", "video"),
        ("sticker", "sticker"),
        ("animation", "GIF"),
        ("venue", "place"),
        ("location", "location"),
        ("poll", "poll"),
    ):
        if getattr(msg, attr, None):
            return kind
    return "message of this kind"


@dataclass
class Outgoing:
    """A reply made ready to send: HTML texts and (for the last one) the keyboard."""

    texts: list[str]
    markup: InlineKeyboardMarkup | None = None
    image: bytes | None = None
    image_name: str | None = None
    callback_note: str | None = None
    files: list[Attachment] = field(default_factory=list)
    extra: list[Outgoing] = field(default_factory=list)


def build_application(settings: TelegramSettings) -> Application:  # type: ignore[type-arg]
    limiter: AIORateLimiter = PacedRateLimiter(
        per_chat_interval=settings.per_chat_interval,
        overall_max_rate=settings.overall_max_rate,
        group_max_rate=settings.group_max_rate,
        max_retries=settings.max_retries,
    )
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url or tg_files.file_url_for(settings.base_url))
        .rate_limiter(limiter)
        .connect_timeout(settings.connect_timeout)
        .read_timeout(settings.read_timeout)
        .write_timeout(settings.read_timeout)
        .pool_timeout(5.0)
        .connection_pool_size(64)
    )
    if settings.webhook_url:
        builder = builder.updater(None)
    else:
        builder = builder.get_updates_request(
            LenientUpdatesRequest(
                connection_pool_size=1,
                connect_timeout=settings.connect_timeout,
                read_timeout=settings.read_timeout,
            )
        )
    return builder.build()


def describe_update(update: object) -> str:
    """What kind of update this is, for logs (never its text)."""
    if not isinstance(update, Update):
        return type(update).__name__
    kinds = [k for k in ("message", "callback_query", "my_chat_member") if getattr(update, k)]
    return ",".join(kinds) or "other"


class TelegramAdapter:
    def __init__(self, app: App, settings: TelegramSettings) -> None:
        self.app = app
        self.core = app.bot
        self.sessions = app.sessions
        self.settings = settings
        # Anyone can find a Telegram bot: members only (codes and /link reach strangers).
        app.bot.policies[PLATFORM] = access.Policy(
            mode=access.INVITE,
            admin_ids=settings.admin_ids,
            default_workspace=settings.default_workspace,
            timezone=app.config.timezone,
            currency=app.config.currency,
            ask_timezone=True,
            command_prefix="/",
            numbered_buttons=False,  # inline keyboards carry no numbers
        )
        logsafe.protect([settings.token, settings.webhook_secret])
        self.application = build_application(settings)
        self.application.add_handler(
            MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, self.on_message)
        )
        self.application.add_handler(
            MessageHandler(
                filters.UpdateType.MESSAGE & (filters.Document.ALL | filters.PHOTO),
                self.on_document,
            )
        )
        self.application.add_handler(
            MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, self.on_edit)
        )
        self.application.add_handler(
            MessageHandler(filters.UpdateType.MESSAGE & UNREADABLE, self.on_unreadable)
        )
        self.application.add_handler(CallbackQueryHandler(self.on_callback))
        forwards.register(self)  # forwarded messages and shared contacts (issue 17)
        self.application.add_error_handler(self._on_error)
        self.edge = Edge(app, PLATFORM)

    # -- identity of the bot --------------------------------------------------------------
    @property
    def bot_id(self) -> int:
        return self.application.bot.id

    @property
    def username(self) -> str | None:
        try:
            return self.application.bot.username
        except RuntimeError:
            return self.settings.username

    @property
    def source(self) -> str:
        return f"{PLATFORM}:{self.bot_id}"

    async def set_commands(self) -> None:
        await self.application.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])

    # -- idempotency ------------------------------------------------------------------------
    async def _db(self, fn: Any, *args: Any) -> Any:
        """Blocking database work on the app's bounded pool (bot/edge.py)."""
        return await self.edge.run(fn, *args)

    def _first_time(self, update_id: int) -> bool:
        """Idempotency: the update's id is recorded before the core runs; a redelivered
        update (Telegram retrying, a restart) gets no second run."""
        if claim_event(self.sessions, self.source, str(update_id)):
            return True
        log.info("update %s delivered again; ignored", update_id)
        return False

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # The update holds what people typed: log which update it was, never its content.
        uid = update.update_id if isinstance(update, Update) else None
        log.error(
            "telegram update failed: update_id=%s kind=%s",
            uid,
            describe_update(update),
            exc_info=context.error,
        )

    # -- messages ---------------------------------------------------------------------------
    def addressed_text(self, msg: Message, caption: str | None = None) -> str | None:
        """The text (or a file's ``caption``) meant for the bot, or None (group chatter
        that is not for us)."""
        text = (msg.text or "").strip() if caption is None else caption
        if not text:
            return None
        if msg.chat.type == ChatType.PRIVATE:
            return text
        uname = (self.username or "").lower()
        if text.startswith("/"):
            head = text.split(None, 1)[0]
            if "@" in head and head.split("@", 1)[1].lower() != uname:
                return None  # /cmd@some_other_bot
            return text
        reply_to = msg.reply_to_message
        if reply_to and reply_to.from_user and reply_to.from_user.id == self.bot_id:
            return text
        if uname and f"@{uname}" in text.lower():
            stripped = re.sub(re.escape(f"@{uname}"), " ", text, flags=re.IGNORECASE)
            return " ".join(stripped.split())
        return None

    async def on_message(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or msg.from_user is None or msg.from_user.is_bot:
            return
        text = self.addressed_text(msg)
        if text is None:
            return
        replied = msg.reply_to_message  # support cases: "/case" as a reply, replies to a card
        text = case_gestures.telegram_text(
            text,
            msg.chat.id,
            msg.message_id,
            None
            if replied is None
            else (
                replied.message_id,
                replied.text or replied.caption or "",
                bool(replied.from_user and replied.from_user.id == self.bot_id),
            ),
        )
        out = await self._db(self.handle_text, update.update_id, msg, text)
        if out is not None:
            group = msg.chat.type != ChatType.PRIVATE
            await self.deliver(
                msg.chat.id, out, reply_to=msg.message_id if group else None, topic=_topic(msg)
            )

    async def to_bot(self, msg: Message) -> bool:
        """A member's message meant for the bot that the core will not read: in the private
        chat, or a reply to the bot in a group."""
        if msg.from_user is None or msg.from_user.is_bot:
            return False
        replied = msg.reply_to_message
        to_bot = bool(replied and replied.from_user and replied.from_user.id == self.bot_id)
        if msg.chat.type != ChatType.PRIVATE and not to_bot:
            return False
        return await self.edge.is_member(str(msg.from_user.id))

    async def notice(self, update: Update, msg: Message, text: str) -> None:
        """One line back, once per update (a redelivered update says nothing again)."""
        if not await self.edge.claim(self.source, str(update.update_id)):
            return
        out = Outgoing(render.messages(Reply.say(text)))
        await self.deliver(msg.chat.id, out, reply_to=msg.message_id, topic=_topic(msg))

    async def on_edit(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited message: the core read the first text already; say so (bot/edge.py)."""
        msg = update.edited_message
        if msg is None or msg.from_user is None or msg.from_user.is_bot:
            return
        if self.addressed_text(msg) is None or not await self.edge.is_member(str(msg.from_user.id)):
            return
        await self.notice(update, msg, EDITED)

    async def on_unreadable(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A voice note, sticker, video ...: answered in one line, never met with silence."""
        msg = update.message
        if msg is None or not await self.to_bot(msg):
            return
        await self.notice(update, msg, unreadable(unreadable_kind(msg)))

    async def on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A file or photo: its caption is a command ('/import contacts') or names the
        record to attach it to; a reply to the bot's record card attaches it there; a photo
        alone is read as a business card. In a group only when addressed to the bot (a
        mention or /command in the caption, or a reply to the bot)."""
        msg = update.message
        if msg is None or msg.from_user is None or msg.from_user.is_bot:
            return
        if msg.document is None and not msg.photo:
            return
        caption = (msg.caption or "").strip()
        replied = msg.reply_to_message
        to_bot = bool(replied and replied.from_user and replied.from_user.id == self.bot_id)
        group = msg.chat.type != ChatType.PRIVATE
        if group and not to_bot:
            addressed = self.addressed_text(msg, caption)
            if addressed is None:
                return  # group traffic not meant for the bot
            caption = addressed
        if group and to_bot:
            caption = self.addressed_text(msg, caption) or caption
        if to_bot and replied is not None:
            ref = record_ref_on_card(replied.text or replied.caption or "")
            caption = f"{ref} {caption}".strip() if ref else caption
        files: tuple[Attachment, ...] = ()
        doc = msg.document
        card = doc is not None and looks_like_vcard(doc.file_name or "", doc.mime_type)
        limit = await self.edge.file_limit(caption, str(msg.from_user.id), card=card)
        if limit:
            try:
                if msg.document is not None:
                    got = await tg_files.fetch_document(context.bot, msg.document, limit)
                else:
                    got = await tg_files.fetch_photo(context.bot, msg.photo, limit)
                files = (got,)
            except tg_files.DownloadError as exc:
                await self.deliver(
                    msg.chat.id, Outgoing(render.messages(Reply.error(str(exc)))), topic=_topic(msg)
                )
                return
        out = await self._db(self.handle_text, update.update_id, msg, caption, files)
        if out is not None:
            await self.deliver(
                msg.chat.id, out, reply_to=msg.message_id if group else None, topic=_topic(msg)
            )

    def _sender(self, msg_user: Any) -> Sender:
        name = msg_user.full_name or msg_user.username or str(msg_user.id)
        name = name.replace("\x00", "") or str(msg_user.id)  # PostgreSQL refuses NUL
        return Sender(PLATFORM, str(msg_user.id), name, None)

    def handle_text(
        self, update_id: int, msg: Message, text: str, files: tuple[Attachment, ...] = ()
    ) -> Outgoing | None:
        """Once per update, the core (who may talk is its business). Runs in a thread."""
        if not self._first_time(update_id):
            return None
        chat_id = str(msg.chat.id)
        reply = self.core.handle(
            Incoming(
                workspace_id=0,
                sender=self._sender(msg.from_user),
                text=text,
                channel=f"tg:{chat_id}",
                is_private=msg.chat.type == ChatType.PRIVATE,
                files=files,
                chat_id=chat_id,
                thread=_topic(msg),
            )
        )
        return self.render(reply)

    # -- buttons ----------------------------------------------------------------------------
    async def on_callback(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        q = update.callback_query
        if q is None:
            return
        msg = q.message
        if not isinstance(msg, Message) or not (q.data or "").startswith(CALLBACK_PREFIX):
            await q.answer("This button no longer works; send the command again.")
            return
        out = await self._db(self.handle_button, update.update_id, q, msg)
        if out is None:
            return
        await q.answer(out.callback_note)
        if out.texts:
            await self.deliver(msg.chat.id, out, edit_message_id=msg.message_id, topic=_topic(msg))

    def handle_button(self, update_id: int, q: Any, msg: Message) -> Outgoing | None:
        if not self._first_time(update_id):
            return None
        chat_id = str(msg.chat.id)
        # One press per button of a message: the first edits the message (its keyboard
        # goes), so a second press of the same button is a double tap that raced the edit.
        # It ran again: "Tomorrow 9:00" tapped twice snoozed to the day after tomorrow.
        if not claim_event(
            self.sessions,
            self.source,
            f"press:{chat_id}:{msg.message_id}:{q.from_user.id}:{q.data}",
        ):
            return Outgoing([], callback_note=PRESSED)
        reply = self.core.handle(
            Incoming(
                workspace_id=0,
                sender=self._sender(q.from_user),
                channel=f"tg:{chat_id}",
                is_private=msg.chat.type == ChatType.PRIVATE,
                chat_id=chat_id,
                button_token=q.data[len(CALLBACK_PREFIX) :],
                thread=_topic(msg),
                offered_at=msg.date,  # its words are read as of then (handlers/press_time)
            )
        )
        group = msg.chat.type != ChatType.PRIVATE
        if reply.popup or (group and not reply.ok and not (reply.buttons or reply.choices)):
            # for the presser alone: a refusal ("only the person who made a change can
            # undo it") never replaces the group's message for everyone
            return Outgoing([], callback_note=reply.text[:190] or None)
        out = self.render(reply)
        out.callback_note = None if reply.ok else (reply.text[:190] or None)
        return out

    # -- sending ----------------------------------------------------------------------------
    def render(self, reply: Reply, ws_id: int | None = None) -> Outgoing:
        """:meth:`prepare` in its own transaction, opened only when there are buttons.

        The buttons' actions are kept in the workspace that answered (``ws_id`` for a
        reply made elsewhere, such as a reminder).
        """
        ws_id = ws_id or reply.workspace_id or 0
        if not (reply.buttons or reply.choices) or not ws_id:
            return self.prepare(None, ws_id, reply)
        with transaction(self.sessions) as s:
            return self.prepare(s, ws_id, reply)

    def prepare(self, s: Any, ws_id: int, reply: Reply) -> Outgoing:
        """Render a reply; the buttons' actions are stored and keyed by short tokens."""
        texts = render.messages(reply)
        rows = render.keyboard_rows(reply.buttons, reply.choices)
        markup = None
        if rows and ws_id:
            flat = [b for row in rows for b in row]
            tokens = iter(store_actions(s, ws_id, [b.action for b in flat]))
            markup = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            render.label(b), callback_data=CALLBACK_PREFIX + next(tokens)
                        )
                        for b in row
                    ]
                    for row in rows
                ]
            )
        return Outgoing(texts, markup, reply.image, reply.image_name, files=list(reply.files))

    async def deliver(
        self,
        chat_id: int | str,
        out: Outgoing,
        *,
        reply_to: int | None = None,
        edit_message_id: int | None = None,
        topic: str = "",
    ) -> None:
        """Send (or edit in place, for a pressed button) the rendered messages, in order;
        ``topic``: the forum topic they go to (every part of a long reply, and its files,
        in the topic it answers, not the group's General)."""
        bot = self.application.bot
        where = {"message_thread_id": int(topic)} if topic else {}
        last = len(out.texts) - 1
        for i, text in enumerate(out.texts):
            markup = out.markup if i == last else None
            if i == 0 and edit_message_id is not None:
                try:
                    await bot.edit_message_text(
                        text,
                        chat_id=chat_id,
                        message_id=edit_message_id,
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup,
                    )
                    continue
                except BadRequest as exc:
                    if "not modified" in str(exc).lower():
                        continue
                    log.info("could not edit message %s (%s); sending anew", edit_message_id, exc)
            await bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                **where,
                reply_parameters=(
                    ReplyParameters(reply_to, allow_sending_without_reply=True)
                    if reply_to is not None and i == 0
                    else None
                ),
            )
        if out.image is not None:
            await bot.send_photo(
                chat_id, out.image, filename=out.image_name or "chart.png", **where
            )
        for f in out.files:  # `file send`, a contact's vCard, a GDPR export
            await bot.send_document(chat_id, f.data, filename=f.name, **where)

    async def send_reply(self, chat_id: int | str, ws_id: int, reply: Reply) -> None:
        """For the notifier: render and send a core reply to a chat (DM: the user id)."""

        await self.deliver(chat_id, await self._db(self.render, reply, ws_id))


def _topic(msg: Message) -> str:
    """The forum topic a message is in ("" outside one): a question the bot asked in a
    topic waits for its answer in that topic, never from the group's other topics."""
    return str(msg.message_thread_id) if msg.is_topic_message and msg.message_thread_id else ""
