"""Review of session 27's later anonymizer changes (8431cd2..c2e8fec; src/tarnkappe/privacy): a relative's date of
birth in parentheses after a name (person_children.relatives_with_birth_dates), a date before a parent's leave or
before a body's height and weight (person_dates.newborn_dates), child+birth compound keys and pupils' keys
(field_keys), new role keys ('begleitung', 'conducente', ...), a weak name key beside a first name's key with dot
leaders (field_values._SIBLING_KEY), a French number-first street refused after a phone's digits or a year
(address.py), an address cut before an IP (anonymizer._addresses_before_ips).  Read as an attacker and as the user
whose data it is; every name, number and address here is invented for these tests.

Three groups:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   Regressions (masked at 8431cd2, sent in clear at c2e8fec) are marked so; the others are gaps next to the new
   rules (open) or what the new rules mask (plain tests: keep it so).
2. OVER-MASKING: ordinary text that must stay as written.
3. WORK: counted work of the new rules on growing texts.

Each case was checked at c2e8fec and at 8431cd2 (pytest --runxfail with PYTHONPATH=<worktree>/src).

Leaks: 4 REGRESSIONS.  An IP inside an address cuts off everything after it ('Hauptstrasse 12, 31.166.107.137,
8500 Frauenfeld': the postcode and town go out in clear; _addresses_before_ips keeps only the part before the IP
instead of masking the rest too); AddressDetector's new 'digit two characters before the number' test reads any
digit -- a phone on the line above, a CSV row's id, a flat's number -- as a phone's tail and drops the house number
of '5 rue de Lausanne 1201 Genève' (a 4-digit postcode after the street counts as 'its own number').  Open: 9
(a name with a particle "d'Aubigné" or in lower case before the parentheses, 'brother' not among RELATIVE_WORDS,
French ' ; ', the commit's own example '- Ruth Lam, 11/19/2018, 126 cm' without a weight, this year's newborn,
'Grösse'/'Gewicht' between, 'arrived' without 'on', German 'kam am ... zur Welt' + 'Elternzeit').  Guards: 9.
Over-masking: 15 REGRESSIONS -- relatives_with_birth_dates takes any two capitalised words before '(parent, date)' /
'(child, date)' / '(Partner, date)' / '(Kinder, date)' for a person and the date for a DOB, a date to come this year
too (issue trackers, a city, a clothing size, a business partner's meeting); newborn_dates masks any capitalised
word's 'arrived on <date>' before 'my leave'/'congé'/'congedo' (a parcel, a technician) and any date before
'<n> cm, <n> kg' (a parcel's dimensions); a pupil's/player's key reads a date to come as a DOB; the header
'| Allievo/a | Strumento |' and 'Begleitung' (a music accompaniment, a dog) become person keys; a dot-led
'Name ........ Bohrmaschine' beside 'Vorname ........' is masked.  1 open (the leave table with an empty
cell), 2 guards.
Work: the new look-backs are bounded (guard).

Fixed after the review, in session 27 (marks removed): the parts of an address before and after an IP stay
addresses; a phone's tail is a digit run of six or more on the number's own line; a relative's name before the
parentheses must be a name (a listed or rare word, or two capitalised words the first no ordinary word), its date of
a past year; an arrival counts before a parent's leave only after a name alone at the sentence's start; a height is
a birth's only in a line of a name, the date and the height (no weight needed); "spieler", "allievoa" no longer keys
("| Allievo/a | Giampaolo, 28/8/2017 |" leaks its date again: the header's reading was worse); "begleitung"
restored after a measurement: it kept 12 escorts' names of holdout31 masked (its two cases are kept xfails).
Kept: a "Name ...." beside "Vorname ...." is a surname's key whatever it holds.
"""

from __future__ import annotations

import datetime

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType

from .review_helpers import in_clear, masked

PERSON, ADDRESS, DOB, IP = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB, EntityType.IP
_Y = datetime.date.today().year


def _regression(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of c2e8fec (masked at 8431cd2): {what}")


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of c2e8fec (readable at 8431cd2): {what}")


_KEPT_ESCORT = pytest.mark.xfail(strict=True, reason="kept (session 27, after this review): 'Begleitung' stays a person's "
                                 "role key -- without it holdout31's safe-deposit logs sent 12 escorts' names in clear "
                                 "('Frei', 'von der Heide', 'zur Linden'); music's or a dog's 'Begleitung' is masked")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at 8431cd2 too): {what}")


