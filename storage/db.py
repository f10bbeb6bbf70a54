"""Engine, sessions and migrations.

Built by the entry point and passed down (nothing at import time), so tests and
several workspaces can use several databases in one process.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from json.encoder import c_make_encoder as _c_make_encoder  # type: ignore[attr-defined]
from json.encoder import encode_basestring_ascii as _ascii
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, exc, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

import storage.hygiene
import storage.scoring_hooks  # noqa: F401 (scores recomputed on the writes that change them)

DEFAULT_URL = "sqlite:///crmbot.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def normalize_url(url: str) -> str:
    """Map plain ``postgresql://`` (and ``postgres://``) URLs to psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # busy_timeout first: switching to WAL can itself return SQLITE_BUSY.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL (SQLite's documented choice for WAL): no fsync per commit, only at
    # checkpoints; a power loss or OS crash may drop the last commits, never corrupts the
    # file, and an application crash loses nothing.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
    # Let SQLAlchemy emit BEGIN itself (pysqlite's implicit BEGIN is deferred and late).
    dbapi_connection.isolation_level = None


def _sqlite_begin(connection: Any) -> None:
    """The SQLite engine's ``dialect.do_begin``: every transaction starts ``BEGIN IMMEDIATE``.

    Take the write lock up front: a deferred read-then-write would hit SQLITE_BUSY on lock
    upgrade when two processes (bot + scheduler) write at once.

    Why the dialect's hook and not an engine ``begin`` listener (as before): any engine
    event makes SQLAlchemy join the engine's dispatcher into every new connection and
    dispatch begin, commit and close through it, and made the hot path ask per transaction
    whether a statement listener watches: about 8% of the service unit's instructions
    (issue 18). SQLAlchemy calls ``do_begin`` exactly where it dispatched ``begin`` (right
    after it, once per outer transaction, never for a savepoint) and turns its driver
    error into the same ``sqlalchemy.exc`` error. ``connection`` is the pool's proxy;
    the statement goes to the driver's connection (a statement listener no longer sees
    it; the ``begin`` event still fires for a listener of its own).
    """
    connection.driver_connection.execute("BEGIN IMMEDIATE")


def _sqlite_adapters() -> None:
    """Bind ``None`` and ``bool`` through the sqlite3 module's adapter registry.

    Why: the sqlite3 module binds int, float and str directly, but asks its adapter
    protocol about every other value; for ``None`` and ``bool`` (a third of the service
    unit's parameters: the empty columns of each new row, its flags) that ends in an
    ``AttributeError`` raised, formatted and cleared inside the driver for each value,
    about 2% of the unit's instructions (issue 18). With an adapter registered the lookup
    finds it at once. What is stored does not change: ``None`` stays NULL (``{}.get(None)``
    is None, a C call), ``bool`` becomes the integer sqlite3 binds a bool as anyway.
    """
    sqlite3.register_adapter(type(None), cast(Callable[[None], None], {}.get))
    sqlite3.register_adapter(bool, int)


def json_dumps(value: Any) -> str:
    """``json.dumps(value)`` with its default settings, the same text, for JSON columns.

    Why: ``json.dumps`` rebuilds its C encoder and checks its keyword arguments on every
    call; the audit rows' before and after copies are nine JSON values a message (issue
    18). The encoder here is the one ``json.dumps`` builds with its defaults (ASCII escapes,
    ``", "`` and ``": "``, NaN allowed, keys in their order, circular structures refused).
    """
    if value is None:
        return "null"
    if _c_make_encoder is None:  # a Python without the C accelerator
        return json.dumps(value)
    # One encoder per thread, made on first use: its circular-reference markers (a dict it
    # empties after each value) must not be shared by two threads encoding at once.
    encode = getattr(_ENCODERS, "encode", None)
    if encode is None:
        encode = _ENCODERS.encode = _c_make_encoder(
            {}, _JSON_DEFAULT, _ascii, None, ": ", ", ", False, False, True
        )
    try:
        return "".join(encode(value, 0))
    except BaseException:
        # A failed value leaves its containers in the markers (the C encoder removes them
        # only on success): a later value at the same address would read as circular.
        _ENCODERS.encode = None
        raise


_JSON_DEFAULT = json.JSONEncoder().default  # raises TypeError for what JSON cannot hold
_ENCODERS = threading.local()


PG_PREPARE = 5  # psycopg's own default


def make_engine(url: str, *, prepare_threshold: int | None = PG_PREPARE, **kwargs: Any) -> Engine:
    """An engine for ``url`` (given by the caller: configuration is read once, in bot/).

    ``prepare_threshold`` (PostgreSQL): psycopg prepares a statement on the server once a
    connection has run it this many times (the write path's statements are built once with
    bound parameters, so their text repeats and each is parsed and planned once per
    connection); ``None`` never prepares, for a pooler in transaction mode that cannot
    follow prepared statements (PgBouncer before 1.21, or without max_prepared_statements).
    """
    url = normalize_url(url)
    # Statement parameters are what users typed: keep them out of error text and logs.
    kwargs.setdefault("hide_parameters", True)
    kwargs.setdefault("json_serializer", json_dumps)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        _sqlite_adapters()
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        # An instance attribute of this engine's own dialect (create_engine made it).
        engine.dialect.do_begin = _sqlite_begin  # type: ignore[method-assign,assignment]
        return engine
    # No ping on every checkout (a round trip per transaction, a quarter of a short one's
    # cost on loopback). Dead connections are caught three other ways: a connection idle for
    # IDLE_PING seconds is pinged when checked out (a server restart or a firewall dropping
    # idle sockets happens while the pool sleeps); SQLAlchemy invalidates a connection whose
    # statement fails with a disconnect error, and the pool with it (so the next transaction
    # gets a fresh one); and connections are replaced after pool_recycle seconds.
    kwargs.setdefault("pool_recycle", 1800)
    connect_args = dict(kwargs.pop("connect_args", {}))
    connect_args.setdefault("prepare_threshold", prepare_threshold)
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    if engine.dialect.driver == "psycopg":
        # Connections whose BEGIN rides with the first statement (storage.pg_connection).
        # The dialect's own connect (what the pool's creator calls), not a do_connect
        # listener: any dialect event makes SQLAlchemy check the dialect's execution
        # events on every statement of the normal path, and made the hot path ask per
        # transaction whether they watch (issue 18).
        engine.dialect.connect = _pg_connect  # type: ignore[method-assign]
    event.listen(engine, "checkin", _note_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


def _pg_connect(*cargs: Any, **cparams: Any) -> Any:
    """The psycopg engine's ``dialect.connect``: what ``psycopg.connect`` gives, of
    storage.pg_connection's class (called with the URL's arguments, as the dialect's own)."""
    from storage.pg_connection import connect

    return connect(*cargs, **cparams)


IDLE_PING = 10.0  # seconds a pooled connection may sit unused before it is pinged on checkout


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    since = record.info.get("idle_since")
    if since is None or time.monotonic() - since < IDLE_PING:
        return
    try:
        cur = dbapi_connection.cursor()
        try:
            cur.execute("SELECT 1")
        finally:
            cur.close()
        dbapi_connection.rollback()  # psycopg opened a transaction for the ping
    except Exception as error:
        # The pool then discards this connection and checks out (or opens) another.
        raise exc.DisconnectionError("pooled connection is dead") from error


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser interpolates '%': a percent-encoded password or option must be doubled.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    command.upgrade(alembic_config(engine), revision)


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).has_table("workspaces")


def current_heads(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def ensure_schema(engine: Engine) -> None:
    """Bring the schema to the latest revision (safe to call on every start)."""
    upgrade(engine)
