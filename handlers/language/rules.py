"""The exact forms, read by anchored patterns before the learned parser: help, agendas, commands
said as sentences ("add contact …", "new deal …", "remind me …", "note on …"), questions for a
record, and inbound calls; what a rule reads is certain (confidence 1.0).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from handlers.language import followup
from handlers.language.dates import Reading, WhenMatch, fold, local_now, read_whens, strip_when
from handlers.language.deal_text import _clean_deal, _parse_deal, _parse_move
from handlers.language.entities import _base_entities, _Ents
from handlers.language.firms import _lower_firm_after, _trade_firm
from handlers.language.learned import _contact_in, _with_time
from handlers.language.log_text import _deal_mention, _log_due, _log_happened, _parse_log, _strip
from handlers.language.message import _STOP, _Msg
from handlers.language.name_cues import (
    _account_after,
    _account_anywhere,
    _everyday,
    _is_company,
    _is_person,
)
from handlers.language.names import _query_names
from handlers.language.other_languages import _REMIND
from handlers.language.patterns import _alt, _rx, _table, _words
from handlers.language.people import _sort_names
from handlers.language.repeat_words import every_before, unit_in
from handlers.language.result import ParseResult
from handlers.language.rxfast import Gated
from handlers.language.second_look import _LOG
from handlers.language.when_checks import _DIGIT, _FOLLOW_MARK, _REMIND_LINK

_SHORT_COMMAND = 200  # "move X to Y" / "X won" longer than this is a note, not a move


_HELP = _rx(
    r"^/?(?:help|start|\?+|what can you do|what do you do|how does (?:this|it) work|commands|"
    r"usage|menu|ayuda|hilfe|aide|hjelp|βοηθεια|laguntza|комек|көмек)(?:\s+me)?[\s?!.]*$"
    # "I'm lost, what do you do" (not "X lost": a deal), "what can I type here?", in the
    # other languages "¿qué puedes hacer?", "was kannst du?", "que peux-tu faire ?"
    r"|^(?:i'?m|i\s+am)\s+(?:lost|confused|stuck)(?:[\s,.!-]+(?:help(?:\s+me)?|what\s+(?:do|can)"
    r"\s+you\s+do|what\s+now|how\s+does\s+this\s+work))?[\s?!.]*$"
    r"|^(?:what\s+can\s+i\s+(?:type|say|ask|write)(?:\s+here)?|how\s+do\s+i\s+use\s+"
    r"(?:this|you|it|the\s+bot|this\s+bot)|what\s+do\s+you\s+understand)[\s?!.]*$"
    # "how do I log a call?", "how can I set a reminder": a question about the bot's use,
    # not the write itself; "show me what you can do", "what commands are there"
    r"|^(?:(?:so\s+|ok\s+|okay\s+)?how\s+(?:do|can|should|would)\s+(?:i|we|you)|how\s+to)\s+"
    r"(?:log|add|create|make|set(?:\s+up)?|record|enter|put\s+in|update|move|find|search|look\s+up|"
    r"schedule|track|save|delete|remove|change|edit|undo|see|view|list|close|mark|use|get)"
    r"(?:\s+(?:a|an|the|my|new|another|up|in|for))*(?:\s+[a-z'/-]+){0,3}[\s?!.]*$"
    r"|^(?:(?:can\s+you\s+)?show\s+me\s+what\s+(?:you\s+can\s+do|you\s+do|i\s+can\s+(?:do|type|say))|"
    r"what\s+(?:commands|kinds?\s+of\s+(?:things|stuff)|things)\s+(?:are\s+there|can\s+(?:you|i)"
    r"(?:\s+(?:do|type|say|track|handle|help\s+with))?|do\s+you\s+(?:do|know|understand|handle))|"
    r"(?:can\s+you\s+)?explain\s+how\s+(?:to\s+use\s+)?(?:this|you|it|the\s+bot|this\s+bot)"
    r"(?:\s+works?)?)[\s?!.]*$"
    r"|^[¿¡]?\s*(?:qu[eé]\s+puedes\s+hacer|was\s+kannst\s+du(?:\s+(?:tun|machen))?|"
    r"que\s+(?:peux|sais)-tu\s+faire|hva\s+kan\s+du(?:\s+gjøre)?)[\s?!.]*$"
    # asking for the list or the manual, or where to begin: "show me the commands", "list of
    # commands pls", "is there a manual", "i'm new. where do i start?", "halp"
    r"|^(?:(?:can\s+you\s+)?(?:show|give|tell|send)\s+me\s+(?:the\s+|all\s+(?:the\s+)?|your\s+)?"
    r"(?:commands|options)|(?:a\s+|the\s+)?list\s+of\s+(?:the\s+)?(?:commands|options|things\s+"
    r"(?:i|you)\s+can\s+(?:say|type|do|ask))|(?:what|which)\s+are\s+(?:the|your)\s+(?:commands|options)|"
    r"explain\s+(?:the\s+|your\s+)?commands|is\s+there\s+(?:a|an)\s+(?:list\s+of\s+(?:commands|"
    r"things\s+i\s+can\s+(?:say|type|do|ask))|manual|guide|user\s+guide|tutorial|help\s+page|faq)|"
    r"instructions|tutorial|manual|user\s+guide|docs|halp|hlep|"
    r"(?:i'?m|i\s+am)\s+new(?:\s+here)?(?:[\s,.!-]+(?:where|how)\s+do\s+i\s+(?:start|begin))?|"
    r"(?:so\s+)?where\s+do\s+i\s+(?:start|begin)|"
    r"(?:i'?m\s+)?not\s+sure\s+how\s+(?:to\s+use\s+)?(?:this|you|it)(?:\s+works?)?|"
    r"i\s+don'?t\s+(?:know|get|understand)\s+how\s+(?:to\s+use\s+)?(?:this|you|it)(?:\s+works?)?|"
    r"what\s+(?:exactly\s+)?(?:do|can)\s+you\s+do(?:\s+exactly)?|what\s+are\s+you\s+able\s+to\s+do)"
    r"(?:\s+(?:pls|please))?[\s?!.]*$"
    # the form of a command: "what's the syntax for a new deal", "what should I type to set a
    # reminder", "how do I change the close date on a deal?" (a question, never the write)
    r"|^(?:what'?s|what\s+is)\s+the\s+(?:syntax|command|format)\s+(?:for|to)\s+[^?]{1,60}[\s?!.]*$"
    r"|^what\s+(?:should|do|can)\s+i\s+(?:type|say|write)\s+to\s+[^?]{1,60}[\s?!.]*$"
    r"|^(?:(?:so\s+|ok\s+|okay\s+)?how\s+(?:do|can|should|would)\s+(?:i|we|you)|how\s+to)\s+"
    r"(?:change|edit|update|move|mark|set|log|add|delete|remove|rename|close|undo)\s+"
    r"(?:a|an|the|my)\s+[a-z' -]{1,40}\s+(?:on|of|for|in)\s+(?:a|an|the|my)\s+"
    r"(?:deal|contact|account|company|reminder|note|call|meeting)[\s?!.]*$"
)
_LIST_REMINDERS = _rx(
    r"^(?:(?:show|list|see|view|get|what are|display)\s+)?(?:(?:me|my|all|all my|the|upcoming|"
    r"open|pending|our|current)\s+)*(?:reminders|rmds|rmdrs|follow[\s-]?ups|f/us|todos|to-dos)"
    r"(?:\s+(?:please|pls|for today|for this week|this week|today))?[\s?!.]*$"
    r"|^(?:what'?s|what is) (?:due|on my plate|coming up)(?:\s+today|\s+this week)?[\s?!.]*$"
    r"|^"
    + _alt(
        "mis recordatorios|meine erinnerungen|mes rappels|mine påminnelser|"
        "οι υπενθυμίσεις μου|υπενθυμίσεις|nire oroigarriak|oroigarriak|"
        "менің еске салғыштарым|еске салғыштар|recordatorios|erinnerungen|rappels|"
        "påminnelser|ver recordatorios"
    )
    + r"[\s?!.]*$"
)
# Asking for one's own agenda in other words (issue 10, dev4): the whole message is the
# ask, a day at most after it ("agenda for tomorrow", "what do I have on monday", "anything
# due?", "what did I promise to do", "was steht heute an", "hva har jeg i dag"). The day is
# not a reminder's due: nothing is written.
_DAY_ASKED = (
    r"(?:today|tonight|tomorrow|tmrw|tmr|tmw|2moro|this\s+(?:week|wk|morning|afternoon|evening)|"
    r"(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|this\s+)?(?:week|day|month)|"
    r"(?:next|nxt)\s+(?:week|wk)|the\s+week|(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mon|tue|tues|wed|thu|thurs|fri))"
)
_AGENDA = _rx(
    r"^(?:(?:show|list|see|view|get|give|display|check|open)\s+(?:me\s+)?)?(?:my\s+|the\s+)?"
    # "give me today's list", "tomorrow's agenda": the day said before the list
    r"(?:(?:today|tomorrow|tmrw|tonight|this\s+week)['’]s\s+)?"
    r"(?:open\s+|pending\s+|upcoming\s+)?(?:(?:work|daily|weekly)\s+)?"  # "my work schedule"
    r"(?:agenda|schedule|to-?do\s+list|to\s+do\s+list|to-?dos|tasks?(?:\s+list)?|(?<=['’]s\s)list)"
    rf"(?:\s+(?:for\s+|on\s+)?{_DAY_ASKED})?(?:\s+(?:please|pls))?[\s?!.]*$"
    r"|^(?:what'?s|whats|what\s+is|anything|any\s+(?:reminders?|tasks?))\s+(?:due|overdue|"
    r"on\s+my\s+(?:plate|list|agenda|calendar|schedule)|next\s+on\s+my\s+(?:list|agenda)|"
    r"coming\s+up|scheduled|planned|on|pending|left\s+to\s+do)"
    rf"(?:\s+(?:for\s+|on\s+)?{_DAY_ASKED})?[\s?!.]*$"
    # "what's happening tomorrow", "show me this week": a day's agenda (a day is said)
    r"|^(?:what'?s|whats|what\s+is)\s+(?:happening|going\s+on)"
    rf"\s+(?:for\s+|on\s+)?{_DAY_ASKED}[\s?!.]*$"
    rf"|^(?:show|list|view|display)\s+(?:me\s+)?(?:my\s+)?{_DAY_ASKED}[\s?!.]*$"
    r"|^what\s+(?:do|did|have|am|should|must)\s+i\s+(?:(?:got|have|get)\s+(?:going\s+)?on|"
    r"have|got|need\s+to\s+do|have\s+to\s+do|promised?\s+to\s+do|promised|owe|"
    r"need\s+to\s+get\s+done(?:\s+before\s+the\s+weekend)?|have\s+to\s+get\s+done|"
    r"supposed\s+to\s+do|(?:got\s+)?left\s+to\s+do|to\s+do)"
    rf"(?:\s+(?:on|for)?\s*{_DAY_ASKED})?[\s?!.]*$"
    r"|^(?:what|which)\s+(?:follow[\s-]?ups?|calls|tasks|reminders|meetings|to-?dos)\s+"
    r"(?:do|have|did)\s+i\s+(?:have|owe|got|set|promised?)(?:\s+(?:to|i\s+need\s+to)\s+"
    rf"(?:make|do))?(?:\s+(?:for\s+)?{_DAY_ASKED})?[\s?!.]*$"
    # "remind me what's due this week", "remind me what I've got on friday": the list asked
    r"|^(?:(?:can|could)\s+you\s+)?(?:please\s+)?remind\s+me\s+(?:what'?s|whats|what\s+is|"
    r"what\s+i\s+(?:have|'?ve\s+got|got|need\s+to\s+do|promised))(?:\s+(?:due|on|coming\s+up|"
    r"pending|planned|on\s+my\s+(?:plate|list|agenda)))?"
    rf"(?:\s+(?:for\s+|on\s+)?{_DAY_ASKED})?[\s?!.]*$"
    r"|^(?:did|have)\s+i\s+(?:set|got)\s+any\s+(?:reminders|tasks|follow[\s-]?ups)"
    rf"(?:\s+(?:for\s+)?{_DAY_ASKED})?[\s?!.]*$"
    # es, de, fr, nb
    r"|^[¿¡]?\s*qu[eé]\s+tengo(?:\s+pendiente)?(?:\s+(?:para\s+)?(?:hoy|mañana|esta\s+semana|"
    r"el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)))?[\s?!.]*$"
    r"|^(?:(?:ver|muestra(?:me)?|enséñame)\s+)?mis\s+(?:tareas|pendientes|recordatorios)"
    r"(?:\s+(?:de|para)\s+(?:hoy|mañana|esta\s+semana))?[\s?!.]*$"
    r"|^was\s+(?:steht|habe\s+ich|hab\s+ich|liegt)(?:\s+(?:heute|morgen|diese\s+woche|"
    r"am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)))?(?:\s+an)?[\s?!.]*$"
    r"|^(?:(?:zeig|zeige)\s+(?:mir\s+)?)?meine\s+(?:aufgaben|termine|erinnerungen|to-?dos)"
    r"(?:\s+für\s+(?:heute|morgen|diese\s+woche))?[\s?!.]*$"
    r"|^(?:qu'est-ce\s+que\s+j'ai|qu'ai-je)(?:\s+(?:aujourd'hui|demain|cette\s+semaine|"
    r"lundi|mardi|mercredi|jeudi|vendredi))?(?:\s+(?:à\s+faire|de\s+prévu))?[\s?!.]*$"
    r"|^(?:(?:affiche|afficher|montre(?:-moi)?|voir)\s+)?mes\s+(?:tâches|rappels|relances|"
    r"rendez-vous)(?:\s+(?:pour\s+|de\s+|d')\s*(?:aujourd'hui|demain|cette\s+semaine))?"
    r"[\s?!.]*$"
    r"|^hva\s+har\s+jeg(?:\s+(?:i\s+dag|i\s+morgen|denne\s+uka|denne\s+uken|på\s+"
    r"(?:mandag|tirsdag|onsdag|torsdag|fredag)))?[\s?!.]*$"
    r"|^(?:(?:vis|se)\s+)?(?:mine\s+)?(?:påminnelser|påminnelsene|oppgaver|oppgavene)"
    r"(?:\s+mine)?[\s?!.]*$"
    r"|^hva\s+står\s+på\s+(?:agendaen|planen|kalenderen)(?:\s+(?:i\s+dag|i\s+morgen))?"
    r"[\s?!.]*$"
    # more everyday asks: "Was steht diese Woche noch an?", "Hab ich heute noch was offen?",
    # "J'ai quoi au programme aujourd'hui ?", "Quelles sont mes relances de la semaine ?",
    # "Vis meg hva jeg har neste uke"
    r"|^was\s+(?:steht|habe\s+ich|hab\s+ich|liegt)(?:\s+(?:heute|morgen|übermorgen|"
    r"diese\s+woche|nächste\s+woche|am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)))?"
    r"(?:\s+noch)?(?:\s+an)?[\s?!.]*$"
    r"|^(?:hab|habe)\s+ich(?:\s+(?:heute|morgen|diese\s+woche))?\s+(?:noch\s+)?(?:was|etwas|"
    r"termine|aufgaben)(?:\s+(?:offen|an|geplant|anstehen))?[\s?!.]*$"
    r"|^j'ai\s+quoi(?:\s+(?:au\s+programme|de\s+prévu|à\s+faire))?(?:\s+(?:aujourd'hui|"
    r"demain|cette\s+semaine|lundi|mardi|mercredi|jeudi|vendredi))?[\s?!.]*$"
    r"|^quel(?:le)?s?\s+sont\s+mes\s+(?:relances|tâches|rappels|rendez-vous)(?:\s+(?:de\s+la\s+"
    r"semaine|d'aujourd'hui|de\s+demain|pour\s+(?:aujourd'hui|demain|cette\s+semaine)))?"
    r"[\s?!.]*$"
    r"|^(?:(?:vis|fortell)\s+(?:meg\s+)?)?hva\s+(?:har\s+jeg|jeg\s+har)(?:\s+(?:i\s+dag|"
    r"i\s+morgen|denne\s+uka|denne\s+uken|neste\s+uke|på\s+(?:mandag|tirsdag|onsdag|"
    r"torsdag|fredag)))?[\s?!.]*$"
)
# More ways to ask what is due, what is on and which follow-ups are open (issue 10,
# dev_logs2): "which follow-ups are still open?", "show me what's due", "remind me what I
# have today", "anything I owe people?", "who do I need to call back?", "how does my day
# look", "what did I say I'd do friday". Whole-message forms only, so a task that says
# more ("remind me what I have to tell Ana friday") stays a reminder.
_OWN_ITEMS = (
    r"(?:reminders|rem(?:inder)?s|rmdrs|follow[\s-]?ups|f/us|fus|to-?dos|todos|tasks|"
    r"call[\s-]?backs|cbs|action\s+items|actions|deadlines|commitments|open\s+items|"
    r"to-?do\s+list|to\s+do\s+list|"
    # "todo?", "f/u list pls": the bare word or the list of follow-ups is the list asked
    r"to-?do|(?:f/u|fu|follow[\s-]?up|call[\s-]?back)\s+list)"
)
_ITEM_STATE = r"(?:open|pending|due|outstanding|overdue|left|coming\s+up|scheduled|planned)"
_ASK_END = rf"(?:\s+(?:for\s+|on\s+|due\s+)?{_DAY_ASKED})?(?:\s+(?:please|pls|then))?[\s?!.]*$"
_AGENDA_MORE = _rx(
    r"^(?:(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:show|list|see|view|get|give|tell|read|"
    r"display|check|pull\s+up|bring\s+up)\s+(?:me\s+)?)?"
    r"(?:(?:my|all|any|the|upcoming|open|pending|outstanding|overdue|current|remaining|today'?s|"
    rf"tomorrow'?s)\s+)*{_OWN_ITEMS}(?:\s+(?:still\s+|that\s+are\s+)?{_ITEM_STATE})?{_ASK_END}"
    rf"|^(?:what|which)\s+{_OWN_ITEMS}\s+(?:are|is)\s+(?:still\s+)?{_ITEM_STATE}{_ASK_END}"
    r"|^(?:what|which)\s+(?:calls|meetings|follow[\s-]?ups?|tasks|reminders|to-?dos|"
    r"call[\s-]?backs)\s+(?:do\s+i\s+have|have\s+i\s+got|am\s+i\s+(?:making|doing))"
    rf"(?:\s+{_ITEM_STATE}|\s+lined\s+up)?{_ASK_END}"
    r"|^(?:can\s+you\s+|please\s+)?(?:show|tell|give|read)\s+me\s+what(?:'?s|\s+is)\s+"
    rf"(?:due|on|coming\s+up|left|planned|scheduled|pending|overdue|next){_ASK_END}"
    r"|^(?:can\s+you\s+|please\s+)?(?:remind|tell|show)\s+me\s+what\s+i\s+(?:have|'ve\s+got|got|"
    r"need\s+to\s+do|have\s+to\s+do|promised(?:\s+to\s+do)?|said\s+i'?d\s+do|"
    rf"said\s+i\s+would\s+do|owe(?:\s+people)?|have\s+(?:on|planned|scheduled)){_ASK_END}"
    r"|^(?:is\s+there\s+)?(?:anything|anyone|anybody|who|whom)\s+(?:do\s+)?i\s+owe"
    r"(?:\s+(?:people|anyone|anybody|a\s+call|an?\s+(?:email|reply|answer)))?(?:\s+back)?"
    rf"{_ASK_END}"
    r"|^do\s+i\s+owe\s+(?:anyone|anybody|people|someone)(?:\s+anything|\s+an?\s+"
    rf"(?:call|email|reply|answer)(?:\s+back)?)?{_ASK_END}"
    r"|^who\s+(?:do|should|must)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?(?:call|ring|email|"
    r"phone|call\s+back|ring\s+back|get\s+back\s+to|follow\s+up\s+with|chase|ping|reply\s+to|"
    rf"see|meet)(?:\s+back)?{_ASK_END}"
    rf"|^what\s+am\s+i\s+(?:forgetting|missing){_ASK_END}"
    r"|^what(?:'?s|\s+is)\s+(?:left(?:\s+(?:to\s+do|on\s+my\s+(?:list|plate)))?|"
    r"on\s+(?:the|my)\s+(?:calendar|agenda|schedule|list|plate|docket|to-?do\s+list)|"
    rf"still\s+open|outstanding|open){_ASK_END}"
    r"|^what\s+(?:have|'?ve|do)\s+i\s+(?:got|have)\s+(?:got\s+)?(?:coming\s+up|lined\s+up|"
    rf"planned|scheduled|booked|open|pending|outstanding){_ASK_END}"
    r"|^(?:how\s+does|what\s+does|how'?s|what'?s|whats)\s+my\s+(?:day|week|morning|afternoon|"
    r"schedule|calendar|agenda)(?:\s+" + _DAY_ASKED + r")?\s+look(?:ing)?(?:\s+like)?"
    rf"{_ASK_END}"
    r"|^what\s+should\s+i\s+(?:be\s+)?(?:working\s+on|doing|do|focus(?:ing)?\s+on|tackle)"
    rf"(?:\s+(?:first|next|now))?{_ASK_END}"
    r"|^what\s+(?:was|were|am)\s+i\s+(?:supposed|meant|going)\s+to\s+do" + _ASK_END + r"|"
    r"^what\s+did\s+i\s+(?:say|tell\s+\w+|promise)\s+i(?:'d|\s+would|'ll|\s+will)\s+do"
    rf"{_ASK_END}"
    r"|^what\s+did\s+i\s+(?:commit\s+to|agree\s+to(?:\s+do)?|sign\s+up\s+for)" + _ASK_END + r"|"
    r"^do\s+i\s+have\s+(?:anything|any\s+(?:reminders|tasks|follow[\s-]?ups|calls|meetings|"
    r"call[\s-]?backs|to-?dos))(?:\s+(?:scheduled|planned|on|due|lined\s+up|booked|coming\s+up|"
    rf"open|pending))?{_ASK_END}"
    rf"|^(?:anything|something)\s+(?:i\s+)?(?:need\s+to\s+do|have\s+to\s+do|to\s+do){_ASK_END}"
    rf"|^(?:due|overdue){_ASK_END}"
    # "what's my agenda for the remainder of the week", "what is my schedule for friday"
    r"|^(?:what'?s|whats|what\s+is)\s+(?:on\s+)?my\s+(?:agenda|schedule|calendar|plan)"
    rf"(?:\s+(?:for|on)\s+{_DAY_ASKED})?{_ASK_END}"
    # "when is the next appointment on my calendar", "what is my first appointment today"
    r"|^(?:when|what)(?:'?s|\s+is|\s+are)\s+(?:my\s+|the\s+)?(?:next|first|last)\s+"
    r"(?:appointment|meeting|call|reminder|event|task|follow[\s-]?up)s?"
    rf"(?:\s+(?:on|in)\s+(?:my|the)\s+(?:calendar|schedule|agenda|diary))?{_ASK_END}"
)
_CREATE_CONTACT = _rx(
    r"^(?:please\s+)?(?:"
    + _alt(
        "new contact|add contact|add a contact|add new contact|create contact|"
        "create a contact|add a new contact|new lead|add lead|save this contact|save contact|"
        "save a contact|save new contact|save a new contact|add this contact|store this contact|"
        "store contact|nuevo contacto|"
        # "add him: Yosef Mizrahi, Carmel Data, …", "add this guy -- Piotr Wrona | …": the
        # person pointed at, then the fields (a mark after it, so "add him to the deal" is not)
        "add him:|add her:|add them:|add him -|add her -|add this guy:|add this guy -|"
        "add this guy --|add this person:|add this one:|pls add:|please add:|add this:|"
        "añadir contacto|neuer kontakt|kontakt anlegen|nouveau contact|ajouter contact|"
        "ny kontakt|legg til kontakt|νέα επαφή|νεα επαφη|kontaktu berria|жаңа контакт|"
        "bitte legen sie einen neuen kontakt an|legen sie einen neuen kontakt an|"
        "lege einen neuen kontakt an|leg einen neuen kontakt an|neuen kontakt anlegen|"
        "crea un contacto|crea el contacto|añade un contacto|agrega un contacto|"
        "créer un contact|crée un contact|ajoute un contact|ajouter un contact|"
        # the article of the contact named next: "Ajoute le contact Lucas Petit", "Lege den
        # Kontakt … an" is not this form (its verb comes last)
        "ajoute le contact|ajouter le contact|crée le contact|créer le contact|"
        "ajoute le nouveau contact|añade el contacto|agrega el contacto|"
        "opprett en kontakt|opprett kontakt|legg til en kontakt|legg inn kontakt|"
        "πρόσθεσε νέα επαφή|πρόσθεσε επαφή|"
        "жаңа байланыс"
    )
    + r")(?!\w)[\s:,\-]*"
)
# "add X as a contact", and the same said in the other languages with the verb around it:
# "Lege Peter Schmitt von Bayer als Kontakt an", "Legg til Jonas Lund fra Tibber som kontakt"
_ADD_AS_CONTACT = _rx(
    r"^(?:add|save|lege|leg|legen\s+sie|legg\s+til|legg\s+inn|ajoute|ajouter|añade|agrega)\s+"
    r"(?P<rest>.+?)\s+(?:as|als|som|comme|como)\s+(?:a\s+|neuen\s+|ny\s+|nouveau\s+|nuevo\s+)?"
    r"(?:new\s+)?(?:contact|kontakt|contacto)(?:\s+an)?(?!\w)"
)
# the person just reported, asked to be added: "… add him as a contact", "pls add her to my
# contacts", "save him in the crm"
_ADD_THEM = _rx(
    r"(?<!\w)(?:add|save|put)\s+(?:him|her|them)\s+(?:as\s+a\s+(?:new\s+)?contact|"
    r"to\s+(?:my\s+|our\s+|the\s+)?(?:contacts|crm)|in(?:to)?\s+(?:the\s+)?crm)(?!\w)"
)
# "we're now working with Tamborine Coffee Roasters, please add them": a new customer said, and
# asked to be added (said alone, it is news for the learned reader to weigh)
_NOW_WORKING_WITH = _rx(
    r"^(?:so\s+|fyi\s+|good\s+news\s*[:,!-]?\s*)?we(?:'re|’re|\s+are|'ve|\s+have)?\s+(?:now\s+|just\s+|finally\s+)?"
    r"(?:working\s+with|started\s+working\s+with|begun\s+working\s+with|signed(?:\s+up)?\s+with|"
    r"onboarded|signed|landed|won)\s+"
)
_ADD_IT = _rx(
    r"[\s,.;:!-]+(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:add|create|set\s+up|open)\s+"
    r"(?:them|it|an\s+account(?:\s+for\s+(?:them|it))?|the\s+account)"
    r"(?:\s+(?:as\s+(?:an?\s+)?(?:new\s+)?(?:account|customer|client|company)|to\s+the\s+crm|please|pls))?"
    r"[\s.!]*$"
)
_CREATE_ACCOUNT = _rx(
    # "can you add the company Siam Cement Group PCL, …": a polite order is the order
    r"^(?:please\s+|pls\s+|(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:"
    + _alt(
        "new org|add org|new account|add account|add an account|create account|create an account|"
        "new company|add company|add a company|new client|add client|new organization|"
        "new acct|add acct|acct|create a company|create company|add the company|add the account|"
        "create an account for|open an account for|new customer|add a new account|"
        "set up an account for|set up a new account for|set up the account|set up account|"
        "add a new company|create a new account|create a new company|"
        "new organisation|add organization|nueva cuenta|nueva empresa|nuevo cliente|"
        "neues konto|neue firma|neuer kunde|nouveau compte|nouvelle entreprise|"
        "nouveau client|ny konto|nytt firma|ny kunde|ny bedrift|νέος λογαριασμός|"
        "crea la empresa|crear la empresa|crea la cuenta|crear la cuenta|crea el cliente|"
        "da de alta la empresa|créer le compte|crée le compte|créer la société|crée la société|"
        "créer le client|opprett kunden|opprett kunde|opprett firmaet|opprett bedriften|"
        "opprett konto|opprett kontoen|lege die firma|lege das konto|lege den kunden|"
        "lege firma|leg die firma an|firma anlegen|konto anlegen|"
        "νέα εταιρεία|νέος πελάτης|kontu berria|enpresa berria|жаңа компания|жаңа клиент|"
        # the verb after the noun: "Neue Firma anlegen: X", "Жаңа компания қос: X"
        "neue firma anlegen|neuen kunden anlegen|neues konto anlegen|neue firma hinzufügen|"
        "bezero berria|bezero berri|enpresa berria sortu|bezero berria sortu|"
        "жаңа компания қос|жаңа клиент қос|жаңа компания қосу|жаңа клиент қосу|"
        "νέα εταιρεία προσθήκη|πρόσθεσε νέο πελάτη|πρόσθεσε νέα εταιρεία"
    )
    + r")(?!\w)[\s:,\-]*"
)
_CREATE_DEAL = _rx(
    r"^(?:please\s+)?(?:"
    + _alt(
        "new deal|add deal|add a deal|create deal|create a deal|open deal|open a deal|"
        "new opportunity|new opp|add opportunity|add an opportunity|open an opp|open opp|"
        "open an opportunity|open opportunity|open a new deal|opp|create a new deal|add a new deal|"
        "start a deal|start a new deal|start deal|create an opportunity|create opportunity|"
        "create a new opportunity|create an opp|create opp|add a new opportunity|add new deal|"
        "add new opportunity|log a deal|log a new deal|log deal|log an opportunity|"
        "log a new opportunity|log a new opp|track a deal|track a new deal|"
        "nuevo trato|"
        "nueva oportunidad|nuevo negocio|neuer deal|neue opportunity|neues geschäft|"
        "oportunidad nueva|nueva venta|neue verkaufschance|neue chance|neue gelegenheit|"
        "ny salgsmulighet|ny salgsmulighet|nytt salg|nouvelle vente|"
        "nouvelle affaire|nouvelle opportunité|nouveau deal|ny avtale|ny mulighet|"
        "ny deal|νέα συμφωνία|νέα ευκαιρία|aukera berria|жаңа мәміле"
    )
    # "opp update: Zephyr Wind 250k": a change to a deal, not a new one
    + r")(?!\w)(?![\s:,\-]*update(?!\w))[\s:,\-]*"
    # "New deal from today's meeting: Harbor Cold Storage expansion, 85k": where it came from
    r"(?:(?:from|after)\s+(?:today'?s|yesterday'?s|this\s+morning'?s|the|our|my)\s+"
    r"(?:[^\W\d_]+\s+)?(?:meeting|call|demo|visit|show|fair|event|conference|workshop)"
    r"\s*[:\-]\s*)?"
)
_NOTE = _rx(
    r"^(?:(?:add|new|quick)\s+(?:a\s+)?)?(?:"
    + _alt("note|notes|nota|notiz|notat|σημείωση|oharra|жазба|fyi")
    + r")(?!\w)\s*(?:(?P<prep>on|for|about|re|to|sobre|para|zu|für|sur|pour|om|til|για)\s+)?"
)

_INBOUND = _rx(
    r"^(?P<who>[^,;:]{1,60}?)\s+(?P<verb>"
    + _alt(
        "called|phoned|rang|texted|emailed|e-mailed|wrote|mailed|stopped by|dropped by|"
        "came by|came over|visited us|reached out|replied|got back to me|got back to us|"
        "pinged|pinged me|messaged|messaged me|called me|rang me"
    )
    + r")(?!\w)"
)
# a "deal" that opens with what the rep did is a report, not a deal's name
_REPORT_AS_DEAL = _rx(
    r"(?:left\s+(?:a\s+)?(?:vm|voicemail|message)|called|rang|phoned|emailed|met|spoke|"
    r"talked|visited|had\s+(?:a\s+)?(?:call|meeting|chat))(?!\w)"
)
_INBOUND_KIND = _table(
    "call: called|phoned|rang|texted|reached out|got back to me|got back to us|pinged|"
    "pinged me|messaged|messaged me|called me|rang me; "
    "email: emailed|e-mailed|wrote|mailed|replied; visit: stopped by|dropped by|came by|"
    "came over|visited us"
)

_ADD_TO_PIPELINE = _rx(
    r"^(?:please\s+)?(?:add|put|new|log|create|enter|register|track|stick|throw|drop)\s+"
)
_PIPELINE = _rx(
    r"(?<!\w)(?:pipeline|pipe|forecast|funnel|embudo|trichter|entonnoir|salgstrakt|"
    r"pipelinen|αγωγός|воронка)(?!\w)"
    r"|^(?:how are|how're|show|show me|list)\s+(?:my|our|the|all)?\s*(?:open\s+)?deals\b"
    r"|^(?:deals|sales) (?:summary|overview)\b|^(?:open deals|my deals)[\s?!.]*$"
)
_FIND = _rx(
    r"^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?P<cmd>find me|find|search for|search|"
    r"look up|lookup|lok up|look for|show me everything on|show me everything about|show me|show|"
    r"pull up(?!\s+an?\s)|bring up(?!\s+an?\s)|anything on|anything about|what do we have on|"
    r"what have we got on|"
    # "whats the latest with acme", "tell me about Globex", "catch me up on Initech"
    r"what'?s\s+(?:the\s+|teh\s+)?latest\s+(?:on|with|w/)|whats\s+(?:the\s+|teh\s+)?latest\s+(?:on|with|w/)|"
    r"what'?s\s+new\s+(?:with|on)|whats\s+new\s+(?:with|on)|tell\s+me\s+about|"
    r"(?:give\s+me\s+)?the\s+(?:rundown|lowdown|scoop)\s+on|catch\s+me\s+up\s+on|"
    r"brief\s+me\s+on|fill\s+me\s+in\s+on|"
    r"what do we know on|get me|dig up|open up|"
    r"who is|who's|whos|what do we know about|info on|info about|details on|details for|"
    # "open a 25k opportunity …" creates; only "open X" / "open the contact X" is a find
    r"details of|contact info for|open(?!\s+an?\s)|busca a|buscar a|busca|buscar|quién es|"
    r"quien es|"
    r"finde|suche|wer ist|"
    r"cherche|trouve|qui est|finn|søk etter|søk|hvem er|βρες|ψάξε|ποιος είναι|ποια είναι|"
    r"bilatu|nor da|тап|іздеу|кім|búscame|buscame|trouve-moi|cherche-moi|finn frem|"
    # "show me" in another language only before the record's noun: "Zeig mir den Kontakt X",
    # "Affiche le compte X", "Vis kunden X" ("vis meg hva jeg har" is the agenda)
    r"(?:(?:zeig|zeige|zeigen\s+sie)(?:\s+mir)?|affiche(?:-moi)?|montre(?:-moi)?|muéstrame|"
    r"enséñame|vis(?:\s+meg)?|δείξε\s+μου|erakutsi)"
    r"(?=\s+(?:(?:den|die|das|le|la|l'|el|la|την|τον|το)\s*)?(?:kontakt|kontakten|firma|konto|"
    r"kunden?|account|contact|compte|fiche|société|entreprise|cuenta|empresa|contacto|ficha|"
    r"firmaet|επαφή|εταιρεία|λογαριασμό)(?!\w))"
    r")(?!\w)[\s:]+(?!up\s|on\s|for\s|in\s|at\s|going\s)(?P<q>.+)"
)
# "show my upcoming events", "open my fm radio": not a search of the CRM (the learned
# parser reads them); "what is the forecast in my area": the weather, not the pipeline
_NOT_A_QUERY = _rx(r"(?:my|our|me\s+my|upcoming|all\s+my|your|yours|yourself|you)(?:\s|$)")
_WEATHER = _rx(
    r"(?<!\w)(?:weather|rain|raining|snow|sunny|temperature|degrees|celsius|fahrenheit|"
    r"in\s+(?:my|me|the)\s+area|outside|umbrella\s+today)(?!\w)"
)
_EVERYTHING = re.compile(
    r"(?:the\s+)?(?:everything|all|anything|info|information|details|more|file|record|card|"
    r"notes|history|latest|low-?down)\s+(?:we\s+(?:have|'ve\s+got|got)\s+|you\s+have\s+)?"
    r"(?:about|on|for|of|re|with)\s+",
    re.IGNORECASE,
)
_FIELD_WORDS = (
    r"(?:phone\s+number|phone\s*#|ph\s*#|phone\s+no\.?|phone|number|mobile\s+number|mobile|"
    r"cell|nbr|num|tel|mob|email\s+address|email\s+addr|e-mail\s+addr|email|e-mail|address|direct\s+line|"
    r"details|contact\s+details|contact\s+info|title|linkedin)"
)
_CONTACT_FIELD = _rx(
    r"^(?:(?:what'?s|whats|what\s+is|get\s+me|give\s+me|send\s+me|i\s+need|find\s+me|find|"
    # "do we have an email for X", "have we got a phone number for X", "got a mobile for X?"
    r"(?:do\s+we|do\s+you|have\s+we|have\s+you)\s+(?:have|got)|(?:we\s+)?got|any)"
    r"(?:\s+(?:an?|the))?\s+|(?!(?:the|my|our|this|that|his|her|their|your|its)\s))"
    r"(?:(?P<n>[^\W\d_][^?]{0,40}?)['’]s\s+"
    + _FIELD_WORDS
    + r"|(?:the\s+)?"
    + _FIELD_WORDS
    # "email 4 yuki tanaka?": the chat "4" for "for"
    + r"\s+(?:of|for|4)\s+(?P<n2>[^\W\d_][^?]{0,40}?))(?:[\s,]+(?:please|pls|thanks|thx))?\s*\??$"
)
_WHO_AT = _rx(
    r"^(?:who\s+do\s+we\s+(?:know|have|(?:deal|work|talk|speak)\s+with)|"
    r"who(?:'?s|\s+is)\s+our\s+(?:main\s+|key\s+|usual\s+)?(?:contact|person|guy|champion|point\s+of\s+contact|"
    # "who's our point person at X", "who's our contcat at X" (a typo of the word)
    r"point\s+person|go-?to(?:\s+person|\s+guy)?|poc|sponsor|gal|cont[ca]{1,2}t|contac)|"
    # "who makes the decisions at X", "who signs off at X": a role said as what they do
    r"who\s+(?:makes|takes|signs\s+off|signs|decides|approves|calls\s+the\s+shots)"
    r"(?:\s+(?:the\s+)?(?:decisions?|calls?|contracts?|budget|purchases|purchasing))?|"
    # "who did we talk to at X last time", "who have we been dealing with at X"
    r"who\s+(?:did|have|had|do)\s+(?:we|i)\s+(?:been\s+)?(?:talk(?:ed|ing)?|speak(?:ing)?|spoken|"
    r"spoke|deal(?:t|ing)?|work(?:ed|ing)?|met|meet(?:ing)?)(?:\s+(?:to|with))?|"
    # "whos at marlowe & co": who is at a company (not "who's at the door")
    r"who(?:'?s|\s+is)(?=\s+(?:at\s++|@\s*+)(?!(?:the|a|an|my|your|our|his|her|their|home|work|"
    r"lunch|the\s+door)(?:\s|$)))|"
    r"do\s+we\s+(?:have|know)\s+any(?:one|body)|who\s+we\s+(?:have|know|'ve\s+got)|"
    r"(?:have\s+we\s+)?got\s+any(?:one|body)|"
    # "who's our contact @ rakuten": the chat "@" for "at"
    r"any(?:one|body)|(?:any\s+)?contacts?|(?:any\s+)?people)\s+(?:(?:at|in|from|over\s+at)\s+|@\s*)"
    r"(?P<n>[^?]{1,60}?)(?:\s+(?:last\s+time|before|recently|previously|so\s+far|again))?\s*\??$"
    # "who at Hooli have we been talking to?": the company between "who at" and the verb
    r"|^who\s+at\s+(?P<n2>[^?]{1,60}?)\s+(?:have|do|did|are|should|can|could)\s+we\b[^?]{0,60}\??$"
)
# "is there a contact called Yusuf Okoye?", "do we have anyone named Lena in here": a person
# looked for by name
_CONTACT_CALLED = _rx(
    r"^(?:is\s+there|do\s+we\s+have|have\s+we\s+got|got)\s+(?:a\s+|any\s+)?(?:contact|person|"
    r"one|anyone|anybody|someone|somebody)\s+(?:called|named|by\s+the\s+name(?:\s+of)?)\s+"
    r"(?P<n>[^\W\d_][^?]{0,50}?)(?:\s+(?:in\s+(?:here|the\s+crm|crm|our\s+contacts)|on\s+file))?"
    r"\s*\??$"
)
# "who is the decision maker at Pallister", "who's the account manager on Westbrook Foods":
# a role at a company; the company is what is searched
_ROLE_AT_FIRM = _rx(
    r"^(?:the|our|their)\s+(?:[^\W\d_][\w-]*\s+){0,3}?[^\W\d_][\w-]*\s+"
    r"(?:(?:at|on|for|over\s+at)\s+|@\s*)(?:the\s+)?(?P<n>[^\W\d_][^?]{0,50}?)"
    r"(?:\s+(?:account|acct))?(?:\s+again)?$"
    # "who is the CEO of Globex": a business role "of" a company (not "the president of France")
    r"|^(?:the|our|their)\s+(?:ceo|cfo|cto|coo|cmo|cio|vp|head|director|manager|founder|"
    r"co-?founder|owner|buyer|md|gm)(?:\s+[^\W\d_][\w-]*){0,2}\s+of\s+(?:the\s+)?"
    r"(?P<n2>[^\W\d_][^?]{0,50}?)(?:\s+again)?$"
)
# a person and the firm after "at"/"from" in a looked-for contact: "the number for Ayo at
# Crestline", "eamon at corrib oil"
_PERSON_AT_FIRM = re.compile(
    r"(?i)^(?P<p>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+(?:at|from|@)\s+"
    r"(?P<f>[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_&][\w&'’.-]*){0,3})$"
)
# words that say a kind of record, never a person: "show me contacts at X"
_KIND_WORDS = frozenset(
    {"contacts", "contact", "people", "person", "anyone", "anybody", "someone", "everyone", "folks"}
)


def _person_at_firm(who: str) -> tuple[str, str | None]:
    """(person, company) of a looked-for contact said with its company, else (who, None)."""
    m = _PERSON_AT_FIRM.match(who.strip())
    if m is None or fold(m.group("p")) in _KIND_WORDS:
        return who, None
    return m.group("p"), m.group("f")


# "Tessaro contacts?", "the initech people": the message is a company's people, nothing else
_FIRM_PEOPLE = _rx(
    r"^(?:the\s+)?(?P<n>[^\W\d_][^?,.!:;]{0,40}?)\s+(?:contacts|people|folks)(?:\s+(?:please|pls))?"
    r"\s*\??$"
)


_NOT_FIRM_WORDS = frozenset(
    {"how", "many", "much", "what", "which", "where", "who", "why", "when", "any", "some", "no",
     "more", "new", "recent", "latest", "other", "all", "most", "few"}
)  # fmt: skip


def _firm_people_name(said: str) -> bool:
    """Whether the words before "contacts"/"people" can be a company's name: "Tessaro",
    "the initech" (not "how many", "sales", "new")."""
    words = fold(said).split()
    if not words or len(words) > 4 or any(w in _NOT_FIRM_WORDS or w in _STOP for w in words):
        return False
    return said[:1].isupper() or words[0] not in _everyday()


# "is Acme a customer?", "when did I last speak to Ana Ruiz": a question about a record, never
# an order to create it (nor the agenda)
_RECORD_QUESTION = _rx(
    r"^is\s+(?P<n>[^\W\d_][^?]{0,50}?)\s+(?:already\s+)?(?:a|an|our|one\s+of\s+our)\s+"
    r"(?:customer|client|prospect|lead|contact|account|partner)s?(?:\s+(?:yet|already))?\s*\??$"
    r"|^when\s+did\s+(?:i|we)\s+(?:last\s+)?(?:speak|talk|meet|call|email|see|contact|visit|"
    r"hear\s+from)(?:\s+(?:to|with))?\s+(?P<n2>[^\W\d_][^?]{0,50}?)(?:\s+last)?\s*\??$"
)


# "acct details hooli", "account info for Initech": a look at an account
_ACCOUNT_LOOKUP = _rx(
    r"^(?:acct|account|company)\s+(?:details|info|information|card|record|summary|status|history|"
    r"notes)(?:\s+(?:for|of|on))?\s+(?P<q>[^\W\d_].{0,60})$"
)
# the contract's form of a next step: "next step for Initrode: send the SOW", "for the Tyrell
# renewal the next step is a pricing call"
# each needs "next" and "step" (rxfast.Gated): skipped, not tried, on most messages
# ("next action", "nxt step" and "ns" are said for it too: "next action on Rookwood Bank: get
# the redlines back", "nxt step whitby marine - pricing call", "ns glenmore: send sow",
# "Whitby Marine renewal - next: pricing call")
_STEP_WORDS = r"(?:next|nxt)\s+(?:steps?|actions?)"
_NEXT_STEP_FOR = tuple(
    Gated(rx)
    for rx in (
        _rx(  # "Kerry Group workshop: next step is a call with their CIO"
            r"^(?P<deal>[^,:;.!?]{2,60}?)(?:\s+deal)?\s*[:,\-–]\s*(?:the\s+)?"
            + _STEP_WORDS
            + r"\s*"
            r"(?::|-|–|=|\s(?:is|are|will\s+be))\s*(?:to\s+)?(?P<t>\S)"
        ),
        _rx(
            # "nxt step 4 hooli deal: send sow": chat "nxt" and "4"
            r"^(?:the\s+)?" + _STEP_WORDS + r"\s+(?:for|on|4)\s+(?:the\s+)?(?P<deal>[^,:;]{2,60}?)"
            r"(?:\s+deal)?\s*(?::|-|–|=|\s(?:is|are|will\s+be))\s*(?:to\s+)?(?P<t>\S)"
        ),
        _rx(  # "nxt step whitby marine - pricing call": the deal, a dash or colon, the step
            r"^(?:the\s+)?(?:next|nxt)\s+steps?\s+(?!for\s|on\s|4\s|is\s|are\s)(?P<deal>[^,:;]{2,60}?)"
            r"(?:\s+deal)?\s*(?::|\s[-–]\s)\s*(?:to\s+)?(?P<t>\S)"
        ),
        _rx(
            r"^(?:for|on)\s+(?:the\s+)?(?P<deal>[^,:;]{2,60}?)(?:\s+deal)?\s*[,:-]?\s+(?:the\s+)?"
            + _STEP_WORDS
            + r"\s+(?:is|are|will\s+be|:|-)\s*(?:to\s+)?(?P<t>\S)"
        ),
        _rx(  # the deal right after the words, then a colon or a dash
            r"^(?:" + _STEP_WORDS + r"|ns)\s+(?!(?:for|on|is|are|will|to|the)\s)"
            r"(?P<deal>[^\d\s,:;.!?\-–][^,:;.!?\-–]{1,59}?)\s*(?::|\s[-–]\s)\s*(?P<t>\S)"
        ),
        _rx(  # "Whitby Marine renewal - next: pricing call with procurement"
            r"^(?P<deal>[^,:;.!?]{2,60}?)(?:\s+deal)?\s*[,\-–]\s*next\s*:\s*(?P<t>\S)"
        ),
    )
)
# a deal's name ends in what is sold ("Kerry Group workshop" is a deal, "Kerry Lynch" a person)
_DEAL_WORD_END = _rx(
    r"(?<!\w)(?:renewal|pilot|expansion|upsell|rollout|licen[cs]es?|migration|poc|onboarding|"
    r"integration|upgrade|workshop|project|contract|deal|platform|audit|support|retainer|seats)$"
)
# "tidewater meters -> 430k": a deal, an arrow, and nothing after it but the amount
_DEAL_TO_AMOUNT = _rx(
    r"^(?P<deal>[^\W\d_][^,:;>→=]{1,60}?)\s*(?:->|→|=>)\s*(?:[$€£]\s?)?\d[\d.,]*\s?(?:k|m|mm|bn|"
    r"grand|thousand|million)?\s*(?:usd|eur|gbp|nok|sek|dkk|chf|[$€£])?[\s.!]*$"
)
# "remind me who Kenji Tanaka is": a question about a record, not a reminder to set
_REMIND_WHO = _rx(
    r"^(?:(?:can|could)\s+you\s+|please\s+)?remind\s+me\s+(?P<q>who|what)\s+(?P<n>[^?]{1,60}?)\s+"
    r"(?:is|was|does|do|works\s+for|works\s+at)(?:\s+again)?\s*\??$"
)
# "which company does Ngozi Eze work for?", "where does Tom Berg work": the person is searched
_WORKS_FOR = _rx(
    r"^(?:(?:which|what)\s+(?:company|firm|account|customer)\s+(?:does|is)|where\s+does|who\s+does)\s+"
    r"(?P<n>[^?]{1,50}?)\s+(?:work\s+(?:for|at)|work|with|at|from|under|in)\s*\??$"
)
# what a find's words ask for when it is no record of the CRM: "show me a picture of a cat",
# "find me a good sushi place", "look up the weather in Dublin", "who's bringing cake"
_NOT_CRM_QUERY = _rx(
    r"(?:a|an|some|any\s+good|good|cheap|nearby|directions|recipes?|pictures?|photos?|videos?|"
    r"flights?|hotels?|restaurants?|train\s+times|bus\s+times|the\s+(?:best|nearest|closest|"
    r"cheapest|news|time|way|score|results?))\s"
)
_WHO_NOT_A_NAME = _rx(
    # "who's got the projector?", "who has my charger": who holds a thing, no record's name
    r"(?:free|around|available|in|out|up|off|next|ready|here|there|online|on|left|back|hungry|"
    r"got|has|had|taken|seen|"
    r"bringing|joining|coming|going|doing|driving|hosting|taking|making|buying|paying|getting|"
    r"running|leading|handling|presenting|organi[sz]ing|cooking|picking|covering|sitting)(?:\s|$)"
    r"|[a-z]+ing\s+(?:the|a|an|to|up|in|on|for|with|at|out|over|some|my|our|your|it|this|that|"
    r"them|us|me)(?:\s|$)"
)
_WHO = set(
    _words(
        "who is|who's|whos|quién es|quien es|wer ist|qui est|hvem er|ποιος είναι|ποια είναι|"
        "nor da|кім"
    )
)
# "follow-up call w/ maria done. she's signing thursday": a report, not an order
_DONE_HEAD = _rx(r"^[^,;:.!?]{1,60}?\s(?:done|finished|over|completed|went\s+\w+)(?:[,;:.!?]|$)")
_IMPERATIVE = _rx(
    # chat: "f/u w/ ahmed tmrw re 10% discount", "cb raj tues 2" ("cb from X" reports a call)
    r"^(?:please\s+|pls\s+)?(?:f/u|fu\s+w/|cb(?!\s+from)(?![\w'’])|"
    r"call|ring|phone|ping|text|email|e-mail|send|chase|prepare|book|"
    r"schedule|follow\s+up|follow-up|check\s+in|check\s+on|meet|visit|llamar|llama a|anrufen|"
    r"appeler|ringe|ring til|τηλεφώνησε)(?!\w)"
    # "book me a table", "call me back", "send me the deck": the speaker is the object, an
    # errand asked of someone else, never the rep's own to-do
    r"(?!\s+me(?!\w))"
)


_PLACE_OF = re.compile(
    r"(?P<who>.+?)['’]s\s+(?:hq|office|offices|headquarters|site|plant|factory|warehouse|"
    r"store|shop|lab|campus)$",
    re.IGNORECASE,
)


def _shift(w: WhenMatch | None, offset: int) -> WhenMatch | None:
    if w is None:
        return None
    return WhenMatch(w.due, w.start - offset, w.end - offset, w.has_time)


def _parse_remind(
    msg: _Msg, head_end: int, whens: list[WhenMatch], ents: _Ents, lang: str = "en"
) -> ParseResult:
    due, extra = _with_time([w for w in whens if w.end > head_end])
    body = msg.text[head_end:]
    repeat = None
    if extra is not None and due is not None and extra.start > due.start:  # later one first
        body = _strip(body, _shift(extra, head_end))
    if due is not None:
        # "minn meg på fredag": the command swallowed the "på" of "på fredag"
        start = max(due.start, head_end)
        every = every_before(msg.text[head_end:], start - head_end)
        if every is not None:
            repeat, start = "weekly", head_end + every  # "every" goes with the date
        cut = WhenMatch(due.due, start, due.end, due.has_time)
        body = _strip(body, _shift(cut, head_end))
    if extra is not None and due is not None and extra.start < due.start:
        body = _strip(body, _shift(extra, head_end))
    unit = unit_in(body) if repeat is None else None
    if unit is not None:
        repeat, s, e = unit
        body = " ".join((body[:s] + " " + body[e:]).split())
    link = _REMIND_LINK.match(fold(body))
    if link:
        body = body[link.end() :]
    body = body.strip(" ,;:-")
    named = _contact_in(msg, head_end)
    contact, account = _sort_names(msg, head_end, named[0] if named else None, lang)
    return ParseResult(
        intent="remind",
        contact=contact,
        account=account,
        deal=_deal_mention(msg),
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=body or None,
        repeat=repeat,
    )


def _parse_inbound(
    msg: _Msg, m: re.Match[str], whens: list[WhenMatch], ents: _Ents, now: datetime
) -> ParseResult:
    """ "Jon from Initech called, wants a demo next week": the name comes first."""
    r = msg.run(0, lower_ok=False, max_words=4)
    assert r is not None
    account = _account_after(msg, r[2]) or _account_anywhere(msg, m.end())
    due = _log_due(whens, msg, now)
    return ParseResult(
        intent="log_activity",
        activity_type=_INBOUND_KIND.get(" ".join(m.group("verb").split()), "call"),
        contact=r[0] if not _is_company(r[0]) else None,
        account=account if not _is_company(r[0]) else r[0],
        deal=_deal_mention(msg),
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=_strip(msg.text, due) or None,
        happened=_log_happened(whens, due, now, msg.text),
    )


def _parse_note(
    msg: _Msg, m: re.Match[str], whens: list[WhenMatch], ents: _Ents, now: datetime
) -> ParseResult:
    pos = m.end()
    contact = account = None
    body_start = pos
    colon = msg.text.find(":", pos)
    # "note acme: budget frozen": a short head before a colon names the record, in any case
    short_head = colon > pos and len(msg.text[pos:colon].split()) <= 4
    r = msg.run(pos, lower_ok=bool(m.group("prep")) or short_head, max_words=5, suffix_ok=True)
    head = msg.text[pos:colon] if colon > pos else ""
    spans = bool(m.group("prep") and head.strip() and len(head.split()) <= 6)
    if spans and r and r[2] < colon and not _DIGIT.search(head) and not _account_after(msg, r[2]):
        r = (head.strip(), pos, colon)  # "note on Globex turbines: ...": up to the colon
    if r and (m.group("prep") or msg.text[r[2] : r[2] + 1] == ":"):
        name = r[0]
        after = _account_after(msg, r[2])
        if after:
            contact, account = name, after
        elif len(name.split()) >= 2 and name[0].isupper() and _is_person(name):
            contact = name  # "note on Siemens Energy:" names a firm, "note on Ana Ruiz:" her
        else:
            account = name
        body_start = r[2]
        while body_start < len(msg.text) and msg.text[body_start] in " :,-–(":
            body_start += 1
        if after:
            skip = re.match(r"[^:]*:\s*", msg.text[body_start:])
            body_start += skip.end() if skip else 0
    elif m.group("prep") is None:
        body_start = pos
    if account and fold(account) in ("self", "myself", "me", "us", "team", "everyone", "all"):
        account = None  # "note to self: buy milk" names no record
    due = _log_due(whens, msg, now, note=True)
    body = msg.text[body_start:]
    w = _shift(due, body_start) if due is not None and due.start >= body_start else None
    body = _strip(body, w).strip(" :,-") if w else body.strip(" :,-")
    return ParseResult(
        intent="log_activity",
        activity_type="note",
        contact=contact,
        account=account,
        amount=ents.amount,
        currency=ents.currency,
        email=ents.email,
        phone=ents.phone,
        due=due.due if due is not None else None,
        text=body or None,
        happened=_log_happened(whens, due, now, msg.text),
    )


_NAMED = _rx(r"(?:for|named|called)\s+")
_COMMA_NAME = re.compile(r",\s*(?=[^\W\d_])")


_LIVES_IN = frozenset({"vive", "vit", "wohnt", "bor", "lives", "based", "está", "esta", "ist"})
_ROLE_AT = re.compile(r"\s+(?:bei|chez|en|hos|i|at|@)\s+(?=[^\W\d_])")


# "add a contact for Globex: Hank Scorpio", "new contact at Hooli - Gavin Belson": the company
# first, then a colon or a dash, then the person
_FIRM_FIRST = _rx(r"\s*(?:for|at|@|from|with)\s+")
_FIRM_THEN_PERSON = re.compile(r"\s*(?::|\s[-–—]|[-–—]\s)\s*(?=[^\W\d_])")


def _firm_then_person(msg: _Msg, pos: int) -> tuple[str, str] | None:
    """(person, company) when the company is said first: "a contact for Globex: Hank Scorpio"."""
    head = _FIRM_FIRST.match(msg.folded, pos)
    firm = msg.run(head.end(), lower_ok=True, max_words=5, suffix_ok=True) if head else None
    sep = _FIRM_THEN_PERSON.match(msg.text, firm[2]) if firm else None
    if firm is None or sep is None or _is_person(firm[0]):
        return None
    person = msg.run(sep.end(), lower_ok=True, max_words=4)
    if person is None or (
        person[2] < len(msg.text.rstrip(" .!")) and _account_after(msg, person[2])
    ):
        return None
    return person[0], firm[0]


# The fields of a new contact said as a list ("Olamide Bello, +234 …, Kora Payments", "diego
# ferraz / ferraz metais / diego@…", a signature's lines): separators, the words that lead a
# phone or an e-mail, and the words of a role (a field with one is the person's job, never the
# company; "marketing at Nile Textiles" and "he's the GM at Ricci Vini" name it after "at")
_FIELD_SEP = re.compile(r"\s*(?:[,;|/\n]|\s[-–—]+\s|--|(?<=[^\W\d_]{3})\.(?=\s))\s*")
_FIELD_LEAD = _rx(
    r"(?:tel|tel\.|t:|m:|mob|mobile|cell|phone|ph|e:|email|e-mail|mail|direct|office|fax|w:|web)"
    r"(?:\s*[:.])?\s*"
)
_ROLE_WORDS = frozenset(
    _words(
        "ceo|cto|cfo|coo|cmo|cio|cro|vp|svp|evp|gm|md|head|director|manager|mgr|founder|"
        "co-founder|cofounder|lead|officer|president|partner|engineer|buyer|owner|chief|"
        "consultant|specialist|coordinator|analyst|associate|assistant|executive|"
        "procurement|purchasing|marketing|sales|operations|ops|finance|hr|it|legal|"
        "admin|administrator|architect|advisor|adviser|principal|representative|rep|"
        "secretary|treasurer|controller|accountant|supervisor|intern|dr|prof"
    )
)
_WORKS_AT_FIELD = _rx(r"(?:^|.*?\s)(?:at|@|bei|for)\s+(?=[^\W\d_])")
_WORKS_AT_LOWER = _rx(r"(?:works|working|is)\s+(?:at|for|with)\s+(?=[^\W\d_])")


def _field_firm(msg: _Msg, start: int, *, lines: bool = False) -> str | None:
    """The company among the fields after a new contact's name ("…, Kora Payments", "/ ferraz
    metais /", "he's the GM at Ricci Vini"): the first field that is no phone, e-mail or role,
    or the firm after "at" in a role field. A lower-case field counts only in a "/" or "|"
    list or on lines, where the fields are plainly fields. After the person's own name a second
    name in the list is the company's (many start with a first name: "Kora Payments")."""
    text = msg.text
    listed = lines or "/" in text[start:] or "|" in text[start:]
    bounds = [start] + [m.end() for m in _FIELD_SEP.finditer(text, start)]
    for b in bounds:
        i = b
        while i < len(text) and (text[i] in " :" or msg.blocked_at(i)):
            i += 1
        lead = _FIELD_LEAD.match(msg.folded, i)
        if lead and lead.end() > i:
            i = lead.end()
            while i < len(text) and (text[i] == " " or msg.blocked_at(i)):
                i += 1
        end = _FIELD_SEP.search(text, i)
        field = text[i : end.start() if end else len(text)].strip(" .!")
        if not field or msg.blocked_at(i):
            continue
        words = [fold(w).strip(".,()") for w in field.split()]
        if any(w in _ROLE_WORDS for w in words) or _TITLE_WORD.match(field):
            at = _WORKS_AT_FIELD.match(msg.folded, i, i + len(field))
            r = msg.run(at.end(), lower_ok=True, max_words=5, suffix_ok=True) if at else None
            if r:
                return r[0]
            continue
        r = msg.run(i, lower_ok=listed, max_words=5, suffix_ok=True)
        if r and r[2] >= i + len(field) - 1:
            return r[0]
    said = _WORKS_AT_LOWER.search(msg.folded, start)  # "fiona macleod she works at highland …"
    if said:
        r = msg.run(said.end(), lower_ok=True, max_words=5, suffix_ok=True)
        return r[0] if r else None
    return None


