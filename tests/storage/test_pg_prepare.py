"""PostgreSQL: the engine hands psycopg the prepared-statement threshold (CRMBOT_PG_PREPARE).

With a threshold, a statement the write path runs again is prepared on the server (parsed and
planned once per connection); ``None`` never prepares, which a transaction-mode pooler that
cannot follow prepared statements needs (PgBouncer before 1.21).
"""

from __future__ import annotations

import pytest
from conftest import PG_URL
from sqlalchemy import text

from storage.db import make_engine


@pytest.mark.parametrize("threshold", [None, 0, 5])
def test_the_threshold_reaches_the_connection(threshold: int | None) -> None:
    if not PG_URL:
        pytest.skip("PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL to run this")
    engine = make_engine(PG_URL, prepare_threshold=threshold)
    try:
        with engine.connect() as conn:
            assert conn.connection.driver_connection.prepare_threshold == threshold
            for _ in range(7):
                conn.execute(text("SELECT 1 + :x"), {"x": 1})
            names = conn.execute(text("SELECT statement FROM pg_prepared_statements")).scalars()
            prepared = sum(1 for statement in names if statement == "SELECT 1 + $1")
            assert prepared == (0 if threshold is None else 1)
    finally:
        engine.dispose()
