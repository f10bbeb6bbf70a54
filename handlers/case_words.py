"""Cases in plain words: "Acme can't export invoices, urgent" opens a P1 case for Acme.

A small pre-parser that runs before the general parser (:mod:`handlers.language.nlu`),
so "a customer has a problem" never reads as a note or a reminder. It is deliberately
narrow, English-only, and never guesses an account:

* "new case for Acme: …", "open a case for Acme …", "case for Acme …" (a request);
* "ACCOUNT can't / cannot / is unable to / doesn't … PROBLEM" or "ACCOUNT has a
  problem/issue/bug …" or "ACCOUNT reports …", where ACCOUNT is an existing account's
  whole name, and the words name a technical problem or an urgency ("Acme can't make the
  meeting" stays an ordinary message).

Urgency words set the priority: urgent/asap/critical/emergency/p1 → P1, "high
priority"/p2 → P2, "low priority"/"not urgent"/p4 → P4; otherwise P3.
"""

from __future__ import annotations

import re

from handlers.language.rxfast import CaseBlind
from handlers.registry import Call
from handlers.types import Reply
from storage.lookup import find_accounts
from storage.models import Account
from storage.text import name_key

_REQUEST = re.compile(
    r"^(?:please\s+)?(?:open|create|new|log|raise|file)?\s*(?:a\s+|an\s+)?(?:new\s+)?"
    r"(?:support\s+)?(?:case|ticket)\s+(?:for|at|from)\s+(?P<rest>.+)$",
    re.I,
)
_PROBLEM_VERB = re.compile(
    r"\b(?:can't|can’t|cannot|can not|could not|couldn't|couldn’t|is unable to|are unable to|"
    r"unable to|doesn't|doesn’t|does not|don't|don’t|do not|isn't|isn’t|is not|aren't|"
    r"has (?:a|an) (?:problem|issue|bug|outage)|have (?:a|an) (?:problem|issue|bug)|"
    r"reports?|reported|complains?|complained|is down|are down|keeps? (?:crashing|failing)|"
    r"gets? (?:an? )?errors?|says|said|tells? (?:me|us)|told (?:me|us)|mentions|mentioned|"
    r"writes|wrote)\b",
    re.I,
)
_PROBLEM_VERB_FAST = CaseBlind(_PROBLEM_VERB)  # the same matches, cheaper on ASCII text
# Reported speech ("maria says the app crashes"): a problem only when what was said is
# plainly broken, so "maria says she'll sign" or "… the data is ready" stay a log or a note.
_SPEECH = re.compile(
    r"^(?:says|said|tells? (?:me|us)|told (?:me|us)|mentions|mentioned|writes|wrote)$", re.I
)
_BROKEN = re.compile(
    r"\b(?:crash\w*|errors?|bugs?|buggy|broken|fail\w*|down|outage|not working|"
    r"(?:doesn't|doesn’t|does not|won't|won’t|isn't|isn’t) (?:work|load|open|start|sync)\w*|"
    r"can't|can’t|cannot|can not|unable to|stuck|freez\w*|froze)\b",
    re.I,
)
# The verb that only reports the problem, left out of the case title ("reports the export
# is broken" → "the export is broken").
_REPORTING = re.compile(
    r"^(?:says|said|tells? (?:me|us)|told (?:me|us)|mentions|mentioned|writes|wrote|reports?|"
    r"reported|complains?|complained)(?:\s+(?:that|about))?\s+",
    re.I,
)
_TECH = re.compile(
    r"\b(?:error|errors|bug|broken|crash\w*|fail\w*|down|outage|export\w*|import\w*|log ?in|"
    r"login|sign ?in|access|load\w*|sync\w*|print\w*|upload\w*|download\w*|install\w*|"
    r"connect\w*|work|working|invoice\w*|report\w*|password|slow|timeout|data)\b",
    re.I,
)
_URGENCY = (
    (re.compile(r"\b(?:not urgent|low priority|low prio|p4)\b", re.I), 4),
    (re.compile(r"\b(?:urgent(?:ly)?|asap|critical|emergency|p1|top priority)\b", re.I), 1),
    (re.compile(r"\b(?:high priority|high prio|important|p2)\b", re.I), 2),
    (re.compile(r"\b(?:p3|normal priority)\b", re.I), 3),
)


def _priority(text: str) -> tuple[str, int | None]:
    """The priority said in the text, and the text without the words that said it."""
    for rx, prio in _URGENCY:
        if rx.search(text):
            cleaned = rx.sub("", text)
            return " ".join(cleaned.replace(" ,", ",").split()).strip(" ,;.!-"), prio
    return text, None


def _leading_account(call: Call, text: str) -> tuple[Account, str] | None:
    """The existing account whose whole name starts ``text`` ("Acme Corp can't …")."""
    words = text.split()
    for n in range(min(5, len(words) - 1), 0, -1):
        head = " ".join(words[:n]).rstrip(":,")
        head = re.sub(r"['’]s$", "", head)  # "Acme's export fails"
        acc = find_accounts(call.ctx, head).found
        if acc is not None and acc.name_key == name_key(head):
            return acc, " ".join(words[n:]).lstrip(":, ")
    return None


