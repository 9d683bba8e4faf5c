"""Second review of session 26's anonymizer change (1ba5fed, dc3f9a9 after d8a3590; src/tarnkappe/privacy): the
column of names (person_columns.py), the surname written first (surname_first.widen_over_surnames_first), the new
person and role keys (field_keys.py), 'ich, Mehmet hier.' in chats (chats._HERE_INTRO) and the fixes of the first
review (address, dates, particles, kin, 'frag').  Read as an attacker and as the user whose data it is; every name,
number and address here is invented for these tests.

Three groups, as in test_review_session26.py:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   Regressions (masked at d8a3590, sent in clear at dc3f9a9) are marked so; gaps next to the new rules are open;
   plain tests are what the new rules now mask (keep it so).
2. OVER-MASKING: ordinary text that must stay as written.
3. WORK: person_columns' cost on a gap-aligned table with one long line.

Written with 50 cases (25 leaks, 24 over-masking, 1 work), each checked at d8a3590 and at dc3f9a9 (pytest --runxfail
with PYTHONPATH=<worktree>/src).

Leaks: 13 REGRESSIONS, all from the first review's fixes.  The worst: a child's date of birth with a two-digit year
('Kinder: Lea (il 06/01/13), Tim (am 3.4.15)'; dates._not_past reads a date without a four-digit year as a future
event: both dates sent) and a transposed year in a corrected birth date ('01.07.1979 statt 01.07.1997';
_near_years wants ten years at most -- a swapped digit is 18 apart).  Then a house number from 1 to 12 after 'at'
is now always an hour (address_en._clock_time: 'Meet me at 5 Orchard Close', 'at 7 Mill Close', 'meet at 11 Manor
Way'); lettered house numbers after a common word ('Rosengarten 3a', 'Am Wasser 55a') or after a prefix other than
Am/Im/Zum/Zur ('In Reben 3a', 'Unter Altstadt 3a'); address_parts._YEAR_KEY matches inside a key's word ('Ort
Arbeitgeber: 8400 Winterthur' -- 'geb'; 'Wohngebiet: 8003 Zürich'; 'Lieu de naissance: 1950 Sion', a birthplace);
'frag' / 'chiedi a' now take listed names only ('frag Tschümperlin,', 'chiedi a Pedrazzoli,' sent in clear; also
'frag Gschwendholzer,').  Gaps (open): 5 -- a slash pair in a column ('Zgraggen/Imhof'), a surname that is a word
('Petit', 'Frei'; 'Blanc', 'Young', 'Lang', 'Gross' too), a lower-case surname in a column, 'Ich bins, Mehmet
hier.'.  Guards: 7 (new-rule examples, masked at dc3f9a9 only: 'Kainz', 'L. Wende', 'Little, Alex', 'ich, Mehmet
hier.'; 'io, Pedrazzoli qui').  widen_over_surnames_first added no over-masking found: 'Hoi, Anna', 'Okay, Anna',
'Raum: Aula, Tobias', 'Ferien, Anna' are masked the same at d8a3590 (older rules).
Over-masking: 20 REGRESSIONS -- the person keys take any value ('Gravur: Keine', 'Engraving: None', 'Widmung: Für
Mama', 'Dédicace : Joyeux Anniversaire', 'Incisione: Buon Compleanno', 'Zielperson: Unbekannt'; French
'Inscription' is a registration: 'Inscription : Gratuite', 'Inscription: Sur place'), role keys a sentence
('Aufsicht: Die Klasse bleibt im Zimmer.', 'Fechter: Das Protokoll ist fertig.'); person_columns masks statuses and
firms in any column with two full names ('Feiertag', 'Vakant', 'Ferien', 'Homeoffice', 'Urlaub', 'Militär',
'Mittagspause', 'Ruhetag', 'Renovation', 'Mutterschaft', 'Teilzeit', 'Gastbeitrag', payees 'Swisscom', 'Helsana')
and a header with a word an older rule took for a person ('| KW | Pikett | Stellvertretung |': read as data);
_HERE_INTRO takes any word ('ich, Homeoffice hier.', 'ich, Migros hier', 'me, Reception here', 'moi, Bureau ici' --
which then masks 'bureau' in lower case elsewhere in the chat).  4 guards.

Speed: one SUPER-LINEAR cost (a regression).  person_columns._column_names scans every row for every column, and a
gap-aligned table keys its columns by offset and needs no equal cell count: one long line of 'a  ' (N/6 columns)
over N/16 short rows costs about N*N/100 dict look-ups.  names_in_columns alone: 22 KB 0.4 s, 44 KB 1.3 s, 88 KB
4.8 s, 176 KB 19 s; mask() 16 KB -> 66 KB: x3.3 at d8a3590, x10 at dc3f9a9 (2.9 s).  The position meter does not
see it (Python dict work, no scans).

After the review (the commit after dc3f9a9): the quadratic cost fixed (each cell read once; the work test counts
looks at a table's rows instead of timing them), all 13 leak regressions fixed, 17 of the 20 over-masking ones
('Vakant', 'Swisscom', 'Helsana' in a column of names stay masked: a German adjective of middling frequency and two
firms look as a surname does; 'Vakant' stays readable in that test only because 'Feiertag' beside it is read as no
name), 'ich, Mehmet hier.' kept; their marks are off.  Open still: the cases marked below.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType

from .review_helpers import in_clear, masked

PERSON, ADDRESS, DOB = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB


def _regression(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of dc3f9a9 (masked at d8a3590): {what}")


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of dc3f9a9 (readable at d8a3590): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at d8a3590 too): {what}")


_LETTERED = "de_field_lettered / de_prefix_lettered: the common-word and Am/Im/Zum/Zur vetoes drop real streets"
_CLOCK = "address_en._clock_time: any number 1-12 after 'at' is an hour, also a house on a weak-suffix street"
_YEAR_KEY = "address_parts._YEAR_KEY is searched inside the key's words ('Arbeitgeber', 'Wohngebiet', 'naissance')"
_ASK = "person_kin._ASK: a capitalised word after 'frag'/'chiedi a' must now be a listed name"
_PERSON_KEY = "field_keys.PERSON_KEYS: any value under 'Gravur', 'Widmung', 'Inscription', ... is a PERSON"
_COLUMNS = "person_columns: any cell no common word in a column with two full names ('Feiertag', firms)"
_HERE = "chats._HERE_INTRO: any capitalised word between 'ich,' and 'hier' is a name"

_GUIDES = "| Zeit | Tour | Guide |\n| 10:00 | Altstadt | Tobias Hartmann |\n| 11:00 | Museum | Sabine Keller |\n"
_CHAT = "[12.03.26, 10:02] Anna: wer ist noch da?\n[12.03.26, 10:03] Peter: "

# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # dates.py -- REGRESSIONS, the worst first: a child's birth with a two-digit year, a transposed year
    pytest.param("Kinder: Lea (il 06/01/13), Tim (am 3.4.15)", "06/01/13", DOB, id="child-dob-two-digit-year-il"),
    pytest.param("Geburtsdatum 01.07.1979 statt 01.07.1997", "01.07.1997", DOB, id="dob-correction-swapped-year"),
    # address_en -- REGRESSIONS: a house number from 1 to 12 after 'at'
    pytest.param("Meet me at 5 Orchard Close by the gate.", "5 Orchard Close", ADDRESS, id="en-at-5-close"),
    pytest.param("meet at 11 Manor Way by the gate", "11 Manor Way", ADDRESS, id="en-at-11-way"),
    # address.py -- REGRESSIONS: lettered house numbers
    pytest.param("Sie wohnt Rosengarten 3a.", "Rosengarten 3a", ADDRESS, id="de-field-lettered-common-word"),
    pytest.param("Er wohnt Am Wasser 55a.", "Am Wasser 55a", ADDRESS, id="de-prefix-lettered-common-noun"),
    pytest.param("Er wohnt In Reben 3a.", "In Reben 3a", ADDRESS, id="de-prefix-lettered-in"),
    pytest.param("Er wohnt Unter Altstadt 3a.", "Unter Altstadt 3a", ADDRESS, id="de-prefix-lettered-unter"),
    # address_parts._KEYED_TOWN_LINE -- REGRESSIONS: 'geb' / 'naiss' inside a key's word
    pytest.param("Strasse: Industriestrasse 5\nOrt Arbeitgeber: 8400 Winterthur", "8400 Winterthur", ADDRESS,
                 id="keyed-town-arbeitgeber"),
    pytest.param("Adresse: Rosenweg 12\nWohngebiet: 8003 Zürich", "8003 Zürich", ADDRESS,
                 id="keyed-town-wohngebiet"),
    pytest.param("Adresse: Rue du Rhône 5\nLieu de naissance: 1950 Sion", "1950 Sion", ADDRESS,
                 id="keyed-town-lieu-de-naissance"),
    # person_kin._ASK -- REGRESSIONS: an unlisted surname
    pytest.param("frag Tschümperlin, der weiss es", "Tschümperlin", PERSON, id="ask-frag-unlisted"),
    pytest.param("chiedi a Pedrazzoli, ne ha due", "Pedrazzoli", PERSON, id="ask-chiedi-unlisted"),
    # guards: the new rules' own examples and near variants
    pytest.param("| Raum | Zeit | Leitung |\n| Aula | 09:00 | Tobias Hartmann |\n"
                 "| Turnhalle | 10:00 | Sabine Keller |\n| Mensa | 11:00 | Kainz |", "Kainz", PERSON,
                 id="columns-surname-alone"),
    pytest.param(_GUIDES + "| 12:00 | Hafen | L. Wende |", "L. Wende", PERSON, id="columns-initial-and-word"),
    pytest.param("| Ora | Giro | Guida |\n| 10:00 | Centro | Marco Rossi |\n| 11:00 | Museo | Giulia Bianchi |\n"
                 "| 12:00 | Porto | Pedrazzoli |", "Pedrazzoli", PERSON, id="columns-italian"),
    pytest.param("Startliste: Silber, Jann; Little, Alex", "Little", PERSON, id="surname-first-word-surname"),
    pytest.param("[12.03.26, 10:02] +41 79 555 12 34: ich, Mehmet hier. neue nummer\n[12.03.26, 10:03] Anna: ok",
                 "Mehmet", PERSON, id="chat-here-intro"),
    pytest.param("[12.03.26, 10:02] +41 79 555 12 34: io, Pedrazzoli qui\n[12.03.26, 10:03] Anna: ciao",
                 "Pedrazzoli", PERSON, id="chat-here-intro-it"),
    pytest.param("demande à Vuilleumier, il sait", "Vuilleumier", PERSON, id="ask-demande-a"),
    # gaps next to the new rules
    pytest.param(_GUIDES + "| 12:00 | Hafen | Zgraggen/Imhof |", "Zgraggen/Imhof", PERSON, id="columns-slash-pair",
                 marks=_open("person_columns._name_like: '/' rejects the cell")),
    pytest.param("| Heure | Visite | Guide |\n| 10:00 | Vieille ville | Jean Dupont |\n"
                 "| 11:00 | Musée | Marie Favre |\n| 12:00 | Port | Petit |", "Petit", PERSON,
                 id="columns-surname-a-word-fr"),  # (a guide's key since session 36)
    pytest.param(_GUIDES + "| 12:00 | Hafen | Frei |", "Frei", PERSON,
                 id="columns-surname-a-word-de"),  # (a guide's key since session 36)
    pytest.param(_GUIDES + "| 12:00 | Hafen | zgraggen |", "zgraggen", PERSON, id="columns-lower-case",
                 marks=_open("person_columns._name_like: capitalised words only")),
    pytest.param("[12.03.26, 10:02] +41 79 555 12 34: Ich bins, Mehmet hier.\n[12.03.26, 10:03] Anna: ok danke",
                 "Mehmet", PERSON, id="chat-here-intro-bins"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
_PIKETT = ("| KW | Pikett | Stellvertretung |\n| 10 | Tobias Hartmann | Sabine Keller |\n"
           "| 11 | Sabine Keller | Lukas Brunner |\n| 12 | Feiertag | Vakant |")
_DUTY = "| Datum | Vertretung |\n| 03.03. | Tobias Hartmann |\n| 04.03. | Sabine Keller |\n| 05.03. | Ferien |\n"
_ROOMS = "| Zimmer | Belegung |\n| 101 | Tobias Hartmann |\n| 102 | Sabine Keller |\n"

OVER = [
    # field_keys.PERSON_KEYS -- REGRESSIONS: any value under the new person keys
    pytest.param("Inscription : Gratuite", "Gratuite", id="key-inscription-registration"),
    pytest.param("Inscription: Sur place", "Sur place", id="key-inscription-sur-place"),
    pytest.param("Gravur: Keine", "Keine", id="key-gravur-keine"),
    pytest.param("Widmung: Für Mama", "Für Mama", id="key-widmung"),
    pytest.param("Dédicace : Joyeux Anniversaire", "Joyeux Anniversaire", id="key-dedicace"),
    pytest.param("Zielperson: Unbekannt", "Unbekannt", id="key-zielperson-unbekannt"),
    # field_keys.ROLE_KEYS -- REGRESSIONS: a sentence under a role key
    pytest.param("Aufsicht: Die Klasse bleibt im Zimmer.", "Die Klasse bleibt im Zimmer", id="key-aufsicht-sentence"),
    pytest.param("Fechter: Das Protokoll ist fertig.", "Das Protokoll ist fertig", id="key-fechter-sentence"),
    # ... guards
    pytest.param("Aufsicht: Schulleitung", "Schulleitung", id="key-aufsicht-role"),
    pytest.param("Clients: Swisscom AG", "Swisscom AG", id="key-clients-firm"),
    pytest.param("Kunden: Bitte beachten Sie die neuen Preise.", "Bitte beachten", id="key-kunden-sentence"),
    # person_columns -- REGRESSIONS: statuses, firms and a header in a column with two full names
    pytest.param(_PIKETT, "Feiertag", id="columns-feiertag"),
    pytest.param(_PIKETT, "Stellvertretung", id="columns-header-kept-as-data"),
    pytest.param(_DUTY + "| 06.03. | Homeoffice |", "Ferien", id="columns-ferien"),
    pytest.param("Datum;Empfänger;Betrag\n01.03.;Tobias Hartmann;120.00\n02.03.;Sabine Keller;80.00\n"
                 "03.03.;Swisscom;45.00\n04.03.;Helsana;320.00", "Helsana", id="columns-bank-payee-firm",
                 marks=_over(_COLUMNS)),
    pytest.param("Datum\tWer\tWas\nMo\tTobias Hartmann\tEinkauf\nDi\tSabine Keller\tPutzen\nMi\tUrlaub\t-\n"
                 "Do\tMilitär\t-", "Militär", id="columns-tab-militaer"),
    pytest.param("Zeit      Referent            Thema\n09:00     Tobias Hartmann     Begrüssung\n"
                 "10:00     Sabine Keller       Datenschutz\n11:00     Mittagspause        -\n"
                 "12:00     Podium              -", "Mittagspause", id="columns-gap-mittagspause"),
    pytest.param(_ROOMS + "| 103 | Renovation |\n| 104 | Reserviert |", "Renovation", id="columns-renovation"),
    pytest.param(_ROOMS + "| 103 | Mutterschaft |\n| 104 | Teilzeit |", "Mutterschaft", id="columns-mutterschaft"),
    pytest.param("| Tag | Moderation |\n| Mo | Tobias Hartmann |\n| Di | Sabine Keller |\n| Mi | Gastbeitrag |\n"
                 "| Do | Wiederholung |", "Gastbeitrag", id="columns-gastbeitrag"),
    # ... guard: a team column beside the names
    pytest.param("| Tag | Team | Trainer |\n| Mo | Falcons | Tobias Hartmann |\n| Di | Tigers | Sabine Keller |\n"
                 "| Mi | Eagles | Lukas Brunner |", "Falcons", id="columns-team-beside-names"),
    # chats._HERE_INTRO -- REGRESSIONS: a place or a state between 'ich,' and 'hier'
    pytest.param(_CHAT + "ich, Homeoffice hier.", "Homeoffice", id="chat-here-homeoffice"),
    pytest.param("[12.03.26, 10:02] Anna: who is on site?\n[12.03.26, 10:03] Tom: me, Reception here", "Reception",
                 id="chat-here-reception"),
    pytest.param("[12.03.26, 10:02] Anna: qui est au bureau?\n[12.03.26, 10:03] Luc: moi, Bureau ici", "au bureau?",
                 id="chat-here-bureau-spreads"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
def _gap_table(n: int) -> str:
    """Two full names, one gap-aligned line of n cells, n short gap-aligned rows: n columns by offset."""
    return "Tobias Hartmann  Sabine Keller  Lukas Brunner\n" + "a  " * n + "\n" + "a  b  c\n" * n


class _CountingRow(dict):
    """A table row that counts every look at it: a membership test, a cell fetched, a cell walked over."""

    looks = 0

    def __contains__(self, key: object) -> bool:
        _CountingRow.looks += 1
        return super().__contains__(key)

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _CountingRow.looks += 1
        return super().__getitem__(key)

    def items(self):  # type: ignore[no-untyped-def]
        _CountingRow.looks += len(self)
        return super().items()

    def values(self):  # type: ignore[no-untyped-def]
        _CountingRow.looks += len(self)
        return super().values()


def test_gap_table_with_one_long_line_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed: every look at a row's cells.  At dc3f9a9 each column read every row (a gap table's
    # columns are offsets, one long line makes many: about N*N/100 looks); fixed by reading each cell once.
    from tarnkappe.privacy import person_columns

    real_blocks = person_columns._blocks

    def counting_blocks(text: str):  # type: ignore[no-untyped-def]
        return [[_CountingRow(row) for row in block] for block in real_blocks(text)]

    monkeypatch.setattr(person_columns, "_blocks", counting_blocks)
    anonymizer = Anonymizer(PrivacyConfig(learned_names=False))
    for n in (1500, 6000):
        text = _gap_table(n)
        _CountingRow.looks = 0
        masked(anonymizer, text)
        cells = text.count("  ") + text.count("\n")
        assert _CountingRow.looks <= 3 * cells, (n, _CountingRow.looks, cells)