# a pasted e-mail signature: a sign-off at most, then the name alone on its line, then the job,
# the company, the phone and the e-mail on lines of their own (each line ends in ". " once the
# message is cleaned: patterns._clean)
_SIGN_OFF = _rx(
    r"(?:kind\s+regards|best\s+regards|warm\s+regards|warmest\s+regards|regards|best|cheers|"
    r"many\s+thanks|sincerely|yours\s+sincerely|br|kr|all\s+the\s+best|best\s+wishes|--)"
    r"[\s,.!-]+"
)


def _signature(msg: _Msg, ents: _Ents) -> ParseResult | None:
    """A new contact pasted as a signature ("Kind regards, / Mehmet Aksoy / Sales Director |
    Bosphorus Foods / m: +90 …", one a line): a name of two words or more alone on its line,
    and a phone or an e-mail after it. Nothing asks for it but the shape, so it needs three
    lines or more and a name that starts with no word of the message's own ("Called Ana Ruiz.")."""
    if not (ents.email or ents.phone) or msg.text.count(". ") < 2:
        return None
    off = _SIGN_OFF.match(msg.folded)
    start = off.end() if off else 0
    r = msg.run(start, lower_ok=False, max_words=4)
    if r is None or len(r[0].split()) < 2 or msg.text[r[2] : r[2] + 2] != ". ":
        return None
    if fold(r[0].split()[0]) in _everyday() or _is_company(r[0]):
        return None
    return ParseResult(
        intent="create_contact",
        contact=r[0],
        account=_field_firm(msg, r[2] + 1, lines=True),
        email=ents.email,
        phone=ents.phone,
    )


