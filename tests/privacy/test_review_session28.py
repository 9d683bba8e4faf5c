"""Review of session 28's anonymizer changes (0a45020..6c0ba45; src/tarnkappe/privacy): a signature's
'Name | Role | Tel.' line is no header (header_cells), a list's '<name> (<anything>): <date>' gives DOBs
(person_nicknames), 'Jg./Geb.', new role keys and pair-only team keys (field_keys, team_cells), a value cut at a
three-space gap and initials + surname under role keys (field_values), every entity of an HTML/slash table cell,
surnames with glued or lower-case particles and 'St. John' (person_spans), lower-case names given with a number in
a chat (person_contacts).  Read as an attacker and as the user whose data it is; every name, number and address
here is invented for these tests.

Three groups:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   Gaps next to the new rules are marked open (they fail at 0a45020 too); plain tests pin what the rules now mask.
2. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at 0a45020) are marked so.
3. WORK: the new rules on growing texts.

Each case was checked at 6c0ba45 and at 0a45020 (pytest --runxfail with PYTHONPATH=<worktree>/src).

Leaks: 0 regressions.  Open: 14 -- the commit's own '- de Rham, Margaud' with a bullet (and after a key, in a CSV
or a Markdown table) sends 'de Rham' / 'op den Camp' in clear; a birthday list with French ' : ' (first line), square
brackets, or two lines only; initials without a hyphen ('H.J. Löffler', 'J. P. Löffler'); chat cues with the
number in parentheses, after ';' or ' - ', after 'is'/'è', or a name with an apostrophe ("o'neill").
Over-masking: 22 REGRESSIONS -- the new ROLE_KEYS (technician, signed by, worker, geliefert von, sales executive,
referente in loco) take any two capitalised words for a person ('On Call', 'Management Board', 'Main Thread');
PAIR_TEAM_KEYS take 'Blue/Green', 'Alpha/Bravo', 'Ferrari/Mercedes'; person_spans glues a company after a first
name ("Sophie d'Orange", "Julie d'EDF", "Luca dell'Inter", "Anna dall'Ufficio") and a town after 'St.'
('St. Johann im Pongau'), and takes 'in' of '- in Ordnung, Anna'; person_nicknames reads any date >= 10 years back
after '<name> (<anything>):' as a DOB (contracts, projects, move-ins); header_cells: a year range '2023/2024' has
six digits and unmasks nothing but turns a scoreboard header's 'Joker' into a person.
Work: the new patterns are linear (n vs 2n measured 1.6-2.1x on 100-400 KB of each shape; guard below).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType

from .review_helpers import engine_work, in_clear, masked

PERSON, DOB = EntityType.PERSON, EntityType.DOB


_kept = pytest.mark.xfail(strict=True, reason=(
    "kept (session 28, after this review): after Italian dell'/dall' an ordinary word is a surname as often "
    "(Dell'Acqua, Dall'Olio, Dell'Orto) -- an office or a club after a first name is masked with them"))


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of session 28 (readable at 0a45020): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at 0a45020 too): {what}")


_ROLE = ("field_keys.ROLE_KEYS (66c7b42: technician, signedby, worker, geliefertvon, salesexecutive, "
         "referenteinloco, ...): field_values takes any two capitalised words under a role key for a person; the "
         "new keys are as often followed by a service, a board, a thread, a depot -- ask a listed name or a rare word")
_PAIRS = ("field_keys.PAIR_TEAM_KEYS + team_cells.team_names (66c7b42): 'Team: X/Y' is a crew whenever more than half "
          "the parts are listed or rare words -- English colours, NATO letters, car makes are listed surnames/first "
          "names; ask listed FIRST names for every part of a pair")
_GLUED = ("person_spans._GLUED_SURNAME_AFTER (e90e48e): any capitalised word glued to d'/dell'/dall' after a first "
          "name widens the name -- a company, a club, an office ('Sophie d'Orange' = Sophie of Orange); refuse "
          "capitals-only words, ordinary words, known organisations/places")
_SAINT = ("person_spans._saints_surname (e90e48e): 'St. Johann' is a listed name and 'St. Johann' not among "
          "lex.places, so a town after a name ('St. Johann im Pongau') becomes the name's surname")
_LEFT = ("person_spans._widened, _LEFT_PARTICLES (e90e48e): 'in'/'am'/'de' before '<word>, <name>' at an item's start "
         "is a surname's particle even when <word> is an ordinary word ('in Ordnung')")
_NICK = ("person_nicknames (66c7b42): any aside '([^()\\n:]{2,64})' of a 3-line list makes a date >= 10 years back a "
         "DOB -- contracts, projects, move-ins; ask an aside without digits and event words, or a company's suffix")
_HEADER = ("header_cells (66c7b42): 'six digits in a cell' counts a season's '2023/2024' as a phone: the scoreboard's "
           "header is no longer one and its 'Joker' column is masked as a person; count a phone-shaped run instead")
_LEFT_OPEN = ("person_spans._widened: the left particle is taken only when the PERSON found is the surname itself "
              "before ', '; after a bullet 'Rham' is not found (only 'Margaud') -- the commit's own example")
_CHAT = ("person_contacts._BEFORE_PHONE: the name must end right before the phone with ' ', ',' or ':'")


_KEPT_BRACKETS = pytest.mark.xfail(strict=True, reason=(
    "kept (session 28, after the second review): '[aside]:' lists are not read -- brackets hold a contract's, a "
    "team's, a status's word as often as a company (test_review_session28b.py)"))

# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # header_cells -- the change's purpose (sent in clear at 0a45020)
    pytest.param("Snežana Marković | Leitung | Tel. 055 919 84 26", "Snežana Marković", PERSON, id="sig-tel-guard"),
    pytest.param("Snežana Marković | Leitung | Telefon +41 55 919 84 26", "Snežana Marković", PERSON,
                 id="sig-telefon-guard"),
    # person_nicknames -- guards and near variants
    pytest.param("Valerij Christoph (Hansa Versicherungsmakler): 18.09.1970\nBettina Lorenz (Kessler Logistik GmbH): "
                 "02.03.1965\nRuth Amstutz (Bäckerei Frei): 11.11.1981", "18.09.1970", DOB, id="nick-company-guard"),
    pytest.param("Valerij Christoph (Hansa Versicherungsmakler) : 18.09.1970\nBettina Lorenz (Kessler Logistik GmbH) : "
                 "02.03.1965\nRuth Amstutz (Bäckerei Frei) : 11.11.1981", "18.09.1970", DOB, id="nick-french-colon"),
    pytest.param("Valerij Christoph [Hansa]: 18.09.1970\nBettina Lorenz [Kessler]: 02.03.1965\n"
                 "Ruth Amstutz [Frei]: 11.11.1981", "18.09.1970", DOB, id="nick-square-brackets",
                 marks=_KEPT_BRACKETS),
    pytest.param("Valerij Christoph (Hansa Versicherungsmakler): 18.09.1970\nBettina Lorenz (Kessler Logistik GmbH): "
                 "02.03.1965", "18.09.1970", DOB, id="nick-two-lines",
                 marks=_open("MIN_LISTED = 3: a two-line list's first date goes out")),
    # field_keys 'Jg./Geb.' -- guard
    pytest.param("Name | Jg./Geb. | Position\nLukas Brändli | 14.02.2009 | Sturm", "14.02.2009", DOB,
                 id="jg-geb-guard"),
    # field_values -- the three-space gap and initials: guards and near variants
    pytest.param("Worker: LAW Conor   Payroll no. 695634", "LAW Conor", PERSON, id="gap-worker-guard"),
    pytest.param("Name: Maria   Stein", "Maria   Stein", PERSON, id="gap-inside-name-guard"),
    pytest.param("Teamleiter: H.-J. Löffler", "H.-J. Löffler", PERSON, id="initials-hyphen-guard"),
    pytest.param("Teamleiter: M. zum Felde", "M. zum Felde", PERSON, id="initials-particle-guard"),
    pytest.param("Verkäufer: H.J. Löffler", "H.J. Löffler", PERSON, id="initials-no-hyphen"),
    pytest.param("Verkäufer: J. P. Löffler", "J. P. Löffler", PERSON, id="initials-two-spaced"),
    # team keys, HTML cells -- guards
    pytest.param("Team: Mario/Heinfried", "Mario/Heinfried", PERSON, id="team-pair-guard"),
    pytest.param("<table><tr><th>Team</th><th>Datum</th></tr><tr><td>Mario/Heinfried</td><td>12.03.2025</td></tr>"
                 "</table>", "Mario/Heinfried", PERSON, id="html-team-pair-guard"),
    # person_spans -- guards and near variants
    pytest.param("Élise d'Épinay a signé.", "Élise d'Épinay", PERSON, id="elided-guard"),
    pytest.param("Paolo dell'Acqua ha firmato.", "Paolo dell'Acqua", PERSON, id="dell-guard"),
    pytest.param("Mohammed St. John signed.", "Mohammed St. John", PERSON, id="saint-guard"),
    pytest.param("- op den Camp, Leon\n- in der Gand, Marianna", "op den Camp", PERSON, id="left-particles-guard"),
    pytest.param("- de Rham, Margaud", "de Rham", PERSON, id="left-de-rham-bullet"),
    pytest.param("Teilnehmende: de Rham, Margaud; op den Camp, Leon", "op den Camp", PERSON, id="left-after-key",
                 marks=_open("person_spans._widened: not at an item's start after 'Key: ' or '; '")),
    pytest.param("de Rham;Margaud;1980\nop den Camp;Leon;1975", "op den Camp", PERSON, id="left-csv",
                 marks=_open("a CSV's surname cell 'op den Camp' (no header): 'Camp' is not found")),
    pytest.param("| de Rham | Margaud |\n| op den Camp | Leon |", "op den Camp", PERSON, id="left-markdown",
                 marks=_open("a Markdown cell 'op den Camp': 'Camp' is not found")),
    # person_contacts -- guards and near variants
    pytest.param("i'm kristy frost, +13035246861", "kristy frost", PERSON, id="chat-im-guard"),
    pytest.param("nuovo numero di antonina della torre: 3208731270", "antonina della torre", PERSON,
                 id="chat-numero-di-guard"),
    pytest.param("ich bin lissy von der windhager, +43 664 1234567", "lissy von der windhager", PERSON,
                 id="chat-particles-guard"),
    pytest.param("i'm kristy frost (+1 303 524 6861)", "kristy frost", PERSON, id="chat-parentheses"),
    pytest.param("i'm kristy frost; +1 303 524 6861", "kristy frost", PERSON, id="chat-semicolon"),
    pytest.param("nummer von lissy windhager - +43 664 1234567", "lissy windhager", PERSON, id="chat-dash"),
    pytest.param("number for kristy frost is +1 303 524 6861", "kristy frost", PERSON, id="chat-is"),
    pytest.param("i'm kristy o'neill, +1 303 524 6861", "kristy o'neill", PERSON, id="chat-apostrophe"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # field_keys.ROLE_KEYS -- REGRESSIONS
    pytest.param("Technician: On Call", "On Call", id="role-technician-on-call"),
    pytest.param("Technician: Field Service", "Field Service", id="role-technician-field-service"),
    pytest.param("Signed by: Management Board", "Management Board", id="role-signed-by-board"),
    pytest.param("Worker: Main Thread", "Main Thread", id="role-worker-thread"),
    pytest.param("Geliefert von: Hauptlager Nord", "Hauptlager Nord", id="role-geliefert-depot"),
    pytest.param("Sales executive: Key Account", "Key Account", id="role-sales-key-account"),
    pytest.param("Referente in loco: Reception Hotel", "Reception Hotel", id="role-referente-reception"),
    pytest.param("<table><tr><th>Signed by</th></tr><tr><td>Management Board</td></tr></table>", "Management Board",
                 id="role-html-signed-by"),
    # ... guards
    pytest.param("Verkäufer: Privat", "Privat", id="role-verkaeufer-privat-guard"),
    pytest.param("Vendeur : Particulier", "Particulier", id="role-vendeur-particulier-guard"),
    pytest.param("Worker: LAW Conor   Payroll no. 695634", "Payroll no.", id="gap-payroll-guard"),
    # PAIR_TEAM_KEYS -- REGRESSIONS and guards
    pytest.param("Deployment\nTeam: Blue/Green", "Blue/Green", id="team-blue-green"),
    pytest.param("Team: Alpha/Bravo", "Alpha/Bravo", id="team-alpha-bravo"),
    pytest.param("| Team | Punkte |\n|---|---|\n| Blue/Green | 12 |", "Blue/Green", id="team-table-blue-green"),
    pytest.param("Teams: Ferrari/Mercedes", "Ferrari", id="team-car-makes"),
    pytest.param("Team: Brainstormers\nTeam: Backend/Frontend", "Backend/Frontend", id="team-backend-guard"),
    pytest.param("Squadra: Juventus/Inter", "Juventus/Inter", id="team-clubs-guard"),
    # person_spans -- REGRESSIONS
    pytest.param("J'ai parlé avec Sophie d'Orange hier.", "d'Orange", id="glued-orange"),
    pytest.param("Je suis Julie d'EDF, je vous rappelle.", "d'EDF", id="glued-edf"),
    pytest.param("Ho sentito Luca dell'Inter ieri.", "dell'Inter", id="glued-inter", marks=_kept),
    pytest.param("Anna dall'Ufficio Tecnico ha chiamato.", "dall'Ufficio", id="glued-ufficio", marks=_kept),
    pytest.param("Thomas St. Johann im Pongau", "Johann im Pongau", id="saint-town"),
    pytest.param("Antworten:\n- in Ordnung, Anna\n- passt, Peter", "in Ordnung", id="left-in-ordnung"),
    # person_nicknames -- REGRESSIONS
    pytest.param("Anna Keller (Vertrag 2005/17): 01.04.2005\nMarco Huber (Vertrag 2010/03): 15.08.2010\n"
                 "Ruth Amstutz (Vertrag 2012/09): 01.01.2012", "01.04.2005", id="nick-contract-dates"),
    pytest.param("- Anna Keller (Einzug Wohnung 3.1): 01.04.2012\n- Marco Huber (Einzug Wohnung 2.2): 15.08.2010\n"
                 "- Ruth Amstutz (Einzug Wohnung 1.4): 01.01.2014", "15.08.2010", id="nick-move-in-dates"),
    pytest.param("Anna Keller (Projekt Alpha, Phase 2): 01.04.2012\nMarco Huber (Projekt Beta, Phase 1): 15.08.2010\n"
                 "Ruth Amstutz (Projekt Gamma, Abschluss): 01.01.2014", "01.04.2012", id="nick-project-dates"),
    # header_cells -- REGRESSION
    pytest.param("Platz;Team;R1;R2;Joker;Total;Saison 2023/2024\n1;Brunner;10;12;2;24;x", "Joker",
                 id="header-season-digits"),
    # person_contacts -- guards (ordinary words after the chat cues stay)
    pytest.param("ich bin ab montag erreichbar unter 079 123 45 67", "erreichbar", id="chat-erreichbar-guard"),
    pytest.param("sono in ferie fino a lunedì, 320 873 1270", "in ferie", id="chat-ferie-guard"),
    pytest.param("numéro de bouygues telecom : 0810 63 01 00", "bouygues telecom", id="chat-company-guard"),
    pytest.param("number for customer service: 0800 123 456", "customer service", id="chat-service-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
def test_new_rules_grow_linearly(anonymizer: Anonymizer) -> None:
    """The new patterns' work on repeated shapes, counted (scan.METER: positions the engine is handed, not time):
    four times the text costs at most about four times the work."""
    unit = ("Snežana Marković | Leitung | Tel. 055 919 84 26\nValerij Christoph (Hansa Makler): 18.09.1970\n"
            "Worker: LAW Conor   Payroll no. 695634\nTeam: Mario/Heinfried\nÉlise d'Épinay, Mohammed St. John\n"
            "- op den Camp, Leon\ni'm kristy frost, +13035246861\nTeamleiter: H.-J. Löffler\n")

    small, large = engine_work(anonymizer, unit * 100), engine_work(anonymizer, unit * 400)
    assert 0 < large <= 4.5 * small
