"""holdout24, read in session 21 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


def births(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "DOB"]


COACH_LIST = """Für den Ausflug nach Konstanz brauchen wir Namen und Geburtsdaten:
Brunold, Ignaz  11.04.1961
Sutter, Gerlinde 1958-09-30
Oberholzer, Jovana  19720614
Maximilian Zwahlen  3.9.64
Rosalie Imboden – 17.02.49
Wettstein, Konrad *12.12.1983
"""


def test_a_surname_first_pair_before_its_value_is_one_name(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, COACH_LIST)
    for name in ("Brunold, Ignaz", "Sutter, Gerlinde", "Oberholzer, Jovana", "Wettstein, Konrad"):
        assert name in found


def test_dates_after_names_first_on_their_lines(anonymizer: Anonymizer) -> None:
    found = births(anonymizer, COACH_LIST)
    # two-digit years after a column's gap or a dash, a compact date, a star
    for date in ("11.04.1961", "19720614", "3.9.64", "17.02.49"):
        assert date in found


def test_a_date_after_a_first_name_is_no_surname_first_pair(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Kinder:\n  - Ottavio, Nov 27, 2019, Kindergarten\n  - Liv, März 3, 2021\n")
    assert not any("Nov" in name or "März" in name for name in found)


@pytest.mark.parametrize("line, name", [
    ("- BRÜGGER Wenzeslaus – 079 455 12 30\n", "BRÜGGER Wenzeslaus"),
    ("Adoptant :            KOÇAK Dzhemile\nné(e) le :            02/03/1980\n", "KOÇAK Dzhemile"),
])
def test_a_surname_in_capitals_before_an_unlisted_first_name(anonymizer: Anonymizer, line: str, name: str) -> None:
    assert name in persons(anonymizer, line)


def test_capitals_before_a_name_in_prose_stay_apart(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Laut ORF Bericht hat Lisbeth Gruber gewonnen.")
    assert not any("ORF" in name for name in found)


@pytest.mark.parametrize("text, name", [
    ("Als Bürgin meldet sich Ottilie van Dorsten, Tel. 079 123 45 67.", "Ottilie van Dorsten"),
    ("Gäste:\n  * Yasmin de la Cour\n  * Ben Aebi\n", "Yasmin de la Cour"),
])
def test_two_particles_or_van_take_an_ordinary_word(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_preposition_after_a_first_name_takes_no_ordinary_word(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Ich bringe Ottilie zur Schule und hole Jonas von Hand ab.")
    assert not any("Schule" in name or "Hand" in name for name in found)


@pytest.mark.parametrize("text, name", [
    ("[12.03.26, 09:14] Vreni: geht nicht, frag brechbühl 079 612 33 10", "brechbühl"),
    ("Léa, [12.03.2026 09:14]\nje peux pas, demande à Gonin 06 12 34 56 78", "Gonin"),
    ("12/03/2026, 09:14 - Mirco: chiedi a zanetti 347 123 4567", "zanetti"),
    ("Rolf  09:14\nfrag mal edwige von allmen: 076 512 88 41", "edwige von allmen"),
])
def test_the_name_a_chat_asks_to_ask_before_a_number(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize("text", [
    "call back 079 123 45 67",
    "bitte ruf Hausmeister 079 123 45 67 an",
    "ask reception +41 44 555 12 12",
    "frag Zentrale 044 123 45 67",
    "ruf mich an: 079 123 45 67",
])
def test_no_name_between_a_verb_and_a_number(anonymizer: Anonymizer, text: str) -> None:
    assert persons(anonymizer, text) == []


@pytest.mark.parametrize("text, names", [
    ("03.05.2026|Trauung Brechbühl|R. Aebi|Gisler +41 79 111 22 33", ["Brechbühl"]),
    ("sonntag 11 uhr taufe imhof/zgraggen, wer hat zeit?", ["imhof", "zgraggen"]),
    ("| 14/06/2026 | mariage Rakotomalala | vêpres |", ["Rakotomalala"]),
    ("Saturday: wedding Pemberton & Achterberg, 2pm", ["Pemberton", "Achterberg"]),
])
def test_a_rite_names_its_families(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = persons(anonymizer, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize("text", [
    "Die Hochzeit morgen fällt aus, die wedding party auch.",
    "Taufe Sonntag um 10, Hochzeit Zürich, matrimonio religioso, wedding cake",
    "Mariage le :              3 septembre 1988\n",
])
def test_a_rite_before_ordinary_words_names_no_one(anonymizer: Anonymizer, text: str) -> None:
    found = persons(anonymizer, text)
    assert not {"morgen", "party", "Sonntag", "religioso", "cake", "le"} & set(found)


def test_a_roman_month_between_slashes(anonymizer: Anonymizer) -> None:
    assert "14/XI/1979" in births(anonymizer, "Cognome: Rota\nnato il:        14/XI/1979\n")


KEGEL_CASH = """Kegelclub Alle Neune – Kasse 03.03.2026

