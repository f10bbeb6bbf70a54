"""Wiring: build the engine, sessions and the platform-free Bot from a Config."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot import logsafe
from bot.config import Config
from bot.edge import make_pool
from bot.telegram.links import join_link
from handlers.core import Bot, FreeText
from scheduler.campaign_mail import SmtpMailer
from storage.db import current_heads, is_empty, make_engine, make_sessionmaker, upgrade
from storage.errors import UserError


@dataclass
class App:
    config: Config
    engine: Engine
    sessions: sessionmaker[Session]
    bot: Bot
    # The one bounded worker pool for blocking work (the core, database steps), shared by
    # every adapter and the reminder dispatcher; sized by bot.edge.worker_count.
    pool: ThreadPoolExecutor = field(default=None, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.pool is None:
            self.pool = make_pool(self.engine, self.config.settings.crmbot_workers)


def head_revisions() -> set[str]:
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

    from storage.db import MIGRATIONS

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return set(ScriptDirectory.from_config(cfg).get_heads())


def prepare_schema(engine: Engine) -> None:
    """Migrate an empty database; refuse to run on an outdated one (say how to fix)."""
    if is_empty(engine):
        upgrade(engine)
        return
    if current_heads(engine) != head_revisions():
        raise UserError("the database schema is out of date; run: crmbot db upgrade")


def build_app(config: Config, *, migrate: bool = True) -> App:
    logsafe.protect_config(config)  # before anything can log a token
    engine = make_engine(config.database_url, prepare_threshold=config.pg_prepare)
    if migrate:
        prepare_schema(engine)
    sessions = make_sessionmaker(engine)
    configure_capture(config)
    # The core's mailer (campaign test; whether email campaigns may go out), from settings.
    bot = Bot(sessions, free_text=_free_text(), mailer=SmtpMailer(config.settings.mail()))
    bot.public_url = config.settings.crmbot_public_url.rstrip("/")
    username = config.settings.telegram_bot_username
    if username:  # invites made in Slack or the console link to the Telegram bot too
        bot.join_links["telegram"] = join_link(username)
    return App(config, engine, sessions, bot)


def configure_capture(config: Config) -> None:
    """Where attached files live, and which OCR program reads business cards."""
    from handlers import cards_ocr
    from storage import filestore

    s = config.settings
    filestore.configure(filestore.LocalStore(s.crmbot_files_dir))
    cards_ocr.configure(s.crmbot_tesseract_cmd, s.crmbot_ocr_languages)


def _free_text() -> FreeText:
    """The natural-language fallback for messages that are not commands."""
    from handlers.freetext import handle_free_text

    return handle_free_text
