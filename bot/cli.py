"""The ``crmbot`` command line: console, database, demo data, and the bot runners.

Every subcommand builds what it needs from the environment here, at run time.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from bot import logsafe
from bot.config import Config, load_config
from storage.errors import UserError

Runner = Callable[[argparse.Namespace, Config], int]
_RUNNERS: dict[str, Runner] = {}


def runner(name: str) -> Callable[[Runner], Runner]:
    def register(fn: Runner) -> Runner:
        _RUNNERS[name] = fn
        return fn

    return register


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="crmbot",
        description="crmbot: a self-hosted CRM that lives in Slack, Telegram and your terminal.",
        epilog="Configuration comes from environment variables (and .env); see README.md.",
    )
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")

    c = sub.add_parser("console", help="chat with the bot in this terminal (SQLite by default)")
    c.add_argument("--user", default=None, help="your name in the CRM (default: $USER)")
    c.add_argument("--workspace", default="default", help="workspace name (default: default)")
    c.add_argument(
        "--tz", default=None, help="your IANA time zone, e.g. Europe/Madrid (also for a known user)"
    )

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_cmd", metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply Alembic migrations up to the latest")
    db_sub.add_parser("current", help="show the schema revision")

    d = sub.add_parser("demo-data", help="fill a workspace with a realistic generated team")
    d.add_argument("--contacts", type=int, default=200)
    d.add_argument("--workspace", default=None)
    d.add_argument(
        "--user",
        default=None,
        help="the console user to join as (default: $USER); admin of a new workspace",
    )

    r = sub.add_parser("run", help="run the bot: every configured adapter and the reminder loop")
    r.add_argument("--slack", action="store_true", help="require Slack (fail if not configured)")
    r.add_argument("--telegram", action="store_true", help="require Telegram")
    r.add_argument("--no-scheduler", action="store_true", help="do not run the reminder loop")

    for extra in _EXTRA_PARSERS:
        extra(sub)
    return p


SubParsers = argparse._SubParsersAction  # type: ignore[type-arg]
_EXTRA_PARSERS: list[Callable[[SubParsers], None]] = []


def subcommand(add_parser: Callable[[SubParsers], None]) -> Callable[[SubParsers], None]:
    """Register a feature module's argparse setup (pair it with @runner)."""
    _EXTRA_PARSERS.append(add_parser)
    return add_parser


@runner("console")
def run_console(ns: argparse.Namespace, config: Config) -> int:
    import getpass

    from bot.app import build_app, prepare_schema
    from bot.console import ConsoleAdapter, interactive_lines
    from storage.db import is_empty, transaction
    from storage.workspaces import check_timezone, find_identity, get_or_create_workspace

    if "crmbot_log_level" not in config.settings.model_fields_set:
        # A chat in the terminal: keep library chatter (migrations, HTTP) off the screen.
        logging.getLogger().setLevel(logging.WARNING)
    tz = check_timezone(ns.tz) if ns.tz else None
    app = build_app(config, migrate=False)
    if is_empty(app.engine):  # the first run: one line on what happens, then the chat
        where = app.engine.url.database or app.engine.url.render_as_string(hide_password=True)
        print(f"crmbot: first run, creating the database {where} ...", file=sys.stderr)
    prepare_schema(app.engine)
    user = ns.user or getpass.getuser() or "me"
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, ns.workspace, config.timezone, config.currency)
        ws_id = ws.id
        me = find_identity(s, ws, "console", user)
        if me is not None and tz is not None:
            me.timezone = tz  # --tz is said each time: it applies to a known user too
    adapter = ConsoleAdapter(app.bot, ws_id, user, ns.tz)
    tty = sys.stdin.isatty()
    # Interactive: due reminders are printed between prompts by a background loop.
    delivery = None
    if tty and config.settings.crmbot_console_reminders:
        from bot.console import PROMPT
        from bot.reminder_service import start_console_delivery

        delivery = start_console_delivery(app, prompt=PROMPT)
    try:
        adapter.run(interactive_lines() if tty else sys.stdin, interactive=tty)
    finally:
        if delivery is not None:
            delivery.stop()
    return 0


