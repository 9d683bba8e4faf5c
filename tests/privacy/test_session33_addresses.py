"""Addresses, phones and dates of birth holdout37 (read in session 33) showed leaking, as classes: a postcode and
its town under one form key ("postal_town: 82481 mittenwald", "PLZ/Ort:", "NPA et localité :"), a Scottish
tenement's "Flat 2/2, " before the street, a street with its number alone in a table's cell (CSV after a car's
model, an HTML "<td>", an Italian "via Pretorio, 76b" first on its line), a French street found by a later post
box's number ("108 rue des Acacias\\nBP 620"), "route Cantonale 83" before a postcode and town, a quoted reply's
town line -- and what stays readable beside them ("via" and "route" in prose, a flat white, a number's thousands,
a price table's row); a staff list's two dates of two-digit years read as one phone, a US number with its "1-" in
a table's column -- and dates in a table that stay dates."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    return {e.text: e.type for e in anonymizer.detect(text)}


def _addresses(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "ADDRESS"]


@pytest.mark.parametrize(("text", "value"), [
    ("guest:\n  address:\n    street: parkstraße 77\n    postal_town: 82481 mittenwald\n", "82481 mittenwald"),
    ("address:\n  street: \"via Simen, 10\"\n  postal_town: 6600 Locarno\n", "6600 Locarno"),
    ("address:\n  street: mühlegasse 14\n  postal_town: ch-8050 zürich\n", "ch-8050 zürich"),
    ("address:\n  street: ringstraße 1 a\n  postal_town: d-48151 münster\n", "d-48151 münster"),
    ("Postcode and town: 4051 Basel\nPhone: 061 222 33 44", "4051 Basel"),
    ("CAP e città: 6900 Lugano\nTelefono: 091 922 11 00", "6900 Lugano"),
    ("Code postal et ville : 1003 Lausanne", "1003 Lausanne"),
])
def test_a_postcode_and_town_under_one_key(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert value in _addresses(anonymizer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Next of kin: Julia Kirk (daughter), 07819 997631, Flat 2/2, 48 Meadow View · Glasgow G3 7RH\nGP: Dr S",
     "Flat 2/2, 48 Meadow View · Glasgow G3 7RH"),
    ("Fiona Griffin\nFlat 3/2, 30 Springfield Road\nEdinburgh EH9 1PR\n07978 169553",
     "Flat 3/2, 30 Springfield Road\nEdinburgh EH9 1PR"),
    ("My details:\nFlat 1/2, 157 Manor Road\nInverness IV2 3JH", "Flat 1/2, 157 Manor Road\nInverness IV2 3JH"),
])
def test_a_tenement_flat_before_the_street(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert value in _addresses(anonymizer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Time,Plate,Vehicle,Towed from,Keeper\n12:54,TW57 TRS,Citroën C3,107 Church Lane,BELL Dennis\n",
     "107 Church Lane"),
    ("Time,Plate,Vehicle,Towed from,Keeper\n18:01,ZD58 LCE,Mercedes C 200,142 Rowan Crescent,STANHURST Jean\n",
     "142 Rowan Crescent"),
    ("<tr><td>08:30</td><td>KA51 XWH</td><td>28 Heather Close</td><td>on lot</td></tr>", "28 Heather Close"),
    ('Ora,Targa,Veicolo,Rimosso da\n17:52,TI 495804,Peugeot 208,"via Cantonale, 79",?,,ritirato',
     "via Cantonale, 79"),
    ("Immobile;Conduttore;Nato/a il\nvia Pretorio, 76b;Tamò, Giancarlo;11.01.1989", "via Pretorio, 76b"),
    ("Immobile                Conduttore\n"
     "----------------------  -------------------------\n"
     "via Motta, 69c          Lepori, Salvatore\n"
     "via al Lido, 35a        Soffici, Giustino\n", "via al Lido, 35a"),
    ("Immobile                Conduttore\n"
     "----------------------  -------------------------\n"
     "via Motta, 69c          Lepori, Salvatore\n", "via Motta, 69c"),
    ("Ci vediamo in via alla Chiesa 4 dopo pranzo.", "via alla Chiesa 4"),
])
def test_a_street_alone_in_a_cell(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert value in _addresses(anonymizer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("> Luwam Berhane-Kidane\n> route Cantonale 83\n> 1700 Fribourg\n>\n> Raiffeisen", "route Cantonale 83"),
    ("Luwam Berhane-Kidane\nroute Cantonale 83\n1700 Fribourg\n", "route Cantonale 83\n1700 Fribourg"),
    ("La lecture aura lieu à la médiathèque (route Cantonale 3; 1936 Verbier). Nous remboursons le trajet.",
     "route Cantonale 3; 1936 Verbier"),
    ("Dépannage Moulin SARL\n108 rue des Acacias\nBP 620\n06000 NICE CEDEX\n",
     "108 rue des Acacias\nBP 620\n06000 NICE CEDEX"),
])
def test_french_streets_before_their_town(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert value in _addresses(anonymizer, text)


@pytest.mark.parametrize(("text", "value"), [
    ("> paziente: massimo nugnes, nato il 15-09-1991\n> via san francesco, 54\n> 43123 parma (pr)\n> importo: 4.120,80",
     "via san francesco, 54\n> 43123 parma (pr)"),
    (">> kreuzstrasse 22\n>> 8046 zürich\n>> grüsse", "kreuzstrasse 22\n>> 8046 zürich"),
    ("> chemin des pâquerettes 7\n> 1006 lausanne\n> bises", "chemin des pâquerettes 7\n> 1006 lausanne"),
])
def test_a_quoted_reply_in_lower_case(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert value in _addresses(anonymizer, text)


@pytest.mark.parametrize(("text", "address", "phone"), [
    ("chez Yves Briand (Bât. C, Appt 13, 44 route de Paris, portable 07 54 48 70 49) qui",
     "Bât. C, Appt 13, 44 route de Paris", "07 54 48 70 49"),
    ("Rendez-vous au 12 rue des Lilas, tél. 06 12 34 56 78", "12 rue des Lilas", "06 12 34 56 78"),
    ("Wir wohnen in der Hauptstraße 5, Handy 0171 2345678", "Hauptstraße 5", "0171 2345678"),
])
def test_an_address_stops_before_a_phone_cue(anonymizer: Anonymizer, text: str, address: str, phone: str) -> None:
    found = _found(anonymizer, text)
    assert found.get(phone) == "PHONE" and address in _addresses(anonymizer, text)


@pytest.mark.parametrize(("text", "address", "cut"), [
    ("ADRESSE\tNOM\tCHIEN\n73, RUE NATIONALE\tBERTILLE FOURILLAT\tROUKY\n", "73, RUE NATIONALE", "BERTILLE"),
    ("Adresse\tNom\n12 rue de la Paix\tJean Dupont\n", "12 rue de la Paix", "Jean"),
    ("Alexandrie B.: oui, je passe dans 10 min au 72 rue du Faubourg\nRichard B.: Hélico demandé.",
     "72 rue du Faubourg", "Richard"),
])
def test_an_address_stops_at_its_cell_or_line(anonymizer: Anonymizer, text: str, address: str, cut: str) -> None:
    addresses = _addresses(anonymizer, text)
    assert address in addresses and not any(cut in a for a in addresses)


def test_a_street_broken_over_lines_stays_whole(anonymizer: Anonymizer) -> None:
    assert "12 rue de la\nPaix\n75002 Paris" in _addresses(anonymizer, "Adresse : 12 rue de la\nPaix\n75002 Paris")


@pytest.mark.parametrize("text", [
    "Bahnhofstrasse 12, Zürich",
    "Corso Italia 8, Telfs",
])
def test_a_town_after_the_street_stays_in_it(anonymizer: Anonymizer, text: str) -> None:
    assert _addresses(anonymizer, text) == [text]


def test_two_dates_in_a_row_are_no_phone(anonymizer: Anonymizer) -> None:
    text = ("Nr.        Name                  geb.      Eintritt     Telefon\n"
            "9909/22      Karz, Olena           02.03.60  18.02.22     +49 160 48823187")
    found = _found(anonymizer, text)
    assert "02.03.60  18.02.22" not in found and found.get("02.03.60") == "DOB"
    assert found.get("+49 160 48823187") == "PHONE"


@pytest.mark.parametrize("text", [
    "Datum     Von       Bis\n01.02.24  03.02.24  Ferien\n05.03.24  07.03.24  Kurs",
    "Arrivée   Départ\n12/07/25  19/07/25\n",
    "Prezzo  dal 01-06-25  al 30-06-25  120,00",
])
def test_date_ranges_in_a_table_are_no_phones(anonymizer: Anonymizer, text: str) -> None:
    assert "PHONE" not in _found(anonymizer, text).values()


@pytest.mark.parametrize(("text", "phone"), [
    ("6:42 AM  Playing Fields  Sophia W.  Grade 1  1-608-353-1568\n6:46 AM  Church  Walid D.  Grade 2  n/a",
     "1-608-353-1568"),
    ("Emergency contact: Dana Ruiz, 1 (608) 353-1568", "(608) 353-1568"),
])
def test_a_us_number_with_its_long_distance_one(anonymizer: Anonymizer, text: str, phone: str) -> None:
    assert any(phone in e.text and e.type == "PHONE" for e in anonymizer.detect(text))


@pytest.mark.parametrize("text", [
    "I'll have a Flat white, 2 sugars please.",
    "The hall seats 3,107 Church Lane residents and 2,400 guests.",
    "We sent it via Python 3; the build went via Zoom 5 minutes later.",
    "Take route 66 for 200 miles, then route Nationale.",
    "On prend la route Cantonale 3 fois par semaine.",
    "Prix;Quantité;Total\nCafé;3;12,50\nThé;2;7,00",
    "Il progetto passa via email, 3 volte al giorno.",
    "Postcode and town are optional fields.",
    "<tr><td>08:30</td><td>10 Minute Walk</td></tr>",
])
def test_what_stays_readable(anonymizer: Anonymizer, text: str) -> None:
    assert _addresses(anonymizer, text) == []