# "new contact from her sig: …", "add contact from his business card -": where the details
# were copied from, no company
_FROM_SOURCE = _rx(
    r"\s*(?:from|off|of)\s+(?:his|her|their|the|a|an|my|this)\s+(?:e-?mail\s+)?(?:sig|signature|"
    r"e-?mail|card|business\s+card|linkedin(?:\s+profile)?|profile|website|message)"
    r"(?:\s+(?:below|here))?\s*[:,\-–]*\s*"
)


def _parse_contact(msg: _Msg, pos: int, ents: _Ents) -> ParseResult:
    source = _FROM_SOURCE.match(msg.folded, pos)
    pos = source.end() if source else pos
    first = _firm_then_person(msg, pos)
    if first is not None:
        return ParseResult(
            intent="create_contact",
            contact=first[0],
            account=first[1],
            email=ents.email,
            phone=ents.phone,
        )
    named = _NAMED.match(msg.folded, pos)  # "create a contact for Olga Petrova"
    r = msg.run(named.end() if named else pos, lower_ok=True, max_words=4)
    account = None
    if r:
        account = _account_after(msg, r[2])
    if account is None:
        account = _account_anywhere(msg, r[2] if r else pos)
    comma = _COMMA_NAME.match(msg.text, r[2]) if r and account is None else None
    if comma:  # "new contact: Rachel Green, Ralph Lauren, rachel@rl.com"
        r2 = msg.run(comma.end(), lower_ok=False, max_words=5)
        account = r2[0] if r2 and not _TITLE_WORD.match(r2[0]) else None
        at = _ROLE_AT.match(msg.text, r2[2]) if r2 else None
        if r2 is None:  # "Nina Dahl, innkjøp i Gjensidige": a role in lower case
            seg_end = msg.text.find(",", comma.end())
            seg = msg.text[comma.end() : seg_end if seg_end > 0 else len(msg.text)]
            role = _ROLE_AT.search(seg)
            said = seg[: role.start()].split() if role else []
            lives = bool(said) and said[0] in _LIVES_IN  # "vive en Madrid": a town, no company
            if role and 0 < len(said) <= 3 and " ".join(said).islower() and not lives:
                at = _ROLE_AT.match(msg.text, comma.end() + role.start())
        r3 = msg.run(at.end(), lower_ok=False, max_words=5) if at else None
        if r3:  # "Dr. Matthias Brandt, Einkauf bei Voith": a role, then the company
            account = r3[0]
        if account is None:  # "new contact: marta kowalska, blue ridge dental"
            r2 = msg.run(comma.end(), lower_ok=True, max_words=5, suffix_ok=True)
            account = r2[0] if r2 and _trade_firm(r2[0]) else None
    if account is None and r:
        account = _lower_firm_after(msg, r[0])  # "save Chen Yu from tencent as a contact"
    if account is None and r:
        account = _field_firm(msg, r[2])  # "Olamide Bello, +234 …, Kora Payments"
    return ParseResult(
        intent="create_contact",
        contact=r[0] if r else None,
        account=account,
        email=ents.email,
        phone=ents.phone,
    )


