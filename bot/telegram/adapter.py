"""The Telegram adapter: python-telegram-bot updates in, core replies out.

Who may talk to the core is decided here, before :meth:`handlers.core.Bot.handle`
(which would otherwise create a user for anyone): a Telegram bot can be found by
anyone, so only members of a workspace get through; a stranger may only redeem an
invite or link code. Database work runs in a worker thread (the core is synchronous)
so the shared event loop keeps serving Slack, the scheduler and other chats.
"""

from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor
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
from bot.telegram import files as tg_files
from bot.telegram import render
from bot.telegram.ratelimit import PacedRateLimiter
from bot.telegram.request import LenientUpdatesRequest
from handlers.types import Attachment, Button, Incoming, Reply, Sender
from storage import members as m
from storage.db import transaction
from storage.errors import UserError
from storage.models import User, Workspace
from storage.workspaces import ensure_user, find_identity, get_or_create_workspace

log = logging.getLogger(__name__)

PLATFORM = "telegram"
DEFAULT_API = "https://api.telegram.org/bot"
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

TZ_CHOICES = (
    "Europe/London",
    "Europe/Madrid",
    "Europe/Berlin",
    "Europe/Moscow",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Almaty",
    "UTC",
)

REFUSAL = (
    "Hi! I'm a private CRM bot: only members of a team's workspace can use me. "
    "If you have an invite, send /start CODE (or open the invite link). "
    "Otherwise ask your team's admin for an invite."
)
GROUP_REFUSAL = (
    "Sorry, only members of this group's CRM workspace can use me; ask an admin for an invite."
)
GROUP_UNLINKED = (
    "This group is not connected to a CRM workspace yet. An admin of a workspace can connect it "
    "by sending /link here."
)

_CODE_CMD = re.compile(r"^/?(start|link)\s+([A-Za-z0-9_-]{1,64})\s*$", re.IGNORECASE)


@dataclass
class TelegramSettings:
    token: str
    base_url: str = DEFAULT_API
    base_file_url: str | None = None  # None: derived from base_url (.../bot -> .../file/bot)
    webhook_url: str | None = None
    webhook_secret: str | None = None
    admin_ids: frozenset[str] = frozenset()
    username: str | None = None
    default_workspace: str = "default"
    per_chat_interval: float = 1.0
    overall_max_rate: float = 30
    group_max_rate: float = 20
    max_retries: int = 3
    poll_timeout: int = 30
    connect_timeout: float = 10.0
    read_timeout: float = 15.0

    @classmethod
    def from_env(cls, env: Any) -> TelegramSettings | None:
        """From a Config (``.get``); None without TELEGRAM_BOT_TOKEN."""
        token = env.get("TELEGRAM_BOT_TOKEN")
        if not token:
            return None
        admins = env.get("TELEGRAM_ADMIN_IDS") or ""
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL")
        secret = env.get("TELEGRAM_WEBHOOK_SECRET")
        if webhook_url and not secret:
            raise UserError(
                "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: set a secret "
                "(1-256 characters of A-Z a-z 0-9 _ -) so forged webhook calls are rejected"
            )
        return cls(
            token=token,
            base_url=env.get("TELEGRAM_API_URL") or DEFAULT_API,
            base_file_url=env.get("TELEGRAM_FILE_URL") or None,
            webhook_url=webhook_url,
            webhook_secret=secret,
            admin_ids=frozenset(a.strip() for a in admins.split(",") if a.strip()),
            username=(env.get("TELEGRAM_BOT_USERNAME") or "").lstrip("@") or None,
        )