_IP_CUT = ("anonymizer._addresses_before_ips ends an ADDRESS at the first IP inside it and drops the rest: the "
           "postcode and town after the IP (masked as one address at 8431cd2) go out in clear")
_PHONE_TAIL = ("address.AddressDetector (_FR_NUMBER_FIRST): the new test text[range_start - 2].isdigit() takes any "
               "digit before the separator (a phone on the line above, a CSV id, a flat's number) for a phone's "
               "tail, and _NUMBER_AFTER takes a 4-digit postcode (1201, 1050) for the street's own number: the "
               "house number is refused and goes out in clear")
_REL_WORDS = ("person_children.relatives_with_birth_dates: any two capitalised words before ' (<RELATIVE_WORD>, "
              "<date>)' are a PERSON and the date a DOB ('parent', 'child', 'Partner', 'Kinder' are ordinary words "
              "of trackers, firms and shops)")
_REL_FUTURE = ("person_children.relatives_with_birth_dates calls _a_birth(m, this_year + 1): a date still to come "
               "this year is a date of birth")
_LEAVE = ("person_dates.newborn_dates: any capitalised word before 'arrived on'/'arrivé le'/'arrivato il' with "
          "'my leave'/'congé'/'congedo' within 120 characters after makes the date a DOB (a parcel, a technician)")
_HEIGHT = ("person_dates.newborn_dates: any past date right before '<n> cm, <n> kg' (_HEIGHT, _DATE_BEFORE_HEIGHT) "
           "is a DOB -- a parcel's or a shelf's dimensions too")
_PUPIL = ("field_keys.CHILD_KEYS now holds 'spieler', 'schüler', 'élève', 'allievo': field_values._child_birth reads "
          "'Name, <date>' under them as a DOB however recent, a date to come this year too (<= today's year)")
_ALLIEVO = ("field_keys.PERSON_KEYS/CHILD_KEYS 'allievoa': the header row '| Allievo/a | Strumento |' is read as key "
            "and value and the next header cell is masked as a person")
_BEGLEITUNG = ("field_keys.ROLE_KEYS 'begleitung' (also music's accompaniment, a dog): its value or its column's "
               "cells are masked as a person")
