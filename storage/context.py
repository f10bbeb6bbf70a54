"""The unit of work every service call runs in: whose workspace, who, which batch."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import User, Workspace
from storage.types import utcnow


@dataclass
class Ctx:
    """Scope and attribution for one message: all queries filter on ``workspace.id``."""

    session: Session
    workspace: Workspace
    user: User
    now: datetime = field(default_factory=utcnow)
    batch: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def ws_id(self) -> int:
        return self.workspace.id

    @property
    def tz(self) -> str:
        return self.user.timezone or self.workspace.timezone or "UTC"

    @property
    def is_admin(self) -> bool:
        return self.user.role == "admin"

    @property
    def is_manager(self) -> bool:
        return self.user.role in ("manager", "admin")
