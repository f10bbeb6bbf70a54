"""Files sent to the bot (a CSV to import, a document, a card photo) -> Attachments.

Bots fetch a file in two steps: ``getFile`` gives a ``file_path``, then the bytes come from
``<base_file_url><token>/<file_path>``; PTB does both (``Bot.get_file`` and
``File.download_as_bytearray``). The Bot API lets bots download files up to 20 MB; our own
limit for this message (the edge's file gate: 10 MB for an import, 20 MB for a document)
is checked first from the size Telegram declares, so a big file is never fetched. A photo
comes in several sizes; the largest under the limit is fetched.
"""

from __future__ import annotations

import logging

from telegram import Bot, Document, PhotoSize
from telegram.error import BadRequest, TelegramError

from handlers.commands.imports import MAX_IMPORT_BYTES
from handlers.types import Attachment

log = logging.getLogger(__name__)

DEFAULT_FILE_API = "https://api.telegram.org/file/bot"
TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # Bot API getFile limit (cloud Bot API)


class DownloadError(Exception):
    """The document could not be fetched; the message is shown to the sender."""


def file_url_for(base_url: str) -> str:
    """The file-download twin of TELEGRAM_API_URL: ``.../bot`` -> ``.../file/bot``.

    PTB appends the token to both. A ``{token}`` template (Telegram's test environment,
    ``https://api.telegram.org/bot{token}/test``) keeps its shape under ``/file``.
    """
    if base_url.endswith("/bot"):
        return base_url[: -len("/bot")] + "/file/bot"
    if "/bot{token}" in base_url:
        return base_url.replace("/bot{token}", "/file/bot{token}", 1)
    return DEFAULT_FILE_API


async def fetch_photo(bot: Bot, sizes: tuple[PhotoSize, ...], limit: int) -> Attachment:
    """The largest size of a photo that fits the limit (cards read better big)."""
    fitting = [p for p in sizes if (p.file_size or 0) <= limit] or list(sizes[:1])
    best = max(fitting, key=lambda p: (p.width * p.height, p.file_size or 0))
    doc = Document(
        best.file_id,
        best.file_unique_id,
        file_name="photo.jpg",
        mime_type="image/jpeg",
        file_size=best.file_size,
    )
    return await fetch_document(bot, doc, limit)


async def fetch_document(bot: Bot, doc: Document, limit: int = MAX_IMPORT_BYTES) -> Attachment:
    name = doc.file_name or "file"
    declared = doc.file_size or 0
    if declared > limit:
        return Attachment(name, b"", doc.mime_type, declared)  # the core explains the limit
    try:
        tg_file = await bot.get_file(doc.file_id)
        if (tg_file.file_size or 0) > limit:
            return Attachment(name, b"", doc.mime_type, tg_file.file_size)
        data = bytes(await tg_file.download_as_bytearray())
    except BadRequest as exc:
        if "too big" in str(exc).lower():
            raise DownloadError(
                f"Telegram lets bots download files up to {TELEGRAM_DOWNLOAD_LIMIT >> 20} MB; "
                "send a smaller file (or, for an import, use crmbot import TABLE FILE.csv)"
            ) from exc
        log.warning("telegram getFile refused: %s", type(exc).__name__)
        raise DownloadError("Telegram would not give me that file; please send it again.") from exc
    except TelegramError as exc:
        log.warning("telegram file download failed: %s", type(exc).__name__)
        raise DownloadError("I could not download that file; please send it again.") from exc
    log.info("telegram file downloaded bytes=%d", len(data))
    return Attachment(name, data, doc.mime_type, declared or len(data))
