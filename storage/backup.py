"""Copy the whole database to one file, and back into an empty database.

Why these tools and not a row-by-row dump of our own: each database already ships the one
that is consistent while the bot keeps writing. SQLite's online backup API copies pages
under a read transaction (a running bot and reminder loop are not stopped, and WAL content
is included); PostgreSQL's ``pg_dump`` takes a snapshot of one transaction. Restoring goes
only into an empty database, so a restore can never mix two CRMs or overwrite a live one.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL

from storage.errors import UserError

_SQLITE_MAGIC = b"SQLite format 3\x00"
_PGDUMP_MAGIC = b"PGDMP"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    kind: str  # "sqlite" | "pg_dump"


def _is_sqlite(engine: Engine) -> bool:
    return engine.url.get_backend_name() == "sqlite"


def _sqlite_path(engine: Engine) -> Path:
    db = engine.url.database
    if not db or db == ":memory:":
        raise UserError("an in-memory SQLite database has nothing to back up")
    return Path(db)


def _libpq_url(url: URL) -> str:
    """The URL for pg_dump/pg_restore/psql: no SQLAlchemy driver suffix, password kept."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise UserError(
            f"{name} is not installed: install the PostgreSQL client tools "
            f"(Debian/Ubuntu: apt-get install postgresql-client) whose major version is at "
            f"least the server's, then run this again"
        )
    return path


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise UserError(f"{what} failed: {detail[-1] if detail else f'exit {proc.returncode}'}")


def backup(engine: Engine, dest: Path, *, overwrite: bool = False) -> BackupResult:
    """Write a consistent copy of the database to ``dest`` while the bot may be running."""
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise UserError(f"{dest} already exists: choose another file name or pass --force")
    if not dest.parent.exists():
        raise UserError(f"the folder {dest.parent} does not exist")
    if is_empty_database(engine):
        raise UserError("the database is empty: there is nothing to back up")
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        if _is_sqlite(engine):
            src = sqlite3.connect(f"file:{_sqlite_path(engine)}?mode=ro", uri=True)
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)  # the online backup API: pages copied under a read snapshot
            finally:
                out.close()
                src.close()
            kind = "sqlite"
        else:
            _run(
                [
                    _pg_tool("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--file={tmp}",
                    _libpq_url(engine.url),
                ],
                "pg_dump",
            )
            kind = "pg_dump"
        tmp.replace(dest)  # never leave a half-written backup under the real name
    finally:
        tmp.unlink(missing_ok=True)
    return BackupResult(dest, dest.stat().st_size, kind)


def is_empty_database(engine: Engine) -> bool:
    """No table at all (a CRM's tables or anyone else's): safe to restore into."""
    if _is_sqlite(engine):
        path = _sqlite_path(engine)
        if not path.exists() or path.stat().st_size == 0:
            return True
    return not inspect(engine).get_table_names()


def backup_kind(path: Path) -> str:
    """What a backup file is, from its first bytes (not its name)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise UserError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not a backup file") from None
    if head.startswith(_SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(_PGDUMP_MAGIC):
        return "pg_dump"
    raise UserError(f"{path} is not a crmbot backup (neither an SQLite file nor a pg_dump archive)")


def _check_sqlite_backup(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()
        if not ok or ok[0] != "ok":
            raise UserError(f"{path} is damaged: {ok[0] if ok else 'no answer'}")
        has = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()[0]
        if not has:
            raise UserError(f"{path} is an SQLite file but not a crmbot database")
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{path} cannot be read as SQLite: {exc}") from None
    finally:
        conn.close()


def restore(engine: Engine, src: Path) -> str:
    """Load a backup into an empty database; returns what kind of backup it was."""
    src = Path(src)
    kind = backup_kind(src)
    if not is_empty_database(engine):
        raise UserError(
            "the target database is not empty: restore only into a new, empty database "
            "(point CRMBOT_DATABASE_URL at one), so that nothing is overwritten"
        )
    if _is_sqlite(engine):
        if kind != "sqlite":
            raise UserError("a pg_dump backup restores into PostgreSQL, not SQLite")
        _check_sqlite_backup(src)
        engine.dispose()  # no pooled connection may hold the (empty) target open
        target = _sqlite_path(engine)
        target.parent.mkdir(parents=True, exist_ok=True)
        inp = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        out = sqlite3.connect(target)
        try:
            inp.backup(out)
        finally:
            out.close()
            inp.close()
        return kind
    if kind != "pg_dump":
        raise UserError("an SQLite backup restores into SQLite, not PostgreSQL")
    _run(
        [
            _pg_tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={_libpq_url(engine.url)}",
            str(src),
        ],
        "pg_restore",
    )
    return kind


# ---- the file store (attached documents) ------------------------------------------------------


def files_dir_for(backup_file: Path) -> Path:
    """Where a backup's files go: beside it, ``FILE.files/`` (same layout as the store)."""
    return Path(str(backup_file) + ".files")


def copy_blobs(src_root: Path, dest_root: Path) -> tuple[int, int]:
    """Copy the blobs of one content-addressed directory into another; those already
    there are skipped (same name, same content), so a repeated backup only adds the new
    ones. Returns (copied, total)."""
    from storage.filestore import LocalStore

    src, dest = LocalStore(src_root), LocalStore(dest_root)
    copied = total = 0
    for sha in src.hashes():
        total += 1
        if dest.exists(sha):
            continue
        target = dest.path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".part-{sha}")
        shutil.copyfile(src.path(sha), tmp)
        tmp.replace(target)
        copied += 1
    return copied, total


def backup_files(files_root: Path, backup_file: Path) -> tuple[int, int]:
    """Copy the file store beside a database backup. Run it after the database copy (and
    the CLI runs it before too): every blob the copied rows name is there."""
    dest = files_dir_for(backup_file)
    dest.mkdir(exist_ok=True)
    if not Path(files_root).is_dir():
        return 0, 0
    return copy_blobs(Path(files_root), dest)


def missing_blobs(engine: Engine, files_root: Path) -> list[str]:
    """Hashes the documents table names that the store does not hold (a restore without
    its files, a store on another disk)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from storage.filestore import LocalStore
    from storage.models_documents import Document

    store = LocalStore(files_root)
    with Session(engine) as s:
        hashes = set(s.scalars(select(Document.sha256).distinct()))
    return sorted(h for h in hashes if not store.exists(h))
