"""Every table in one place: Alembic's target metadata and the tests' truncation list.

Feature modules that define tables on :class:`storage.models.Base` are imported here.
"""

from __future__ import annotations

# Feature tables (one import line per module that defines tables):
import storage.models_capture  # noqa: F401 (calendar feeds, issue 17)
from storage.models import Base

__all__ = ["Base"]
