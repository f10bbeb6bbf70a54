"""A contact's details changed in plain words: "Priya's phone is +44 20 7946 0958",
"set Priya as do not contact", "the email of Maria Lopez is maria@acme.com".

A small pre-parser that runs before the general parser (:mod:`handlers.language.nlu`), as
the case and campaign readers do. Without it these sentences were misread, never asked
about: "set priya as do not contact" created a contact called "priya as", and "birthday of
priya is 12 march" set a reminder called "birthday of priya is". It is deliberately narrow
and English-only:

* ``NAME's FIELD is VALUE``, ``the FIELD of|for NAME is VALUE``, ``set|change|update NAME's
  FIELD to VALUE``, ``NAME has a new FIELD: VALUE``, for phone, email, title and birthday;
* ``set|mark|flag NAME as do not contact``, ``do not contact NAME``, ``NAME is do not
  contact`` (and ``... can be contacted again`` to lift it);
* for a name that is a known contact only: ``NAME: do not contact``, ``NAME dnc`` and
  ``set|change|update NAME FIELD to VALUE`` (no "'s"), ``NAME FIELD is VALUE``, ``NAME, new
  FIELD VALUE``;
* for a known account (not a contact): ``NAME's website|industry|region is VALUE``;
* a known contact's firm: ``NAME's company is FIRM``, ``NAME moved to|now works at|joined
  FIRM`` (a firm the CRM does not have is asked about first), ``NAME left FIRM`` (asked:
  take it off the card, or keep the words as a note).

The change runs as ``contact edit`` does (the name is resolved, several matches are
asked about, Undo works). A value that does not read as its field ("phone is soon") is
refused in words by the same validation, and a birthday without a year is asked about,
never given one. Words after the value ("Tom's title is CFO, call him tomorrow") are
their own request: a to-do with a time becomes a reminder about the contact, anything
else is shown back as not used; the value is set either way, never dropped.
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from handlers.language.dates import month_number
from handlers.language.rxfast import CaseBlind
from handlers.registry import Call
from handlers.types import Reply

_FIELDS = {
    "phone": "phone",
    "phone number": "phone",
    "number": "phone",
    "mobile": "phone",
    "mobile number": "phone",
    "cell": "phone",
    "cell phone": "phone",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "mail": "email",
    "title": "title",
    "job title": "title",
    "role": "title",
    "position": "title",
    "birthday": "birthday",
    "bday": "birthday",
    "date of birth": "birthday",
    "dob": "birthday",
    "company": "account",
    "employer": "account",
    "firm": "account",
}
_FIELD = "|".join(sorted((re.escape(k) for k in _FIELDS), key=len, reverse=True))
_IS = r"(?:is(?:\s+now)?|are|to|=|:|should\s+be|has\s+changed\s+to|changed\s+to|now)"
_END = r"\s*[.!]?\s*$"
_NAME = r"(?P<name>[^,:;=?!]{2,60}?)"
_STATEMENTS = [
    re.compile(p, re.I)
    for p in (
        rf"^(?:please\s+)?(?:(?:set|change|update|make)\s+)?{_NAME}(?:'s|’s|s')\s+(?:new\s+)?"
        rf"(?P<field>{_FIELD})\s+{_IS}\s+(?P<value>.+?){_END}",
        rf"^(?:please\s+)?(?:(?:set|change|update)\s+)?(?:the\s+)?(?:new\s+)?(?P<field>{_FIELD})"
        rf"\s+(?:of|for)\s+{_NAME}\s+{_IS}\s+(?P<value>.+?){_END}",
        rf"^{_NAME}\s+(?:has|got)\s+a\s+new\s+(?P<field>{_FIELD})\s*[:,-]?\s+(?P<value>.+?){_END}",
        rf"^new\s+(?P<field>{_FIELD})\s+(?:of|for)\s+{_NAME}\s*[:,-]\s*(?P<value>.+?){_END}",
    )
]
_DNC = r"(?:do[\s-]*not[\s-]*contact|don'?t[\s-]*contact|dnc|no[\s-]*contact)"
_DNC_ON = [
    re.compile(p, re.I)
    for p in (
        rf"^(?:please\s+)?(?:set|mark|flag|make|put)\s+{_NAME}\s+(?:as|to|on)\s+(?:a\s+)?{_DNC}"
        rf"(?:\s+list)?{_END}",
        rf"^(?:please\s+)?(?:do\s+not|don'?t|never)\s+contact\s+{_NAME}"
        rf"(?:\s+(?:again|anymore|any\s+more|ever\s+again))?{_END}",
        rf"^{_NAME}\s+(?:is|should\s+be)\s+(?:now\s+)?(?:marked\s+)?(?:as\s+)?{_DNC}{_END}",
        rf"^(?:please\s+)?add\s+{_NAME}\s+to\s+(?:the\s+)?{_DNC}\s+list{_END}",
    )
]
# An opt-out reported, not ordered: "maria asked us not to contact her anymore" created a
# contact called "maria" and marked nobody. Read for any name: a known contact is marked, an
# unknown one is said (never created: the request must not be lost in a new record).
_REACH = (
    r"(?:contact(?:ed)?|call(?:ed)?|e-?mail(?:ed)?|reach(?:ed)?(?:\s+out\s+to)?|message[d]?|"
    r"text(?:ed)?)"
)
_THEM = r"(?:\s+(?:her|him|them))?"
_AGAIN = r"(?:\s+(?:again|anymore|any\s+more|ever\s+again|in\s+future|in\s+the\s+future))?"
_OPT_OUT = [
    re.compile(p, re.I)
    for p in (
        rf"^{_NAME}\s+(?:has\s+)?(?:asked|wants|requested|told\s+(?:us|me)|said|begged)\s+"
        rf"(?:us\s+|me\s+)?(?:not\s+to|to\s+not|never\s+to)\s+(?:be\s+)?{_REACH}{_THEM}{_AGAIN}{_END}",
        rf"^{_NAME}\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|no\s+longer)\s+wants?\s+(?:to\s+be\s+"
        rf"{_REACH}|(?:any\s+)?(?:more\s+)?(?:calls|e-?mails|contact|messages)(?:\s+from\s+us)?)"
        rf"{_AGAIN}{_END}",
        rf"^{_NAME}\s+(?:has\s+)?(?:opted\s+out|unsubscribed)(?:\s+(?:of|from)\s+[\w\s]+)?{_END}",
        rf"^{_NAME}\s+(?:has\s+)?asked\s+to\s+be\s+(?:removed|taken\s+off)(?:\s+(?:from|off)\s+"
        r"(?:our|the|all|your)\s+(?:lists?|mailing\s+lists?|database|crm))?" + _END,
    )
]
# asked of every free-text message: over the lowered text when ASCII (rxfast.CaseBlind, the
# same positions, half the instructions; issue 18)
_OPT_OUT_GATE = CaseBlind(
    re.compile(r"\b(?:not|never|no\s+longer|opted|unsubscribed|removed|off)\b|n'?t\b", re.I)
)


def _opt_out(call: Call, text: str) -> Reply | None:
    """The contact's do-not-contact set when the message reports their opt-out; a name that
    is no contact is said back (nothing created, nobody marked); None: not such a message."""
    if _OPT_OUT_GATE.search(text) is None:
        return None
    for rx in _OPT_OUT:
        m = rx.match(text)
        if m is None:
            continue
        if _known(call, m["name"]):
            return _edit(call, m["name"], "dnc", "yes", "do not contact")
        who = _clean_name(m["name"]) or m["name"].strip()
        return Reply(
            sections=[
                f"I have no contact called '{who}', so nobody was marked do-not-contact. "
                f"Find them (find {who}) and mark them: contact edit NAME dnc=yes"
            ],
            ok=False,
        )
    return None


# Looser wordings, read only when the name is a known contact (else "called priya do not
# contact" would be taken for a contact "called priya"): "priya raman: do not contact",
# "sarah connor dnc", "change tom jones title to buyer".
_DNC_BARE = re.compile(rf"^{_NAME}\s*[:-]?\s+{_DNC}{_END}", re.I)
_FIELD_BARE = re.compile(
    rf"^(?:please\s+)?(?:set|change|update)\s+{_NAME}\s+(?P<field>{_FIELD})\s+(?:to|=|:)\s+"
    rf"(?P<value>.+?){_END}",
    re.I,
)
# "maria lopez birthday is march 3" (a known contact) was a reminder "maria lopez birthday is"
_FIELD_STATED = re.compile(
    rf"^{_NAME}\s+(?:new\s+)?(?P<field>{_FIELD})\s+{_IS}\s+(?P<value>.+?){_END}",
    re.I,
)
_FIELD_AFTER = re.compile(  # "priya raman, new phone +44 20 7946 0958", "priya: email p@x.io"
    rf"^{_NAME}\s*[,:-]\s*(?:(?:her|his|their)\s+)?(?:new\s+)?(?P<field>{_FIELD})\s*(?:[:=-]\s*|"
    rf"{_IS}\s+|\s)(?P<value>.+?){_END}",
    re.I,
)
# An account's field in the same words, for a known account: "initech's website is
# initech.com" was asked about as "move a deal — deal: initech's website?".
_ACCOUNT_FIELDS = {
    "website": "website", "web site": "website", "site": "website", "industry": "industry",
    "sector": "industry", "region": "region",
}  # fmt: skip
_ACCOUNT_FIELD = "|".join(sorted((re.escape(k) for k in _ACCOUNT_FIELDS), key=len, reverse=True))
_ACCOUNT_STATEMENT = re.compile(
    rf"^(?:please\s+)?(?:(?:set|change|update)\s+)?{_NAME}(?:'s|’s|s')\s+"
    rf"(?P<field>{_ACCOUNT_FIELD})\s+{_IS}\s+(?P<value>.+?){_END}",
    re.I,
)
_DNC_OFF = [
    re.compile(p, re.I)
    for p in (
        rf"^{_NAME}\s+(?:can|may)\s+be\s+contacted\s+again{_END}",
        rf"^(?:please\s+)?(?:unmark|remove|clear|lift)\s+(?:the\s+)?{_DNC}\s+(?:on|for|from)\s+"
        rf"{_NAME}{_END}",
        rf"^(?:please\s+)?(?:unmark|remove)\s+{_NAME}\s+(?:as|from)\s+(?:the\s+)?{_DNC}"
        rf"(?:\s+list)?{_END}",
    )
]
# run case-sensitively over the lowered message when it is ASCII (rxfast.CaseBlind): the same
# answer for a third of the instructions, and every free-text message asks both gates
_GATE = CaseBlind(re.compile(rf"\b(?:{_FIELD}|{_ACCOUNT_FIELD}|contact(?:ed)?|dnc)\b", re.I))
_DAY_MONTH = re.compile(
    r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s*(\d{4})?$"
)
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$")
_MORE_AFTER = re.compile(r"[,;]\s*[a-z]{2,}", re.I)  # a clause after the value
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.I)


def read_contact_update(call: Call) -> Reply | None:
    """Change a contact's field or do-not-contact flag when the message says so; else None."""
    text = " ".join(call.text.split())
    if not text or len(text) > 300:
        return None
    if _MOVES_GATE.search(text):
        moved = _moved_firm(call, text)
        if moved is not None:
            return moved
    if "tag" in text.lower():
        tagged = _tag_said(call, text)
        if tagged is not None:
            return tagged
    opted = _opt_out(call, text)
    if opted is not None:
        return opted
    if _GATE.search(text) is None:
        if "'s " in text or "’s " in text:
            return _other_detail(call, text)  # "john's linkedin is …": no such field
        return None  # the cheap gate: most messages name no contact field
    pronoun = _PRONOUN_FIELD.match(text)
    if pronoun:
        return _their_field(call, pronoun)
    for rx in _DNC_OFF:
        m = rx.match(text)
        if m:
            return _edit(call, m["name"], "dnc", "no", "may be contacted again")
    for rx in _DNC_ON:
        m = rx.match(text)
        if m:
            return _edit(call, m["name"], "dnc", "yes", "do not contact")
    m = _ACCOUNT_STATEMENT.match(text)
    if m and not _MORE_AFTER.search(m["value"]):
        reply = _account_edit(call, m["name"], _ACCOUNT_FIELDS[m["field"].lower()], m["value"])
        if reply is not None:
            return reply
    m = _DNC_BARE.match(text)
    if m and _known(call, m["name"]):
        return _edit(call, m["name"], "dnc", "yes", "do not contact")
    for rx in (*_STATEMENTS, _FIELD_BARE, _FIELD_STATED, _FIELD_AFTER):
        m = rx.match(text)
        if m and (rx in _STATEMENTS or _known(call, m["name"])):
            field = _FIELDS[m["field"].lower()]
            value = m["value"].strip().strip("\"'“”")
            more = _MORE_AFTER.search(value)
            rest = ""
            if more and (field != "birthday" or not _read_day(value)):
                # "Tom's title is CFO, call him tomorrow": the value ends at the comma and
                # the rest is its own request, never dropped (nor the value lost to it).
                value, rest = value[: more.start()].strip(), value[more.start() + 1 :].strip()
            if field == "birthday":
                reply = _birthday(call, m["name"], value)
            else:
                reply = _edit(call, m["name"], field, value, f"{field} {value}")
            if reply is not None and rest and reply.ok:
                _and_then(call, m["name"], field, value, rest, reply)
            return reply
    return None


