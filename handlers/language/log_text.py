"""Logged activities in words: the kind (call, meeting, visit, email, note), who and which account,
when it happened and which date is its follow-up.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from handlers.language.dates import WhenMatch, strip_when
from handlers.language.entities import _Ents
from handlers.language.message import _Msg
from handlers.language.name_cues import _account_after, _account_anywhere, _is_company, _is_person
from handlers.language.patterns import _rx, _table, _words
from handlers.language.result import ParseResult
from handlers.language.rxfast import Gated
from handlers.language.when_checks import _FOLLOW_MARK, _log_due_candidates

_LOG_VERBS: dict[str, str] = _table(
    "call: called|call with|call w/|phone call with|had a call with|quick call with|"
    "call:|phoned|rang|spoke with|spoke to|talked to|talked with|cold called|"
    "left a voicemail for|left voicemail for|voicemail for|call from|got a call from|"
    "had a call w/|llamé a|llamada con|hablé con|angerufen|"
    "telefoniert mit|telefonat mit|anruf bei|anruf mit|gespräch mit|appelé|j'ai appelé|appel avec|"
    "ringte|ringte til|samtale med|snakket med|snakka med|pratet med|prata med|"
    "he hablado con|hemos hablado con|he llamado a|hablamos con|ich habe mit|"
    "τηλεφώνησα στον|τηλεφώνησα στην|τηλεφώνησα σε|"
    "κλήση με|deia|қоңырау|spoke 2|talked 2|spk w/|spk 2|spk to|vm 4|vm for|"
    "lvm 4|lvm for|left vm for|left a vm for|vm left for|"
    # chat past forms of a call: "cb'd ngozi @ dangote", "vm'd raj"
    "cb'd|vm'd|lvm'd|texted|txt'd|txted|"
    "laissé un message à|laissé un message pour|laissé un vocal à|"
    "dejé un mensaje a|le dejé un mensaje a|dejé un mensaje de voz a; "
    "meeting: met|met with|meeting with|meeting w/|"
    "had a meeting with|lunch with|had lunch with|coffee with|had coffee with|"
    "dinner with|breakfast with|sat down with|meeting at|demo with|zoom with|meeting:|"
    # a call with faces is a meeting (docs/understanding.md)
    "video call with|"
    "met w/|reunión con|me reuní con|treffen mit|meeting mit|getroffen|réunion avec|"
    "comida con|almuerzo con|cena con|desayuno con|mittagessen mit|abendessen mit|"
    "déjeuner avec|dîner avec|lunsj med|middag med|rendez-vous avec|hadde møte med|"
    "hadde et møte med|termin mit|termin bei|he tenido una reunión con|"
    "rencontré|rdv avec|møte med|møtte|συνάντηση με|συναντήθηκα με|bilera|кездесу|"
    "кездестім; visit: visited|visit to|visit at|site visit at|site visit to|stopped by|"
    # "went to see olga ivanova at severstal": the person seen, then the firm
    "dropped by|went to see|went out to see|went to meet|went over to see|went to|"
    # "Stopped at Greenleaf Garden Centre.", "Dropped in on Kenji Watanabe at Toyota Tsusho"
    "stopped at|stopped in at|dropped in at|dropped in on|popped in to see|"
    "visit:|on-site at|onsite at|visité a|visité|visita a|besuch bei|"
    "besucht|visite chez|visité|besøkte|besøk hos|επίσκεψη στην|επίσκεψη στον|"
    "war bei|war heute bei|war gestern bei|waren bei|waren heute bei|"
    "επίσκεψη σε|bisita|бардым; email: emailed|e-mailed|mailed|sent an email to|"
    "sent email to|sent a mail to|email to|email with|wrote to|replied to|email from|"
    "got an email from|received an email from|emailed with|email:|sent a proposal to|"
    "sent the proposal to|sent a quote to|sent the contract to|correo a|"
    "envié un correo a|escribí a|e-mail an|mail an|mail à|email à|écrit à|e-post til|"
    "le mandé un correo a|mandé un correo a|le envié un correo a|le escribí a|"
    "envoyé un mail à|envoyé un e-mail à|j'ai envoyé un mail à|j'ai envoyé un e-mail à|"
    "sendte e-post til|mail til|email στον|email στην|emaila|хат"
)
# Noun forms that can name an activity still to come; "met", "called" cannot.
_PLANNED_VERBS = frozenset(
    _words(
        "call with|call w/|phone call with|video call with|meeting with|meeting w/|meeting at|"
        "lunch with|coffee with|dinner with|breakfast with|demo with|zoom with|visit to|visit at|"
        "site visit at|site visit to|reunión con|llamada con|treffen mit|meeting mit|"
        "gespräch mit|anruf mit|réunion avec|rdv avec|appel avec|møte med|samtale med|"
        "συνάντηση με|κλήση με|bilera|кездесу|visita a|besuch bei|visite chez|besøk hos|"
        "comida con|almuerzo con|cena con|desayuno con|mittagessen mit|abendessen mit|"
        "déjeuner avec|dîner avec|lunsj med|middag med|rendez-vous avec|termin mit|termin bei|"
        "επίσκεψη στην|επίσκεψη στον|επίσκεψη σε"
    )
)
_LOG_TARGET_LINK = _rx(r"^(?:with|to|w/|for|at|a|con|mit|bei|avec|chez|med|til|με|σε)\s+")
_VISIT_ACCOUNT_VERBS = {"visit"}
_TEAM_WORDS = frozenset(
    [
        "team",
        "folks",
        "guys",
        "people",
        "crew",
        "office",
        "offices",
        "site",
        "plant",
        "hq",
        "headquarters",
        # "met the Carlsberg buyers", "visited the danone warehouse in lyon"
        "buyers",
        "staff",
        "engineers",
        "execs",
        "leadership",
        "warehouse",
        "factory",
        "store",
        "branch",
        "depot",
        "campus",
        "facility",
    ]
)


_THE_TEAM = _rx(
    r"the\s+(?=[^,;:.]{1,40}?\s+(?:team|folks|guys|people|crew|office|offices|site|plant|hq|"
    r"headquarters|buyers|staff|engineers|execs|leadership|warehouse|factory|store|branch|depot|"
    r"campus|facility)(?!\w))"
)
# "talked to the people at ørsted", "met the team from Wipro": the company is the account
_PEOPLE_AT = _rx(
    r"(?:the\s+|their\s+|a\s+)?(?:[^\W\d_]+\s+){0,2}?(?:people|team|folks|guys|crew|buyers|"
    r"staff|engineers|execs|leadership|director|manager|head|lead|buyer|cfo|ceo|cto|cio|coo|vp|"
    r"founder|owner|architect|controller)\s+(?:at|from|of|@)\s*(?=\S)"
)
_PLACE_OF_OTHER = _rx(
    r"(?:(?:la|el|las|los|le|les|die|das|den|l')\s*)?(?:planta|oficina|oficinas|fábrica|sede|"
    r"usine|bureaux|siège|werk|büro|fabrik|zentrale|kontoret|fabrikken|anlegget|equipo|équipe|"
    r"team|teamet|gente)\s+"
    r"(?:de|del|von|der|des|du|d'|til|hos)\s*"
)
_WITH_NAME = _rx(r"(?<!\w)(?:with|w/|con|mit|avec|med|με)\s+")
# "about the Acme renewal deal"; the name holds no second "the": in "on the 7th to push the
# Vireo deal" the "on the" is the date's, and no deal is mentioned that way
_DEAL_MENTION = Gated(  # skipped unless the message says "deal" (rxfast.Gated)
    _rx(
        r"(?<!\w)(?:about|re|regarding|for|on)\s+the\s+(?P<deal>(?:(?!\bthe\b)[^,;.]){1,40}?)"
        r"\s+deal\b"
    )
)


def _log_due(
    whens: list[WhenMatch], msg: _Msg, now: datetime, *, note: bool = False
) -> WhenMatch | None:
    """The follow-up of a log: a date after the rep's "follow up", else the first date that
    is the rep's next step or goes with the activity itself (handlers.language.followup).

    "visited Globex today" or "met Jon at 5" describe the activity itself, and "she'll sign
    next week" or "their budget resets on March 1" are facts of the note: no follow-up.
    """
    found = _log_due_candidates(whens, msg.text, msg.folded, now, note=note)
    return found[0] if found else None


def _log_happened(
    whens: list[WhenMatch], due: WhenMatch | None, now: datetime, text: str = ""
) -> datetime | None:
    """When the activity itself took place: "yesterday", "this morning", "today at 9".

    Only a day in the past, or a time earlier today; a day without a time keeps the
    current clock time, so the timeline stays in the order things were typed. A time alone
    after a past-tense verb ("called Jon at 9am", at 10:25) is that time today: the date
    reader put it at its next occurrence (tomorrow), and the call was logged at 10:25.
    """
    past = _PAST_HEAD_VERB.match(text) is not None
    for w in whens:
        if w is not due and past and not w.has_date and w.has_time:
            today = w.due - timedelta(days=1)
            if w.due.date() > now.date() and today.date() == now.date() and today <= now:
                return today
        if w is due or not w.has_date:
            continue
        day = w.due.date()
        if day < now.date():
            return w.due if w.has_time else w.due.replace(hour=now.hour, minute=now.minute)
        if day == now.date() and w.has_time and w.due <= now:
            return w.due
    return None


_PAST_HEAD_VERB = re.compile(
    r"(?i)\s*(?:i\s+)?(?:just\s+)?(?:called|met|emailed|e-mailed|spoke|talked|visited|phoned|"
    r"rang|texted|messaged|caught\s+up|had\s+(?:a\s+)?(?:call|meeting|lunch|coffee|chat))\b"
)


def _strip(text: str, w: WhenMatch | None) -> str:
    return strip_when(text, w) if w is not None else text


def _deal_mention(msg: _Msg) -> str | None:
    m = _DEAL_MENTION.search(msg.folded)
    return msg.text[m.start("deal") : m.end("deal")] if m else None


def _parse_log(
    msg: _Msg, m: re.Match[str], whens: list[WhenMatch], ents: _Ents, now: datetime
) -> ParseResult:
    verb = " ".join(m.group("verb").split())
    kind = _LOG_VERBS.get(verb, "call")
    pos = m.end()
    back = re.match(r"back\s+(?=\S)", msg.folded[pos:])
    if back and kind == "call":  # "called back Khalid bin Saeed at Emaar"
        pos += back.end()
    link = _LOG_TARGET_LINK.match(msg.folded[pos:])
    if link and link.group(0).strip() != "at":
        pos += link.end()
    contact = account = None
    if verb.endswith(" at") or verb in {"went to", "visit to", "site visit to"}:
        r = msg.run(pos, lower_ok=True, max_words=5)
        account = r[0] if r else None
    else:
        r = msg.run(pos, lower_ok=True, max_words=4)
        if r:
            after = _account_after(msg, r[2])
            if after:
                contact, account = r[0], after
            elif verb.endswith(" a") and _is_person(r[0]):
                contact = r[0]  # "Visité a Javier Molina": the Spanish "a" before a person
            elif kind in _VISIT_ACCOUNT_VERBS or _is_company(r[0]):
                account = r[0]
            else:
                contact = r[0]
    lowered = msg.text == msg.text.lower()
    if contact and contact[0].islower() and not lowered and not _is_person(contact):
        # "Emailed pricing to Lukas Becker at Bosch GmbH": the thing sent, then its recipient
        to = re.compile(r"(?<!\w)(?:to|with|for)\s+").search(msg.folded, pos + len(contact))
        r = msg.run(to.end(), lower_ok=False, max_words=4) if to else None
        if r:
            contact, after = r[0], _account_after(msg, r[2])
            account = after or account
    elif lowered and account is None and not (contact and _is_person(contact)):
        to = re.compile(r"(?<!\w)(?:to|with|->|→)\s*(?=\w)").search(
            msg.folded, pos + len(contact or "")
        )
        r = msg.run(to.end(), lower_ok=True, max_words=3) if to else None
        if r and (_is_person(r[0]) or _account_after(msg, r[2])):
            # "emailed the contract to fernando alonso at repsol", "emailed quote to nikos @ x"
            contact, after = r[0], _account_after(msg, r[2])
            account = after or account
        elif contact and ents.email:  # "emailed deck to amaia@irizar.eus": the address says who
            contact = None
    place = _PLACE_OF_OTHER.match(msg.folded, pos)
    if place and contact is not None and contact[:1].islower():
        # "Visité la planta de Gestamp en Bilbao": the firm whose plant it was
        r = msg.run(place.end(), lower_ok=False, max_words=4)
        if r:
            contact, account = None, r[0]
    team = _THE_TEAM.match(msg.folded, pos)
    if contact is None and account is None and team:  # "met with the Globex team"
        r = msg.run(
            team.end(), lower_ok=lowered, max_words=4, extra_stop=_TEAM_WORDS, suffix_ok=True
        )
        account = r[0] if r else None
    people = _PEOPLE_AT.match(msg.folded, pos)
    if contact is None and account is None and people:
        r = msg.run(people.end(), lower_ok=True, max_words=3, suffix_ok=True)
        account = r[0] if r else None
    if account is None:
        account = _account_anywhere(msg, pos)
    if contact is None and kind in {"visit", "meeting"}:
        w = _WITH_NAME.search(msg.folded, pos)
        r = msg.run(w.end(), lower_ok=False) if w else None
        contact = r[0] if r and r[0] != account else None
    due = _log_due(whens, msg, now)
    planned = (
        due is not None
        and verb in _PLANNED_VERBS
        and _FOLLOW_MARK.search(msg.folded) is None
        and msg.folded[: m.start("verb")].strip() == ""
    )
    return ParseResult(
        intent="log_activity",
        activity_type=kind,
        contact=contact,
        account=account,
        deal=_deal_mention(msg),
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=_strip(msg.text, due) or None,
        happened=_log_happened(whens, due, now, msg.text),
        planned=planned,
    )