@dataclass
class Outgoing:
    """A reply made ready to send: HTML texts and (for the last one) the keyboard."""

    texts: list[str]
    markup: InlineKeyboardMarkup | None = None
    image: bytes | None = None
    image_name: str | None = None
    callback_note: str | None = None
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
        logsafe.protect([settings.token, settings.webhook_secret])
        self.application = build_application(settings)
        self.application.add_handler(
            MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, self.on_message)
        )
        self.application.add_handler(
            MessageHandler(
                filters.UpdateType.MESSAGE & filters.Document.ALL & filters.ChatType.PRIVATE,
                self.on_document,
            )
        )
        self.application.add_handler(CallbackQueryHandler(self.on_callback))
        self.application.add_error_handler(self._on_error)
        sqlite = app.engine.dialect.name == "sqlite"
        self._executor = ThreadPoolExecutor(max_workers=1 if sqlite else 8, thread_name_prefix="tg")

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
        """Run blocking database work off the event loop.

        One thread for SQLite (its single writer lock would otherwise make threads
        busy-wait on each other), several for PostgreSQL.
        """
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def _first_time(self, s: Any, update_id: int) -> bool:
        """Idempotency: the update's id is recorded in the same transaction as the access
        check; a redelivered update (Telegram retrying, a restart) gets no second run."""
        if m.claim_event(s, self.source, str(update_id)):
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
    def addressed_text(self, msg: Message) -> str | None:
        """The text meant for the bot, or None (group chatter that is not for us)."""
        text = (msg.text or "").strip()
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
        out, _ws_id = await self._db(self.handle_text, update.update_id, msg, text)
        if out is not None:
            group = msg.chat.type != ChatType.PRIVATE
            await self.deliver(msg.chat.id, out, reply_to=msg.message_id if group else None)

    async def on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A file in the private chat: its caption is the command ('/import contacts')."""
        msg = update.message
        if msg is None or msg.from_user is None or msg.from_user.is_bot or msg.document is None:
            return
        text = (msg.caption or "").strip() or tg_files.NO_CAPTION
        files: tuple[Attachment, ...] = ()
        if tg_files.wants_files(text) and await self._db(
            tg_files.may_download, self.sessions, str(msg.from_user.id), self.settings.admin_ids
        ):
            try:
                files = (await tg_files.fetch_document(context.bot, msg.document),)
            except tg_files.DownloadError as exc:
                await self.deliver(msg.chat.id, Outgoing(render.messages(Reply.error(str(exc)))))
                return
        out, _ws_id = await self._db(self.handle_text, update.update_id, msg, text, files)
        if out is not None:
            await self.deliver(msg.chat.id, out)

    def _sender(self, msg_user: Any) -> Sender:
        name = msg_user.full_name or msg_user.username or str(msg_user.id)
        name = name.replace("\x00", "") or str(msg_user.id)  # PostgreSQL refuses NUL
        return Sender(PLATFORM, str(msg_user.id), name, None)

    def handle_text(
        self, update_id: int, msg: Message, text: str, files: tuple[Attachment, ...] = ()
    ) -> tuple[Outgoing | None, int | None]:
        """Codes, group linking and access control; then the core. Runs in a thread."""
        chat_id = str(msg.chat.id)
        private = msg.chat.type == ChatType.PRIVATE
        sender = self._sender(msg.from_user)
        with transaction(self.sessions) as s:
            if not self._first_time(s, update_id):
                return None, None
            early = self._codes_and_links(s, text, chat_id, private, sender)
            if isinstance(early, str):
                text = early
            elif early is not None:
                reply, ws_id = early
                return self.prepare(s, ws_id, reply), ws_id
            ws, user, created = self._resolve(s, chat_id, private, sender)
            if user is None:
                if ws is None and not private:
                    return Outgoing([render.messages(Reply.say(GROUP_UNLINKED))[0]]), None
                refusal = REFUSAL if private else GROUP_REFUSAL
                return Outgoing([render.messages(Reply.say(refusal))[0]]), None
            ws_id = ws.id
            ask_tz = user.timezone is None and (
                created or text.lower().lstrip("/").split("@")[0] in ("start", "me")
            )
        reply = self.core.handle(
            Incoming(
                workspace_id=ws_id,
                sender=sender,
                text=text,
                channel=f"tg:{chat_id}",
                is_private=private,
                files=files,
            )
        )
        if ask_tz:
            reply = with_tz_question(reply)
        return self.render(ws_id, reply), ws_id

    def _resolve(
        self, s: Any, chat_id: str, private: bool, sender: Sender
    ) -> tuple[Workspace | None, User | None, bool]:
        """The chat's workspace and the sender's user there (None: not a member)."""
        pid = sender.platform_user_id
        b = m.binding(s, PLATFORM, chat_id)
        ws = s.get(Workspace, b.workspace_id) if b else None
        if ws is None and private:
            found = m.workspaces_of(s, PLATFORM, pid)
            if found:
                ws = found[0][0]
                m.bind_chat(s, ws, PLATFORM, chat_id, is_group=False)
        created = False
        if pid in self.settings.admin_ids and (
            ws is None or ws.name == self.settings.default_workspace
        ):
            if ws is None:
                cfg = self.app.config
                ws = get_or_create_workspace(
                    s, self.settings.default_workspace, cfg.timezone, cfg.currency
                )
            user = find_identity(s, ws, PLATFORM, pid)
            if user is None:
                user = ensure_user(s, ws, PLATFORM, pid, sender.display_name, role="admin")
                created = True
            user.role, user.active = "admin", True
            if private and b is None:
                m.bind_chat(s, ws, PLATFORM, chat_id, is_group=False, by=user)
            return ws, user, created
        if ws is None:
            return None, None, False
        user = find_identity(s, ws, PLATFORM, pid)
        if user is None or not user.active:
            return ws, None, False
        return ws, user, False

    def _codes_and_links(
        self, s: Any, text: str, chat_id: str, private: bool, sender: Sender
    ) -> tuple[Reply, int] | str | None:
        """/start CODE, /link CODE and /link in a group.

        None when the text is none of those, a str when the core should run that instead.
        """
        pid = sender.platform_user_id
        words = text.split()
        head = words[0].lower().lstrip("/").split("@", 1)[0] if words else ""
        if head == "link" and len(words) == 1 and not private:
            return self._link_group(s, chat_id, pid)
        match = _CODE_CMD.match(" ".join([head, *words[1:]]))
        if match is None:
            return None
        code = match.group(2)
        inv = m.find_invite(s, code)
        if inv is not None:
            try:
                joined = m.redeem_invite(
                    s, inv, PLATFORM, pid, sender.display_name, self.core.clock()
                )
            except UserError as exc:
                return Reply.error(str(exc)), inv.workspace_id
            if private:
                m.bind_chat(s, joined.workspace, PLATFORM, chat_id, is_group=False, by=joined.user)
            reply = Reply.say(
                f"👋 {joined.message}",
                "Type /help to see what I can do, e.g. /contact add Maria Lopez",
            )
            if joined.user.timezone is None:
                reply = with_tz_question(reply)
            return reply, joined.workspace.id
        row = m.find_link_code(s, code)
        if row is None:
            if head == "start":
                return None  # "/start something" from a member: plain help
            return Reply.error("I don't know that code; ask for a new one."), 0
        if not private:
            try:
                ws = m.redeem_link_for_chat(s, row, PLATFORM, chat_id, self.core.clock())
            except UserError as exc:
                return Reply.error(str(exc)), row.workspace_id
            return Reply.say(f"✅ This group is now connected to the workspace {ws.name}."), ws.id
        member = find_identity(s, s.get(Workspace, row.workspace_id), PLATFORM, pid)
        if member is not None and member.active and member.id != row.user_id:
            return f"link {code}"  # a member there: the core merges the two accounts
        try:
            joined = m.redeem_link_for_person(s, row, PLATFORM, pid, self.core.clock())
        except UserError as exc:
            return Reply.error(str(exc)), row.workspace_id
        m.bind_chat(s, joined.workspace, PLATFORM, chat_id, is_group=False, by=joined.user)
        reply = Reply.say(f"🔗 {joined.message}")
        if joined.user.timezone is None:
            reply = with_tz_question(reply)
        return reply, joined.workspace.id

    def _link_group(self, s: Any, chat_id: str, pid: str) -> tuple[Reply, int]:
        current = m.binding(s, PLATFORM, chat_id)
        admin_of = [(w, u) for w, u in m.workspaces_of(s, PLATFORM, pid) if u.role == "admin"]
        if current is not None:
            ws = s.get(Workspace, current.workspace_id)
            return Reply.say(f"This group is connected to the workspace {ws.name}."), ws.id
        if not admin_of:
            return Reply.error(
                "Only a workspace admin can connect a group. An admin can also send 'link' to "
                "me (here or on another platform) and then /link CODE in this group."
            ), 0
        if len(admin_of) > 1:
            names = ", ".join(w.name for w, _ in admin_of)
            return Reply.error(
                f"You are an admin of several workspaces ({names}). Send 'link' in the one you "
                "want, then /link CODE here."
            ), 0
        ws, user = admin_of[0]
        m.bind_chat(s, ws, PLATFORM, chat_id, is_group=True, by=user)
        return Reply.say(
            f"✅ This group is now connected to the workspace {ws.name}.",
            "Members can use commands here (/help), reply to my messages or mention me.",
        ), ws.id

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
            await self.deliver(msg.chat.id, out, edit_message_id=msg.message_id)

    def handle_button(self, update_id: int, q: Any, msg: Message) -> Outgoing | None:
        chat_id = str(msg.chat.id)
        private = msg.chat.type == ChatType.PRIVATE
        sender = self._sender(q.from_user)
        token = q.data[len(CALLBACK_PREFIX) :]
        with transaction(self.sessions) as s:
            if not self._first_time(s, update_id):
                return None
            ws, user, _ = self._resolve(s, chat_id, private, sender)
            if ws is None or user is None:
                return Outgoing([], callback_note="Only members of this workspace can use this.")
            action = m.load_action(s, ws.id, token)
            if action is None:
                return Outgoing(
                    [], callback_note="This button has expired; send the command again."
                )
            ws_id = ws.id
        reply = self.core.handle(
            Incoming(
                workspace_id=ws_id,
                sender=sender,
                action=action,
                channel=f"tg:{chat_id}",
                is_private=private,
            )
        )
        out = self.render(ws_id, reply)
        out.callback_note = None if reply.ok else (reply.text[:190] or None)
        return out

    # -- sending ----------------------------------------------------------------------------
    def render(self, ws_id: int, reply: Reply) -> Outgoing:
        """:meth:`prepare` in its own transaction, opened only when there are buttons."""
        if not (reply.buttons or reply.choices):
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
            tokens = iter(m.store_actions(s, ws_id, [b.action for b in flat]))
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
        return Outgoing(texts, markup, reply.image, reply.image_name)

    async def deliver(
        self,
        chat_id: int | str,
        out: Outgoing,
        *,
        reply_to: int | None = None,
        edit_message_id: int | None = None,
    ) -> None:
        """Send (or edit in place, for a pressed button) the rendered messages, in order."""
        bot = self.application.bot
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
                reply_parameters=(
                    ReplyParameters(reply_to, allow_sending_without_reply=True)
                    if reply_to is not None and i == 0
                    else None
                ),
            )
        if out.image is not None:
            await bot.send_photo(chat_id, out.image, filename=out.image_name or "chart.png")

    async def send_reply(self, chat_id: int | str, ws_id: int, reply: Reply) -> None:
        """For the notifier: render and send a core reply to a chat (DM: the user id)."""

        await self.deliver(chat_id, await self._db(self.render, ws_id, reply))


def with_tz_question(reply: Reply) -> Reply:
    """Telegram sends no time zone: offer common ones as buttons, or 'me tz Zone/Name'."""
    return Reply(
        sections=[
            *reply.sections,
            "🕒 Which time zone are you in? Telegram doesn't tell me, and reminders need it.",
            "Other zone: send /me tz Zone/Name, e.g. /me tz Asia/Tokyo",
        ],
        buttons=reply.buttons,
        choices=[*reply.choices, *(Button(z, f"me tz {z}") for z in TZ_CHOICES)],
        image=reply.image,
        image_name=reply.image_name,
        ok=reply.ok,
        private=reply.private,
    )