@runner("db")
def run_db(ns: argparse.Namespace, config: Config) -> int:
    from bot.app import head_revisions
    from storage.db import current_heads, make_engine, upgrade

    engine = make_engine(config.database_url, prepare_threshold=config.pg_prepare)
    if ns.db_cmd == "upgrade":
        upgrade(engine)
        print(f"database at {', '.join(sorted(current_heads(engine)))}")
        return 0
    if ns.db_cmd == "current":
        cur = current_heads(engine)
        state = "up to date" if cur == head_revisions() else "out of date"
        print(f"{', '.join(sorted(cur)) or 'empty'} ({state})")
        return 0
    print("usage: crmbot db upgrade|current", file=sys.stderr)
    return 2


@runner("demo-data")
def run_demo(ns: argparse.Namespace, config: Config) -> int:
    import getpass

    from bot.app import build_app
    from storage.db import transaction
    from storage.demo import generate
    from storage.workspaces import ensure_user, get_or_create_workspace, pick_workspace

    app = build_app(config)
    with transaction(app.sessions) as s:
        try:  # the named workspace, else the only one, else a new "default"
            ws = pick_workspace(s, ns.workspace) if not ns.workspace else None
        except UserError:
            ws = None
        if ws is None:
            ws = get_or_create_workspace(
                s, ns.workspace or "default", config.timezone, config.currency
            )
        # You, at the console, join first (so as admin of a new workspace) and see the team.
        me = ns.user or getpass.getuser() or "me"
        ensure_user(s, ws, "console", me, me)
        from bot.progress import progress_bar

        total = ns.contacts * 3  # contacts, then their activities (two each)
        with progress_bar(total, "generating", "contacts+activities") as step:
            counts = generate(s, ws, contacts=ns.contacts, progress=step)
    print(
        f"workspace {ws.name}: {counts.users} users, {counts.accounts} "
        f"accounts, {counts.contacts} contacts, {counts.deals} deals, {counts.activities} "
        f"activities, {counts.reminders} reminders"
    )
    return 0


@runner("run")
def run_bot(ns: argparse.Namespace, config: Config) -> int:
    import asyncio

    from bot.app import build_app
    from bot.run import serve

    app = build_app(config)
    wanted = {"slack": ns.slack, "telegram": ns.telegram}
    asyncio.run(serve(app, wanted=wanted, scheduler=not ns.no_scheduler))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    _load_plugins()
    parser = build_parser()
    ns = parser.parse_args(argv)
    if not ns.cmd:
        parser.print_help()
        return 0
    try:
        config = load_config()
    except UserError as exc:  # a bad variable: one message naming it, before anything runs
        print(f"crmbot: {exc}", file=sys.stderr)
        return 2
    logsafe.protect_config(config)  # before anything can fail or log
    logsafe.configure_logging(config.log_level, config.settings.crmbot_log_format)
    if config.log_level != "DEBUG":
        # Alembic says "Context impl SQLiteImpl" and each revision at INFO: noise on a
        # command line (`crmbot db upgrade` prints the result itself).
        logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        return _RUNNERS[ns.cmd](ns, config)
    except UserError as exc:
        print(f"crmbot: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        # An unexpected failure still shows its traceback, never a secret in it: PTB's
        # InvalidToken, for one, repeats the rejected token in its message.
        import traceback

        print(logsafe.redact("".join(traceback.format_exception(exc))), file=sys.stderr, end="")
        return 1


def _load_plugins() -> None:
    """Subcommands that live in their own modules register themselves on import."""
    import importlib

    for mod in _SUBCOMMAND_MODULES:
        importlib.import_module(mod)


# Feature modules that add subcommands with @subcommand and @runner (one line each).
_SUBCOMMAND_MODULES: list[str] = [
    "bot.cli_telegram",
    "bot.cli_reports",
    "bot.cli_scheduler",
    "bot.cli_parse",
    "bot.cli_backup",
    "bot.cli_eval",
]


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
