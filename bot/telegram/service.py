"""``crmbot run`` service for Telegram: polling by default, webhook when configured.

The Application runs inside the shared event loop (initialize / start /
updater.start_polling, never run_polling, which would take the loop over). In webhook
mode the update arrives on the shared aiohttp server at ``/telegram/webhook``; only
requests carrying the right ``X-Telegram-Bot-Api-Secret-Token`` are accepted.
"""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from telegram import Update

from bot.app import App
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.links import join_link
from bot.telegram.notifier import TelegramNotifier
from bot.telegram.request import shape
from bot.telegram.settings import TelegramSettings

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# edited_message: an edit is answered (bot/edge.py EDITED), never met with silence
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


class TelegramService:
    name = "telegram"

    def __init__(self, app: App, settings: TelegramSettings) -> None:
        self.app = app
        self.settings = settings
        self.adapter = TelegramAdapter(app, settings)
        self.application = self.adapter.application
        self.notifier = TelegramNotifier(self.adapter)

    def routes(self) -> list[web.RouteDef]:
        if not self.settings.webhook_url:
            return []
        return [web.post(WEBHOOK_PATH, self.webhook)]

    async def start(self) -> None:
        await self.application.initialize()  # getMe: the bot's id and username
        if self.application.bot.username:
            self.app.bot.join_links["telegram"] = join_link(self.application.bot.username)
        await self.adapter.set_commands()
        await self.application.start()
        if self.settings.webhook_url:
            await self.application.bot.set_webhook(
                self.settings.webhook_url,
                secret_token=self.settings.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
            log.info("telegram: webhook mode (%s)", self.settings.webhook_url)
        else:
            assert self.application.updater is not None
            await self.application.updater.start_polling(
                timeout=self.settings.poll_timeout, allowed_updates=ALLOWED_UPDATES
            )
            log.info("telegram: polling as @%s", self.application.bot.username)

    async def stop(self) -> None:
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    async def webhook(self, request: web.Request) -> web.Response:
        secret = request.headers.get(SECRET_HEADER, "")
        expected = self.settings.webhook_secret or ""
        if not expected or not hmac.compare_digest(secret.encode(), expected.encode()):
            return web.Response(status=403, text="forbidden")
        body = await request.read()
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # not JSON, bad UTF-8, or nested too deep
            log.info("telegram webhook: refused a body that is not JSON bytes=%d", len(body))
            return web.Response(status=400, text="bad json")
        if not isinstance(data, dict):
            log.info("telegram webhook: refused a body that is not an object bytes=%d", len(body))
            return web.Response(status=400, text="not an update")
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception:
            # Telegram would redeliver it forever on an error status: acknowledge and log.
            log.warning("ignoring an update I cannot parse: %s", shape(data, len(body)))
            return web.Response(text="ignored")
        # process_update answers after the reply is sent; a failure lets Telegram retry,
        # and the update_id check keeps a retried update from logging twice.
        await self.application.process_update(update)
        return web.Response(text="ok")


def build_service(app: App) -> TelegramService | None:
    """The Telegram service, or None when TELEGRAM_BOT_TOKEN is not set."""
    settings = TelegramSettings.from_env(app.config)
    if settings is None:
        return None
    return TelegramService(app, settings)


def build_notifier(app: App) -> TelegramNotifier | None:
    """Sending only, for ``crmbot scheduler`` running alone (no polling, no webhook)."""
    settings = TelegramSettings.from_env(app.config)
    if settings is None:
        return None
    return TelegramNotifier(TelegramAdapter(app, settings), standalone=True)