def _parse_account(msg: _Msg, pos: int) -> ParseResult:
    named = _NAMED.match(msg.folded, pos)  # "create a company called Kone Oyj"
    r = msg.run(named.end() if named else pos, lower_ok=True, max_words=6, mixed=True)
    name = r[0] if r else None
    if name:  # "Lege die Firma X als neuen Kunden an": the name ends before "als …"
        name = re.split(r"(?i)\s+(?:als|comme|som|como)\s", name)[0].strip() or name
    return ParseResult(intent="create_account", account=name)


_TITLE_WORD = re.compile(
    r"(?:CEO|CTO|CFO|COO|CMO|CIO|VP|Head|Director|Manager|Founder|Co-?founder)\b"
)


_FIND_DEAL = re.compile(
    r"(?i)(?:the\s+)?(?:deal|opportunity|opp)\s+(?:called\s+|named\s+)?(?P<x>\S.*)|"
    r"(?:the\s+)?(?P<y>\S.*?)\s+(?:deal|opportunity|opp)"
)


# "the account for X", "the company record of X": a company's record asked for by its noun
_ACCOUNT_OF = re.compile(
    r"(?i)(?:the\s+)?(?:account|acct|company|customer|client)\s+(?:record\s+|page\s+|card\s+)?"
    r"(?:for|of|on)\s+(?:the\s+)?(?P<x>[^\W\d_].{0,60})"
)
# "tigerline status", "kestrel latest?": a record's name, then what is asked about it ("acme
# renewal update" may be a change to make: the learned reader weighs it)
_NAME_STATUS = _rx(
    r"^(?P<n>[^\W\d_][^\s?,.!:;]*(?:\s+[^\s?,.!:;]+){0,3}?)\s+(?:status|latest)"
    r"(?:\s+(?:please|pls))?\s*\??$"
)


