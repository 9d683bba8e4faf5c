"""Review of session 21's anonymizer changes (5384be3, src/tarnkappe/privacy): surname-first pairs ending
where their value begins, a surname in capitals before an unlisted first name, 'van'/'de la' taking
ordinary words, the name between a verb of asking and a phone, rites naming families, a column of names
rescuing unlisted single words, two-digit years after a name first on its line, compact dates' years,
Roman months between slashes.  Read as an attacker and as a careful user; every text written for these
tests.

Three groups:
1. LEAKS: a personal value in a near variant of a new shape; it must not be in the masked text.
2. OVER-MASKING: ordinary text a new rule may now mask; the words must stay as written.
3. WORK: runs of the new shapes, bounded by counted start positions and counted lexicon look-ups
   (no wall-clock time).

Written with 46 cases (and 18 work checks), 19 failing at 5384be3; 17 fixed in this review.  Strict xfail with
their reason:
2 (a rite before a list joined by commas, a payment list's old dates under no header).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tests.privacy.test_linear_time import SHAPES, _positions, assert_look_ups_grow_linearly, budget


def masked(anonymizer: Anonymizer, text: str) -> str:
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # person_asides.py, _asked_name: "ruf X an", "ruf mal X", a word between the name and its number
    pytest.param("kann heute nicht, ruf mal zgraggen an: 079 555 12 34", "zgraggen", id="asked-ruf-mal-an-colon"),
    pytest.param("bin im zug, ruf brechbühl 079 555 12 34 an", "brechbühl", id="asked-ruf-before-phone-guard"),
    pytest.param("non lo so, chiama Brambilla al 347 123 4567", "Brambilla", id="asked-chiama-al"),
    pytest.param("not sure, ask okonkwo at +44 7700 900123", "okonkwo", id="asked-ask-at"),
    # an Italian surname that Italian's word list counts (Zipf 4): not an ordinary word of ours
    pytest.param("sono in riunione, chiedi a brambilla 347 123 4567", "brambilla", id="asked-chiedi-a-lower"),
    pytest.param("non so, chiedi a Brambilla: 347 123 4567", "Brambilla", id="asked-chiedi-a-colon"),
    pytest.param("je sais pas, appelle Gonin au 06 12 34 56 78", "Gonin", id="asked-appelle-au-guard"),
    # person_kin.py, _RITE: other rites, capitals, double names
    pytest.param("Bestattung Zgraggen am Freitag, 10 Uhr", "Zgraggen", id="rite-bestattung"),
    pytest.param("Beisetzung Brechbühl im engsten Familienkreis", "Brechbühl", id="rite-beisetzung"),
    pytest.param("HOCHZEIT LEU / IMHOF 14:00", "LEU", id="rite-capitals-listed-surname"),
    pytest.param("Termine Kirche:\n- Beerdigung Zgraggen, Fr 10:00\n- Abdankung Imhof, Sa 14:00", "Zgraggen",
                 id="rite-beerdigung-guard"),
    pytest.param("Agenda : enterrement Gonin jeudi 14h", "Gonin", id="rite-enterrement-guard"),
    pytest.param("Calendar: funeral Okafor on Friday, 11am", "Okafor", id="rite-funeral-guard"),
    pytest.param("Sonntag: Hochzeit Leu-Imhof in der Kapelle", "Imhof", id="rite-double-name-guard"),
    pytest.param("Taufe Imhof, Zgraggen und Brechbühl am Sonntag", "Zgraggen", id="rite-comma-list",
                 marks=pytest.mark.xfail(strict=True, reason="open: a rite names one family or two joined by "
                                         "'/' or '&'; the families of a list joined by commas and 'und' after it "
                                         "are not read (a list after a rite needs its own reading of where it ends)")),
    # person_spans.py, _pair_end: a surname-first pair before a phone in parentheses, a birth star, a tab
    pytest.param("Notfallkontakte:\nZgraggen, Leonhard (079 555 12 34)\nBrechbühl, Jolanda (078 444 22 11)",
                 "Jolanda", id="pair-before-phone-parentheses-guard"),
    pytest.param("Warteliste\nTesfamariam, Glauco 079 555 12 34", "Glauco", id="pair-before-phone-guard"),
    pytest.param("- Wüthrich, Ottokar *11.05.1957", "11.05.1957", id="pair-before-birth-star-guard"),
    # person_spans.py, _widened: capitals before an unlisted first name in a cell after a tab
    pytest.param("Nr.\tName\tOrt\n1\tTOSI Ermenegildo\tLugano\n2\tBRAMBILLA Taddeo\tComo", "BRAMBILLA",
                 id="capitals-after-tab-guard"),
    # person_spans.py, _particles_after
    pytest.param("Invités : Melek de la Tour, Sanne van de Wiel", "Wiel", id="particle-van-de-guard"),
    # fields.py, _NameColumn: other weak keys
    pytest.param("Kunde\tBetrag\nLeonhard Imhof\t120.00\nGlauco\t80.00\nMargaux Brechbühl\t60.00", "Glauco",
                 id="name-column-kunde-guard"),
    pytest.param("Client;Montant\nErmenegilda Gonin;120.00\nNoémie Favre;80.00\nTaddeo;45.00", "Taddeo",
                 id="name-column-client-guard"),
    pytest.param("Cliente | Importo\nGiuseppina Brambilla | 120.00\nOttavio Conte | 80.00\nErmenegildo | 45.00",
                 "Ermenegildo", id="name-column-cliente-guard"),
    # person_dates.py: a two-digit year after a name first on its line -- a wider column's gap
    pytest.param("Floriane Kurz    17.4.67", "17.4.67", id="short-year-four-space-gap"),
    pytest.param("Floriane Kurz\t17.4.67", "17.4.67", id="short-year-tab-guard"),
    pytest.param("Floriane Kurz  6 mai 85", "6 mai 85", id="short-year-month-word-guard"),
    # detectors/dates.py: a Roman month with a two-digit year, a Roman month between dashes
    pytest.param("Paziente: Brambilla Taddeo, nato il 21/II/86", "21/II/86", id="roman-month-short-year"),
    pytest.param("Geburtsdatum: 21-II-1986", "21-II-1986", id="roman-month-dashes"),
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert secret not in masked(anonymizer, text)


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_asides.py, _asked_name: a firm whose name is a listed name and a common word
    pytest.param("appelle Orange 09 69 39 39 00 pour la box", "Orange", id="asked-orange-brand"),
    pytest.param("Router kaputt? ruf Sunrise 0800 707 707 an", "Sunrise", id="asked-sunrise-guard"),
    pytest.param("keine Ahnung, frag die Hotline 0800 800 800", "Hotline", id="asked-hotline-guard"),
    # person_kin.py, _RITE: a German compound after the rite is a heading, not a family
    pytest.param("Hochzeit Checkliste\n- Hochzeit Budget festlegen\n- Hochzeit Location buchen", "Checkliste",
                 id="rite-compound-heading"),
    pytest.param("looking for a wedding photographer and a wedding planner in Zurich", "photographer",
                 id="rite-wedding-photographer-guard"),
    pytest.param("Hochzeit Toskana oder Hochzeit Tessin?", "Toskana", id="rite-region-guard"),
    pytest.param("Hochzeit Juni, Taufe August", "August", id="rite-month-guard"),
    pytest.param("mariage civil ou mariage religieux ?", "civil", id="rite-mariage-civil-guard"),
    # fields.py, _NameColumn: a drinks menu under "Name", half its cells listed names
    pytest.param("Name\tPreis\nHugo\t12.00\nBellini\t14.00\nNegroni\t15.00\nMojito\t13.00", "Mojito",
                 id="name-column-drinks-menu"),
    # person_spans.py, _widened: a brand in capitals before a product at an item's start
    pytest.param("- IKEA Kallax Regal, 2 Stück", "IKEA", id="capitals-brand-before-product"),
    pytest.param("| BMW Isetta | 1957 |", "BMW", id="capitals-brand-in-cell"),
    pytest.param("Notes:\n- DHL Paket abholen\n- UBS Termin", "DHL", id="capitals-brand-guard"),
    # person_dates.py: a space-aligned table whose header names its dates (membership, not birth)
    pytest.param("Name            Eintritt\nFloriane Kurz   01.04.08\nPaul Sigrist    12.09.11", "01.04.08",
                 id="short-year-aligned-header-eintritt"),
    pytest.param("Zahlungen\nFloriane Kurz  12.03.14  CHF 120.00\nPaul Sigrist  02.05.14  CHF 80.00", "12.03.14",
                 id="short-year-payment-list",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a two-digit year after a name first on its "
                                         "line and a column's gap is a birth's (holdout24); with no header to "
                                         "say otherwise an old payment's date reads the same -- privacy first")),
    pytest.param("Rechnung Meier  12.03.26", "12.03.26", id="short-year-invoice-recent-guard"),
    pytest.param("Art. 4711  21/II/2019  Lieferung", "21/II/2019", id="roman-month-no-cue-guard"),
    pytest.param("Vgl. Art. 12/II/86 der Verordnung", "12/II/86", id="roman-month-short-year-no-cue-guard"),
    pytest.param("Bestellung 20240311 an Floriane Kurz", "20240311", id="compact-order-number-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def metered() -> Anonymizer:
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], learned_names=False))


NEW_SHAPES = [
    "Hochzeit a/",                                   # a rite before a run of slashes
    "Hochzeit Leu/Imhof ",                           # rites and their families, each looked up
    "Taufe von der ",                                # a rite's particles
    "frag ",                                         # verbs of asking without end
    "ruf mal aa an: 079 555 12 34 ",                 # a verb, a name, "an", a phone, read back
    "chiama aa al 347 123 4567 ",
    "- Meier, Anna  ",                               # surname-first pairs before a column's gap
    "Kurz, Floriane  19770428\n",                    # compact dates after pairs
    "Floriane Kurz    6. Mai 85\n",                  # two-digit years after a wide gap
    "- TOSI ",                                       # capitals before capitals
    "Name, ",
    "21-II-86 ",
]


@pytest.mark.parametrize("shape", NEW_SHAPES)
def test_runs_of_a_new_shape_stay_within_the_position_budget(metered: Anonymizer, shape: str) -> None:
    text = shape * (3000 // len(shape) + 1)
    assert _positions(metered, text) <= budget(text)


def test_a_long_name_column_stays_within_the_position_budget(metered: Anonymizer) -> None:
    """Thousands of rows under a weak person key, half listed names, half unlisted single words."""
    rows = "".join("Anna Meier;5.00\n" if i % 2 else f"Tesfa{chr(97 + i % 26)}{chr(97 + i // 26 % 26)};5.00\n"
                   for i in range(3000))
    text = "Name;Betrag\n" + rows
    assert _positions(metered, text) <= budget(text)


@settings(max_examples=25, deadline=None)
@given(text=st.lists(st.tuples(st.sampled_from([*SHAPES, *NEW_SHAPES, "Beerdigung ", "HOCHZEIT ", "chiedi a ",
                                                 "ask ", " an: ", "Eintritt\n", "  "]),
                               st.integers(1, 60)), min_size=1, max_size=6)
       .map(lambda runs: "".join(s * n for s, n in runs)))
def test_new_shapes_mixed_stay_within_the_position_budget(metered: Anonymizer, text: str) -> None:
    assert _positions(metered, text) <= budget(text)


@pytest.mark.parametrize("shape", [
    "Hochzeit Leu/Imhof, Taufe Gonin\n",            # rites, each family looked up
    "frag mal aa bb 079 555 12 34\n",                # asked names, each word looked up
    "Name;Betrag\nAnna Meier;5\nTesfamariam;5\n",   # name columns rescuing their doubtful cells
    "- TOSI Ermenegildo\n",                          # capitals before unlisted first names
])
def test_lexicon_look_ups_grow_linearly(metered: Anonymizer, monkeypatch, shape: str) -> None:
    """Four times the text, at most about four times the name-list look-ups (Python work the
    position meter does not see)."""
    assert_look_ups_grow_linearly(metered, monkeypatch, shape)
