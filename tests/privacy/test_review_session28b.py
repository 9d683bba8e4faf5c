"""Second attacker review of session 28's anonymizer changes (23767cc..f4d0944; src/tarnkappe/privacy): a PERSON
that starts with a maker of cars, boilers, appliances or electronics and one or two model words is dropped
(products, f4d0944); '<name> (<aside>) : <date>' and '<name> [<aside>]: <date>' lists give DOBs (person_nicknames),
initials 'H.J.' / 'J. P.' under role keys (field_values), '- de Rham, Margaud' with an unlisted first name and the
'in'/'am' guard (person_spans), chat names before '(', ';', ' - ', ' is ' and with apostrophes (person_contacts) --
all 70afa7e.  Read as an attacker and as the user whose data it is; every name, number and address here is
invented for these tests.

Three groups:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   REGRESSIONS (masked at 23767cc) and open gaps next to the new rules (they fail at 23767cc too) are marked.
2. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at 23767cc) are marked so.
3. WORK: the new rules on growing texts (scan.METER positions, never time).

Each case was checked at f4d0944 and at 23767cc (pytest --runxfail with PYTHONPATH=<worktree>/src).

Leaks: 15 REGRESSIONS of f4d0944 -- products._maker_and_model drops a real person written surname first whenever
the first name is in no list: compound first names ('RENAULT Marie-Claude', 'Miele Hannelore-Sophie'), Japanese
order ('Honda Keisuke'), names the lists miss (Gianfranca, Kezia, Marijke, Hildtrud, Emine, Tamsin) -- in a
signature, after 'Gez.', an @mention, before an address, an e-mail, a date of birth, under a key; the title guard
misses a cue with a colon ('Patientin: Honda Keisuke').  Open: 'ist'/'est' after a chat name with two words,
a hyphenated apostrophe name, '{aside}' lists, 'H.J.Löffler' glued, '- zu Guttenberg, Kezia'.
Over-masking: 7 REGRESSIONS of 70afa7e -- glued initials take an organisation ('Worker: U.S. Army', 'Verkäufer:
U.S. Robotics', 'Worker: P.C. World'); '[<aside>]:' lists turn contract, team, entry and status dates into DOBs
(the '(<aside>)' form asks for no digits only -- a bracket says a status or a team as often).  Open: the 'in'/'am'
guard is not asked of 'zum'/'von'/'zur' ('- zum Glück, Anna') nor of a place ('- in Bern, Anna').
Work: linear (n vs 4n measured 3.6-4.1x on each shape; guard below).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType

from .review_helpers import engine_work, in_clear, masked

PERSON, DOB = EntityType.PERSON, EntityType.DOB


def _reg(commit: str, what: str, masked_then: bool = True) -> pytest.MarkDecorator:
    state = "masked" if masked_then else "readable"
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of {commit} ({state} at 23767cc): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at 23767cc too): {what}")


_MAKER = ("products._maker_and_model (f4d0944): a maker + 1-2 words is dropped unless a later word is a LISTED first "
          "name -- a surname written first before a first name no list has goes out whole; ask a model the maker "
          "makes (a closed model list or a code) or a product cue nearby, and never drop in a person's context")
_HYPHEN = _MAKER + "; lexicon.is_first_name('Marie-Claude') is False: read a hyphenated first name by its parts"
_CONTEXT = _MAKER + "; the line is a person's (signature, 'Gez.', @mention, address, e-mail, DOB, key)"
_COLON = ("products._maker_and_model (f4d0944): the title guard reads the word before the entity with its colon "
          "('Patientin:' is no CUES member); strip ':' too")
_INITIALS = ("field_values._INITIALS (70afa7e: '-?' makes 'U.S.' / 'P.C.' initials): two glued initials before an "
             "ordinary/organisation word are an acronym -- ask a rare surname after glued initials")
_BRACKET = ("person_nicknames._LISTED (70afa7e): '[<aside>]:' takes any aside without digits -- a team, a contract, "
            "an entry, a status; a date >= 10 years back becomes a DOB; ask a company's suffix or a nickname-shaped "
            "word in brackets, or refuse event/status words")
_PARTICLE = ("person_spans._surname_first (70afa7e): the 'ordinary word' guard reads 'in'/'am' only; 'zum Glück', "
             "'von Herzen', 'zur Info', 'in Bern' (a place) are phrases too")
_CHAT = ("person_contacts._BEFORE_PHONE (70afa7e): _WORDS {0,2}+ is possessive -- 'ist'/'est' after a two-word name is "
         "eaten as the name's third word and the ' is ' tail never matches")


_KEPT_BRACKETS = pytest.mark.xfail(strict=True, reason=(
    "kept (session 28, after the second review): '[aside]:' lists are not read -- brackets hold a contract's, a "
    "team's, a status's word as often as a company (test_review_session28b.py)"))

# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # products -- REGRESSIONS: surname first, first name in no list
    pytest.param("Liste des participants :\n- Renault Marie-Claude\n- Peugeot Jean-Baptiste", "Renault Marie-Claude",
                 PERSON, id="maker-compound-first-name"),
    pytest.param("Participants : RENAULT Marie-Claude, PEUGEOT Anne-Sophie", "PEUGEOT Anne-Sophie", PERSON,
                 id="maker-caps-compound"),
    pytest.param("Mit freundlichen Grüssen\nMiele Hannelore-Sophie", "Miele Hannelore-Sophie", PERSON,
                 id="maker-signature-hyphen"),
    pytest.param("Honda Keisuke und Suzuki Hiroshi kommen morgen.", "Honda Keisuke", PERSON, id="maker-japanese-order"),
    pytest.param("Kontakt: SIEMENS Hildtrud, Tel. 044 123 45 67", "SIEMENS Hildtrud", PERSON, id="maker-key-phone"),
    pytest.param("Cordiali saluti,\nRiello Gianfranca", "Riello Gianfranca", PERSON, id="maker-signature-it"),
    pytest.param("Best regards,\nPhilips Marijke", "Philips Marijke", PERSON, id="maker-signature-en"),
    pytest.param("Gez. Beretta Gianfranca", "Beretta Gianfranca", PERSON, id="maker-gez"),
    pytest.param("@Ferroli Gianfranca kannst du das übernehmen?", "Ferroli Gianfranca", PERSON, id="maker-mention"),
    pytest.param("Ferroli Gianfranca, Via Roma 12, 20121 Milano", "Ferroli Gianfranca", PERSON, id="maker-address"),
    pytest.param("An: Junkers Hildtrud <h.junkers@example.ch>", "Junkers Hildtrud", PERSON, id="maker-email"),
    pytest.param("Name | Geburtsdatum\nMiele Ottokar | 12.03.1961\nDyson Kezia | 04.05.1972", "Dyson Kezia", PERSON,
                 id="maker-dob-table"),
    pytest.param("BRAUN Siegtraud 12.03.1961\nDYSON Kezia 04.05.1972", "DYSON Kezia", PERSON, id="maker-dob-caps"),
    pytest.param("Bewerberin: Siemens Emine", "Siemens Emine", PERSON, id="maker-applicant"),
    pytest.param("Patientin: Honda Keisuke, geb. 12.03.1961", "Honda Keisuke", PERSON, id="maker-cue-colon"),
    # ... guards
    pytest.param("Participants : FORD Sarah, RENAULT Claude", "RENAULT Claude", PERSON, id="maker-listed-guard"),
    pytest.param("Mr Ford Brandon called yesterday.", "Ford Brandon", PERSON, id="maker-mr-guard"),
    pytest.param("Sehr geehrte Frau Dyson Kezia", "Dyson Kezia", PERSON, id="maker-frau-guard"),
    pytest.param("Kia Kowalczyk hat angerufen.", "Kia Kowalczyk", PERSON, id="maker-first-name-guard"),
    pytest.param("Mieterin: Bosch Anjali, Wohnung 3.1", "Bosch Anjali", PERSON, id="maker-mieterin-guard"),
    # person_contacts -- guards and near variants
    pytest.param("i'm kristy o’neill, +1 303 524 6861", "kristy o’neill", PERSON, id="chat-curly-apostrophe-guard"),
    pytest.param("sono antonina d'angelo (320 873 1270)", "antonina d'angelo", PERSON, id="chat-elided-guard"),
    pytest.param("numero di antonina rossi è 320 873 1270", "antonina rossi", PERSON, id="chat-e-guard"),
    pytest.param("nummer von lissy windhager ist 0664 1234567", "lissy windhager", PERSON, id="chat-ist"),
    pytest.param("i'm kristy mcallister-o'neill; +1 303 524 6861", "kristy mcallister-o'neill", PERSON,
                 id="chat-hyphen-apostrophe"),
    # person_nicknames / field_values / person_spans -- near variants
    pytest.param("Valerij Christoph [Hansa] : 18.09.1970\nBettina Lorenz [Kessler] : 02.03.1965\n"
                 "Ruth Amstutz [Frei] : 11.11.1981", "18.09.1970", DOB, id="nick-brackets-french-guard",
                 marks=_KEPT_BRACKETS),
    pytest.param("Valerij Christoph {Hansa}: 18.09.1970\nBettina Lorenz {Kessler}: 02.03.1965\n"
                 "Ruth Amstutz {Frei}: 11.11.1981", "18.09.1970", DOB, id="nick-braces",
                 marks=_open("person_nicknames._LISTED: '{aside}' is not read")),
    pytest.param("Verkäufer: H. J. Löffler", "H. J. Löffler", PERSON, id="initials-spaced-guard"),
    pytest.param("Teamleiter: H.J. von Löffler", "H.J. von Löffler", PERSON, id="initials-particle-guard"),
    pytest.param("Verkäufer: H.J.Löffler", "H.J.Löffler", PERSON, id="initials-glued-surname",
                 marks=_open("field_values: initials glued to the surname (no space) are not split")),
    pytest.param("- de Rham, Margaud\n- von Wattenwyl, Ottilie\n- van Tongeren, Marijke", "van Tongeren", PERSON,
                 id="left-particle-unlisted-guard"),
    pytest.param("- zu Guttenberg, Kezia", "zu Guttenberg", PERSON,
                 id="left-zu"),  # ("Kezia" a listed first name since session 36: first_names_modern)
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # field_values initials -- REGRESSIONS
    pytest.param("Worker: U.S. Army", "U.S. Army", id="initials-us-army"),
    pytest.param("Verkäufer: U.S. Robotics", "U.S. Robotics", id="initials-us-robotics"),
    pytest.param("Worker: P.C. World", "P.C. World", id="initials-pc-world"),
    pytest.param("Signed by: Q.A. Department", "Q.A. Department", id="initials-qa-guard"),
    # person_nicknames '[aside]:' -- REGRESSIONS
    pytest.param("Anna Keller [Vertrag]: 01.04.2005\nMarco Huber [Vertrag]: 15.08.2010\n"
                 "Ruth Amstutz [Vertrag]: 01.01.2012", "01.04.2005", id="nick-bracket-contract"),
    pytest.param("Anna Keller [Team Nord]: 01.04.2005\nMarco Huber [Team Süd]: 15.08.2010\n"
                 "Ruth Amstutz [Team Ost]: 01.01.2012", "15.08.2010", id="nick-bracket-team"),
    pytest.param("- Anna Keller [Eintritt] : 01.04.2005\n- Marco Huber [Eintritt] : 15.08.2010\n"
                 "- Ruth Amstutz [Eintritt] : 01.01.2012", "01.01.2012", id="nick-bracket-entry-french"),
    pytest.param("Anna Keller [erledigt]: 01.04.2012\nMarco Huber [offen]: 15.08.2010\n"
                 "Ruth Amstutz [erledigt]: 01.01.2014", "15.08.2010", id="nick-bracket-status"),
    # person_spans -- guards and open near variants of 'in Ordnung'
    pytest.param("Antworten:\n- am Bahnhof, Anna\n- passt, Peter", "am Bahnhof", id="left-am-bahnhof-guard"),
    pytest.param("Antworten:\n- in Ordnung, Anna\n- am Wochenende, Peter", "am Wochenende", id="left-am-guard"),
    pytest.param("Antworten:\n- zum Glück, Anna\n- passt, Peter", "zum Glück", id="left-zum-glueck",
                 marks=_open(_PARTICLE)),
    pytest.param("Antworten:\n- von Herzen, Anna\n- passt, Peter", "von Herzen", id="left-von-herzen",
                 marks=_open(_PARTICLE)),
    pytest.param("Grüsse:\n- zur Info, Anna\n- passt, Peter", "zur Info", id="left-zur-info", marks=_open(_PARTICLE)),
    pytest.param("Antworten:\n- in Bern, Anna\n- passt, Peter", "in Bern", id="left-in-place", marks=_open(_PARTICLE)),
    pytest.param("Réponses :\n- de Genève, Margaud\n- d'accord, Pierre", "de Genève", id="left-de-place-guard"),
    # products -- the change's purpose (guards) and open models that are first names
    pytest.param("Heizung: Viessmann Vitodens, Baujahr 2014", "Viessmann Vitodens", id="maker-boiler-guard"),
    pytest.param("Probefahrt mit dem Dacia Duster am Samstag", "Dacia Duster", id="maker-car-guard"),
    pytest.param("Renault Zoe und Seat Leon im Vergleich", "Seat Leon", id="maker-model-first-name",
                 marks=_open("products._maker_and_model keeps a maker before a listed first name -- 'Leon', 'Zoe' "
                             "are models too; a closed list of models would read them")),
    # person_contacts -- guards (ordinary words before the new tails stay)
    pytest.param("i'm at home - +1 303 524 6861", "at home", id="chat-dash-guard"),
    pytest.param("sono in ufficio (320 873 1270)", "in ufficio", id="chat-parenthesis-guard"),
    pytest.param("je suis d'accord - 06 12 34 56 78", "d'accord", id="chat-apostrophe-guard"),
    pytest.param("ich bin unterwegs; 079 123 45 67", "unterwegs", id="chat-semicolon-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
def test_new_rules_grow_linearly(anonymizer: Anonymizer) -> None:
    """The new patterns' work on repeated shapes, counted (scan.METER: positions the engine is handed, not time):
    four times the text costs at most about four times the work."""
    unit = ("- Renault Marie-Claude\n- Viessmann Vitodens\nRENAULT Sarah, Dacia Duster\n"
            "Anna Keller [Team Nord] : 01.04.1975\n- de Rham, Margaud\n- in Ordnung, Anna\n"
            "i'm kristy o'neill - +1 303 524 6861\nVerkäufer: H.J. Löffler\nVerkäufer: J. P. Löffler\n"
            "numero di antonina rossi è 320 873 1270\nAnna Keller [Team Nord ")

    small, large = engine_work(anonymizer, unit * 100), engine_work(anonymizer, unit * 400)
    assert 0 < large <= 4.5 * small