def _parse_find(msg: _Msg, m: re.Match[str], ents: _Ents) -> ParseResult:
    q = msg.text[m.start("q") : m.end("q")].rstrip(" ?.!").strip(" \"'“”?")
    q = re.sub(r"(?i)[\s,]+(?:for\s+me|please|pls|thanks|thx|again)$", "", q)
    about = _EVERYTHING.match(q)
    q = q[about.end() :] if about and about.end() < len(q) else q  # "everything about X"
    record = _ACCOUNT_OF.fullmatch(q)
    if record:  # "show me the account for northwind traders": the company is what is searched
        firm = record.group("x").strip(" ?.!\"'")
        return ParseResult(intent="find", account=firm, text=firm)
    named_deal = _FIND_DEAL.fullmatch(q)
    said = (named_deal.group("x") or named_deal.group("y")) if named_deal else ""
    # "find the Lumen upgrade deal", "find deal Kestrel audit": the deal's name is the query
    if named_deal and fold(said) not in _STOP and fold(said) not in ("this", "that", "my"):
        q = named_deal.group("x") or named_deal.group("y")
    cmd = " ".join(m.group("cmd").split())
    contact = account = None
    fq = fold(q)
    role = _ROLE_AT_FIRM.match(fq) if cmd in _WHO else None
    at = _WHO_AT.match(fq)
    hit = role or at
    if hit is not None:  # "who is the CFO at X", "look up who we have at X": the company
        g = "n" if hit.group("n") else "n2"
        firm = q[hit.start(g) : hit.end(g)].strip(" ?.!\"'")
        return ParseResult(intent="find", account=firm, text=firm)
    r = msg.run(m.start("q"), lower_ok=True, max_words=4)
    if r and fold(r[0]) in _KIND_WORDS:
        r = None  # "show me contacts at X": the kind of record, no person
    if r:
        after = _account_after(msg, r[2])
        if after:
            contact, account = r[0], after
        elif cmd in _WHO:
            contact = q
    if contact is None and account is None and q:
        contact, account = _query_names(q)
        if contact is not None and account is None:  # "the number for Ayo at Crestline"
            contact, account = _person_at_firm(contact)
            q = contact if account is None else q
        elif (contact is None) != (account is None):  # "the Cemex account": the query is Cemex
            q = contact or account or q
    if contact is None and account is None and q.startswith("the ") and len(q.split()) > 1:
        q = q[4:]  # "what do we know about the stark renewal": the record is "stark renewal"
    return ParseResult(
        intent="find",
        contact=contact,
        account=account,
        email=ents.email,
        phone=ents.phone,
        text=q or None,
    )


