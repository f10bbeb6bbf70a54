# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_lang3.jsonl``, a third development set for the other languages (run by hand).

Why: the blind sets' German, Greek and Kazakh rows stayed weak while ``dev_lang2`` sat at 92%,
and three causes were known but unmeasured: a German verb-final log ("habe Maria angerufen")
lost its name, a written 24-hour time ("à 7h15", "um 7 Uhr", "kl. 7", "7:30") in a language
that writes the 24-hour clock was read as the afternoon, and amounts and times as words. These
rows were written by hand by the ``plang3`` helper in one sitting, after reading ``dev_lang``
and ``dev_lang2`` for their choices, before the parser was run on any of them: 21 to 25 rows
in each of German, French, Spanish, Norwegian, Greek, Basque and Kazakh (``lang`` set, style
``lang-xx``), covering for each language logs (call, meeting, visit, email) with person and
company, verb-final and pronoun-first orders ("Mit Anna Krause … habe ich mich getroffen", "A
Javier Ruiz … lo visité", "Τον κύριο Δημητρίου … τον πήρα"), reminders with 24-hour times,
times as words with a part of the day, new contacts and deals with local amount formats
("1.500 €", "1 500 €", "2,5 M€", "15 000 kr", "1,2 mill. kr", "1 500 000 теңге", "3 млн ₸") and
amounts as words, moves and updates, finds, and small talk (``unknown``).

The time choice (``docs/understanding.md``, "Messages in the other languages"): in German,
French, Spanish, Norwegian and Greek a time written in the 24-hour way ("7:30", "7h15", "7 Uhr",
"kl. 7", "kl 06.45") means what it says, 06:00 to 07:59 in the morning; "19 Uhr", "19h30" the
evening. Written so with an hour from 1 to 5 ("um 3 Uhr", "à 3h", "kl. 3", "a las 3:15", "στις
4:15") it says 03:00 while no rep sets a reminder then, and the writer may mean the afternoon:
those rows are asked about (``expect_ask``). A bare hour said without a 24-hour mark ("a las
7", "στις 3", "klokka sju") keeps the contract's rule; every such row here says its part of
the day ("sieben Uhr abends", "à sept heures du soir", "klokka sju i kveld", "στις εννιά το
βράδυ", "goizeko zazpietan", "кешкі сағат 7-де").

Labels follow ``dev_lang`` and ``dev_lang2``: ``text`` is given for Spanish, French and
Norwegian reminders only; a reminder names its plain company ("llamar a Iberdrola") and a
person it is about ("rappeler Julie"); titles are dropped; Greek names stay as written, Basque
and Kazakh case endings are dropped; a customer's date is part of the note. ``now`` is Thursday
2026-11-26 10:00 Europe/Madrid (de, fr, es, eu), 10:00 Europe/Oslo (nb), 11:00 Europe/Athens
(el), 14:00 Asia/Almaty (kk). Every ``due`` is computed here by :mod:`devkit`.

    python tests/data/nlu_eval/make_dev_lang3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from devkit import (
    CALL,
    CC,
    CD,
    EMAIL,
    EUR,
    FIND,
    FRI,
    LANG_CLOCKS,
    LOG,
    LR,
    MD,
    MEET,
    MON,
    THU,
    TUE,
    UD,
    VISIT,
    Clock,
    R,
    U,
    rows_by_language,
    write,
)

OUT = Path(__file__).with_name("dev_lang3.jsonl")

CLOCKS = LANG_CLOCKS
NOK, KZT = "NOK", "KZT"

# (message, expected, expect_ask)
Row = tuple[str, dict[str, str], bool]


def _de(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("Habe heute Vormittag Maria Schulz von der Bosch GmbH angerufen, sie braucht das Angebot bis Freitag", {"intent": LOG, "activity_type": CALL, "contact": "Maria Schulz", "account": "Bosch GmbH"}, False),
        ("Ich habe gestern mit Thomas Wagner telefoniert und rufe ihn am Montag um 7:30 zurück", {"intent": LOG, "activity_type": CALL, "contact": "Thomas Wagner", "due": c.wd(MON, 7, 30)}, False),
        ("Heute Herrn Becker bei Continental besucht, nächster Termin am 3. Dezember um 7 Uhr", {"intent": LOG, "activity_type": VISIT, "contact": "Becker", "account": "Continental", "due": c.ymd(2026, 12, 3, 7)}, False),
        ("Mit Anna Krause von BASF habe ich mich zum Mittagessen getroffen", {"intent": LOG, "activity_type": MEET, "contact": "Anna Krause", "account": "BASF"}, False),
        ("Gerade eine Mail an Lukas Hoffmann geschickt wegen der Preise", {"intent": LOG, "activity_type": EMAIL, "contact": "Lukas Hoffmann"}, False),
        ("Termin mit Frau König von der Allianz am Montag um 7:30", {"intent": LOG, "activity_type": MEET, "contact": "König", "account": "Allianz", "due": c.wd(MON, 7, 30)}, False),
        ("Mo 8 Uhr Frühstück mit Herrn Graf (Evonik)", {"intent": LOG, "activity_type": MEET, "contact": "Graf", "account": "Evonik", "due": c.wd(MON, 8)}, False),
        ("Erinnere mich morgen um 7 Uhr an den Anruf bei Zeiss", {"intent": R, "account": "Zeiss", "due": c.d(1, 7)}, False),
        ("Erinnere mich heute um 19 Uhr, die Unterlagen zu schicken", {"intent": R, "due": c.d(0, 19)}, False),
        ("erinnere mich um sieben uhr abends an das angebot", {"intent": R, "due": c.d(0, 19)}, False),
        ("Erinnerung: Freitag um 6:45 Flug nach Hamburg", {"intent": R, "due": c.wd(FRI, 6, 45)}, False),
        ("erinnere mich übermorgen um 3 Uhr an die Telko", {"intent": R}, True),
        ("Neuer Deal: Lufthansa Technik Wartung, 1.500 €", {"intent": CD, "deal": "Lufthansa Technik Wartung", "amount": "1500", "currency": EUR}, False),
        ("Neue Verkaufschance bei Miele über 25.000 Euro, Abschluss im März", {"intent": CD, "account": "Miele", "amount": "25000", "currency": EUR, "close": c.close_on(2027, 3, 31)}, False),
        ("neuer deal bei der otto group über zweitausendfünfhundert euro", {"intent": CD, "account": "otto group", "amount": "2500", "currency": EUR}, False),
        ("Neuer Kontakt: Julia Neumann, Vertrieb bei Henkel, julia.neumann@henkel.de", {"intent": CC, "contact": "Julia Neumann", "account": "Henkel", "email": "julia.neumann@henkel.de"}, False),
        ("Lege Peter Schmitt von Bayer als Kontakt an", {"intent": CC, "contact": "Peter Schmitt", "account": "Bayer"}, False),
        ("Der Deal Adidas Trikots ist verloren", {"intent": MD, "deal": "Adidas Trikots", "stage": "lost"}, False),
        ("Deal Porsche Leasing in die Verhandlung schieben", {"intent": MD, "deal": "Porsche Leasing", "stage": "closing"}, False),
        ("Betrag beim Deal Haribo Export auf 60.000 € ändern", {"intent": UD, "deal": "Haribo Export", "amount": "60000", "currency": EUR}, False),
        ("Abschlussdatum vom Deal Merck Labor auf Ende Januar setzen", {"intent": UD, "deal": "Merck Labor", "close": c.close_on(2027, 1, 31)}, False),
        ("Wer ist Stefan Richter?", {"intent": FIND, "contact": "Stefan Richter", "text": "Stefan Richter"}, False),
        ("Zeig mir die Firma Bertelsmann", {"intent": FIND, "account": "Bertelsmann", "text": "Bertelsmann"}, False),
        ("Wie war dein Wochenende?", {"intent": U}, False),
        ("Danke, schönen Feierabend!", {"intent": U}, False),
    ]
    # fmt: on


def _fr(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("rappelle-moi demain à 7h15 d'appeler le transporteur", {"intent": R, "due": c.d(1, 7, 15), "text": "appeler le transporteur"}, False),
        ("Rappelle-moi lundi à 6h30 de préparer la réunion", {"intent": R, "due": c.wd(MON, 6, 30), "text": "préparer la réunion"}, False),
        ("rappelle-moi ce soir à 19h30 d'envoyer le devis à Orange", {"intent": R, "account": "Orange", "due": c.d(0, 19, 30), "text": "envoyer le devis à Orange"}, False),
        ("rappelle-moi à sept heures du soir de rappeler Julie", {"intent": R, "contact": "Julie", "due": c.d(0, 19), "text": "rappeler Julie"}, False),
        ("rappelle-moi à 3h d'appeler Chantal", {"intent": R}, True),
        ("rappelle-moi jeudi prochain à huit heures et demie de relancer Capgemini", {"intent": R, "account": "Capgemini", "due": c.wd(THU, 8, 30), "text": "relancer Capgemini"}, False),
        ("J'ai appelé Marie Lefebvre chez Danone ce matin, elle veut une démo", {"intent": LOG, "activity_type": CALL, "contact": "Marie Lefebvre", "account": "Danone"}, False),
        ("Marie Lefebvre de Danone, je l'ai eue au téléphone, on se rappelle mardi", {"intent": LOG, "activity_type": CALL, "contact": "Marie Lefebvre", "account": "Danone", "due": c.wd(TUE)}, False),
        ("Visite chez Decathlon avec Julien Moreau, je lui envoie l'offre vendredi", {"intent": LOG, "activity_type": VISIT, "contact": "Julien Moreau", "account": "Decathlon", "due": c.wd(FRI)}, False),
        ("réunion avec Sophie Bernard de L'Oréal demain à 7h30", {"intent": LOG, "activity_type": MEET, "contact": "Sophie Bernard", "account": "L'Oréal", "due": c.d(1, 7, 30)}, False),
        ("déjeuner avec Pierre chez Airbus jeudi 12h30", {"intent": LOG, "activity_type": MEET, "contact": "Pierre", "account": "Airbus", "due": c.wd(THU, 12, 30)}, False),
        ("rdv mardi 7h Lemoine @ Orano", {"intent": LOG, "activity_type": MEET, "contact": "Lemoine", "account": "Orano", "due": c.wd(TUE, 7)}, False),
        ("envoyé un mail à Camille Roux avec le contrat", {"intent": LOG, "activity_type": EMAIL, "contact": "Camille Roux"}, False),
        ("Nouvelle affaire : Carrefour logistique, 1 500 €", {"intent": CD, "deal": "Carrefour logistique", "amount": "1500", "currency": EUR}, False),
        ("nouvelle opportunité chez Renault pour dix-huit mille euros", {"intent": CD, "account": "Renault", "amount": "18000", "currency": EUR}, False),
        ("Nouvelle affaire avec Michelin, 2,5 M€, clôture fin juin", {"intent": CD, "account": "Michelin", "amount": "2500000", "currency": EUR, "close": c.close_on(2027, 6, 30)}, False),
        ("Ajoute le contact Lucas Petit, acheteur chez Total, 06 12 34 56 78", {"intent": CC, "contact": "Lucas Petit", "account": "Total", "phone": "06 12 34 56 78"}, False),
        ("L'affaire Dassault simulateurs est perdue", {"intent": MD, "deal": "Dassault simulateurs", "stage": "lost"}, False),
        ("On a gagné l'affaire SNCF billetterie !", {"intent": MD, "deal": "SNCF billetterie", "stage": "won"}, False),
        ("Passe l'affaire BNP formation en négociation", {"intent": MD, "deal": "BNP formation", "stage": "closing"}, False),
        ("Change le montant de l'affaire Sanofi à 35 000 €", {"intent": UD, "deal": "Sanofi", "amount": "35000", "currency": EUR}, False),
        ("Qui est Élodie Garnier ?", {"intent": FIND, "contact": "Élodie Garnier", "text": "Élodie Garnier"}, False),
        ("Montre-moi la société Kering", {"intent": FIND, "account": "Kering", "text": "Kering"}, False),
        ("Il fait beau à Paris aujourd'hui", {"intent": U}, False),
        ("merci, bonne soirée", {"intent": U}, False),
    ]
    # fmt: on


def _es(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("Recuérdame mañana a las 7:30 llamar a Iberdrola", {"intent": R, "account": "Iberdrola", "due": c.d(1, 7, 30), "text": "llamar a Iberdrola"}, False),
        ("recuérdame el lunes a las siete de la mañana revisar la propuesta", {"intent": R, "due": c.wd(MON, 7), "text": "revisar la propuesta"}, False),
        ("recuérdame hoy a las 19:00 enviar el contrato a Inditex", {"intent": R, "account": "Inditex", "due": c.d(0, 19), "text": "enviar el contrato a Inditex"}, False),
        ("recuérdame a las ocho y media de la tarde llamar a mi socio", {"intent": R, "due": c.d(0, 20, 30), "text": "llamar a mi socio"}, False),
        ("Recuérdame el viernes a las 3:15 revisar el pedido", {"intent": R}, True),
        ("He llamado a Laura Gómez de Telefónica, quiere una demo, la llamo el martes", {"intent": LOG, "activity_type": CALL, "contact": "Laura Gómez", "account": "Telefónica", "due": c.wd(TUE)}, False),
        ("A Javier Ruiz de Repsol lo visité ayer, le mando la oferta el lunes", {"intent": LOG, "activity_type": VISIT, "contact": "Javier Ruiz", "account": "Repsol", "due": c.wd(MON)}, False),
        ("Reunión con Carmen López de BBVA mañana a las 7:45", {"intent": LOG, "activity_type": MEET, "contact": "Carmen López", "account": "BBVA", "due": c.d(1, 7, 45)}, False),
        ("Comí con Pedro Sánchez de Seat, todo bien", {"intent": LOG, "activity_type": MEET, "contact": "Pedro Sánchez", "account": "Seat"}, False),
        ("le mandé un correo a Lucía Moreno con los precios", {"intent": LOG, "activity_type": EMAIL, "contact": "Lucía Moreno"}, False),
        ("vie 7:00 desayuno con Ramos (Sacyr)", {"intent": LOG, "activity_type": MEET, "contact": "Ramos", "account": "Sacyr", "due": c.wd(FRI, 7)}, False),
        ("Nueva oportunidad: Mercadona logística, 1.500 €", {"intent": CD, "deal": "Mercadona logística", "amount": "1500", "currency": EUR}, False),
        ("nueva oportunidad con Ferrovial por quince mil euros, cierre en enero", {"intent": CD, "account": "Ferrovial", "amount": "15000", "currency": EUR, "close": c.close_on(2027, 1, 31)}, False),
        ("Oportunidad nueva con Acciona de 2,5 millones de euros", {"intent": CD, "account": "Acciona", "amount": "2500000", "currency": EUR}, False),
        ("Nuevo contacto: Diego Herrera, compras en Seat, diego.herrera@seat.es", {"intent": CC, "contact": "Diego Herrera", "account": "Seat", "email": "diego.herrera@seat.es"}, False),
        ("Añade a Elena Martín de Bankinter a mis contactos", {"intent": CC, "contact": "Elena Martín", "account": "Bankinter"}, False),
        ("La oportunidad de Mapfre seguros está ganada", {"intent": MD, "deal": "Mapfre seguros", "stage": "won"}, False),
        ("Perdimos el trato de Iberia, se fueron con otro", {"intent": MD, "deal": "Iberia", "stage": "lost"}, False),
        ("Cambia el importe del trato Telefónica fibra a 48.000 €", {"intent": UD, "deal": "Telefónica fibra", "amount": "48000", "currency": EUR}, False),
        ("Retrasa el cierre del trato Endesa al 31 de enero", {"intent": UD, "deal": "Endesa", "close": c.close_on(2027, 1, 31)}, False),
        ("¿Quién es Alberto Navarro?", {"intent": FIND, "contact": "Alberto Navarro", "text": "Alberto Navarro"}, False),
        ("búscame la empresa Cabify", {"intent": FIND, "account": "Cabify", "text": "Cabify"}, False),
        ("¿Qué tal el fin de semana?", {"intent": U}, False),
        ("jaja vale, luego hablamos", {"intent": U}, False),
    ]
    # fmt: on


def _nb(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("Minn meg på i morgen kl. 7 å ringe transportøren", {"intent": R, "due": c.d(1, 7), "text": "ringe transportøren"}, False),
        ("minn meg på mandag kl 06.45 å sende rapporten", {"intent": R, "due": c.wd(MON, 6, 45), "text": "sende rapporten"}, False),
        ("minn meg på kl 19 i dag å ringe banken", {"intent": R, "due": c.d(0, 19), "text": "ringe banken"}, False),
        ("minn meg på klokka sju i kveld å sende tilbudet", {"intent": R, "due": c.d(0, 19), "text": "sende tilbudet"}, False),
        ("minn meg på fredag kl. 3 å sjekke kontrakten", {"intent": R}, True),
        ("Ringte Ola Nordmann i Equinor, han vil ha et tilbud, følger opp tirsdag", {"intent": LOG, "activity_type": CALL, "contact": "Ola Nordmann", "account": "Equinor", "due": c.wd(TUE)}, False),
        ("Har snakket med Ingrid Berg fra DNB i dag", {"intent": LOG, "activity_type": CALL, "contact": "Ingrid Berg", "account": "DNB"}, False),
        ("Besøkte Yara i Porsgrunn og møtte Lars Johansen", {"intent": LOG, "activity_type": VISIT, "contact": "Lars Johansen", "account": "Yara"}, False),
        ("Møte med Kristin Lie hos Telenor i morgen kl. 7.30", {"intent": LOG, "activity_type": MEET, "contact": "Kristin Lie", "account": "Telenor", "due": c.d(1, 7, 30)}, False),
        ("Sendte e-post til Per Olsen med prislisten", {"intent": LOG, "activity_type": EMAIL, "contact": "Per Olsen"}, False),
        ("Ny avtale: Hydro vedlikehold, 15 000 kr", {"intent": CD, "deal": "Hydro vedlikehold", "amount": "15000", "currency": NOK}, False),
        ("ny mulighet hos Orkla på femti tusen kroner, lukkes i mars", {"intent": CD, "account": "Orkla", "amount": "50000", "currency": NOK, "close": c.close_on(2027, 3, 31)}, False),
        ("Ny salgsmulighet med Kongsberg, 1,2 mill. kr", {"intent": CD, "account": "Kongsberg", "amount": "1200000", "currency": NOK}, False),
        ("Ny kontakt: Nina Dahl, innkjøp i Gjensidige, nina.dahl@gjensidige.no", {"intent": CC, "contact": "Nina Dahl", "account": "Gjensidige", "email": "nina.dahl@gjensidige.no"}, False),
        ("Legg til Jonas Lund fra Tibber som kontakt", {"intent": CC, "contact": "Jonas Lund", "account": "Tibber"}, False),
        ("Vi tapte avtalen med Storebrand", {"intent": MD, "deal": "Storebrand", "stage": "lost"}, False),
        ("Avtalen Telia bedrift er vunnet", {"intent": MD, "deal": "Telia bedrift", "stage": "won"}, False),
        ("Flytt Aker Solutions-avtalen til forhandling", {"intent": MD, "deal": "Aker Solutions", "stage": "closing"}, False),
        ("Endre beløpet på avtalen Vy billetter til 80 000 kr", {"intent": UD, "deal": "Vy billetter", "amount": "80000", "currency": NOK}, False),
        ("Hvem er Sigrid Haugen?", {"intent": FIND, "contact": "Sigrid Haugen", "text": "Sigrid Haugen"}, False),
        ("Vis firmaet Kahoot", {"intent": FIND, "account": "Kahoot", "text": "Kahoot"}, False),
        ("God helg alle sammen!", {"intent": U}, False),
        ("Hvordan går det med deg?", {"intent": U}, False),
    ]
    # fmt: on


def _el(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("Θύμισέ μου αύριο στις 7:30 να τηλεφωνήσω στον προμηθευτή", {"intent": R, "due": c.d(1, 7, 30)}, False),
        ("Θύμισέ μου τη Δευτέρα στις επτά το πρωί να στείλω την αναφορά", {"intent": R, "due": c.wd(MON, 7)}, False),
        ("Θύμισέ μου απόψε στις 21:00 να ελέγξω τα email", {"intent": R, "due": c.d(0, 21)}, False),
        ("Θύμισέ μου στις εννιά το βράδυ να ετοιμάσω την προσφορά", {"intent": R, "due": c.d(0, 21)}, False),
        ("Θύμισέ μου την Παρασκευή στις 4:15 να ελέγξω την παραγγελία", {"intent": R}, True),
        ("Μίλησα με τον Γιάννη Οικονόμου από την Cosmote, θα του στείλω προσφορά την Τρίτη", {"intent": LOG, "activity_type": CALL, "contact": "Γιάννη Οικονόμου", "account": "Cosmote", "due": c.wd(TUE)}, False),
        ("Τον κύριο Δημητρίου από την Alpha Bank τον πήρα τηλέφωνο σήμερα", {"intent": LOG, "activity_type": CALL, "contact": "Δημητρίου", "account": "Alpha Bank"}, False),
        ("Συνάντηση με την Ελένη Παππά στη Vodafone αύριο στις 7:45", {"intent": LOG, "activity_type": MEET, "contact": "Ελένη Παππά", "account": "Vodafone", "due": c.d(1, 7, 45)}, False),
        ("Επισκέφθηκα την Aegean και είδα τον Κώστα Αλεξίου", {"intent": LOG, "activity_type": VISIT, "contact": "Κώστα Αλεξίου", "account": "Aegean"}, False),
        ("Έστειλα email στην Άννα Μάρκου με την τιμή", {"intent": LOG, "activity_type": EMAIL, "contact": "Άννα Μάρκου"}, False),
        ("Νέα συμφωνία: Jumbo αποθήκη, 1.500 €", {"intent": CD, "deal": "Jumbo αποθήκη", "amount": "1500", "currency": EUR}, False),
        ("Νέα ευκαιρία με τον ΟΤΕ, σαράντα πέντε χιλιάδες ευρώ", {"intent": CD, "account": "ΟΤΕ", "amount": "45000", "currency": EUR}, False),
        ("Νέα ευκαιρία με τη Mytilineos, 2,5 εκατ. ευρώ", {"intent": CD, "account": "Mytilineos", "amount": "2500000", "currency": EUR}, False),
        ("Νέα επαφή: Μαρία Παπαδοπούλου, Piraeus Bank, maria.p@piraeusbank.gr", {"intent": CC, "contact": "Μαρία Παπαδοπούλου", "account": "Piraeus Bank", "email": "maria.p@piraeusbank.gr"}, False),
        ("Χάσαμε τη συμφωνία Public", {"intent": MD, "deal": "Public", "stage": "lost"}, False),
        ("Η συμφωνία Sklavenitis κερδήθηκε!", {"intent": MD, "deal": "Sklavenitis", "stage": "won"}, False),
        ("Άλλαξε το ποσό της συμφωνίας Kotsovolos σε 30.000 €", {"intent": UD, "deal": "Kotsovolos", "amount": "30000", "currency": EUR}, False),
        ("Μετάθεσε το κλείσιμο της συμφωνίας Intralot στις 15 Ιανουαρίου", {"intent": UD, "deal": "Intralot", "close": c.close_on(2027, 1, 15)}, False),
        ("Ποιος είναι ο Σπύρος Καραγιάννης;", {"intent": FIND, "contact": "Σπύρος Καραγιάννης", "text": "Σπύρος Καραγιάννης"}, False),
        ("Βρες την εταιρεία Intracom", {"intent": FIND, "account": "Intracom", "text": "Intracom"}, False),
        ("Τι έχω αύριο;", {"intent": LR}, False),
        ("Καλημέρα! Τι κάνεις;", {"intent": U}, False),
        ("Ευχαριστώ πολύ, καλό βράδυ", {"intent": U}, False),
    ]
    # fmt: on


def _eu(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("Gogorarazi bihar goizeko zazpietan garraiolariari deitzea", {"intent": R, "due": c.d(1, 7)}, False),
        ("Gogorarazi astelehenean 8:30ean txostena bidaltzea", {"intent": R, "due": c.wd(MON, 8, 30)}, False),
        ("Gogorarazi gaur arratsaldeko seietan eskaintza bidaltzea", {"intent": R, "due": c.d(0, 18)}, False),
        ("Gogorarazi ostiralean 19:00etan bezeroari idaztea", {"intent": R, "due": c.wd(FRI, 19)}, False),
        ("Gogorarazi abenduaren 4an goizeko 7:00etan hegazkina hartzea", {"intent": R, "due": c.ymd(2026, 12, 4, 7)}, False),
        ("Gogorarazi ordubete barru bankura deitzea", {"intent": R, "due": c.later(hours=1)}, False),
        ("Mikel Aranarekin hitz egin dut telefonoz, ostegunean deituko diot berriro", {"intent": LOG, "activity_type": CALL, "contact": "Mikel Arana", "due": c.wd(THU)}, False),
        ("Ane Goikoetxearekin bildu naiz Iberdrolan", {"intent": LOG, "activity_type": MEET, "contact": "Ane Goikoetxea", "account": "Iberdrola"}, False),
        ("Gaur CAF-eko bulegoak bisitatu ditut", {"intent": LOG, "activity_type": VISIT, "account": "CAF"}, False),
        ("Eskaintza bidali diot Itziar Etxeberriari posta elektronikoz", {"intent": LOG, "activity_type": EMAIL, "contact": "Itziar Etxeberria"}, False),
        ("Bilera Josu Alonsorekin bihar 10:00etan", {"intent": LOG, "activity_type": MEET, "contact": "Josu Alonso", "due": c.d(1, 10)}, False),
        ("Aukera berria: Eroski logistika, 1.500 euro", {"intent": CD, "deal": "Eroski logistika", "amount": "1500", "currency": EUR}, False),
        ("Aukera berria Mondragon-ekin, hamabost mila euro", {"intent": CD, "account": "Mondragon", "amount": "15000", "currency": EUR}, False),
        ("Kontaktu berria: Garazi Olano, Kutxabank, garazi.olano@kutxabank.eus", {"intent": CC, "contact": "Garazi Olano", "account": "Kutxabank", "email": "garazi.olano@kutxabank.eus"}, False),
        ("Irizar akordioa irabazi dugu", {"intent": MD, "deal": "Irizar", "stage": "won"}, False),
        ("Petronor akordioa galdu dugu", {"intent": MD, "deal": "Petronor", "stage": "lost"}, False),
        ("Orona akordioaren zenbatekoa 20.000 eurora aldatu", {"intent": UD, "deal": "Orona", "amount": "20000", "currency": EUR}, False),
        ("Nor da Iñaki Zabala?", {"intent": FIND, "contact": "Iñaki Zabala", "text": "Iñaki Zabala"}, False),
        ("Bilatu Laboral Kutxa enpresa", {"intent": FIND, "account": "Laboral Kutxa", "text": "Laboral Kutxa"}, False),
        ("Zer daukat gaur?", {"intent": LR}, False),
        ("Eskerrik asko, ondo izan", {"intent": U}, False),
        ("Zer moduz zaude?", {"intent": U}, False),
    ]
    # fmt: on


def _kk(c: Clock) -> list[Row]:
    # fmt: off
    return [
        ("Ертең таңғы сағат 7-де жеткізушіге қоңырау шалуды еске сал", {"intent": R, "due": c.d(1, 7)}, False),
        ("Дүйсенбі күні сағат 8:30-да есепті жіберуді еске сал", {"intent": R, "due": c.wd(MON, 8, 30)}, False),
        ("Бүгін кешкі сағат 7-де ұсынысты жіберуді еске сал", {"intent": R, "due": c.d(0, 19)}, False),
        ("Бүгін сағат 19:00-де клиентке жазуды еске сал", {"intent": R, "due": c.d(0, 19)}, False),
        ("Ертең сағат онда келісімшартты тексеруді ұмытпа", {"intent": R, "due": c.d(1, 10)}, False),
        ("Бір сағаттан кейін банкке қоңырау шалуды еске сал", {"intent": R, "due": c.later(hours=1)}, False),
        ("Бүгін Асхат Серікбаевпен телефон арқылы сөйлестім", {"intent": LOG, "activity_type": CALL, "contact": "Асхат Серікбаев"}, False),
        ("Kaspi Bank кеңсесінде Айгүл Омаровамен кездестім", {"intent": LOG, "activity_type": MEET, "contact": "Айгүл Омарова", "account": "Kaspi Bank"}, False),
        ("Ерлан Тоқаевқа email жібердім", {"intent": LOG, "activity_type": EMAIL, "contact": "Ерлан Тоқаев"}, False),
        ("KEGOC кеңсесіне бардым, сейсенбі күні ұсыныс жіберемін", {"intent": LOG, "activity_type": VISIT, "account": "KEGOC", "due": c.wd(TUE)}, False),
        ("Ертең сағат 11-де Нұрсұлтан Әлиевпен кездесу", {"intent": LOG, "activity_type": MEET, "contact": "Нұрсұлтан Әлиев", "due": c.d(1, 11)}, False),
        ("Жаңа мәміле: Magnum логистика, 1 500 000 теңге", {"intent": CD, "deal": "Magnum логистика", "amount": "1500000", "currency": KZT}, False),
        ("Beeline-мен жаңа мәміле, елу мың теңге", {"intent": CD, "account": "Beeline", "amount": "50000", "currency": KZT}, False),
        ("Jusan Bank-пен жаңа мәміле, 3 млн ₸", {"intent": CD, "account": "Jusan Bank", "amount": "3000000", "currency": KZT}, False),
        ("Жаңа байланыс: Динара Бекова, Kcell, dinara.bekova@kcell.kz", {"intent": CC, "contact": "Динара Бекова", "account": "Kcell", "email": "dinara.bekova@kcell.kz"}, False),
        ("Samruk мәмілесін жоғалттық", {"intent": MD, "deal": "Samruk", "stage": "lost"}, False),
        ("Tengizchevroil мәмілесін ұттық!", {"intent": MD, "deal": "Tengizchevroil", "stage": "won"}, False),
        ("Kaspi мәмілесінің сомасын 2 000 000 теңгеге өзгерт", {"intent": UD, "deal": "Kaspi", "amount": "2000000", "currency": KZT}, False),
        ("Айдар Нұрланов кім?", {"intent": FIND, "contact": "Айдар Нұрланов", "text": "Айдар Нұрланов"}, False),
        ("Ертеңге не бар?", {"intent": LR}, False),
        ("Рахмет, сау бол!", {"intent": U}, False),
        ("Қалың қалай?", {"intent": U}, False),
    ]
    # fmt: on


BUILDERS = {"de": _de, "fr": _fr, "es": _es, "nb": _nb, "el": _el, "eu": _eu, "kk": _kk}


def build() -> list[dict[str, object]]:
    return rows_by_language("lg3", BUILDERS, CLOCKS)


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
