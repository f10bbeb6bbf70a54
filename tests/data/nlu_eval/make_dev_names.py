# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_names.jsonl``, a development set for names and languages (run by hand; the
output is committed).

Why: the two other development sets were tuned on; this one was written by hand by the
``pknown`` helper in one sitting, before the parser was run on any of its rows, to measure what
names the parser reads from the words alone: names of many origins (Nigerian, Ghanaian, Kenyan,
Indian, Chinese, Vietnamese, Kazakh, Greek, Basque, Nordic, Turkish, Arabic, Polish, Irish),
typed in lower case or dictated, multiword names with particles ("van der", "de la", "bin"),
companies with legal suffixes (plc, Ltd, GmbH, S.A., AS, ASA, AB, Oyj, SE, S.L., KK, Pty Ltd,
Sdn Bhd), and whole sentences in German, Greek, Kazakh, Spanish, French, Norwegian and Basque.
Labels follow ``docs/understanding.md`` and ``TEST_README.md`` (``text`` only for remind, find
and update_deal; titles dropped; legal suffixes kept; names as written). Every ``due`` is
computed here with ``datetime`` from ``now``.

    python tests/data/nlu_eval/make_dev_names.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from devkit import Clock, write

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
_NOW = datetime.fromisoformat(NOW).replace(tzinfo=ZoneInfo(TZ))
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
OUT = Path(__file__).with_name("dev_names.jsonl")
CLOCK = Clock(NOW, TZ)
at, d, wd = CLOCK.at, CLOCK.d, CLOCK.wd


R, LOG, CC, CA, CD, MD, F = (
    "remind",
    "log_activity",
    "create_contact",
    "create_account",
    "create_deal",
    "move_deal",
    "find",
)
CALL, MEET, VISIT, NOTE, EMAIL = "call", "meeting", "visit", "note", "email"


