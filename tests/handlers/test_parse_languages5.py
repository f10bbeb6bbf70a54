# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""The other languages, the plang5 round (``dev_lang5``): dates, amounts and intents that were
read wrong or not at all in Greek, Kazakh, German and the others.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from handlers.language.nlu import ParseResult, parse_message

THU = datetime(2026, 11, 26, 10, 0)
ZONES = {"el": "Europe/Athens", "nb": "Europe/Oslo", "kk": "Asia/Almaty"}


def parse(lang: str, text: str) -> ParseResult:
    return parse_message(text, THU, ZONES.get(lang, "Europe/Madrid"), lang)


def _when(r: ParseResult) -> str | None:
    return r.due.strftime("%Y-%m-%d %H:%M") if r.due is not None else None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Желтоқсанның он бесінде шартты ұзартуды еске сал", "2026-12-15 09:00"),
        ("Желтоқсанның бесінде төлемді тексеруді еске сал", "2026-12-05 09:00"),
        ("Желтоқсанның жиырма бірінде есепті жіберуді еске сал", "2026-12-21 09:00"),
    ],
)
def test_a_kazakh_day_said_in_words_is_the_whole_number(text: str, when: str) -> None:
    """ "он бесінде" (on the 15th) had been read as "он" (the 10th): a date read wrong."""
    r = parse("kk", text)
    assert r.intent == "remind" and _when(r) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Дүйсенбі күні таңғы тоғызда есепті дайындауды еске сал", "2026-11-30 09:00"),
        ("Бүгін кешкі жетіде Маратқа жауап беруді еске сал", "2026-11-26 19:00"),
    ],
)
def test_a_kazakh_hour_word_after_a_part_of_the_day_needs_no_sagat(text: str, when: str) -> None:
    r = parse("kk", text)
    assert r.intent == "remind" and not r.unread and _when(r) == when


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Νέα ευκαιρία: Μασούτης logistics, εκατόν είκοσι χιλιάδες ευρώ", "120000"),
        ("Νέα ευκαιρία με την Coral, διακόσιες πενήντα χιλιάδες ευρώ", "250000"),
        ("Νέα ευκαιρία με την Coral, εκατό χιλιάδες ευρώ", "100000"),
    ],
)
def test_greek_hundreds_in_words(text: str, amount: str) -> None:
    """ "εκατόν είκοσι χιλιάδες" had been read as 20 000 (its tail alone)."""
    r = parse("el", text)
    assert r.intent == "create_deal" and str(r.amount) == amount and r.currency == "EUR"


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("el", "Θύμισέ μου σε ένα τέταρτο να πάρω τον Μιχάλη", "2026-11-26 10:15"),
        ("nb", "Minn meg på om et kvarter å svare Ingrid", "2026-11-26 10:15"),
        ("de", "Erinnere mich in einer Viertelstunde an den Anruf", "2026-11-26 10:15"),
        ("es", "Recuérdame dentro de un cuarto de hora llamar a Endesa", "2026-11-26 10:15"),
        ("el", "thymise mou se mia ora na paro tin Eurobank", "2026-11-26 11:00"),
    ],
)
def test_a_quarter_of_an_hour_and_greeklish_counts(lang: str, text: str, when: str) -> None:
    """ "om et kvarter" had been left in the reminder's text with no time; "se mia ora"
    (Greeklish) had no time at all."""
    r = parse(lang, text)
    assert r.intent == "remind" and not r.unread and _when(r) == when
    assert "kvarter" not in (r.text or "")


@pytest.mark.parametrize(
    ("lang", "text", "intent", "field", "value"),
    [
        ("el", "kerdisame ti symfonia Alumil!", "move_deal", "deal", "Alumil"),
        ("el", "nea efkairia me ti Vodafone, 25.000 euro", "create_deal", "account", "Vodafone"),
        ("el", "synantisi me ton Giorgo Karra avrio stis 12", "log_activity", "contact", "Giorgo Karra"),
        ("kk", "Beeline mamilesin uttyq!", "move_deal", "deal", "Beeline"),
        ("kk", "Bugin Halyk Bank-ke bardym, Erlanmen kezdestim", "log_activity", "account", "Halyk Bank"),
        ("kk", "jana mamile: Kazpost logistika, 3 mln tenge, jeltoqsanda jabylady", "create_deal", "close", "2026-12-31"),
    ],
)  # fmt: skip
def test_greek_and_kazakh_typed_in_latin_letters(
    lang: str, text: str, intent: str, field: str, value: str
) -> None:
    """Greeklish "ti" before a noun is the article (it had stayed in the deal's name, "ti
    symfonia Alumil"); Kazakh months and weekdays with a case ending ("jeltoqsanda",
    "duisenbide") and an ending after a hyphen ("Bank-ke") are read as in Cyrillic."""
    r = parse(lang, text)
    assert r.intent == intent and str(getattr(r, field)) == value


