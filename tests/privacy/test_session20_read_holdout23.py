"""holdout23, read in session 20 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


TEAM_CHAT = """Bitte fass den Chat zusammen.

ottilie brenneisen  18:18
wer holt jovana um 17:15? die mutter braucht eine dolmetscherin

kasimir wyrsch  18:24
ich. nummer der mutter?

ottilie brenneisen  18:25
0151-77390744 (frau haselbacher)

kasimir wyrsch  18:33
raum 114 ist frei
"""


def test_a_team_chat_typed_in_lower_case(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, TEAM_CHAT)
    assert found.count("ottilie brenneisen") == 2
    assert found.count("kasimir wyrsch") == 2
    assert "haselbacher" in found  # a title in a short message of a chat typed in lower case


@pytest.mark.parametrize(
    "chat",
    ["Was fehlt noch?\n\nleopold (10:33): der bestatter braucht das geburtsdatum\n"
     "halil (10:42): 15.1.1959, steht im familienbuch\nsolveig (10:54): schick mir die iban von denen\n",
     "Cosa manca?\n\nserafina  17:27\nl'impresa vuole la data di nascita\n\ngervasio  17:30\nè sul libretto\n\n"
     "serafina  17:44\nmandami l'iban\n"],
)
def test_speakers_by_first_name_in_lower_case(anonymizer: Anonymizer, chat: str) -> None:
    found = persons(anonymizer, chat)
    speakers = {line.split(" ", 1)[0] for line in chat.splitlines()[2:] if line and line[0].islower()
                and ("(" in line or "  " in line)}
    assert speakers and speakers <= set(found)
    assert "iban" not in found  # a first name too ("Iban"), but a bank's word here


def test_an_agenda_in_lower_case_is_no_chat(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Agenda\n\npause  10:30\nkaffee und gipfeli\n\nmittag  12:00\nim restaurant\n") == []


def test_a_surname_a_title_gave_confirms_the_full_name(anonymizer: Anonymizer) -> None:
    text = ("Sehr geehrter Herr Thirunavukkarasu\n\nwie besprochen findet die Trauerfeier für Kandiah "
            "Thirunavukkarasu am 28.11.2026 um 10:45 in der Friedhofskapelle statt.")
    found = persons(anonymizer, text)
    assert "Kandiah Thirunavukkarasu" in found


@pytest.mark.parametrize(
    ("chat", "name"),
    [
        ("Assistent (10:29): Willkommen bei TeleMed. Wie heißen Sie?\npatient (10:33): gottlieb brechbühl\n"
         "Assistent (10:46): Ihr Geburtsdatum?\n", "gottlieb brechbühl"),
        ("Assistant (11:50): Bienvenue. Votre nom ?\npatient (11:58): Aurélien Dufaux-Rey\nAssistant (12:08): Merci.\n",
         "Aurélien Dufaux-Rey"),
    ],
)
def test_the_name_given_in_answer_to_a_question_for_it(anonymizer: Anonymizer, chat: str, name: str) -> None:
    assert name in persons(anonymizer, chat)


def test_an_answer_of_ordinary_words_is_no_name(anonymizer: Anonymizer) -> None:
    chat = "Assistant (11:50): What's your name?\npatient (11:58): sorry what\nAssistant (12:08): Thanks.\n"
    assert "sorry what" not in persons(anonymizer, chat)


def test_an_invitations_organiser_and_attendees(anonymizer: Anonymizer) -> None:
    text = ("BEGIN:VEVENT\nSUMMARY:Beurkundung\nORGANIZER;CN=Rami Al-Hamdan:mailto:r.alhamdan@example.com\n"
            "ATTENDEE;CN=\"Liv Gut\";ROLE=REQ-PARTICIPANT:mailto:livgut@example.com\nEND:VEVENT\n")
    found = persons(anonymizer, text)
    assert "Rami Al-Hamdan" in found
    assert "Liv Gut" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [("fitnat (11:50): tochter anrufen: susanne +49 (0)151 85046200\nstanislaw (11:57): mach ich\n", "susanne"),
     ("louis (14:04): appelle sa fille : valentine +33 7 81 55 50 36\nphilippine (14:13): ok\n", "valentine")],
)
def test_a_relatives_name_in_lower_case_before_the_number_to_call(anonymizer: Anonymizer, text: str,
                                                                  name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_word_before_a_number_after_a_family_word_is_no_name(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Support-Mutter: keine 044 111 22 33, Notfall: hotline 0800 11 22 33") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Vermieter/in: Carina auf der Maur, vertreten durch die Verwaltung", "Carina auf der Maur"),
     ("Sehr geehrte Frau auf der Maur,\n\nwie besprochen … Ihre auf der Maur", "auf der Maur")],
)
def test_names_with_auf_der(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_lower_case_double_first_name_as_speaker(anonymizer: Anonymizer) -> None:
    chat = ("alicia (16:23): ich hol dich ab\nkarl-heinz (16:24): sie brauchen ihr geburtsdatum\n"
            "alicia (16:25): ok\n")
    assert "karl-heinz" in persons(anonymizer, chat)


def test_a_list_of_children(anonymizer: Anonymizer) -> None:
    text = ("Ehefrau/Ehemann: Seyyide\nKinder: Savak, Bengibay mit Valon Hoxha, Sebigül mit Jörn Wolf\n"
            "Kondolenzadresse: Savak Hoxha, Herrengasse 3, 1150 Wien\n")
    found = persons(anonymizer, text)
    for name in ("Bengibay", "Sebigül", "Valon Hoxha", "Jörn Wolf"):
        assert name in found


def test_a_list_of_children_that_names_none(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Kinder: keine\nEnfants : aucun\n") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("wir würden gern einen Termin für Serhii (3b) vereinbaren", "Serhii"),
     ("vorremmo fissare un colloquio per Tjark (classe 2A), dopo le 17", "Tjark")],
)
def test_a_pupil_before_their_class(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_room_before_a_class_is_no_pupil(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Raum (3b) ist frei, Gebäude (2a) nicht.") == []


def test_a_key_of_whoever_placed_the_order(anonymizer: Anonymizer) -> None:
    assert "Maja Glück" in persons(anonymizer, "Auftraggeber/in:      Maja Glück\nVerhältnis:           Tochter\n")


CHAT = ("23/11/26, 17:20 - Anna Meier: wer hat die iban?\n"
        "23/11/26, 17:31 - +49 172 66291588: hier chanchal narayanan, der nachbar. darf ich kommen?\n"
        "23/11/26, 17:35 - Tom Berger: hier unten, bei der tür. hier klicken, dann geht's\n"
        "23/11/26, 17:40 - Anna Meier: ja klar, 10 min\n")


def test_hier_and_a_name(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, CHAT)
    assert "chanchal narayanan" in found
    assert not {"unten", "klicken", "min", "iban"} & set(found)


def test_a_speaker_in_lower_case_with_a_listed_first_name(anonymizer: Anonymizer) -> None:
    chat = ("lena (08:35): bin jetzt in der wohnung, wo bleibst du?\nulrich bender (08:41): stau, 10 min.\n"
            "lena (08:44): ja\n")
    found = persons(anonymizer, chat)
    assert "ulrich bender" in found
    assert "min" not in found


def kinds(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    return {e.text: e.type for e in anonymizer.detect(text)}


@pytest.mark.parametrize(
    ("text", "address"),
    [("Objekt: Am Mühlbach 87/Top 15, 3100 St. Pölten, 3. OG links", "Am Mühlbach 87/Top 15, 3100 St. Pölten"),
     ("Notariat am Marktplatz\nAuf der Heide 91 · 01067 Dresden · (069) 5537357", "Auf der Heide 91 · 01067 Dresden"),
     ("Kanzlei\nIm Winkel 13/1/23 · 8010 Graz · 0512 78899", "Im Winkel 13/1/23 · 8010 Graz")],
)
def test_a_prefixed_german_street_with_a_door_or_a_letterheads_dot(anonymizer: Anonymizer, text: str,
                                                                   address: str) -> None:
    assert any(address in value and kind == "ADDRESS" for value, kind in kinds(anonymizer, text).items())


def test_a_date_in_a_column_before_a_number_is_no_phone(anonymizer: Anonymizer) -> None:
    text = ("Fahrer         Geburtsdatum  Punkte\nBRUNNER Kai    02/06/2006  1389   11\n"
            "BRUNNER Lisa   03/01/2006  262    8\n")
    found = kinds(anonymizer, text)
    assert found.get("02/06/2006") == "DOB"
    assert not any(kind == "PHONE" for kind in found.values())


def test_a_lower_case_street_type_before_a_columns_gap(anonymizer: Anonymizer) -> None:
    text = ("2   Sinthuja Sivakumar    58 ter avenue Jean Jaurès  02.73.75.35.33        Menu 1\n"
            "3   Colin Vlaanderen      123 place du Marché        05.17.44.42.09        Menu 1\n")
    found = kinds(anonymizer, text)
    assert found.get("02.73.75.35.33") == "PHONE"
    assert found.get("05.17.44.42.09") == "PHONE"


@pytest.mark.parametrize("text", ["* 9. Feber 1937   † 23.11.2026", "geboren am 26. Feber 1952 in Graz"])
def test_the_austrian_february(anonymizer: Anonymizer, text: str) -> None:
    assert "DOB" in kinds(anonymizer, text).values()


def test_most_lower_case_speakers_are_names(anonymizer: Anonymizer) -> None:
    chat = ("Was fehlt noch?\n\nforum (08:50): bestatter braucht papas geburtsdatum\n"
            "jatinder (08:55): 30.01.55, steht im familienbuch\npraneel (08:57): ich überweise die anzahlung\n"
            "forum (08:59): erledigt\n")
    found = persons(anonymizer, chat)
    assert "jatinder" in found
    assert "praneel" in found
    assert "forum" not in found


def test_a_lower_case_first_name_beside_named_speakers(anonymizer: Anonymizer) -> None:
    chat = "hanni (14:42): ich hol dich ab\nernst (14:50): sie brauchen ihr geburtsdatum\nelisa (14:52): ok\n"
    assert {"hanni", "ernst", "elisa"} <= set(persons(anonymizer, chat))


def test_an_aunt_introduced_by_her_first_name(anonymizer: Anonymizer) -> None:
    chat = "lena (18:20): ich kann sa.\ntom (18:24): hier ist tante adelheid, darf ich mit?\nlena (18:30): ja\n"
    assert "adelheid" in persons(anonymizer, chat)
