"""PostgreSQL connections whose BEGIN rides with the transaction's first statement.

Why: psycopg opens a transaction lazily, before the first statement, with a BEGIN of its own
and a wait for its answer: a round trip that carries nothing else (one of the service
unit's nine on loopback, issue 18). In pipeline mode libpq can send BEGIN and the statement
together and read both answers after one sync; psycopg's pipeline would still sync right
after BEGIN, so :class:`RidingBeginConnection` leaves that sync out when asked to
(:func:`execute`, for the hot path's prebuilt statements: storage.fastsql).

What is kept: the BEGIN text is psycopg's own (isolation level and read-only settings
included), and it is sent only when psycopg would send it (no transaction open, not in
autocommit). A failing statement fails as before, at the sync: the server's transaction is
then aborted and the caller's rollback ends it, as after any failed statement. Everything
else (SQLAlchemy's own statements, ROLLBACK) is psycopg's unchanged path.

COMMIT rides the same way with the writes of the commit hooks (the audit rows and the lead
score's upsert, whose results nobody reads): :func:`defer` keeps them on the connection
and :meth:`RidingBeginConnection.commit` sends them and COMMIT in one pipeline with one
sync, one round trip instead of two. Nothing overtakes them: any statement on the
connection before the commit (a cursor asked for) sends them first, in order, as before;
a rollback drops them with the transaction. A failing write fails at the commit (the
server skips COMMIT after the error, so nothing of the transaction is kept).
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import pq
from psycopg.abc import PQGen

_IDLE = pq.TransactionStatus.IDLE
_INTRANS = pq.TransactionStatus.INTRANS


class RidingBeginConnection(psycopg.Connection[Any]):
    """A psycopg connection that can send a transaction's BEGIN with its first statement."""

    _riding = False  # set around the one statement BEGIN (or the COMMIT) rides with
    # Writes waiting for the commit (defer()): (SQL, rows of values) in order.
    _tail: list[tuple[str, list[Any]]] | None = None

    def _start_query(self) -> PQGen[None]:
        if not (self._riding and self._pipeline):
            yield from super()._start_query()
            return
        # psycopg's own start, without the sync after BEGIN: the pipeline's sync at the
        # end of execute() answers BEGIN and the statement together.
        if self._autocommit or self.pgconn.transaction_status != _IDLE:
            return
        yield from self._exec_command(self._get_tx_start_command())

    def _commit_gen(self) -> PQGen[None]:
        if not (self._riding and self._pipeline):
            yield from super()._commit_gen()
            return
        # psycopg's own COMMIT, without its sync: the pipeline's closing sync answers the
        # deferred writes and COMMIT together.
        yield from self._exec_command(b"COMMIT")

    def cursor(self, *args: Any, **kwargs: Any) -> Any:
        if self._tail is not None:  # a statement before the commit: the writes go first
            self._send_tail(commit=False)
        return super().cursor(*args, **kwargs)

    def commit(self) -> None:
        if self._tail is not None:
            self._send_tail(commit=True)
            return
        super().commit()

    def rollback(self) -> None:
        self._tail = None  # they were part of the transaction rolled back
        super().rollback()

    def _send_tail(self, *, commit: bool) -> None:
        tail, self._tail = self._tail or [], None
        with self.pipeline():
            cursor = super().cursor()
            for sql, rows in tail:
                if len(rows) == 1:
                    cursor.execute(sql, rows[0])
                else:
                    cursor.executemany(sql, rows)
            if commit:
                self._riding = True
                try:
                    super().commit()
                finally:
                    self._riding = False
        cursor.close()


_SUPPORTED = psycopg.Pipeline.is_supported() and hasattr(psycopg.Connection, "_start_query")


def execute(raw: Any, sql: str, values: Any) -> Any:
    """``raw.execute(sql, values)``, and the cursor with its results; on a
    :class:`RidingBeginConnection` that has no transaction open yet, BEGIN and the
    statement go out in one round trip."""
    if (
        _SUPPORTED
        and raw.__class__ is RidingBeginConnection
        and not raw._autocommit
        and raw._pipeline is None
        and raw.pgconn.transaction_status == _IDLE
    ):
        with raw.pipeline():
            raw._riding = True
            try:
                cursor = raw.execute(sql, values)
            finally:
                raw._riding = False
        return cursor  # the pipeline's exit synced: the cursor holds its rows
    return raw.execute(sql, values)


def defer(raw: Any, writes: list[tuple[str, list[Any]]]) -> bool:
    """Keep ``writes`` (SQL and rows of driver values, results unread) on ``raw`` to go out
    with its COMMIT; False (nothing kept) when ``raw`` cannot: not a
    :class:`RidingBeginConnection`, no transaction open, a pipeline already open, or in
    psycopg's own transaction blocks (where its checks on COMMIT apply)."""
    if not (
        _SUPPORTED
        and raw.__class__ is RidingBeginConnection
        and not raw._autocommit
        and raw._pipeline is None
        and not raw._num_transactions  # psycopg's own transaction() blocks commit by hand
        and raw._tpc is None
        and raw.pgconn.transaction_status == _INTRANS
    ):
        return False
    if raw._tail is None:
        raw._tail = list(writes)
    else:
        raw._tail.extend(writes)
    return True


def connect(*cargs: Any, **cparams: Any) -> Any:
    """For SQLAlchemy's ``do_connect`` event: what ``psycopg.connect`` gives, of the class
    above (SQLAlchemy's psycopg dialect connects with ``psycopg.connect(*cargs, **cparams)``)."""
    return RidingBeginConnection.connect(*cargs, **cparams)
