"""The hot path's prebuilt Core statements, compiled once per dialect and sent straight to
the driver's cursor (issue 18).

Why: the service unit sends about ten statements, and each one through
``Connection.execute`` costs more in SQLAlchemy than in the database: the compiled-cache
lookup (a cache key per call), an execution context, parameter processing through generic
loops, a result object with its metadata (``docs/performance.md``, "Speed pass 3"). The
statements of the hot path are fixed (built once, bound parameters only), so their SQL text,
the order of their parameters and the type conversion of each are worked out once per
dialect here, and a call is: convert the values, ``cursor.execute``, fetch.

What is kept: the same SQL text as SQLAlchemy sends (it is SQLAlchemy's own compilation),
the same parameter conversion (the compiled statement's bind processors: the UTC datetimes
of storage.types, JSON, booleans), and the same errors: a driver error goes through the
connection's own handler, so it is raised as the same ``sqlalchemy.exc`` class and a
connection found dead is invalidated as before. The normal path is taken whenever something
watches statements (a ``before_cursor_execute``/``after_cursor_execute`` listener, as the
statement-count tests and the SQL echo use, or dialect execution events), whenever the
connection is not plainly in a transaction, and for a many-row insert on PostgreSQL (where
SQLAlchemy turns it into one multi-row statement).

Only for statements whose results need no conversion (ids and counts): rows come back as the
driver gives them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.orm.session import SessionTransactionState
from sqlalchemy.sql.expression import Executable

_Proc = Callable[[Any], Any] | None


class _Plan:
    __slots__ = (
        "by_codes", "consts", "get", "names", "no_codes", "positional", "postgres", "procs",
        "renamed", "result", "sql", "stmt",
    )  # fmt: skip

    def __init__(self, stmt: Any, dialect: Dialect, column_keys: tuple[str, ...]) -> None:
        compiled: Any = stmt.compile(
            dialect=dialect, column_keys=list(column_keys) if column_keys else None
        )
        if (
            compiled.post_compile_params
            or compiled.literal_execute_params
            or compiled.escaped_bind_names
        ):
            raise TypeError("storage.fastsql: only plain bound parameters")
        by_name = {name: bp for bp, name in compiled.bind_names.items()}
        names: Sequence[str] = compiled.positiontup if compiled.positional else list(by_name)
        if not names:
            raise TypeError("storage.fastsql: a statement with parameters")
        bind_procs: dict[str, _Proc] = compiled._bind_processors
        self.stmt = stmt  # kept alive: the cache is keyed by its id
        self.postgres = dialect.name == "postgresql"
        self.sql: str = compiled.string
        self.positional: bool = compiled.positional
        self.names = tuple(names)
        keys = [by_name[n].key for n in names]
        # Values written into the statement (a literal compared with, a LIMIT): used unless
        # the caller gives the key, as SQLAlchemy does.
        self.consts = {bp.key: bp.effective_value for bp in by_name.values() if not bp.required}
        self.get = operator.itemgetter(*keys)
        # (position, processor, whether None goes through it): most processors give None for
        # None (a column left empty), JSON's does not (it writes JSON null).
        self.procs = tuple(
            (i, p, _converts_none(p))
            for i, p in enumerate(bind_procs.get(n) for n in names)
            if p is not None
        )
        # Per column of the result: (type, cached processors by the driver's type code).
        self.result: tuple[Any, ...] = tuple(c[3] for c in compiled._result_columns)
        self.by_codes: dict[tuple[Any, ...], tuple[tuple[int, Any], ...]] = {}
        # sqlite3 gives no type codes: the result conversions for (None, …), worked out once.
        self.no_codes: tuple[tuple[int, Any], ...] | None = None
        # id(rename) -> (rename, a getter of the values by their source keys): values_from.
        self.renamed: dict[int, tuple[dict[str, str], Any]] = {}

    def values(self, params: dict[str, Any]) -> Any:
        # A missing value fails here (KeyError), as SQLAlchemy refuses a required parameter.
        got = self.get({**self.consts, **params} if self.consts else params)
        return self._converted(got)

    def _converted(self, got: Any) -> Any:
        """The getter's output (one value, or a tuple of several) as the driver takes it,
        with the dialect's result conversions applied: shared by both ways in."""
        if not self.procs and self.positional:
            return got if len(self.names) > 1 else (got,)
        vals = list(got) if len(self.names) > 1 else [got]
        for i, proc, with_none in self.procs:
            value = vals[i]
            if value is not None or with_none:
                vals[i] = proc(value)
        return tuple(vals) if self.positional else dict(zip(self.names, vals, strict=True))

    def values_from(self, source: dict[str, Any], rename: dict[str, str]) -> Any:
        """:meth:`values` of ``{name: source[rename[name]] for name in rename}`` without
        building that dict: the positional values straight from ``source`` (an instance
        dict). For a statement without constants (the caller checks)."""
        found = self.renamed.get(id(rename))
        if found is None or found[0] is not rename:
            getter = operator.itemgetter(*[rename[n] for n in self.names])
            found = self.renamed[id(rename)] = (rename, getter)
        got = found[1](source)
        return self._converted(got)


