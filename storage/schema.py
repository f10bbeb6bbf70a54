"""Every table in one place: Alembic's target metadata and the tests' truncation list.

Feature modules that define tables on :class:`storage.models.Base` are imported here.
"""

from __future__ import annotations

import storage.models_campaigns

# Feature tables (one import line per module that defines tables):
import storage.models_channels
import storage.models_reports
import storage.models_rollup
import storage.models_slack
import storage.models_telegram  # noqa: F401
from storage.models import Base

__all__ = ["Base"]