# a fact of the world asked as "who is …" / "remind me what …": "who is the president of
# France", "remind me what the capital of Peru is" (a company's own people are "at" it)
_WORLD_FACT = _rx(
    r"(?:the\s+)?(?:president|prime\s+minister|king|queen|capital(?:\s+city)?|population|mayor|"
    r"chancellor|pope|governor|currency|national\s+\w+|tallest|biggest|largest|oldest|"
    r"highest|longest)\s+(?:of|in)\s"
)


_THE_THING = _rx(r"(?:the|a|an|my|this|that|these|those|it|them)\s+(?!\S+\s+(?:deal|account))")


def _not_crm(f: str, m: re.Match[str]) -> bool:
    """Whether a find's words ask for something that is no record of the CRM: an errand or a
    fact of the world ("find me a good sushi place", "look up the weather in Dublin", "who is
    the president of France"), or who is doing something ("who's bringing cake on friday?")."""
    q = m.start("q")
    if _NOT_CRM_QUERY.match(f, q) or _WEATHER.search(f) or _WORLD_FACT.match(f, q):
        return True
    cmd = " ".join(m.group("cmd").split())
    if cmd == "tell me about" and _THE_THING.match(f, q):
        return True  # "tell me about the meeting i have this week": the agenda's, not a record
    if cmd in _WHO and _WHO_NOT_A_NAME.match(f, q):
        first = f[q:].split()[0] if f[q:].split() else ""
        return not _is_person(first)
    return False


