"""holdout19, read in session 20 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    "header",
    ["child_first;child_last;group;parent_email;parent_phone;paid",
     "guest_first;guest_last;table;menu;guest_email",
     "player_first;player_last;team;parentPhone"],
)
def test_first_and_last_columns_named_after_their_owner(anonymizer: Anonymizer, header: str) -> None:
    cells = header.split(";")
    rows = [["Moritz", "Brändle"], ["Lina", "Gasser"], ["Yusuf", "Demir"]]
    lines = [header] + [";".join(first_last + ["x"] * (len(cells) - 2)) for first_last in rows]
    text = "\n".join(lines) + "\n"
    found = persons(anonymizer, text)
    for first, last in rows:
        assert last in found or f"{first};{last}" in found
    assert not any("x" == name for name in found)


def test_first_and_last_of_a_timetable_are_no_names(anonymizer: Anonymizer) -> None:
    text = "line;first;last;stops\nS3;Bern;Thun;12\nS5;Biel;Neuchâtel;9\n"
    assert persons(anonymizer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| Fr 18:00–23:00 | Kasse | Mia R., Jonas P. | Wenzeslaus 0176 2288 4411 |", "Wenzeslaus"),
        ("Auf der Rückseite: Besuche nach Absprache, Rosalind 079 318 22 40 anrufen.", "Rosalind"),
        ("Let me know by Friday who's coming. Oyelaran 0161 496 0731", "Oyelaran"),
    ],
)
def test_a_name_right_before_a_phone_number(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize(
    "text",
    ["Notruf 112, Zentrale 044 668 18 00, Hotline 0800 33 66 55",
     "Bei Fragen: Empfang 031 322 11 11, Zürich 044 221 33 44.",
     "Betreff: Rufnummernmitnahme 0049 151 50930091 seit gestern",
     "THOMAS, Denis (Gast 0177 97817993) / (Guest 07468 898669)"],
)
def test_a_service_word_or_a_town_before_a_phone_number_is_no_name(anonymizer: Anonymizer, text: str) -> None:
    found = persons(anonymizer, text)
    assert not any(word in found for word in ("Notruf", "Zentrale", "Hotline", "Empfang", "Zürich",
                                              "Rufnummernmitnahme", "Gast", "Guest"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("falls was ist: mein Mann Tolibjon 0676 930 62 67", "Tolibjon"),
        ("Mon conjoint Maxime est joignable au (418) 312-4823.", "Maxime"),
        ("meine Tochter Ilvy hat Fieber", "Ilvy"),
    ],
)
def test_a_spouse_or_child_named_after_the_word(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_spouse_word_before_an_ordinary_word_is_no_name(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Mein Mann arbeitet heute, meine Tochter hat Fieber.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BCBP: M1WIDMER/LORENZ       EK3XZ9Q ZRHLHRLX 0318 122Y 12A0042 100", "WIDMER/LORENZ"),
        ("  7 AB OKONKWO/ADAEZE, SEESTRASSE 12, 8002 ZUERICH", "OKONKWO/ADAEZE"),
        ("  1.1KESSLER/ANNA MARIA MRS\n  2.1KESSLER/BEN MSTR\n", "KESSLER/ANNA MARIA"),
    ],
)
def test_a_passenger_name_in_a_booking(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_slashes_between_capitals_elsewhere_are_no_passengers(anonymizer: Anonymizer) -> None:
    text = "Kurs CHF/EUR, TCP/IP, Version 1.2AB/CD und AB CHF/EUR Kurs, M3CHF/EUR Kurs"
    assert persons(anonymizer, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BETRAG: EUR 389,21   ZAHLUNG: BAR\nMONTEUR: WOJTASZEK   UNTERSCHRIFT KUNDE: L. HAAB", "WOJTASZEK"),
        ("IMPORTO: 351,34 €   PAGAMENTO: CONTANTI\nTECNICO: SCIALPI   FIRMA CLIENTE: M. Rota", "SCIALPI"),
        ("TOTAL: $173.14   PAYMENT: CASH\nENGINEER: OYEDEPO   CUSTOMER SIGNATURE: K. Ross", "OYEDEPO"),
    ],
)
def test_a_fitter_in_capitals_on_a_receipt(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_fitter_key_before_a_time_or_a_firm(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Techniker: Mo-Fr 8-17 Uhr\nMonteur: Elektro Huber AG\nEngineer: TBD\n") == []


def test_an_aligned_header_with_two_columns_one_space_apart(anonymizer: Anonymizer) -> None:
    text = ("Stellplatz Name                  Adresse                               Telefon\n"
            "------------------------------------------------------------------------------------\n"
            "4          Wüthrich, Irmgard     Birkenweg 7, 3600 Thun                033 221 45 67\n"
            "19         Aurelio Mastrangelo   Via Cantonale 3, 6900 Lugano          091 922 11 00\n")
    found = persons(anonymizer, text)
    assert "Wüthrich, Irmgard" in found
    assert "Aurelio Mastrangelo" in found


def test_a_form_line_is_no_aligned_header(anonymizer: Anonymizer) -> None:
    text = "   Land: Österreich\n   Tel. oder E-Mail: 0681/5980993 / olivia.muster@example.at\n"
    kinds = {e.text: e.type for e in anonymizer.detect(text)}
    assert kinds.get("0681/5980993") == "PHONE"
    assert kinds.get("olivia.muster@example.at") == "EMAIL"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Pitch 12: noise complaint about the Okwuosa-Brandt family, music till 2am.", "Okwuosa-Brandt"),
     ("Done. Pitch 18 goes to the Fenwick family (fenwick@example.com).", "Fenwick")],
)
def test_a_family_named_by_its_surname(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_family_of_things_is_no_name(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "the Royal family visited; the Linux family of systems") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("11:45 – Kind (Zilvinas, geb. 3. März 2019) vermisst gemeldet", "Zilvinas"),
     ("13:00 – Bambino (Yunus, nato il 25 settembre 2017) segnalato", "Yunus")],
)
def test_a_child_in_parentheses_before_its_birth(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Note support (Astrid) : titulaire confirmé par téléphone.", "Astrid"),
     ("Nota supporto (Gaetano): assegnatario confermato.", "Gaetano")],
)
def test_a_notes_author_by_first_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_notes_aside_that_is_a_word_is_no_author(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Notiz (Entwurf): bitte prüfen. Kommentar (Version): ok") == []


def test_whois_contacts(anonymizer: Anonymizer) -> None:
    text = ("Registrant Name: Obafemi Adeyemi\nRegistrant Organization: \nAdmin Name: Hedwig Zürcher\n"
            "Tech Name: Na Li\n")
    found = persons(anonymizer, text)
    assert {"Obafemi Adeyemi", "Hedwig Zürcher", "Na Li"} <= set(found)


@pytest.mark.parametrize(
    "text",
    ["Mannschaft: Serafina J., Carmine H., Vladislav V.\nBemerkungen: keine",
     "| Sa 12:30 | Camping | Hannes E., Pompeo S., Budi N. | Info |"],
)
def test_a_list_of_first_names_with_initials(anonymizer: Anonymizer, text: str) -> None:
    found = persons(anonymizer, text)
    items = text.split(": ", 1)[-1].split(" | ")[-2 if "|" in text else 0].split("\n")[0].split(", ")
    for item in items:
        assert item in found


def test_a_list_of_letters_after_words_is_no_list_of_names(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Varianten: Typ A., Typ B., Plan C.; siehe Anlage A., Anlage B.") == []


def kinds(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    return {e.text: e.type for e in anonymizer.detect(text)}


def test_a_bookings_mobile_after_a_space(anonymizer: Anonymizer) -> None:
    text = "  8 SSR CTCM OS HK1 436801051429/P1\n  9 SSR CTCM LX HK1/41791234567/P2\n"
    found = kinds(anonymizer, text)
    assert found.get("436801051429") == "PHONE"
    assert found.get("41791234567") == "PHONE"


def test_a_building_in_capitals_before_a_street(anonymizer: Anonymizer) -> None:
    text = "  17 AB LEGENDRE/THEOPHILE, BAT. C, 2 AVENUE FOCH - 51100 REIMS\n"
    assert kinds(anonymizer, text).get("BAT. C, 2 AVENUE FOCH - 51100 REIMS") == "ADDRESS"


@pytest.mark.parametrize(
    ("text", "date"),
    [("Hallo Welt!\nZuzana Peter\n14.03.2025 um 15:05 Uhr, 3654 g, 53 cm\n", "14.03.2025"),
     ("née le 11/11/2024 à 18:00, 3032 g, 54 cm", "11/11/2024"),
     ("Unsere Tochter Leonie ist jetzt schon am 2026-06-15 gekommen! Geht das Shooting?", "2026-06-15"),
     ("Notre fille Gwenola est arrivée le 03/01/2026 ! La séance est-elle possible ?", "03/01/2026")],
)
def test_a_newborns_date(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert kinds(anonymizer, text).get(date) == "DOB"


@pytest.mark.parametrize(
    "text",
    ["Die Lieferung ist am 2026-06-15 gekommen. Der Tisch misst 120 cm, Gewicht 3400 g, 53 cm hoch.",
     "Paket vom 12.03.2026: 250 g, 30 cm", "Der Techniker ist am 3.3.2026 gekommen."],
)
def test_a_parcels_date_is_no_birth(anonymizer: Anonymizer, text: str) -> None:
    assert "DOB" not in kinds(anonymizer, text).values()


@pytest.mark.parametrize(
    ("chat", "name"),
    [("[24/12/2026, 16:01:10] Ojo: anyone got the owner's number?\n"
      "[24/12/2026, 16:02:54] Olga: dunleavy +353 (0)86 2980872 it's on the list\n", "dunleavy"),
     ("20:19 Aggeliki N.: qualcuno ha il numero del proprietario?\n"
      "20:20 Marcelle: graziano deiana +39 340 0146301 è nella lista\n", "graziano deiana")],
)
def test_a_chats_answer_of_a_name_and_a_number(anonymizer: Anonymizer, chat: str, name: str) -> None:
    assert name in persons(anonymizer, chat)


SMS_LOG = ("Texts from the work phone, please list the jobs:\n\n"
           "02.01.2026 14:15 079 554 47 39: salve sono rimasta chiusa fuori, Via Campagna 22a, 6760 Faido. sono "
           "ilaria pedrazzini\n"
           "2025-08-08 19:30 +353 (0)86 4947932: hi locked out at 6 Castle Street, Dublin 8. it's renata\n"
           "18.08.2026 07:40 01512/0714853: hab mich ausgesperrt, 5. stock. bin lars jahnke\n")


def test_an_sms_log_is_read_as_a_chat(anonymizer: Anonymizer) -> None:
    found = kinds(anonymizer, SMS_LOG)
    for name in ("ilaria pedrazzini", "renata", "lars jahnke"):
        assert found.get(name) == "PERSON"
    for phone in ("079 554 47 39", "+353 (0)86 4947932", "01512/0714853"):
        assert found.get(phone) == "PHONE"


def test_bin_before_an_ordinary_word_is_no_introduction(anonymizer: Anonymizer) -> None:
    chat = "anna (10:00): bin gleich da\ntom (10:01): bin unterwegs, melde mich später\nanna (10:02): ok, bin froh\n"
    assert set(persons(anonymizer, chat)) <= {"anna", "tom"}
