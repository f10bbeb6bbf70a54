"""``crmbot backup FILE`` and ``crmbot restore FILE``: the whole CRM in one file and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config


@subcommand
def add_parser(sub: SubParsers) -> None:
    b = sub.add_parser(
        "backup",
        help="copy the whole database to FILE (safe while the bot runs)",
        description="SQLite: the online backup API; PostgreSQL: pg_dump (custom format).",
    )
    b.add_argument("file", help="where to write the backup")
    b.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    r = sub.add_parser(
        "restore",
        help="load a backup into an EMPTY database, then bring its schema up to date",
        description="Refuses a database that has any table, so a live CRM is never overwritten.",
    )
    r.add_argument("file", help="a file written by crmbot backup")


@runner("backup")
def run_backup(ns: argparse.Namespace, config: Config) -> int:
    from storage.backup import backup
    from storage.db import make_engine

    engine = make_engine(config.database_url)
    try:
        result = backup(engine, Path(ns.file), overwrite=ns.force)
    finally:
        engine.dispose()
    print(f"backup written: {result.path} ({result.size:,} bytes, {result.kind})")
    return 0


@runner("restore")
def run_restore(ns: argparse.Namespace, config: Config) -> int:
    from storage.backup import restore
    from storage.db import current_heads, make_engine, upgrade

    engine = make_engine(config.database_url)
    try:
        kind = restore(engine, Path(ns.file))
        before = ", ".join(sorted(current_heads(engine))) or "empty"
        upgrade(engine)  # a backup from an older crmbot is brought up to this version
        after = ", ".join(sorted(current_heads(engine)))
    finally:
        engine.dispose()
    moved = "" if before == after else f" (schema {before} -> {after})"
    print(f"restored {ns.file} ({kind}) at schema {after}{moved}")
    return 0