def _converts_none(proc: Callable[[Any], Any]) -> bool:
    try:
        return proc(None) is not None
    except Exception:
        return True  # it has something to say about None: always called


_ACTIVE = SessionTransactionState.ACTIVE
_TUPLES_OK = 2  # libpq's PGRES_TUPLES_OK (psycopg.pq.ExecStatus.TUPLES_OK)

_MAX_PLANS = 2000  # the hot path has a few dozen statements per dialect
_PLANS: dict[tuple[int, str, tuple[str, ...]], _Plan | None] = {}


def _plan(stmt: Any, dialect: Dialect, column_keys: tuple[str, ...]) -> _Plan | None:
    """The compiled plan of ``stmt``; None for a statement this module does not run (it
    goes the normal way)."""
    key = (id(stmt), dialect.name, column_keys)
    if key in _PLANS:
        plan = _PLANS[key]
        if plan is None or plan.stmt is stmt:
            return plan
    try:
        plan = _Plan(stmt, dialect, column_keys)
    except TypeError:
        plan = None
    if len(_PLANS) >= _MAX_PLANS:  # statements built per call by mistake: bounded, not leaked
        _PLANS.clear()
    _PLANS[key] = plan
    return plan


def _watched(conn: Connection) -> bool:
    """Whether something watches this connection's statements: SQL echo, the dialect's
    execution events, a ``before_cursor_execute``/``after_cursor_execute`` listener
    (statement counts, logs).

    The listeners' answer is kept for the rest of the connection's transaction: asking the
    joined engine and connection dispatchers costs about 1.7 µs, a dozen times a message
    (issue 18). A statement listener is added between transactions (the statement-count
    tests, ``profile_unit --statements``); one added in the middle of a transaction sees
    its statements from the next one on. Echo is asked every time.
    """
    global _LAST_WATCH
    if conn._echo:
        return True
    dialect = conn.dialect
    if not (conn._has_events or conn.engine._has_events or dialect._has_events):
        return False
    trans = conn._transaction
    last = _LAST_WATCH
    if trans is not None and last[0] is conn and last[1] is trans:
        return last[2]
    found = False
    if conn._has_events or conn.engine._has_events:
        dispatch = conn.dispatch
        found = bool(dispatch.before_cursor_execute or dispatch.after_cursor_execute)
    if not found and dialect._has_events:
        # The dialect's execution events (a do_connect listener, storage.db's on
        # PostgreSQL, does not watch statements).
        ddispatch = dialect.dispatch
        found = bool(
            ddispatch.do_execute
            or ddispatch.do_executemany
            or ddispatch.do_execute_no_params
            or ddispatch.do_setinputsizes
        )
    if trans is not None:  # read and replaced as one tuple: threads never mix two answers
        _LAST_WATCH = (conn, trans, found)
    return found


# (connection, its transaction, whether something watches its statements): the last answer.
_LAST_WATCH: tuple[Any, Any, bool] = (None, None, False)


def _plain(conn: Connection) -> bool:
    """Nothing watches this connection's statements and it is in an active transaction."""
    if _watched(conn):
        return False
    trans = conn._transaction
    return (
        conn._dbapi_connection is not None
        and trans is not None
        and trans.is_active
        and (conn._nested_transaction is None or conn._nested_transaction.is_active)
    )


def execute_text(conn: Connection, sql: str) -> None:
    """Run fixed SQL text that takes no parameters and returns no rows (SQLite's ``BEGIN
    IMMEDIATE``, sent at the start of every transaction) straight on the driver's cursor,
    unless something watches statements (then ``exec_driver_sql``, seen as before).

    Why: ``exec_driver_sql`` builds an execution context and a result for a statement that
    has neither parameters nor rows, about 2% of the service unit's instructions (issue 18).
    A driver error goes through the connection's own handler, as in :func:`execute`.
    """
    if _watched(conn) or conn._dbapi_connection is None:
        conn.exec_driver_sql(sql)
        return
    fairy: Any = conn._dbapi_connection
    cursor = None
    try:
        cursor = fairy.cursor()
        cursor.execute(sql)
        cursor.close()
    except BaseException as e:
        conn._handle_dbapi_exception(e, sql, (), cursor, None)
        raise  # not reached: the handler raises


