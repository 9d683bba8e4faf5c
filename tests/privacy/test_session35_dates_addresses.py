"""Dates of birth and addresses holdout39 (read in session 35) left in clear, written anew here in four languages: a
life's dates after a name on a memorial's plaque ("… / 29. Apr. 1931 – 18. Juli 2024"), a config's "date_birth" and
an OCR'd "Data di noscito", a travellers' list under a signature ("- Anna, 23. 04. 1965": phone-cued took it), a wide
Markdown table whose padded header read as prose; a house number's "/bis", lower-case Italian streets after "civico"
and other cues, Roman days ("via XX Settembre 130"), a fixed-width column's gap, lower-case English streets with a
walk or an abbreviated type, a CSV row's code before a street, a French log's date and a flat's number before a
number-first street -- and what stays readable beside them (a lease's and a booking's ranges, invoice dates, a
version's "2/bis", a ten-minute walk, opening hours, a town alone)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _masked(anonymizer: Anonymizer, text: str, value: str, kind: str) -> bool:
    """Every character of ``value`` (its first occurrence) lies in an entity of type ``kind``."""
    start = text.index(value)
    spans = [(e.start, e.end) for e in anonymizer.detect(text) if e.type == kind]
    return all(any(s <= k < e for s, e in spans) for k in range(start, start + len(value)) if not text[k].isspace())


def _typed(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


# -- 1. a life's dates after a name ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "birth"), [
    ("Inschrift der Bank:\tHildegard Sommer / 3. Mai 1928 – 14. Aug. 2023 / Sie fehlt uns.\n", "3. Mai 1928"),
    ("plaque = In loving memory of Peter Gray / 04/02/1951 – 19/01/2025\nfee = £900.00\n", "04/02/1951"),
    ("Testo della targa: In ricordo di Lia Serra / 4 feb 1950 – 1 mar 2024\nCosto: 1.200,00 euro\n", "4 feb 1950"),
    ("texte_plaque = Madeleine Fournier / 22/08/1947 – 01/03/2025 / Elle aimait ce banc.\n", "22/08/1947"),
])
def test_a_lifes_first_date_after_a_name_is_a_birth(anonymizer: Anonymizer, text: str, birth: str) -> None:
    assert _masked(anonymizer, text, birth, "DOB")


@pytest.mark.parametrize("text", [
    "Mietvertrag Anna Meier / 01.04.1990 – 31.03.2026 / gekündigt\n",
    "Buchung Anna Meier / 01.07.2026 – 14.07.2026 / Ferienwohnung Seeblick\n",
    "Ferienwohnung: 01.07.2026 – 14.07.2026, Rechnung vom 03.05.2026\n",
    "Contract Peter Gray / 04/02/2001 – 19/01/2025 / renewed\n",
])
def test_a_terms_or_a_bookings_range_stays(anonymizer: Anonymizer, text: str) -> None:
    assert _typed(anonymizer, text, "DOB") == []


# -- 2. keys, lists and tables -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "birth"), [
    ("name_deceased = Tom Hale\ndate_birth = 12/04/1961\ndate_death = 2/3/2024\n", "12/04/1961"),
    ("renter = Tim Ross\ndate_birth = Mar 3, 1982\n", "Mar 3, 1982"),
    ("name = Ivy Lam\ndate_birth = 14-JUN-1970\naddress = 5 Albert Street\n", "14-JUN-1970"),
    ("Nome del defunto: Lia Serra\nData di noscito: 4 feb 1950\nData del deccsso: 1 mar 2024\n", "4 feb 1950"),
])
def test_a_birth_keys_value(anonymizer: Anonymizer, text: str, birth: str) -> None:
    assert _masked(anonymizer, text, birth, "DOB")


@pytest.mark.parametrize("text", [
    "date_delivery = 12/04/2026\ninvoice_date = 01/03/2026\n",
    "Data di scadenza: 4 feb 2027\nData della fattura: 1 mar 2026\n",
])
def test_other_dates_keys_stay(anonymizer: Anonymizer, text: str) -> None:
    assert _typed(anonymizer, text, "DOB") == []


def test_a_travellers_dates_under_a_signature_are_births(anonymizer: Anonymizer) -> None:
    text = ("Freundliche Grüße\nMarta Nowak\n\n-----Ursprüngliche Nachricht-----\nBuchungsnummer: K4TZ9Q\n"
            "Hinfahrt: 04. 12. 2026, 15:30 Uhr\nReisende:\n- Marta Nowak, 12. 03. 1972\n- Piotr Nowak, 01. 11. 1969\n")
    assert _masked(anonymizer, text, "12. 03. 1972", "DOB")
    assert _masked(anonymizer, text, "01. 11. 1969", "DOB")
    assert _typed(anonymizer, text, "PHONE") == []


_WIDE = (
    "| Nom                   | Né(e) le     | Âge | Adresse                                                   |\n"
    "|-----------------------|--------------|-----|-----------------------------------------------------------|\n"
    "| Louise Petit          | 11 févr. 1940 | 86 | 3 rue Neuve, 75001 Paris                                  |\n"
    "| Jean Roy              | 2 janv. 1950 | 76  | 5 rue Haute, 75002 Paris                                  |\n"
)


def test_a_wide_tables_padded_header_still_names_its_birth_column(anonymizer: Anonymizer) -> None:
    assert _masked(anonymizer, _WIDE, "11 févr. 1940", "DOB")
    assert _masked(anonymizer, _WIDE, "2 janv. 1950", "DOB")


def test_a_wide_tables_other_dates_stay(anonymizer: Anonymizer) -> None:
    text = (
        "| Rechnung | Rechnungsdatum | Betrag | Bemerkung                                                  |\n"
        "|----------|----------------|--------|------------------------------------------------------------|\n"
        "| R-1021   | 12.03.1990     | 120.00 | Archiv                                                     |\n"
    )
    assert _typed(anonymizer, text, "DOB") == []


# -- 3. addresses ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    ("Abito in Via Garibaldi n. 12/bis, 20121 Milano (MI), int. 2.", "Via Garibaldi n. 12/bis, 20121 Milano (MI)"),
    ("08/07\tVia Mazzini 5/bis\tpiano 2, int. 4\tLuca Neri\n", "Via Mazzini 5/bis"),
    ("Per conto di: Studio Rossi, Via Dante n. 33/ter, 95100 Catania\n", "Via Dante n. 33/ter, 95100 Catania"),
    ("mi hanno rubato la bici davanti al civico via roma 22 😡 telaio xx1234\n", "via roma 22"),
    ("il ponteggio davanti al civico via Ospedale 50 è autorizzato.\n", "via Ospedale 50"),
    ("Luogo dell'occupazione:     via IV Novembre 12\nTipo: Autogru\n", "via IV Novembre 12"),
    ("Pulsantiera citofono via Franscini 52 (al 7.10.2026)\n", "via Franscini 52"),
    ("Appartamento: int. 18, via Borgo 101\nTesto citofono: ROSSI\n", "via Borgo 101"),
    ("VO-23175  via XX Settembre 130     Recinzione di cantiere\n", "via XX Settembre 130"),
    ("maya: my blue bike got nicked last night outside 77 willow walk 😡\n", "77 willow walk"),
    ("[18:59] <dan> there's a skip outside 4520 elm st since monday\n", "4520 elm st"),
    ("kim: stolen last night outside 3120 ne alberta st, frame #xx12\n", "3120 ne alberta st"),
    ("Ref,Location,Type\nSN-10442,114 Blenheim Gardens,Scaffold\n", "114 Blenheim Gardens"),
    ("4/13,2210 E 14th St,Apt 2C,Lee,leaking pipe\n", "2210 E 14th St"),
    ("30/03  Chemin de Bellevue 115  Appt 5            Coralie Bonvin\n", "Chemin de Bellevue 115"),
    ("Logement : Appt 21, Route de Berne 149\nTexte interphone : Guignard\n", "Route de Berne 149"),
    ("In via Manzoni, 43 c'è un cassone senza autorizzazione.\n", "via Manzoni, 43"),
])
def test_the_address_is_masked_whole(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert _masked(anonymizer, text, address, "ADDRESS")


def test_a_log_rows_date_is_no_house_number(anonymizer: Anonymizer) -> None:
    text = "30/03  Chemin de Bellevue 115  Appt 5            Coralie Bonvin\n"
    assert not any(found.startswith("30/03") for found in _typed(anonymizer, text, "ADDRESS"))


@pytest.mark.parametrize("text", [
    "Version 2/bis des Vertrags gilt ab 01.03.2026.\n",
    "Bestellung 4711/bis, 12 Stück à CHF 19.90\n",
    "it was a 10 minute walk from the station\n",
    "we meet at 10 am st george's hall\n",
    "ho scritto via email 3 volte, nessuna risposta\n",
    "Öffnungszeiten: Mo–Fr 08:00–12:00, Sa 09:00–11:00\n",
    "Lugano\n",
    "Across the borough, 2,500 High Street shops closed.\n",
    "Fattura n. 12/2026 del 03/05/2026, totale 1.250,00 euro\n",
])
def test_ordinary_text_stays_readable(anonymizer: Anonymizer, text: str) -> None:
    assert _typed(anonymizer, text, "ADDRESS") == []


# -- a phone number as a chat's first speaker, under a heading that names a street --------------------------------
@pytest.mark.parametrize(("text", "number"), [
    ("Gruppo del quartiere Via Cattaneo\n\n079 418 22 16, [22.10.2026 15:01]\nStanotte mi hanno rubato la bici\n",
     "079 418 22 16"),
    ("Groupe du quartier Chemin des Lilas\n\n077 318 40 22 (17:28): on m'a volé mon vélo\nLéa (17:30): oh non\n",
     "077 318 40 22"),
])
def test_a_blank_line_parts_a_street_from_a_number(anonymizer: Anonymizer, text: str, number: str) -> None:
    assert _masked(anonymizer, text, number, "PHONE")


def test_a_lower_case_number_first_street_ends_before_a_clause(anonymizer: Anonymizer) -> None:
    text = "i'll take 38 ridge blvd, hallahan is waiting downstairs\n"
    assert _masked(anonymizer, text, "38 ridge blvd", "ADDRESS")
    assert "is waiting" not in " ".join(_typed(anonymizer, text, "ADDRESS"))


@pytest.mark.parametrize(("text", "address"), [
    ("rdv au 7 ter, chemin du moulin, 1008 prilly\n", "7 ter, chemin du moulin, 1008 prilly"),
    ("nouvelle adresse: 59, rue de hollerich, 1741 luxembourg\n", "59, rue de hollerich, 1741 luxembourg"),
])
def test_a_number_firsts_own_comma_is_no_clause(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert _masked(anonymizer, text, address, "ADDRESS")