_WAKE_WORD = _rx(r"^(?:hey\s+|ok\s+|okay\s+)?(?:olly|siri|alexa|google|bot)[\s,:]+(?=\S)")


def _strip_spans(text: str, spans: Iterable[tuple[int, int]], now: datetime) -> str:
    """``text`` without the given date spans (and the connectors left dangling before them).
    Spans that touch ("30 minutes before" and "3pm") are cut as one: cut apart, the later one
    took the earlier one's last word as its connector and the earlier cut went into the task."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and not text[merged[-1][1] : s].strip():
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in reversed(merged):
        text = strip_when(text, WhenMatch(now, s, e, False))
    return text


def _remind_unread(
    msg: _Msg, head_end: int, reading: Reading, now: datetime, tz: str, lang: str, order: str | None
) -> ParseResult | None:
    """A reminder with a date or time that could not be read: no time (the bot asks when),
    the fragments listed in ``unread``, and none of them left in the reminder's text."""
    # a span may begin inside the head ("minn meg på fredag kl. 3": "på fredag …"): only what
    # follows the head is stripped, or the head itself would be cut and no reminder left
    spans = [(max(s, head_end), e) for s, e in reading.unread if e > head_end]
    if not spans:
        return None
    spans += [(max(w.start, head_end), w.end) for w in reading.whens if w.end > head_end]
    tail = [(s - head_end, e - head_end) for s, e in spans]
    stripped = msg.text[:head_end] + _strip_spans(msg.text[head_end:], tail, local_now(now, tz))
    result = _parse_clean(stripped, now, tz, lang, order)
    if result.intent != "remind":
        return None
    return replace(result, due=None, unread=reading.unread_words(msg.text))


def _name_in_doubt(result: ParseResult, msg: _Msg, reading: Reading, at: int) -> ParseResult:
    """A log whose person, right after its verb, starts with a weekday that may be a date
    ("log a call with sunday adeyemi", typed in lower case): the words are asked about."""
    doubt = [
        msg.text[s:e]
        for s, e in reading.unread
        if re.fullmatch(r"\s*(?:(?:with|w/|to|for)\s+)?", msg.folded[at:s])
    ]
    if not doubt:
        return result
    return replace(result, due=None, unread=(*result.unread, *doubt))


