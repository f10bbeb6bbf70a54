"""What the parser read, as the parser tests compare it: the JSON keys that have a value
(confidence aside) and, when something was shown back to be asked about, ``unread``.

One reader for the parser test files, all at the same clock (a Thursday in Madrid)."""

from __future__ import annotations

from datetime import datetime

from handlers.language.nlu import parse_message

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TZ = "Europe/Madrid"


def read(text: str, now: datetime = NOW, tz: str = TZ) -> dict[str, object]:
    got = parse_message(text, now, tz, "en", strict=True)
    out = {k: v for k, v in got.to_json_dict().items() if v is not None and k != "confidence"}
    if got.unread:
        out["unread"] = list(got.unread)
    return out
