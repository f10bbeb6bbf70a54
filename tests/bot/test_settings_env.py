"""One settings object for every environment variable (bot/settings.py), and the README's
configuration table checked against it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.settings import Settings, settings_from
from storage.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
TESTS_ONLY = {"CRMBOT_TEST_DATABASE_URL"}
OLD_NAMES = {"CRMBOT_SLACK_WORKERS"}


def readme_rows() -> list[tuple[list[str], str]]:
    """(variables, default cell) of each row of the README's configuration table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].startswith("`"):
            rows.append((re.findall(r"`([A-Z][A-Z0-9_]+)`", cells[0]), cells[1]))
    return rows


def test_readme_documents_every_variable_and_no_other() -> None:
    documented = {v for names, _ in readme_rows() for v in names}
    assert documented - TESTS_ONLY == set(Settings.variables())


def test_readme_defaults_match_the_settings() -> None:
    defaults = Settings.variables()
    checked = 0
    for names, cell in readme_rows():
        shown = re.findall(r"`([^`]*)`", cell)
        if not set(names) <= set(defaults) or len(shown) != len(names):
            continue  # tests-only, or a default described in words
        for name, value in zip(names, shown, strict=True):
            default = defaults[name]
            if isinstance(default, bool):
                assert value == ("on" if default else "off"), name
            elif isinstance(default, float) and default.is_integer():
                assert value == str(int(default)), name
            else:
                assert value == str(default), name
            checked += 1
    assert checked >= 15


def test_values_are_typed_and_an_empty_value_is_unset() -> None:
    s = settings_from(
        {
            "CRMBOT_PORT": "8080",
            "CRMBOT_FOLLOWUPS": "off",
            "CRMBOT_CURRENCY": "usd",
            "TELEGRAM_ADMIN_IDS": "1, 2,,3",
            "TELEGRAM_BOT_USERNAME": "@crm_bot",
            "CRMBOT_SLACK_WORKERS": "4",  # the old name still works
            "CRMBOT_TIMEZONE": "",
        }
    )
    assert s.crmbot_port == 8080 and s.crmbot_followups is False
    assert s.crmbot_currency == "USD" and s.crmbot_timezone == "UTC"
    assert s.telegram_admin_ids == frozenset({"1", "2", "3"})
    assert s.telegram_bot_username == "crm_bot" and s.crmbot_workers == 4


def test_one_message_names_every_bad_variable_and_hides_values() -> None:
    with pytest.raises(UserError) as err:
        settings_from(
            {
                "CRMBOT_PORT": "http",
                "CRMBOT_TIMEZONE": "Mars/Olympus",
                "CRMBOT_SCHEDULER_SWEEP": "-1",
                "TELEGRAM_WEBHOOK_SECRET": "has spaces and secret-words",
            }
        )
    message = str(err.value)
    for name in ("CRMBOT_PORT", "CRMBOT_TIMEZONE", "CRMBOT_SCHEDULER_SWEEP"):
        assert name in message
    assert "TELEGRAM_WEBHOOK_SECRET" in message and "secret-words" not in message


def test_config_built_from_env_carries_the_settings() -> None:
    config = load_config({"CRMBOT_DATABASE_URL": "postgresql://u@h/db", "CRMBOT_PORT": "81"})
    assert config.database_url == "postgresql+psycopg://u@h/db" and config.port == 81
    assert Config(env={"TELEGRAM_BOT_TOKEN": "1:x"}).settings.telegram_bot_token == "1:x"
    assert "1:x" not in repr(Config(env={"TELEGRAM_BOT_TOKEN": "1:x"}).settings)


def test_the_cli_stops_at_start_up_naming_the_variable(tmp_path: Path) -> None:
    env = {**os.environ, "CRMBOT_PORT": "not-a-port", "CRMBOT_DATABASE_URL": "sqlite://"}
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli", "db", "current"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "bad configuration: CRMBOT_PORT" in proc.stderr and "Traceback" not in proc.stderr


def test_pg_prepare_is_a_count_or_off() -> None:
    assert load_config({}).pg_prepare == 5  # psycopg's own default
    assert load_config({"CRMBOT_PG_PREPARE": "0"}).pg_prepare == 0
    assert load_config({"CRMBOT_PG_PREPARE": "off"}).pg_prepare is None
    with pytest.raises(UserError) as err:
        load_config({"CRMBOT_PG_PREPARE": "never"})
    assert "CRMBOT_PG_PREPARE" in str(err.value)
