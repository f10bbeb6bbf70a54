"""The other languages, the plang3 round: a time written the 24-hour way, deal updates and
amounts in the languages' words, German logs with the verb last.

A time written the 24-hour way in a language that writes that clock.

German, French, Spanish, Norwegian and Greek write the evening as "19:15", "19h15", "19 Uhr",
"kl. 19": a written "7:15", "7h15", "um 7 Uhr", "kl. 7" is the morning, as written (it had
been read as the afternoon, the spoken rule of a bare hour). Written so with an hour from 1
to 5 it says 03:00, which no rep means, while the writer may mean the afternoon: asked about
unless a part of the day settles it. A bare hour with no 24-hour mark ("a las 5", "στις 3")
and an hour in words keep the contract's bare-hour rule.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from handlers.language.nlu import ParseResult, parse_message

THU = datetime(2026, 11, 26, 10, 0)
ZONES = {"el": "Europe/Athens", "nb": "Europe/Oslo"}


def parse(lang: str, text: str) -> ParseResult:
    return parse_message(text, THU, ZONES.get(lang, "Europe/Madrid"), lang)


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("fr", "rappelle-moi demain à 7h15 d'appeler le transporteur", "2026-11-27 07:15"),
        ("fr", "Rappelle-moi lundi à 6h30 de préparer la réunion", "2026-11-30 06:30"),
        ("fr", "rappelle-moi ce soir à 19h30 d'envoyer le devis", "2026-11-26 19:30"),
        ("fr", "rappelle-moi à sept heures du soir de rappeler Julie", "2026-11-26 19:00"),
        ("de", "Erinnere mich morgen um 7 Uhr an den Anruf", "2026-11-27 07:00"),
        ("de", "Erinnerung: Freitag um 6:45 Flug nach Hamburg", "2026-11-27 06:45"),
        ("de", "erinnere mich morgen um 7 Uhr abends an das Angebot", "2026-11-27 19:00"),
        ("de", "erinnere mich morgen um 3 Uhr nachmittags an die Telko", "2026-11-27 15:00"),
        ("es", "Recuérdame mañana a las 7:30 llamar a Iberdrola", "2026-11-27 07:30"),
        ("es", "recuérdame mañana a las 5 enviar el presupuesto", "2026-11-27 17:00"),
        ("nb", "Minn meg på i morgen kl. 7 å ringe transportøren", "2026-11-27 07:00"),
        ("nb", "minn meg på mandag kl 06.45 å sende rapporten", "2026-11-30 06:45"),
        ("nb", "minn meg på klokka sju i kveld å sende tilbudet", "2026-11-26 19:00"),
        ("el", "Θύμισέ μου αύριο στις 7:30 να τηλεφωνήσω στον προμηθευτή", "2026-11-27 07:30"),
        ("el", "Θύμισέ μου την Παρασκευή στις 3 να στείλω την προσφορά", "2026-11-27 15:00"),
    ],
)
def test_a_written_24_hour_time_means_what_it_says(lang: str, text: str, when: str) -> None:
    r = parse(lang, text)
    assert r.intent == "remind"
    assert r.due is not None and r.due.strftime("%Y-%m-%d %H:%M") == when


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("fr", "rappelle-moi à 3h d'appeler Chantal", "à 3h"),
        ("de", "erinnere mich übermorgen um 3 Uhr an die Telko", "übermorgen um 3 Uhr"),
        ("es", "Recuérdame el viernes a las 3:15 revisar el pedido", "el viernes a las 3:15"),
        ("nb", "minn meg på fredag kl. 3 å sjekke kontrakten", "på fredag kl. 3"),
        (
            "el",
            "Θύμισέ μου την Παρασκευή στις 4:15 να ελέγξω την παραγγελία",
            "την Παρασκευή στις 4:15",
        ),
    ],
)
def test_an_hour_from_1_to_5_written_the_24_hour_way_is_asked(
    lang: str, text: str, said: str
) -> None:
    """03:00 as written or 15:00 as said: asked, never guessed; the words are kept."""
    r = parse(lang, text)
    assert r.intent == "remind" and r.due is None
    assert said in r.unread


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("de", "Termin mit Frau König von der Allianz am Montag um 7:30", "2026-11-30 07:30"),
        ("fr", "réunion avec Sophie Bernard de L'Oréal demain à 7h30", "2026-11-27 07:30"),
        ("es", "Reunión con Carmen López de BBVA mañana a las 7:45", "2026-11-27 07:45"),
        ("nb", "Møte med Kristin Lie hos Telenor i morgen kl. 7.30", "2026-11-27 07:30"),
    ],
)
def test_a_planned_meeting_keeps_its_written_morning_time(lang: str, text: str, when: str) -> None:
    r = parse(lang, text)
    assert r.intent == "log_activity" and r.activity_type == "meeting"
    assert r.due is not None and r.due.strftime("%Y-%m-%d %H:%M") == when


def test_console_a_french_reminder_at_7h15_is_set_for_the_morning(console) -> None:
    console.say("me lang fr")
    out = console.say("rappelle-moi demain à 7h15 d'appeler le transporteur")
    assert "07:15" in out and "19:15" not in out


def test_console_a_german_reminder_at_3_uhr_is_asked_about(console) -> None:
    console.say("me lang de")
    out = console.say("erinnere mich übermorgen um 3 Uhr an die Telko")
    assert "3 Uhr" in out and "15:00" not in out and "03:00" not in out


# --------------------------------------------------------------------------- deal updates, amounts


@pytest.mark.parametrize(
    ("lang", "text", "deal", "amount", "currency"),
    [
        (
            "de",
            "Betrag beim Deal Haribo Export auf 60.000 € ändern",
            "Haribo Export",
            "60000",
            "EUR",
        ),
        (
            "es",
            "Cambia el importe del trato Telefónica fibra a 48.000 €",
            "Telefónica fibra",
            "48000",
            "EUR",
        ),
        (
            "nb",
            "Endre beløpet på avtalen Vy billetter til 80 000 kr",
            "Vy billetter",
            "80000",
            "NOK",
        ),
        ("el", "Άλλαξε το ποσό της συμφωνίας Kotsovolos σε 30.000 €", "Kotsovolos", "30000", "EUR"),
        ("kk", "Kaspi мәмілесінің сомасын 2 000 000 теңгеге өзгерт", "Kaspi", "2000000", "KZT"),
        ("eu", "Orona akordioaren zenbatekoa 20.000 eurora aldatu", "Orona", "20000", "EUR"),
    ],
)
def test_an_amount_changed_names_the_deal_not_the_verb(
    lang: str, text: str, deal: str, amount: str, currency: str
) -> None:
    """ "Cambia el importe": a verb that could move a close changes the amount it names; Basque
    and Kazakh name the deal before its noun ("Kaspi мәмілесінің")."""
    r = parse(lang, text)
    assert (r.intent, r.deal, r.amount, r.currency) == (
        "update_deal",
        deal,
        Decimal(amount),
        currency,
    )


def test_a_new_kazakh_deal_is_no_update_of_a_deal_called_new() -> None:
    r = parse("kk", "Жаңа мәміле: Magnum, сомасын кейін айтамын")
    assert r.intent != "update_deal" or r.deal != "Жаңа"


@pytest.mark.parametrize(
    ("lang", "text", "amount", "currency"),
    [
        ("el", "Νέα ευκαιρία με τη Mytilineos, 2,5 εκατ. ευρώ", "2500000", "EUR"),
        ("kk", "Jusan Bank-пен жаңа мәміле, 3 млн ₸", "3000000", "KZT"),
    ],
)
def test_a_million_abbreviated_in_greek_and_kazakh(
    lang: str, text: str, amount: str, currency: str
) -> None:
    r = parse(lang, text)
    assert r.intent == "create_deal" and (r.amount, r.currency) == (Decimal(amount), currency)


# --------------------------------------------------------------------------- German verb last


@pytest.mark.parametrize(
    ("text", "kind", "contact", "account"),
    [
        ("Ich habe Lisa Braun von Audi angerufen", "call", "Lisa Braun", "Audi"),
        ("Gestern habe ich Petra Lang bei Bosch besucht", "visit", "Petra Lang", "Bosch"),
        (
            "Habe heute Vormittag Maria Schulz von der Bosch GmbH angerufen",
            "call",
            "Maria Schulz",
            "Bosch GmbH",
        ),
        ("Hab eben Frau Öztürk angerufen", "call", "Öztürk", None),
        ("habe Maria angerufen", "call", "Maria", None),
        (
            "Mit Anna Krause von BASF habe ich mich zum Mittagessen getroffen",
            "meeting",
            "Anna Krause",
            "BASF",
        ),
        ("Habe mich mit Jonas Weber getroffen", "meeting", "Jonas Weber", None),
    ],
)
def test_a_german_log_with_the_verb_last_finds_its_person(
    text: str, kind: str, contact: str, account: str | None
) -> None:
    r = parse("de", text)
    assert (r.intent, r.activity_type, r.contact, r.account) == (
        "log_activity",
        kind,
        contact,
        account,
    )


def test_a_lone_company_before_the_german_verb_stays_the_account() -> None:
    r = parse("de", "Ich habe Siemens besucht")
    assert (r.intent, r.contact, r.account) == ("log_activity", None, "Siemens")


def test_console_a_german_verb_last_log_is_written_with_its_person(console) -> None:
    console.say("me lang de")
    out = console.say("Ich habe Lisa Braun von Audi angerufen")
    assert "Lisa Braun" in out and "Audi" in out


# --------------------------------------------------------------------------- names and titles


@pytest.mark.parametrize(
    ("lang", "text", "account"),
    [
        ("fr", "Nouvelle affaire avec Michelin, 2,5 M€, clôture fin juin", "Michelin"),
        ("nb", "Ny salgsmulighet med Kongsberg, 1,2 mill. kr", "Kongsberg"),
        ("el", "Νέα ευκαιρία με τον ΟΤΕ, σαράντα πέντε χιλιάδες ευρώ", "ΟΤΕ"),
        ("en", "open a new opportunity with Tyrell Corp, 90k", "Tyrell Corp"),
    ],
)
def test_a_new_deal_with_a_company_then_a_comma_names_only_the_account(
    lang: str, text: str, account: str
) -> None:
    """The amount listed after a comma is no title: the bot titles the deal itself."""
    r = parse(lang, text)
    assert (r.intent, r.account, r.deal) == ("create_deal", account, None)


def test_a_new_deal_with_a_company_and_its_amount_is_still_named_after_it() -> None:
    r = parse("en", "new deal with Acme 15k")
    assert (r.intent, r.account, r.deal) == ("create_deal", "Acme", "Acme")


def test_a_latin_deal_name_in_greek_keeps_its_last_letters() -> None:
    r = parse("el", "Η συμφωνία Sklavenitis κερδήθηκε!")
    assert (r.intent, r.deal, r.stage) == ("move_deal", "Sklavenitis", "won")


def test_a_basque_comitative_without_a_hyphen_is_dropped() -> None:
    r = parse("eu", "Bilera Josu Alonsorekin bihar 10:00etan")
    assert (r.intent, r.contact) == ("log_activity", "Josu Alonso")


def test_a_german_meal_after_its_time_is_a_meeting() -> None:
    r = parse("de", "Mo 8 Uhr Frühstück mit Herrn Graf (Evonik)")
    assert (r.intent, r.activity_type, r.contact, r.account) == (
        "log_activity",
        "meeting",
        "Graf",
        "Evonik",
    )
    assert r.due is not None and r.due.strftime("%Y-%m-%d %H:%M") == "2026-11-30 08:00"


# --------------------------------------------------------------------------- new contacts


@pytest.mark.parametrize(
    ("lang", "text", "contact", "account"),
    [
        (
            "nb",
            "Ny kontakt: Nina Dahl, innkjøp i Gjensidige, nina.dahl@gjensidige.no",
            "Nina Dahl",
            "Gjensidige",
        ),
        (
            "es",
            "Nuevo contacto: Diego Herrera, compras en Seat, diego.herrera@seat.es",
            "Diego Herrera",
            "Seat",
        ),
        ("es", "nuevo contacto: Ana Ruiz, jefa de compras en Inditex", "Ana Ruiz", "Inditex"),
        ("es", "nuevo contacto: Ana Ruiz, vive en Madrid", "Ana Ruiz", None),
        ("fr", "Ajoute le contact Lucas Petit, acheteur chez Total", "Lucas Petit", "Total"),
    ],
)
def test_a_new_contact_with_a_role_in_lower_case_then_the_company(
    lang: str, text: str, contact: str, account: str | None
) -> None:
    r = parse(lang, text)
    assert (r.intent, r.contact, r.account) == ("create_contact", contact, account)


def test_a_french_mobile_written_in_pairs_is_the_phone() -> None:
    r = parse("fr", "Ajoute le contact Lucas Petit, acheteur chez Total, 06 12 34 56 78")
    assert r.phone == "06 12 34 56 78"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Lege Peter Schmitt von Bayer als Kontakt an"),
        ("nb", "Legg til Jonas Lund fra Tibber som kontakt"),
        ("fr", "Ajoute Lucas Petit de Total comme contact"),
    ],
)
def test_add_someone_as_a_contact_in_the_other_languages(lang: str, text: str) -> None:
    r = parse(lang, text)
    assert r.intent == "create_contact" and r.confidence == 1.0
    assert r.contact in ("Peter Schmitt", "Jonas Lund", "Lucas Petit")
    assert r.account in ("Bayer", "Tibber", "Total")


def test_on_a_gagne_l_affaire_is_a_move_to_won() -> None:
    r = parse("fr", "On a gagné l'affaire SNCF billetterie !")
    assert (r.intent, r.deal, r.stage) == ("move_deal", "SNCF billetterie", "won")


# --------------------------------------------------------------------------- reminders' names


@pytest.mark.parametrize(
    ("lang", "text", "contact", "account"),
    [
        ("es", "Recuérdame mañana a las 7:30 llamar a Iberdrola", None, "Iberdrola"),
        ("es", "recuérdame mañana a las 5 llamar a Ana", "Ana", None),
        ("fr", "rappelle-moi à sept heures du soir de rappeler Julie", "Julie", None),
        ("fr", "rappelle-moi jeudi à 9h de relancer Capgemini", None, "Capgemini"),
        ("nb", "minn meg på i morgen kl 10 å ringe Ola", "Ola", None),
    ],
)
def test_a_reminder_names_a_person_by_a_first_name_else_the_company(
    lang: str, text: str, contact: str | None, account: str | None
) -> None:
    """Spanish, French and Norwegian write nouns in lower case: the English rule holds."""
    r = parse(lang, text)
    assert (r.intent, r.contact, r.account) == ("remind", contact, account)


def test_a_basque_search_names_the_company_before_its_noun() -> None:
    r = parse("eu", "Bilatu Laboral Kutxa enpresa")
    assert (r.intent, r.contact, r.account, r.text) == (
        "find",
        None,
        "Laboral Kutxa",
        "Laboral Kutxa",
    )