# "tag maria as vip", "tag maria lopez with vip, nordics", "add the tag vip to maria": the
# contact's tags, added to those it has (was not understood).
_TAG = re.compile(
    r"^(?:please\s+)?tag\s+(?P<name>[^,:;=?!]{2,60}?)\s+(?:as|with)\s+(?:an?\s+)?"
    r"(?P<tags>[\w][\w ,&/-]{0,80}?)[.!]?$"
    r"|^(?:please\s+)?add\s+(?:the\s+)?tags?\s+(?P<tags2>[\w][\w ,&/-]{0,80}?)\s+to\s+"
    r"(?P<name2>[^,:;=?!]{2,60}?)[.!]?$",
    re.I,
)


def _tag_said(call: Call, text: str) -> Reply | None:
    """Tags added to a known contact, with Undo; None when no known contact is named."""
    from handlers.freetext import run_command
    from storage.lookup import find_contacts

    m = _TAG.match(text)
    if m is None:
        return None
    who = _clean_name(m["name"] or m["name2"])
    said = [t.strip().lower() for t in re.split(r",|\band\b", m["tags"] or m["tags2"])]
    said = [t for t in said if t]
    person = find_contacts(call.ctx, who).found if who else None
    if person is None or not said:
        return None
    tags = sorted(set(person.tags or []) | set(said))
    return run_command(
        call,
        f"contact edit #c{person.id} tags={','.join(tags)}",
        f"Understood: {person.name} — tagged {', '.join(said)}",
    )


