"""The core stays platform-free: no Slack or Telegram import under handlers/storage/scheduler."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("slack_bolt", "slack_sdk", "telegram")
CORE = [p for d in ("handlers", "storage", "scheduler") for p in (ROOT / d).rglob("*.py")]


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_platform(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN, f"{path}: imports {name}"


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


HANDLERS = sorted((ROOT / "handlers").rglob("*.py"))
STORAGE = sorted((ROOT / "storage").rglob("*.py"))
# Known exceptions, each with its reason; new code adds none. (Empty: the mailer gets its
# settings from bot/settings.py and reaches the core as a port, handlers/ports.py; the SLA
# clock lives in storage.)
KNOWN_SCHEDULER_IMPORTS: dict[str, str] = {}
KNOWN_ENV_READERS: set[str] = set()


def test_no_known_exceptions_are_left() -> None:
    """The lists above stay empty: a new exception is a design question, not a line here."""
    assert not KNOWN_SCHEDULER_IMPORTS and not KNOWN_ENV_READERS


@pytest.mark.parametrize("path", STORAGE, ids=lambda p: str(p.relative_to(ROOT)))
def test_storage_imports_neither_handlers_nor_scheduler(path: Path) -> None:
    """Storage is the bottom layer: the core and the scheduler call it, never the reverse."""
    for name in _imports(path):
        assert name.split(".")[0] not in ("scheduler", "handlers", "bot"), f"{path}: imports {name}"


@pytest.mark.parametrize("path", HANDLERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_handlers_write_no_sql_and_use_no_scheduler(path: Path) -> None:
    """Handlers never write SQL (storage does; only session types may be named here),
    and the core does not reach into the scheduler: it is the scheduler's caller."""
    known = KNOWN_SCHEDULER_IMPORTS.get(str(path.relative_to(ROOT)))
    for name in _imports(path):
        top = name.split(".")[0]
        if known and name.startswith(known + "."):
            continue
        assert top != "scheduler", f"{path}: imports {name}"
        if top == "sqlalchemy":
            assert name.rsplit(".", 1)[-1] in ("Session", "sessionmaker", "object_session"), (
                f"{path}: imports {name}"
            )


def test_no_platform_or_core_code_reads_the_environment() -> None:
    """Configuration is read once, by bot/settings; the core gets it passed down."""
    for path in CORE:
        if str(path.relative_to(ROOT)) in KNOWN_ENV_READERS:
            continue
        text = path.read_text(encoding="utf-8")
        assert "os.environ" not in text and "getenv" not in text, f"{path} reads the environment"


ADAPTERS = sorted(p for d in ("slack", "telegram") for p in (ROOT / "bot" / d).rglob("*.py"))
POLICY = ("storage.workspaces", "storage.models_members", "storage.members", "handlers.core")


@pytest.mark.parametrize("path", ADAPTERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_adapters_hold_no_access_policy(path: Path) -> None:
    """Who may talk is core policy (handlers/access.py): an adapter resolves no members,
    redeems no codes and creates no users. The one membership call left to an adapter is
    keeping the actions behind Telegram's short button tokens."""
    for name in _imports(path):
        if name == "storage.members.store_actions":
            continue
        assert not name.startswith(POLICY), f"{path}: imports {name}"
