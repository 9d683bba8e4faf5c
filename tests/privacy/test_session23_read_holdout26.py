"""holdout26, read in session 23 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

from tarnkappe.privacy import Anonymizer


def found(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


DCMDUMP = """(0008,0020) DA [20260311]                                #   8, 1 StudyDate
(0008,0080) LO [Institut für Radiologie Seefeld]        #  32, 1 InstitutionName
(0008,0090) PN [BRUNNER^VRENI^^Dr. med.]                #  24, 1 ReferringPhysicianName
(0010,0010) PN [Oberholzer^Reto]                        #  16, 1 PatientName
(0010,0020) LO [PAT0088123]                             #  10, 1 PatientID
(0010,0030) DA [19770214]                               #   8, 1 PatientBirthDate
(0010,1040) LO [Seestrasse 211^^8712 Stäfa]             #  26, 1 PatientAddress
(0010,2154) SH [044 926 11 87]                          #  14, 1 PatientTelephoneNumbers
(0018,1000) LO [45021]                                  #   6, 1 DeviceSerialNumber
"""

PYDICOM = """(0010, 0010) Patient's Name                      PN: 'de Sépibus^Ursina'
(0010, 0030) Patient's Birth Date                DA: '19880902'
(0010, 0040) Patient's Sex                       CS: 'F'
(0020, 0010) Study ID                            SH: '4471'
"""


def test_a_dicom_dump_says_whose_values_they_are(anonymizer: Anonymizer) -> None:
    names = found(anonymizer, DCMDUMP, "PERSON")
    assert {"BRUNNER^VRENI^^Dr. med.", "Oberholzer^Reto"} <= set(names)
    assert not [n for n in names if n.startswith("Patient")]  # the keywords after the values
    assert found(anonymizer, DCMDUMP, "DOB") == ["19770214"]  # the study's date stays
    assert found(anonymizer, DCMDUMP, "ADDRESS") == ["Seestrasse 211", "8712 Stäfa"]
    assert found(anonymizer, DCMDUMP, "PHONE") == ["044 926 11 87"]
    assert "45021" not in {e.text for e in anonymizer.detect(DCMDUMP)}


def test_pydicom_s_print_of_a_dataset(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, PYDICOM, "PERSON") == ["de Sépibus^Ursina"]
    assert found(anonymizer, PYDICOM, "DOB") == ["19880902"]


def test_a_worklist_s_caret_names(anonymizer: Anonymizer) -> None:
    worklist = ("AccessionNumber;PatientName;Modality;ReferringPhysicianName\n"
                "A7731;KÜNZLI^MARTINA;MR;VAN DER BERG^JOOST\n"
                "A7732;DE WECK^OLIVIER;CT;Ottiger^Beat Anton\n")
    assert found(anonymizer, worklist, "PERSON") == [
        "KÜNZLI^MARTINA", "VAN DER BERG^JOOST", "DE WECK^OLIVIER", "Ottiger^Beat Anton"]


def test_carets_that_join_no_name(anonymizer: Anonymizer) -> None:
    # exponents, key chords, an HL7 field's codes, a label printer's commands
    text = ("x^2 + y^2, 2^10, Ctrl^C\nPID|1||4711^^^KIS^MR~D39^^^GKV^NI||GRUBER^FERDL\nNK1|2|Gruber^Kai|SPO^Spouse\n"
            "^XA\n^FO40,30^A0N,24,24^FDAbsender: Wulff GmbH^FS\n^FO40,300^FD60311 Frankfurt am Main^FS\n")
    names = found(anonymizer, text, "PERSON")
    assert "GRUBER^FERDL" in names and "Gruber^Kai" in names
    assert not [n for n in names if any(code in n for code in ("KIS", "GKV", "SPO", "GmbH", "Main", "Ctrl"))]


def test_a_header_s_people_listed_surname_first(anonymizer: Anonymizer) -> None:
    header = ("Von: von Gunten, Noa <noa66@gmx.ch>\n"
              "Cc: s.hethur@uni-bern.ch, Kühnert, Carmela <kuehnert@uni-bern.ch>; Nguyen, Thu Trang <tt@bluewin.ch>\n")
    assert found(anonymizer, header, "PERSON") == ["von Gunten, Noa", "Kühnert, Carmela", "Nguyen, Thu Trang"]
    # in a sentence, the word before the comma is not joined to the name
    assert "wie besprochen, Anna" not in found(anonymizer, "wie besprochen, Anna <a@b.ch> kommt", "PERSON")


IRC_CHAT = """[16:29] <Leni> Rosi lahmt seit gestern. wer ruft den tierarzt?
[16:47] <Küde> mach ich. hab die nummer
[16:57] <+41 77 410 31 78> sono io, nuovo numero
[17:09] <Chrigi> salz holen wir samstag
"""


def test_an_irc_log_s_speakers(anonymizer: Anonymizer) -> None:
    assert {"Leni", "Küde", "Chrigi"} <= set(found(anonymizer, IRC_CHAT, "PERSON"))
    assert found(anonymizer, IRC_CHAT, "PHONE") == ["+41 77 410 31 78"]
    # HTML's tags at a line's start are no speakers (no time before them)
    html = "<b> Anmeldung </b>\n<i> Kurs </i>\n<b> Preis </b>\n"
    assert found(anonymizer, html, "PERSON") == []


TEAMS_CHAT = """Sepp   19:39
Exkursion am Samstag steht! Treffpunkt 8:30 bei mir - wer fährt?

