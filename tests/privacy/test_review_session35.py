"""Review of session 35's units, keys, layouts, dates and addresses (0a805fa..5bd36ae; src/tarnkappe/privacy, without
person_titles, person_kin, person_chat_cues, person_slashes and person_particles, which another review reads):
person_units (new: households after a flat's label), field_keys' PLATE_KEYS and party keys ('tenants', …),
chat_layouts' YAML rule, person_columns' lower-case cells, person_cues.STOP's possessives, person_dates._life_of
(lifespans after 'Name / '), address_parts' '/bis', address_en's civico/cues/cell ends, lowercase's 'st'/'ave'/'dr'
types, anonymizer._lower_street_end, address's blank line and French number-first rules, field_keys' birth keys,
phone_cued's spaced dates and field_tables' padded header.  Read as an attacker and as the user whose data it is;
every name, number and address is invented.

Each case was checked at 5bd36ae and at 0a805fa (pytest --runxfail with PYTHONPATH=<tree>/src).  REGRESSION: the
case passed at 0a805fa; open: it failed there too.

Work: 1 REGRESSION, the most serious finding -- person_dates._life_of looks for a term's word from
``text.rfind('\\n', name_start - 120, name_start) + 1``: where no line break lies in those 120 characters rfind
gives -1, so the line 'starts' at 0 and PERIOD_WORD and _TERM_INSIDE are searched from the text's start for every
name followed by ' / <date> – <date>': 'Anna Quist / 11/03/1960 – 26/03/2024 ' * n with no line break is quadratic
(100 KB: 42 s, 200 KB: 154 s, engine positions x3.96; 0a805fa: linear, 0.13 s at 37 KB against 4.7 s).  Fix: line
= max(lo, text.rfind('\\n', lo, name_start) + 1).  The same slip is a leak: a term's word on any line above
('Standard terms apply.\\n' over a long line) refuses the plaque's lifespan.  Every other new rule scans linearly
(100 KB and 200 KB of each shape: 2.00x the positions, 1.5x-2.7x the time).

Over-masking: 31 REGRESSIONS, most serious first --
- person_units reads 'TOP n:' -- the German agenda's Tagesordnungspunkt -- as a flat's 'Top 3': every agenda item
  that is a rare compound becomes a PERSON ('TOP 3: Kassenbericht', 'TOP 4: Jahresprogramm', 'TOP 5:
  Mitgliederbeiträge', 'TOP 2: Statutenrevision'); so a ranking's 'Top 3: … / Memento'.
- person_units._name_piece uses name_word for every case although its docstring promises the stricter owner_word in
  lower case and capitals: a repair list's '- flat 3: boiler', 'leak', 'kitchen door', 'plumber', 'landlord',
  'monday', 'holiday', '- whg 2: schimmel', '- 1er étage : fuite' are households (the rule alone took 113 of 202
  common English words after '- flat 3: ').
- PLATE_KEYS' 'plate' is a dish's and 'nameplate' a machine's: '"plate": "Risotto"', 'plate: Carbonara /
  Bolognese', 'nameplate: Siemens / ABB', '"nameplate": "Grundfos"' become persons.
- person_dates._life_of: any span of 16+ years after 'Name / ' is a life unless PERIOD_WORD or 'vertrag|miet|
  contrat|abo' is on the line: a term of office, a membership, a tenancy in English or French ('Präsident:',
  'Mitglied', 'Tenancy:', 'Locataire') has its start date masked as a DOB.
- lowercase._STREET_NUMBER's new '(?:st|ave|rd|blvd|dr)' after any two lower-case words: 'at 10 with my dr
  tomorrow', 'see you at 3 with the dr.', 'he scores 25 points on ave' are addresses.
- address_en._CELL_AFTER/_CELL_END_AFTER now end a cell at any two spaces: a note's cell 'via Python 3  recommended',
  'via Slack 2  then email', 'via Ansible 9  tonight' is an Italian street.
- address_en._CIVICO_STREET takes 'civico' the adjective: 'senso civico strada facendo 2 anni', 'il consiglio civico
  via libera a 3 progetti'.
- person_columns: a lower-case organisation in a donors' column with a first name first ('rose garden club').
Leaks: 7 REGRESSIONS --
- chat_layouts' YAML rule: one 'key:\\n  key: ' anywhere drops every indented line of the whole text from the chat
  layouts, so an indented chat under a heading ('chat:\\n  gundula: kommt ihr morgen?\\n  stanislaw: …') or after a
  config snippet loses its speakers (masked at 0a805fa).  A YAML mapping's keys are unique among siblings, a chat's
  speakers repeat: drop only indented blocks without repeated sibling keys, and only below their parent.
- anonymizer._lower_street_end (22da21b took back 260df41's town exception): a number-first lower-case street is cut
  before any three words after its comma, a town and its county too: '12 oak lane, leeds, west yorkshire', '…,
  little snoring norfolk', '…, leeds last week' leave the town in clear.
39 open (so at 0a805fa too): the households rule misses 'Koch/Weber' without spaces, a value with a comma's or a
parenthesis' note ('baker, left a card', 'cook (no answer)'), grid labels '| 1 l ', '| 10 L ', '| 1L '; the new
party keys do not split households at ' / ' ('tenants: Baker / Cook', 'locataires : …', 'Bewohnerinnen: …') and
'Mieterinnen' itself is a PERSON; lifespans with '-' unspaced, 'bis'/'to', two-digit years, a term's word the
design over-reads ('Termin', 'Long-term'); a lower-case '/bis' loses its town ('via matteotti 47/bis, 6900 lugano');
'civico di via', types 'salita', lower-case 'pulsantiera citofono via franscini 52'; 'ln', 'ct'; French 'appt'
in lower case and 'Porte'; birth keys with the first four letters misread ('Doto di noscita', 'Dale of blrth') or
abbreviated ('dt_birth'); 'Deine Oma', 'Deine Schulfreundin Hedwig', 'Top 3: Rom', a tenancy's range after a name
first on its line still masked; the grid's look-ups step at the model's budget (as at 0a805fa).
105 guards: the new behaviour in four languages and what it must not touch.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON, ADDRESS, DOB, PHONE = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB, EntityType.PHONE
ANY = None  # a secret any entity may cover


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _kept = review_marks("0a805fa..5bd36ae", "0a805fa")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_AGENDA = _over(
    "person_units._FLAT_WORD's 'TOP'/'Top' + number is also the German agenda's Tagesordnungspunkt ('TOP 3: …'): a "
    "rare compound after it passes _name_piece's rare_word and the agenda item is a PERSON")
_TOP_LIST = _over(
    "person_units: a ranking's 'Top 3:' is a flat's label, and a film's title ('Memento') passes name_word")
_LOWER_WORD = _over(
    "person_units._name_piece asks name_word of the capitalised word in every case -- the docstring's stricter "
    "owner_word for lower case and capitals is not there: 'boiler', 'leak', 'landlord', 'monday' after a flat")
_PLATE_DISH = _over(
    "field_keys.PLATE_KEYS: 'plate' is a dish's key as often as a name plate's -- a course's value ('Risotto', "
    "'Carbonara / Bolognese') becomes a PERSON")
_NAMEPLATE = _over(
    "field_keys.PLATE_KEYS: 'nameplate' is a machine's rating plate -- its maker ('Siemens', 'ABB', 'Grundfos') "
    "becomes a PERSON")
_LIFE_TERM = _over(
    "person_dates._life_of: 16+ years between two dates after 'Name / ' is a life unless PERIOD_WORD or "
    "_TERM_INSIDE is on the line before the name -- an office's, a membership's, a tenancy's words in en/fr/it "
    "(tenancy, locataire, inquilina, Mitglied, Präsident) are not, nor a term's word after the range")
_LIFE_START = _open(
    "person_dates.birth_dates_after_names: a name first on its line takes a range after ' / ' as its birth at "
    "0a805fa too (an Italian tenancy's 'Inquilina', a term's word after the range): _life_of adds no check there")
_LOWER_DR = _over(
    "lowercase._STREET_NUMBER's new '(?:[a-z'’]{2,20}[ ]){1,2}(?:st|ave|rd|blvd|dr)': 'dr' the doctor, 'ave' the "
    "average after any two words ('with my', 'points on') make a time or a score a street")
_CELL_GAP = _over(
    "address_en._CELL_AFTER/_CELL_END_AFTER: '[ ]{2}' first ends a cell at any two spaces -- a note's cell "
    "'via <tool> <n>  <more words>' is an Italian street now")
_CIVICO_ADJ = _over(
    "address_en._CIVICO_STREET: 'civico' is also the adjective ('senso civico', 'consiglio civico'): 'strada "
    "facendo 2', 'via libera a 3' become streets")
_COLUMN_ORG = _over(
    "person_columns._name_like: a lower-case cell with a listed first name first is a name in a column of names -- "
    "an organisation ('rose garden club') that donated a bench too")
_OPEN_OVER = _open(
    "person_cues / field values: a German possessive's kin word or noun after it ('Deine Oma', 'Deine Schulfreundin "
    "Hedwig') and the party key 'Mieterinnen' itself are masked as persons")

OVER = [
    # person_units -- the agenda's 'TOP n:' (REGRESSIONS) and guards
    pytest.param("Traktanden GV\nTOP 1: Begrüßung\nTOP 2: Wahl der Stimmenzähler\nTOP 3: Kassenbericht\n",
                 "Kassenbericht", id="agenda-kassenbericht"),
    pytest.param("TOP 3: Kassenprüfung\nTOP 4: Jahresprogramm\n", "Jahresprogramm", id="agenda-jahresprogramm"),
    pytest.param("Tagesordnung:\nTOP 5: Mitgliederbeiträge\nTOP 6: Anträge\n", "Mitgliederbeiträge",
                 id="agenda-beitraege"),
    pytest.param("Sitzung Vorstand\nTOP 2: Statutenrevision\nTOP 3: Wahlen\n", "Statutenrevision",
                 id="agenda-statuten"),
    pytest.param("STWEG Seeblick\nTOP 3: Hauswartung / Reinigung\nTOP 4: Heizkostenabrechnung\n",
                 "Heizkostenabrechnung", id="agenda-stweg"),
    pytest.param("TOP 1: Eröffnung\nTOP 7: Verschiedenes\n", "Verschiedenes", id="agenda-common-guard"),
    pytest.param("Unsere Reiseziele 2027, Top 3: Rom\n", "Rom", id="top3-rom", marks=_open(
        "a word after 'key: ' that name_word takes ('Rom', German for Rome, is no is_place_only) is a PERSON at "
        "0a805fa too; person_units takes it as well")),
    pytest.param("Filmabend, Top 3: Inception / Interstellar / Memento\n", "Memento", id="top3-films"),
    pytest.param("Top 1: Mailand\n", "Mailand", id="top1-mailand-guard"),
    # person_units -- lower-case ordinary words after a flat (REGRESSIONS) and guards
    pytest.param("repairs this week:\n- flat 3: boiler\n- flat 5: leak\n", "boiler", id="flat-boiler"),
    pytest.param("repairs this week:\n- flat 3: boiler\n- flat 5: leak\n", "leak", id="flat-leak", marks=_LOWER_WORD),
    pytest.param("- flat 7: kitchen door\n- flat 9: plumber\n", "kitchen door", id="flat-kitchen-door"),
    pytest.param("who to call:\n- flat 2: landlord\n", "landlord", id="flat-landlord"),
    pytest.param("viewings:\n- apt 4: monday\n- apt 6: friday\n", "monday", id="apt-monday", marks=_LOWER_WORD),
    pytest.param("- unit 6: holiday\n", "holiday", id="unit-holiday", marks=_LOWER_WORD),
    pytest.param("mängel:\n- whg 2: schimmel\n", "schimmel", id="whg-schimmel", marks=_LOWER_WORD),
    pytest.param("problèmes :\n- 1er étage : fuite\n", "fuite", id="etage-fuite"),
    pytest.param("- flat 8: nobody home\n- flat 9: left a card\n", "nobody home", id="flat-nobody-guard"),
    pytest.param("- top 3: küche\n- top 4: bad\n", "küche", id="top-kueche-guard"),
    pytest.param("- appt 3 : chauffage\n", "chauffage", id="appt-chauffage-guard"),
    pytest.param("- 2. stock links: heizung\n", "heizung", id="stock-heizung-guard"),
    pytest.param("EG  Empfang\n1. OG  Buchhaltung\n", "Buchhaltung", id="floors-office-guard"),
    pytest.param("- piano 2: caldaia\n", "caldaia", id="piano-caldaia-guard"),
    # PLATE_KEYS -- REGRESSIONS and guards
    pytest.param('{"course": "main", "plate": "Risotto", "wine": "Merlot"}', "Risotto", id="plate-risotto"),
    pytest.param("Menu Freitag\nplate: Carbonara / Bolognese\n", "Carbonara", id="plate-pasta", marks=_PLATE_DISH),
    pytest.param("nameplate: Siemens / ABB\n", "Siemens", id="nameplate-brands"),
    pytest.param('{"device": "pump", "nameplate": "Grundfos", "kw": 2}', "Grundfos", id="nameplate-json",
                 marks=_NAMEPLATE),
    pytest.param('{"vehicle": "Audi A4", "plate": "BE 771 204"}', "BE 771 204", id="car-plate-guard"),
    # party keys, possessives -- open
    pytest.param("Mieterinnen: Bauer / Koch\n", "Mieterinnen", id="mieterinnen-key", marks=_OPEN_OVER),
    pytest.param("Liebe Familie Brunner,\nunser Beileid.\nDeine Oma\n", "Oma", id="deine-oma", marks=_OPEN_OVER),
    pytest.param("Mit herzlichem Beileid\nDeine Schulfreundin Hedwig\n", "Schulfreundin", id="deine-schulfreundin",
                 marks=_OPEN_OVER),
    pytest.param("Liebe Familie Brunner,\nunser Beileid.\nEure Nachbarn\n", "Eure Nachbarn", id="eure-guard"),
    pytest.param("Liebe Familie Brunner,\nunser Beileid.\nUnsere Familie\n", "Unsere", id="unsere-guard"),
    pytest.param("Liebe Familie Brunner,\nunser Beileid.\nEuer Turnverein\n", "Euer Turnverein", id="euer-guard"),
    # person_dates._life_of -- REGRESSIONS and guards
    pytest.param("Präsident: Markus Frei / 01.04.1985 – 31.03.2024\n", "01.04.1985", id="life-president"),
    pytest.param("Mitglied Anna Meier / 01.04.1980 – 31.03.2024\n", "01.04.1980", id="life-member"),
    pytest.param("Tenancy: Anna Meier / 01/04/1990 – 31/03/2024\n", "01/04/1990", id="life-tenancy"),
    pytest.param("Locataire Anne Favre / 01.04.1990 – 31.03.2024\n", "01.04.1990", id="life-locataire"),
    pytest.param("Inquilina Anna Rossi / 01.04.1990 – 31.03.2024\n", "01.04.1990", id="life-inquilina",
                 marks=_LIFE_START),
    pytest.param("Anna Meier / 01.04.1990 – 31.03.2024 (Mietdauer)\n", "01.04.1990", id="life-term-after",
                 marks=_LIFE_START),
    pytest.param("Mietvertrag Anna Meier / 01.04.1990 – 31.03.2024\n", "01.04.1990", id="life-mietvertrag-guard"),
    pytest.param("Lease holder: Anna Meier / 01/04/1990 – 31/03/2024\n", "01/04/1990", id="life-lease-guard"),
    pytest.param("Abonnement Anna Meier / 01.04.1980 – 31.03.2024\n", "01.04.1980", id="life-abo-guard"),
    pytest.param("Buchung Anna Meier / 01.07.2026 – 14.07.2026\n", "01.07.2026", id="life-booking-guard"),
    # lowercase._STREET_NUMBER's abbreviated types -- REGRESSIONS and guards
    pytest.param("I have an appointment at 10 with my dr tomorrow\n", "10 with my dr", id="lower-dr-appt",
                 marks=_LOWER_DR),
    pytest.param("see you at 3 with the dr.\n", "3 with the dr", id="lower-dr-see", marks=_LOWER_DR),
    pytest.param("he scores 25 points on ave\n", "25 points on ave", id="lower-ave-score", marks=_LOWER_DR),
    pytest.param("it's a 10 minutes' walk from the station\n", "10 minutes' walk", id="lower-walk-guard"),
    pytest.param("we did a 5 mi walk today\n", "5 mi walk", id="lower-mi-walk-guard"),
    # address_en's cell end -- REGRESSIONS
    pytest.param("| Tool | Notes |\n| pip | via Python 3  recommended |\n", "via Python 3", id="cell-via-python",
                 marks=_CELL_GAP),
    pytest.param("Ticket 4411;via Slack 2  then email;open\n", "via Slack 2", id="cell-via-slack", marks=_CELL_GAP),
    pytest.param("Deploy;via Ansible 9  tonight\n", "via Ansible 9", id="cell-via-ansible", marks=_CELL_GAP),
    pytest.param("Upgrade done via Python 3  then we restart.\n", "via Python 3", id="prose-via-guard"),
    # address_en._CIVICO_STREET -- REGRESSIONS and open
    pytest.param("con un po' di senso civico strada facendo 2 anni dopo\n", "strada facendo 2", id="civico-adjective",
                 marks=_CIVICO_ADJ),
    pytest.param("Il consiglio civico via libera a 3 progetti\n", "via libera a 3", id="civico-via-libera",
                 marks=_CIVICO_ADJ),
    pytest.param("Al Museo Civico corso di acquerello 3 lezioni a settembre\n", "corso di acquerello 3",
                 id="civico-corso", marks=_open("address: 'corso di <word> <n>' is a street in lower case already "
                                                "(not _CIVICO_STREET's)")),
    # person_columns -- REGRESSION and guard
    pytest.param("bench | park | donor | since\nb-1 | rosengarten | heidi marti | 2019\n"
                 "b-2 | stadtpark | callum ward | 2020\nb-3 | seeufer | esther gnehm | 2021\n"
                 "b-4 | seeufer | rose garden club | 2022\n", "rose garden club", id="column-org", marks=_COLUMN_ORG),
    pytest.param("bench | park | donor | since\nb-1 | rosengarten | heidi marti | 2019\n"
                 "b-2 | stadtpark | callum ward | 2020\nb-3 | seeufer | esther gnehm | 2021\n"
                 "b-4 | seeufer | city council | 2022\n", "city council", id="column-council-guard"),
    # birth keys -- guards
    pytest.param("Data di scadenza: 4 feb 2027\nData di partenza: 1 mar 2027\n", "4 feb 2027", id="key-scadenza-guard"),
    pytest.param("Date de livraison : 12.04.2026\n", "12.04.2026", id="key-livraison-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_YAML_CHAT = _lost(
    "chat_layouts._unindented_plain_lines: one YAML parent ('key:\\n  key: ') anywhere drops every indented line "
    "of the whole text -- an indented chat under a heading or after a config snippet loses its speakers")
_TOWN_CUT = _lost(
    "anonymizer._lower_street_end (260df41, then 22da21b took its town exception back): a number-first lower-case "
    "street is cut before any three words after its comma -- a town with its county, a town and 'last week'")
_UNITS_SLASH = _open(
    "person_units._HOUSEHOLDS asks spaces around '/': 'Koch/Weber' is one household with a '/' in it, no name")
_UNITS_NOTE = _open(
    "person_units._households: a comma's note after the name ('baker, left a card') is part of the household (no "
    "name), a parenthesis refuses the whole value")
_UNITS_GRID = _open(
    "person_units._GRID_LABEL: one digit, upper-case L/R, one space and two spaces exactly -- '| 1 l ', '| 10 L ', "
    "'| 1L ', '| 1 L<tab>' are no labels")
_PARTY_SLASH = _open(
    "field_values: the new party keys (ROLE_KEYS 'tenants', 'residents', 'locataires', 'Bewohnerinnen', "
    "'Mieterinnen') do not split households at ' / ' as UNIT_KEYS do: the value is no one")
_LIFE_SHAPES = _open(
    "dates._LIFE_SPAN_AFTER / person_dates: a hyphen without spaces, 'bis'/'to', two-digit years or two spaces "
    "around ' / ' are no life's range")
_LIFE_LINE = _open(
    "person_dates._life_of: rfind gives -1 where no line break lies in the 120 characters before the name, so the "
    "'line' starts at 0 and a term's word anywhere above ('Standard terms apply.') refuses the life")
_LIFE_WORDS = _open(
    "dates.PERIOD_WORD at a word's start also takes 'Termin' (an appointment) and 'long-term'; 'employ' takes "
    "'Employees'' -- a plaque's order that says so leaves the birth in clear")
_BIS_LOWER = _open(
    "address_parts._UNIT_AFTER's '/bis' joins the postcode and town only in the capitalised view: in lower case "
    "'via matteotti 47/bis, 6900 lugano' leaves the town in clear ('47/b' and '47' keep it)")
_CIVICO_MORE = _open(
    "address_en._CIVICO_STREET: 'civico di via …' and the types 'salita', 'riva', 'lungolago' are not read; "
    "_IT_CUE_BEFORE's 'citofono' needs a capitalised name")
_EN_ABBREV = _open("lowercase._STREET_NUMBER: 'ln', 'ct', 'pl' are no abbreviated types; a town after 'st,' stays out")
_FR_FLAT = _open(
    "address._FLAT_BEFORE_NUMBER: capitalised words only ('appt' in lower case) and no 'Porte', 'Studio': the "
    "street is cut before its own number")
_BIRTH_KEYS = _open(
    "field_keys._two_letters_misread asks the first four letters right (OCR misreads them too: 'Doto', 'Dale'); "
    "'dt_birth' is no key")

LEAKS = [
    # chat_layouts' YAML rule -- REGRESSIONS and guards
    pytest.param("chat:\n  gundula: kommt ihr morgen?\n  stanislaw: ja, um acht\n  gundula: super, bis dann\n"
                 "  stanislaw: bis dann\n", "stanislaw", PERSON, id="yaml-chat-heading", marks=_YAML_CHAT),
    pytest.param("Verlauf:\n  gundula: kommt ihr morgen?\n  stanislaw: ja, um acht\n  gundula: super\n", "gundula",
                 PERSON, id="yaml-verlauf", marks=_YAML_CHAT),
    pytest.param("config:\n  retries: 3\n  timeout: 10\n\nChat von gestern:\n  gundula: kommt ihr morgen?\n"
                 "  stanislaw: ja, um acht\n  gundula: super\n  stanislaw: bis dann\n", "stanislaw", PERSON,
                 id="yaml-config-then-chat", marks=_YAML_CHAT),
    pytest.param("Transcript:\n    gundula: kommt ihr morgen?\n    stanislaw: ja, um acht\n    gundula: super\n"
                 "    stanislaw: bis dann\n", "gundula", PERSON, id="yaml-four-spaces", marks=_YAML_CHAT),
    pytest.param("gundula: kommt ihr morgen?\nstanislaw: ja, um acht\ngundula: super, bis dann\n", "stanislaw",
                 PERSON, id="chat-plain-guard"),
    pytest.param("- gundula: kommt ihr morgen?\n  stanislaw: ja, um acht\n- gundula: super\n  stanislaw: bis dann\n",
                 "stanislaw", PERSON, id="chat-dashed-guard"),
    pytest.param("Here is the thread:\n  Wenzel: can you send the keys?\n  Okonjo: sure, tonight\n  Wenzel: thanks\n",
                 "Okonjo", PERSON, id="chat-indented-capitals-guard"),
    # anonymizer._lower_street_end -- REGRESSIONS and guards
    pytest.param("i live at 12 oak lane, leeds, west yorkshire\n", "leeds, west yorkshire", ADDRESS,
                 id="lower-town-county", marks=_TOWN_CUT),
    pytest.param("i live at 12 oak lane, little snoring norfolk\n", "little snoring norfolk", ADDRESS,
                 id="lower-town-three-words", marks=_TOWN_CUT),
    pytest.param("i live at 12 oak lane, leeds last week\n", "leeds", ADDRESS, id="lower-town-clause",
                 marks=_TOWN_CUT),
    pytest.param("i live at 12 oak lane, leeds ls6 2ab\n", "12 oak lane, leeds ls6 2ab", ADDRESS,
                 id="lower-town-postcode-guard"),
    pytest.param("we moved to 38 ridge blvd, hallahan is waiting downstairs\n", "38 ridge blvd", ADDRESS,
                 id="lower-blvd-guard"),
    pytest.param("on habite au 7 ter, chemin du moulin, 1092 belmont\n", "7 ter, chemin du moulin, 1092 belmont",
                 ADDRESS, id="lower-ter-guard"),
    # person_units -- guards and open
    pytest.param("Klingeln:\nTop 3: Koch / Weber\n", "Weber", PERSON, id="units-slash-guard"),
    pytest.param("| 3. OG li  Koch / Weber |\n", "Koch", PERSON, id="units-og-guard"),
    pytest.param("Wohnungen:\n3. Obergeschoss links: Koch\n", "Koch", PERSON, id="units-obergeschoss-guard"),
    pytest.param("- flat 4: baker\n", "baker", PERSON, id="units-flat-lower-guard"),
    pytest.param("| 1 L  Koch | 1 R  Weber |\n", "Weber", PERSON, id="units-grid-guard"),
    pytest.param("Rdc gauche : Boulanger\n", "Boulanger", PERSON, id="units-rdc-guard"),
    pytest.param("Klingeln:\nTop 3: Koch/Weber\n", "Weber", PERSON, id="units-slash-tight", marks=_UNITS_SLASH),
    pytest.param("KLINGELN:\nTOP 3: KOCH/WEBER\n", "KOCH", PERSON, id="units-slash-caps", marks=_UNITS_SLASH),
    pytest.param("- flat 4: baker, left a card\n", "baker", PERSON, id="units-comma-note", marks=_UNITS_NOTE),
    pytest.param("- apt 7: cook (no answer)\n", "cook", PERSON, id="units-paren-note", marks=_UNITS_NOTE),
    pytest.param("| 1 l  Koch |\n", "Koch", PERSON, id="units-grid-lower-side", marks=_UNITS_GRID),
    pytest.param("| 10 L  Koch |\n", "Koch", PERSON, id="units-grid-two-digits", marks=_UNITS_GRID),
    pytest.param("| 1L  Koch |\n", "Koch", PERSON, id="units-grid-no-space", marks=_UNITS_GRID),
    # party and plate keys -- guards and open
    pytest.param("plate: Baker\n", "Baker", PERSON, id="plate-guard"),
    pytest.param("PLATE: BAKER / COOK\n", "COOK", PERSON, id="plate-caps-guard"),
    pytest.param("Plate text: Baker / Cook\n", "Cook", PERSON, id="plate-text-guard"),
    pytest.param("tenants: Baker, Rose; Cook, Hazel\n", "Cook, Hazel", PERSON, id="tenants-list-guard"),
    pytest.param("tenants: Baker / Cook\n", "Cook", PERSON, id="tenants-slash", marks=_PARTY_SLASH),
    pytest.param("residents: Baker / Cook\n", "Baker", PERSON, id="residents-slash", marks=_PARTY_SLASH),
    pytest.param("locataires : Boulanger / Meunier\n", "Meunier", PERSON, id="locataires-slash", marks=_PARTY_SLASH),
    pytest.param("Bewohnerinnen: Bauer / Koch\n", "Bauer", PERSON, id="bewohnerinnen-slash", marks=_PARTY_SLASH),
    # possessives -- guards
    pytest.param("Liebe Grüsse, Euer Ruedi\n", "Ruedi", PERSON, id="euer-ruedi-guard"),
    pytest.param("Mit herzlichem Beileid\nEuer Gottfried und Vreni Habermacher\n", "Gottfried", PERSON,
                 id="euer-gottfried-guard"),
    # lifespans -- guards and open
    pytest.param("In loving memory of Dorothea Quist / 11/03/1960 – 26/03/2024\n", "11/03/1960", DOB,
                 id="life-en-guard"),
    pytest.param("In Gedenken an Hildegard Wyss / 11.03.1960 – 26.03.2024\n", "11.03.1960", DOB, id="life-de-guard"),
    pytest.param("En souvenir de Mireille Favre / 11.03.1960 – 26.03.2024\n", "11.03.1960", DOB, id="life-fr-guard"),
    pytest.param("In ricordo di Giuliana Mosca / 11.03.1960 — 26.03.2024\n", "11.03.1960", DOB, id="life-it-guard"),
    pytest.param("in loving memory of dorothea quist / 11/03/1960 – 26/03/2024\n", "11/03/1960", DOB,
                 id="life-lower-guard"),
    pytest.param("In loving memory of DOROTHEA QUIST / 11/03/1960 - 26/03/2024\n", "11/03/1960", DOB,
                 id="life-caps-hyphen-guard"),
    pytest.param("In loving memory of Dorothea Quist / 11 March 1960 – 26 March 2024\n", "11 March 1960", DOB,
                 id="life-words-guard"),
    pytest.param("In loving memory of Dorothea Quist / 11/03/1960 – 26/03/2024\n"
                 "In loving memory of Ernest Quist / 02/07/1958 – 14/01/2022\n", "02/07/1958", DOB,
                 id="life-two-lines-guard"),
    pytest.param("In loving memory of Dorothea Quist / 11/03/1960-26/03/2024\n", "11/03/1960", DOB,
                 id="life-hyphen-tight", marks=_LIFE_SHAPES),
    pytest.param("In Gedenken an Hildegard Wyss / 11.03.1960 bis 26.03.2024\n", "11.03.1960", DOB, id="life-bis",
                 marks=_LIFE_SHAPES),
    pytest.param("In loving memory of Dorothea Quist / 11/03/1960 to 26/03/2024\n", "11/03/1960", DOB, id="life-to",
                 marks=_LIFE_SHAPES),
    pytest.param("In loving memory of Dorothea Quist / 11/03/60 – 26/03/24\n", "11/03/60", DOB, id="life-short-years",
                 marks=_LIFE_SHAPES),
    pytest.param("In loving memory of Dorothea Quist  /  11/03/1960  –  26/03/2024\n", "11/03/1960", DOB,
                 id="life-double-spaces", marks=_LIFE_SHAPES),
    pytest.param("Standard terms apply.\nThe bench stands by the lake, facing west, near the old boathouse and the "
                 "rose beds the volunteers planted last spring. Plaque: In loving memory of Dorothea Quist / "
                 "11/03/1960 – 26/03/2024", "11/03/1960", DOB, id="life-term-line-above"),
    pytest.param("Termin Steinmetz, Grabplatte: Hildegard Wyss / 11.03.1960 – 26.03.2024\n", "11.03.1960", DOB,
                 id="life-termin", marks=_LIFE_WORDS),
    pytest.param("Long-term memorial plaque: Dorothea Quist / 11/03/1960 – 26/03/2024\n", "11/03/1960", DOB,
                 id="life-long-term", marks=_LIFE_WORDS),
    # '/bis', civico, Italian cues -- guards and open
    pytest.param("Indirizzo: Via Matteotti 47/BIS, 6900 Lugano\n", "47/BIS, 6900 Lugano", ADDRESS, id="bis-caps-guard"),
    pytest.param("Indirizzo: Via Matteotti 47 / bis, 6900 Lugano\n", "bis, 6900 Lugano", ADDRESS,
                 id="bis-spaced-guard"),
    pytest.param("Via Roma 12/bis int. 4, 6900 Lugano\n", "12/bis int. 4, 6900 Lugano", ADDRESS,
                 id="bis-int-guard"),
    pytest.param("abito in via matteotti 47/bis, 6900 lugano\n", "6900 lugano", ADDRESS, id="bis-lower-town",
                 marks=_BIS_LOWER),
    pytest.param("davanti al civico via san gottardo 12 c'è un cantiere\n", "via san gottardo 12", ADDRESS,
                 id="civico-three-words-guard"),
    pytest.param("davanti al CIVICO VIA MOTTA 134\n", "VIA MOTTA 134", ADDRESS, id="civico-caps-guard"),
    pytest.param("davanti al civico via motta 134/bis c'era una bici\n", "via motta 134/bis", ADDRESS,
                 id="civico-bis-guard"),
    pytest.param("davanti al civico di via motta 134\n", "via motta 134", ADDRESS, id="civico-di-via",
                 marks=_CIVICO_MORE),
    pytest.param("mi hanno rubato la bici al civico salita dei frati 4\n", "salita dei frati 4", ADDRESS,
                 id="civico-salita", marks=_CIVICO_MORE),
    pytest.param("pulsantiera citofono via franscini 52\n", "via franscini 52", ADDRESS, id="citofono-lower",
                 marks=_CIVICO_MORE),
    # English lower-case streets -- guards and open
    pytest.param("there's a skip outside 4520 elm st since monday\n", "4520 elm st", ADDRESS, id="en-st-guard"),
    pytest.param("outside 140 willow walk\n", "140 willow walk", ADDRESS, id="en-walk-guard"),
    pytest.param("stolen outside 5666 ne alberta st\n", "5666 ne alberta st", ADDRESS, id="en-ne-guard"),
    pytest.param("at 4963 elm st., portland or 97214\n", "4963 elm st., portland or 97214", ADDRESS,
                 id="en-st-state-guard"),
    pytest.param("meet me at 12 oak ln tonight\n", "12 oak ln", ADDRESS, id="en-ln", marks=_EN_ABBREV),
    pytest.param("meet me at 12 elm ct tonight\n", "12 elm ct", ADDRESS, id="en-ct", marks=_EN_ABBREV),
    pytest.param("at 4963 elm st, portland oregon usa\n", "portland", ADDRESS, id="en-st-town", marks=_EN_ABBREV),
    # French number-first -- guards and open
    pytest.param("30/03  Chemin de Bellevue 115\n", "Chemin de Bellevue 115", ADDRESS, id="fr-log-date-guard"),
    pytest.param("30.03.  Chemin de Bellevue 115\n", "Chemin de Bellevue 115", ADDRESS, id="fr-log-dots-guard"),
    pytest.param("Logement : Appt. 21, Route de Berne 149\n", "Route de Berne 149", ADDRESS, id="fr-appt-dot-guard"),
    pytest.param("Adresse : 12/14 avenue Louise 1050 Bruxelles\n", "12/14 avenue Louise 1050 Bruxelles", ADDRESS,
                 id="fr-range-postcode-guard"),
    pytest.param("Logement : appt 21, Route de Berne 149\n", "Route de Berne 149", ADDRESS, id="fr-appt-lower",
                 marks=_FR_FLAT),
    pytest.param("Logement : Porte 21, Route de Berne 149\n", "Route de Berne 149", ADDRESS, id="fr-porte",
                 marks=_FR_FLAT),
    # a blank line -- guards (the number and the street stay apart, each masked)
    pytest.param("Gruppo del quartiere Via Cattori\n\n079 507 09 16, [22.10.2026 15:01] ciao\n", "079 507 09 16",
                 PHONE, id="blank-phone-guard"),
    pytest.param("Anna Muster\nSeestrasse 12\n\n8001 Zürich\n", "Seestrasse 12", ADDRESS, id="blank-street-guard"),
    pytest.param("Via Roma 12\n\n6900 Lugano\n", "6900 Lugano", ADDRESS, id="blank-town-guard"),
    # birth keys, spaced dates -- guards and open
    pytest.param("name = Tom Hale\nDateBirth = 12/04/1961\n", "12/04/1961", DOB, id="key-datebirth-guard"),
    pytest.param("name,date_birth,city\nTom Hale,12/04/1961,Leeds\n", "12/04/1961", DOB, id="key-csv-guard"),
    pytest.param('{"name": "Tom Hale", "date_birth": "1961-04-12"}', "1961-04-12", DOB, id="key-json-guard"),
    pytest.param("Nom : Léa Roux\nDate de noissonce : 12.04.1961\n", "12.04.1961", DOB, id="key-ocr-fr-guard"),
    pytest.param("Nome: Lia Serra\nDoto di noscita: 4 feb 1950\n", "4 feb 1950", DOB, id="key-ocr-first-letters",
                 marks=_BIRTH_KEYS),
    pytest.param("Name: Tom Hale\nDale of blrth: 12.04.1961\n", "12.04.1961", DOB, id="key-ocr-dale",
                 marks=_BIRTH_KEYS),
    pytest.param("name = Tom Hale\ndt_birth = 12/04/1961\n", "12/04/1961", DOB, id="key-dt-birth", marks=_BIRTH_KEYS),
    pytest.param("Freundliche Grüße\nMarta Nowak\n\nReisende:\n- Marta Nowak, 12.03. 1972\n", "12.03. 1972", DOB,
                 id="spaced-date-mixed-guard"),
    pytest.param("Reisende:\n- Marta Nowak, 12. 3. 1972\n- Piotr Nowak, 1. 11. 1969\n", "1. 11. 1969", DOB,
                 id="spaced-date-short-guard"),
    pytest.param("Freundliche Grüße\nMarta Nowak\nTel. 044 12. 34. 56\n", "044 12. 34. 56", PHONE,
                 id="spaced-phone-guard"),
    # a padded header -- guards
    pytest.param("| Name                 | Geburtsdatum    | Wohnort" + " " * 55 + "|\n|----|----|----|\n"
                 "| Jonas Pfund | 03.02.1988 | Bern |\n| Lea Graf | 14.07.1990 | Thun |\n", "14.07.1990", DOB,
                 id="header-padded-guard"),
    pytest.param("Name\tGeburtsdatum\tWohnort" + " " * 60 + "\nJonas Pfund\t03.02.1988\tBern\n"
                 "Lea Graf\t14.07.1990\tThun\n", "03.02.1988", DOB, id="header-tab-padded-guard"),
    # person_columns in lower case -- guard
    pytest.param("bench | park | donor | since\nb-1 | rosengarten | heidi marti | 2019\n"
                 "b-2 | stadtpark | callum ward | 2020\nb-3 | seeufer | esther gnehm | 2021\n"
                 "b-4 | seeufer | ward, callum | 2022\n", "ward, callum", PERSON, id="column-lower-guard"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str | None) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# The new rules' shapes repeated n and 4n times: the regex engine's positions stay proportional.  (Measured once
# at 100 KB and 200 KB: every shape 2.00x the positions, 1.5x-2.7x the time -- but a lifespan after a name on a
# line with no break in 120 characters: x3.96 the positions, 42 s at 100 KB.)
_LIFE_QUADRATIC = pytest.mark.xfail(strict=True, reason=(
    "REGRESSION of 0a805fa..5bd36ae (work; linear at 0a805fa): person_dates._life_of's line is "
    "text.rfind('\\n', name_start - 120, name_start) + 1 -- 0 where no break lies in those 120 characters, so "
    "PERIOD_WORD and _TERM_INSIDE are searched from the text's start for every name before ' / <date> – <date>' "
    "(100 KB 42 s, 200 KB 154 s); bound it: max(lo, rfind + 1)"))

SHAPES = [
    pytest.param("", "Top 1  ", "", id="units-labels"),
    pytest.param("", "Top 1: Koch / Weber / Ward / Baker\n", "", id="units-households"),
    pytest.param("", "- flat 3: baker / cook / ward\n", "", id="units-lower"),
    pytest.param("", "| 1 L  Koch / Weber | 1 R  Baker |\n", "", id="units-grid"),
    pytest.param("", "3. OG li  Koch ", "", id="units-floors-one-line"),
    pytest.param("", "EG  eg  DG  ", "", id="units-floor-words"),
    pytest.param("", "Top 1: ", "Koch", id="units-label-run"),
    pytest.param("config:\n  a: b\n", "  gundula: kommt ihr morgen?\n  stanislaw: ja\n", "", id="yaml-chat"),
    pytest.param("", "a:\n  b: c\n", "", id="yaml-parents"),
    pytest.param("", "In loving memory of Anna Quist / 11/03/1960 – 26/03/2024\n", "", id="lifespan-lines"),
    pytest.param("", "Anna Quist / 11/03/1960 – 26/03/2024 ", "", id="lifespan-one-line"),
    pytest.param("", "Mietvertrag Anna Quist / 11/03/1960 – 26/03/2024 ", "", id="lease-one-line"),
    pytest.param("", "civico via a b c 1 ", "", id="civico-run"),
    pytest.param("", "civico via ", "", id="civico-words"),
    pytest.param("", "at 4963 elm st ", "", id="lower-st"),
    pytest.param("", "12 with my dr ", "", id="lower-dr"),
    pytest.param("", "SN-16795,114 Blenheim Gardens,", "", id="csv-code-cells"),
    pytest.param("", "via XX Settembre 130     ", "", id="it-column-gap"),
    pytest.param("", "30/03  Chemin de Bellevue 115  ", "", id="fr-log-rows"),
    pytest.param("", "Appt 21, Route de Berne 149 ", "", id="fr-flat-number"),
    pytest.param("", "Via Cattori\n\n079 ", "", id="blank-lines"),
    pytest.param("", "Via Matteotti n. 47/bis, ", "", id="bis-numbers"),
    pytest.param("", "| Adresse" + " " * 60, "|\n", id="padded-header"),
    pytest.param("", "- Anna Meier, 23. 04. 1965\n", "", id="spaced-dates"),
    pytest.param("", "Data di noscito: 4 feb 1950\n", "", id="ocr-keys"),
    pytest.param("bench | park | donor\n", "b-1 | rosengarten | heidi marti\n", "", id="lower-columns"),
    pytest.param("", "38 ridge blvd, hallahan is waiting ", "", id="lower-street-clauses"),
    pytest.param("", "plate: Amber Brown / Ruby Red\n", "", id="plate-keys"),
]


@pytest.mark.parametrize(("head", "unit", "tail"), SHAPES)
def test_new_rules_scan_linearly(anonymizer: Anonymizer, head: str, unit: str, tail: str) -> None:
    small = engine_work(anonymizer, head + unit * 100 + tail)
    large = engine_work(anonymizer, head + unit * 400 + tail)
    assert 0 < large <= 4.6 * small


@pytest.mark.parametrize("shape", [
    "- flat 3: baker / cook / ward\n",
    pytest.param("| 1 L  Koch / Weber | 1 R  Baker |\n", id="grid", marks=_open(
        "a step at the name model's ask budget between 50 and 200 repetitions, at 0a805fa too (13.2 -> 20.9 "
        "look-ups per repetition there, 19.2 -> 26.9 here), linear past it (26.4 at 800, 26.3 at 1,600)")),
    "b-1 | rosengarten | heidi marti\n",
    "plate: Amber Brown / Ruby Red\n",
    "TOP 3: Kassenprüfung\n",
])
def test_new_rules_look_up_names_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch,
                                          shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)
