"""holdout27, read in session 24 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

from tarnkappe.privacy import Anonymizer


def found(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


# -- dates of birth under keys that say so with more words, or misspelt --------------------------------


def test_a_birth_date_key_with_a_qualifier_after_it(anonymizer: Anonymizer) -> None:
    """A form export's key says what the date is for ("…_18plus": the age check); it is a date of birth."""
    json_line = '{"name": "Kessler, Ivo", "geburtsdatum_18plus": "7. Juni 1981", "newsletter": "ja"}'
    assert found(anonymizer, json_line, "DOB") == ["7. Juni 1981"]
    yaml = '  - captain: Roos, Meret\n    phone: ~\n    data_nascita_verificata: "03.09.1990"\n    newsletter: no\n'
    assert found(anonymizer, yaml, "DOB") == ["03.09.1990"]
    csv = ("id,team,captain,email,birthdate_checked,ip\n"
           "17,Les Hiboux,Lina Favre,l.favre@example.ch,12.04.1987,10.0.0.7\n")
    assert found(anonymizer, csv, "DOB") == ["12.04.1987"]


def test_a_birth_date_key_mistyped_by_one_letter(anonymizer: Anonymizer) -> None:
    text = "Nom: Pasche, Elodie\nDate de naissancc: 22/11/1979\nGeburtsdatun: 4.5.1968\n"
    assert found(anonymizer, text, "DOB") == ["22/11/1979", "4.5.1968"]
    assert found(anonymizer, "> date_de_naissancc = 02/02/2016\n> cours = mardi", "DOB") == ["02/02/2016"]


def test_xml_tags_of_a_born_on_key(anonymizer: Anonymizer) -> None:
    text = "<record>\n  <nom>Sabine Rochat</nom>\n  <ne_e_le>30.01.1993</ne_e_le>\n</record>"
    assert found(anonymizer, text, "DOB") == ["30.01.1993"]


def test_a_short_born_column_and_march_as_mrz(anonymizer: Anonymizer) -> None:
    table = ("N°\tReçu le\tNom\tPers.\tNaiss.\tTél.\n"
             "12\t03/02/2024\tPittet, Joëlle\t3\t08/10/1971\t+41 79 555 12 12\n")
    assert found(anonymizer, table, "DOB") == ["08/10/1971"]
    aligned = ("Nr.   Name               Geb.            Telefon\n"
               "---   ----------------   -------------   -------------\n"
               "4     Wiesner, Karla     3. Mrz. 1958    0171 5550123\n")
    assert found(anonymizer, aligned, "DOB") == ["3. Mrz. 1958"]


def test_what_the_wider_birth_keys_leave_alone(anonymizer: Anonymizer) -> None:
    herd = ("Ohrmarke;Name;Rasse;Geburtsdatum Tier;Kategorie\n"
            "AT 551 203 118;Flora;Fleckvieh;12.03.2019;Kuh\nAT 551 203 119;Resi;Jersey;02.05.2024;Kalb\n")
    assert found(anonymizer, herd, "DOB") == []
    party = "Geburtstagsfeier: 14.02.2027\nGeburtsdatumsformat: TT.MM.JJJJ\n"
    assert found(anonymizer, party, "DOB") == []


# -- a child's name and date under a child's key --------------------------------------------------------


def test_a_child_s_date_after_its_name_however_recent(anonymizer: Anonymizer) -> None:
    """Under "Kind 1", "Enfant 2", "Figlio/a 3" the date after the name is the child's birth: a baby's too."""
    form = ("Partner/in: Brändli, Urs\nGeburtsdatum: 14.06.1984\nKind 1: Malea, 02.09.2025\n"
            "Kind 2: Jonte, 17.03.2021\nAktuelle Adresse: Lindenweg 4, 3600 Thun\n")
    assert found(anonymizer, form, "DOB") == ["14.06.1984", "02.09.2025", "17.03.2021"]
    table = ("| Data di nascita | 2 maggio 1980 |\n| Figlio/a 1 | Ilenia, 9 apr 2019 |\n"
             "| Figlio/a 2 | Ciro, 30 gen 2024 |\n")
    assert found(anonymizer, table, "DOB") == ["2 maggio 1980", "9 apr 2019", "30 gen 2024"]
    assert found(anonymizer, table, "PERSON") == ["Ilenia", "Ciro"]