def rows() -> list[tuple[str, str, dict[str, str]]]:
    # fmt: off
    return [
        # ------------------------------------------------------------------ names, capitalised
        ("names", "Called Chukwuemeka Nwosu at Dangote Cement plc about the bulk order", {"intent": LOG, "activity_type": CALL, "contact": "Chukwuemeka Nwosu", "account": "Dangote Cement plc"}),
        ("names", "Met Abena Owusu-Ansah from MTN Ghana Ltd, follow up Monday", {"intent": LOG, "activity_type": MEET, "contact": "Abena Owusu-Ansah", "account": "MTN Ghana Ltd", "due": wd(MON)}),
        ("names", "Spoke with Wanjiku Kamau at Safaricom PLC, she wants a demo", {"intent": LOG, "activity_type": CALL, "contact": "Wanjiku Kamau", "account": "Safaricom PLC"}),
        ("names", "Emailed Priyanka Venkataraman at Infosys Ltd the revised quote", {"intent": LOG, "activity_type": EMAIL, "contact": "Priyanka Venkataraman", "account": "Infosys Ltd"}),
        ("names", "Lunch with Nguyen Thi Lan from Vinamilk tomorrow at 1", {"intent": LOG, "activity_type": MEET, "contact": "Nguyen Thi Lan", "account": "Vinamilk", "due": d(1, 13)}),
        ("names", "Called Zhang Wei at Haier Group, follow up next Tuesday at 10", {"intent": LOG, "activity_type": CALL, "contact": "Zhang Wei", "account": "Haier Group", "due": wd(TUE, 10)}),
        ("names", "Met Yerlan Nurgaliyev from Kaspi Bank JSC, good meeting", {"intent": LOG, "activity_type": MEET, "contact": "Yerlan Nurgaliyev", "account": "Kaspi Bank JSC"}),
        ("names", "Visited Eleftheria Papadopoulou at Cosmote S.A.", {"intent": LOG, "activity_type": VISIT, "contact": "Eleftheria Papadopoulou", "account": "Cosmote S.A."}),
        ("names", "Called Iñaki Etxeberria at Irizar S. Coop. about the bus fleet", {"intent": LOG, "activity_type": CALL, "contact": "Iñaki Etxeberria", "account": "Irizar S. Coop."}),
        ("names", "Met Ingrid Haugland from Equinor ASA, follow up Friday", {"intent": LOG, "activity_type": MEET, "contact": "Ingrid Haugland", "account": "Equinor ASA", "due": wd(FRI)}),
        ("names", "Called Mehmet Yılmaz at Arçelik A.Ş. about pricing", {"intent": LOG, "activity_type": CALL, "contact": "Mehmet Yılmaz", "account": "Arçelik A.Ş."}),
        ("names", "Spoke to Fatima Al-Mansouri from Emirates NBD, she'll send the RFP", {"intent": LOG, "activity_type": CALL, "contact": "Fatima Al-Mansouri", "account": "Emirates NBD"}),
        ("names", "Met Agnieszka Wiśniewska at PKN Orlen S.A. yesterday", {"intent": LOG, "activity_type": MEET, "contact": "Agnieszka Wiśniewska", "account": "PKN Orlen S.A."}),
        ("names", "Called Siobhán Ní Bhriain at Kerry Group plc re the renewal", {"intent": LOG, "activity_type": CALL, "contact": "Siobhán Ní Bhriain", "account": "Kerry Group plc"}),
        ("names", "Coffee with Jan-Willem van der Berg from Philips N.V., follow up Monday", {"intent": LOG, "activity_type": MEET, "contact": "Jan-Willem van der Berg", "account": "Philips N.V.", "due": wd(MON)}),
        ("names", "Called María José de la Cruz at Grupo Bimbo S.A.B. de C.V.", {"intent": LOG, "activity_type": CALL, "contact": "María José de la Cruz", "account": "Grupo Bimbo S.A.B. de C.V."}),
        ("names", "Met Ahmad bin Abdullah at Petronas Sdn Bhd about the pilot", {"intent": LOG, "activity_type": MEET, "contact": "Ahmad bin Abdullah", "account": "Petronas Sdn Bhd"}),
        ("names", "Emailed Haruto Tanaka at Sumitomo Corporation the contract", {"intent": LOG, "activity_type": EMAIL, "contact": "Haruto Tanaka", "account": "Sumitomo Corporation"}),
        ("names", "Called Oksana Kovalenko at Naftogaz, follow up tomorrow at 4", {"intent": LOG, "activity_type": CALL, "contact": "Oksana Kovalenko", "account": "Naftogaz", "due": d(1, 16)}),
        ("names", "Met Sipho Dlamini from Sasol Ltd, he wants a proposal", {"intent": LOG, "activity_type": MEET, "contact": "Sipho Dlamini", "account": "Sasol Ltd"}),
        ("names", "Called Aigerim Bekova at Air Astana JSC", {"intent": LOG, "activity_type": CALL, "contact": "Aigerim Bekova", "account": "Air Astana JSC"}),
        ("names", "Met Kjetil Brekke from Kongsberg Gruppen ASA, follow up Wednesday", {"intent": LOG, "activity_type": MEET, "contact": "Kjetil Brekke", "account": "Kongsberg Gruppen ASA", "due": wd(WED)}),
        ("names", "Called Astrid Lindqvist at Volvo Cars AB about the fleet deal", {"intent": LOG, "activity_type": CALL, "contact": "Astrid Lindqvist", "account": "Volvo Cars AB"}),
        ("names", "Spoke with Mikko Virtanen at Nokia Oyj", {"intent": LOG, "activity_type": CALL, "contact": "Mikko Virtanen", "account": "Nokia Oyj"}),
        ("names", "Met Dr. Olusegun Bankole at Lagos University Teaching Hospital", {"intent": LOG, "activity_type": MEET, "contact": "Olusegun Bankole", "account": "Lagos University Teaching Hospital"}),
        ("names", "Called Mr Rajesh Kumar Iyer at Tata Consultancy Services Ltd", {"intent": LOG, "activity_type": CALL, "contact": "Rajesh Kumar Iyer", "account": "Tata Consultancy Services Ltd"}),
        ("names", "Visited Chen Xiaoling at BYD Co. Ltd. in Shenzhen", {"intent": LOG, "activity_type": VISIT, "contact": "Chen Xiaoling", "account": "BYD Co. Ltd."}),
        ("names", "Met Tomasz Nowak from CD Projekt S.A., follow up Tuesday", {"intent": LOG, "activity_type": MEET, "contact": "Tomasz Nowak", "account": "CD Projekt S.A.", "due": wd(TUE)}),
        # ------------------------------------------------------------------ names, lower case
        ("lower", "called chukwuemeka nwosu at dangote cement plc", {"intent": LOG, "activity_type": CALL, "contact": "chukwuemeka nwosu", "account": "dangote cement plc"}),
        ("lower", "met adaeze okonkwo from access bank, follow up friday", {"intent": LOG, "activity_type": MEET, "contact": "adaeze okonkwo", "account": "access bank", "due": wd(FRI)}),
        ("lower", "spoke with kwabena mensah at ghana cocoa board", {"intent": LOG, "activity_type": CALL, "contact": "kwabena mensah", "account": "ghana cocoa board"}),
        ("lower", "called njeri wambui at equity bank re the loan tool", {"intent": LOG, "activity_type": CALL, "contact": "njeri wambui", "account": "equity bank"}),
        ("lower", "emailed anjali deshmukh at wipro the pricing sheet", {"intent": LOG, "activity_type": EMAIL, "contact": "anjali deshmukh", "account": "wipro"}),
        ("lower", "met liu yang from lenovo group ltd, follow up monday", {"intent": LOG, "activity_type": MEET, "contact": "liu yang", "account": "lenovo group ltd", "due": wd(MON)}),
        ("lower", "called tran van minh at viettel about the rollout", {"intent": LOG, "activity_type": CALL, "contact": "tran van minh", "account": "viettel"}),
        ("lower", "met daniyar seitkali from kazmunaygas", {"intent": LOG, "activity_type": MEET, "contact": "daniyar seitkali", "account": "kazmunaygas"}),
        ("lower", "called nikos georgiou at aegean airlines, follow up tomorrow", {"intent": LOG, "activity_type": CALL, "contact": "nikos georgiou", "account": "aegean airlines", "due": d(1)}),
        ("lower", "spoke with amaia zubizarreta at mondragon", {"intent": LOG, "activity_type": CALL, "contact": "amaia zubizarreta", "account": "mondragon"}),
        ("lower", "met solveig dahl from telenor asa about the contract", {"intent": LOG, "activity_type": MEET, "contact": "solveig dahl", "account": "telenor asa"}),
        ("lower", "called emre demir at turkcell, follow up wednesday at 11", {"intent": LOG, "activity_type": CALL, "contact": "emre demir", "account": "turkcell", "due": wd(WED, 11)}),
        ("lower", "met leila haddad from aramco", {"intent": LOG, "activity_type": MEET, "contact": "leila haddad", "account": "aramco"}),
        ("lower", "called piotr zielinski at allegro", {"intent": LOG, "activity_type": CALL, "contact": "piotr zielinski", "account": "allegro"}),
        ("lower", "met aoife brennan from ryanair dac, follow up monday", {"intent": LOG, "activity_type": MEET, "contact": "aoife brennan", "account": "ryanair dac", "due": wd(MON)}),
        ("lower", "called olumide bakare at flutterwave about the api", {"intent": LOG, "activity_type": CALL, "contact": "olumide bakare", "account": "flutterwave"}),
        ("lower", "lunch w/ thandiwe khumalo @ standard bank tmrw 1pm", {"intent": LOG, "activity_type": MEET, "contact": "thandiwe khumalo", "account": "standard bank", "due": d(1, 13)}),
        ("lower", "cb from yetunde adebayo re the invoice", {"intent": LOG, "activity_type": CALL, "contact": "yetunde adebayo"}),
        ("lower", "vm for gulnara akhmetova @ halyk bank", {"intent": LOG, "activity_type": CALL, "contact": "gulnara akhmetova", "account": "halyk bank"}),
        ("lower", "mtg w/ giannis antoniou at opap sa fri 10am", {"intent": LOG, "activity_type": MEET, "contact": "giannis antoniou", "account": "opap sa", "due": wd(FRI, 10)}),
        ("lower", "called eneko arregi at cikautxo s coop", {"intent": LOG, "activity_type": CALL, "contact": "eneko arregi", "account": "cikautxo s coop"}),
        ("lower", "met eirik nygaard at aker bp asa", {"intent": LOG, "activity_type": MEET, "contact": "eirik nygaard", "account": "aker bp asa"}),
        ("lower", "spoke w/ deepika raman @ zoho corp", {"intent": LOG, "activity_type": CALL, "contact": "deepika raman", "account": "zoho corp"}),
        ("lower", "called wei ming at alibaba, follow up next monday", {"intent": LOG, "activity_type": CALL, "contact": "wei ming", "account": "alibaba", "due": wd(MON)}),
        ("lower", "met bauyrzhan omarov from beeline kazakhstan", {"intent": LOG, "activity_type": MEET, "contact": "bauyrzhan omarov", "account": "beeline kazakhstan"}),
        ("lower", "called mustafa kaya at koc holding a.s.", {"intent": LOG, "activity_type": CALL, "contact": "mustafa kaya", "account": "koc holding a.s."}),
        # ------------------------------------------------------------------ dictated
        ("dictated", "i just spoke with ifeoma eze from zenith bank she wants a quote follow up on monday", {"intent": LOG, "activity_type": CALL, "contact": "ifeoma eze", "account": "zenith bank", "due": wd(MON)}),
        ("dictated", "had a meeting with rohan mehta from reliance industries limited it went well", {"intent": LOG, "activity_type": MEET, "contact": "rohan mehta", "account": "reliance industries limited"}),
        ("dictated", "called otieno ouma at kenya airways about the corporate plan", {"intent": LOG, "activity_type": CALL, "contact": "otieno ouma", "account": "kenya airways"}),
        ("dictated", "remind me tomorrow at ten to call babajide ogunleye", {"intent": R, "due": d(1, 10), "text": "call babajide ogunleye", "contact": "babajide ogunleye"}),
        ("dictated", "remind me on friday to send the proposal to nordea bank abp", {"intent": R, "due": wd(FRI), "text": "send the proposal to nordea bank abp", "account": "nordea bank abp"}),
        ("dictated", "new contact ama serwaa boateng at ecobank ghana", {"intent": CC, "contact": "ama serwaa boateng", "account": "ecobank ghana"}),
        ("dictated", "add zhanna abenova from samruk kazyna to my contacts", {"intent": CC, "contact": "zhanna abenova", "account": "samruk kazyna"}),
        ("dictated", "new account nigerian breweries plc", {"intent": CA, "account": "nigerian breweries plc"}),
        ("dictated", "i just hung up with konstantinos pappas from piraeus bank", {"intent": LOG, "activity_type": CALL, "contact": "konstantinos pappas", "account": "piraeus bank"}),
        ("dictated", "met with itziar goikoetxea at eroski this morning", {"intent": LOG, "activity_type": MEET, "contact": "itziar goikoetxea", "account": "eroski"}),
        # ------------------------------------------------------------------ other intents with names
        ("names", "new contact Oluwaseun Adeyemi oluwaseun@paystack.com at Paystack", {"intent": CC, "contact": "Oluwaseun Adeyemi", "email": "oluwaseun@paystack.com", "account": "Paystack"}),
        ("names", "add Nurlan Zhaksybekov from Kazakhtelecom JSC to my contacts", {"intent": CC, "contact": "Nurlan Zhaksybekov", "account": "Kazakhtelecom JSC"}),
        ("names", "new contact Nana Akua Asante at Fidelity Bank Ghana Ltd", {"intent": CC, "contact": "Nana Akua Asante", "account": "Fidelity Bank Ghana Ltd"}),
        ("names", "new account Wärtsilä Oyj", {"intent": CA, "account": "Wärtsilä Oyj"}),
        ("names", "new account Hellenic Petroleum S.A.", {"intent": CA, "account": "Hellenic Petroleum S.A."}),
        ("names", "new account Mahindra & Mahindra Ltd", {"intent": CA, "account": "Mahindra & Mahindra Ltd"}),
        ("names", "new deal Dangote Cement expansion 250k USD", {"intent": CD, "deal": "Dangote Cement expansion", "amount": "250000", "currency": "USD"}),
        ("names", "new deal Kaspi Bank JSC pilot 40k EUR", {"intent": CD, "deal": "Kaspi Bank JSC pilot", "amount": "40000", "currency": "EUR"}),
        ("names", "move Safaricom PLC renewal to negotiation", {"intent": MD, "deal": "Safaricom PLC renewal", "stage": "closing"}),
        ("names", "Equinor ASA pilot won", {"intent": MD, "deal": "Equinor ASA pilot", "stage": "won"}),
        ("names", "remind me tomorrow at 3 to call Wanjiru Njoroge", {"intent": R, "due": d(1, 15), "text": "call Wanjiru Njoroge", "contact": "Wanjiru Njoroge"}),
        ("names", "remind me Monday at 9 to chase Kerry Group plc for the PO", {"intent": R, "due": wd(MON, 9), "text": "chase Kerry Group plc for the PO", "account": "Kerry Group plc"}),
        ("names", "remind me friday at 11 to email Thabo Nkosi", {"intent": R, "due": wd(FRI, 11), "text": "email Thabo Nkosi", "contact": "Thabo Nkosi"}),
        ("names", "who is Chiamaka Obi", {"intent": F, "contact": "Chiamaka Obi"}),
        ("names", "show me the Sasol Ltd account", {"intent": F, "account": "Sasol Ltd"}),
        ("names", "who is Yiannis Karamanlis", {"intent": F, "contact": "Yiannis Karamanlis"}),
        # ------------------------------------------------------------------ German
        ("lang-de", "Anruf mit Jürgen Weiß von der Deutsche Telekom AG, Nachfassen am Montag", {"intent": LOG, "activity_type": CALL, "contact": "Jürgen Weiß", "account": "Deutsche Telekom AG", "due": wd(MON)}),
        ("lang-de", "Treffen mit Katrin Müller bei Bosch GmbH morgen um 14 Uhr", {"intent": LOG, "activity_type": MEET, "contact": "Katrin Müller", "account": "Bosch GmbH", "due": d(1, 14)}),
        ("lang-de", "erinnere mich morgen um 10 Uhr, Stefan Hoffmann anzurufen", {"intent": R, "due": d(1, 10), "text": "Stefan Hoffmann anzurufen", "contact": "Stefan Hoffmann"}),
        ("lang-de", "neuer Kontakt Lukas Schneider von der Siemens AG", {"intent": CC, "contact": "Lukas Schneider", "account": "Siemens AG"}),
        ("lang-de", "neues Konto Müller Maschinenbau GmbH & Co. KG", {"intent": CA, "account": "Müller Maschinenbau GmbH & Co. KG"}),
        ("lang-de", "Telefonat mit Sabine Koch von BASF SE", {"intent": LOG, "activity_type": CALL, "contact": "Sabine Koch", "account": "BASF SE"}),
        ("lang-de", "erinnere mich am Freitag um 9 Uhr an das Angebot für Zalando SE", {"intent": R, "due": wd(FRI, 9), "text": "das Angebot für Zalando SE", "account": "Zalando SE"}),
        # ------------------------------------------------------------------ Greek
        ("lang-el", "συνάντηση με τον Δημήτρη Παπαδόπουλο από την Cosmote αύριο στις 11", {"intent": LOG, "activity_type": MEET, "contact": "Δημήτρη Παπαδόπουλο", "account": "Cosmote", "due": d(1, 11)}),
        ("lang-el", "θύμισέ μου την Δευτέρα στις 10 να πάρω τηλέφωνο την Ελένη Γεωργίου", {"intent": R, "due": wd(MON, 10), "text": "πάρω τηλέφωνο την Ελένη Γεωργίου", "contact": "Ελένη Γεωργίου"}),
        ("lang-el", "νέα επαφή Νίκος Αντωνίου από την Eurobank", {"intent": CC, "contact": "Νίκος Αντωνίου", "account": "Eurobank"}),
        ("lang-el", "νέος λογαριασμός Μυτιληναίος Α.Ε.", {"intent": CA, "account": "Μυτιληναίος Α.Ε."}),
        ("lang-el", "θύμισέ μου αύριο στις 9 να στείλω την προσφορά στη Vodafone", {"intent": R, "due": d(1, 9), "text": "στείλω την προσφορά στη Vodafone", "account": "Vodafone"}),
        # ------------------------------------------------------------------ Kazakh
        ("lang-kk", "ертең сағат 11-де Нұрлан Сейітовке қоңырау шалуды еске сал", {"intent": R, "due": d(1, 11), "text": "Нұрлан Сейітовке қоңырау шалуды", "contact": "Нұрлан Сейітов"}),
        ("lang-kk", "жаңа контакт Дина Омарова Kaspi Bank", {"intent": CC, "contact": "Дина Омарова", "account": "Kaspi Bank"}),
        ("lang-kk", "жаңа компания Қазақтелеком АҚ", {"intent": CA, "account": "Қазақтелеком АҚ"}),
        ("lang-kk", "дүйсенбі күні сағат 10-да Арман Қасымовқа хат жіберуді еске сал", {"intent": R, "due": wd(MON, 10), "text": "Арман Қасымовқа хат жіберуді", "contact": "Арман Қасымов"}),
        # ------------------------------------------------------------------ Spanish
        ("lang-es", "llamé a Lucía Martínez de Telefónica S.A., seguimiento el viernes", {"intent": LOG, "activity_type": CALL, "contact": "Lucía Martínez", "account": "Telefónica S.A.", "due": wd(FRI)}),
        ("lang-es", "reunión con Javier de la Fuente de Iberdrola mañana a las 10", {"intent": LOG, "activity_type": MEET, "contact": "Javier de la Fuente", "account": "Iberdrola", "due": d(1, 10)}),
        ("lang-es", "recuérdame el lunes a las 9 llamar a Carmen Ruiz", {"intent": R, "due": wd(MON, 9), "text": "llamar a Carmen Ruiz", "contact": "Carmen Ruiz"}),
        ("lang-es", "nuevo contacto Andrés Gómez de Mercadona", {"intent": CC, "contact": "Andrés Gómez", "account": "Mercadona"}),
        ("lang-es", "nueva cuenta Talleres Echeverría S.L.", {"intent": CA, "account": "Talleres Echeverría S.L."}),
        ("lang-es", "hablé con Sofía Navarro de Banco Sabadell", {"intent": LOG, "activity_type": CALL, "contact": "Sofía Navarro", "account": "Banco Sabadell"}),
        # ------------------------------------------------------------------ French
        ("lang-fr", "appel avec Étienne Lefèvre de TotalEnergies SE, relance vendredi", {"intent": LOG, "activity_type": CALL, "contact": "Étienne Lefèvre", "account": "TotalEnergies SE", "due": wd(FRI)}),
        ("lang-fr", "réunion avec Amélie Rousseau chez Michelin demain à 15h", {"intent": LOG, "activity_type": MEET, "contact": "Amélie Rousseau", "account": "Michelin", "due": d(1, 15)}),
        ("lang-fr", "rappelle-moi lundi à 10h d'appeler Mathieu Girard", {"intent": R, "due": wd(MON, 10), "text": "appeler Mathieu Girard", "contact": "Mathieu Girard"}),
        ("lang-fr", "nouveau contact Chloé Dubois de Decathlon", {"intent": CC, "contact": "Chloé Dubois", "account": "Decathlon"}),
        ("lang-fr", "nouveau compte Fromageries Bel SA", {"intent": CA, "account": "Fromageries Bel SA"}),
        ("lang-fr", "appel avec Aminata Diallo de Orange Sénégal", {"intent": LOG, "activity_type": CALL, "contact": "Aminata Diallo", "account": "Orange Sénégal"}),
        # ------------------------------------------------------------------ Norwegian
        ("lang-nb", "ringte Ole Kristian Hansen hos DNB ASA, følg opp fredag", {"intent": LOG, "activity_type": CALL, "contact": "Ole Kristian Hansen", "account": "DNB ASA", "due": wd(FRI)}),
        ("lang-nb", "møte med Kari Nordmann hos Telenor i morgen kl 10", {"intent": LOG, "activity_type": MEET, "contact": "Kari Nordmann", "account": "Telenor", "due": d(1, 10)}),
        ("lang-nb", "minn meg på mandag kl 9 å ringe Lars Johansen", {"intent": R, "due": wd(MON, 9), "text": "ringe Lars Johansen", "contact": "Lars Johansen"}),
        ("lang-nb", "ny kontakt Silje Berg hos Schibsted ASA", {"intent": CC, "contact": "Silje Berg", "account": "Schibsted ASA"}),
        ("lang-nb", "ny konto Bergen Fiskeindustri AS", {"intent": CA, "account": "Bergen Fiskeindustri AS"}),
        ("lang-nb", "ringte Bjørn Støre hos Hydro", {"intent": LOG, "activity_type": CALL, "contact": "Bjørn Støre", "account": "Hydro"}),
        # ------------------------------------------------------------------ Basque
        ("lang-eu", "gogorarazi bihar 11etan Joseba Urrutiari deitzea", {"intent": R, "due": d(1, 11), "text": "Joseba Urrutiari deitzea", "contact": "Joseba Urrutia"}),
        ("lang-eu", "kontaktu berria Nerea Etxeberria Orona S. Coop.", {"intent": CC, "contact": "Nerea Etxeberria", "account": "Orona S. Coop."}),
        ("lang-eu", "bezero berria Ulma Taldea", {"intent": CA, "account": "Ulma Taldea"}),
        ("lang-eu", "gogorarazi astelehenean 10etan Maite Goikoetxeari idaztea", {"intent": R, "due": wd(MON, 10), "text": "Maite Goikoetxeari idaztea", "contact": "Maite Goikoetxea"}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for style, message, expected in rows():
        lang = style[5:] if style.startswith("lang-") else "en"
        out.append(
            {
                "id": f"n{len(out) + 1:04d}",
                "message": message,
                "now": NOW,
                "tz": TZ,
                "lang": lang,
                "style": style,
                "expected": expected,
            }
        )
    return out


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