# "john doe's linkedin is linkedin.com/in/jdoe": a detail a contact has no field for. The
# card was shown and the words dropped, so the rep believed it saved.
_DETAIL = re.compile(
    rf"^{_NAME}(?:'s|’s)\s+(?P<thing>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+(?:is|are)\s+"
    rf"(?:now\s+)?(?P<value>.+?){_END}",
    re.I,
)
_NOT_A_DETAIL = re.compile(
    r"\b(?:deals?|opportunit(?:y|ies)|renewal|pilot|contract|quote|proposal|order|case|ticket|"
    r"stage|amount|budget|close|probability|status|owner)\b",
    re.I,
)


def _other_detail(call: Call, text: str) -> Reply | None:
    """A known contact's detail with no field: offered as a note on them, never dropped."""
    from handlers.types import Button
    from storage.lookup import find_contacts

    m = _DETAIL.match(text)
    if m is None or _NOT_A_DETAIL.search(m["thing"]):
        return None
    who = _clean_name(m["name"])
    person = find_contacts(call.ctx, who).found if who else None
    if person is None:
        return None
    note = f"{m['thing']}: {m['value'].strip()}"
    return Reply(
        sections=[
            f"A contact has no '{m['thing']}' field (fields: phone, email, title, birthday, "
            f"company, tags). Keep it as a note on {person.name}?"
        ],
        buttons=[
            Button("Save as a note", f"log note #c{person.id}: {note}"),
            Button("No", f"contact show #c{person.id}"),
        ],
    )