Susi   19:48
ich kann 3 mitnehmen.

Babsi   20:01
ja gern.
"""


def test_nicknames_beside_a_named_speaker(anonymizer: Anonymizer) -> None:
    assert {"Sepp", "Susi", "Babsi"} <= set(found(anonymizer, TEAMS_CHAT, "PERSON"))
    # an agenda's items have no message under them: no chat, no speakers
    agenda = "Begrüssung   09:00\nSusi Keller   09:15\nPause   10:30\nWorkshop   10:45\n"
    assert "Pause" not in found(anonymizer, agenda, "PERSON")
    assert "Workshop" not in found(anonymizer, agenda, "PERSON")


def test_a_family_s_children_after_their_names(anonymizer: Anonymizer) -> None:
    one_line = "Hallo, wir hätten gern Besuch für Paweł (15. Jänner 2019), Joanna (9. November 2020). Danke!"
    assert found(anonymizer, one_line, "DOB") == ["15. Jänner 2019", "9. November 2020"]
    items = ("vorremmo aiutare questa primavera, io e i miei figli (per l'assicurazione):\n"
             "  Ewa Wójcik, 6.11.2015\n  Katarzyna Wójcik, 24-10-2019\n  Tomasz Wójcik, 27/12/2021\n")
    assert found(anonymizer, items, "DOB") == ["6.11.2015", "24-10-2019", "27/12/2021"]


def test_recent_dates_after_names_that_are_no_births(anonymizer: Anonymizer) -> None:
    messages = ("--- Message from K. Todd (14 Oct 2025) ---\nhey tyler!\n"
                "--- Message from Nathan Miller (10 April 2025) ---\nhey molly!\n")
    assert found(anonymizer, messages, "DOB") == []
    cows = "DE 09 834 01389  Rosi       Fleckvieh    19.12.2021\nDE 04 193 52858  Fiona      Pinzgauer    21.03.2020\n"
    assert found(anonymizer, cows, "DOB") == []


def test_a_doorbell_s_name_in_lower_case(anonymizer: Anonymizer) -> None:
    chat = ("Fritz Kabus (06:38): wir nehmen sie. almweg 69, klingeln bei kabus\n"
            "Babette (06:40): on les prend. avenue de cour 48, sonnez chez chevallier\n"
            "Ria (06:41): wir auch, holunderweg 3, klingeln bei meister\n")
    assert {"kabus", "chevallier", "meister"} <= set(found(anonymizer, chat, "PERSON"))
    assert {"almweg 69", "avenue de cour 48", "holunderweg 3"} <= set(found(anonymizer, chat, "ADDRESS"))
    # a pronoun, a shop, a broken bell are no household
    others = "klingeln bei uns!\nklingel bei atelier. citofono rotto\nsonnez chez moi\n"
    assert found(anonymizer, others, "PERSON") == []


def test_a_lower_case_street_keeps_its_flat(anonymizer: Anonymizer) -> None:
    addresses = found(anonymizer, "sono da claudia in viale europa 38, scala c\n", "ADDRESS")
    assert any(a.endswith("viale europa 38, scala c") for a in addresses)


def test_the_people_of_a_split(anonymizer: Anonymizer) -> None:
    line = "Répartition : Emilie 25%, Stark 25%, Paulette 25%, Tristan 25%."
    assert found(anonymizer, line, "PERSON") == ["Emilie", "Stark", "Paulette", "Tristan"]
    chat = "Kat: splits for nachtfalter: sylvia 25, andrii 25, jennifer 24, şiyar 26\n"
    assert {"sylvia", "andrii", "jennifer", "şiyar"} <= set(found(anonymizer, chat, "PERSON"))
    # a split of costs, a mix, numbers that are no shares
    assert found(anonymizer, "Aufteilung der Kosten: Miete 50%, Nebenkosten 50%", "PERSON") == []
    assert found(anonymizer, "split: vocals 60, guitar 40", "PERSON") == []


def test_a_family_s_name_with_particles_and_in_lower_case(anonymizer: Anonymizer) -> None:
    rows = "17:20,Fam. de Vrome,Mattenweg 84\nEva Ebert;Fam. von der Heide;Talstraße 19\n"
    assert {"de Vrome", "von der Heide"} <= set(found(anonymizer, rows, "PERSON"))
    chat = "erste familie 17:20 fam. frei\nzweite 17:40 fam. van enschot\n"
    assert {"frei", "van enschot"} <= set(found(anonymizer, chat, "PERSON"))
    prose = "wir sind eine famille nombreuse, die familie und freunde kommen, die Familie der Braut auch."
    assert found(anonymizer, prose, "PERSON") == []
    assert found(anonymizer, "Nous postulons comme famille d'accueil.", "PERSON") == []


def test_a_form_s_surname_with_particles(anonymizer: Anonymizer) -> None:
    form = "Kurs: CM-114\nName: von Arx\nVorname: Leo\n"
    assert found(anonymizer, form, "PERSON") == ["von Arx", "Leo"]
    assert found(anonymizer, "Name: auf der Maur\nVorname: Leo\n", "PERSON") == ["auf der Maur", "Leo"]
    # a preposition and an ordinary word are no surname
    assert found(anonymizer, "Name: der Vertrag\nName: im Haus\n", "PERSON") == []


def test_children_with_their_dates_of_birth_in_parentheses(anonymizer: Anonymizer) -> None:
    booking = "Hallo, wir hätten gern Besuch für Evangelos (25. Dez. 2021), Blanka (25. Dez. 2022). Danke"
    assert {"Evangelos", "Blanka"} <= set(found(anonymizer, booking, "PERSON"))
    assert found(anonymizer, booking, "DOB") == ["25. Dez. 2021", "25. Dez. 2022"]
    # a course's deadlines, one child alone
    assert found(anonymizer, "Termine: Abgabe (12.03.2024), Prüfung (15.04.2024).", "DOB") == []
    assert found(anonymizer, "Besuch für Evangelos (25. Dez. 2021). Danke", "DOB") == []


def test_a_quoted_list_s_dates_with_two_digit_years(anonymizer: Anonymizer) -> None:
    reply = "> ich melde an:\n> - Selma Kitzmann, 13.07.17\n> - Wolfgang Kitzmann, 16.12.12\n"
    assert found(anonymizer, reply, "DOB") == ["13.07.17", "16.12.12"]


def test_a_street_named_after_a_field(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, "Treffpunkt bei mir, Auf dem Kamp 17a - wer fährt?", "ADDRESS") == ["Auf dem Kamp 17a"]
    moved = "neue Adresse: Bergstraße 36 - 93047 Regensburg (vorher Zum Steinbruch 40). Danke"
    assert "Zum Steinbruch 40" in found(anonymizer, moved, "ADDRESS")
    chat = "salz und draht holen wir samstag bei mir, im wiesengrund 38. alpabzug bleibt"
    assert found(anonymizer, chat, "ADDRESS") == ["im wiesengrund 38"]
    # a chapter, a page, a time, a range of players are no streets
    prose = "Im Jahr 2020 und am Montag 12 Uhr, im Kapitel 5. Auf Seite 12. Am Berg 3 Stunden. Im Feld 2 - 3 Spieler."
    assert found(anonymizer, prose, "ADDRESS") == []


def test_an_initial_m_where_no_french_is_written(anonymizer: Anonymizer) -> None:
    agenda = "Toastmaster des Abends: M. Bohlander\nRedner/in 1: F. Caspar\n"
    assert found(anonymizer, agenda, "PERSON") == ["M. Bohlander", "F. Caspar"]
    assert found(anonymizer, "Evaluator 2: M. Swaminathan", "PERSON") == ["M. Swaminathan"]
    # Monsieur in French prose stays outside the name
    assert found(anonymizer, "Bonjour M. Dupont, merci pour votre message.", "PERSON") == ["Dupont"]


def test_a_swiss_particle_inside_a_name(anonymizer: Anonymizer) -> None:
    assert "Herbert am Rhyn" in found(anonymizer, "Auswertung: Herbert am Rhyn, herbert@example.ch", "PERSON")
    # a preposition before a place or an ordinary word stays outside
    names = found(anonymizer, "Peter am Bodensee, Peter am Telefon.", "PERSON")
    assert "Peter" in names and not [n for n in names if "Bodensee" in n or "Telefon" in n]


def test_a_capitalised_host_no_list_knows(anonymizer: Anonymizer) -> None:
    chat = "treffpunkt morgen wieder bei Konstantin, Seestrasse 42"
    assert found(anonymizer, chat, "PERSON") == ["Konstantin"]
    assert found(anonymizer, "treffpunkt bei mir, Seestrasse 42", "PERSON") == []


def test_a_role_written_for_both_genders(anonymizer: Anonymizer) -> None:
    agenda = ('Zeitnehmer/in: Edelbert K.\nKontrolleur*in: Anton Freitag\n'
              'Bewerter/in 1: N. Bähr - "Mein Weg zum Marathon" (Level 2, 5 min)\n')
    assert found(anonymizer, agenda, "PERSON") == ["Edelbert K.", "Anton Freitag", "N. Bähr"]
    assert found(anonymizer, "Teilnehmer/innen: 12\nStatus/in: offen\nLehrer*in: Mathematik\n", "PERSON") == []


def test_the_one_capitalised_word_of_a_lower_case_introduction(anonymizer: Anonymizer) -> None:
    chat = ("[16:13] <Henrik> 60 erdkröten\n[16:23] <Marisa> eimer 12 war kaputt\n"
            "[16:40] <075/749 14 15> hier Konstantin, neue nummer. komme um 19:30\n")
    assert "Konstantin" in found(anonymizer, chat, "PERSON")


def test_english_streets_in_quoted_signatures_and_at_ones_home(anonymizer: Anonymizer) -> None:
    quoted = "> City MRI Centre\n> 83 Quarry Close\n> KENDAL LA9 8QE\n"
    assert any(a.startswith("83 Quarry Close") for a in found(anonymizer, quoted, "ADDRESS"))
    assert found(anonymizer, "Meet 8.30 at mine, 65 Quarry Close - who is driving?", "ADDRESS") == ["65 Quarry Close"]
    dash = "Thanks to the landowner (83 Orchard Way - Glasgow G12 5UT)."
    assert found(anonymizer, dash, "ADDRESS") == ["83 Orchard Way - Glasgow G12 5UT"]
    assert found(anonymizer, "meet at 3 Main Gate - then lunch", "ADDRESS") == []


def test_a_phone_after_another_column_s_number(anonymizer: Anonymizer) -> None:
    row = "      Carly       2008  W55    Cascade OC          8684870  07903-927732     carly@example.co.uk\n"
    assert found(anonymizer, row, "PHONE") == ["07903-927732"]
    assert found(anonymizer, "Ref 12345  15.03.2024", "PHONE") == []


def test_a_particle_that_begins_a_value(anonymizer: Anonymizer) -> None:
    assert "von Gunten Kamil" in found(anonymizer, "Alpmeister: von Gunten Kamil, +49 162 9821 0919", "PERSON")
    assert "von Allmen Peter" in found(anonymizer, "| von Allmen Peter | 12 |", "PERSON")
    # a preposition in a sentence stays outside
    assert "Weber, Lukas" in found(anonymizer, "Antwort von Weber, Lukas", "PERSON")


def test_a_partner_named_in_parentheses(anonymizer: Anonymizer) -> None:
    assert found(anonymizer, "BMI 28. Partner/in (Marius) beobachtet Atemaussetzer.", "PERSON") == ["Marius"]
    assert found(anonymizer, "Conjoint·e (John) observe des pauses respiratoires.", "PERSON") == ["John"]
    assert found(anonymizer, "Partner/in (Familienmitgliedschaft): siehe unten", "PERSON") == []
