"""Telegram gestures that capture a conversation: a forwarded message, a shared contact.

A message forwarded to the bot in its private chat carries ``forward_origin`` (PTB 21+):
a person (``MessageOriginUser``: name and @username), a person who hides their account
(``MessageOriginHiddenUser``: a name only), a group (``MessageOriginChat``) or a channel
(``MessageOriginChannel``), and the original date. It becomes a platform-free
:class:`~handlers.types.Forwarded`; the core finds the contact and logs it (or asks).

A shared contact (``message.contact``) becomes a vCard attachment (its ``vcard`` field,
or one built from the name and number Telegram gives): the core reads it like any .vcf.

Both run in handler group -1 and stop the update there, so the text handler does not
read a forwarded message as a command as well.
"""

from __future__ import annotations

import logging
from datetime import UTC
from typing import TYPE_CHECKING, Any

from telegram import (
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes, MessageHandler, filters

from handlers.types import Attachment, Forwarded, Incoming
from storage.vcards import telegram_card

if TYPE_CHECKING:
    from bot.telegram.adapter import Outgoing, TelegramAdapter

log = logging.getLogger(__name__)
GROUP = -1  # before the adapter's own handlers (group 0)


def register(adapter: TelegramAdapter) -> None:
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE

    async def on_forward(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or msg.from_user is None or msg.from_user.is_bot:
            return
        fwd = forwarded_of(msg)
        if fwd is None:
            return
        out = await adapter._db(handle, adapter, update.update_id, msg, "", (), fwd)
        if out is not None:
            await adapter.deliver(msg.chat.id, out)
        raise ApplicationHandlerStop

    async def on_contact(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or msg.from_user is None or msg.from_user.is_bot or msg.contact is None:
            return
        c = msg.contact
        data = telegram_card(c.first_name, c.last_name, c.phone_number, c.vcard, c.user_id)
        files = (Attachment("contact.vcf", data, "text/vcard", len(data)),)
        out = await adapter._db(handle, adapter, update.update_id, msg, "", files, None)
        if out is not None:
            await adapter.deliver(msg.chat.id, out)
        raise ApplicationHandlerStop

    adapter.application.add_handler(
        # A forwarded file or contact card is read as what it is (the handlers below).
        MessageHandler(
            private & filters.FORWARDED & ~filters.CONTACT & ~filters.Document.ALL, on_forward
        ),
        group=GROUP,
    )
    adapter.application.add_handler(
        MessageHandler(private & filters.CONTACT, on_contact), group=GROUP
    )


def forwarded_of(msg: Message) -> Forwarded | None:
    """The platform-free view of a forwarded message (None: not forwarded)."""
    origin = msg.forward_origin
    if origin is None:
        return None
    text = msg.text or msg.caption or ""
    when = origin.date.astimezone(UTC) if origin.date is not None else None
    if isinstance(origin, MessageOriginUser):
        who = origin.sender_user
        name = who.full_name or who.username or ""
        return Forwarded(text, when, "user", name, who.username or "", account_id=str(who.id))
    if isinstance(origin, MessageOriginHiddenUser):
        return Forwarded(text, when, "hidden_user", origin.sender_user_name or "")
    if isinstance(origin, MessageOriginChat):
        title = origin.sender_chat.title or origin.sender_chat.username or ""
        name = origin.author_signature or title
        return Forwarded(text, when, "chat", name, origin.sender_chat.username or "")
    if isinstance(origin, MessageOriginChannel):
        title = origin.chat.title or origin.chat.username or ""
        name = origin.author_signature or title
        return Forwarded(text, when, "channel", name, origin.chat.username or "")
    return Forwarded(text, when, "user")


def handle(
    adapter: TelegramAdapter,
    update_id: int,
    msg: Message,
    text: str,
    files: tuple[Attachment, ...],
    fwd: Forwarded | None,
) -> Outgoing | None:
    """Once per update, the core (on the worker pool, like the adapter's own handlers)."""
    if not adapter._first_time(update_id):
        return None
    chat_id = str(msg.chat.id)
    sender: Any = msg.from_user
    reply = adapter.core.handle(
        Incoming(
            workspace_id=0,
            sender=adapter._sender(sender),
            text=text,
            channel=f"tg:{chat_id}",
            is_private=msg.chat.type == ChatType.PRIVATE,
            files=files,
            chat_id=chat_id,
            forwarded=fwd,
        )
    )
    return adapter.render(reply)
