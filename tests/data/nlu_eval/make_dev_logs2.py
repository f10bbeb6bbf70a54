# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_logs2.jsonl``, a development set for logs, agenda asks and terse chat (run by hand).

Why: on both blind sets the biggest intent confusion was ``log_activity`` read as ``remind``
(reports of what happened that carry a to-do or a follow-up), ``log_activity`` was the weakest
intent, ways to ask for one's reminders and agenda came out ``unknown``, and ``terse`` chat was
the weakest style. ``dev4.jsonl`` had been tuned on. These rows were written by hand by the
``plogrem`` helper in one sitting, before the parser was run on any of them:

- ``past``: logs of what happened, with no follow-up, including logs with no verb of contact
  ("quick sync with X", "X: interested, send deck", "demo done w/ X") and logs whose to-do has
  no date ("need to send her the deck"), which is no ``due``;
- ``note-future``: logs that name a future date about the customer or the world ("their
  renewal is in March", "on leave until the 14th", "the board meets on Tuesday"): no ``due``;
- ``past-fu``: logs with the rep's follow-up ("cb next wk", "try again thu", "I'll send the
  proposal monday", "chase her Thursday");
- ``todo``: true reminders that read like logs (imperatives, "need to", "gotta", a planned
  call), with a ``due``;
- ``agenda``: ways to ask what is due, what is on, which follow-ups are open ("anything I owe
  people?", "my to-dos", "what did I say I'd do friday"): ``list_reminders`` with no key;
- ``terse``, ``dictated`` (lower case, no punctuation, numbers as words) and ``long`` (run-on,
  several sentences, distracting numbers) versions of all of these;
- ``ask``: two whens for one follow-up, which must be asked about (``expect_ask``);
- ``negative``: small talk that shares their words.

Labels follow ``docs/understanding.md`` and the choices of ``TEST_README.md`` (``text`` only
for remind, find and update_deal) and the log rule of ``make_dev3.py``: the rep's own next
action with a day is the follow-up (``due``, "next week"/"nxt wk" alone is Monday 09:00 as in
dev3/dev4); a date about the customer or the world is part of the note. A report with no verb
of contact and no meeting word ("X: interested, send deck") is a ``note``.

Every ``due`` is computed here with plain ``datetime`` + ``zoneinfo`` from the row's ``now``
(Thursday 2026-11-26 10:00 in the row's zone), never by running crmbot.

    python tests/data/nlu_eval/make_dev_logs2.py
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from devkit import write

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
NY = "America/New_York"
KOL = "Asia/Kolkata"
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
OUT = Path(__file__).with_name("dev_logs2.jsonl")


def _now(tz: str = TZ) -> datetime:
    return datetime.fromisoformat(NOW).replace(tzinfo=ZoneInfo(tz))


def at(day: date, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    return datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(tz)).isoformat()


def d(n: int, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    """n days after today, at h:m."""
    return at(_now(tz).date() + timedelta(days=n), h, m, tz)


def wd(weekday: int, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    """The next such weekday, never today."""
    today = _now(tz).date()
    ahead = (weekday - today.weekday()) % 7 or 7
    return at(today + timedelta(days=ahead), h, m, tz)


def ymd(y: int, mo: int, day: int, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    return at(date(y, mo, day), h, m, tz)


R, LR, LOG, U = "remind", "list_reminders", "log_activity", "unknown"
CALL, MEET, VISIT, NOTE, EMAIL = "call", "meeting", "visit", "note", "email"
ASK = "ask"  # a row whose right answer is to ask

# (style, message, expected[, options]); options: "lang", "tz"
Row = tuple[str, str, dict[str, str]] | tuple[str, str, dict[str, str], dict[str, str]]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ what happened, no follow-up
        ("past", "Spoke with Renata Oliveira at Natura about pricing, she wants to see the enterprise tier", {"intent": LOG, "activity_type": CALL, "contact": "Renata Oliveira", "account": "Natura"}),
        ("past", "quick sync with Jonas Lindqvist from Spotify, nothing new on their side", {"intent": LOG, "activity_type": MEET, "contact": "Jonas Lindqvist", "account": "Spotify"}),
        ("past", "Priya Raman: interested, send deck", {"intent": LOG, "activity_type": NOTE, "contact": "Priya Raman"}),
        ("past", "lunch with Chiara Bruno from Luxottica went well, she's pushing it internally", {"intent": LOG, "activity_type": MEET, "contact": "Chiara Bruno", "account": "Luxottica"}),
        ("past", "sat down with the finance team at Heineken, they signed off on the budget", {"intent": LOG, "activity_type": MEET, "account": "Heineken"}),
        ("past", "Emailed Dmitri Volkov the updated contract", {"intent": LOG, "activity_type": EMAIL, "contact": "Dmitri Volkov"}),
        ("past", "walked the Kone site in Espoo with their facilities lead", {"intent": LOG, "activity_type": VISIT, "account": "Kone"}),
        ("past", "tried Abena Mensah twice, no pickup", {"intent": LOG, "activity_type": CALL, "contact": "Abena Mensah"}),
        ("past", "left vm for Carlos Mendoza at Cemex", {"intent": LOG, "activity_type": CALL, "contact": "Carlos Mendoza", "account": "Cemex"}),
        ("past", "Finished the onsite at Vestas, they walked us through the control room", {"intent": LOG, "activity_type": VISIT, "account": "Vestas"}),
        ("past", "called Sanjay Gupta at Infosys, need to send him the deck", {"intent": LOG, "activity_type": CALL, "contact": "Sanjay Gupta", "account": "Infosys"}),
        ("past", "Had a good call with Laura Fischer, I need to send her the deck", {"intent": LOG, "activity_type": CALL, "contact": "Laura Fischer"}),
        ("past", "met Bilal Chaudhry at Jazz Cash, have to get him a reference customer", {"intent": LOG, "activity_type": MEET, "contact": "Bilal Chaudhry", "account": "Jazz Cash"}),
        ("past", "Demoed the analytics add-on to Grupo Bimbo, they asked for a trial", {"intent": LOG, "activity_type": MEET, "account": "Grupo Bimbo"}),
        ("past", "phone call with Oksana Melnyk, she's happy with the rollout", {"intent": LOG, "activity_type": CALL, "contact": "Oksana Melnyk"}),
        ("past", "intro call with Tomás Ferreira of EDP went fine, he'll bring his CFO next time", {"intent": LOG, "activity_type": CALL, "contact": "Tomás Ferreira", "account": "EDP"}),
        ("past", "Kwabena Owusu called me back, he is still waiting for legal", {"intent": LOG, "activity_type": CALL, "contact": "Kwabena Owusu"}),
        ("past", "the demo with Adyen went ok, a few questions on payouts", {"intent": LOG, "activity_type": MEET, "account": "Adyen"}),
        ("past", "just had Yasmin Saleh on the phone, she wants to add 20 seats", {"intent": LOG, "activity_type": CALL, "contact": "Yasmin Saleh"}),
        ("past", "Note on Rakuten: new CIO starting, budget still pending", {"intent": LOG, "activity_type": NOTE, "account": "Rakuten"}),
        ("past", "catch-up call with Matteo Ricci at Ferrero, all on track", {"intent": LOG, "activity_type": CALL, "contact": "Matteo Ricci", "account": "Ferrero"}),
        # ------------------------------------------------ a future date that is not a follow-up
        ("note-future", "Spoke to Grace Wanjiru at Safaricom, their renewal is in March", {"intent": LOG, "activity_type": CALL, "contact": "Grace Wanjiru", "account": "Safaricom"}),
        ("note-future", "met Henrik Dahl at Orkla, they're moving to a new ERP next year", {"intent": LOG, "activity_type": MEET, "contact": "Henrik Dahl", "account": "Orkla"}),
        ("note-future", "called Ifeoma Nwosu, she's on leave until the 14th", {"intent": LOG, "activity_type": CALL, "contact": "Ifeoma Nwosu"}),
        ("note-future", "Talked to Wei Zhang at Lenovo, their board meets on Tuesday to decide", {"intent": LOG, "activity_type": CALL, "contact": "Wei Zhang", "account": "Lenovo"}),
        ("note-future", "had a call with Aino Virtanen, her team goes live on December 1", {"intent": LOG, "activity_type": CALL, "contact": "Aino Virtanen"}),
        ("note-future", "emailed Rafael Costa at Embraer, he's travelling until Monday", {"intent": LOG, "activity_type": EMAIL, "contact": "Rafael Costa", "account": "Embraer"}),
        ("note-future", "Had coffee with Tariq Aziz this morning, he's relocating to Riyadh in January", {"intent": LOG, "activity_type": MEET, "contact": "Tariq Aziz"}),
        ("note-future", "met the Carlsberg buyers, their tender closes on the 18th", {"intent": LOG, "activity_type": MEET, "account": "Carlsberg"}),
        ("note-future", "spoke with Nomvula Dlamini at Absa, their fiscal year starts in April", {"intent": LOG, "activity_type": CALL, "contact": "Nomvula Dlamini", "account": "Absa"}),
        ("note-future", "Visited Heidelberg Materials, the plant shutdown is planned for the 20th", {"intent": LOG, "activity_type": VISIT, "account": "Heidelberg Materials"}),
        ("note-future", "Note on Lufthansa: procurement freeze until February", {"intent": LOG, "activity_type": NOTE, "account": "Lufthansa"}),
        ("note-future", "talked to Kenji Sato, his boss decides on friday", {"intent": LOG, "activity_type": CALL, "contact": "Kenji Sato"}),
        # ------------------------------------------------ what happened, with the rep's follow-up
        ("past-fu", "spoke w/ Amira Haddad re pricing, cb next wk", {"intent": LOG, "activity_type": CALL, "contact": "Amira Haddad", "due": wd(MON)}),
        ("past-fu", "left vm for Kofi Boateng, try again thu", {"intent": LOG, "activity_type": CALL, "contact": "Kofi Boateng", "due": wd(THU)}),
        ("past-fu", "Had a call with Laura Fischer from Siemens, need to send her the deck by Friday", {"intent": LOG, "activity_type": CALL, "contact": "Laura Fischer", "account": "Siemens", "due": wd(FRI)}),
        ("past-fu", "met Mohammed Al-Farsi at Omantel, I'll send the proposal monday", {"intent": LOG, "activity_type": MEET, "contact": "Mohammed Al-Farsi", "account": "Omantel", "due": wd(MON)}),
        ("past-fu", "quick sync with Ewa Nowak, she wants a demo next Tuesday at 2", {"intent": LOG, "activity_type": MEET, "contact": "Ewa Nowak", "due": wd(TUE, 14)}),
        ("past-fu", "Talked to Thabo Nkosi at Discovery, follow up on Wednesday at 3pm", {"intent": LOG, "activity_type": CALL, "contact": "Thabo Nkosi", "account": "Discovery", "due": wd(WED, 15)}),
        ("past-fu", "visited the Volvo plant in Gothenburg, send the site report friday", {"intent": LOG, "activity_type": VISIT, "account": "Volvo", "due": wd(FRI)}),
        ("past-fu", "emailed Noor Rahman the invoice, chase it on the 3rd if unpaid", {"intent": LOG, "activity_type": EMAIL, "contact": "Noor Rahman", "due": ymd(2026, 12, 3)}),
        ("past-fu", "lunch with Diego Herrera, follow up monday about the pilot", {"intent": LOG, "activity_type": MEET, "contact": "Diego Herrera", "due": wd(MON)}),
        ("past-fu", "spoke to Anna Kowalczyk, her boss signs off next week, ping her on Friday", {"intent": LOG, "activity_type": CALL, "contact": "Anna Kowalczyk", "due": wd(FRI)}),
        ("past-fu", "Olu Adebayo from Dangote called, wants a quote, get back to him tomorrow at 3", {"intent": LOG, "activity_type": CALL, "contact": "Olu Adebayo", "account": "Dangote", "due": d(1, 15)}),
        ("past-fu", "had a chat with Ruth Tesfaye, she asked me to call back on monday at 11", {"intent": LOG, "activity_type": CALL, "contact": "Ruth Tesfaye", "due": wd(MON, 11)}),
        ("past-fu", "presented the roadmap to Nestlé, next step: send the pricing on tuesday", {"intent": LOG, "activity_type": MEET, "account": "Nestlé", "due": wd(TUE)}),
        ("past-fu", "Met Linh Nguyen at VinFast today; she wants a follow up call on December 9 at 10am", {"intent": LOG, "activity_type": MEET, "contact": "Linh Nguyen", "account": "VinFast", "due": ymd(2026, 12, 9, 10)}),
        ("past-fu", "Called Ali Demir, no answer, will try him again tomorrow at 4", {"intent": LOG, "activity_type": CALL, "contact": "Ali Demir", "due": d(1, 16)}),
        ("past-fu", "Sent Jana Horvat the contract, she'll sign next week; check in with her Monday", {"intent": LOG, "activity_type": EMAIL, "contact": "Jana Horvat", "due": wd(MON)}),
        # ------------------------------------------------ true to-dos that read like logs
        ("todo", "call Hiroshi Tanaka at Hitachi tomorrow at 10", {"intent": R, "contact": "Hiroshi Tanaka", "account": "Hitachi", "due": d(1, 10), "text": "call Hiroshi Tanaka at Hitachi"}),
        ("todo", "need to send Sofia Marino the deck on Monday", {"intent": R, "contact": "Sofia Marino", "due": wd(MON)}),
        ("todo", "try Kofi again thursday at 4", {"intent": R, "contact": "Kofi", "due": wd(THU, 16), "text": "try Kofi again"}),
        ("todo", "gotta chase Orkla for the signed PO tomorrow", {"intent": R, "account": "Orkla", "due": d(1)}),
        ("todo", "email Rafael the revised terms friday at 11", {"intent": R, "contact": "Rafael", "due": wd(FRI, 11), "text": "email Rafael the revised terms"}),
        ("todo", "ring Thabo monday morning at 9", {"intent": R, "contact": "Thabo", "due": wd(MON, 9), "text": "ring Thabo"}),
        ("todo", "follow up with Absa on the 7th", {"intent": R, "account": "Absa", "due": ymd(2026, 12, 7), "text": "follow up with Absa"}),
        ("todo", "I should call Ewa back tomorrow at 2", {"intent": R, "contact": "Ewa", "due": d(1, 14)}),
        ("todo", "must get the quote to Lenovo by wednesday", {"intent": R, "account": "Lenovo", "due": wd(WED)}),
        ("todo", "check on the Embraer invoice next tuesday", {"intent": R, "account": "Embraer", "due": wd(TUE), "text": "check on the Embraer invoice"}),
        ("todo", "send Grace the renewal paperwork on friday", {"intent": R, "contact": "Grace", "due": wd(FRI), "text": "send Grace the renewal paperwork"}),
        ("todo", "don't let me forget to ping Henrik on tuesday", {"intent": R, "contact": "Henrik", "due": wd(TUE), "text": "ping Henrik"}),
        ("todo", "set a reminder to chase Natura tomorrow at 5", {"intent": R, "account": "Natura", "due": d(1, 17), "text": "chase Natura"}),
        ("todo", "to do: send Kenji Sato the case study monday", {"intent": R, "contact": "Kenji Sato", "due": wd(MON)}),
        # ------------------------------------------------ agenda asks
        ("agenda", "what's due this week?", {"intent": LR}),
        ("agenda", "anything I owe people?", {"intent": LR}),
        ("agenda", "my to-dos", {"intent": LR}),
        ("agenda", "what did I say I'd do friday", {"intent": LR}),
        ("agenda", "which follow-ups are still open?", {"intent": LR}),
        ("agenda", "what's on today", {"intent": LR}),
        ("agenda", "what have I got coming up", {"intent": LR}),
        ("agenda", "who do I need to call back?", {"intent": LR}),
        ("agenda", "anything on for tomorrow?", {"intent": LR}),
        ("agenda", "what's left for today", {"intent": LR}),
        ("agenda", "list my follow ups", {"intent": LR}),
        ("agenda", "do I have anything scheduled this afternoon", {"intent": LR}),
        ("agenda", "what am I forgetting?", {"intent": LR}),
        ("agenda", "show me what's due", {"intent": LR}),
        ("agenda", "what's on the calendar for monday", {"intent": LR}),
        ("agenda", "my open follow-ups please", {"intent": LR}),
        ("agenda", "remind me what I have today", {"intent": LR}),
        ("agenda", "what reminders do I have", {"intent": LR}),
        ("agenda", "how does my day look", {"intent": LR}),
        ("agenda", "any callbacks pending?", {"intent": LR}),
        ("agenda", "what was I supposed to do this week", {"intent": LR}),
        ("agenda", "upcoming tasks", {"intent": LR}),
        ("agenda", "what's on my list for tomorrow?", {"intent": LR}),
        ("agenda", "what should I be working on today", {"intent": LR}),
        ("agenda", "whats overdue", {"intent": LR}),
        ("agenda", "do i owe anyone a call", {"intent": LR}),
        ("agenda", "pending follow-ups this week?", {"intent": LR}),
        ("agenda", "what calls do I have lined up for friday", {"intent": LR}),
        # ------------------------------------------------ terse chat
        ("terse", "vm kwesi @ ecobank, cb mon", {"intent": LOG, "activity_type": CALL, "contact": "kwesi", "account": "ecobank", "due": wd(MON)}),
        ("terse", "spoke w/ hana @ coupang, interested", {"intent": LOG, "activity_type": CALL, "contact": "hana", "account": "coupang"}),
        ("terse", "mtg w/ pieter @ asml done, send deck", {"intent": LOG, "activity_type": MEET, "contact": "pieter", "account": "asml"}),
        ("terse", "call w/ zanele @ vodacom - decision in jan", {"intent": LOG, "activity_type": CALL, "contact": "zanele", "account": "vodacom"}),
        ("terse", "demo done w/ telstra, f/u fri", {"intent": LOG, "activity_type": MEET, "account": "telstra", "due": wd(FRI)}),
        ("terse", "lvm for ahmed @ aramco, retry tmrw 2pm", {"intent": LOG, "activity_type": CALL, "contact": "ahmed", "account": "aramco", "due": d(1, 14)}),
        ("terse", "talked to soo-jin re renewal, cb nxt tues", {"intent": LOG, "activity_type": CALL, "contact": "soo-jin", "due": wd(TUE)}),
        ("terse", "emailed quote to nikos @ cosmote", {"intent": LOG, "activity_type": EMAIL, "contact": "nikos", "account": "cosmote"}),
        ("terse", "sync w/ farah @ petronas - pricing ok, legal next", {"intent": LOG, "activity_type": MEET, "contact": "farah", "account": "petronas"}),
        ("terse", "f2f w/ jakub @ allegro, went well", {"intent": LOG, "activity_type": MEET, "contact": "jakub", "account": "allegro"}),
        ("terse", "called ines - she's in, sending contract fri", {"intent": LOG, "activity_type": CALL, "contact": "ines", "due": wd(FRI)}),
        ("terse", "chatted w/ marco @ eni, budget ok, they start in jan", {"intent": LOG, "activity_type": CALL, "contact": "marco", "account": "eni"}),
        ("terse", "ph call w/ dele, wants pricing, send tmrw", {"intent": LOG, "activity_type": CALL, "contact": "dele", "due": d(1)}),
        ("terse", "no answer from yusuf @ turkcell, try again mon 10", {"intent": LOG, "activity_type": CALL, "contact": "yusuf", "account": "turkcell", "due": wd(MON, 10)}),
        ("terse", "cb from mei @ grab, send contract tmrw", {"intent": LOG, "activity_type": CALL, "contact": "mei", "account": "grab", "due": d(1)}),
        ("terse", "mtg w/ olga done. nxt steps: sow by wed", {"intent": LOG, "activity_type": MEET, "contact": "olga", "due": wd(WED)}),
        ("terse", "call oskar tmrw 11", {"intent": R, "contact": "oskar", "due": d(1, 11)}),
        ("terse", "f/u w/ priya mon", {"intent": R, "contact": "priya", "due": wd(MON)}),
        ("terse", "todos?", {"intent": LR}),
        ("terse", "due today?", {"intent": LR}),
        ("terse", "my open f/us", {"intent": LR}),
        ("terse", "whats on tmrw", {"intent": LR}),
        ("terse", "rmd me fri 3pm send kwesi the sow", {"intent": R, "contact": "kwesi", "due": wd(FRI, 15)}),
        ("terse", "spoke w/ bo @ ica, renewal in mar, nothing to do yet", {"intent": LOG, "activity_type": CALL, "contact": "bo", "account": "ica"}),
        ("terse", "onsite @ maersk today, met 3 ppl from ops", {"intent": LOG, "activity_type": VISIT, "account": "maersk"}),
        # ------------------------------------------------ dictated
        ("dictated", "just got done talking to marisol vega at bimbo she wants the enterprise plan follow up on monday", {"intent": LOG, "activity_type": CALL, "contact": "marisol vega", "account": "bimbo", "due": wd(MON)}),
        ("dictated", "i met with kenji watanabe from toyota today they are evaluating two other vendors", {"intent": LOG, "activity_type": MEET, "contact": "kenji watanabe", "account": "toyota"}),
        ("dictated", "left a message for olga petrova i will try her again tomorrow at ten", {"intent": LOG, "activity_type": CALL, "contact": "olga petrova", "due": d(1, 10)}),
        ("dictated", "had a great call with siddharth menon he needs the security questionnaire and i need to send him the soc two report", {"intent": LOG, "activity_type": CALL, "contact": "siddharth menon"}),
        ("dictated", "visited the danone warehouse in lyon the renewal comes up in march", {"intent": LOG, "activity_type": VISIT, "account": "danone"}),
        ("dictated", "called fatima zahra no answer try again friday morning at nine", {"intent": LOG, "activity_type": CALL, "contact": "fatima zahra", "due": wd(FRI, 9)}),
        ("dictated", "spoke with sean murphy about the migration he will confirm numbers next week", {"intent": LOG, "activity_type": CALL, "contact": "sean murphy"}),
        ("dictated", "quick call with ngozi eze she is interested send her the case studies", {"intent": LOG, "activity_type": CALL, "contact": "ngozi eze"}),
        ("dictated", "emailed the proposal to raj kapoor and he said he would read it over the weekend", {"intent": LOG, "activity_type": EMAIL, "contact": "raj kapoor"}),
        ("dictated", "met astrid holm we agreed on a pilot starting january fifteenth i will send the statement of work by wednesday", {"intent": LOG, "activity_type": MEET, "contact": "astrid holm", "due": wd(WED)}),
        ("dictated", "remind me to call astrid holm on wednesday at half past two", {"intent": R, "contact": "astrid holm", "due": wd(WED, 14, 30), "text": "call astrid holm"}),
        ("dictated", "what have i got on this week", {"intent": LR}),
        ("dictated", "read me my reminders for today", {"intent": LR}),
        ("dictated", "i need to send juan the contract tomorrow at nine", {"intent": R, "contact": "juan", "due": d(1, 9)}),
        ("dictated", "finished the workshop with maria santos she liked it we will talk again on the tenth", {"intent": LOG, "activity_type": MEET, "contact": "maria santos", "due": ymd(2026, 12, 10)}),
        ("dictated", "talked to the people at ørsted they want a second demo but nothing booked yet", {"intent": LOG, "activity_type": CALL, "account": "ørsted"}),
        ("dictated", "what follow ups do i have open for next week", {"intent": LR}),
        # ------------------------------------------------ long notes
        ("long", "Long day. Drove out to see Bruno Carvalho at Petrobras, their team is still split between us and the incumbent. He mentioned the budget cycle closes in February. I promised to send a revised quote on Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Bruno Carvalho", "account": "Petrobras", "due": wd(MON)}),
        ("long", "Had the quarterly review meeting with Kavita Sharma from Wipro. 14 people joined, 3 of them new. They want the 2.4 release before their freeze on Dec 18. Nothing for me to do until they confirm.", {"intent": LOG, "activity_type": MEET, "contact": "Kavita Sharma", "account": "Wipro"}),
        ("long", "Spoke to Yerlan Abenov at Kaspi for about 40 minutes. He is keen but procurement needs three quotes. Their year end is 31 December. Follow up next Thursday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Yerlan Abenov", "account": "Kaspi", "due": wd(THU, 10)}),
        ("long", "Called Joanna Wiśniewska at Allegro again and she picked up this time. They're migrating 2,000 users in Q2. Need to send her the migration plan, no date yet.", {"intent": LOG, "activity_type": CALL, "contact": "Joanna Wiśniewska", "account": "Allegro"}),
        ("long", "Coffee with Mateo Rossi from Pirelli, lovely guy, we talked about his kids mostly. On business: they're renewing in April and want a 3-year deal. I'll send the numbers tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Mateo Rossi", "account": "Pirelli", "due": d(1)}),
        ("long", "emailed Keisha Brown at Verizon the pricing sheet, no reply yet. Her colleague said she's at a conference until Wednesday. Chase her Thursday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Keisha Brown", "account": "Verizon", "due": wd(THU)}),
        ("long", "so i spoke to leila mansour at aramex this morning and she said they are happy with the trial but the ops director is away until the 9th so nothing moves before then and i said i would check back with her on the 10th", {"intent": LOG, "activity_type": CALL, "contact": "leila mansour", "account": "aramex", "due": ymd(2026, 12, 10)}),
        ("long", "Visited Tata Steel's Jamshedpur office. Met 4 people from procurement, they run 12 plants. Contract with the incumbent ends next summer. Good first meeting, no next step agreed.", {"intent": LOG, "activity_type": VISIT, "account": "Tata Steel"}),
        ("long", "Demo with Sipho Ndlovu went long, 90 minutes. He loved the dashboards, hated the export. Asked for a sandbox. I'll set it up and send him the login by Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Sipho Ndlovu", "due": wd(TUE)}),
        ("long", "quick update on Equinor: Ingvild says the vendor decision slipped to January, their CFO wants another round. Nothing for us to do for now.", {"intent": LOG, "activity_type": NOTE, "contact": "Ingvild", "account": "Equinor"}),
        ("long", "Caught Arash Karimi at the airport lounge, he says the RFP goes out on the 15th. Sending him our capabilities deck tomorrow at 9.", {"intent": LOG, "activity_type": MEET, "contact": "Arash Karimi", "due": d(1, 9)}),
        # ------------------------------------------------ another clock
        ("past-fu", "spoke to Dana Levi at Wix, follow up tomorrow at 10", {"intent": LOG, "activity_type": CALL, "contact": "Dana Levi", "account": "Wix", "due": d(1, 10, tz=NY)}, {"tz": NY}),
        ("past-fu", "met Ananya Iyer at Zoho, I'll send the SOW on Monday", {"intent": LOG, "activity_type": MEET, "contact": "Ananya Iyer", "account": "Zoho", "due": wd(MON, tz=KOL)}, {"tz": KOL}),
        ("agenda", "what's due today", {"intent": LR}, {"tz": KOL}),
        # ------------------------------------------------ two whens: ask
        ("ask", "called Pavel at Skoda, follow up monday or tuesday", {"intent": LOG, "activity_type": CALL, "contact": "Pavel", "account": "Skoda"}),
        ("ask", "left vm for Ruth, try again tomorrow at 3 or 4", {"intent": LOG, "activity_type": CALL, "contact": "Ruth"}),
        ("ask", "met Jin at Kakao, follow up later today", {"intent": LOG, "activity_type": MEET, "contact": "Jin", "account": "Kakao"}),
        # ------------------------------------------------ small talk that shares their words
        ("negative", "my calendar app keeps crashing", {"intent": U}),
        ("negative", "called it, the game went to overtime", {"intent": U}),
        ("negative", "I owe you a beer", {"intent": U}),
        ("negative", "what's due on a library book if it's late", {"intent": U}),
        ("negative", "the sync between my phone and laptop is broken", {"intent": U}),
        ("negative", "lol ok", {"intent": U}),
        ("negative", "had a great lunch today", {"intent": U}),
        ("negative", "anything good on netflix tonight?", {"intent": U}),
        ("negative", "follow me on instagram", {"intent": U}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for row in rows():
        style, message, expected = row[0], row[1], dict(row[2])
        opts: dict[str, str] = row[3] if len(row) > 3 else {}  # type: ignore[misc]
        rec: dict[str, object] = {
            "id": f"g{len(out) + 1:04d}",
            "message": message,
            "now": NOW,
            "tz": opts.get("tz", TZ),
            "lang": opts.get("lang", "en"),
            "style": style,
            "expected": expected,
        }
        if style == ASK:
            rec["expect_ask"] = True
        out.append(rec)
    return out


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