def connection(session: Session) -> Connection:
    """``session.connection()`` without its generic path once the transaction has one: the
    hot path asks for it before every statement."""
    trans = session._transaction
    bind = session.bind
    if trans is not None and bind is not None and trans._state is _ACTIVE:
        found = trans._connections.get(bind)
        if found is not None:
            return found[0]  # type: ignore[no-any-return]
    return session.connection()


def execute(
    conn: Connection,
    stmt: Executable,
    params: dict[str, Any] | list[dict[str, Any]],
    *,
    by_column: bool = False,
) -> list[Any]:
    """Run prebuilt ``stmt`` with ``params`` (a list: many rows, one executemany) and return
    its rows, converted as SQLAlchemy converts them (``[]`` for a statement returning none).

    ``by_column``: ``stmt`` is a bare ``insert(table)`` (or an upsert) whose columns are the
    keys of ``params``; compiled once per set of keys.
    """
    many = isinstance(params, list)
    rows_in: list[dict[str, Any]] = params if isinstance(params, list) else [params]
    if many and len(rows_in) == 1:
        params, many = rows_in[0], False
    first = rows_in[0]
    plan = None
    if _plain(conn) and not (many and conn.dialect.name != "sqlite"):
        plan = _plan(stmt, conn.dialect, tuple(first) if by_column else ())
    if plan is None:
        result = conn.execute(stmt, params)
        return list(result.fetchall()) if result.returns_rows else []
    values: Any = [plan.values(p) for p in rows_in] if many else plan.values(first)
    return _run(conn, plan, values, many)


def execute_from(
    conn: Connection, stmt: Executable, source: dict[str, Any], rename: dict[str, str]
) -> list[Any]:
    """:func:`execute` with the parameters ``{name: source[key] for name, key in
    rename.items()}``, taken from ``source`` without building that dict when the statement
    runs here: a new row's values come straight from its instance dict
    (storage.write_path.insert_row: five rows a service unit, about 25 values each, issue
    18). ``rename`` is kept by the caller (its identity keys a cache).
    """
    plan = _plan(stmt, conn.dialect, ()) if _plain(conn) else None
    if plan is not None and not plan.consts:
        return _run(conn, plan, plan.values_from(source, rename), False)
    # Something watches statements, or no transaction: the normal way.
    return execute(conn, stmt, {name: source[key] for name, key in rename.items()})


def _run(conn: Connection, plan: _Plan, values: Any, many: bool) -> list[Any]:
    """Send ``plan``'s SQL with converted ``values`` (a list of rows when ``many``) on the
    driver's cursor; the rows back, converted as SQLAlchemy converts them."""
    # The driver's own connection: its execute() makes the cursor (in C for sqlite3), not
    # the pool proxy's cursor() in Python.
    raw: Any = conn._dbapi_connection.dbapi_connection  # type: ignore[union-attr]
    cursor = None
    try:
        if many:
            cursor = raw.executemany(plan.sql, values)  # SQLite only (see execute)
        else:
            if plan.postgres:  # the transaction's BEGIN may ride with it (storage.pg_connection)
                from storage.pg_connection import execute as pg_execute

                cursor = pg_execute(raw, plan.sql, values)
            else:
                cursor = raw.execute(plan.sql, values)
        if plan.postgres:
            # The result's type codes straight from libpq: psycopg's description builds a
            # Column object per column (about 50 a service unit).
            res = cursor.pgresult
            if res is not None and res.status == _TUPLES_OK:
                codes: Any = tuple(res.ftype(i) for i in range(res.nfields))
                rows = cursor.fetchall()
            else:
                codes, rows = None, []
        else:
            description = cursor.description
            # sqlite3 gives no type codes: every one is None.
            codes = (None,) * len(description) if description else None
            rows = cursor.fetchall() if description else []
        cursor.close()
    except BaseException as e:
        # The connection's own handler: the same sqlalchemy.exc error, a dead connection
        # invalidated (and the pool with it), as Connection.execute does.
        conn._handle_dbapi_exception(e, plan.sql, values, cursor, None)
        raise  # not reached: the handler raises
    if rows and plan.result:
        if plan.postgres:
            procs = _result_procs(plan, conn.dialect, codes)
        else:  # sqlite3's codes are always None: the conversions are the plan's, kept
            kept = plan.no_codes
            procs = kept if kept is not None else _result_procs(plan, conn.dialect, codes)
            plan.no_codes = procs
        if procs:
            out = []
            for row in rows:
                vals = list(row)
                for i, proc in procs:
                    vals[i] = proc(vals[i])
                out.append(tuple(vals))
            return out
    return rows