_DOTS = ("field_values._SIBLING_KEY: a first name's key with dot leaders ('Vorname ........') within 160 "
         "characters makes 'Name ........' a strong key, whatever its value (a device's name)")


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # anonymizer._addresses_before_ips -- REGRESSION
    pytest.param("Adresse: Hauptstrasse 12, 31.166.107.137, 8500 Frauenfeld", "8500 Frauenfeld", ADDRESS,
                 id="ip-cuts-postcode-and-town"),
    # address.py, number-first French street -- REGRESSIONS: a digit before is no phone's tail
    pytest.param("Tel. 022 345 67 89\n5 rue de Lausanne 1201 Genève", "5 rue de Lausanne", ADDRESS,
                 id="fr-number-after-phone-line"),
    pytest.param("1;5 rue de Lausanne 1201 Genève", "5 rue de Lausanne", ADDRESS, id="fr-number-csv-id"),
    pytest.param("Appartement 12 3, rue des Fleurs 1050 Ixelles", "3, rue des Fleurs", ADDRESS,
                 id="fr-number-after-flat"),
    # ... guards: the change's purpose
    pytest.param("Tél 079 456 88 63, Rue du Château 34bis", "Rue du Château 34bis", ADDRESS,
                 id="fr-phone-tail-then-street-guard"),
    pytest.param("né le 25 OCTOBRE 1954, Rue du Temple 82", "Rue du Temple 82", ADDRESS,
                 id="fr-year-then-street-guard"),
    pytest.param("8500 Frauenfeld\t31.166.107.137", "31.166.107.137", IP, id="ip-after-town-guard"),
    # person_children.relatives_with_birth_dates -- guards, and gaps next to it
    pytest.param("Haushalt: Maja Glück (Partnerin, 4. Dez. 1962)", "4. Dez. 1962", DOB, id="relative-partnerin-guard"),
    pytest.param("Haushalt: Camille d'Aubigné (conjointe, 17/02/1960)", "Camille d'Aubigné", PERSON,
                 id="relative-name-with-particle"),
    pytest.param("Haushalt: ignaz quaderer (Vater, 12.03.1955).", "ignaz quaderer", PERSON,
                 id="relative-name-lower-case",
                 marks=_open("person_children._NAME_BEFORE needs capitals: the DOB is now masked, the name is not")),
    pytest.param("Household: Wynn Ashdown (brother, 17-FEB-1985).", "17-FEB-1985", DOB, id="relative-brother",
                 marks=_open("field_keys.RELATIVE_WORDS (_PERSON_WORDS) lacks brother/sister/frère/soeur/"
                             "fratello/sorella: relatives_with_birth_dates skips the item")),
    pytest.param("Haushalt: Océane Leroy (conjointe ; 17/02/1960)", "17/02/1960", DOB, id="relative-french-semicolon",
                 marks=_open("person_children._RELATIVE_ITEM: '[,;][ ]?' admits no space before the ';' of "
                             "French typography")),
    # person_dates.newborn_dates -- guards, and gaps next to it
    pytest.param("Alan arrived on 01/18/2026! As discussed I'd like to start my leave next week.", "01/18/2026", DOB,
                 id="arrived-before-leave-guard"),
    pytest.param("- Vivian, 6. Mai 2021, 137 cm, 38 kg", "6. Mai 2021", DOB, id="height-weight-guard"),
    pytest.param("Alan arrived 01/18/2026! As discussed I'd like to start my leave next week.", "01/18/2026", DOB,
                 id="arrived-without-on",
                 marks=_open("person_dates._ARRIVAL needs 'arrived on' (the English 'arrived <date>' is missed)")),
    pytest.param("Unser Lian kam am 18.01.2026 zur Welt; ab März bin ich in Elternzeit.", "18.01.2026", DOB,
                 id="kam-zur-welt-elternzeit",
                 marks=_open("person_dates._ARRIVAL reads 'arriv'/'gekommen' only: 'kam am ... zur Welt' before "
                             "'Elternzeit' is missed")),
    pytest.param("- Ruth Lam, 11/19/2018, 126 cm", "11/19/2018", DOB, id="height-commit-example-no-weight"),
    pytest.param(f"- Zoé Quaderer, 01.01.{_Y}, 52 cm, 3,4 kg", f"01.01.{_Y}", DOB, id="height-newborn-this-year",
                 marks=_open("person_dates._past_year refuses this year's date before '52 cm, 3,4 kg' (and "
                             "_WEIGHT_AND_LENGTH wants grams): the youngest child's date of birth leaks")),
    pytest.param("Ski: Zoé Quaderer, 6. Mai 2021, Grösse 137 cm, Gewicht 38 kg", "6. Mai 2021", DOB,
                 id="height-with-labels",
                 marks=_open("person_dates._HEIGHT: a label ('Grösse', 'Gewicht') between the date and the numbers")),
    # field_keys -- guards: the new keys' purpose
    pytest.param("| Enfant né le | Début du congé |\n|---|---|\n| 12.03.2026 | 01.05.2026 |", "12.03.2026", DOB,
                 id="table-enfant-ne-le-guard"),
    pytest.param("Spieler/in ...... Johanna, 27.10.11", "27.10.11", DOB, id="pupil-key-dob-guard"),
    # field_values._SIBLING_KEY with dot leaders -- guard
    pytest.param("Prénom ..... Désiré\nNom ..... NOIR", "NOIR", PERSON, id="nom-dot-leaders-guard"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_children.relatives_with_birth_dates -- REGRESSIONS
    pytest.param("Epic Login (parent, 2024-05-01) hat drei Unteraufgaben.", "Epic Login (parent, 2024-05-01)",
                 id="relative-tracker-parent"),
    pytest.param("Ticket Checkout Redesign (child, 2025-01-15) wurde geschlossen.",
                 "Checkout Redesign (child, 2025-01-15)", id="relative-tracker-child"),
    pytest.param("Konferenz in Berlin (Partner, 12.03.2024) und Wien (Kunde, 13.03.2024).",
                 "Berlin (Partner, 12.03.2024)", id="relative-city-partner", marks=_over(_REL_WORDS)),
    pytest.param("Bestand: Hemd Gross (Kinder, 12.06.2025) geliefert", "Hemd Gross (Kinder, 12.06.2025)",
                 id="relative-clothing-size"),
    pytest.param(f"Termin mit Firma Keller (Partner, 31.12.{_Y}) bestätigt.", f"31.12.{_Y}",
                 id="relative-date-to-come"),
    # person_dates.newborn_dates -- REGRESSIONS
    pytest.param("The shipment from DHL arrived on 03/02/2026, two days before my leave starts.", "03/02/2026",
                 id="leave-shipment-en"),
    pytest.param("Le colis de Poste arrivé le 12/03/2026, avant mon congé.", "12/03/2026", id="leave-colis-fr"),
    pytest.param("Il tecnico Rossi arrivato il 12/03/2026, prima del mio congedo.", "12/03/2026",
                 id="leave-technician-it"),
    pytest.param("Paket 2: versandt am 03.02.2025, 120 cm, 30 kg", "03.02.2025", id="height-parcel"),
    pytest.param("| Datum | Masse |\n| 01.03.2025, 140 cm, 12 kg | Palette |", "01.03.2025", id="height-pallet-table"),
    # field_keys -- REGRESSIONS of the new keys
    pytest.param(f"Spieler: Jonas Keller, 31.12.{_Y}", f"31.12.{_Y}", id="pupil-key-date-to-come"),
    pytest.param("| Allievo/a | Strumento |\n| Giampaolo, 28/8/2017 | Violino |", "| Allievo/a | Strumento |",
                 id="allievo-header-cell"),
    pytest.param("Begleitung: Klavier und Streicher", "Klavier", id="begleitung-music", marks=_KEPT_ESCORT),
    pytest.param("| Begleitung | Anzahl |\n| Hund | 1 |", "| Hund |", id="begleitung-dog-column", marks=_KEPT_ESCORT),
    # field_values._SIBLING_KEY -- REGRESSION of the dot leaders
    pytest.param("Gerät\nName ........ Bohrmaschine\nSerie ........ X200\nVerantwortlich\nVorname ........ Lukas",
                 "Bohrmaschine", id="dot-leaders-device-name", marks=_over(_DOTS)),
    # ... guards
    pytest.param("Konferenz in Wien (Kunde, 13.03.2024).", "Wien (Kunde, 13.03.2024)", id="relative-not-a-relation"),
    pytest.param("Kind geboren am\tElternzeit ab\tElternzeit bis\n\t01.05.2026\t30.06.2026", "01.05.2026",
                 id="leave-table-tabs-empty-cell"),
    # ... gap next to the compound keys
    pytest.param("| Kind geboren am | Elternzeit ab |\n| | 01.05.2026 |", "01.05.2026", id="leave-table-empty-cell",
                 marks=_open("a leave table's empty first cell: the leave's start under 'Elternzeit ab' is masked "
                             "as a DOB (column reading shifts to the birth column)")),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
def test_new_look_backs_grow_linearly(anonymizer: Anonymizer, monkeypatch) -> None:
    """The characters the new rules' bounded look-backs scan (scan.search windows) grow with the text."""
    from tarnkappe.privacy import person_children, person_dates
    from tarnkappe.privacy.detectors import scan

    scanned = [0]
    real = scan.search

    def counted(pattern, text, pos=0, endpos=None):
        scanned[0] += (len(text) if endpos is None else endpos) - pos
        return real(pattern, text, pos, endpos)

    monkeypatch.setattr(scan, "search", counted)
    unit = ("Maja Glück (Partnerin, 4. Dez. 1962), - Vivian, 6. Mai 2021, 137 cm, 38 kg\n"
            "Alan arrived on 01/18/2026! my leave starts. ")

    def work(n: int) -> int:
        scanned[0] = 0
        text = unit * n
        person_children.relatives_with_birth_dates(text, anonymizer._lexicon)
        person_dates.newborn_dates(text)
        return scanned[0]

    small, large = work(100), work(400)
    assert large <= 4.2 * small + 20