def test_greeklish_ti_first_is_still_the_question_word() -> None:
    assert parse("el", "ti exo avrio?").intent == "list_reminders"


@pytest.mark.parametrize(
    ("lang", "text", "intent", "fields"),
    [
        ("el", "Βάλε τη συμφωνία ΔΕΗ φωτοβολταϊκά σε προσφορά", "move_deal", {"deal": "ΔΕΗ φωτοβολταϊκά", "stage": "presentation"}),
        ("kk", "Magnum логистика мәмілесін ұсыныс кезеңіне ауыстыр", "move_deal", {"deal": "Magnum логистика", "stage": "presentation"}),
        ("kk", "Freedom Bank туралы ескертпе: жаңа жылдан кейін тендер болады", "log_activity", {"activity_type": "note", "account": "Freedom Bank"}),
        ("kk", "Ертеңге қандай еске салғыштарым бар?", "list_reminders", {}),
        ("eu", "Zer oroigarri ditut gaur?", "list_reminders", {}),
        ("de", "Welche Erinnerungen hab ich am Freitag?", "list_reminders", {}),
        ("el", "Καφές με τον Θανάση από την Aegean αύριο στις εννιά", "log_activity", {"activity_type": "meeting", "contact": "Θανάση", "account": "Aegean"}),
        ("es", "Le he mandado un correo a Carlos Navarro con los precios", "log_activity", {"activity_type": "email", "contact": "Carlos Navarro"}),
        ("fr", "J'ai eu Pierre Lefebvre de Total au téléphone, je lui envoie la proposition mardi", "log_activity", {"activity_type": "call", "contact": "Pierre Lefebvre", "account": "Total"}),
        ("de", "Ich habe gerade Herrn Doktor Wagner von Roche angerufen", "log_activity", {"contact": "Wagner", "account": "Roche"}),
        ("nb", "Snakket med Lars Berg i DNB, følger opp på tirsdag", "log_activity", {"contact": "Lars Berg", "account": "DNB"}),
        ("el", "Θύμισέ μου στις 10 Δεκεμβρίου να ανανεώσω την προσφορά για τον ΟΤΕ", "remind", {"account": "ΟΤΕ", "contact": None}),
        ("kk", "Келесі жұма сағат 10:30-да Самұрық-Қазынаға баруды еске сал", "remind", {"account": "Самұрық-Қазына", "contact": None}),
        ("el", "Θύμισέ μου αύριο να πάρω τον Γιάννη-Μιχάλη", "remind", {"contact": "Γιάννη-Μιχάλη"}),
    ],
)  # fmt: skip
def test_intents_and_names_said_the_languages_own_way(
    lang: str, text: str, intent: str, fields: dict[str, str | None]
) -> None:
    r = parse(lang, text)
    assert r.intent == intent
    for key, value in fields.items():
        assert getattr(r, key) == value, key


def test_a_german_later_typed_without_umlaut_is_asked_about() -> None:
    r = parse("de", "erinnere mich spaeter an die rechnung")
    assert r.intent == "remind" and r.due is None and r.unread == ("spaeter",)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("thymise mou stis 5 Dekemvriou na paro ton Niko", "2026-12-05 09:00"),
        ("thymise mou stis 12 Ianouariou na steilo to symvolaio", "2027-01-12 09:00"),
    ],
)
def test_greeklish_months(text: str, when: str) -> None:
    """ "stis 5 Dekemvriou" had been read as today at 17:00 (the month unread): a date read
    wrong."""
    r = parse("el", text)
    assert r.intent == "remind" and _when(r) == when


def test_a_greeklish_close_at_the_end_of_a_month() -> None:
    r = parse("el", "nea efkairia me tin Jumbo, 20.000 euro, kleisimo telos Martiou")
    assert r.intent == "create_deal" and str(r.close) == "2027-03-31"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Жаңа мәміле: Kaspi, жүз мың теңге", "100000"),
        ("Жаңа мәміле: Kaspi, бес жүз мың теңге", "500000"),
        ("Жаңа мәміле: Kaspi, жүз жиырма мың теңге", "120000"),
    ],
)
def test_kazakh_hundreds_in_words(text: str, amount: str) -> None:
    r = parse("kk", text)
    assert r.intent == "create_deal" and str(r.amount) == amount and r.currency == "KZT"


