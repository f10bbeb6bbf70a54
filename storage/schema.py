"""Every table in one place: Alembic's target metadata and the tests' truncation list.

Feature modules that define tables on :class:`storage.models.Base` are imported here.
"""

from __future__ import annotations

from storage.models import Base

# Feature tables (one import line per module that defines tables):
import storage.models_reports  # noqa: E402, F401
import storage.models_slack  # noqa: E402, F401
import storage.models_telegram  # noqa: E402, F401

__all__ = ["Base"]