# "oops her email is sara.kim@kim.io" right after "new contact Sara Kim": the contact just
# created, edited or logged on (was not understood).
_PRONOUN_FIELD = re.compile(
    rf"^(?:(?:oops|sorry|actually|also|and|btw|oh|ah)[\s,.!-]+)*(?:her|his|their)\s+(?:new\s+)?"
    rf"(?P<field>{_FIELD})\s+{_IS}\s+(?P<value>.+?){_END}",
    re.I,
)


def _their_field(call: Call, m: re.Match[str]) -> Reply:
    """The field of the contact the sender's last change was about, or said to be unknown."""
    from storage.queries import last_contact_changed

    person = last_contact_changed(call.ctx)
    field = _FIELDS[m["field"].lower()]
    value = m["value"].strip().strip("\"'“”")
    if person is None:
        return Reply.error(f"Whose {m['field']}? Say the name: contact edit NAME {field}={value}")
    ref = f"#c{person.id}"
    if field == "birthday":
        reply = _birthday(call, ref, value)
        return reply or Reply.error(f"Say it as: contact edit {ref} birthday=YYYY-MM-DD")
    from handlers.freetext import run_command

    if "=" in value:
        return Reply.error(f"Say it as: contact edit {ref} {field}=…")
    said = f"Understood: {person.name} — {field} {value}"
    return run_command(call, f"contact edit {ref} {field}={value}", said)