def test_a_date_to_come_under_a_child_s_key_is_no_birth(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, "Kind 1: Malea, 02.09.2031 (Einschulung)\n", "DOB") == []


# -- names, where a chat says whose place it is; forms with dotted leaders; flight logs; members --------


def test_whose_place_before_a_number_to_call(anonymizer: Anonymizer) -> None:
    chat = ("Nadja  18:46\nwer hat die noten? jonas?\n\nJonas  18:47\nliegen bei wehrli, ruf an: +41 79 555 01 23\n")
    assert "wehrli" in found(anonymizer, chat, "PERSON")
    fr = "Chloé: c'est chez de Sousa Lima, appelle : 078 555 44 33\nMarc: merci"
    assert "de Sousa Lima" in found(anonymizer, fr, "PERSON")
    assert found(anonymizer, "die liste ist bei mir, ruf an: 079 555 12 12", "PERSON") == []


def test_a_form_with_dotted_leaders(anonymizer: Anonymizer) -> None:
    form = ("Auftrag Schneiderei Nadelöhr\nKunde ........... Gubler, Ottilie\n"
            "Adresse ......... Föhrenweg 3, 8610 Uster\nTelefon ......... +41 44 555 18 18\n"
            "Anlass .......... Taufe am 12.09.2026\n")
    assert found(anonymizer, form, "PERSON") == ["Gubler, Ottilie"]
    child = "Name des Kindes ........ Zora Amstutz\nGeburtsdatum ........... 03.03.18\n"
    assert found(anonymizer, child, "PERSON") == ["Zora Amstutz"] and found(anonymizer, child, "DOB") == ["03.03.18"]
    toc = "Inhalt\nEinleitung ............ 3\nKapitel 1 ............. 12\n"
    assert [e for e in anonymizer.detect(toc) if e.type in ("PERSON", "DOB", "ADDRESS")] == []


def test_a_flight_log_s_pilot_columns(anonymizer: Anonymizer) -> None:
    log = ("Datum;Kennz.;Muster;Pilot;Begleiter/FI;Start;Dauer\n"
           "03.05.2026;HB-1234;ASK 21;KOLLER Anneliese;Ruefer, Damian;W;0:45\n"
           "03.05.2026;HB-2207;Discus;Ruefer, Damian;;F;2:10\n")
    names = found(anonymizer, log, "PERSON")
    assert "KOLLER Anneliese" in names and names.count("Ruefer, Damian") == 2


def test_a_team_s_members_after_their_key(anonymizer: Anonymizer) -> None:
    form = "Teamname: Die Schlaumeier\nCaptain: Urs Vollenweider\nMitglieder: Ilse Quadranti, Beno, Rahel\n"
    assert "Ilse Quadranti" in " ".join(found(anonymizer, form, "PERSON"))
    assert "Rahel" in " ".join(found(anonymizer, form, "PERSON"))


# -- streets no street word names, before a postcode and town; a town alone as a message ------------------


def test_a_street_before_a_town_after_a_dot_a_slash_or_a_comma(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, "Meldeadresse: Hohe Bleichen 4 · 20354 Hamburg", "ADDRESS") == [
        "Hohe Bleichen 4 · 20354 Hamburg"]
    assert found(anonymizer, "Lieferung an Im Gässli 7 / 6300 Zug.", "ADDRESS") == ["Im Gässli 7 / 6300 Zug"]
    text = "Termin bei Frau Huber, Zimmer 12, Chrummatt 9, CH-6204 Sempach. Bitte Ausweis mitbringen."
    assert found(anonymizer, text, "ADDRESS") == ["Chrummatt 9, CH-6204 Sempach"]
    assert found(anonymizer, "siehe Heft 12 / 2019 Berlin", "ADDRESS") == []


def test_a_postcode_and_town_alone_as_a_chat_s_answer(anonymizer: Anonymizer) -> None:
    chat = ("Lea: wer fährt?\nTim: ich\nLea: danke!! und tim, den ort brauchen die auch\nTim: 3600 thun\n")
    assert found(anonymizer, chat, "ADDRESS") == ["3600 thun"]
    counting = "Lea: wie viele flyer?\nTim: 2000 Stück\nLea: ok\n"
    assert found(anonymizer, counting, "ADDRESS") == []


# -- what the learned model took for names: duties before a colon, prompts' verbs, header abbreviations ----