def _follow_unread(result: ParseResult, msg: _Msg, reading: Reading, now: datetime) -> ParseResult:
    """A log whose follow-up date could not be read: no follow-up time, the fragment listed."""
    if result.intent != "log_activity":
        return result
    mark = _FOLLOW_MARK.search(msg.folded)
    if mark is None:
        # "spoke with Oren, call him in a week or two": no follow-up word, but a clause of
        # the rep's own next step whose when could not be read is asked about all the same
        spans = [
            (s, e)
            for s, e in reading.unread
            if followup.owner(msg.text, msg.folded, s) in ("mine", "requested")
        ]
        if not spans:
            return result
        first = spans[0][0]
        spans += [(w.start, w.end) for w in reading.whens if w.start >= first]
        text = _strip_spans(msg.text, spans, now) or None
        return replace(result, due=None, text=text, unread=tuple(msg.text[s:e] for s, e in spans))
    spans = [(s, e) for s, e in reading.unread if s >= mark.start()]
    if not spans:
        return result
    spans += [(w.start, w.end) for w in reading.whens if w.start >= mark.start()]
    text = _strip_spans(msg.text, spans, now) or None
    return replace(result, due=None, text=text, unread=tuple(msg.text[s:e] for s, e in spans))


def _parse_clean(
    cleaned: str, now: datetime, tz: str, lang: str, order: str | None = None
) -> ParseResult:
    msg = _Msg(cleaned)
    f = msg.folded
    if not f:
        return ParseResult(intent="unknown")
    if _HELP.match(f):
        return ParseResult(intent="help")
    if _LIST_REMINDERS.match(f) or _AGENDA.match(f) or _AGENDA_MORE.match(f):
        return ParseResult(intent="list_reminders")
    wake = _WAKE_WORD.match(f)  # "olly what's my agenda …", "hey siri, any reminders today"
    if wake and _HELP.match(f[wake.end() :]):
        return ParseResult(intent="help")
    if wake and any(rx.match(f[wake.end() :]) for rx in (_LIST_REMINDERS, _AGENDA, _AGENDA_MORE)):
        return ParseResult(intent="list_reminders")
    lnow = local_now(now, tz)
    reading = read_whens(msg.text, lnow, tz, lang, date_order=order)
    whens = reading.whens
    for w in whens:
        msg.block(w.start, w.end)
    for s, e in reading.unread:
        msg.block(s, e)
    ents = _base_entities(msg)

    signed = _signature(msg, ents)
    if signed is not None:  # "Kind regards,\nMehmet Aksoy\nSales Director | …": a new contact
        return signed
    m = _REMIND_WHO.match(f)
    if m and _WORLD_FACT.match(m.group("n")):
        return ParseResult(intent="unknown")  # "remind me what the capital of Peru is"
    if m:  # "remind me who Kenji Tanaka is?": a question about a record
        who = msg.text[m.start("n") : m.end("n")].strip(" \"'")
        person = m.group("q") == "who"
        return ParseResult(intent="find", contact=who if person else None, text=who)
    m = _REMIND.match(f)
    if m:
        unread = _remind_unread(msg, m.end(), reading, now, tz, lang, order)
        return unread or _parse_remind(msg, m.end(), whens, ents, lang)
    m = _RECORD_QUESTION.match(f)
    if m:  # "is Acme a customer?": a look at the record
        g = "n" if m.group("n") else "n2"
        said = msg.text[m.start(g) : m.end(g)].strip(" \"'")
        return ParseResult(intent="find", text=said)
    m = _CREATE_CONTACT.match(f)
    if m:
        return _parse_contact(msg, m.end(), ents)
    m = _ADD_AS_CONTACT.match(f)
    if m:
        return _parse_contact(msg, m.start("rest"), ents)
    m = _ACCOUNT_LOOKUP.match(f)
    if m:  # "acct details hooli": a look at an account, not a new one
        firm = msg.text[m.start("q") : m.end("q")].strip(" ?.!\"'")
        return ParseResult(intent="find", account=firm, text=firm)
    m = _CREATE_ACCOUNT.match(f)
    if m:
        return _parse_account(msg, m.end())
    m = _NOW_WORKING_WITH.match(f)
    newco = msg.run(m.end(), lower_ok=False, max_words=6, suffix_ok=True) if m else None
    if newco and _ADD_IT.match(f, newco[2]) and not _is_person(newco[0]):
        return ParseResult(intent="create_account", account=newco[0])  # "… , please add them"
    m = _CREATE_DEAL.match(f)
    if m:
        res = _parse_deal(msg, m.end(), ents, whens, lnow, lang)
        if "opp" in m.group(0) and res.deal == res.account:
            res = replace(res, deal=None)  # "new opp w/ zotware 12k": the account's, unnamed
        return res
    m = next((m for rx in _NEXT_STEP_FOR if (m := rx.match(f))), None)
    if m and not whens:  # "next step for Initrode: send the SOW", "for X the next step is …"
        deal = _clean_deal(msg.text[m.start("deal") : m.end("deal")])
        step = msg.text[m.start("t") :].strip(" .!")
        said = fold(deal or "")
        person = deal is not None and _is_person(deal) and not _DEAL_WORD_END.search(said)
        if deal and step and not person and not _LOG.match(said):
            return ParseResult(intent="update_deal", deal=deal, text=step)
    m = _NOTE.match(f)
    if m:
        res = _parse_note(msg, m, whens, ents, lnow)
        if m.group(0).strip().endswith("fyi") and not (res.contact or res.account or res.deal):
            return ParseResult(intent="unknown")  # "FYI the office is closed on Monday": chatter
        return res
    m = _LOG.match(f)
    if m:
        res = _parse_log(msg, m, whens, ents, lnow)
        if res.contact and _ADD_THEM.search(f):
            # "met Mattias Ek at the expo, he runs procurement at Scania - add him as a
            # contact": the person met is the new contact asked for, not a meeting to log
            return ParseResult(
                intent="create_contact",
                contact=res.contact,
                account=res.account,
                email=ents.email,
                phone=ents.phone,
            )
        place = _PLACE_OF.match(res.account or "")
        if place:  # "visited Meridian's HQ": the account is Meridian
            res = replace(res, account=place.group("who"))
        demo = " ".join(m.group("verb").split()) in ("demo with", "demo for")
        if demo and res.contact and not res.account and not _is_person(res.contact):
            res = replace(res, contact=None, account=res.contact)  # "demo with Initech"
        res = _name_in_doubt(res, msg, reading, m.end())
        return _follow_unread(res, msg, reading, lnow)
    m = _INBOUND.match(f)
    if m and msg.run(0, lower_ok=False, max_words=4):
        return _follow_unread(_parse_inbound(msg, m, whens, ents, lnow), msg, reading, lnow)
    # stage moves are short commands; the length cap also bounds the lazy patterns' work
    # "kaspi pilot next step book a demo": a next step, not a move to the demo stage
    short = len(f) <= _SHORT_COMMAND and not re.search(r"(?<!\w)next\s+steps?(?!\w)", f)
    # "ping sara @ klarna tmrw re contract": an order with a day is a to-do, not a stage move
    todo = bool(whens) and _IMPERATIVE.match(f) is not None
    moved = _parse_move(msg, ents) if short and not todo else None
    if moved is not None and _REPORT_AS_DEAL.match(fold(moved.deal or "")):
        moved = None  # "left a vm with nubank's it lead": a call reported, "lead" no stage
    if moved is not None:
        return moved
    m = _DEAL_TO_AMOUNT.match(f)
    if m and ents.amount is not None and ents.amount_at >= m.end("deal"):
        deal = _clean_deal(msg.text[m.start("deal") : m.end("deal")])
        if deal and not _is_person(deal):  # "tidewater meters -> 430k": the deal's new value
            return ParseResult(
                intent="update_deal", deal=deal, amount=ents.amount, currency=ents.currency
            )
    adding = _ADD_TO_PIPELINE.match(f)  # "add Globex pilot to the pipeline, 20k": a new deal
    if _PIPELINE.search(f) and len(f.split()) <= 12 and not _WEATHER.search(f) and not adding:
        return ParseResult(intent="pipeline_summary")
    m = _FIND.match(f)
    if m and _not_crm(f, m):
        m = None  # "show me a picture of a cat": the learned parser reads it (small talk)
    if m and not _NOT_A_QUERY.match(f, m.start("q")):
        return _parse_find(msg, m, ents)
    m = _CONTACT_FIELD.match(f)
    if m:  # "what's Aiko Suzuki's phone number?", "what's the email for oluwaseun"
        g = "n" if m.group("n") else "n2"
        who = msg.text[m.start(g) : m.end(g)].strip(" \"'")
        person, works_at = _person_at_firm(who)  # "whats the number for eamon at corrib oil"
        if works_at is not None:
            return ParseResult(intent="find", contact=person, account=works_at, email=ents.email)
        return ParseResult(intent="find", contact=who, text=who, email=ents.email)
    m = _CONTACT_CALLED.match(f)
    if m:  # "is there a contact called Yusuf Okoye?"
        who = msg.text[m.start("n") : m.end("n")].strip(" \"'")
        return ParseResult(intent="find", contact=who, text=who)
    m = _WHO_AT.match(f)
    if m:  # "who do we know at Sasol Ltd?": the company is what is searched
        g = "n" if m.group("n") else "n2"
        where = msg.text[m.start(g) : m.end(g)].strip(" \"'")
        return ParseResult(intent="find", account=where, text=where)
    m = _FIRM_PEOPLE.match(f)
    said = msg.text[m.start("n") : m.end("n")] if m else ""
    if m and _firm_people_name(said):  # "Tessaro contacts?", "the initech people"
        _, theirs = _query_names(said + " contacts")
        if theirs:
            return ParseResult(intent="find", account=theirs, text=theirs)
    m = _NAME_STATUS.match(f)
    said = msg.text[m.start("n") : m.end("n")] if m else ""
    if m and _firm_people_name(said) and not _PIPELINE.search(f):  # "tigerline status"
        return ParseResult(intent="find", text=said)
    m = _WORKS_FOR.match(f)
    if m:  # "which company does Ngozi Eze work for?": the person is what is searched
        who = msg.text[m.start("n") : m.end("n")].strip(" \"'")
        return ParseResult(intent="find", contact=who, text=who)
    if whens and _IMPERATIVE.match(f) and not _DONE_HEAD.match(f):
        return _parse_remind(msg, 0, whens, ents, lang)
    return ParseResult(intent="unknown")
