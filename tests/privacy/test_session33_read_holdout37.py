"""Shapes of holdout37 (blind since session 32, measured at the start of session 33, then read) the anonymizer now
masks: a register's "Surname, First" cell of which a rule found only a part ("| Blümel, Wieland |", "van Laak,
Anna-Lena"), HTML tables' cells read as columns, a first name of every origin that is a family name too where it
comes from ("Sinnathurai, Janani"), a listed surname as the first name in a cell ("Kröll, Baptist"), a name change's
old and new names and a pen name under their keys ("nom actuel", "Bisheriger Familienname", "Cognome attuale",
"nom de plume"), the keys of finders, landowners, observers, keepers and substitutes, chat speakers written with an
initial ("Giorgos D.: …", "clara e.: …"), a household in a numbered list ("1. The Brown family – …"), a signature
whose first name is a word too ("Cordialement\\nRim Zaoui") and the closings of friends ("Bises", "danke euch!") --
and what stays readable beside them (a car in a vehicle's column, a file's new name, a service's signature, a
royal family, "Bises" itself)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.names import load_lexicon


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


_REGISTER = (
    "| Az. | Bisheriger Name | Neuer Name | Geb. | Status |\n"
    "|---|---|---|---|---|\n"
    "| NC-2026-270 | Mude, Maurizio | Rogge, Lorenzo | 23. 02. 1962 | genehmigt |\n"
    "| NC-2026-224 | Blümel, Wieland | Benthin, Nikolas | 02. 05. 1975 | offen |\n"
    "| CN-2026-783 | Baum, Frank | Baum-Jacob, Frank | 04. 05. 1967 | Unterlagen fehlen |\n"
)
_HTML = (
    "<table>\n"
    "  <tr><th>Objekt</th><th>Mieter/in</th><th>Untermieter/in</th><th>Geb.</th></tr>\n"
    "  <tr><td>Lindenstraße 1-5</td><td>Kohl-Rosemann, Raimund</td><td>van Laak, Anna-Lena</td>"
    "<td>15. September 1982</td></tr>\n"
    "  <tr><td>Gartengasse 7/3/7</td><td>Mittermoser, Anna-Lena</td><td>Bachmann, Reinhardt</td>"
    "<td>23.12.1995</td></tr>\n"
    "  <tr><td>Hauptstraße 4</td><td>Huber, Martina</td><td>Ring, Siegmund</td><td>01.05.1981</td></tr>\n"
    "  <tr><td>Mühlweg 12</td><td>Berger, Thomas</td><td>Schneider, Claudia</td><td>11.02.1990</td></tr>\n"
    "  <tr><td>Seestraße 8</td><td>Wagner, Petra</td><td>Keller, Johannes</td><td>30.07.1977</td></tr>\n"
    "  <tr><td>Ringweg 3</td><td>Fuchs, Daniel</td><td>Lorenz, Sabine</td><td>02.03.1988</td></tr>\n"
    "</table>\n"
)


@pytest.mark.parametrize(("text", "name"), [
    (_REGISTER, "Blümel, Wieland"),
    (_HTML, "van Laak, Anna-Lena"),
    (_HTML, "Bachmann, Reinhardt"),
    (_HTML, "Ring, Siegmund"),
])
def test_a_name_column_takes_its_cells_whole(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


def test_a_vehicle_column_beside_owners_stays_readable(anonymizer: Anonymizer) -> None:
    text = ("Abholung|Halter|Adresse|Telefon|Fahrzeug|Kennz.\n"
            "15:10|Hartmut Haberhofer|Fontanering 8 a, 80331 München|0173/7112099|Lancia Ypsilon|GÖ-BR 7867\n"
            "17:00|Ionuț Stoica|Breite Straße 150, 70197 Stuttgart|0174-8067975|Chevrolet Malibu|S-FK 6990\n"
            "09:00|Dieter Przybilla|Birkengasse 13, 70173 Stuttgart|0173 4412585|Skoda Octavia|F-LM 7863\n")
    found = _persons(anonymizer, text)
    assert "Hartmut Haberhofer" in found
    assert not {"Lancia Ypsilon", "Chevrolet Malibu", "Skoda Octavia"} & set(found)


@pytest.mark.parametrize(("text", "name"), [
    ("NC-2026-917\tSinnathurai, Janani\tSinnathurai, Vithya\t31 agosto 1995\trespinta", "Sinnathurai, Janani"),
    ("| NÄ-2026-782 | Kröll, Baptist   | Kröll-Mayerhofer, Baptist | 07. Oktober 1963  | genehmigt |",
     "Kröll, Baptist"),
])
def test_a_surname_first_pair_in_a_cell_is_one_name(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


def test_a_name_of_every_origin_is_no_first_name_only() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_first_name("Sinnathurai") and not lexicon.first_name_only("Sinnathurai")
    assert lexicon.first_name_only("Anna") and lexicon.first_name_only("Bernd")


def test_two_first_names_stay_two_people(anonymizer: Anonymizer) -> None:
    assert _persons(anonymizer, "Anwesend: Anna, Bernd und Carla.") != ["Anna, Bernd"]


@pytest.mark.parametrize(("text", "name"), [
    ("dossier;nom actuel;nom demandé;né(e) le;état\n"
     "cn-2026-766;georgescu, felicia;dumitrescu, felicia;07 05 1979;accordé\n"
     "nc-2026-346;blanc, violette;blanc-royer, violette;10 02 1969;pièces manquantes\n", "dumitrescu, felicia"),
    ("CASE,CURRENT NAME,PROPOSED NAME,DOB,STATUS\n"
     'NÄ-2025-820,"MORALES, ANGELICA","SHAW, ANGELICA","OCT 26, 1959",REFUSED\n', "MORALES, ANGELICA"),
    ("DEMANDE DE CHANGEMENT DE NOM\n\nNom actuel : BOECHAT\nPrénom(s) : Margaux\n", "BOECHAT"),
    ("RICHIESTA DI CAMBIAMENTO DEL COGNOME\n\nCognome attuale:     VOLTA\nNome/i:              Bettina\n", "VOLTA"),
    ("Antrag auf Änderung des Familiennamens\n\nBisheriger Familienname:   POHL\nVorname(n):   Brigitte\n", "POHL"),
    ("nom = élisabeth garcia\nnom de plume (facultatif) = élisabeth marques\ncatégorie = nouvelle\n",
     "élisabeth marques"),
    ('{"request_id": "RR-331", "plate": "DP 180TG", "keeper_name": "Federigo Emo", "keeper_dob": "21 marzo 1991"}',
     "Federigo Emo"),
    ("To = Portable Antiquities Scheme\nFinder = Graeme Hayward\nD.O.B. = 05/12/1988\n", "Graeme Hayward"),
    ('{"station": "5443", "observer_name": "Bernd-Dieter Eigenwillig", "email": "b.eigenwillig@example.de"}',
     "Bernd-Dieter Eigenwillig"),
    ("STRUMENTO: Mk2 5\" gauge\nSOSTITUTO/A: Sole Piccinni Basso, +39 3894708352\n", "Sole Piccinni Basso"),
])
def test_names_under_the_keys_of_a_change_a_find_or_a_keeper(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


def test_a_files_new_name_is_no_persons(anonymizer: Anonymizer) -> None:
    text = '{"old_name": "invoice_2024.pdf", "new_name": "invoice_final.pdf", "size": 20480}'
    assert _persons(anonymizer, text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Gruppenchat:\nGiorgos D.: Einsatz Alpspitze, 1 Person verletzt. Wer kann?\n"
     "Henryk M.: klar, bin in 10 min bei dir\nGiorgos D.: Heli ist angefragt.\n", ["Giorgos D."]),
    ("clara e.: einsatz hahnenkamm, 1 person verletzt. wer kann?\nklaus-dieter k.: bin in 15 min am stützpunkt\n"
     "urszula w.: komme auch, hab den vakuumsack\nclara e.: heli ist angefragt.\n",
     ["clara e.", "klaus-dieter k.", "urszula w."]),
    ("Honorine B.: je suis au local dans 15 min\nRaphaëlle K.: ok, tu me prends au passage ?\n"
     "Honorine B.: oui, je passe dans 10 min\n", ["Honorine B.", "Raphaëlle K."]),
])
def test_chat_speakers_with_an_initial(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = _persons(anonymizer, text)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text", [
    "Art. 5: Geltungsbereich\nAbs. 2: Ausnahmen\nArt. 6: Inkrafttreten\n",
    "Plan A.: Zug\nPlan B.: Auto\nPlan A.: gewählt\n",
])
def test_keys_with_a_letter_are_no_speakers(anonymizer: Anonymizer, text: str) -> None:
    assert _persons(anonymizer, text) == []


def test_a_household_in_a_numbered_list(anonymizer: Anonymizer) -> None:
    text = "Programme 2026\n\n1. The Brown family – 13 Springfield Road\n2. The Fox family – 11 High Street\n"
    found = _persons(anonymizer, text)
    assert "Brown" in found and "Fox" in found
    assert not any(name.startswith("The") for name in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Merci pour votre aide.\n\nCordialement\nRim Zaoui\n\nLe 20 novembre 2026 à 20:11, Cécile Lenoir a écrit :",
     "Rim Zaoui"),
    ("ist das in ordnung?\n\ndanke euch!\nugolino\n\nam 02.09.25 um 17:23 schrieb anouk engel:", "ugolino"),
    ("est-ce possible ?\n\nbonne journée\nnoah\n\nle 20.05.25 à 19:59, marie-christine a écrit :", "noah"),
])
def test_signatures_after_the_closings_of_friends(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in _persons(anonymizer, text)


@pytest.mark.parametrize("text", [
    "Vielen Dank für Ihre Anfrage.\n\nCordialement\nService Client",
    "Bises à tous, on se voit demain.",
    "Bises\nà demain !",
])
def test_a_services_signature_and_a_kiss_name_no_one(anonymizer: Anonymizer, text: str) -> None:
    assert _persons(anonymizer, text) == []
