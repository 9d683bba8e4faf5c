"""holdout20, read in session 19 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import Entity
from tarnkappe.privacy.resolve import join_adjacent


def found(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Altersnachweis (geb.)", "12.3.1977"),    # a delivery of wine: the age check's column
        ("Contrôle d'âge (né le)", "9 juin 1959"),
        ("Controllo età (nata il)", "21/06/1957"),
        ("Age check (DOB)", "6th of November 1943"),
    ],
)
def test_a_header_that_names_birth_in_parentheses_types_its_column(
        anonymizer: Anonymizer, header: str, date: str) -> None:
    width = max(len(header), len(date)) + 2
    aligned = (f"#  Kunde               Telefon          {header:{width}}Menge\n"
               f"1  Lorenz Abderhalden  079 544 10 38    {date:{width}}12\n")
    assert date in found(anonymizer, aligned, "DOB")
    piped = (f"| # | Kunde | Telefon | {header} | Menge |\n|---|---|---|---|---|\n"
             f"| 1 | Lorenz Abderhalden | 079 544 10 38 | {date} | 12 |\n")
    assert date in found(anonymizer, piped, "DOB")


@pytest.mark.parametrize("sep", [";", ","])
def test_a_header_whose_last_word_is_a_birth_key(anonymizer: Anonymizer, sep: str) -> None:
    text = (f"band{sep}contact{sep}phone{sep}town{sep}contact_dob\n"
            f"Swing Nine{sep}Ruedi Castelberg{sep}076 870 82 98{sep}Chur{sep}1990-04-08\n"
            f"DJ Rosa{sep}Rosa Inäbnit{sep}075 027 02 90{sep}Brig{sep}\n")
    assert found(anonymizer, text, "DOB") == ["1990-04-08"]


def test_a_column_of_other_dates_stays_readable(anonymizer: Anonymizer) -> None:
    # no birth word in the header: a delivery's, a contract's dates are no one's birth
    text = ("band;contact;phone;contract_end;start (Datum)\n"
            "Swing Nine;Ruedi Castelberg;076 870 82 98;2019-04-08;12.03.2027\n")
    assert found(anonymizer, text, "DOB") == []


def test_a_maiden_name_column_is_still_read_as_names(anonymizer: Anonymizer) -> None:
    # "Name (geb.)" is a maiden name's column: a birth date's type masks no name in it, its names
    # are masked as names
    text = "Name;Vorname;Name (geb.);Ort\nBrunner;Lea;Zürcher;Bern\n"
    assert found(anonymizer, text, "PERSON") == ["Brunner", "Lea", "Zürcher"]
    assert found(anonymizer, text, "DOB") == []


def test_a_name_cell_with_its_birth_date_in_parentheses(anonymizer: Anonymizer) -> None:
    text = ("Time      Type        Patient                          Address                            Item\n"
            "12:15 pm  Delivery    Indie Holland (January 1, 1947)  5473 Oak Avenue, Cambridge, MA 02139  rollator\n")
    assert found(anonymizer, text, "PERSON") == ["Indie Holland"]
    assert found(anonymizer, text, "DOB") == ["January 1, 1947"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Patient/in:        Sigrist, Paul, 07.06.52", "07.06.52"),
        ("Paziente:              Michele Del Fabbro, 07/02/37", "07/02/37"),
        ("Patient:          Frederick Brown, 2/19/30", "2/19/30"),
    ],
)
def test_a_two_digit_year_after_a_name_that_is_a_form_s_value(anonymizer: Anonymizer, line: str, date: str) -> None:
    assert date in found(anonymizer, f"Mietvertrag\n\n{line}\nArtikel: Pflegebett\n", "DOB")


def test_a_recent_two_digit_date_after_a_form_s_name_is_no_birth(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, "Protokoll: Anna Meier, 14.03.24\n", "DOB") == []


def test_two_spaces_after_a_number_end_it_in_an_aligned_table(anonymizer: Anonymizer) -> None:
    text = ("#  Destinataire   Téléphone       Né le               Bout.\n"
            "5  LÊ Nam         07 90 61 34 78  19 décembre 1997    24\n")
    assert found(anonymizer, text, "PHONE") == ["07 90 61 34 78"]
    assert "19 décembre 1997" in found(anonymizer, text, "DOB")
    # written with two spaces throughout, it is one number
    assert found(anonymizer, "Natel: 079  123  45  67", "PHONE") == ["079  123  45  67"]


def test_an_address_found_in_two_parts_is_masked_as_one(anonymizer: Anonymizer) -> None:
    # the street and the town line a comma apart, by two detectors: one placeholder, no comma between two
    text = "ci-joint mes recharges (2119, avenue du Parc, Longueuil QC J4K 8R2) pour le véhicule"
    assert found(anonymizer, text, "ADDRESS") == ["2119, avenue du Parc, Longueuil QC J4K 8R2"]


def test_neighbours_of_one_type_are_joined_only_across_their_own_separators() -> None:
    text = "Mark Anthony Tamburi Adinolfi; Anwesend: Tralovik, Beckmann; Seeweg 5 - 8002 Zürich"

    def at(value: str, kind: str) -> Entity:
        start = text.index(value)
        return Entity(start, start + len(value), kind, value, "test")

    joined = join_adjacent(text, [
        at("Mark Anthony", "PERSON"), at("Tamburi Adinolfi", "PERSON"),
        at("Tralovik", "PERSON"), at("Beckmann", "PERSON"),
        at("Seeweg 5", "ADDRESS"), at("8002 Zürich", "ADDRESS"),
    ])
    assert [e.text for e in joined] == ["Mark Anthony Tamburi Adinolfi", "Tralovik", "Beckmann",
                                        "Seeweg 5 - 8002 Zürich"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("09:00  1    KLAPP, Steve [13,8] / Geißler, Francisco [2,2]", ["KLAPP, Steve", "Geißler, Francisco"]),
        ("08:10;1;BECKER, Hakan [24,8] / Hashemi, Farid [20,5]", ["BECKER, Hakan", "Hashemi, Farid"]),
    ],
)
def test_surname_first_before_a_bracket_or_a_slash(anonymizer: Anonymizer, line: str, names: list[str]) -> None:
    assert [n for n in names if n not in found(anonymizer, line, "PERSON")] == []


def test_a_couple_joined_by_an_ampersand_is_two_people_not_a_firm(anonymizer: Anonymizer) -> None:
    text = "Veranstalter:                          Kunigunda Hein & Jeffrey Kumi\nAdresse: Hauptstr 4"
    assert found(anonymizer, text, "PERSON") == ["Kunigunda Hein", "Jeffrey Kumi"]
    for firm in ("Beratung durch Anna Meier & Partner AG.", "Kanzlei Hans Meier & Söhne", "Meier & Müller Treuhand"):
        assert "Meier" not in " ".join(found(anonymizer, firm, "PERSON")), firm


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vorstand (Mofifoluwa Omidina): Probezeit 12 Monate.", "Mofifoluwa Omidina"),
        ("Note interne du secrétariat (Vikram Iyer) : parrainage confirmé.", "Vikram Iyer"),
        ("Committee (Ronald Guerra): probation 12 months.", "Ronald Guerra"),
    ],
)
def test_a_note_s_author_in_parentheses_before_its_colon(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in found(anonymizer, text, "PERSON")


@pytest.mark.parametrize("text", ["Anhang (Neue Version): siehe oben", "Preis (Stand Januar): 5 CHF",
                                  "Meeting (Google Meet): link", "Status (Bitte Lesen): ok"])
def test_words_in_parentheses_before_a_colon_stay_readable(anonymizer: Anonymizer, text: str) -> None:
    assert found(anonymizer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2026-11-15 08:42 session_start tech=M. Mayo customer=\"Asma Muhsinova\"", "M. Mayo"),
        ("KS-01    2026-11-13  0     M. Alcázar\nKS-02    2026-10-29  2     L. Sherry", "M. Alcázar"),
    ],
)
def test_an_m_initial_at_a_column_s_or_a_value_s_start_is_masked_with_its_name(
        anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in found(anonymizer, text, "PERSON")


def test_monsieur_before_a_name_in_prose_stays_outside(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, "Nous avons reçu M. Dupontel hier.", "PERSON") == ["Dupontel"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:40  1    Johnson, Imani (Guest 614-703-0005) / Goodman A. (Guest 303-999-2074)", "Goodman A."),
        ("07:00  1    FLYNN Danielle [3.1] / O'Connor J. [5.2] / Curnyn G.", "O'Connor J."),
        ("14.12.2026: Melanie Kindle (+49 (0)160 7120908) / J. Lange\n", "J. Lange"),
        ("17:50  CAPAUL-BECK Mengia   20.06.1998    Ausweis 4710     S. Wyss              KK 50m", "S. Wyss"),
        ("09:30;4;Liu, Jing [28,7] / Kim S.-j. [10,3]", "Kim S.-j."),
    ],
)
def test_an_initial_and_a_surname_as_a_list_s_item(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in found(anonymizer, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["A. Einleitung\nB. Kostenvoranschlag\n", "verstorben am 25.10.2026\n\nI. Aktiva\n1. Girokonto",
     "Directeur financier | Bertin S.A.\nT +352 42 32 13 32", "Siehe Plan B.\n"],
)
def test_headings_and_firms_with_a_letter_stay_readable(anonymizer: Anonymizer, text: str) -> None:
    assert found(anonymizer, text, "PERSON") == []


def test_a_winter_service_tour_s_cells_stay_apart(anonymizer: Anonymizer) -> None:
    text = ("Nr  Kunde                  Adresse                    PLZ    Telefon           Hinweis\n"
            "--------------------------------------------------------------------------------------\n"
            "5   Schulze-Wettendorf T.  Kirchgasse 61              20056  0049 162 4778893  vor 6:00\n"
            "6   Roxane Keller          Lindenhofweg 55            2502   0041 32 305 98 70  nur Gehweg\n")
    assert "Kirchgasse 61" in found(anonymizer, text, "ADDRESS")   # no phone of "61 … 20056"
    assert "Roxane Keller" in found(anonymizer, text, "PERSON")    # no "Keller" taken as a street's adjective
    assert "0041 32 305 98 70" in found(anonymizer, text, "PHONE")  # no card of "2502  0041 …"
    assert found(anonymizer, text, "CARD") == []


def test_a_place_s_adjective_still_leads_its_street(anonymizer: Anonymizer) -> None:
    addresses = found(anonymizer, "Wir wohnen an der Zürcher Strasse 5 in Bern.", "ADDRESS")
    assert any(a.startswith("Zürcher Strasse 5") for a in addresses), addresses


def test_a_lower_case_surname_after_a_title_in_a_chat(anonymizer: Anonymizer) -> None:
    text = ("[26/11/2026 08:38] Tonino: piazza della libertà 41/b, piano 2: sig. murgia ha chiamato, passo carraio "
            "bloccato\n[26/11/2026 08:40] Tonino: ok grazie, chiamo il sig. sindaco e la sig.ra rossi domani\n")
    persons = found(anonymizer, text, "PERSON")
    assert "murgia" in persons and "rossi" in persons
    assert not any("sindaco" in p or "domani" in p for p in persons)  # a title's word, and no surname after one


def test_a_dictation_s_spoken_punctuation_after_a_title_is_no_name(anonymizer: Anonymizer) -> None:
    text = ("lettre au service des eaux virgule contrat numéro 580 à la ligne madame virgule monsieur virgule "
            "à la ligne le 29 juillet virgule nous avons")
    assert found(anonymizer, text, "PERSON") == []


@pytest.mark.parametrize(
    ("chat", "dates"),
    [
        ("[12.11.26, 19:02] Lena: Leute, ich mach euch Numerologie-Profile! Schickt mir eure Geburtsdaten\n"
         "[12.11.26, 19:05] Marco: 14.3.1985\n[12.11.26, 19:06] Sabine: meins ist der 2. Juni 1990\n"
         "[12.11.26, 19:09] Sabine: Paul hat am 23.9.1979 Geburtstag\n",
         ["14.3.1985", "2. Juni 1990", "23.9.1979"]),
        ("12/11/2026, 19:02 - Chloé: je vous fais vos chemins de vie ! donnez-moi vos dates de naissance\n"
         "12/11/2026, 19:06 - Hugo: moi c'est le 1er juin 1990\n"
         "12/11/2026, 19:07 - Chloé: et Léa c'est le 3 mars 1992 je crois\n",
         ["1er juin 1990", "3 mars 1992"]),
        ("[12/11/2026, 19:02:11] Emma: ok numerology time!! send me your birthdays\n"
         "[12/11/2026, 19:04:02] Olivia: mine is 07/11/1988 and Harry is March 14, 1985\n"
         "[12/11/2026, 19:05:13] Emma: Mia is 12-05-1991 right?\n",
         ["07/11/1988", "March 14, 1985", "12-05-1991"]),
    ],
)
def test_dates_in_a_chat_about_birthdays(anonymizer: Anonymizer, chat: str, dates: list[str]) -> None:
    assert [d for d in dates if d not in found(anonymizer, chat, "DOB")] == []


def test_a_chat_s_dates_without_birth_talk_stay_readable(anonymizer: Anonymizer) -> None:
    chat = ("[12.11.26, 19:02] Lena: wann war nochmal die letzte Sitzung?\n"
            "[12.11.26, 19:05] Marco: am 14.3.2019, danach am 2. Juni 2021\n"
            "[12.11.26, 19:06] Sabine: und das Fest ist am 3.12.2026\n")
    assert found(anonymizer, chat, "DOB") == []


def test_a_birthday_party_s_date_this_year_is_no_birth(anonymizer: Anonymizer) -> None:
    chat = ("[12.11.26, 19:02] Lena: Party zu Pauls Geburtstag, Samstag?\n"
            "[12.11.26, 19:05] Marco: passt, oder am 21.12.2025 wie letztes Jahr\n")
    assert "21.12.2025" not in found(anonymizer, chat, "DOB")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('{"order": 4711, "birthData": {"date": "1985-03-14", "time": "06:42", "place": "Luzern"}}', "1985-03-14"),
        ('{"partner": {"name": "Marco Rossi", "birth": {"date": "03.07.1983", "time": "23:15"}}}', "03.07.1983"),
        ('{\n  "geburt": {\n    "datum": "14.03.1985",\n    "zeit": "06:42"\n  }\n}', "14.03.1985"),
        ('{"birth": "1985-03-14T06:42:00", "birthplace": "Luzern"}', "1985-03-14T06:42:00"),
    ],
)
def test_a_birth_object_s_date_in_json(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert date in found(anonymizer, text, "DOB")


def test_other_objects_dates_in_json_stay_readable(anonymizer: Anonymizer) -> None:
    text = ('{"order": {"date": "2019-03-14", "id": 4711}, "delivery": {"date": "2019-03-20"},\n'
            ' "birthData": {"place": "Luzern"}, "shipping": {"date": "2018-01-02"}}')
    assert found(anonymizer, text, "DOB") == []


def test_a_table_s_birth_column_headed_geburt(anonymizer: Anonymizer) -> None:
    text = ("| Name | Rolle | Geburt | Zeit | Ort |\n|---|---|---|---|---|\n"
            "| Lea Brunner | Klientin | 14.03.1985 | 06:42 | Luzern |\n")
    assert found(anonymizer, text, "DOB") == ["14.03.1985"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Die Bundeskanzlerin Angela Merkel sagte am Montag", "Angela Merkel"),
     ("Handelsminister German Gref sagte , er erwarte", "German Gref")],
)
def test_a_german_role_before_a_first_name_is_no_surname(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in found(anonymizer, text, "PERSON")


def test_a_chat_copied_from_telegram_desktop(anonymizer: Anonymizer) -> None:
    # "Name, [date time]" alone on its line, the message on the lines after it
    text = ("Üzeyir Demir, [08/11/2026 13:37]\nromina ha dimenticato la sacca in club house\n\n"
            "Romina Gritti, [08/11/2026 14:05]\norari in bacheca: ali e filippa fabbro partono alle 8:40\n\n"
            "Beppe Zanzi, [21/11/2026 12:16]\nfatto. la pala di virginia ce l'ho io\n")
    persons = found(anonymizer, text, "PERSON")
    assert [n for n in ("romina", "ali", "filippa fabbro", "virginia") if n not in persons] == []


@pytest.mark.parametrize("head", ["{name} — 12.11.2026 19:02", "{name}, 19:02", "{name} — Today at 7:02 PM"])
def test_chats_copied_from_discord_google_chat_and_signal(anonymizer: Anonymizer, head: str) -> None:
    text = (head.format(name="Lena Brunner") + "\nhat jonas schon bezahlt oder nicht?\n"
            + head.format(name="Marco Keller") + "\nnein, jonas zahlt morgen, frag sonst petra\n")
    persons = found(anonymizer, text, "PERSON")
    assert "jonas" in persons and "petra" in persons


def test_an_agenda_with_times_is_no_chat(anonymizer: Anonymizer) -> None:
    text = "Begrüssung — 09:00\nkurze runde, danach kaffee\nPause — 10:30\nbitte pünktlich zurück sein\n"
    assert found(anonymizer, text, "PERSON") == []


def test_a_birth_block_in_yaml(anonymizer: Anonymizer) -> None:
    text = 'client: Lea Brunner\nbirth:\n  date: 1985-03-14\n  time: "06:42"\nvisit:\n  date: 2019-05-02\n'
    assert found(anonymizer, text, "DOB") == ["1985-03-14"]
    quoted = 'client: Lea Brunner\ngeburt:\n  ort: Bern\n  datum: "14.03.1985"\n'
    assert found(anonymizer, quoted, "DOB") == ["14.03.1985"]


def test_a_birth_date_in_parts_in_json(anonymizer: Anonymizer) -> None:
    text = '{"client": "Lea Brunner", "dateOfBirth": {"day": 14, "month": 3, "year": 1985}, "order": {"year": 2024}}'
    assert found(anonymizer, text, "DOB") == ["14", "3", "1985"]


@pytest.mark.parametrize(
    ("text", "address"),
    [("Ville, code postal:                Trois-Rivières QC G9A 5N6", "Trois-Rivières QC G9A 5N6"),
     ("Livraison: 5041, boulevard des Laurentides, app. 28, Saguenay QC G7H 2A1",
      "5041, boulevard des Laurentides, app. 28, Saguenay QC G7H 2A1")],
)
def test_quebec_towns_with_hyphens_and_a_lower_case_unit(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert address in found(anonymizer, text, "ADDRESS")
