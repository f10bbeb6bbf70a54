"""Every table in one place: Alembic's target metadata and the tests' truncation list.

Feature modules that define tables on :class:`storage.models.Base` are imported here.
"""

from __future__ import annotations

import storage.models_capture  # noqa: F401 (calendar feeds, issue 17)

# Feature tables (one import line per module that defines tables):
from storage import (
    models_documents,  # noqa: F401  (documents)
    models_sequences,  # noqa: F401  (sequences, issue 15)
)
from storage.models import Base
from storage.scoring_models import ContactScore  # noqa: F401 (issue 15: lead scoring)

__all__ = ["Base"]