def test_a_kazakh_firm_with_a_locative_after_a_hyphen_is_the_account() -> None:
    """ "Kaspi Bank-те" had been the person, cut to "Kaspi Bank-т"."""
    r = parse("kk", "Бүгін Kaspi Bank-те Айгүлмен кездестім, ертең қайта қоңырау шаламын")
    assert r.intent == "log_activity" and r.activity_type == "meeting"
    assert (r.contact, r.account) == ("Айгүл", "Kaspi Bank")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Бүгін Нұрлан Ахметовпен сөйлестім, ол келесі аптада жауап береді"),
        ("fr", "Appel avec Julie, elle rappelle demain"),
        ("nb", "Ringte Kari hos DNB, hun sender tilbud fredag"),
    ],
)
def test_a_date_of_what_the_customer_will_do_is_no_follow_up(lang: str, text: str) -> None:
    """ "ол келесі аптада жауап береді" (he answers next week) had been the rep's follow-up."""
    r = parse(lang, text)
    assert r.intent == "log_activity" and r.due is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Дәуренге қоңырау шалдым, жұма күні қайта хабарласамын"),
        ("nb", "Ringte Kari hos DNB, sender tilbud fredag"),
    ],
)
def test_the_reps_own_step_keeps_its_date(lang: str, text: str) -> None:
    assert parse(lang, text).due is not None


@pytest.mark.parametrize(
    ("lang", "text", "intent", "fields"),
    [
        ("kk", "Kaspi мәмілесі ұтылды", "move_deal", {"deal": "Kaspi", "stage": "lost"}),
        ("kk", "Жаңа мәміле: Beeline 5G, 45 млн ₸, жабылуы наурыз", "create_deal", {"close": "2027-03-31"}),
        ("el", "Νέα ευκαιρία Vodafone cloud 80 χιλ. ευρώ", "create_deal", {"amount": "80000", "deal": "Vodafone cloud"}),
        ("el", "Υπενθύμισέ μου την Τρίτη στις 9:30 για τη συνάντηση με την Alpha Bank", "remind", {"account": "Alpha Bank", "contact": "None"}),
        ("el", "Θύμισέ μου αύριο να πάρω τον Niko", "remind", {"contact": "Niko"}),
        ("de", "Morgen um 10 Uhr Herrn Becker von Audi anrufen", "remind", {"contact": "Becker", "account": "Audi"}),
        ("de", "Bitte am Dienstag um 14 Uhr an den Termin mit Bosch erinnern", "remind", {"account": "Bosch"}),
    ],
)  # fmt: skip
def test_more_of_the_languages_own_ways(
    lang: str, text: str, intent: str, fields: dict[str, str]
) -> None:
    r = parse(lang, text)
    assert r.intent == intent
    for key, value in fields.items():
        assert str(getattr(r, key)) == value, key


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        ("el", "Νέα ευκαιρία με την Jumbo, εβδομήντα πέντε χιλιάδες ευρώ", "75000"),
        ("el", "Νέα ευκαιρία με την Jumbo, εκατόν ενενήντα εννιά χιλιάδες ευρώ", "199000"),
        ("kk", "Жаңа мәміле: Kaspi, жетпіс бес мың теңге", "75000"),
        ("kk", "Жаңа мәміле: Kaspi, екі жүз тоқсан мың теңге", "290000"),
        ("eu", "Aukera berria Kutxabankekin, hirurogeita bost mila euro", "65000"),
        ("eu", "Aukera berria Kutxabankekin, berrehun eta berrogeita hamar mila euro", "250000"),
        ("eu", "Aukera berria Kutxabankekin, ehun mila euro", "100000"),
    ],
)
def test_tens_above_fifty_and_hundreds_in_the_table_languages(
    lang: str, text: str, amount: str
) -> None:
    """The tables stopped at 59: "εβδομήντα πέντε χιλιάδες" (75 000) had been read as its
    tail, 5 000, and so had the Kazakh and Basque ones: amounts read wrong."""
    r = parse(lang, text)
    assert r.intent == "create_deal" and str(r.amount) == amount


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Νέα ευκαιρία με την Jumbo, χίλια πεντακόσια ευρώ"),
        ("el", "Νέα ευκαιρία με την Jumbo, ένα εκατομμύριο πεντακόσιες χιλιάδες ευρώ"),
        ("kk", "Жаңа мәміле: Kaspi, мың бес жүз теңге"),
    ],
)
def test_the_tail_of_a_number_not_read_whole_is_no_amount(lang: str, text: str) -> None:
    """ "χίλια πεντακόσια" (1 500) had been read as 500, "ένα εκατομμύριο πεντακόσιες
    χιλιάδες" as 500 000."""
    assert parse(lang, text).amount is None


