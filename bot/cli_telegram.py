"""``crmbot telegram create-workspace``: a workspace and its first (admin) invite."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config
from bot.telegram.links import join_link


@subcommand
def _add_parser(sub: SubParsers) -> None:
    t = sub.add_parser("telegram", help="Telegram: create a workspace and its admin invite")
    t_sub = t.add_subparsers(dest="tg_cmd", metavar="ACTION")
    c = t_sub.add_parser(
        "create-workspace", help="create (or reuse) a workspace and print an admin invite"
    )
    c.add_argument("--name", default="default", help="workspace name (default: default)")


def bot_username(config: Config) -> str | None:
    """TELEGRAM_BOT_USERNAME, else ask Telegram (getMe) when a token is set; None if unknown."""
    name = config.settings.telegram_bot_username or ""
    if name:
        return name
    token = config.settings.telegram_bot_token
    if not token:
        return None
    from telegram import Bot

    async def _get_me() -> str | None:
        bot = Bot(token, base_url=config.settings.telegram_api_url)
        async with bot:
            return bot.username

    try:
        return asyncio.run(asyncio.wait_for(_get_me(), 15))
    except Exception as exc:  # no network, bad token: the code alone still works
        print(f"(could not ask Telegram for the bot's username: {exc})", file=sys.stderr)
        return None


@runner("telegram")
def run_telegram(ns: argparse.Namespace, config: Config) -> int:
    if ns.tg_cmd != "create-workspace":
        print("usage: crmbot telegram create-workspace [--name NAME]", file=sys.stderr)
        return 2
    from bot.app import build_app
    from storage.db import transaction
    from storage.members import create_invite
    from storage.workspaces import get_or_create_workspace

    app = build_app(config)
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, ns.name, config.timezone, config.currency)
        code = create_invite(s, ws, "admin").code
    print(f"workspace: {ns.name}")
    print(f"invite code: {code}")
    username = bot_username(config)
    if username:
        print(join_link(username).format(code=code))
    print("The first person to send /start CODE to the bot becomes the workspace's admin.")
    return 0
