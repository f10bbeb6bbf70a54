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
else (SQLAlchemy's own statements, COMMIT, ROLLBACK) is psycopg's unchanged path.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import pq
from psycopg.abc import PQGen

_IDLE = pq.TransactionStatus.IDLE


class RidingBeginConnection(psycopg.Connection[Any]):
    """A psycopg connection that can send a transaction's BEGIN with its first statement."""

    _riding = False  # set by execute() around the one statement BEGIN rides with

    def _start_query(self) -> PQGen[None]:
        if not (self._riding and self._pipeline):
            yield from super()._start_query()
            return
        # psycopg's own start, without the sync after BEGIN: the pipeline's sync at the
        # end of execute() answers BEGIN and the statement together.
        if self._autocommit or self.pgconn.transaction_status != _IDLE:
            return
        yield from self._exec_command(self._get_tx_start_command())


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


def connect(*cargs: Any, **cparams: Any) -> Any:
    """For SQLAlchemy's ``do_connect`` event: what ``psycopg.connect`` gives, of the class
    above (SQLAlchemy's psycopg dialect connects with ``psycopg.connect(*cargs, **cparams)``)."""
    return RidingBeginConnection.connect(*cargs, **cparams)