def _and_then(call: Call, name: str, field: str, value: str, rest: str, reply: Reply) -> None:
    """The words after the new value: a to-do with a time ("call him tomorrow") becomes a
    reminder about the contact; anything else is shown back as not used, with the
    commands that would use it (the field's whole value among them)."""
    from handlers.freetext import run_command
    from handlers.language.nlu import parse_message
    from handlers.language.when import date_order
    from storage.known_names import known_names
    from storage.lookup import find_contacts

    who = _clean_name(name)
    person = find_contacts(call.ctx, who).found
    ctx = call.ctx
    p = parse_message(
        rest,
        ctx.now.astimezone(ZoneInfo(ctx.tz)),
        ctx.tz,
        ctx.user.language or "en",
        date_order=date_order(ctx),
        known=known_names(ctx),
    )
    other = p.contact and (person is None or find_contacts(ctx, p.contact).found is not person)
    if (
        person is not None
        and p.intent == "remind"
        and p.due is not None
        and p.due > ctx.now
        and not p.unread
        and not other
        and p.text
    ):
        when = p.due.astimezone(ZoneInfo(ctx.tz)).strftime("%Y-%m-%d %H:%M")
        what = " ".join(p.text.replace("=", " =").split())
        what = _PRONOUN.sub(person.name, what)  # "call him" next week: call whom?
        done = run_command(call, f"remind me {when}: {what} about=#c{person.id}")
        reply.sections.extend(done.sections)
        return
    ref = f"#c{person.id}" if person is not None else who
    reply.sections.append(
        f"Not used: '{rest}'. If it is part of the {field}: contact edit {ref} "
        f"{field}={value}, {rest} · a note: log note {ref}: {rest} · a reminder: "
        f"remind me WHEN: {rest} about={ref}"
    )


# A known contact changing firms: "Priya Shah moved to Initech", "… now works at Initech",
# "… joined Initech" (was asked as "move a deal — deal: priya shah?"), and "Priya Shah left
# Globex" (was logged as a call that never happened).
_MOVES_GATE = CaseBlind(
    re.compile(r"\b(?:moved|switched|works?|joined|left|longer)\b", re.I), gate=True
)
_MOVED = re.compile(
    rf"^{_NAME}\s+(?:has\s+)?(?:(?:moved|switched|changed\s+jobs?)\s+(?:over\s+)?to|"
    r"(?:now\s+)?works\s+(?:at|for)|is\s+now\s+(?:at|with)|(?:has\s+)?joined)\s+"
    rf"(?P<firm>[^,;:!?]{{2,60}}?){_END}",
    re.I,
)
_LEFT = re.compile(
    rf"^{_NAME}\s+(?:(?:has\s+)?left|is\s+no\s+longer\s+(?:at|with|working\s+(?:at|for))|"
    rf"(?:does\s*n['’]?t|does\s+not)\s+work\s+(?:at|for)|no\s+longer\s+works\s+(?:at|for))\s+"
    rf"(?P<firm>[^,;:!?]{{2,60}}?)(?:\s+(?:any\s*more|now))?{_END}",
    re.I,
)


_NEGATED = re.compile(r"\b(?:no\s+longer|not|never|n['’]?t)\s*$", re.I)


def _moved_firm(call: Call, text: str) -> Reply | None:
    """A known contact's new firm, or the old one left (asked: where to, or a note)."""
    from handlers.freetext import run_command
    from storage.lookup import find_accounts, find_contacts, find_deals
    from storage.validate import STAGE_SYNONYMS

    for rx in (_LEFT, _MOVED):
        m = rx.match(text)
        if m is None:
            continue
        if _NEGATED.search(m["name"]):
            return None  # "… no longer works for acme" is no move to Acme
        who, firm = _clean_name(m["name"]), m["firm"].strip(" .'\"")
        firm = re.sub(r"(?i)^the\s+", "", firm)
        if not who or firm.lower() in STAGE_SYNONYMS or find_deals(call.ctx, who).matches:
            return None  # "Acme renewal moved to negotiation": a deal's move
        person = find_contacts(call.ctx, who).found
        if person is None:
            return None  # several are asked about by "contact edit"; none: not a contact
        from handlers.types import Button

        known = find_accounts(call.ctx, firm).found
        if rx is _MOVED and known is not None:
            return run_command(
                call,
                f"contact edit #c{person.id} account=#a{known.id}",
                f"Understood: {person.name} — now at {known.name}",
            )
        if rx is _MOVED:  # "moved to Berlin", "joined the call": a new firm is asked about
            if re.match(r"(?i)(?:call|meeting|demo|webinar|team|us|me|them)\b", firm):
                return None
            return Reply(
                sections=[f"'{firm}' is no account yet. Is {person.name} now at {firm}?"],
                buttons=[
                    Button(
                        f"Yes, {person.name} at {firm} (new account)",
                        f"contact edit #c{person.id} account={firm}",
                    ),
                    Button("No, keep it as a note", f"log note #c{person.id}: {text}"),
                ],
            )
        old = person.account
        if old is None or known is not old:
            return None  # "Tom left a voicemail": not the firm he is at

        return Reply(
            sections=[
                f"{person.name} left {old.name}. Where is {person.name} now? Say e.g. "
                f"'{person.name} moved to Initech', or pick:"
            ],
            buttons=[
                Button(f"Take {old.name} off the card", f"contact edit #c{person.id} account="),
                Button("Keep it as a note", f"log note #c{person.id}: {text}"),
            ],
        )
    return None