# "case #12", "show case 12", "reopen case #12": one case by its number (not understood)
_ONE_CASE = re.compile(
    r"^(?:(?P<verb>show(?:\s+me)?|open|reopen|re-open|close)\s+)?(?:the\s+)?(?:support\s+)?"
    r"(?:case|ticket)\s+(?:#|no\.?\s*|number\s+)?(?P<n>\d{1,7})\s*[?.!]?$",
    re.I,
)


def read_case(call: Call) -> Reply | None:
    """Open a case when the message says a customer has a problem; else None."""
    text = " ".join(call.text.split())
    if not text or len(text) > 1000:
        return None
    one = _ONE_CASE.match(text)
    if one is not None:
        from handlers.freetext import run_command

        verb = (one["verb"] or "show").lower().split()[0]
        n = one["n"]
        cmd = {"reopen": f"case status #{n} open", "re-open": f"case status #{n} open"}.get(
            verb, f"case close #{n}" if verb == "close" else f"case show #{n}"
        )
        return run_command(call, cmd)
    request = _REQUEST.match(text)
    if request is None:  # cheap gate first: most messages are not about a problem at all
        verb = _PROBLEM_VERB_FAST.search(text)  # its position only
        if verb is None or len(text[: verb.start()].split()) > 8:
            return None
    body = request.group("rest") if request else text
    found = _leading_account(call, body)
    if found is None and request and ":" in body:
        # "new case for Nordfrakt: …" (the account is Nordfrakt AS): the case command finds
        # the account as said, asks which one, or offers to create it; it was logged as a note
        head, _, problem = body.partition(":")
        title, prio = _priority(problem.strip())
        if head.strip() and title:
            from handlers.freetext import run_command

            cmd = f"case new {_safe(head.strip())}: {_safe(title)} p{prio or 3}"
            return run_command(call, cmd, f"Understood: a P{prio or 3} case for {head.strip()}")
    if found is None:
        return _not_an_account(call, body, bool(request))
    account, rest = found
    if not request and not _looks_like_problem(rest):
        return None
    title, prio = _priority(rest)
    title = _REPORTING.sub("", re.sub(r"^(?:that|because)\s+", "", title)).strip(" ,;.:-")
    if not title:
        return None
    from handlers.freetext import run_command

    cmd = f"case new #a{account.id}: {_safe(title)} p{prio or 3}"
    said = f"Understood: a P{prio or 3} case for {account.name}: {title}"
    return run_command(call, cmd, said)


def _looks_like_problem(rest: str) -> bool:
    verb = _PROBLEM_VERB.search(rest)
    if verb is None or len(rest[: verb.start()].split()) > 3:  # "Acme users can't log in"
        return False
    if _SPEECH.match(verb.group(0)):
        return _BROKEN.search(rest, verb.end()) is not None
    return bool(_TECH.search(rest) or _priority(rest)[1] is not None)


def _not_an_account(call: Call, text: str, request: bool) -> Reply | None:
    """A problem sentence whose subject is not an account: a contact of one opens the
    case for their account; an unknown name is said back, never guessed."""
    verb = _PROBLEM_VERB.search(text)
    if verb is None or verb.start() == 0:
        return None
    head = text[: verb.start()].strip(" ,:")
    if not head or len(head.split()) > 4 or not (request or _looks_like_problem(text)):
        return None
    from handlers.types import Button
    from storage.lookup import find_contacts

    person = find_contacts(call.ctx, head).found
    if person is not None and person.account_id is not None:
        from handlers.freetext import run_command

        title, prio = _priority(text[verb.start() :])
        title = _REPORTING.sub("", title).strip(" ,;.:-")
        acc = person.account
        cmd = f"case new #a{person.account_id}: {_safe(title)} p{prio or 3} contact=#c{person.id}"
        said = (
            f"Understood: a P{prio or 3} case for {acc.name if acc else 'their account'} "
            f"({person.name}): {title}"
        )
        return run_command(call, cmd, said)
    problem = _REPORTING.sub("", text[verb.start() :].strip())
    if person is not None:  # once told "I know no account or contact called 'Sven Solo'"
        return Reply(
            sections=[
                f"That sounds like a support case, but {person.name} has no account, and a "
                f"case belongs to one. Say it: case new ACCOUNT: {problem} "
                f"contact=#c{person.id}, or give them one: contact edit #c{person.id} "
                "account=NAME"
            ],
            ok=False,
        )
    return Reply(
        sections=[
            f"That sounds like a support case, but I know no account or contact called "
            f"'{head}'. Say the account: case new ACCOUNT: {problem}"
        ],
        choices=[Button(f"Create account {head}", f"account add {head}")],
        ok=False,
    )


def _safe(text: str) -> str:
    """User words embedded in a command: 'x=y' must not become an option, nor P2 a priority."""
    text = re.sub(r"(\w)=", r"\1 =", text)
    return re.sub(r"\b([pP])([1-4])\b", r"\1 \2", text)
