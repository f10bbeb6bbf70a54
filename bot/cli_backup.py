"""``crmbot backup FILE`` and ``crmbot restore FILE``: the whole CRM in one file and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config
from storage.text import counted


@subcommand
def add_parser(sub: SubParsers) -> None:
    b = sub.add_parser(
        "backup",
        help="copy the whole database to FILE and the attached files to FILE.files/",
        description="SQLite: the online backup API; PostgreSQL: pg_dump (custom format). "
        "Attached files (CRMBOT_FILES_DIR) are copied to FILE.files/ (only new ones).",
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
    from storage.backup import backup, backup_files, files_dir_for
    from storage.db import make_engine

    files_root = Path(config.settings.crmbot_files_dir)
    engine = make_engine(config.database_url)
    try:
        if not Path(ns.file).exists() or ns.force:
            backup_files(files_root, Path(ns.file))  # most blobs before the snapshot...
        result = backup(engine, Path(ns.file), overwrite=ns.force)
        _new, total = backup_files(files_root, result.path)  # ...the rest after it
    finally:
        engine.dispose()
    print(f"backup written: {result.path} ({result.size:,} bytes, {result.kind})")
    print(f"files: {total:,} in {files_dir_for(result.path)} (from {files_root})")
    return 0


@runner("restore")
def run_restore(ns: argparse.Namespace, config: Config) -> int:
    from storage.backup import copy_blobs, files_dir_for, missing_blobs, restore
    from storage.db import current_heads, make_engine, upgrade

    files_root = Path(config.settings.crmbot_files_dir)
    engine = make_engine(config.database_url)
    try:
        kind = restore(engine, Path(ns.file))
        before = ", ".join(sorted(current_heads(engine))) or "empty"
        upgrade(engine)  # a backup from an older crmbot is brought up to this version
        after = ", ".join(sorted(current_heads(engine)))
        saved = files_dir_for(Path(ns.file))
        copied = copy_blobs(saved, files_root)[0] if saved.is_dir() else 0
        missing = missing_blobs(engine, files_root)
    finally:
        engine.dispose()
    moved = "" if before == after else f" (schema {before} -> {after})"
    print(f"restored {ns.file} ({kind}) at schema {after}{moved}")
    print(f"files: {copied:,} restored into {files_root}")
    if missing:
        print(
            f"warning: {counted(len(missing), 'attached file')} "
            f"{'is' if len(missing) == 1 else 'are'} not in {files_root} "
            f"(no {saved} beside the backup?); `file send` will say they are missing"
        )
        return 1
    return 0