def _account_edit(call: Call, name: str, field: str, value: str) -> Reply | None:
    """ "Initech's website is initech.com": ``account edit`` when the name is a known
    account and not a contact (a contact's words are read above); else None."""
    from handlers.freetext import run_command
    from storage.lookup import find_accounts

    who = _clean_name(name)
    value = value.strip().strip("\"'“”")
    if not who or "=" in value or not find_accounts(call.ctx, who).matches or _known(call, who):
        return None
    said = f"Understood: {who} — {field} {value}"
    return run_command(call, f"account edit {who} {field}={value}", said)


def _known(call: Call, name: str) -> bool:
    """True when the words name at least one contact (several are asked about later)."""
    from storage.lookup import find_contacts

    who = _clean_name(name)
    return bool(who) and bool(find_contacts(call.ctx, who).matches)


_NOT_IN_A_NAME = re.compile(
    r"\b(?:before|after|until|till|today|tomorrow|tonight|on|at|this|next|by|about|for|"
    r"and|or|when|if|but|the\s+team|anyone|anybody|everyone|them|him|her|me|us)\b",
    re.I,
)


def _clean_name(name: str) -> str:
    """The contact's name as said, or "" when the words are not a name ("Maria before
    friday", "anyone"): then the sentence is left to the general parser."""
    name = re.sub(r"^(?:the\s+contact\s+|contact\s+)", "", name.strip(), flags=re.I)
    name = name.strip(" '’\"")
    if len(name.split()) > 4 or _NOT_IN_A_NAME.search(name):
        return ""
    return name


def _edit(call: Call, name: str, field: str, value: str, said: str) -> Reply | None:
    from handlers.freetext import run_command

    who = _clean_name(name)
    if not who or "=" in value or "=" in who:
        return None
    return run_command(call, f"contact edit {who} {field}={value}", f"Understood: {who} — {said}")


def _birthday(call: Call, name: str, value: str) -> Reply | None:
    day = _read_day(value)
    who = _clean_name(name)
    if not who:
        return None
    if day is None:
        return Reply(
            sections=[
                f"I could not read '{value}' as a birthday. Type it with the year, e.g. "
                f"contact edit {who} birthday=1990-03-12"
            ],
            ok=False,
        )
    if not who:
        return None
    year, month, dom = day
    if year is None:  # never a made-up year: asked, with the command to finish it
        return Reply(
            sections=[
                f"Which year was {who} born? Type it with the year, e.g. "
                f"contact edit {who} birthday=1990-{month:02d}-{dom:02d}"
            ],
            ok=False,
        )
    try:
        born = date(year, month, dom)
    except ValueError:
        return Reply(sections=[f"'{value}' is not a date."], ok=False)
    return _edit(call, name, "birthday", born.isoformat(), f"birthday {born:%-d %B %Y}")


def _read_day(value: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of "12 march", "march 12, 1990", "1990-03-12"; else None."""
    value = value.lower().strip()
    iso = _ISO.match(value)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3])
    dm = _DAY_MONTH.match(value)
    month = month_number(dm[2]) if dm else None
    if dm and month:
        return (int(dm[3]) if dm[3] else None), month, int(dm[1])
    md = _MONTH_DAY.match(value)
    month = month_number(md[1]) if md else None
    if md and month:
        return (int(md[3]) if md[3] else None), month, int(md[2])
    return None