def _result_procs(
    plan: _Plan, dialect: Dialect, codes: tuple[Any, ...]
) -> tuple[tuple[int, Any], ...]:
    """The result conversions of ``plan``'s columns for these driver type codes, as
    SQLAlchemy's result metadata picks them (worked out once per plan and type codes)."""
    procs = plan.by_codes.get(codes)
    if procs is None:
        found = (
            (i, type_._cached_result_processor(dialect, code))
            for i, (type_, code) in enumerate(zip(plan.result, codes, strict=True))
        )
        procs = plan.by_codes[codes] = tuple((i, p) for i, p in found if p is not None)
    return procs


# ---- writes sent together at commit (PostgreSQL) ----------------------------------------------

TAIL = "crmbot_tail"  # session.info: writes waiting for the audit rows' statement at commit
# session.info: the audit hook has run in this commit and its rows wait for COMMIT
# (PostgreSQL); a later hook's write joins them.
COMMITTING = "crmbot_committing"


def expect_tail(session: Session) -> None:
    """A commit hook still to run (the audit's) will send the waiting writes with its own."""
    session.info.setdefault(TAIL, [])


def write_or_queue(
    session: Session,
    stmt: Executable,
    params: dict[str, Any] | list[dict[str, Any]],
    *,
    by_column: bool = False,
) -> None:
    """A write at commit whose result nobody reads: on PostgreSQL, when the audit hook is
    still to run in this commit (:func:`expect_tail`), it goes out in the same round trip as
    the audit rows (:func:`execute_all`), and when that hook has already run (the hooks'
    order is the modules' import order) with its rows and COMMIT; otherwise now."""
    info = session.info
    tail: list[Any] | None = info.get(TAIL)
    conn = connection(session)
    if conn.dialect.name == "postgresql":
        if tail is not None:
            tail.append((stmt, params, by_column))
            return
        if info.get(COMMITTING):
            execute_all(conn, [(stmt, params, by_column)], at_commit=True)
            return
    execute(conn, stmt, params, by_column=by_column)


def take_tail(session: Session) -> list[tuple[Executable, Any, bool]]:
    return session.info.pop(TAIL, None) or []


def execute_all(
    conn: Connection, items: list[tuple[Executable, Any, bool]], *, at_commit: bool = False
) -> None:
    """Writes whose results nobody reads, in order: on PostgreSQL in one round trip (a psycopg
    pipeline: every statement sent, then one sync), elsewhere one after the other. As with
    :func:`execute`, anything watching statements gets them one by one the normal way.

    ``at_commit``: the caller is a commit hook and the transaction commits next; on
    PostgreSQL the writes then go out with its COMMIT, one round trip for both
    (storage.pg_connection.defer: a statement sent before the commit still sends them first).
    """
    if not items:
        return
    postgres = conn.dialect.name == "postgresql"
    if (len(items) < 2 and not (at_commit and postgres)) or not postgres or not _plain(conn):
        for stmt, params, by_column in items:
            execute(conn, stmt, params, by_column=by_column)
        return
    batch = []
    for stmt, params, by_column in items:
        rows = params if isinstance(params, list) else [params]
        plan = _plan(stmt, conn.dialect, tuple(rows[0]) if by_column else ())
        if plan is None:
            for stmt, params, by_column in items:
                execute(conn, stmt, params, by_column=by_column)
            return
        batch.append((plan, [plan.values(r) for r in rows]))
    raw: Any = conn._dbapi_connection.driver_connection  # type: ignore[union-attr]
    if at_commit:
        from storage.pg_connection import defer

        if defer(raw, [(plan.sql, values) for plan, values in batch]):
            return
    sql: str = batch[0][0].sql
    cursor = None
    try:
        with raw.pipeline():
            cursor = raw.cursor()
            for plan, values in batch:
                sql = plan.sql
                if len(values) == 1:
                    cursor.execute(sql, values[0])
                else:
                    cursor.executemany(sql, values)
        cursor.close()
    except BaseException as e:
        conn._handle_dbapi_exception(e, sql, None, cursor, None)
        raise  # not reached: the handler raises
