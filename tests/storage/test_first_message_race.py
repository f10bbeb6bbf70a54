"""Two first messages of one new person, handled at the same moment by two workers (or two
processes on PostgreSQL), make one user, and neither message fails.

Before: both found no identity, both inserted one, and the second failed on the unique
identity with "Something went wrong" (the message was lost).
"""

from __future__ import annotations

import threading

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from storage.db import transaction
from storage.models import Identity, User, Workspace
from storage.workspaces import ensure_user, find_identity


def test_two_first_messages_at_once_make_one_user(
    sessions: sessionmaker[Session], ws_id: int
) -> None:
    with transaction(sessions) as s:
        ensure_user(s, s.get(Workspace, ws_id), "console", "admin", "Admin")
    first_flushed = threading.Event()
    results: dict[str, int] = {}
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with transaction(sessions) as s:
                u = ensure_user(s, s.get(Workspace, ws_id), "slack", "U42", "Nadia")
                results["first"] = u.id
                first_flushed.set()  # its identity row is written, not yet committed
                threading.Event().wait(0.5)  # the second runs into it meanwhile
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            first_flushed.set()

    def second() -> None:
        first_flushed.wait(5)
        try:
            with transaction(sessions) as s:
                results["second"] = ensure_user(
                    s, s.get(Workspace, ws_id), "slack", "U42", "Nadia"
                ).id
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert errors == []
    assert results["first"] == results["second"]
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert find_identity(s, ws, "slack", "U42").id == results["first"]
        assert s.scalar(select(func.count()).select_from(Identity)) == 2
        assert (
            s.scalar(select(func.count()).select_from(User).where(User.display_name == "Nadia"))
            == 1
        )
