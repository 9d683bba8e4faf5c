"""Review of session 36's address and date rules (95d596c..edcf4b6; src/tarnkappe/privacy): address_parts' German
floors after a street, address.py's number-first French streets after a phone line and its unit parts, address_en's
one-word streets ('25 Kingsway', -way/-gate), homes' streets after a title's dash, capitals' towns before a state and
lower-case French streets before a phone, lowercase.py's view ('queen's road', 'ch-3012 bern', '17000 la rochelle',
'4161 n hillcrest drive', 'vicolo', 'largo', 'contrada'), the new keyed_births (a date after the name a person-key
gives) and field_tables' owner prefix ('candidate_birth_date').  Read as an attacker and as the user whose text
must stay readable; every name, number and address is invented.

Each case was checked at the review's fixes, at edcf4b6 and at 00d0361 (the session's start).  REGRESSION: the
case passed at 00d0361; open: it failed there too.

Over-masking: REGRESSIONS of edcf4b6, fixed here --
- address_en._ONE_WORD_STREET: any number before a capitalised word ending in -way/-gate that _NO_STREET_WORDS
  does not list was a street -- a count's brand, shop, theatre or town ('3 Broadway shows', '4 Safeway stores',
  '3 Steinway pianos', '3 Hemingway novels', '5 Reigate residents', '2 Harrogate conference') and a year's ('1914
  Highgate cemetery').  Now a word in lower case after it asks a place's word or a flat before the number (holdout
  text: 'the tenancy at 17 Kingsway we', 'Flat 12, 47 Kingsway will').
- address_en._CITY_NAMES_BEFORE's capitals: any one to three words in capitals before ', <state> <zip>' were a town
  -- a log's 'ERROR, ID 83702', 'STATUS: SHIPPED, IN 48213', 'MEETING TIME, ME 04101'.  Now the longest tail of
  them a gazetteer lists ('DELIVER TO PORTLAND, OR …' masks 'PORTLAND, …' only).
- address_en._titled_line_end: a title's dash before a venue's or a measure's street ('Menu – 3 Course View',
  'Plan – 3 Step Way').
- keyed_births: a grown-up's key (Spouse, Companion, Begleitperson, Conjoint, Coniuge) took any recent date (a
  booking's, a tour's) as a birth; an event's title under a child's key ('Daughter: Piano Recital, May 4, 2025').
- field_tables._without_owner: any prefix shared by half the cells was dropped -- 'product_name', 'team_name',
  'horse_name' made a thing's name a PERSON, 'pet_birth'/'horse_birth_date' a pet's birth a DOB, 'street_zip' a
  number an ADDRESS.  Now only a person's prefix (candidate_, client_, tenant_ …).
- lowercase._STREET_NUMBER: 'largo' is 'wide' ('è largo circa 3 metri', 'fai largo ai 3 bambini', 'pantalone largo
  taglia 44'), 'vicolo cieco' a dead end, 'contrada' the Palio's ('la contrada vince 3 a 1'): now 'largo' and
  'contrada' after a place's cue, as 'via'.
Left as strict xfail: a title's dash before an adjective's 'Way' ('Ep. 4 – 3 Easy Way'), an event's title with a
listed name's word ('Child: Report Card, …'), a German noun alone under a child's key ('Kinder: Elternabend, …').
Leaks fixed here (open at 00d0361): the list's first child ('Children: Poppy, 04/07/2014; Leo, …'), a dash before
the date ('Child: Poppy – Jul 4, 2014'), a dotted compass point ('2210 w. maple avenue'), a German floor with 'ß'
('1. Obergeschoß').  Left open: a lower-case keyed line, ';' between name and date, numbered streets in lower case
('220 e 14th street', '1600 nw 3rd ave').
Work: every new rule scans linearly (n and 4n repetitions of each shape: 3.4x-4.1x the engine's positions).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON, ADDRESS, DOB = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _kept = review_marks("95d596c..edcf4b6", "00d0361")

# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_EASY_WAY = _over(
    "address_en._titled_line_end: a count's adjective before 'Way' after a title's dash is a homes' street ('3 Easy "
    "Way', '1 Pot Way'): the name's word is an ordinary word as 'Manor', 'Orchard' are")
_LISTED_WORD = _over(
    "keyed_births._a_name: an event's title of ordinary words passes where one word is also a listed name ('Card', "
    "'Bill', 'Rose')")
_GERMAN_NOUN = _over(
    "keyed_births._a_name: one capitalised word is a name ('Poppy') -- a German noun alone too ('Elternabend'); the "
    "ISO date under 'Kinder' is read as a birth")

OVER = [
    # address_en's one-word streets -- REGRESSIONS fixed, and guards
    pytest.param("We saw 3 Broadway shows in New York.\n", "3 Broadway", id="broadway-shows"),
    pytest.param("Tickets for 2 Broadway musicals booked.\n", "2 Broadway", id="broadway-musicals"),
    pytest.param("We had 3 Hemingway novels on the shelf.\n", "3 Hemingway", id="hemingway-novels"),
    pytest.param("Invoice: 4 Safeway stores, one refund.\n", "4 Safeway", id="safeway-stores"),
    pytest.param("The 3 Steinway pianos are tuned.\n", "3 Steinway", id="steinway-pianos"),
    pytest.param("5 Reigate residents complained.\n", "5 Reigate", id="reigate-residents"),
    pytest.param("A 2 Harrogate conference pass.\n", "2 Harrogate", id="harrogate-conference"),
    pytest.param("the 1914 Highgate cemetery records\n", "1914 Highgate", id="highgate-year"),
    pytest.param("We sold 10 Ottergate tickets.\n", "10 Ottergate", id="ottergate-tickets"),
    pytest.param("I watched 4 Stargate episodes.\n", "4 Stargate", id="stargate-guard"),
    pytest.param("12 Subway sandwiches ordered\n", "12 Subway", id="subway-guard"),
    pytest.param("The 1972 Watergate scandal.\n", "1972 Watergate", id="watergate-guard"),
    pytest.param("Version 2 Gateway is out.\n", "2 Gateway", id="gateway-guard"),
    # address_en's capitals' town before a state -- REGRESSIONS fixed
    pytest.param("2026-03-01 12:00 ERROR, ID 83702\n", "ERROR, ID 83702", id="caps-error-id"),
    pytest.param("REQUEST FAILED, ID 48213\n", "REQUEST FAILED", id="caps-request-failed"),
    pytest.param("STATUS: SHIPPED, IN 48213\n", "SHIPPED, IN 48213", id="caps-shipped-in"),
    pytest.param("MEETING TIME, ME 04101\n", "MEETING TIME", id="caps-meeting-me"),
    pytest.param("DELIVER TO PORTLAND, OR 97204\n", "DELIVER TO", id="caps-town-tail-guard"),
    # address_en's homes' street after a title's dash -- REGRESSIONS fixed and open
    pytest.param("Menu – 3 Course View\n", "3 Course View", id="dash-course-view"),
    pytest.param("Plan – 3 Step Way\n", "3 Step Way", id="dash-step-way"),
    pytest.param("Ep. 4 – 3 Easy Way\n", "3 Easy Way", id="dash-easy-way", marks=_EASY_WAY),
    pytest.param("Recipe – 1 Pot Way\n", "1 Pot Way", id="dash-pot-way", marks=_EASY_WAY),
    # keyed_births -- REGRESSIONS fixed, open, and guards
    pytest.param("Daughter: Piano Recital, May 4, 2025\n", "May 4, 2025", id="keyed-recital"),
    pytest.param("Child: Swimming Lessons, Sep 3, 2024\n", "Sep 3, 2024", id="keyed-lessons"),
    pytest.param("Kid: Soccer Practice, Sep 14, 2024\n", "Sep 14, 2024", id="keyed-practice"),
    pytest.param("Also for: Annual Review, Jun 22, 2024\n", "Jun 22, 2024", id="keyed-also-for-review"),
    pytest.param("Spouse: Mark Jones, Jun 3, 2025\n", "Jun 3, 2025", id="keyed-spouse-recent"),
    pytest.param("Companion: Sarah Jones, 2025-06-01\n", "2025-06-01", id="keyed-companion-recent"),
    pytest.param("Begleitperson: Anna Meier, 2025-11-29\n", "2025-11-29", id="keyed-begleitperson-recent"),
    pytest.param("Seilpartner: Urs Frei, 2025-08-14\n", "2025-08-14", id="keyed-seilpartner-recent"),
    pytest.param("Compagnon de cordée : Paul Favre, 2025-08-14\n", "2025-08-14", id="keyed-cordee-recent"),
    pytest.param("Coniuge: Marco Rossi, 14/08/2025\n", "14/08/2025", id="keyed-coniuge-recent"),
    pytest.param("Child: Report Card, Jun 28, 2024\n", "Jun 28, 2024", id="keyed-report-card", marks=_LISTED_WORD),
    pytest.param("Kinder: Elternabend, 2024-11-12\n", "2024-11-12", id="keyed-elternabend", marks=_GERMAN_NOUN),
    pytest.param("Child: Anna, pickup 3 Jul 2026\n", "3 Jul 2026", id="keyed-pickup-guard"),
    pytest.param("Also for: Maple, 2031-01-15\n", "2031-01-15", id="keyed-future-guard"),
    # field_tables' owner prefix -- REGRESSIONS fixed, and guards
    pytest.param("product_id,product_name,product_price,product_stock\n1,Blue Widget,9.90,12\n", "Blue Widget",
                 id="prefix-product"),
    pytest.param("team_id,team_name,team_city,team_coach\n3,Red Lions,Bern,Urs Frei\n", "Red Lions",
                 id="prefix-team"),
    pytest.param("pet_id,pet_name,pet_birth,pet_owner\n1,Bello,2019-05-02,Anna Meier\n", "2019-05-02",
                 id="prefix-pet-birth"),
    pytest.param("horse_id;horse_name;horse_birth_date;horse_owner\n1;Silver Storm;2015-04-02;Anna Meier\n",
                 "Silver Storm", id="prefix-horse"),
    pytest.param("street_id;street_name;street_zip;street_town\n1;Hauptstrasse;3000;Bern\n", "3000",
                 id="prefix-street-zip"),
    pytest.param("order_id;order_date;order_ship_date;order_status\n1001;2024-03-12;2024-03-14;shipped\n",
                 "2024-03-12", id="prefix-order-guard"),
    # lowercase.py's Italian street words -- REGRESSIONS fixed, and guards
    pytest.param("il corridoio è largo circa 3 metri\n", "largo circa 3", id="lower-largo-circa"),
    pytest.param("un divano largo almeno 2 metri\n", "largo almeno 2", id="lower-largo-almeno"),
    pytest.param("fai largo ai 3 bambini\n", "largo ai 3", id="lower-largo-ai"),
    pytest.param("pantalone largo taglia 44\n", "largo taglia 44", id="lower-largo-taglia"),
    pytest.param("siamo finiti in un vicolo cieco 2 volte\n", "vicolo cieco 2", id="lower-vicolo-cieco"),
    pytest.param("la contrada vince 3 a 1\n", "contrada vince 3", id="lower-contrada-palio"),
    pytest.param("meet at 12 n main\n", "12 n main", id="lower-compass-guard"),
    pytest.param("we paid 17000 la facture\n", "17000 la facture", id="lower-article-guard"),
    pytest.param("see jira ab-1234 for the details\n", "ab-1234", id="lower-code-guard"),
    # address_parts' floors, address_en's French numbers -- guards
    pytest.param("Wir tagen in Raum 12, EG\n", "Raum 12, EG", id="floor-room-guard"),
    pytest.param("gemäss Art. 3, EG 1234/2008\n", "Art. 3, EG", id="floor-article-guard"),
    pytest.param("Lot n° 12, rue des Glycines 198B\n", "Lot n° 12", id="fr-lot-guard"),
    pytest.param("vendredi 15h, place du Marché 21\n", "15h", id="fr-hour-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_LOWER_KEYED = _open(
    "keyed_births._a_name: a value in lower case is an ordinary word's ('anmeldung') -- a chat's lower-case "
    "'child: poppy smith, jul 4, 2014' leaves the birth in clear")
_SEMICOLON = _open("keyed_births: only a comma or a dash stands between the name and its date, not ';'")
_NUMBERED_STREET = _open(
    "lowercase.address_view upper-cases a word with a digit ('14th' -> '14TH'): a numbered street in lower case "
    "('220 e 14th street', '1600 nw 3rd ave') is no street of the view")

LEAKS = [
    # keyed_births -- fixed here (open at 00d0361), guards, open
    pytest.param("Children: Poppy, 04/07/2014; Leo, 12/03/2016\n", "04/07/2014", DOB, id="keyed-list-first"),
    pytest.param("Child: Poppy – Jul 4, 2014\n", "Jul 4, 2014", DOB, id="keyed-dash"),
    pytest.param("Child: Poppy, Jul 4, 2014\n", "Jul 4, 2014", DOB, id="keyed-child-guard"),
    pytest.param("Also for\tMilo Montgomery, Jun 22, 2012\n", "Jun 22, 2012", DOB, id="keyed-also-for-guard"),
    pytest.param("Begleitperson\tHeinrich Eugster, 1999-07-29\n", "1999-07-29", DOB, id="keyed-adult-guard"),
    pytest.param("Compagnon de cordée\tEustache Lanlière, 1988-03-22\n", "1988-03-22", DOB,
                 id="keyed-cordee-guard"),
    pytest.param("Child: poppy smith, jul 4, 2014\n", "jul 4, 2014", DOB, id="keyed-lower", marks=_LOWER_KEYED),
    pytest.param("Child: Poppy Smith; Jul 4, 2014\n", "Jul 4, 2014", DOB, id="keyed-semicolon", marks=_SEMICOLON),
    # field_tables' owner prefix -- guard
    pytest.param("id;candidate_surname;candidate_given_name;candidate_birth_date\n1;Meier;Anna;12 Apr 1990\n",
                 "12 Apr 1990", DOB, id="prefix-candidate-guard"),
    # address_en -- guards of the holdout's shapes after the fixes
    pytest.param("> For the tenancy at 17 Kingsway we still need the form.\n", "17 Kingsway", ADDRESS,
                 id="kingsway-at-guard"),
    pytest.param("The rent for Flat 12, 47 Kingsway will increase.\n", "47 Kingsway", ADDRESS,
                 id="kingsway-flat-guard"),
    pytest.param("Pat O.: viewing at Flat 1, 94 Kingsway moved\n", "94 Kingsway", ADDRESS, id="kingsway-moved-guard"),
    pytest.param("Guest log Q2/2026 – 22 Manor Way\n\nArrival\n", "22 Manor Way", ADDRESS, id="dash-manor-guard"),
    pytest.param("ACME TENANCY SERVICES\n410 SW OAK STREET\nPORTLAND, OR 97204-1234\n", "PORTLAND, OR 97204",
                 ADDRESS, id="caps-portland-guard"),
    pytest.param("Office: NEW YORK, NY 10001\n", "NEW YORK, NY 10001", ADDRESS, id="caps-new-york-guard"),
    pytest.param("SALT LAKE CITY, UT 84101\n", "SALT LAKE CITY", ADDRESS, id="caps-salt-lake-guard"),
    pytest.param("DELIVER TO PORTLAND, OR 97204\n", "PORTLAND, OR 97204", ADDRESS, id="caps-tail-guard"),
    # lowercase.py -- fixed here, guards, open
    pytest.param("drop off at 2210 w. maple avenue\n", "2210 w. maple avenue", ADDRESS, id="lower-compass-dot"),
    pytest.param("he lives at 12 n. main street\n", "12 n. main street", ADDRESS, id="lower-compass-dot-main"),
    pytest.param("she is at 4161 n hillcrest drive\n", "4161 n hillcrest drive", ADDRESS, id="lower-compass-guard"),
    pytest.param("abito in largo augusto 3\n", "largo augusto 3", ADDRESS, id="lower-largo-guard"),
    pytest.param("abito in contrada di sotto 5\n", "contrada di sotto 5", ADDRESS, id="lower-contrada-guard"),
    pytest.param("li portiamo noi. contrada alta 12, citofono rossi\n", "contrada alta 12", ADDRESS,
                 id="lower-contrada-sentence-guard"),
    pytest.param("ci vediamo al parcheggio di vicolo corto 14/b\n", "vicolo corto 14/b", ADDRESS,
                 id="lower-vicolo-guard"),
    pytest.param("meet me at 220 e 14th street\n", "220 e 14th street", ADDRESS, id="lower-numbered-street",
                 marks=_NUMBERED_STREET),
    pytest.param("its 1600 nw 3rd ave\n", "1600 nw 3rd ave", ADDRESS, id="lower-numbered-ave",
                 marks=_NUMBERED_STREET),
    # address_parts' floors -- fixed here (open at 00d0361), guards
    pytest.param("Lieferung: Hauptstraße 6, 1. Obergeschoß\n", "1. Obergeschoß", ADDRESS, id="floor-sharp-s"),
    pytest.param("Lieferung: Hauptstraße 6, Untergeschoss\n", "Untergeschoss", ADDRESS, id="floor-basement"),
    pytest.param("| Übergabe | Freitag – Lindenstraße 41b, EG |\n", "EG", ADDRESS, id="floor-eg-guard"),
    # address_en's French numbers -- guards
    pytest.param("Cabinet, 10 chemin des Vignes, 0033 4 80 47 08 84\n", "10 chemin des Vignes", ADDRESS,
                 id="fr-phone-after-guard"),
    pytest.param("Tél. 079 588 94 40, chemin du Levant 12, 1005 Lausanne\n", "chemin du Levant 12", ADDRESS,
                 id="fr-phone-before-guard"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str | None) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# The new rules' shapes repeated n and 4n times: the regex engine's positions stay proportional (measured: 3.4x-4.1x).
SHAPES = [
    pytest.param("", "Child: Poppy Smith, Jul 4, 2014\n", "", id="keyed-lines"),
    pytest.param("", "Child: Poppy Smith, Jul 4, 2014; ", "", id="keyed-one-line"),
    pytest.param("", "Daughter: Piano Recital, May 4, 2015\n", "", id="keyed-events"),
    pytest.param("", "Spouse: Mark Jones – Jun 3, 2025\n", "", id="keyed-adults"),
    pytest.param("", "We saw 3 Broadway shows ", "", id="one-word-counts"),
    pytest.param("", "Flat 1, 94 Kingsway moved ", "", id="one-word-flats"),
    pytest.param("", "ERROR, ID 83702 ", "", id="caps-codes"),
    pytest.param("", "DELIVER TO NEW YORK, NY 10001\n", "", id="caps-towns"),
    pytest.param("", "product_id;product_name;product_price;", "\n1;a;2\n", id="prefix-header"),
    pytest.param("", "Menu – 3 Course View\n", "", id="dash-titles"),
    pytest.param("", "è largo circa 3 metri ", "", id="lower-largo"),
    pytest.param("", "at 2210 w. maple avenue ", "", id="lower-compass"),
    pytest.param("", "Hauptstraße 6, 1. Obergeschoß ", "", id="floors"),
]


@pytest.mark.parametrize(("head", "unit", "tail"), SHAPES)
def test_new_rules_scan_linearly(anonymizer: Anonymizer, head: str, unit: str, tail: str) -> None:
    small = engine_work(anonymizer, head + unit * 100 + tail)
    large = engine_work(anonymizer, head + unit * 400 + tail)
    assert 0 < large <= 4.6 * small
