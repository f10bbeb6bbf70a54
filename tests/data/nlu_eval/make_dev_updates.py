# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_updates.jsonl``, a development set of deal updates and stage moves said the way
reps say them (run by hand; the output is committed and a test checks the two agree).

Why: on the blind sets ``update_deal`` was the weakest intent (80% fully right) and
``move_deal`` next (86.7%), and no development set held mostly update phrasings: the older sets
give each a few dozen rows, most of them in the templates' own order ("bump X to 15k", "next
step for X: ..."). These rows were written by hand by the ``pupd`` helper in one sitting, before
the parser was run on any of them, in its own words:

- a close date pushed, slipped, pulled in or moved, the date first or last, with or without
  "close" (``realistic``): "tyrell renewal slipping to q1", "close date for X is now the 15th",
  "X pulled in to dec 12"; a shift counted from the close the bot holds ("push X out 2 weeks",
  "slip X a month") has no one day the words give and is asked about (``expect_ask``, as in
  ``dev_deals.jsonl``);
- an amount bumped, revised, cut, "now worth", "make it 45k", "X is 60k now", with a currency
  said as symbol, code or word; a change by a difference ("+5k", "another 10k") or a range is
  asked about;
- next steps in several orders ("next step for X: ...", "X - next: ...", "X: waiting on legal",
  the contract's ``text``);
- probability, owner and rename (``expect_ask``: the contract has no key for them, such an
  update is always asked about; ``deal`` is the deal as it is named now);
- stage moves with and without "stage", with a reason after a comma or a dash, won and lost
  with reasons and when it happened ("we lost Globex to a competitor last week": a move fills
  ``deal`` and ``stage``; the day it happened is no changed close);
- ``terse`` chat, ``dictated`` rows (lower case, numbers as words), ``long`` rows with small
  talk around the update and other dates in the customer's clauses, and a few rows in Spanish,
  German, French and Norwegian (``lang-xx``);
- near-misses that are no update (``negative``): questions about a deal ("when does X
  close?", "is X still 40k?": ``find``), logs that only mention a deal or its date (the
  customer's clause is part of the note), new deals.

Labels follow ``docs/understanding.md`` and the choices of ``dev_deals.jsonl`` and
``dev_intents5.jsonl``: ``text`` is given only for next steps; a move's reason is not compared;
"the X deal" is ``deal: X``; a question about a deal is ``find`` with the deal as its ``text``.
``expect_ask`` rows list only what is certain.

Every ``close`` is computed here with plain ``datetime`` from the row's ``now`` (Thursday
2026-11-26 10:00 Europe/Madrid), never by running crmbot.

    python tests/data/nlu_eval/make_dev_updates.py
"""

from __future__ import annotations

from pathlib import Path

from devkit import (
    ASK,
    CALL,
    CD,
    EMAIL,
    EUR,
    FIND,
    FRI,
    GBP,
    LOG,
    MD,
    MEET,
    NOTE,
    UD,
    USD,
    Clock,
    R,
    U,
    rows_marked,
    write,
)

CLOCK = Clock()  # Thursday 2026-11-26 10:00 Europe/Madrid
close_on, month_end, wd = CLOCK.close_on, CLOCK.month_end, CLOCK.wd
OUT = Path(__file__).with_name("dev_updates.jsonl")

NOK = "NOK"

Q1, Q2, Q3 = month_end(2027, 3), month_end(2027, 6), month_end(2027, 9)
DEC, JAN, FEB, MAR = month_end(2026, 12), month_end(2027, 1), month_end(2027, 2), month_end(2027, 3)
NOV = month_end(2026, 11)

Row = tuple[str, str, dict[str, object]]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ close dates
        ("realistic", "tyrell renewal slipping to q1", {"intent": UD, "deal": "tyrell renewal", "close": Q1}),
        ("realistic", "close date for the Initech rollout is now the 15th", {"intent": UD, "deal": "Initech rollout", "close": close_on(2026, 12, 15)}),
        ("realistic", "Brennan Logistics fleet deal slipped to end of January", {"intent": UD, "deal": "Brennan Logistics fleet", "close": JAN}),
        ("realistic", "Pull the Ostara Foods renewal in to Dec 12, they want it before the holidays", {"intent": UD, "deal": "Ostara Foods renewal", "close": close_on(2026, 12, 12)}),
        ("realistic", "Kelvin Grove pilot now closing in february", {"intent": UD, "deal": "Kelvin Grove pilot", "close": FEB}),
        ("realistic", "Can you move the close on Larkspur Media to January 20?", {"intent": UD, "deal": "Larkspur Media", "close": close_on(2027, 1, 20)}),
        ("realistic", "Marlow Insurance claims deal won't close before March now", {"intent": UD, "deal": "Marlow Insurance claims", "close": MAR}),
        ("realistic", "Set the close date of Pemberton HR suite to 12/18", {"intent": UD, "deal": "Pemberton HR suite", "close": close_on(2026, 12, 18)}),
        ("realistic", "expected close on the Halberd Security renewal: 31 Jan", {"intent": UD, "deal": "Halberd Security renewal", "close": close_on(2027, 1, 31)}),
        ("realistic", "The Sorrel Pharma deal is pushed to Q2", {"intent": UD, "deal": "Sorrel Pharma", "close": Q2}),
        ("realistic", "push the Aldgate Retail POS close to the 3rd", {"intent": UD, "deal": "Aldgate Retail POS", "close": close_on(2026, 12, 3)}),
        ("realistic", "Greyhawk analytics is now set to close on the 30th", {"intent": UD, "deal": "Greyhawk analytics", "close": close_on(2026, 11, 30)}),
        ("realistic", "Move Quillon Bank onboarding close date from Dec 10 to Jan 15", {"intent": UD, "deal": "Quillon Bank onboarding", "close": close_on(2027, 1, 15)}),
        ("realistic", "Thornbury Schools licences: close moved to March 1", {"intent": UD, "deal": "Thornbury Schools licences", "close": close_on(2027, 3, 1)}),
        ("realistic", "Delacroix Wines deal will close by end of year", {"intent": UD, "deal": "Delacroix Wines", "close": DEC}),
        ("realistic", "Ravensworth upgrade pushed back to next quarter", {"intent": UD, "deal": "Ravensworth upgrade", "close": Q1}),
        ("realistic", "Corbin Tools close date slips to 1/15", {"intent": UD, "deal": "Corbin Tools", "close": close_on(2027, 1, 15)}),
        ("realistic", "Change Westmoor Energy metering's close to this month", {"intent": UD, "deal": "Westmoor Energy metering", "close": NOV}),
        ("realistic", "the Fairhaven clinic deal is now expected to close on Feb 5", {"intent": UD, "deal": "Fairhaven clinic", "close": close_on(2027, 2, 5)}),
        ("realistic", "Update Norland Steel expansion: close date 22 December", {"intent": UD, "deal": "Norland Steel expansion", "close": close_on(2026, 12, 22)}),
        ("realistic", "Caspian Air catering close is now end of Q3", {"intent": UD, "deal": "Caspian Air catering", "close": Q3}),
        ("realistic", "move Beckett Legal's close up to next friday", {"intent": UD, "deal": "Beckett Legal", "close": wd(FRI)[:10]}),
        ("realistic", "Juniper Farms irrigation — close pushed out to end of Feb", {"intent": UD, "deal": "Juniper Farms irrigation", "close": FEB}),
        ("realistic", "We're now targeting Jan 8 for the Vesper Hotels deal", {"intent": UD, "deal": "Vesper Hotels", "close": close_on(2027, 1, 8)}),
        # a shift counted from the close the bot holds: asked
        ("realistic", "push initech out 2 weeks", {"intent": UD, "deal": "initech", ASK: True}),
        ("realistic", "slip the Corran Dairy renewal by a month", {"intent": UD, "deal": "Corran Dairy renewal", ASK: True}),
        ("realistic", "pull Mistral Yachts in by a week", {"intent": UD, "deal": "Mistral Yachts", ASK: True}),
        ("realistic", "Harlow Cement deal is slipping a quarter", {"intent": UD, "deal": "Harlow Cement", ASK: True}),
        ("realistic", "Push the Tamsin Labs close to early January", {"intent": UD, "deal": "Tamsin Labs", ASK: True}),
        ("realistic", "Emberly Foods closing in jan or feb now", {"intent": UD, "deal": "Emberly Foods", ASK: True}),
        ("realistic", "move the Orwell Transit close date to 3/4", {"intent": UD, "deal": "Orwell Transit", ASK: True}),
        # ------------------------------------------------ amounts
        ("realistic", "Calloway Dental is 60k now", {"intent": UD, "deal": "Calloway Dental", "amount": "60000"}),
        ("realistic", "Ashdown Brewery renewal, make it 45k", {"intent": UD, "deal": "Ashdown Brewery renewal", "amount": "45000"}),
        ("realistic", "bump the Pellworth CRM deal up to 80k", {"intent": UD, "deal": "Pellworth CRM", "amount": "80000"}),
        ("realistic", "Merriweather Clinics down to 32k after procurement squeezed us", {"intent": UD, "deal": "Merriweather Clinics", "amount": "32000"}),
        ("realistic", "revised value for Tolland Rail signalling: €145,000", {"intent": UD, "deal": "Tolland Rail signalling", "amount": "145000", "currency": EUR}),
        ("realistic", "Stanmore Estates deal now worth £28k", {"intent": UD, "deal": "Stanmore Estates", "amount": "28000", "currency": GBP}),
        ("realistic", "Set the amount on Kirkby Freight to $52,500", {"intent": UD, "deal": "Kirkby Freight", "amount": "52500", "currency": USD}),
        ("realistic", "Wendover Labs LIMS went from 90k to 110k, they added two sites", {"intent": UD, "deal": "Wendover Labs LIMS", "amount": "110000"}),
        ("realistic", "lower the Hadley Print deal to 9.5k", {"intent": UD, "deal": "Hadley Print", "amount": "9500"}),
        ("realistic", "Oakhurst Telecom value is 1.3m EUR now", {"intent": UD, "deal": "Oakhurst Telecom", "amount": "1300000", "currency": EUR}),
        ("realistic", "update the Brackley Motors amount to 75 grand", {"intent": UD, "deal": "Brackley Motors", "amount": "75000"}),
        ("realistic", "Cresswell Foods renewal revised down to USD 38,000", {"intent": UD, "deal": "Cresswell Foods renewal", "amount": "38000", "currency": USD}),
        ("realistic", "the Linwood Power deal goes up to 250k", {"intent": UD, "deal": "Linwood Power", "amount": "250000"}),
        ("realistic", "change Pinecrest Resorts wifi to 18,500 GBP", {"intent": UD, "deal": "Pinecrest Resorts wifi", "amount": "18500", "currency": GBP}),
        ("realistic", "Dunmore Cables: new amount 64k", {"intent": UD, "deal": "Dunmore Cables", "amount": "64000"}),
        ("realistic", "Ivybridge Ortho deal cut to 20k, they dropped the second clinic", {"intent": UD, "deal": "Ivybridge Ortho", "amount": "20000"}),
        ("realistic", "Hollis Legal renewal: 42k, closing end of January", {"intent": UD, "deal": "Hollis Legal renewal", "amount": "42000", "close": JAN}),
        ("realistic", "Farrow Gym chain now 95k and slipping to February", {"intent": UD, "deal": "Farrow Gym chain", "amount": "95000", "close": FEB}),
        # a difference, a range or a price by the month: asked
        ("realistic", "add 5k to the Radley Optics deal", {"intent": UD, "deal": "Radley Optics", ASK: True}),
        ("realistic", "Sutton Medical renewal +10k", {"intent": UD, "deal": "Sutton Medical renewal", ASK: True}),
        ("realistic", "Carver Homes deal is somewhere between 40 and 50k now", {"intent": UD, "deal": "Carver Homes", ASK: True}),
        ("realistic", "Ellery Fitness is now 3k a month", {"intent": UD, "deal": "Ellery Fitness", ASK: True}),
        # ------------------------------------------------ next steps
        ("realistic", "next step for Glenmore Distillery: send the revised SOW", {"intent": UD, "deal": "Glenmore Distillery", "text": "send the revised SOW"}),
        ("realistic", "Whitby Marine renewal - next: pricing call with procurement", {"intent": UD, "deal": "Whitby Marine renewal", "text": "pricing call with procurement"}),
        ("realistic", "Next step on the Audley Care deal is a site visit", {"intent": UD, "deal": "Audley Care", "text": "a site visit"}),
        ("realistic", "Set next step for Penrose Capital to security review with their CISO", {"intent": UD, "deal": "Penrose Capital", "text": "security review with their CISO"}),
        ("realistic", "Lockwood Seeds next steps: trial licences for 5 users", {"intent": UD, "deal": "Lockwood Seeds", "text": "trial licences for 5 users"}),
        ("realistic", "next action on Rookwood Bank: get the MSA redlines back", {"intent": UD, "deal": "Rookwood Bank", "text": "get the MSA redlines back"}),
        ("realistic", "Fenmore Timber: waiting on legal", {"intent": UD, "deal": "Fenmore Timber", "text": "waiting on legal"}),
        ("realistic", "Ambrose Pharma next step = exec sponsor meeting", {"intent": UD, "deal": "Ambrose Pharma", "text": "exec sponsor meeting"}),
        ("realistic", "For Kingsley Print the next step is a reference call with an existing customer", {"intent": UD, "deal": "Kingsley Print", "text": "a reference call with an existing customer"}),
        ("realistic", "update next step on Wolverton Data: they need a DPA signed first", {"intent": UD, "deal": "Wolverton Data", "text": "they need a DPA signed first"}),
        # ------------------------------------------------ probability, owner, rename: asked
        ("realistic", "Sandown Health probability 75%", {"intent": UD, "deal": "Sandown Health", ASK: True}),
        ("realistic", "set the probability on the Rowntree Logistics deal to 30 percent", {"intent": UD, "deal": "Rowntree Logistics", ASK: True}),
        ("realistic", "Bexley Water renewal is 90% likely now", {"intent": UD, "deal": "Bexley Water renewal", ASK: True}),
        ("realistic", "drop the odds on Marston Retail to 20%", {"intent": UD, "deal": "Marston Retail", ASK: True}),
        ("realistic", "reassign the Hatherley Mills deal to Priya", {"intent": UD, "deal": "Hatherley Mills", ASK: True}),
        ("realistic", "give the Claymore Insurance renewal to Tom, he has the relationship", {"intent": UD, "deal": "Claymore Insurance renewal", ASK: True}),
        ("realistic", "Halstead Vet group owner: Dave", {"intent": UD, "deal": "Halstead Vet group", ASK: True}),
        ("realistic", "make me the owner of Ferncliff Gardens", {"intent": UD, "deal": "Ferncliff Gardens", ASK: True}),
        ("realistic", "rename Tarrant Labs pilot to Tarrant Labs rollout", {"intent": UD, "deal": "Tarrant Labs pilot", ASK: True}),
        ("realistic", "change the name of the Mercer Foods deal to Mercer Foods EMEA", {"intent": UD, "deal": "Mercer Foods", ASK: True}),
        ("realistic", "Colwyn Hotels: prob 60%, next step contract review", {"intent": UD, "deal": "Colwyn Hotels", ASK: True}),
        # ------------------------------------------------ stage moves
        ("realistic", "move Glenmore Distillery to proposal stage", {"intent": MD, "deal": "Glenmore Distillery", "stage": "presentation"}),
        ("realistic", "Whitby Marine renewal to negotiation, they accepted the price", {"intent": MD, "deal": "Whitby Marine renewal", "stage": "closing"}),
        ("realistic", "Audley Care is in the demo stage now", {"intent": MD, "deal": "Audley Care", "stage": "presentation"}),
        ("realistic", "set stage of Penrose Capital to qualified", {"intent": MD, "deal": "Penrose Capital", "stage": "pre-approach"}),
        ("realistic", "Lockwood Seeds back to prospecting - budget pulled", {"intent": MD, "deal": "Lockwood Seeds", "stage": "prospecting"}),
        ("realistic", "put Rookwood Bank in contract stage", {"intent": MD, "deal": "Rookwood Bank", "stage": "closing"}),
        ("realistic", "we lost Globex to a competitor last week", {"intent": MD, "deal": "Globex", "stage": "lost"}),
        ("realistic", "Fenmore Timber is closed won, PO came in this morning", {"intent": MD, "deal": "Fenmore Timber", "stage": "won"}),
        ("realistic", "Ambrose Pharma lost on price, they went with Veeva", {"intent": MD, "deal": "Ambrose Pharma", "stage": "lost"}),
        ("realistic", "won the Kingsley Print deal yesterday!", {"intent": MD, "deal": "Kingsley Print", "stage": "won"}),
        ("realistic", "Wolverton Data signed on Monday", {"intent": MD, "deal": "Wolverton Data", "stage": "won"}),
        ("realistic", "Mark Sandown Health as lost, no decision, they're freezing spend", {"intent": MD, "deal": "Sandown Health", "stage": "lost"}),
        ("realistic", "Rowntree Logistics moved to quote after the demo", {"intent": MD, "deal": "Rowntree Logistics", "stage": "presentation"}),
        ("realistic", "Bexley Water renewal stage: negotiation", {"intent": MD, "deal": "Bexley Water renewal", "stage": "closing"}),
        ("realistic", "Hatherley Mills went dark, mark it closed lost", {"intent": MD, "deal": "Hatherley Mills", "stage": "lost"}),
        ("realistic", "Claymore Insurance renewal is signed 🎉", {"intent": MD, "deal": "Claymore Insurance renewal", "stage": "won"}),
        ("realistic", "advance Ferncliff Gardens to proposal", {"intent": MD, "deal": "Ferncliff Gardens", "stage": "presentation"}),
        ("realistic", "Tarrant Labs pilot qualified, they have budget for Q1", {"intent": MD, "deal": "Tarrant Labs pilot", "stage": "pre-approach"}),
        ("realistic", "lost Mercer Foods, they went in-house", {"intent": MD, "deal": "Mercer Foods", "stage": "lost"}),
        ("realistic", "Colwyn Hotels deal closed-won on the 20th", {"intent": MD, "deal": "Colwyn Hotels", "stage": "won"}),
        ("realistic", "Move the Pellworth CRM deal into closing", {"intent": MD, "deal": "Pellworth CRM", "stage": "closing"}),
        ("realistic", "Stanmore Estates moved back to demo, new stakeholders", {"intent": MD, "deal": "Stanmore Estates", "stage": "presentation"}),
        ("realistic", "Kirkby Freight is dead, lost to DHL", {"intent": MD, "deal": "Kirkby Freight", "stage": "lost"}),
        ("realistic", "Hadley Print - proposal sent, move to proposal", {"intent": MD, "deal": "Hadley Print", "stage": "presentation"}),
        ("realistic", "Sutton Medical renewal moved to closed lost, budget cut", {"intent": MD, "deal": "Sutton Medical renewal", "stage": "lost"}),
        ("realistic", "Radley Optics is a go, they signed the order form", {"intent": MD, "deal": "Radley Optics", "stage": "won"}),
        ("realistic", "Pinecrest Resorts wifi slipping into January", {"intent": UD, "deal": "Pinecrest Resorts wifi", "close": JAN}),
        ("realistic", "Dunmore Cables is now a Q2 close", {"intent": UD, "deal": "Dunmore Cables", "close": Q2}),
        ("realistic", "move it to won", {"intent": MD, "stage": "won", ASK: True}),
        # ------------------------------------------------ terse
        ("terse", "tyrell ren -> jan 15", {"intent": UD, "deal": "tyrell ren", "close": close_on(2027, 1, 15)}),
        ("terse", "corbin tools close eom", {"intent": UD, "deal": "corbin tools", "close": NOV}),
        ("terse", "ashdown renewal 45k", {"intent": UD, "deal": "ashdown renewal", "amount": "45000"}),
        ("terse", "delacroix wines: 22k eur, q1", {"intent": UD, "deal": "delacroix wines", "amount": "22000", "currency": EUR, "close": Q1}),
        ("terse", "ns glenmore: send sow", {"intent": UD, "deal": "glenmore", "text": "send sow"}),
        ("terse", "nxt step whitby marine - pricing call", {"intent": UD, "deal": "whitby marine", "text": "pricing call"}),
        ("terse", "audley care -> demo", {"intent": MD, "deal": "audley care", "stage": "presentation"}),
        ("terse", "penrose cap: won", {"intent": MD, "deal": "penrose cap", "stage": "won"}),
        ("terse", "lockwood seeds lost (price)", {"intent": MD, "deal": "lockwood seeds", "stage": "lost"}),
        ("terse", "rookwood bank stage -> negotiation", {"intent": MD, "deal": "rookwood bank", "stage": "closing"}),
        ("terse", "fenmore timber close 12/22", {"intent": UD, "deal": "fenmore timber", "close": close_on(2026, 12, 22)}),
        ("terse", "oakhurst telecom amt $1.1m", {"intent": UD, "deal": "oakhurst telecom", "amount": "1100000", "currency": USD}),
        ("terse", "hollis legal slip to feb", {"intent": UD, "deal": "hollis legal", "close": FEB}),
        ("terse", "sandown prob 50", {"intent": UD, "deal": "sandown", ASK: True}),
        ("terse", "brackley motors push 2wks", {"intent": UD, "deal": "brackley motors", ASK: True}),
        ("terse", "linwood power closed won", {"intent": MD, "deal": "linwood power", "stage": "won"}),
        ("terse", "ivybridge ortho → qualified", {"intent": MD, "deal": "ivybridge ortho", "stage": "pre-approach"}),
        # ------------------------------------------------ dictated
        ("dictated", "push the stark renewal close date to january twentieth", {"intent": UD, "deal": "stark renewal", "close": close_on(2027, 1, 20)}),
        ("dictated", "the initech expansion is now worth fifty thousand dollars", {"intent": UD, "deal": "initech expansion", "amount": "50000", "currency": USD}),
        ("dictated", "bump the hooli analytics deal to sixty five k", {"intent": UD, "deal": "hooli analytics", "amount": "65000"}),
        ("dictated", "next step on the vandelay deal is a call with their cfo", {"intent": UD, "deal": "vandelay", "text": "a call with their cfo"}),
        ("dictated", "mark the acme renewal as lost they went with a competitor", {"intent": MD, "deal": "acme renewal", "stage": "lost"}),
        ("dictated", "move the globex pilot close to the end of march", {"intent": UD, "deal": "globex pilot", "close": MAR}),
        ("dictated", "the umbrella security deal slipped to the fifteenth of february", {"intent": UD, "deal": "umbrella security", "close": close_on(2027, 2, 15)}),
        ("dictated", "change the amount on the wayne tower deal to twelve thousand five hundred euros", {"intent": UD, "deal": "wayne tower", "amount": "12500", "currency": EUR}),
        ("dictated", "move the soylent catering deal to negotiation stage", {"intent": MD, "deal": "soylent catering", "stage": "closing"}),
        ("dictated", "we won the cyberdyne robotics deal they signed this morning", {"intent": MD, "deal": "cyberdyne robotics", "stage": "won"}),
        ("dictated", "dunder mifflin paper is at proposal now", {"intent": MD, "deal": "dunder mifflin paper", "stage": "presentation"}),
        ("dictated", "the nakatomi lease is now closing next month", {"intent": UD, "deal": "nakatomi lease", "close": DEC}),
        ("dictated", "drop the bluth frozen bananas deal down to eight thousand pounds", {"intent": UD, "deal": "bluth frozen bananas", "amount": "8000", "currency": GBP}),
        ("dictated", "for the pied piper deal the next step is getting the security questionnaire done", {"intent": UD, "deal": "pied piper", "text": "getting the security questionnaire done"}),
        ("dictated", "set the win probability on the oscorp deal to seventy percent", {"intent": UD, "deal": "oscorp", ASK: True}),
        ("dictated", "push the massive dynamic pilot out a couple of weeks", {"intent": UD, "deal": "massive dynamic pilot", ASK: True}),
        # ------------------------------------------------ long: small talk around the update
        ("long", "Morning! Quick one before my flight. The Initech rollout is slipping to end of January, their CFO is out until the 10th. Thanks!", {"intent": UD, "deal": "Initech rollout", "close": JAN}),
        ("long", "Good chat with procurement today, they want the extra module after all, so the Hooli expansion goes up to 120k. Close date stays as is.", {"intent": UD, "deal": "Hooli expansion", "amount": "120000"}),
        ("long", "Ugh, Mondays. Anyway: Vandelay import is lost, their board chose to build in-house. Might come back in Q3.", {"intent": MD, "deal": "Vandelay import", "stage": "lost"}),
        ("long", "Great news team! After three rounds of redlines the Tyrell Corp renewal is signed. Drinks on me Friday.", {"intent": MD, "deal": "Tyrell Corp renewal", "stage": "won"}),
        ("long", "Heads up, the legal review on the Globex data platform will take longer than planned, so please move the close date to 15 January. Amount unchanged.", {"intent": UD, "deal": "Globex data platform", "close": close_on(2027, 1, 15)}),
        ("long", "Just off the phone with their team, lovely people. Wayne security upgrade: they accepted the quote, so we can move it to negotiation.", {"intent": MD, "deal": "Wayne security upgrade", "stage": "closing"}),
        ("long", "So the Soylent catering deal is back on track, the next step is a tasting session with their chefs, they were very keen.", {"intent": UD, "deal": "Soylent catering", "text": "a tasting session with their chefs"}),
        ("long", "Hope everyone had a good weekend. Small update, the Pied Piper compression deal is now 48k EUR after we added support.", {"intent": UD, "deal": "Pied Piper compression", "amount": "48000", "currency": EUR}),
        ("long", "Not great: the Stark renewal won't happen this year, they need board sign-off in February. Let's say end of February for the close.", {"intent": UD, "deal": "Stark renewal", "close": FEB}),
        ("long", "Thanks for the help yesterday. For the record I'd like to rename the Acme pilot deal to Acme enterprise rollout, it grew a lot.", {"intent": UD, "deal": "Acme pilot", ASK: True}),
        # ------------------------------------------------ other languages
        ("lang-es", "Retrasa el cierre del trato Repsol licencias a finales de enero", {"intent": UD, "deal": "Repsol licencias", "close": JAN}),
        ("lang-es", "El trato de Iberdrola sube a 80.000 €", {"intent": UD, "deal": "Iberdrola", "amount": "80000", "currency": EUR}),
        ("lang-es", "Perdimos el trato de Telefónica por precio", {"intent": MD, "deal": "Telefónica", "stage": "lost"}),
        ("lang-de", "Deal Siemens Wartung: Abschluss verschiebt sich auf Ende Februar", {"intent": UD, "deal": "Siemens Wartung", "close": FEB}),
        ("lang-de", "Den Deal Bosch Pilot auf 55.000 € senken", {"intent": UD, "deal": "Bosch Pilot", "amount": "55000", "currency": EUR}),
        ("lang-de", "Deal Zeiss Optik gewonnen, Vertrag ist unterschrieben", {"intent": MD, "deal": "Zeiss Optik", "stage": "won"}),
        ("lang-fr", "La clôture de l'affaire Orange fibre est repoussée à fin mars", {"intent": UD, "deal": "Orange fibre", "close": MAR}),
        ("lang-fr", "Affaire Renault flotte : montant passé à 70 000 €", {"intent": UD, "deal": "Renault flotte", "amount": "70000", "currency": EUR}),
        ("lang-fr", "Affaire Danone perdue, trop cher pour eux", {"intent": MD, "deal": "Danone", "stage": "lost"}),
        ("lang-nb", "Flytt lukkedatoen for Equinor-avtalen til 1. februar", {"intent": UD, "deal": "Equinor", "close": close_on(2027, 2, 1)}),
        ("lang-nb", "Øk Telenor-avtalen til 300 000 kr", {"intent": UD, "deal": "Telenor", "amount": "300000", "currency": NOK}),
        ("lang-nb", "Vi tapte DNB-avtalen, de valgte en konkurrent", {"intent": MD, "deal": "DNB", "stage": "lost"}),
        # ------------------------------------------------ near-misses: no update
        ("negative", "when does the Tyrell renewal close?", {"intent": FIND, "text": "Tyrell renewal"}),
        ("negative", "is Calloway Dental still 60k?", {"intent": FIND, "text": "Calloway Dental"}),
        ("negative", "what's the close date on the Initech rollout?", {"intent": FIND, "text": "Initech rollout"}),
        ("negative", "did we win the Fenmore Timber deal?", {"intent": FIND, "text": "Fenmore Timber"}),
        ("negative", "what stage is Whitby Marine renewal in?", {"intent": FIND, "text": "Whitby Marine renewal"}),
        ("negative", "how much is the Pellworth CRM deal worth?", {"intent": FIND, "text": "Pellworth CRM"}),
        ("negative", "who owns the Hatherley Mills deal?", {"intent": FIND, "text": "Hatherley Mills"}),
        ("negative", "how do I push a close date?", {"intent": "help"}),
        ("negative", "called Maria Lopez at Acme about the renewal, she wants it pushed to january", {"intent": LOG, "activity_type": CALL, "contact": "Maria Lopez", "account": "Acme"}),
        ("negative", "met Tom Reyes at Globex, they say the pilot will slip to Q2", {"intent": LOG, "activity_type": MEET, "contact": "Tom Reyes", "account": "Globex"}),
        ("negative", "emailed Ines Carvalho at Brennan Logistics the revised quote for 48k", {"intent": LOG, "activity_type": EMAIL, "contact": "Ines Carvalho", "account": "Brennan Logistics", "amount": "48000"}),
        ("negative", "note on Ostara Foods: procurement wants 10% off before they sign", {"intent": LOG, "activity_type": NOTE, "account": "Ostara Foods"}),
        ("negative", "spoke to Rajesh Iyer at Kelvin Grove, their budget resets in April, follow up friday", {"intent": LOG, "activity_type": CALL, "contact": "Rajesh Iyer", "account": "Kelvin Grove", "due": wd(FRI)}),
        ("negative", "new deal Larkspur Media renewal 35k closing in February", {"intent": CD, "deal": "Larkspur Media renewal", "amount": "35000", "close": FEB}),
        ("negative", "new deal Marlow Insurance claims portal 60k q1", {"intent": CD, "deal": "Marlow Insurance claims portal", "amount": "60000", "close": Q1}),
        ("negative", "new opportunity Thornbury Schools laptops €90k", {"intent": CD, "deal": "Thornbury Schools laptops", "amount": "90000", "currency": EUR}),
        ("negative", "remind me friday to update the Greyhawk close date", {"intent": R, "account": "Greyhawk", "due": wd(FRI), "text": "update the Greyhawk close date"}),
        ("negative", "remind me tomorrow to move the Quillon deal to proposal", {"intent": R, "account": "Quillon", "due": CLOCK.d(1), "text": "move the Quillon deal to proposal"}),
        ("negative", "push notifications are broken on my phone", {"intent": U}),
        ("negative", "the deal of the century lol", {"intent": U}),
        ("negative", "what's next on the Audley Care deal?", {"intent": FIND, "text": "Audley Care"}),
        ("negative", "Sarah, can you bump the Ravensworth deal to 40k for me?", {"intent": U}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    return rows_marked("up", rows(), CLOCK)


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
