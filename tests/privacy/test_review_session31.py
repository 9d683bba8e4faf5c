"""Review of session 31's anonymizer changes (38046dd..9853835; src/tarnkappe/privacy): house-number ranges with an
en dash and Swiss '-gass' streets (address.py, address_en.py), a life's dates (dates._life_dates), a surname-first
item ending at '<' and a particle after '>' (persons.py), particle-led surnames after a title
(person_particles.particle_names_after_titles), RA/RAin as titles (person_cues), paired first/last keys
(person_records._name_parts), Italian and English streets alone in a cell (address_en._italian_cell, _in_cell) and a
dateline's town dropped as a person (datelines.py).  Read as an attacker and as the user whose data it is; every
name, number and address here is invented for these tests.

Three groups:
1. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at 38046dd) are marked so.
2. LEAKS: each letter of the secret must be covered by a detected entity of the expected type.  Marked as a
   regression where 38046dd masked it, as open where it leaked there too.
3. WORK: the new rules on growing texts, counted (positions the regex engine is handed, name-list look-ups,
   characters str.find/str.rfind walk over), not timed.

Each case was checked at 9853835 and at 38046dd (pytest --runxfail with PYTHONPATH=<tree>/src).

Leaks: 6 REGRESSIONS -- datelines.without_datelines drops a one-word PERSON that is a listed town before ', <full
date>' at a line's start, so a list of children or staff with their birth dates ('Victoria, 14.02.2015', 'Madison,
04.05.1990', 'Keller, 12.03.1961', 'Adelaide, 12.03.2012'), a newborn's announcement and a French 'Florence, le
12.03.2015' lose the name -- the date beside it is even detected as a DOB.  17 open, at the new rules' edges:
'<td>Melnyk, Nataliia</td>' (the commit's own example) still leaks the first name -- the surname-first rule refuses
a surname after '>', so the new '<' end is never reached ('<td> Wyss, Beat</td>' with a space is read); 'Frau in
der Gand' (the docstring's own example) and 'Herr uf der Maur' -- the word after the particles must be rare in all
four languages ('gand' is French for Ghent); a second title ('Frau Dr. med. in der Gand'); a capitalised 'In der';
first/last keys capitalised, in XML, or closing their object on the value's line; a life's dates with a place
between, a two-digit year, or a no-break space before the hyphen (the gate asks ' - ', the pattern takes
'\u00a0-'); English and Italian streets between ' / ', before '(rear)', after ', ' in a list item.
Work: none found -- each new loop and pattern counted linear on its own repeated shapes (guards below).  (The name
look-ups step up by ~1,100 past ~4,000 characters, at 38046dd too; linear on either side.)
Over-masking: 22 REGRESSIONS -- paired first/last keys take any capitalised word: a UI's pagination labels
('"first": "First"', '"last": "Letzte"'), a week's first and last day, a pipeline's stages, shift names; life dates
take every period of 16 years or more (a history, a climate normal, an employment, a lease, a policy term);
'(via Gleis 7)', '(via Python 3)', '| via Ansible 9 |' and the module's own '| via Zoom 5 |' are Italian streets;
'15 Minute Walk', '2 Hour Walk', '3 Peaks Walk' alone in a cell are homes; a title's particle takes rare compounds
('die Frau am Nachbartisch', 'am Ticketschalter') and 'Fr.' (Freitag) is a title ('Fr. im Frühdienst'); 'RA'
(rheumatoid arthritis) before a capitalised noun is a lawyer ('RA Basistherapie', 'RA Workshop').  2 open: a room
type '2 Sea View' (a PERSON before, an ADDRESS now), 'Frau vom Amt' (the new docstring says it stays).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy import anonymizer as anonymizer_module
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked

PERSON, ADDRESS, DOB = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"regression of session 31 (readable at 38046dd): {what}")


def _lost(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"regression of session 31 (masked at 38046dd): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (so at 38046dd too): {what}")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_PAIRED_KEYS = _over(
    "person_records._name_parts: a 'first' and a 'last' key within three lines are a name's parts whatever their "
    "values -- only a lower-case common word is refused; a UI's pagination labels ('First', 'Erste', 'Premier', "
    "'Prima'), weekdays, stages and shifts are capitalised words.  Ask a listed or rare name for one of the pair "
    "and refuse a value whose lower case is a common word (Zipf >= 4) unless it is a listed name")
_LIFE_PERIOD = _over(
    "dates._life_dates: any two full dates 16+ years apart across a dash make the first a birth -- a history's, a "
    "climate normal's, an employment's, a lease's, a policy's period too.  Ask a life's sign: a PERSON ending "
    "right before (', ' / ' (') or on the line above, '*'/'†', or a death notice's word; refuse after a range "
    "word ('vom', 'Periode', 'Laufzeit', 'term', 'du', 'dal') and the 01.01.–31.12. pair of a period")
_IT_CELL = _over(
    "address_en._italian_cell: '(' opens a cell and any name that is no English word (Zipf en < 4 or below it) is "
    "an Italian street's -- German 'Gleis', 'Rampe', software 'Python', 'Ansible' too; and a word as frequent in "
    "Italian as in English counts as none (code[3] > code[2]): the module's own 'via Zoom 5'.  Ask an Italian name "
    "(Italian Zipf the highest, or a listed Italian place or surname) and keep '(' for Italian text")
_EN_CELL = _over(
    "address_en._in_cell (homes' weak suffixes): a number, a word and 'Walk'/'View' alone in a cell (or between "
    "commas) is a home -- durations ('15 Minute Walk', '2 Hour Walk'), routes ('3 Peaks Walk'), room types "
    "('2 Sea View'); refuse a unit or an adjective before the suffix (Minute, Hour, Mile, Day, Daily, Night, Peaks) "
    "and ask the row or the header for an address (a name, a postcode, 'address'/'street')")
_TITLED = _over(
    "person_particles.particle_names_after_titles: after 'Herr'/'Frau' + am/im/zum any rare word is a surname -- a "
    "German compound is rare too ('Nebentisch', 'Ticketschalter', 'Trenchcoat', 'Frühdienst'); refuse a word the "
    "compound splitter reads as two nouns, ask a listed surname or a word that is no compound")
_FRIDAY = _over(
    "person_particles._TITLED: 'Fr.' is Freitag as often as Frau -- 'Fr. im Frühdienst' beside 'Mi.'/'Sa.' is a "
    "roster; refuse 'Fr.' in a run of weekday abbreviations (Mo. Di. Mi. Do. Sa. So.) or take it before a listed "
    "surname only")
_RA = _over(
    "person_cues: 'RA' is also rheumatoid arthritis and any two capitals; as a cue it forces the next capitalised "
    "noun ('RA Basistherapie', 'RA Workshop') -- ask a listed surname or a rare word that is no compound after it")
_AMT = _open(
    "person_particles docstring: 'Frau vom Amt' stays as written -- it does not ('vom' after a title was taken "
    "before session 31 already)")

OVER = [
    # person_records._name_parts -- REGRESSIONS
    pytest.param('"pagination": {\n  "first": "First",\n  "previous": "Previous",\n  "next": "Next",\n'
                 '  "last": "Last"\n}\n', '"First"', id="keys-pagination-en"),
    pytest.param('"paginate": {\n  "first": "Erste",\n  "previous": "Zurück",\n  "next": "Weiter",\n'
                 '  "last": "Letzte"\n}\n', '"Letzte"', id="keys-pagination-de"),
    pytest.param('"week": {\n  "first": "Monday",\n  "last": "Sunday"\n}\n', '"Monday"', id="keys-week-days"),
    pytest.param("stages:\n  first: Build\n  last: Deploy\n", "Deploy", id="keys-pipeline-stages"),
    pytest.param('"shifts": {\n  "first": "Frühschicht",\n  "last": "Nachtschicht"\n}\n', "Nachtschicht",
                 id="keys-shift-names"),
    # ... guards
    pytest.param("settings:\n  first: true\n  last: none\n", "none", id="keys-lower-words-guard"),
    # dates._life_dates -- REGRESSIONS
    pytest.param("Die DDR bestand vom 07.10.1949 – 03.10.1990.\n", "07.10.1949", id="life-history"),
    pytest.param("Klimanormwerte der Periode 01.01.1991 – 31.12.2020 für Zürich-Fluntern.\n", "01.01.1991",
                 id="life-climate-normal"),
    pytest.param("Arbeitszeugnis: beschäftigt 01.04.1985 – 31.03.2025 als Buchhalterin.\n", "01.04.1985",
                 id="life-employment"),
    pytest.param("Policy term: January 1, 2000 – December 31, 2024\n", "January 1, 2000", id="life-policy-en"),
    pytest.param("Bail du 1 janvier 2000 – 31 décembre 2024, loyer 1450 CHF.\n", "1 janvier 2000",
                 id="life-lease-fr"),
    # ... guards
    pytest.param("Projekt 01.01.2020 – 31.12.2025\n", "01.01.2020", id="life-short-period-guard"),
    # address_en._italian_cell -- REGRESSIONS
    pytest.param("Umsteigen in Olten (via Gleis 7).\n", "via Gleis 7", id="it-cell-platform"),
    pytest.param("Installation getestet (via Python 3).\n", "via Python 3", id="it-cell-python", marks=_IT_CELL),
    pytest.param("| Server | Upgrade |\n| db01 | via Ansible 9 |\n", "via Ansible 9", id="it-cell-ansible",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a word no frequency list knows is taken as an "
                                         "Italian street's name in a cell -- real ones are such words ('via Nassa', "
                                         "'via Pioda' of Lugano, test_review_session31b)")),
    pytest.param("| Meeting | Tool |\n| Weekly | via Zoom 5 |\n", "via Zoom 5", id="it-cell-zoom"),
    # address_en._in_cell, homes' weak suffixes -- REGRESSIONS
    pytest.param("| Amenity | Distance |\n| Beach | 10 Minute Walk |\n", "10 Minute Walk", id="en-cell-minutes"),
    pytest.param("Schedule: Mon, 2 Hour Walk, Tue, Rest\n", "2 Hour Walk", id="en-cell-hours-commas"),
    pytest.param("| Route | Length |\n| 3 Peaks Walk | 12 km |\n", "3 Peaks Walk", id="en-cell-route"),
    pytest.param("| Room type | Count |\n| 2 Sea View | 4 |\n", "Sea View", id="en-cell-room-type",
                 marks=_open("a room type '2 Sea View' alone in a cell: a PERSON at 38046dd, an ADDRESS now (see "
                             "_in_cell's weak suffixes above)")),
    # ... guards
    pytest.param("Meet at 3 Main Gate.\n", "3 Main Gate", id="en-gate-guard"),
    # person_particles.particle_names_after_titles -- REGRESSIONS
    pytest.param("Die Frau am Nachbartisch hat alles mitgehört.\n", "am Nachbartisch", id="titled-next-table"),
    pytest.param("Die Frau am Ticketschalter war sehr freundlich.\n", "am Ticketschalter", id="titled-counter"),
    pytest.param("Dienstplan: Mi. im Spätdienst, Fr. im Frühdienst, Sa. frei.\n", "im Frühdienst",
                 id="titled-friday-roster"),
    # ... guards and the docstring's own example (open)
    pytest.param("Die Frau am Telefon war unfreundlich.\n", "am Telefon", id="titled-telefon-guard"),
    pytest.param("Die Frau vom Amt ruft zurück.\n", "vom Amt", id="titled-vom-amt", marks=_AMT),
    # person_cues: RA -- REGRESSIONS and guard
    pytest.param("Start der RA Basistherapie mit MTX am Montag.\n", "Basistherapie", id="ra-arthritis-therapy"),
    pytest.param("Der RA Workshop findet am 3. Mai statt.\n", "Workshop", id="ra-workshop"),
    pytest.param("RA Schub seit Montag, CRP erhöht.\n", "RA Schub", id="ra-flare-guard"),
    # datelines: the town is no person -- guards
    pytest.param("Basel, 25.10.2025\n\nSehr geehrte Frau Keller\n", "Basel,", id="dateline-basel-guard"),
    pytest.param("Kiel, 12. April 2025   M. Heser\n", "Kiel,", id="dateline-column-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_DATELINE = _lost(
    "datelines.without_datelines: a one-word PERSON that is a listed town before ', <full date>' at a line's start "
    "is dropped -- but a list of people with their birth dates has that shape on every line ('Victoria, "
    "14.02.2015'); keep it where the date is a DOB entity, more than a year before today, or where the next or "
    "previous line has the same shape (a letter has one dateline)")
_NEWBORN = _lost(
    "datelines.without_datelines: a birth announcement's 'Charlotte, 03.02.2026' is a dateline's shape with a "
    "recent date; keep a listed first name after a birth word ('Geburt', 'Tochter', 'Sohn') on the line above")
_TAG_START = _open(
    "persons: the surname-first rule refuses a surname whose character before is not in ' \\t\\n(:;=', so after "
    "'<td>' it never reaches the new '<' end (the commit's own '<td>Melnyk, Nataliia</td>'); add '>'")
_GAND = _open(
    "person_particles.particle_names_after_titles: the word after the particles must be rare in all four "
    "languages or a listed name -- 'Gand' (French for Ghent, Zipf 5) and 'Maur' refuse the docstring's own 'Frau "
    "in der Gand'; after a title and a German particle, ask only that the word be no frequent German word")
_TITLE_BETWEEN = _open("person_particles._TITLED: a second title ('Dr. med.', 'lic. iur.') or a capitalised "
                       "'In der' between the title and the particle is not read")
_KEYS_SHAPE = _open(
    "person_records._PART: keys in lower case only, and the value must end its line -- 'First'/'Last', XML "
    "'<first>', a JSON object closed on the value's line ('\"last\": \"Zwygart\"}') are not read")
_LIFE_GAPS = _open(
    "dates._life_dates: the date before the dash must end right at it, with a four-digit year -- a place between "
    "('06.09.1929 in Basel – 25.11.2025') or '06.09.29' is not read")
_LIFE_GATE = _open(
    "dates._LIFE_GATE opens on '–', '—', ' - ' only, while _LIFE_DASH takes a hyphen after a no-break space: "
    "'06.09.1929\\u00a0- 25.11.2025' alone is never read; add '\\u00a0-' to the gate")
_CELL_SEPARATORS = _open(
    "address_en: a street alone between ' / ' or ' - ' (or before '(rear)') is no cell for _EN_CELL_BEFORE/_AFTER "
    "and _CELL_BEFORE/_AFTER; a lower-case 'via' after ', ' in a list item neither")

LEAKS = [
    # datelines -- REGRESSIONS
    pytest.param("Kinder:\nVictoria, 14.02.2015\nAustin, 03.07.2018\n", "Austin", PERSON,
                 id="dateline-children-list"),
    pytest.param("Name, Geburtsdatum\nLincoln, 12.03.1985\nMadison, 04.05.1990\n", "Madison", PERSON,
                 id="dateline-csv-name-dob"),
    pytest.param("Keller, 12.03.1961\nMeier, 04.05.1970\n", "Keller", PERSON, id="dateline-surname-dob"),
    pytest.param("Enfants :\nFlorence, le 12.03.2015\n", "Florence", PERSON, id="dateline-enfants-fr"),
    pytest.param("Figli:\nAdelaide, 12.03.2012\n", "Adelaide", PERSON, id="dateline-figli-it"),
    pytest.param("Wir freuen uns über die Geburt unserer Tochter\nCharlotte, 03.02.2026\n3450 g, 51 cm\n",
                 "Charlotte", PERSON, id="dateline-newborn"),
    # ... guards
    pytest.param("Kiel, 12. April 2025   M. Heser\n", "Heser", PERSON, id="dateline-name-after-gap-guard"),
    # persons: a surname first ending at '<' -- open (the commit's own example) and guard
    pytest.param("<td>Melnyk, Nataliia</td><td>12.03.1988</td>\n", "Nataliia", PERSON, id="tag-surname-first"),
    pytest.param("<tr><td>Wyss, Beat</td><td>Bern</td></tr>\n", "Wyss, Beat", PERSON, id="tag-surname-first-short"),
    pytest.param("<td>MELNYK, Nataliia</td>\n", "MELNYK", PERSON, id="tag-surname-capitals"),
    pytest.param("<td> Wyss, Beat</td>\n", "Wyss, Beat", PERSON, id="tag-space-guard"),
    # person_particles.particle_names_after_titles -- open and guards
    pytest.param("Frau in der Gand hat angerufen.\n", "Gand", PERSON, id="titled-docstring-gand"),
    pytest.param("Bitte an Herr uf der Maur weiterleiten.\n", "Maur", PERSON, id="titled-uf-der-maur"),
    pytest.param("Frau Dr. med. in der Gand hat den Befund.\n", "Gand", PERSON, id="titled-two-titles",
                 marks=_TITLE_BETWEEN),
    pytest.param("Sehr geehrte Frau In der Gand\n", "Gand", PERSON, id="titled-capital-particle",
                 marks=_TITLE_BETWEEN),
    pytest.param("Herr am Rhyn kommt um 10.\n", "am Rhyn", PERSON, id="titled-am-rhyn-guard"),
    pytest.param("Frau op de Hipt hat angerufen.\n", "op de Hipt", PERSON, id="titled-op-de-guard"),
    pytest.param("Herr am Rhyn, Frau im Obersteg\n", "Obersteg", PERSON, id="titled-im-obersteg-guard"),
    pytest.param("Kanzlei: RA Zbinden & Partner\n", "Zbinden", PERSON, id="ra-lawyer-guard"),
    # person_records._name_parts -- open and guards
    pytest.param('[\n  {"first": "Ysaline",\n   "last": "Zwygart"}\n]\n', "Zwygart", PERSON,
                 id="keys-object-closed-on-line"),
    pytest.param('{\n  "First": "Ysaline",\n  "Last": "Zwygart"\n}\n', "Ysaline", PERSON, id="keys-capitalised"),
    pytest.param("<first>Ysaline</first>\n<last>Zwygart</last>\n", "Zwygart", PERSON, id="keys-xml"),
    pytest.param('{\n  "first": "Ysaline",\n  "last": "Zwygart"\n}\n', "Ysaline", PERSON, id="keys-json-guard"),
    pytest.param("- first: Wiebke\n  last: Sommerhalder\n", "Sommerhalder", PERSON, id="keys-yaml-list-guard"),
    pytest.param("contact:\n  first: ysaline\n  last: zwygart\n", "zwygart", PERSON, id="keys-lower-case-guard"),
    # dates._life_dates -- open and guards
    pytest.param("Grabstein: 06.09.1929 in Basel – 25.11.2025 in Bern\n", "06.09.1929", DOB,
                 id="life-place-between", marks=_LIFE_GAPS),
    pytest.param("Inschrift: 06.09.29 – 25.11.2025\n", "06.09.29", DOB, id="life-two-digit-year", marks=_LIFE_GAPS),
    pytest.param("Inschrift: 06.09.1929\u00a0- 25.11.2025\n", "06.09.1929", DOB, id="life-nbsp-hyphen"),
    pytest.param("Headstone: September 6, 1929 — November 25, 2025\n", "September 6, 1929", DOB,
                 id="life-em-dash-guard"),
    # addresses: ranges, '-gass', cells -- guards and open
    pytest.param("Frau Huber wohnt in der Bergstraße 8–14.\n", "8–14", ADDRESS, id="range-de-guard"),
    pytest.param("Please send it to 2–26 Mill Lane.\n", "2–26", ADDRESS, id="range-en-guard"),
    pytest.param("Sie wohnt an der Obergass 12 in Winterthur.\n", "Obergass 12", ADDRESS, id="gass-guard"),
    pytest.param("<td>via Marconi n. 16</td>\n", "via Marconi n. 16", ADDRESS, id="it-cell-td-guard"),
    pytest.param("| Tenant | Address |\n| J. Brown | 54 Orchard Close |\n", "54 Orchard Close", ADDRESS,
                 id="en-cell-guard"),
    pytest.param("Tenant: Judith Brown / 54 Orchard Close / rent due\n", "54 Orchard Close", ADDRESS,
                 id="en-cell-slashes", marks=_CELL_SEPARATORS),
    pytest.param("| Judith Brown | 54 Orchard Close (rear) |\n", "54 Orchard Close", ADDRESS,
                 id="en-cell-aside", marks=_CELL_SEPARATORS),
    pytest.param("Rossi Mario / via Verdi 71 / Lugano\n", "via Verdi 71", ADDRESS, id="it-cell-slashes",
                 marks=_CELL_SEPARATORS),
    pytest.param("- Rossi Mario, via Verdi 71\n", "via Verdi 71", ADDRESS, id="it-list-item",
                 marks=_CELL_SEPARATORS),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# Each new rule's shape repeated n and 4n times: the regex engine's positions stay proportional.  (Checked: no new
# loop re-reads what an earlier one read; the dash rule searches 32 characters before each dash, the cell rules 10
# around each street, the dateline rule 8 back and 48 ahead of each PERSON.)
SHAPES = [
    pytest.param("Grab: ", "01.01.1900 – ", "01.01.2000\n", id="life-dates-chained"),
    pytest.param("06.09.1929 ", "– ", "25.11.2025\n", id="life-dash-run"),
    pytest.param("", "first: Tillmann\n", "last: Mandl\n", id="keys-many-firsts"),
    pytest.param("| ", "via Verdi 71 | ", "\n", id="it-cells"),
    pytest.param("x", ",54 Orchard Close", ",\n", id="en-cells-commas"),
    pytest.param("", "> > > Basel, 25.10.2025\n", "", id="datelines-quoted"),
]


@pytest.mark.parametrize(("head", "unit", "tail"), SHAPES)
def test_new_rules_scan_linearly(anonymizer: Anonymizer, head: str, unit: str, tail: str) -> None:
    small = engine_work(anonymizer, head + unit * 100 + tail)
    large = engine_work(anonymizer, head + unit * 400 + tail)
    assert 0 < large <= 4.5 * small


# (shapes of at most 19 characters: 200 of them stay under the ~4,000 characters past which the name rules take a
# long text's path -- a step of ~1,100 look-ups at 38046dd already, linear after it)
@pytest.mark.parametrize("shape", [
    "Herr am Rhyn, \n",
    "Fr. im Frühdienst, ",
    "Kiel, 12.03.2025\n",
    "first:Lea\nlast:Ott\n",
])
def test_new_rules_look_up_names_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch,
                                          shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)


class _Walked(str):
    """A text that counts the characters its find/rfind calls walk over."""

    walked = 0

    def find(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else min(end, len(self))
        found = str.find(self, sub, start, end)
        _Walked.walked += max(0, (found if found >= 0 else end) - start)
        return found

    def rfind(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else min(end, len(self))
        found = str.rfind(self, sub, start, end)
        _Walked.walked += max(0, end - (found if found >= 0 else start))
        return found


def _walked(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, rule: str, text: str) -> int:
    original = getattr(anonymizer_module, rule)
    monkeypatch.setattr(anonymizer_module, rule, lambda text, *rest: original(_Walked(text), *rest))
    _Walked.walked = 0
    anonymizer.detect(text)
    monkeypatch.setattr(anonymizer_module, rule, original)
    return _Walked.walked


@pytest.mark.parametrize("unit", [
    "  first: Ysaline\n  last: Zwygart\n",                      # each key reads its own line back once
    '  "first": "Ysaline", "first": "Anna", "first": "Lea",\n',  # keys that do not end their line
])
def test_paired_keys_walk_each_line_once(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    small = _walked(anonymizer, monkeypatch, "persons_from_records", unit * 40)
    large = _walked(anonymizer, monkeypatch, "persons_from_records", unit * 160)
    assert large <= 4.5 * small + 50