def test_a_duty_before_its_holder_is_no_name(anonymizer: Anonymizer) -> None:
    text = ("Flugbuch Segelfluggruppe\n\nFlugleiter: Igor Geyer (+43 688 6047772)\n"
            "Quizmaster: Snežana Mujić, Ergebnisse an info@example.at\nPlatzwart: Emil Roos\n")
    names = found(anonymizer, text, "PERSON")
    assert {"Igor Geyer", "Snežana Mujić", "Emil Roos"} <= set(names)
    assert not {"Flugleiter", "Quizmaster", "Platzwart"} & set(names)
    assert "Meister" in found(anonymizer, "Meister: hallo zusammen\nAnna: hallo Herr Meister", "PERSON")


def test_a_prompt_s_verb_is_no_name(anonymizer: Anonymizer) -> None:
    text = "Die Gutscheine übernehmen wir. Schick mir die Rechnung bitte an Tannengasse 41, 8000 Zürich."
    assert "Schick" not in found(anonymizer, text, "PERSON")
    assert "Aktualisier" not in found(anonymizer, "Wer hat zugesagt? Aktualisier bitte die Liste.", "PERSON")


def test_a_header_s_abbreviated_cells_are_no_names(anonymizer: Anonymizer) -> None:
    text = ("Datum;Kennz.;Muster;Pilot;Begleiter\n02.05.2026;HB-1234;ASK 21;Lina Roos;\n"
            "Nr.\tEingang\tName\tZi.\tStatus\n7\t01.02.2026\tProbst, Mirko\t3\taktiv\n")
    names = found(anonymizer, text, "PERSON")
    assert "Lina Roos" in names and "Probst, Mirko" in names
    assert not {"Kennz", "Zi"} & set(names)


def test_a_header_of_counting_words_holds_no_name(anonymizer: Anonymizer) -> None:
    scores = "Platz;Team;R1;R2;R3;Joker;Total\n1;Die Füchse;9;8;7;R2;33\n"
    assert "Joker" not in found(anonymizer, scores, "PERSON")
    log = "Datum;Kennz.;Muster;Pilot;Start;Dauer\n02.05.2026;HB-1234;ASK 21;Lina Roos;W;0:45\n"
    assert found(anonymizer, log, "PERSON") == ["Lina Roos"]
    aligned = ("N°    Nom               Pers.   Naiss.        Tél.\n"
               "12    Pittet, Joëlle    3       08/10/1971    079 555 12 12\n")
    assert "Naiss" not in found(anonymizer, aligned, "PERSON")
    row = "Nachname;Vorname;Funktion\nDauer;Anna;Pilot\nKeller;Moritz;Start\n"
    assert "Dauer" in found(anonymizer, row, "PERSON")  # a data row of names: no header for its one key


def test_a_name_s_key_with_its_owner_s_word(anonymizer: Anonymizer) -> None:
    """"kind_nachname", "child_last_name", "nachname_kind": the owner's name, ordinary words too ("Bien", "Brot")."""
    json_line = '{"reg_no": 9, "kind_vorname": "Valentina", "kind_nachname": "Bien", "klasse": "4b"}'
    assert found(anonymizer, json_line, "PERSON") == ["Valentina", "Bien"]
    yaml = "  - reg_no: 7\n    child_first_name: Detlef\n    nachname_kind: Brot\n    klasse: 4a\n"
    assert found(anonymizer, yaml, "PERSON") == ["Detlef", "Brot"]


def test_who_to_ask_and_a_contact_person_s_longer_key(anonymizer: Anonymizer) -> None:
    text = "Questions à : Honoré Marchand, 07 32 73 84 90\nFragen an: Elfi Kranich, 0178-6155941\n"
    assert found(anonymizer, text, "PERSON") == ["Honoré Marchand", "Elfi Kranich"]
    assert found(anonymizer, "Ansprechpartner vor Ort: Traugott Morgen, 0162 44724760", "PERSON") == [
        "Traugott Morgen"]
    assert found(anonymizer, "Fragen an: info@verein.ch oder 044 555 12 12", "PERSON") == []