Name                Beitrag   Kränze  Strafe    bezahlt
------------------  --------  ------  --------  -------
Leonhard            5.–       4       CHF 4.00  -
Quirin Abderhalden  CHF 5.00  3       Fr. 2.50  -
Glauco              CHF 5.00  2       CHF 3.00  x
Margaux Rochat      5.–       2       Fr. 3.00  x
Tesfaldet           5.–       1       0.–       -
Irmgard Wyrsch      5.–       0       Fr. 1.00  x
"""


def test_a_column_of_names_names_its_unlisted_single_words(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, KEGEL_CASH)
    for name in ("Leonhard", "Glauco", "Tesfaldet", "Quirin Abderhalden"):
        assert name in found


def test_a_column_of_products_stays(anonymizer: Anonymizer) -> None:
    text = ("Name              Preis     Menge\n----------------  --------  -----\nButterzopf        7.50      2\n"
            "Bauernbrot        5.20      1\nSachertorte       31.00     1\n")
    assert persons(anonymizer, text) == []


@pytest.mark.parametrize("text, town", [
    ("<member>\n  <street>Gerbergasse 12</street>\n  <town>4001 Basel</town>\n</member>", "4001 Basel"),
    ("| K-1182 | Rosa Imhof | Route de Berne 44 | 1700 Fribourg | 2 tresses |", "1700 Fribourg"),
    ("Imhof;Rosa;Untere Gasse 3;9020 Klagenfurt am Wörthersee;0664 1234567", "9020 Klagenfurt am Wörthersee"),
    ('"street": "Kirchweg 8",\n"town": "3100 St. Pölten"', None),
])
def test_the_town_in_the_field_after_a_street(anonymizer: Anonymizer, text: str, town: str | None) -> None:
    addresses = [e.text for e in anonymizer.detect(text) if e.type == "ADDRESS"]
    if town is None:  # (a JSON key between: the next field is keyed, read by the fields rules or not at all)
        assert any("Kirchweg 8" in a for a in addresses)
    else:
        assert town in addresses or any(a.endswith(town) for a in addresses)



@pytest.mark.parametrize("text, name", [
    ("Sehr geehrte Frau zu Wied,\n\ndanke für die Bestellung.", "zu Wied"),
    ("- Brändli, Oriane geb. 03.03.1977\n- Brändli, Noé geb. 12.9.2015\n", "Brändli, Noé"),
    ("- Aubert, Fanny née le 14/06/1978\n", "Aubert, Fanny"),
])
def test_zu_and_birth_cues_after_a_pair(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_zu_before_an_ordinary_word_is_a_preposition(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Bring Lena zur Schule und Jonas zum Beispiel zu Hause vorbei.")
    assert not any(w in name for name in found for w in ("Schule", "Beispiel", "Hause"))


@pytest.mark.parametrize("text, name", [
    ("[02.05.26, 10:12] Edith: hallo, 2 zöpfe für samstag bitte, auf den namen gurtner", "gurtner"),
    ("buonasera, una torta per domenica a nome Brambati, grazie", "Brambati"),
    ("bonjour, 12 éclairs pour samedi au nom de chappuis svp", "chappuis"),
    ("hi, two sourdough loaves for friday, name's okafor", "okafor"),
    ("Marta, [03.05.2026 18:02]\nohne mich, gwendolin hat geburtstag", "gwendolin"),
    ("12/05/2026, 19:20 - Pia: senza di me, ilario compie gli anni", "ilario"),
])
def test_the_name_an_order_is_made_out_to_and_a_birthday(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


@pytest.mark.parametrize("text", [
    "Ein Tisch auf den Namen der Firma, a nome del cliente, your name's ready.",
    "Der Kunde hat heute Geburtstag, mein Sohn hat Geburtstag.",
])
def test_orders_and_birthdays_without_a_name(anonymizer: Anonymizer, text: str) -> None:
    assert persons(anonymizer, text) == []


@pytest.mark.parametrize("prompt", [
    "Mach aus der Mail eine saubere Telefonliste:\n\nHallo zusammen",
    "Riassumi la chat con il mio collaboratore: cosa manca?",
    "Erstell daraus die Lieferliste für Sonntag früh.",
    "Fass mir den Chat zusammen. Stell die Termine in eine Tabelle.",
])
def test_a_prompts_instruction_verb_is_no_name(anonymizer: Anonymizer, prompt: str) -> None:
    found = persons(anonymizer, prompt)
    assert not {"Mach", "Riassumi", "Erstell", "Fass", "Stell"} & set(found)


def test_the_surname_mach_after_a_title_or_a_first_name(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Herr Mach hat angerufen. Ernst Mach war Physiker.")
    assert "Mach" in found and any("Ernst Mach" in name for name in found)


@pytest.mark.parametrize("text", [
    "Liebe Grüsse\n\nMarlene Aebischer\nPfarrei St. Theodul\n079 412 33 10",
    "Läuteplan St. Martin\n\nDatum|Anlass|Läuter 1",
    "Collegiata dei Santi Gervasio e Protasio – 2026",
])
def test_a_saints_name_is_a_church(anonymizer: Anonymizer, text: str) -> None:
    found = persons(anonymizer, text)
    assert not {"Theodul", "Martin", "Gervasio", "Protasio", "Gervasio e Protasio"} & set(found)


@pytest.mark.parametrize("text, name", [
    ("then Matthew St John, flat 4", "Matthew St John"),
    ("Ritirata alla Farmacia San Marco da Pomponio Errani (coniuge).", "Pomponio Errani"),
])
def test_a_name_beside_a_saints_title(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert name in persons(anonymizer, text)


def test_a_date_spaced_after_its_dots_is_no_phone(anonymizer: Anonymizer) -> None:
    found = [(e.type, e.text) for e in anonymizer.detect("Mitglied seit 07. 03. 1966, Tel. 079 123 45 67")]
    assert ("PHONE", "079 123 45 67") in found
    assert not any(t == "PHONE" and "1966" in text for t, text in found)


def test_a_month_between_a_day_and_a_year_is_no_first_name(anonymizer: Anonymizer) -> None:
    found = [(e.type, e.text) for e in anonymizer.detect("Teilnehmende:\nBRUNNER Lea  19. Jan. 1987\n")]
    assert ("PERSON", "Jan") not in found
    assert ("DOB", "19. Jan. 1987") in found
    assert ("PERSON", "Jan") in [(e.type, e.text) for e in anonymizer.detect("Herr Jan 34 Jahre")]
