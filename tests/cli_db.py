"""A database for command-line tests: a SQLite file, or a private schema on the test
PostgreSQL (CRMBOT_TEST_DATABASE_URL), so `crmbot ...` runs against both backends."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import make_engine


def cli_database_url(request: pytest.FixtureRequest, tmp_path: Path, name: str = "crm") -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/{name}.db"
    base = os.environ.get("CRMBOT_TEST_DATABASE_URL")
    if not base:
        pytest.skip("PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL to run this")
    schema = f"crmbot_cli_{os.getpid()}_{abs(hash(str(tmp_path))) % 10**8}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()

    request.addfinalizer(drop)
    return f"{base}?options=-csearch_path%3D{schema}"