def test_a_form_s_keys_in_brackets(anonymizer: Anonymizer) -> None:
    form = ("[Kunde] Efil Yurt\n[Baustelle] Amselstraße 1\n[PLZ / Ort] 5400 Hallein\n[Geburtsdatum] 30.05.1962\n"
            "[INFO] Server started on port 8080\n")
    assert found(anonymizer, form, "PERSON") == ["Efil Yurt"]
    assert found(anonymizer, form, "ADDRESS") == ["Amselstraße 1", "5400 Hallein"]


def test_a_street_no_pattern_knows_before_its_floor(anonymizer: Anonymizer) -> None:
    text = "Wir können Ihnen eine Besichtigung anbieten – Hinterdorf 16, 3. OG rechts, am 13.05.2025 um 17:30."
    assert found(anonymizer, text, "ADDRESS") == ["Hinterdorf 16, 3. OG"]
    rooms = "Das Meeting ist in Raum 4, 2. OG. Version 2, EG-Richtlinie. Kapitel 3, 1. Stock."
    assert found(anonymizer, rooms, "ADDRESS") == []


def test_who_a_duty_is_before_a_number_to_call(anonymizer: Anonymizer) -> None:
    chat = "Tobias N.: ok. fluglehrer ist lucas fernandes, handy 0159 342 77 80\nRalf: danke"
    assert "lucas fernandes" in found(anonymizer, chat, "PERSON")
    assert found(anonymizer, "die Hotline ist rund um die Uhr, Tel. 0800 123 456", "PERSON") == []


def test_a_child_s_first_and_last_keys(anonymizer: Anonymizer) -> None:
    json_line = '{"reg_no": 401, "child_first": "Joyce", "child_last": "Day", "grade": "Year 1"}'
    assert found(anonymizer, json_line, "PERSON") == ["Joyce", "Day"]


def test_a_family_s_abbreviation_and_a_date_key_are_no_names(anonymizer: Anonymizer) -> None:
    text = "Gast,Geburtsdatum,Gastfamilie,Adresse\nInês Garcia,2002-03-27,Fam. Fiebig,Eichendorffweg 21\n"
    names = found(anonymizer, text, "PERSON")
    assert "Fam" not in names and any("Fiebig" in n for n in names)
    assert "Dob" not in found(anonymizer, "Name: Lea Roos\nDob: 12.03.1980\n", "PERSON")
    assert "Riassumimi" not in found(anonymizer, "Riassumimi la chat di ieri, per favore.", "PERSON")


def test_a_form_dump_s_lines_about_a_field_and_a_will_s_verb_are_no_names(anonymizer: Anonymizer) -> None:
    dump = ("---\nFieldType: Button\nFieldName: consent.checkbox\n---\nFieldType: Text\nFieldName: applicant.postcode\n"
            "FieldNameAlt: Postcode\nFieldValue: 2700\n---\nFieldType: Text\nFieldName: applicant.name\n"
            "FieldValue: Beda Zurfluh\n")
    names = found(anonymizer, dump, "PERSON")
    assert not {"Button", "Postcode"} & set(names) and "Beda Zurfluh" in names
    will = "2. Nomino eredi in parti uguali i miei figli Livio e Carla Bernasconi."
    assert "Nomino" not in found(anonymizer, will, "PERSON")


def test_a_speaker_addressed_in_lower_case_by_another_line_s_speaker(anonymizer: Anonymizer) -> None:
    text = ("2025-8891;Les Quizerables;de Quervain, Daniele;078 214 24 73\n\n"
            "Natalie Brun: elina, hast du die anmeldungen? sind die alle über 18?\nElina Zollinger: glaub schon\n")
    assert "elina" in found(anonymizer, text, "PERSON")
    own = "Anna Meier: anna, so heisse ich.\nBeat Keller: ok, danke!\n"  # no one addresses themselves
    assert "anna" not in found(anonymizer, own, "PERSON")


def test_a_team_s_captain_column_and_key(anonymizer: Anonymizer) -> None:
    table = ("| Team                | Captain                 | Telefon        |\n"
             "|---------------------|-------------------------|----------------|\n"
             "| Quizzly Bears       | de la Fontaine, Antonio | 076 164 84 10  |\n"
             "| Die Denkzettel      | Ilse Quadranti          | 0173-6494698   |\n")
    names = found(anonymizer, table, "PERSON")
    assert "de la Fontaine, Antonio" in names and "Ilse Quadranti" in names
    assert found(anonymizer, "Kapitän: Urs Vollenweider\n", "PERSON") == ["Urs Vollenweider"]
