"""Review of session 34's address changes (156d47d..169a621; src/tarnkappe/privacy): address._street_line_above (a
postcode line after a column's gap only where the street above starts at its column), address._FR_DATE_NAME ('rue
du 8 Mai 1945'), address._QUALIFIER ('Dr.-', 'Prof.-', 'St.' before a street), address_en._recipient/_lines_before
(a person's name line above a numbered street is no part of the address) and _STREET's '(?<!\\d:\\d)',
address_en._italian_clause (a lower-case 'via <Name> <number>' in an aside) and anonymizer._BELL_AFTER (a lower-case
address stops before ', buzzer/bell/klingel/sonner/citofono').  Read as an attacker and as the user whose data it
is; every name, number and address is invented.

Each case was checked at 169a621 and at 156d47d (pytest --runxfail with PYTHONPATH=<tree>/src).  REGRESSION: the
case passed at 156d47d; open: it failed there too.

Leaks: 18 REGRESSIONS, most serious first --
- anonymizer._BELL_AFTER cuts a lower-case address at the first ', klingel|sonner|citofono|bell…' whether or not a
  postcode and town follow (the comment says 'no town', nothing checks it): 'hauptstrasse 5, klingel meier, 8001
  zürich' leaves the bell's surname and '8001 zürich' in clear, so 'sonner chez dupont, 75011 paris', 'citofono
  rossi, 20121 milano'; and a place that starts with 'Bell' ('bell green, london se6 4ab', 'bell busk, skipton bd23
  4dt', 'bell court, leeds ls6 2ab') loses the rest of the address.
- address_en._STREET's '(?<!\\d:\\d)' took away the only detector that covered a name after a time's two spaces:
  'Schedule:\\n21:30  June Green\\n22:00  Eric Brooks', '09:15  June Green, 12 Oak Street, …' leave 'June Green' in
  clear (no person detector reads it there; it was masked as part of '30  June Green').
- address._street_line_above asks that the street start at the postcode's column: a street after a label or a name
  on its line ('Adresse: Kirchgasse 84      Tel. …', 'Hans Muster, Kirchgasse 84      Datum …', 'c/o Meier, …',
  'Mieter: …', 'Domicile : 12 rue …', 'Indirizzo: Via Pioda 17 …') or one that starts on a line further up ('12 rue
  du Faubourg\\nSaint-Honoré      Date …', '13,\\nrue Victor Hugo      Date …') no longer lets the postcode line of
  pdftotext's two columns count: '6430 Schwyz', '75008 Paris', '6900 Lugano' in clear.
Over-masking: 24 REGRESSIONS --
- address._FR_DATE_NAME reads any date after any French type word as a street's name, a lower-case month too, and
  the year after it as the house number: 'Le passage du 1er janvier 2024 a été difficile', 'la route du 8 mai
  2024', 'la montée du 3 mars 2024', 'Il reste 1 place du 14 juillet au 20 juillet', 'Place du 14 Juillet 2024 à
  18h'; its '(?<!ours[ ])' reads one space only ('au cours  du 25 août 2024', 'au cours\\ndu 25 août 2024').
- address_en._italian_clause takes any listed town or name (not only Italian ones) and, among '_ITALIAN_AROUND'
  words that French and English use too ('la', 'le', 'per'), any unknown word: '(via Bern 3, then Geneva)', ',
  via Milano 2, then drive', '(via Lausanne 2, puis Berne)', '(via Slack 2, then email)', '(via Jenkins 2, …)',
  '(via Opera 2, …)', '(via Python 3, with pip)', '(via Postgres 16, per the runbook)', '(via Ansible 9, le
  soir)'.
- address._QUALIFIER's 'Dr.'/'Prof.' also lets de_field_lettered take a surname that is a field's word and a class
  or room after it ('Sprechstunde bei Dr. Wald 2a', 'Prof. Holz 3b unterrichtet', 'Klassenlehrer: Dr. Berg 7a, Dr.
  Horn 8b'): the person becomes an address, the class is masked; and _bare_street_above now adds a label before a
  two-column street ('Wohnadresse Kirchgasse 84').
20 open (so at 156d47d too): hyphenated French date streets ('rue du 11-Novembre-1918', 'avenue du 8-Mai-1945',
'Rue du 1er-Mars 12'), capitals ('7 RUE DU 8 MAI 1945'); Italian date streets ('Corso 22 Marzo 5', 'Largo 8 Marzo
2', 'Via 4 Novembre 12'); an aside's street at the text's end, before ';' or ' - ' (_CLAUSE_AFTER); titles other
than Dr/Prof ('Bgm.-', 'Dr.-Ing.-'); a postcode line indented under a two-column street (_street_line_above reads
'above' from the postcode's own line); a table's last address cell takes the next row's number and name over the
line break; '(via Python 3)', '(via Slack 2, Teams 1)', an itinerary's 'via Milano 2, Roma 3'; a lower-case
recipient, an upper-case 'CO 80206'.
50 guards of the new behaviour (and of what it must not touch).  Work: every new rule scans linearly (100 KB and
200 KB of each shape once: 2.00x the engine's positions, 1.8x-2.2x the time; 15 tests below, no timing).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON, ADDRESS = EntityType.PERSON, EntityType.ADDRESS
ANY = None  # a secret any entity may cover (a name the change moved from ADDRESS to PERSON)


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _kept = review_marks("156d47d..169a621", "156d47d")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_FR_DATE_PROSE = _over(
    "address._FR_DATE_NAME: any date after any French type word ('passage', 'route', 'montée', 'place') is a "
    "street's name, a lower-case month too, and the year after it ('2024') is read as the house number "
    "(_FR_NUMBER_FIRST, fr_type, address_en._LOWER_TYPE) -- prose's dates become addresses")
_FR_COURS_GAP = _over(
    "address._FR_DATE_NAME's '(?<!ours[ ])' reads exactly one space: 'cours' and 'du' two spaces or a line apart "
    "make 'cours du 25 août 2024' a street")
_IT_CLAUSE_TOWN = _over(
    "address_en._italian_clause -> _italian_name: any listed town ('Bern', 'Luzern', 'Lausanne', 'Milano') is an "
    "Italian street's name after '(' or ', ' -- a journey's 'via <town> <n>' becomes an address")
_IT_CLAUSE_NAME = _over(
    "address_en._italian_clause -> _italian_name: any listed name ('Slack', 'Jenkins', 'Python') or a word Italian "
    "uses most ('Opera') makes '(via <tool> <version>, …)' a street, English around it or not")
_IT_CLAUSE_AROUND = _over(
    "address_en._ITALIAN_AROUND holds 'per', 'la', 'le', words English and French use: an unknown tool's name "
    "('Postgres', 'Ansible') in '(via <tool> <n>, …)' is taken for an Italian street")
_DR_FIELD = _over(
    "address._QUALIFIER's new 'Dr.'/'Prof.' counts as a qualifier in de_field_lettered's guard: a surname that is a "
    "field's or hill's word ('Wald', 'Holz', 'Berg') and a class or room ('2a', '3b') become 'Dr. Wald 2a', an address")
_BARE_LABEL = _over(
    "address._street_line_above refuses a street after a label on its line, and _bare_street_above's fallback then "
    "adds the whole first column: the label 'Wohnadresse' is masked with the street")
_TABLE_ROW = _open(
    "address._CITY: an address cell that ends its line takes the next row's number and name over the line break as "
    "a postcode and town ('Bahnhofstrasse 12\\n08206  Dawit Habte'); session 34 fixed only the column-gap case")
_VIA_TOOL = _open(
    "address_en._italian_cell/_italian_name: '(via Python 3)' is a cell and 'Python' a listed name; ', Teams 1' is "
    "TOWN_ONLY with a district's number")
_VIA_ITINERARY = _open(
    "address_en: ', Roma' after 'via Milano 2' is TOWN_ONLY, so an itinerary's 'via Milano 2, Roma 3' was an "
    "address before session 34 too")

OVER = [
    # address._FR_DATE_NAME -- REGRESSIONS and guards
    pytest.param("Le passage du 1er janvier 2024 a été difficile.\n", "passage du 1er janvier 2024",
                 id="fr-passage-new-year"),
    pytest.param("Lors du passage du 31 décembre 2023, 12 personnes étaient là.\n", "31 décembre 2023",
                 id="fr-passage-eve"),
    pytest.param("La route du 8 mai 2024 était fermée.\n", "route du 8 mai 2024", id="fr-route-lower"),
    pytest.param("Lors de la montée du 3 mars 2024, 12 alpinistes ont renoncé.\n", "montée du 3 mars 2024",
                 id="fr-montee"),
    pytest.param("Il reste 1 place du 14 juillet au 20 juillet.\n", "1 place du 14 juillet", id="fr-one-seat",
                 marks=_FR_DATE_PROSE),
    pytest.param("Rendez-vous Place du 14 Juillet 2024 à 18h.\n", "14 Juillet 2024", id="fr-place-year-2024"),
    pytest.param("au cours  du 25 août 2024, 12 personnes\n", "25 août 2024", id="fr-cours-two-spaces"),
    pytest.param("Il a été blessé au cours\ndu 25 août 2024, 12 personnes aussi.\n", "25 août 2024",
                 id="fr-cours-line-break"),
    pytest.param("Au cours du 11 novembre 1918, la paix revint.\n", "11 novembre 1918", id="fr-cours-guard"),
    pytest.param("Le Cours du 25 Août 1944, 12 pages\n", "25 Août 1944", id="fr-cours-capital-guard"),
    pytest.param("La cérémonie du 8 mai 1945 aura lieu à 10h.\n", "8 mai 1945", id="fr-ceremony-guard"),
    pytest.param("Il a suivi 3 cours du 8 mai au 12 juin.\n", "3 cours du 8 mai", id="fr-three-courses-guard"),
    # address_en._italian_clause -- REGRESSIONS and guards
    pytest.param("We took the train to Lyon (via Bern 3, then Geneva).\n", "via Bern 3", id="it-bern-aside"),
    pytest.param("Route: Zurich, via Bern 3, then Geneva.\n", "via Bern 3", id="it-bern-comma"),
    pytest.param("Day 2: Basel, via Luzern 4, then Lugano by train.\n", "via Luzern 4", id="it-luzern"),
    pytest.param("We fly to Rome, via Milano 2, then drive.\n", "via Milano 2", id="it-milano-then"),
    pytest.param("Nous passons par Genève (via Lausanne 2, puis Berne).\n", "via Lausanne 2", id="it-lausanne"),
    pytest.param("Messages arrive (via Slack 2, then email).\n", "via Slack 2", id="it-slack"),
    pytest.param("Builds run (via Jenkins 2, then Argo).\n", "via Jenkins 2", id="it-jenkins"),
    pytest.param("We synced (via Opera 2, then Chrome).\n", "via Opera 2", id="it-opera"),
    pytest.param("Upgrade (via Python 3, with pip).\n", "via Python 3", id="it-python-comma"),
    pytest.param("The upgrade went fine (via Postgres 16, per the runbook).\n", "via Postgres 16",
                 id="it-postgres-per"),
    pytest.param("Mise à jour de la base (via Postgres 16, sans coupure).\n", "via Postgres 16",
                 id="it-postgres-french"),
    pytest.param("Le serveur est mis à jour (via Ansible 9, le soir).\n", "via Ansible 9", id="it-ansible-french"),
    pytest.param("The upgrade went fine (via Postgres 16, no downtime).\n", "via Postgres 16",
                 id="it-postgres-guard"),
    pytest.param("Call (via Zoom 5, then Teams).\n", "via Zoom 5", id="it-zoom-guard"),
    pytest.param("Sent (via Windows 11, then Linux).\n", "via Windows 11", id="it-windows-guard"),
    pytest.param("Builds run (via Django 4, per the docs).\n", "via Django 4", id="it-django-guard"),
    pytest.param("Upgrade done (via Python 3)\n", "via Python 3", id="it-python-paren", marks=_VIA_TOOL),
    pytest.param("Messages arrive (via Slack 2, Teams 1).\n", "via Slack 2", id="it-slack-teams", marks=_VIA_TOOL),
    pytest.param("Tour: Zurich, via Milano 2, Roma 3, Napoli 2 nights\n", "via Milano 2", id="it-itinerary",
                 marks=_VIA_ITINERARY),
    # address._QUALIFIER's titles -- REGRESSIONS and guards
    pytest.param("Sprechstunde bei Dr. Wald 2a im Erdgeschoss\n", "2a", id="dr-wald-room"),
    pytest.param("Prof. Holz 3b unterrichtet Mathematik.\n", "3b", id="prof-holz-class"),
    pytest.param("Klassenlehrer: Dr. Berg 7a, Dr. Horn 8b\n", "7a", id="dr-berg-class"),
    pytest.param("Dr. Müller, 3 Patienten heute\n", "3 Patienten", id="dr-patients-guard"),
    pytest.param("St. Gallen 9000 Teilnehmer\n", "9000 Teilnehmer", id="st-gallen-count-guard"),
    # address._street_line_above -- REGRESSION, open and guards
    pytest.param("Wohnadresse Kirchgasse 84      Datum 20.02.2026\n6430 Schwyz         Rechnung Nr. 4411\n",
                 "Wohnadresse", id="pdf-label-column"),
    pytest.param("Eva Keller     02.03.81    Bahnhofstrasse 12      Zürich\n"
                 "08206  Dawit Habte    01.08.83    Seeweg 3      Bern\n", "08206", id="table-row-gap-guard"),
    pytest.param("Nr.    Name           Geb.        Adresse\n08205  Eva Keller     02.03.81    Bahnhofstrasse 12\n"
                 "08206  Dawit Habte    01.08.83    Seeweg 3\n", "08206", id="table-row-line-end", marks=_TABLE_ROW),
    # address_en._STREET after a time -- guard
    pytest.param("Psalm 23:4 Main Street Church\n", "23:4 Main Street", id="time-minutes-guard",
                 marks=_open("address_en._STREET starts at a time's minutes (or a verse's) as at 156d47d: the "
                             "look-behind that stopped it was taken back -- the span it dropped covered a name after "
                             "a time's gap ('21:30  June Green'), which no person rule masks")),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_BELL_TOWN = _lost(
    "anonymizer._BELL_AFTER ends a lower-case address at ', klingel|sonner|citofono|bell…' without asking whether a "
    "postcode and town follow: the bell's name and the postcode and town after it are in clear")
_BELL_PLACE = _lost(
    "anonymizer._BELL_AFTER's 'bell' is also a place's first word ('Bell Green', 'Bell Busk', 'Bell Court'): the "
    "lower-case address stops before it and its town and postcode are in clear")
_TIME_NAME = _lost(
    "address_en._STREET's '(?<!\\d:\\d)' dropped the span that covered a name after a time's two spaces ('30  June "
    "Green'); no person detector reads 'June Green' in a rota's or a visit log's line")
_COLUMN_LABEL = _lost(
    "address._street_line_above asks that the street start at the postcode's column (+-2): a label or a name before "
    "the street on its line ('Adresse: ', 'Hans Muster, ', 'c/o Meier, ') leaves pdftotext's postcode line in clear")
_COLUMN_WRAP = _lost(
    "address._street_line_above: a street that starts on a line further up ('12 rue du Faubourg\\nSaint-Honoré', "
    "'13,\\nrue Victor Hugo') has a negative column, so the postcode line under it is in clear")
_FR_HYPHEN = _open(
    "address._FR_DATE_NAME: only white space between day, month and year -- the official hyphenated 'rue du "
    "11-Novembre-1918', 'avenue du 8-Mai-1945', 'Rue du 1er-Mars' are no street")
_FR_CAPS = _open("address._FR_DATE_NAME: 'DU' and the month in capitals ('7 RUE DU 8 MAI 1945') are not read")
_IT_DATE = _open(
    "address._IT_NAME: its first word must be capitalised -- an Italian street named after a date ('Corso 22 "
    "Marzo', 'Largo 8 Marzo', 'Via 4 Novembre') is none (the Italian counterpart of _FR_DATE_NAME is missing)")
_IT_CLAUSE_END = _open(
    "address_en._CLAUSE_AFTER: no end of text, no ';' and no ' - ': the aside's street leaks where its sentence or "
    "the text ends ('Gruppo condominio via Cantonale 75', the session's own example, without a line break)")
_TITLES = _open(
    "address._QUALIFIER: only 'Dr.', 'Prof.', 'St.': 'Bgm.-', 'Ing.-' and a second title ('Dr.-Ing.-') stay in clear")
_INDENTED_PC = _open(
    "address._street_line_above computes 'above' from start - 1: under an indented postcode that is the postcode's own "
    "line, so a two-column street never counts for an indented postcode line ('Absender: Kirchgasse 84 …' over "
    "'          6430 Schwyz …')")
_LOWER_RECIPIENT = _open("persons: a lower-case recipient line over a lower-case street ('june green') is no person")

LEAKS = [
    # anonymizer._BELL_AFTER -- REGRESSIONS and guards
    pytest.param("neue adresse: hauptstrasse 5, klingel meier, 8001 zürich\n", "8001 zürich", ADDRESS,
                 id="bell-klingel-town"),
    pytest.param("wir wohnen jetzt hauptstrasse 5, klingel meier, 8001 zürich\n", "meier", ANY,
                 id="bell-klingel-name"),
    pytest.param("on est au 12 rue des lilas, sonner chez dupont, 75011 paris\n", "75011 paris", ADDRESS,
                 id="bell-sonner-town"),
    pytest.param("siamo in via roma 3, citofono rossi, 20121 milano\n", "20121 milano", ADDRESS,
                 id="bell-citofono-town"),
    pytest.param("new address: 12 station road, bell green, london se6 4ab\n", "london se6 4ab", ADDRESS,
                 id="bell-green-place"),
    pytest.param("new address: 12 station road, bell busk, skipton bd23 4dt\n", "skipton bd23 4dt", ADDRESS,
                 id="bell-busk-place"),
    pytest.param("she lives at 26 elm grove, bell court, leeds ls6 2ab\n", "leeds ls6 2ab", ADDRESS,
                 id="bell-court-place"),
    pytest.param("26 elm grove, buzzer says gonçalves\n", "26 elm grove", ADDRESS, id="bell-buzzer-street-guard"),
    pytest.param("26 elm grove, buzzer says gonçalves\n", "gonçalves", ANY, id="bell-buzzer-name-guard"),
    pytest.param("26 elm grove, leeds ls6 2ab, buzzer says huang\n", "leeds ls6 2ab", ADDRESS,
                 id="bell-after-town-guard"),
    pytest.param("neue adresse: kirchweg 3, klingel 2x, 3000 bern\n", "3000 bern", ADDRESS, id="bell-2x-guard"),
    pytest.param("address: 26 elm grove, bell says ahmed, leeds ls6 2ab\n", "leeds ls6 2ab", ADDRESS,
                 id="bell-address-key-guard"),
    # address_en._STREET's time look-behind -- REGRESSIONS and guards
    pytest.param("Schedule:\n21:30  June Green\n22:00  Eric Brooks\n", "June Green", ANY, id="time-rota-name"),
    pytest.param("Visits:\n09:15  June Green, 12 Oak Street, Springfield, IL 62704\n", "June Green", ANY,
                 id="time-visit-name"),
    pytest.param("21:30  June Green\n12 Oak Street\n", "June Green", ANY, id="time-name-street"),
    pytest.param("Arrived 21:30  June Green\n", "June Green", ANY, id="time-name-guard"),
    pytest.param("at 9:30 14 Mill Lane, Leeds LS6 2AB\n", "14 Mill Lane, Leeds LS6 2AB", ADDRESS,
                 id="time-then-street-guard"),
    # address_en._recipient / _lines_before -- guards (the name left the address: still masked) and open
    pytest.param("Eric Brooks\n9247 Cedar Lane\nDenver, CO 80206\n", "Eric Brooks", PERSON, id="recipient-person"),
    pytest.param("Eric Brooks\n9247 Cedar Lane\nDenver, CO 80206\n", "9247 Cedar Lane\nDenver, CO 80206", ADDRESS,
                 id="recipient-address"),
    pytest.param("Ship to:\nEric Brooks\n9247 Cedar Lane\nApt 4\nDenver, CO 80206\n", "Eric Brooks", PERSON,
                 id="recipient-ship-to"),
    pytest.param("To: Eric Brooks, 9247 Cedar Lane, Denver, CO 80206\n", "Eric Brooks", PERSON,
                 id="recipient-one-line"),
    pytest.param("Recipient:\nJune Green\n12 Oak Street\nSpringfield, IL 62704\n", "June Green", PERSON,
                 id="recipient-june-green"),
    pytest.param("Autumn Meadows\n12 Oak St\nDallas, TX 75201\n", "Autumn Meadows", ANY, id="recipient-meadows"),
    pytest.param("Holly Lodge\n12 Church Road\nLondon SW19 5AE\n", "Holly Lodge", ANY, id="house-name-guard"),
    pytest.param("Eric Brooks\nFlat 3\n9 Cedar Lane\nLeeds LS6 2AB\n", "Eric Brooks\nFlat 3", ANY,
                 id="recipient-over-unit-guard"),
    pytest.param("june green\n12 oak street\nspringfield, il 62704\n", "june green", ANY, id="recipient-lower",
                 marks=_LOWER_RECIPIENT),
    pytest.param("ERIC BROOKS\n9247 CEDAR LANE\nDENVER, CO 80206\n", "CO 80206", ADDRESS, id="recipient-caps"),
    # address._street_line_above -- REGRESSIONS, open and guards
    pytest.param("Adresse: Kirchgasse 84      Tel. 041 811 22 33\n6430 Schwyz                 Fax 041 811 22 34\n",
                 "6430 Schwyz", ADDRESS, id="pdf-label-adresse"),
    pytest.param("Hans Muster, Kirchgasse 84      Datum 20.02.2026\n6430 Schwyz         Rechnung Nr. 4411\n",
                 "6430 Schwyz", ADDRESS, id="pdf-name-before"),
    pytest.param("c/o Meier, Kirchgasse 84      Datum 20.02.2026\n6430 Schwyz         Rechnung Nr. 4411\n",
                 "6430 Schwyz", ADDRESS, id="pdf-care-of"),
    pytest.param("Mieter: Kirchgasse 84      Vertrag Nr. 4411\n6430 Schwyz         gültig ab 01.03.2026\n",
                 "6430 Schwyz", ADDRESS, id="pdf-mieter"),
    pytest.param("Domicile : 12 rue des Lilas      Date : 12.03.2024\n75011 Paris         Facture 118\n",
                 "75011 Paris", ADDRESS, id="pdf-domicile"),
    pytest.param("Indirizzo: Via Pioda 17      Data 12.03.2024\n6900 Lugano         Fattura 118\n", "6900 Lugano",
                 ADDRESS, id="pdf-indirizzo"),
    pytest.param("Madame Claire Rochat\n12 rue du Faubourg\nSaint-Honoré      Date 12.03.2024\n"
                 "75008 Paris         Facture 2024-118\n", "75008 Paris", ADDRESS, id="pdf-wrapped-street"),
    pytest.param("Madame Claire Rochat\n13,\nrue Victor Hugo      Date 12.03.2024\n69003 Lyon         Facture 118\n",
                 "69003 Lyon", ADDRESS, id="pdf-wrapped-number"),
    pytest.param("Absender: Kirchgasse 84      Datum 20.02.2026\n          6430 Schwyz         Rechnung Nr. 4411\n",
                 "6430 Schwyz", ADDRESS, id="pdf-indented-postcode", marks=_INDENTED_PC),
    pytest.param("Herr Hans Muster\nKirchgasse 84      Datum 20.02.2026\n6430 Schwyz         Rechnung Nr. 4411\n",
                 "6430 Schwyz", ADDRESS, id="pdf-columns-guard"),
    pytest.param("Herr Hans Muster\r\nKirchgasse 84      Datum 20.02.2026\r\n6430 Schwyz         Rechnung\r\n",
                 "6430 Schwyz", ADDRESS, id="pdf-crlf-guard"),
    pytest.param("> Kirchgasse 84      Datum 20.02.2026\n> 6430 Schwyz         Rechnung Nr. 4411\n", "6430 Schwyz",
                 ADDRESS, id="pdf-quoted-guard"),
    pytest.param("Obere Zäune 85      Datum 20.02.2026\n8001 Zürich         Rechnung 4411\n", "8001 Zürich", ADDRESS,
                 id="pdf-qualified-guard"),
    pytest.param("Frau Anna Meier\nDr.-Karl-Renner-Straße 23      Datum 20.02.2026\n1100 Wien         Rechnung 4411\n",
                 "Dr.-Karl-Renner-Straße 23", ADDRESS, id="pdf-title-street-guard"),
    pytest.param("Frau Anna Meier      Rechnung\nKirchgasse 84        Nr. 4411\n"
                 "6430 Schwyz          Datum 20.02.2026\n", "6430 Schwyz", ADDRESS, id="pdf-three-lines-guard"),
    # address._FR_DATE_NAME -- guards and open
    pytest.param("Dernière adresse connue:  74, rue du 8 Mai 1945, 69007 Lyon\n", "74, rue du 8 Mai 1945, 69007 Lyon",
                 ADDRESS, id="fr-8-mai-guard"),
    pytest.param("Elle vit au 74 rue du 8 Mai 1945.\n", "74 rue du 8 Mai 1945", ADDRESS, id="fr-vit-au-guard"),
    pytest.param("12 boulevard du 1er Mai, 69007 Lyon\n", "12 boulevard du 1er Mai", ADDRESS, id="fr-1er-mai-guard"),
    pytest.param("Avenue du 1er Mars 12, 2000 Neuchâtel\n", "Avenue du 1er Mars 12", ADDRESS, id="fr-1er-mars-guard"),
    pytest.param("74, rue du 8 Mai 1945\n69007 Lyon\n", "74, rue du 8 Mai 1945", ADDRESS, id="fr-two-lines-guard"),
    pytest.param("J'habite 12, rue du 11-Novembre-1918, 38000 Grenoble.\n", "rue du 11-Novembre-1918", ADDRESS,
                 id="fr-hyphen-novembre", marks=_FR_HYPHEN),
    pytest.param("12 avenue du 8-Mai-1945\n69007 Lyon\n", "12 avenue du 8-Mai-1945", ADDRESS, id="fr-hyphen-mai",
                 marks=_FR_HYPHEN),
    pytest.param("Rue du 1er-Mars 12, 2000 Neuchâtel\n", "Rue du 1er-Mars 12", ADDRESS, id="fr-hyphen-mars",
                 marks=_FR_HYPHEN),
    pytest.param("7 RUE DU 8 MAI 1945\n69007 LYON\n", "7 RUE DU 8 MAI 1945", ADDRESS, id="fr-caps", marks=_FR_CAPS),
    # address._QUALIFIER's titles -- guards and open
    pytest.param("Dr.-Karl-Renner-Straße 23/Stiege 2/Tür 15, 1100 Wien\n",
                 "Dr.-Karl-Renner-Straße 23/Stiege 2/Tür 15, 1100 Wien", ADDRESS, id="dr-renner-guard"),
    pytest.param("Dr.-Martin-Luther-King-Str. 5, 53175 Bonn\n", "Dr.-Martin-Luther-King-Str. 5", ADDRESS,
                 id="dr-mlk-guard"),
    pytest.param("Prof.-Kneißl-Gasse 2, 6020 Innsbruck\n", "Prof.-Kneißl-Gasse 2", ADDRESS, id="prof-gasse-guard"),
    pytest.param("St.-Josef-Platz 3, 5020 Salzburg\n", "St.-Josef-Platz 3", ADDRESS, id="st-hyphen-guard"),
    pytest.param("Sankt-Josef-Platz 3, 5020 Salzburg\n", "Sankt-Josef-Platz 3", ADDRESS, id="sankt-hyphen-guard"),
    pytest.param("St.Gallerstrasse 5, 9000 St. Gallen\n", "St.Gallerstrasse 5", ADDRESS, id="st-no-space-guard"),
    pytest.param("Bgm.-Smetana-Straße 5, 4020 Linz\n", "Bgm.-Smetana-Straße 5", ADDRESS, id="bgm-title",
                 marks=_TITLES),
    pytest.param("Dr.-Ing.-Müller-Weg 5, 80331 München\n", "Dr.-Ing.-Müller-Weg 5", ADDRESS, id="two-titles",
                 marks=_TITLES),
    # address_en._italian_clause -- guards and open
    pytest.param("la nonna, Martina Mariani, via Pioda 17, tel. 091 123 45 67\n", "via Pioda 17", ADDRESS,
                 id="it-nonna-guard"),
    pytest.param("proprietario dell'immobile di via San Gottardo 112, presento reclamo\n", "via San Gottardo 112",
                 ADDRESS, id="it-immobile-guard"),
    pytest.param("Gruppo condominio via Cantonale 75\n", "via Cantonale 75", ADDRESS, id="it-condominio-guard"),
    pytest.param("(via Bellinzona 32, 077 915 25 95)\n", "via Bellinzona 32", ADDRESS, id="it-aside-phone-guard",
                 marks=_kept("address_en._italian_clause asks for Italian words around every aside's street now "
                             "(the review's '(via Bern 3, then Geneva)', '(via Slack 2, …)'); an aside with a phone "
                             "alone has none")),
    pytest.param("la nonna, Martina Mariani, via XX Settembre 12, tel. 010 123 45 67\n", "via XX Settembre 12",
                 ADDRESS, id="it-xx-settembre-guard"),
    pytest.param("Gruppo condominio via Cantonale 75", "via Cantonale 75", ADDRESS, id="it-condominio-text-end"),
    pytest.param("la nonna, Martina Mariani, via Pioda 17", "via Pioda 17", ADDRESS, id="it-nonna-text-end"),
    pytest.param("il proprietario di via Pioda 17; presento reclamo\n", "via Pioda 17", ADDRESS,
                 id="it-semicolon"),
    pytest.param("(via Pioda 17 - tel. 091 123 45 67)\n", "via Pioda 17", ADDRESS, id="it-dash"),
    pytest.param("Corso 22 Marzo 5, 20135 Milano\n", "Corso 22 Marzo 5", ADDRESS, id="it-corso-22-marzo",
                 marks=_IT_DATE),
    pytest.param("Largo 8 Marzo 2, 20100 Milano\n", "Largo 8 Marzo 2", ADDRESS, id="it-largo-8-marzo",
                 marks=_IT_DATE),
    pytest.param("Via 4 Novembre 12, 6900 Lugano\n", "Via 4 Novembre 12", ADDRESS, id="it-via-4-novembre",
                 marks=_IT_DATE),
    pytest.param("Piazza IV Novembre 3, 06123 Perugia\n", "Piazza IV Novembre 3", ADDRESS, id="it-roman-guard"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str | None) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# The new rules' shapes repeated n and 4n times: the regex engine's positions stay proportional.  (Measured once
# at 100 KB and 200 KB: every shape 2.00x the positions, 1.8x-2.2x the time.)
SHAPES = [
    pytest.param("", "Kirchgasse 84      Datum 20.02.2026\n6430 Schwyz         Rechnung Nr. 4411\n", "",
                 id="pdf-two-columns"),
    pytest.param("Kirchgasse 84\n", "6430 Schwyz         Rechnung\n", "", id="postcode-gap-lines"),
    pytest.param("", "Hans Muster, Kirchgasse 84      Datum\n6430 Schwyz         R\n", "", id="pdf-misaligned"),
    pytest.param("", "12 rue du 8 Mai 1945, ", "", id="fr-date-streets"),
    pytest.param("rue ", "du 8 Mai ", "12", id="fr-date-run"),
    pytest.param("", "(via Pioda 17, la nonna) ", "", id="it-asides"),
    pytest.param("", "via A 1, ", "", id="it-via-a-run"),
    pytest.param("", "Eric Brooks\n9247 Cedar Lane\nDenver, CO 80206\n", "", id="recipients"),
    pytest.param("", "Eric Brooks Hill\n", "9247 Cedar Lane\nDenver, CO 80206\n", id="recipient-like-lines"),
    pytest.param("", "hauptstrasse 5, klingel meier, 8001 zürich\n", "", id="bell-lines"),
    pytest.param("", "Dr. Berg 7a, ", "", id="dr-field"),
    pytest.param("", "21:30  June Green\n", "", id="time-names"),
]


@pytest.mark.parametrize(("head", "unit", "tail"), SHAPES)
def test_new_rules_scan_linearly(anonymizer: Anonymizer, head: str, unit: str, tail: str) -> None:
    small = engine_work(anonymizer, head + unit * 100 + tail)
    large = engine_work(anonymizer, head + unit * 400 + tail)
    assert 0 < large <= 4.6 * small


@pytest.mark.parametrize("shape", [
    "Eric Brooks\n9247 Cedar Lane\nDenver, CO 80206\n",
    "la nonna, Martina Mariani, via Pioda 17, tel. 091 123 45 67\n",
    pytest.param("(via Bern 3, then Geneva) ", id="via-bern", marks=_kept(
        "no street now (see it-bern-aside), its words are the name model's: a step at the model's ask budget between "
        "50 and 200 repetitions (7.2 -> 11.0 look-ups per repetition), linear past it (9.8 at 800, 9.6 at 1,600)")),
])
def test_new_rules_look_up_names_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch,
                                          shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)
