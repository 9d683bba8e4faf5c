"""Review of session 21's later privacy rules (1b49105, 61963bd, ffef12c, 6798e9c): the postcode and town in
a street's next field, a prompt's instruction verbs as no names at a line's start, the names orders are made
out to and birthdays in chats, 'zu'/'zur' and birth cues after surname-first pairs, a saint's title vetoing
the name after it, animals' names dropped by their label or column.  The veto rules (saints, imperatives,
animals) remove detections: read as an attacker and as the user whose data it is, every text written for
these tests.

Three groups:
1. LEAKS: a personal value a removal may now drop; it must not be in the masked text.
2. OVER-MASKING: ordinary text an addition may now mask; the words must stay as written.
3. WORK: runs of the new shapes, bounded by counted start positions and counted lexicon look-ups
   (no wall-clock time).

Written with 52 cases (and 19 work checks), 22 failing at 6798e9c, every one a leak; 22 fixed in this review
(animal_names.py, person_spans.py, detectors/person_cues.py, detectors/persons.py, model_names.py).
Strict xfail with their reason: 4, none from these commits (a street's next cell read as its town and a
listed name before a birthday, masked at 44f2f29 too; 'Mr St John' whose 'John' no rule joins to 'St').
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tests.privacy.test_linear_time import _positions, assert_look_ups_grow_linearly, budget


def masked(anonymizer: Anonymizer, text: str) -> str:
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # animal_names.py: the owner after the animal's value on the label's line
    pytest.param("Tier: Nala (Halterin Jana Imhof)", "Jana Imhof", id="animal-label-owner-in-parentheses"),
    pytest.param("Tier: Nala, Halterin Jana Imhof, 079 555 12 34", "Jana Imhof", id="animal-label-owner-after-comma"),
    pytest.param("Rasse: Dackel, Halterin Irmgard Wyrsch", "Irmgard Wyrsch", id="animal-breed-label-owner"),
    pytest.param("Rasse: Dackel (gehört Irmgard Wyrsch)", "Irmgard Wyrsch", id="animal-breed-label-owner-prose"),
    # animal_names.py: a person in the animal's column -- a header in the wrong order, an owner beside the dog
    pytest.param("Nr;Hund;Halterin;Gebühr\nH-1;Irmgard Wyrsch;Frieda;120,00\nH-2;Quirin Abderhalden;Benno;120,00",
                 "Irmgard Wyrsch", id="animal-column-header-mixed-up"),
    pytest.param("Nr;Hund;Rasse;Gebühr\nH-1;Irmgard Wyrsch (Frieda);Dackel;120,00", "Irmgard Wyrsch",
                 id="animal-column-owner-and-dog-in-one-cell"),
    pytest.param("Hund;Rasse\nImhof;Dackel\nGisler;Labrador", "Imhof", id="animal-column-owner-surname"),
    # animal_names.py: an owner's keys stay names
    pytest.param("Hundehalter: Irmgard Wyrsch", "Irmgard Wyrsch", id="animal-owner-key-guard"),
    pytest.param("Tierhalterin: Irmgard Wyrsch", "Irmgard Wyrsch", id="animal-owner-key-female-guard"),
    pytest.param("Owner: Irmgard Wyrsch", "Irmgard Wyrsch", id="animal-owner-english-guard"),
    pytest.param("Hundehalter;Hund;Rasse\nIrmgard Wyrsch;Frieda;Dackel", "Irmgard Wyrsch",
                 id="animal-owner-column-guard"),
    pytest.param("Hund: Nala\nHalterin: Jana Imhof", "Jana Imhof", id="animal-owner-next-line-guard"),
    # person_spans.py, _after_saint: a person after a saint's place and a conjunction
    pytest.param("Wir fahren nach St. Moritz und Lukas Brunner bleibt zu Hause.", "Brunner",
                 id="saint-place-and-person"),
    pytest.param("We moved from St. Louis and Mary Johnson helped us pack.", "Johnson", id="saint-place-and-person-en"),
    pytest.param("Gottesdienst in St. Anna und Maria Keller singt im Chor", "Keller", id="saint-church-and-person"),
    # ... a surname "St. Clair" after a form of address, a first name and surname after "St."
    pytest.param("Attn: Ms. St. Clair, Accounts", "Clair", id="saint-surname-after-title"),
    # (fixed in session 25: a name found alone is widened over the word that ends the item)
    pytest.param("Dear Mr St John,\nthank you for your letter.", "John", id="saint-surname-after-mr"),
    pytest.param("Grüsse, St. Martin Huber", "Huber", id="saint-signature-first-and-surname"),
    pytest.param("Termin mit St. Martin Huber am Montag", "Huber", id="saint-first-and-surname-in-prose"),
    # ... "Santi" a first name, not saints in the plural (they are two, joined)
    pytest.param("Reserva: Santi Romero, 2 personas", "Romero", id="saint-santi-first-name"),
    pytest.param("Cordiali saluti\nSanta Rossi", "Rossi", id="saint-santa-first-name-guard"),
    pytest.param("Liebe Grüsse, Lin San", "Lin San", id="saint-san-surname-guard"),
    # ... a name a person has elsewhere in the text
    pytest.param("Hallo Martin, wie geht's?\nSt. Martin ist am 11.11., kommst du mit?", "Martin ist",
                 id="saint-name-of-a-person-in-the-text"),
    # persons.py / model_names.py: IMPERATIVES that are names (Lies, Mach, Crea, Stell) used as names
    pytest.param("Lies hat angerufen, sie kommt später.", "Lies", id="imperative-name-subject"),
    pytest.param("Lies, kannst du morgen die Kinder holen?", "Lies", id="imperative-name-vocative"),
    pytest.param("Lies schreibt: ich komme später.", "Lies", id="imperative-name-before-verb"),
    pytest.param("Mach kommt morgen um 10.", "Mach", id="imperative-surname-subject"),
    pytest.param("Crea, Giuseppe - 347 123 4567", "Giuseppe", id="imperative-surname-first-pair"),
    pytest.param("Contatti:\nCrea, Giuseppe - 347 123 4567\nRossi, Anna - 347 765 4321", "Giuseppe",
                 id="imperative-surname-first-pair-list"),
    pytest.param("Mach, Ernst - 079 555 12 34", "Mach", id="imperative-surname-first-pair-de"),
    pytest.param("Groetjes,\nLies Peeters", "Lies", id="imperative-signature-guard"),
    pytest.param("[09:14] Lies: ik ben er om 10u", "Lies", id="imperative-chat-speaker-guard"),
    pytest.param("Stell Markus hat angerufen", "Stell", id="imperative-multi-word-guard"),
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert secret not in masked(anonymizer, text)


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_asides.py: the order's phrase before what is no name
    pytest.param("Bitte reserviere auf den Namen der Firma Tarnkappe AG einen Tisch.", "Firma", id="order-firma"),
    pytest.param("Prenota un tavolo a nome mio per le 20.", "mio", id="order-a-nome-mio"),
    pytest.param("Kannst du den Tisch auf den Namen meiner Frau reservieren?", "meiner Frau", id="order-my-wife"),
    pytest.param("ringrazio a nome di tutti i colleghi", "tutti", id="order-a-nome-di-tutti"),
    pytest.param("Je vous écris au nom de la société", "société", id="order-au-nom-de-la"),
    # person_asides.py: a birthday of a relative, a role, a firm
    pytest.param("Mama hat Geburtstag nächste Woche, was soll ich schenken?", "Mama", id="birthday-mama"),
    pytest.param("der Chef hat Geburtstag, wer sammelt?", "Chef", id="birthday-chef"),
    pytest.param("Unsere Firma hat Geburtstag: 25 Jahre!", "Firma", id="birthday-firm"),
    pytest.param("la nonna compie gli anni domenica", "nonna", id="birthday-nonna"),
    pytest.param("Papi hat Geburtstag, Geschenkideen?", "Papi", id="birthday-papi",
                 marks=pytest.mark.xfail(strict=True, reason="kept, not these commits': 'Papi' is a listed "
                                         "name the rules mask alone before a verb at a line's start (masked at "
                                         "44f2f29 too) -- privacy first")),
    # persons.py / model_names.py: the instruction verbs themselves
    pytest.param("Mach aus der Mail eine Liste", "Mach", id="imperative-mach-aus"),
    pytest.param("Lies den Text und fass ihn zusammen", "Lies", id="imperative-lies-den"),
    pytest.param("Stell fest, ob die Daten stimmen", "Stell", id="imperative-stell-fest"),
    pytest.param("Crea una tabella con i dati", "Crea", id="imperative-crea-una"),
    # person_spans.py: churches and places after a saint's title
    pytest.param("Collegiata dei Santi Pietro e Paolo", "Paolo", id="saint-santi-pair"),
    pytest.param("Kirche St. Peter und Paul, Gottesdienst 10 Uhr", "Paul", id="saint-peter-und-paul"),
    pytest.param("Ferien in St. Moritz", "Moritz", id="saint-place"),
    # address_parts.py, _TOWN_FIELD: a product code in the cell after a street
    pytest.param("Lager;Artikel;Menge\nIndustriestrasse 12;4711 Echt;3", "Echt", id="town-field-product-code",
                 marks=pytest.mark.xfail(strict=True, reason="kept, not these commits': the address detector "
                                         "reads 'street;postcode word' as one address (masked at 44f2f29 too); "
                                         "the street is masked anyway -- privacy first")),
    pytest.param("| Bahnhofstrasse 4 | 3000 Pro | 12 |", "Pro", id="town-field-cell-product",
                 marks=pytest.mark.xfail(strict=True, reason="kept, not these commits': as above, a cell of "
                                         "four digits and a capitalised word after a street's cell is its town")),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def metered() -> Anonymizer:
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], learned_names=False))


NEW_SHAPES = [
    "St. ",                                          # saints' titles without end
    "St. Anna und ",                                 # a saint, a conjunction, again
    "Santi Pietro e ",
    "auf den Namen ",                                # the order's phrase without its name
    "auf den Namen der ",
    " hat Geburtstag",
    "</a><b>1234 X",                                 # elements, each a town's field
    "Gasse 3;1234 X;",
    ";",                                             # separators with no header
    "Tier: Nala (Halterin Jana Imhof)\n",
    "Lies hat ",                                     # an instruction verb before a subject's verb
    "Mach aus ",
]


@pytest.mark.parametrize("shape", NEW_SHAPES)
def test_runs_of_a_new_shape_stay_within_the_position_budget(metered: Anonymizer, shape: str) -> None:
    text = shape * (3000 // len(shape) + 1)
    assert _positions(metered, text) <= budget(text)


@pytest.mark.parametrize("header", ["Hund;Hund;Hund\n", "Halter;Hund;Rasse\n", ""])
def test_a_long_animal_table_stays_within_the_position_budget(metered: Anonymizer, header: str) -> None:
    """Thousands of rows under an animal's header, or rows of separators under none."""
    rows = "".join(f"Anna Meier;Frieda;Benno{chr(97 + i % 26)}\n" if i % 2 else ";;;\n" for i in range(3000))
    text = header + rows
    assert _positions(metered, text) <= budget(text)


@pytest.mark.parametrize("shape", [
    "Hund;Rasse\nImhof;Dackel\nFrieda;Spitz\n",     # animals' cells, each looked up
    "Tier: Nala (Halterin Jana Imhof)\n",
    "Hallo Martin\nSt. Martin und St. Jakob\n",     # saints, each name looked up
    "Lies hat angerufen. Mach aus der Mail\n",      # instruction verbs and names
])
def test_lexicon_look_ups_grow_linearly(metered: Anonymizer, monkeypatch, shape: str) -> None:
    """Four times the text, at most about four times the name-list look-ups (Python work the
    position meter does not see)."""
    assert_look_ups_grow_linearly(metered, monkeypatch, shape)