def test_greek_seventy_minutes() -> None:
    r = parse("el", "Θύμισέ μου σε εβδομήντα λεπτά να πάρω τον Νίκο")
    assert _when(r) == "2026-11-26 11:10"


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("de", "Erinnere mich nächsten Monat an Bosch", "nächsten Monat"),
        ("fr", "Rappelle-moi le mois prochain d'appeler Bob", "le mois prochain"),
        ("es", "Recuérdame el mes que viene llamar a Bob", "el mes que viene"),
        ("nb", "Minn meg på neste måned å ringe Ola", "neste måned"),
        ("el", "Θύμισέ μου τον επόμενο μήνα να πάρω τον Νίκο", "τον επόμενο μήνα"),
        ("kk", "Келесі айда Асқарға қоңырау шалуды еске сал", "Келесі айда"),
        ("eu", "Gogorarazi hurrengo hilabetean Joni deitzea", "hurrengo hilabetean"),
    ],
)
def test_next_month_as_a_reminders_time_is_asked_in_every_language(
    lang: str, text: str, said: str
) -> None:
    """It had been a month from today at 09:00 in every language but English."""
    r = parse(lang, text)
    assert r.intent == "remind" and r.due is None and r.unread == (said,)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Neuer Deal Bosch Service, 50.000 €, Abschluss nächsten Monat"),
        ("fr", "Nouvelle affaire Orange fibre, 50 000 €, clôture le mois prochain"),
        ("es", "Nueva oportunidad con Cepsa por 40.000 €, cierre el mes que viene"),
        ("nb", "Ny avtale med DNB, 400 000 kr, lukkes neste måned"),
        ("el", "Νέα ευκαιρία με την Jumbo, 40.000 €, κλείσιμο τον επόμενο μήνα"),
    ],
)
def test_next_month_as_a_close_is_its_last_day_in_every_language(lang: str, text: str) -> None:
    """It had been 2026-12-26 (a month from today)."""
    r = parse(lang, text)
    assert r.intent == "create_deal" and str(r.close) == "2026-12-31"


def test_a_slashed_date_after_a_time_word_is_no_hour() -> None:
    """ "στις 15/12" had been read as today 15:00."""
    assert _when(parse("el", "Θύμισέ μου στις 15/12 να πάρω τον Νίκο")) == "2026-12-15 09:00"


def test_a_greek_ordinal_day() -> None:
    assert _when(parse("el", "Θύμισέ μου την 1η Δεκεμβρίου να πάρω τον Νίκο")) == "2026-12-01 09:00"


@pytest.mark.parametrize(
    "text",
    [
        "Желтоқсанның бірінші жартысында Асқарға қоңырау шалуды еске сал",
        "Желтоқсанның бірінші аптасында Асқарға қоңырау шалуды еске сал",
    ],
)
def test_the_first_half_or_week_of_a_month_is_asked(text: str) -> None:
    """ "бірінші" (first) had been read as the 1st of December."""
    r = parse("kk", text)
    assert r.due is None and r.unread


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Erinnere mich um 2 Uhr nachts an Bosch", "2026-11-27 02:00"),
        ("Erinnere mich um 11 Uhr nachts an Bosch", "2026-11-26 23:00"),
        ("Erinnere mich um 12 Uhr nachts an Bosch", None),
    ],
)
def test_german_hours_at_night(text: str, when: str | None) -> None:
    """ "um 2 Uhr nachts" had been 14:00 and "um 12 Uhr nachts" noon."""
    assert _when(parse("de", text)) == when


def test_a_kazakh_range_of_days_is_asked() -> None:
    """ "Екі-үш күннен кейін" (in two or three days) had been read as in three days."""
    r = parse("kk", "Екі-үш күннен кейін Асқарға қоңырау шалуды еске сал")
    assert r.due is None and r.unread == ("Екі-үш күннен кейін",)


@pytest.mark.parametrize(
    ("lang", "text", "contact"),
    [
        ("nb", "Minn meg på om et kvarter å svare Ingrid", "Ingrid"),
        ("fr", "Rappelle-moi demain de répondre à Julie", "Julie"),
        ("es", "Recuérdame mañana responder a Marta", "Marta"),
    ],
)
def test_a_reminder_to_answer_someone_names_them(lang: str, text: str, contact: str) -> None:
    assert parse(lang, text).contact == contact
