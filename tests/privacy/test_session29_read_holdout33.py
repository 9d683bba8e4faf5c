"""Shapes of holdout33 (blind since session 28, measured at the start of session 29, then read) the rules now mask:
names typed without capitals under a name's key or column ("nom: romain henry", a "cognome,nome" CSV's
"sartori,stefano"), names in lines typed in lower case (person_lowercase.py), the writer's own date of birth before a
companion's ("ich 14. 06. 1994, Regula Rabe 08. 10. 1995"), a letter's salutation that is no table's header, an
ASCII "ne_e" key -- and what stays readable beside them (a slug, a field's name, an ordinary word, a date to come)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    return {e.text: e.type for e in anonymizer.detect(text)}


@pytest.mark.parametrize(("text", "names"), [
    ("liste passagers, vol du 2026-06-18\n\n- n: 1\n  nom: romain henry\n  poids: 65 kg\n- n: 2\n"
     "  nom: pauline duval\n  poids: 98 kg\n", ["romain henry", "pauline duval"]),
    ('[\n  {"booking_id": "web359946", "name": "séverine garcia", "weight_kg": "94"},\n'
     '  {"booking_id": "web371550", "name": "olivier pasche", "weight_kg": "74"}\n]\n',
     ["séverine garcia", "olivier pasche"]),
    ("name\tvorname\tgeburtsdatum\tverfügbar\nprzybilla\tdörte\t26.04.1997\tfr\nmeyer\tklaus\t01.01.1958\tdi\n",
     ["przybilla", "dörte", "meyer", "klaus"]),
    ('cognome,nome,nascita,disponibile\nsartori,stefano,11 marzo 2004,"da concordare"\n'
     'guscetti,moreno,11 febbraio 1964,mar\n', ["sartori", "stefano", "guscetti", "moreno"]),
    ("| kabine | name            | geb.           | tisch |\n|--------|-----------------|----------------|-------|\n"
     "| 313    | frei roger      | 1. märz 1974   | 4     |\n| 222    | lampe sandra    | 4. juni 1987   | 17    |\n",
     ["frei roger", "lampe sandra"]),
])
def test_names_typed_in_lower_case_under_a_names_key(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = _found(anonymizer, text)
    for name in names:
        assert found.get(name) == "PERSON", name


@pytest.mark.parametrize(("text", "word"), [
    ('{"tenant": "benz", "users": [{"email": "imboden@benz.ch"}, {"email": "s.karagianni@benz.ch"}]}', "benz"),
    ('<fields>\n  <field name="iban"><value>x</value></field>\n  <field name="holder"><value>y</value></field>\n'
     '</fields>', "iban"),
    ("INSERT INTO audit_log (user_name, action) VALUES ('admin', 'bulk_import');", "admin"),
    ("name: default\nreplicas: 3\n", "default"),
    pytest.param("name: rose garden\nprice: 12.50\n", "rose garden", marks=pytest.mark.xfail(
        strict=True, reason="kept: two listed names, one a first name ('Rose', 'Garden'), are read as one")),
    ('{"name": "anna", "type": "service"}', "anna"),
])
def test_a_lower_case_word_under_a_key_that_names_no_one(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _found(anonymizer, text)


@pytest.mark.parametrize(("text", "names"), [
    ("from: merve demir <mervedemir@virginmedia.com>\nto: joshua hughes <joshua.hughes@bluewater-voyages.co.uk>\n",
     ["merve demir", "joshua hughes"]),
    ("please refund it to freya murphy's account. you can reach me on +447896138194.", ["freya murphy"]),
    ("many thanks\nj. hughes\nbluewater voyages\n", ["j. hughes"]),
    ("ciao, sono passata da immacolata caruso ieri, sta meglio.", ["immacolata caruso"]),
    ("morgen kommt étienne de siebenthal, dann valentin de rham.", ["étienne de siebenthal", "valentin de rham"]),
    ("teilnehmer: beck, marlene; peters, uwe; rivière, odile\n", ["beck, marlene", "peters, uwe"]),
    pytest.param("teilnehmer: kiss, katalin; beck, marlene\n", ["kiss, katalin"], marks=pytest.mark.xfail(
        strict=True, reason="kept: an English word the lists know as a surname ('kiss') ends no lower-case pair "
                            "('rust, julia', 'earl grey' of the review of session 29)")),
    ("hab mit karl-heinz friedrich telefoniert, er bringt die unterlagen.", ["karl-heinz friedrich"]),
])
def test_names_in_lines_typed_in_lower_case(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = _found(anonymizer, text)
    for name in names:
        assert found.get(name) == "PERSON", name


@pytest.mark.parametrize(("text", "words"), [
    pytest.param("volo libero mongolfiere sopra il lago, partenza alle sei.", ["libero", "mongolfiere"],
                 marks=pytest.mark.xfail(strict=True, reason="open, before this session too: chats.py's lower-case"
                                         " lines take a listed first name before a word no list knows")),
    ("abbiamo un volo libero domani, prenota pure.", ["libero"]),
    ("please contact your loan servicer about the payment plan.", ["loan", "servicer"]),
    ("puoi darci un'occhiata domani?", ["darci", "un'occhiata"]),
    ("das sind etwa 10 min zu fuss vom bahnhof.", ["min", "fuss"]),
    ("costi iva di smontaggio inclusi.", ["iva", "smontaggio"]),
    ("z. b. morgen, d. h. nach der arbeit.", ["b. morgen", "h. nach"]),
    ("will do, mark my words: rose garden at noon.", ["will", "mark", "rose"]),
])
def test_ordinary_words_of_lower_case_lines_stay_readable(anonymizer: Anonymizer, text: str,
                                                          words: list[str]) -> None:
    found = _found(anonymizer, text)
    assert not any(word in value for value in found for word in words), found


@pytest.mark.parametrize(("text", "dates"), [
    ("Cara Rania,\n\ngrazie. Il mio nuovo cellulare: 0041 76 308 94 01. Per l'assicurazione: io 9 marzo 1958, "
     "Sara Santis 06-02-1980.\n", ["9 marzo 1958", "06-02-1980"]),
    ("Hallo Frau Graf,\n\nzur Sicherheit noch einmal die Geburtsdaten für die Versicherung: ich 14. 06. 1994, "
     "Regula Rabe 08. 10. 1995.\n", ["14. 06. 1994", "08. 10. 1995"]),
    ("Hi Ben,\n\nFor the insurance, our dates of birth: me 5 Oct 1962, Siobhan Robinson 17 Oct 1946.\n",
     ["5 Oct 1962", "17 Oct 1946"]),
    ('[\n  {"cabine": "126", "nom": "RIVIÈRE Brigitte", "ne_e": "4 février 1948", "table": "14"}\n]\n',
     ["4 février 1948"]),
])
def test_dates_of_birth_of_a_letters_list(anonymizer: Anonymizer, text: str, dates: list[str]) -> None:
    found = _found(anonymizer, text)
    for date in dates:
        assert found.get(date) == "DOB", date


def test_the_writers_date_to_come_is_no_birth(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "Termine: ich 14.06.2026, Regula Rabe 08.10.2026.")
    assert "14.06.2026" not in found and "08.10.2026" not in found


@pytest.mark.parametrize(("text", "names"), [
    ('<table>\n  <tr><th>Étudiant(e)</th><th>Type</th><th>Encadrant</th><th>Statut</th></tr>\n'
     '  <tr><td>Gilliéron, Catherine</td><td>MA</td><td>M.-C. Lejeune</td><td>prolongé</td></tr>\n</table>\n',
     ["Gilliéron, Catherine", "M.-C. Lejeune"]),
    ('{"etudiant_e": "kiss, katalin", "type": "ba", "statut": "déposé"}', ["kiss, katalin"]),
    ('Étudiant(e),Type,"Sujet",Encadrant,Statut\n"RENAUD, Margaux",MA,Le filtre de Kalman,R. d\'Harcourt,inscrit\n',
     ["RENAUD, Margaux", "R. d'Harcourt"]),
    ("Betreuung: S. auf der Maur", ["S. auf der Maur"]),
    ("Relatore: prof. Gianluca Coppola\nCorrelatrice: dott.ssa Aurora Amato\n", ["Gianluca Coppola", "Aurora Amato"]),
])
def test_a_theses_students_and_supervisors(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = _found(anonymizer, text)
    for name in names:
        assert found.get(name) == "PERSON", name


def test_a_supervisors_key_with_a_board_names_no_one(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "Supervisor: Management Board\nBetreuung: Hort Regenbogen\n")
    assert "Management Board" not in found and "Hort Regenbogen" not in found


@pytest.mark.parametrize(("text", "name"), [
    ('{"data": "15.03.2027", "cliente": "gianluca coppola", "modello": "stannah 600", "tecnico": "pietro f."}',
     "pietro f."),
    ("Datum\tKunde\tTechniker\n26. Oktober 2026\tZhao, Hao\tBram d.\n", "Bram d."),
    ('{"etudiant_e": "rivière, odile", "type": "ba", "encadrant": "b. chevalier"}', "b. chevalier"),
    ("Band;Ort;PLZ\nx;y;z\n\nzip_town: 04277 Leipzig", "04277 Leipzig"),
    ('Q782311,"Imhof, Corinne",corinne-imhof@protonmail.ch,9008 St. Gallen,Skoda Octavia', "9008 St. Gallen"),
])
def test_a_technicians_first_name_and_initial_and_a_towns_cell(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _found(anonymizer, text)


def test_a_sentence_under_a_role_key_stays_readable(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "Aufsicht: Die Klasse bleibt im Zimmer.\nTechniker: Bitte klingeln.\n")
    assert not any("Klasse" in value or "Bitte" in value for value in found)
