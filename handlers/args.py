"""Parse command arguments: free words first, then ``key=value`` fields.

``contact add Maria Lopez email=maria@acme.com account=Acme Corp`` gives the words
``Maria Lopez`` and the fields email and account; a value runs until the next
``key=``, so values may contain spaces without quotes. Quotes work too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# "account=" and "Account=" (a capital typed by habit or a phone's keyboard) are fields;
# "ROI=20%" or "E=mc2" in a note are words, not fields nobody asked for.
# "email+=x" / "email-=x" add or remove one of several values (a contact's emails).
_FIELD = re.compile(r"(?:(?<=\s)|^)((?:[a-z_]+|[A-Z][a-z_]+)(?:\+|-)?)=")


@dataclass
class Args:
    words: str
    fields: dict[str, str] = field(default_factory=dict)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_args(text: str) -> Args:
    # a field needs its "=": most texts (a free-text message's note) have none, and the
    # search would try the pattern at each of their positions
    matches = list(_FIELD.finditer(text)) if "=" in text else []
    if not matches:
        return Args(_unquote(text))
    words = _unquote(text[: matches[0].start()])
    fields: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        fields[m.group(1).lower()] = _unquote(text[m.end() : end])
    return Args(words, fields)
