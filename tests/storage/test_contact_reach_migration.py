"""Migration 0013_contact_reach adds the contact's country, time zone and Telegram
username, and takes them away again on downgrade (data in the other columns kept)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from storage.db import alembic_config, make_engine, upgrade


def test_contact_reach_columns_up_and_down(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path}/m.db")
    upgrade(engine, "0012_cases")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO workspaces (id, name, timezone, currency, settings, created_at) "
                "VALUES (1, 'w', 'UTC', 'EUR', '{}', '2026-01-01')"
            )
        )
    upgrade(engine, "0013_contact_reach")
    cols = {c["name"] for c in inspect(engine).get_columns("contacts")}
    assert {"country", "timezone", "telegram"} <= cols
    assert "ix_contacts_ws_country" in {i["name"] for i in inspect(engine).get_indexes("contacts")}
    command.downgrade(alembic_config(engine), "0012_cases")
    cols = {c["name"] for c in inspect(engine).get_columns("contacts")}
    assert not {"country", "timezone", "telegram"} & cols and "email_opt_out_at" in cols
    with engine.connect() as c:
        assert c.execute(text("SELECT name FROM workspaces")).scalar() == "w"
