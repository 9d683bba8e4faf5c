"""Review of session 24's anonymizer changes (5f3ab31..fff8ec0, src/tarnkappe/privacy): cue-word gates answered
from one Aho-Corasick pass (gates.py, GatedText, KIN_GATE, _LOWER_TYPE_GATE), date-of-birth keys with qualifiers
and typos (field_keys.names_a_birth_date), children's keys ('Kind 1: Name, date'), dotted leaders (fields.py
_DOT_LEADER), 'Mrz', hosts before a phone number (person_hosts._BEFORE_PHONE), pilot and member keys, streets before
a town after ' · ', ' / ' or a country's code (postcodes.py, address_parts.py), a postcode and town alone as a chat
message (chats._locality_alone), duty compounds before a colon (person_context._DUTY_ENDINGS), more prompt verbs
(person_cues.IMPERATIVES), abbreviated header cells (model_names._abbreviated_cell) and header lines of counting
words (header_cells._COLUMN_WORDS).  Read as an attacker and as the user whose data it is; every name, number and
address here is invented for these tests.

Two groups:
1. LEAKS: a personal value in a new shape or a near variant of one (separator, language, case, word order); each of
   its letters and digits must be covered by a detected entity of the expected type.  Regressions (masked at
   5f3ab31) are marked so in their comment; the others are gaps next to the new rules.
2. OVER-MASKING: ordinary text a new rule now masks; the words must stay as written.

Written with 46 cases (33 leaks, 13 over-masking), all failing at fff8ec0, none marked.  Fixed in session 24:
the eight regressions (the lone surrogate is read word by word, a header of counting words drops only ordinary
words, keys and short abbreviations, an abbreviated cell is short and whole, no "-meister" label, a subject's
verb after "Schick", four dots make a leader and a line without a key falls through to the aligned form), and
eight over-masks and fourteen gaps; strict xfail: 11 gaps and 5 over-masks (3 kept, privacy first).
Run at 5f3ab31 the eight regression leaks and all 13 over-masking cases pass (the changes introduced them); the
other 25 leaks fail there too (gaps next to the new rules).

Gates: every gate's answer was compared with the old substring test on 3,000 random texts of gate words and noise
and on each word across the automaton's chunk border -- no difference; KIN_GATE and _LOWER_TYPE_GATE hold every word
kin_before and _LOWER_TYPE can need.  The one difference is a crash: a text with a lone surrogate (a broken emoji,
as JSON's "\\ud83d" decodes) makes ahocorasick_rs raise UnicodeEncodeError in GateIndex.gated, before _detect's
try, so the request fails with a non-DetectionError where 5f3ab31 masked it.

Speed: no super-linear cost found -- 50 KB -> 200 KB (and 100/400/800 KB for the slowest) of repeated '...', dotted
form lines, 'Kind 1: ', ' · ', streets before towns, gate words, kin words, 'bei x, ruf an: <phone>', chat messages
of a postcode and town, header lines, abbreviated cells, 'Mrz' dates, duty labels and birth-date keys all grew
3.3x-4.9x.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType

from .review_helpers import in_clear, masked

PERSON, DOB, ADDRESS = EntityType.PERSON, EntityType.DOB, EntityType.ADDRESS


WA = "[12.03.25, 19:02:11] Res: {q}\n[12.03.25, 19:03:40] Fabienne: {a}\n[12.03.25, 19:04:02] Res: merci"


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # gates.py, GateIndex.gated -- REGRESSION: a lone surrogate (a half emoji from a broken client) raises
    # UnicodeEncodeError in ahocorasick_rs before _detect's try; 5f3ab31 masked the text
    pytest.param("Meine Frau Anna Brunner, geb. 12.03.1981 \ud83d schreibt dir morgen", "12.03.1981", DOB,
                 id="gates-lone-surrogate"),
    # header_cells._COLUMN_WORDS -- REGRESSIONS: a roster or score sheet whose columns are people: three cells
    # that count or date make the line a header, and its names are dropped
    pytest.param("Dienstplan März\nDatum;Start;Ende;Brunner;Zgraggen\n03.03.;07:00;16:00;x;\n04.03.;07:00;16:00;;x",
                 "Brunner;Zgraggen", PERSON, id="header-roster-people-columns"),
    pytest.param("| Nr | Runde | Imfeld | Zgraggen | Total |\n|----|-------|--------|----------|-------|\n"
                 "| 1  | 1     | 157    | 143      | 300   |", "Imfeld | Zgraggen", PERSON,
                 id="header-scoreboard-players"),
    # model_names._abbreviated_cell -- REGRESSIONS: a name the model found, a full stop and a tab or bar after it,
    # is taken for a header's abbreviation ('Kennz.'): a note's last sentence, a cell with a full stop
    pytest.param("Datum\tTyp\tNotiz\n12.03.\tAnruf\tRückfrage von Zgraggen.", "Zgraggen", PERSON,
                 id="abbreviated-cell-sentence-end"),
    pytest.param("Aufgabe | Verantwortlich | Termin\nFlyer | Zgraggen. | 12.03.", "Zgraggen", PERSON,
                 id="abbreviated-cell-name-with-stop"),
    # person_context._DUTY_ENDINGS -- REGRESSION: a surname that ends in '-meister' as a speaker in minutes
    pytest.param("Protokoll Vorstandssitzung\nKuchenmeister: Die Kasse ist geprüft.\nZgraggen: Danke, nächster Punkt.",
                 "Kuchenmeister", PERSON, id="duty-ending-surname-speaker"),
    # person_cues.IMPERATIVES -- REGRESSION: 'Schick' is a surname too, before a subject's verb the rules miss
    pytest.param("Schick war gestern nicht da.", "Schick", PERSON, id="imperative-schick-surname"),
    # fields._line, _DOT_LEADER -- REGRESSION: a line with '...' returns before the space-aligned form's rule
    pytest.param("Wohnort        Unteriberg ... (seit 2019)", "Unteriberg", ADDRESS,
                 id="dot-leader-hides-aligned-form"),
    # _DOT_LEADER (gaps): no space after the dots, a second dotted field on the line, a French form
    pytest.param("Kunde...........Zgraggen-Imfeld, Res", "Zgraggen-Imfeld", PERSON, id="dot-leader-no-space"),
    pytest.param("Kunde ....... Zgraggen-Imfeld, Res ....... Kd.-Nr. 40021", "Zgraggen-Imfeld", PERSON,
                 id="dot-leader-two-fields"),  # fixed: a double surname under a weak key
    pytest.param("Nom ................ Zgraggen-Imfeld\nPrénom ............. Res", "Zgraggen-Imfeld", PERSON,
                 id="dot-leader-french-nom"),  # fixed: a double surname under a weak key
    # field_keys.names_a_birth_date (gaps): 'dob' with a qualifier; the place of a date-and-place key
    pytest.param("dob_18plus: 12.03.1981", "12.03.1981", DOB, id="birth-key-dob-qualifier",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'dob' is too short to be read as a prefix")),
    pytest.param("Geburtsdatum/-ort: 12.03.1981, Altdorf UR", "Altdorf", ADDRESS, id="birth-key-date-and-place",
                 marks=pytest.mark.xfail(strict=True, reason="open: the place of a date-and-place key")),
    # fields._child_birth, CHILD_KEYS (gaps): a dash, more after the date, a list of children, another language
    pytest.param("Kind 1: Milan – 12.07.2025", "12.07.2025", DOB, id="child-key-dash"),
    pytest.param("Kind 1: Milan, 12.07.2025, Kita Sonnenblume", "12.07.2025", DOB, id="child-key-more-after",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "open: only a date alone after the child's name is taken (the entry date case)"))),
    pytest.param("Kinder: Milan, 12.07.2025; Lea, 03.02.2022", "12.07.2025", DOB, id="child-key-list"),
    pytest.param("Enfant 1 : Hugues, 30/04/2022, garçon", "30/04/2022", DOB, id="child-key-french-more-after",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "open: only a date alone after the child's name is taken (the entry date case)"))),
    # dates.MONTHS 'Mrz' (gaps): written without spaces; 'Maerz' without its umlaut
    pytest.param("Res Imfeld, geb. 12.Mrz.1981", "12.Mrz.1981", DOB, id="mrz-compact",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "open: a month's name without a space before the year (older than session 24)"))),
    pytest.param("Res Imfeld, geb. am 12. Maerz 1981 in Altdorf", "12. Maerz 1981", DOB, id="maerz-transliterated"),
    # person_hosts._BEFORE_PHONE (gaps): the call word with its object, a word other than the listed ones
    pytest.param("die noten liegen bei rogge, ruf sie an: +49 173 5550123", "rogge", PERSON, id="host-ruf-sie-an"),
    pytest.param("die noten liegen bei rogge, erreichbar unter +49 173 5550123", "rogge", PERSON,
                 id="host-erreichbar-unter"),
    pytest.param("c'est chez da silva pinto, appelle-la : 07 28 55 01 23", "silva pinto", PERSON,
                 id="host-appelle-la"),
    pytest.param("it's with moscarda, call her on 07700 900123", "moscarda", PERSON, id="host-call-her-on"),
    pytest.param("le chiavi sono da zanetti, chiamalo al 347 555 0123", "zanetti", PERSON, id="host-chiamalo-al"),
    # postcodes._STREET_BEFORE, address_parts._STREET_BEFORE_TOWN (gaps): a signature's bar or bullet, a hyphen,
    # two spaces around the dot
    pytest.param("Zgraggen Holzbau GmbH | Lange Reihe 15 | 70597 Stuttgart | Tel. 0711 555 12 34", "Lange Reihe 15",
                 ADDRESS, id="street-before-town-bar"),
    pytest.param("Lange Reihe 15 • 70597 Stuttgart", "Lange Reihe 15", ADDRESS, id="street-before-town-bullet"),
    pytest.param("Lange Reihe 15 - 70597 Stuttgart", "Lange Reihe 15", ADDRESS, id="street-before-town-hyphen"),
    pytest.param("Rebmatte 16  ·  8840 Einsiedeln", "Rebmatte 16", ADDRESS, id="street-before-town-two-spaces"),
    # chats._locality_alone (gaps): an emoji after the town, a town the place list lacks, the street in the
    # message before
    pytest.param(WA.format(q="wo wohnst du jetzt?", a="8302 Kloten 🙂"), "8302 Kloten", ADDRESS,
                 id="locality-alone-emoji"),
    pytest.param(WA.format(q="où habitez-vous maintenant ?", a="1950 Sion"), "1950 Sion", ADDRESS,
                 id="locality-alone-sion",
                 marks=pytest.mark.xfail(strict=True, reason="open: a town missing from the place list")),
    pytest.param("12.03.25, 19:02 - Res: und die adresse?\n12.03.25, 19:03 - Fabienne: Rebmatte 16\n"
                 "12.03.25, 19:03 - Fabienne: 8840 Einsiedeln\n12.03.25, 19:04 - Res: merci", "Rebmatte 16", ADDRESS,
                 id="locality-alone-street-message-before",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "open: a gap next to the new rule, not fixed in session 24"))),
    # field_keys.GROUP_KEYS 'Mitglieder' (gap): the members in lower case
    pytest.param("Mitglieder: fäbu zgraggen, res imfeld", "zgraggen", PERSON, id="members-lower-case",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "open: a gap next to the new rule, not fixed in session 24"))),
    # person_cues.IMPERATIVES (gap): the name after a new prompt verb
    pytest.param("Ergänz bei Zgraggen die Telefonnummer.", "Zgraggen", PERSON, id="imperative-name-after-verb",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "open: older than session 24 (the name after a prompt's verb)"))),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_hosts._BEFORE_PHONE (all new): firms before a number to call, masked as the host's name
    pytest.param("Termin bei Swisscom, Tel. 0800 800 800", "Swisscom", id="host-phone-firm-swisscom",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "kept: privacy first -- keeping firms out before a phone cost three unlisted surnames of "
                     "holdout27"))),
    pytest.param("Für Hilfe mit Rechnungen bei Helsana, ruf an: 0844 80 81 82", "Helsana", id="host-phone-insurer",
                 marks=pytest.mark.xfail(strict=True, reason="kept: as host-phone-firm-swisscom")),
    # fields._DOT_LEADER (all new): an ellipsis after a key word in prose is no leader; a table of contents;
    # a second dotted key on the line
    pytest.param("Kunde ... Meier hat wieder angerufen, will Rabatt.", "hat wieder angerufen",
                 id="dot-leader-prose-kunde"),
    pytest.param("Teilnehmer... Bitte bis Freitag melden!", "Bitte bis Freitag melden",
                 id="dot-leader-prose-teilnehmer"),
    pytest.param("Patient ... Schmerzen seit gestern, Fieber", "Schmerzen seit gestern", id="dot-leader-prose-patient"),
    pytest.param("Inhaltsverzeichnis\nEinleitung ............ 3\nAnsprechpartner ....... Anhang B", "Anhang B",
                 id="dot-leader-table-of-contents",
                 marks=pytest.mark.xfail(strict=True, reason="open: a table of contents' entry under a key's word")),
    pytest.param("Name ...... Zgraggen    Vorname ...... Fabienne", "Vorname", id="dot-leader-second-key"),
    # field_keys.column_key + names_a_birth_date (new): a column of when the birth date was changed
    pytest.param("id;name;birthdate_changed_at;plan\n17;K. Imfeld;2025-11-03;basic", "2025-11-03",
                 id="birth-key-changed-at-column"),
    # fields._child_birth (new): a child's date that the line says is no birth
    pytest.param("Kind: Milan, 01.08.2026 (Eintritt Kita)", "01.08.2026", id="child-key-entry-date"),
    # field_keys.ROLE_KEYS 'pilot', GROUP_KEYS 'members' (new): a pilot project, a team's parts
    pytest.param("Pilot: Filiale Luzern, Start im Mai", "Filiale Luzern", id="pilot-project",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "kept: 'Pilot:' names a flight's pilot in club logs; the value has a name's shape"))),
    pytest.param("Team members: Frontend, Backend, QA", "QA", id="members-team-parts"),
    # postcodes._STREET_BEFORE (new): a race's stage before its town
    pytest.param("Etappe 3 · 3800 Interlaken – Grindelwald, 42 km", "Etappe 3", id="street-before-town-stage"),
    # chats._locality_alone (new): a year and a place as a quiz's answer
    pytest.param("12.03.25, 19:02 - Res: wann und wo wurde die Eidgenossenschaft gegründet?\n"
                 "12.03.25, 19:03 - Fabienne: 1291 Schwyz\n12.03.25, 19:04 - Res: genau", "1291 Schwyz",
                 id="locality-alone-year-and-place",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "kept: 1291 is also a Swiss postcode; alone in a message it is taken"))),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)
