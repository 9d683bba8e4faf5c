"""Review of session 36's names (bcbb74c, 07a9ac0; src/tarnkappe/privacy): person_initials' column of initials that
vouches for ordinary-word surnames and its particles after an initial, field_values' _first_and_surname under weak and
role keys and a child's single first name, field_keys' new role keys (guide, tutor, volunteer, familiare, midwife,
baby ...) and weak key 'with', person_records' "first"/"last" pair in a person's JSON object, person_spans'
_mid_sentence first names, "supervisor River W. X" and a listed first name's "von".  Read as an attacker and as the
user whose text must stay readable; every name, number and address is invented.

Each case was checked at 00d0361 (the start) and at the two commits (pytest --runxfail with PYTHONPATH=<tree>/src).
REGRESSION: the case passed at 00d0361; open: it failed there too.

Fixed in this review (the cases below guard them):
- person_initials counted the taken pairs by their separator, not by their column: a programme's ';' or gap table
  with its items in one column ("A. Begrüssung", "B. Referat", "C. Pause") and its speakers in the next ("M. Keller")
  masked every item.  Now the column (separator and cells before it on the line, in a 200-character window)
  vouches, and only where its doubtful pairs are no majority (a bell panel's grid keeps "G. Sereno" beside "M.
  Polishchuk").  A particle made any pair certain ("A. Di Base", "C. Delle Successioni" of an outline): a particle-led
  ordinary word at a line's or a cell's start is doubtful now, after a key's colon it is still a name.  "Delle" and
  "Dello" were missing from the particles ("L. Delle Piane" leaked).
- field_values' child rule read a config's lower-case "kind" (Kubernetes' "kind: Deployment", an API's '"kind":
  "Listing"') as a child's key and "Stepdaughter" as a child's first name.
- person_spans._widened's capitalised word inside a sentence took an Italian or a French trade before a firm's
  owner or town ("presso Carrozzeria Ferrari", "di Ascensori Genova srl", "percorso Randonnée Cuneo": holdout10,
  28, 34): a long word (8+ letters) French or Italian writes (Zipf 3+) more than English is none now.  field_values'
  _first_and_surname took a frequent German noun or a compound as a first word ("Preis Mostobst" of holdout30).
- person_spans: a listed first name's "von" took a firm's English name as the surname ("Julia von Sunrise", "Anna von
  Salt": 'von' its 'from'); the greetings were case-sensitive and German/English/French/Italian only in part ("dear
  Sky", "Hey", "Grüezi", "Buongiorno" left the first name in clear).
Left as strict xfails: the child rule takes any word below Zipf 6 ("Son: Eldest", "Figlio: Minorenne"); the new keys
take what weak keys took before ("With: Product Marketing", "Hebamme: Geburtshaus Terra", "Baby: Boy"); a GitHub
Actions step's "name: Install Mkdocs" masks its verb now; a department or a role before an initial ("Notary J.
Smith"); and open leaks beside the new shapes (one pair a line, a JSON object whose "first" is not its first key, an
array of persons, a comma or a parenthesis before a first name, "zu", lower-case values under the new keys, a list of
children).  Work: every new loop and pattern scans linearly (n vs 4n: 4.0x the positions; a ';' table's 4.46x is the
same at 00d0361).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON = EntityType.PERSON
ANY = None  # a secret any entity may cover


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _kept = review_marks("bcbb74c..07a9ac0", "00d0361")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_CHILD_WORD = _over(
    "field_values.is_person_value(child=True): a single word under a child's key is a first name unless it is among "
    "the most frequent (rare_word(value, 6)) -- an adjective, a status ('Eldest', 'Minorenne') too")
_NEW_KEY_WEAK = _over(
    "field_keys: a new key ('with', 'midwife'/'Hebamme', 'baby') takes what a weak or a role's key took before -- a "
    "team's, a birth centre's name, a listed name that is a sex ('Boy')")
_STEP_NAME = _over(
    "field_values._first_and_surname: no check of the first word when no particle follows it -- a CI step's "
    "'name: Install Mkdocs' (a verb and a tool the model took) is a first name and a surname now, its verb masked")
_ROLE_BEFORE_INITIAL = _over(
    "person_spans._first_name_before_initials: any capitalised non-German word after a lower-case one before 'X. "
    "Surname' is its first name -- a role's or a department's ('Notary', 'Finance') too")
_WEAK_PLACE = _open(
    "field_values: a weak key's hotel or restaurant ('Hotel am See', 'Brasserie du Lac') is masked whole or in part "
    "at 00d0361 too, by another path than _first_and_surname, whose docstring names it as readable")

OVER = [
    # person_initials' column (fixed) and guards
    pytest.param("Zeit;Programmpunkt;Leitung\n08:00;A. Begrüssung;M. Keller\n09:00;B. Referat;K. Weber\n"
                 "10:00;C. Workshop;L. Brunner\n", "B. Referat", id="programme-semicolon"),
    pytest.param("08:00  A. Begrüssung  M. Keller\n09:00  B. Referat     K. Weber\n10:00  C. Pause       L. Brunner\n",
                 "C. Pause", id="programme-gap"),
    pytest.param("| Kapitel | Autor |\n| A. Einleitung | M. Keller |\n| B. Methoden | K. Weber |\n", "B. Methoden",
                 id="chapters-pipe-guard"),
    pytest.param("Abschnitt;Thema\nA. Di Base;intro\n", "Di Base", id="outline-particle-cell"),
    pytest.param("Libro II\nA. Dei Contratti in generale\nB. Della Proprietà\nC. Delle Successioni\n",
                 "Delle Successioni", id="outline-particle-lines"),
    # field_values' child rule (fixed, REGRESSIONS left) and guards
    pytest.param("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n", "Deployment", id="k8s-kind"),
    pytest.param('{"kind": "Listing", "data": {"children": []}}', "Listing", id="api-kind"),
    pytest.param('{"kind": "Compute", "id": 4}', "Compute", id="api-kind-compute"),
    pytest.param("Daughter: Stepdaughter\nSchool: St Mary's\n", "Stepdaughter", id="child-relation"),
    pytest.param("Son: Eldest\nSchool: Hillside\n", "Eldest", id="child-eldest", marks=_CHILD_WORD),
    pytest.param("Figlio: Minorenne\nScuola: Besso\n", "Minorenne", id="child-minorenne", marks=_CHILD_WORD),
    pytest.param("Kind: Ja\nGeschwister: keine\n", "Ja", id="child-yes-guard"),
    pytest.param("Child: Twins\n", "Twins", id="child-twins-guard"),
    # the new keys -- REGRESSIONS left
    pytest.param("Meeting\nDate: 12.03.2026\nWith: Product Marketing\n", "Product Marketing", id="with-team",
                 marks=_NEW_KEY_WEAK),
    pytest.param("Hebamme: Geburtshaus Terra\nTermin: 12.03.2026\n", "Geburtshaus Terra", id="midwife-centre",
                 marks=_NEW_KEY_WEAK),
    pytest.param("Baby: Boy, 3.4 kg\nBorn: 12.03.2026\n", "Boy", id="baby-boy", marks=_NEW_KEY_WEAK),
    pytest.param("      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n",
                 "python-version", id="gha-with-guard"),
    pytest.param("with: Visual Studio\n", "Visual Studio", id="with-ide-guard"),
    pytest.param("    steps:\n      - name: Install Mkdocs\n        run: pip install mkdocs\n", "Install",
                 id="gha-step-name", marks=_STEP_NAME),
    pytest.param("name: Hotel am See\n", "Hotel am See", id="name-hotel", marks=_WEAK_PLACE),
    pytest.param("name: Brasserie du Lac\n", "Brasserie du Lac", id="name-brasserie", marks=_WEAK_PLACE),
    # person_spans -- "von" (fixed), a role before initials (REGRESSIONS left), guards
    pytest.param("Julia von Sunrise meldet sich morgen.\n", "Sunrise", id="von-firm-sunrise"),
    pytest.param("Anna von Salt schickt das Angebot.\n", "Salt", id="von-firm-salt"),
    pytest.param("Anna Müller von der Firma Meier kommt um neun.\n", "Firma", id="von-der-firma-guard"),
    pytest.param("The deed was signed by Notary J. Smith on Monday.\n", "Notary", id="notary-initial",
                 marks=_ROLE_BEFORE_INITIAL),
    pytest.param("The report was sent to Finance M. Brown today.\n", "Finance", id="finance-initial",
                 marks=_ROLE_BEFORE_INITIAL),
    pytest.param("Il veicolo è visionabile presso Carrozzeria Ferrari. Vi prego di accreditare il risarcimento.\n",
                 "Carrozzeria", id="mid-sentence-trade-it"),
    pytest.param("Estratto dal portale di Ascensori Genova srl. Quali impianti?\n", "Ascensori",
                 id="mid-sentence-lifts-it"),
    pytest.param("Volontari sul percorso Randonnée Cuneo:\n\nPostazione | Luogo\n", "Randonnée",
                 id="mid-sentence-randonnee"),
    pytest.param("The bus stops at the Playing Fields on Mondays.\n", "Playing", id="mid-sentence-place-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_ONE_A_LINE = _open(
    "person_initials: a pair whose surname is an ordinary word is vouched for in a table's column only -- one pair "
    "a line under a heading ('Guides:') is not (the outlines' shape too)")
_OBJECT_FIRST_KEY = _open(
    "person_records._person_object asks the '{' right before the pair: a person's object whose first key is "
    "another ('id') or an array of persons ('\"pupils\": [{') leaves its first name in clear")
_PUNCTUATION_BEFORE = _open(
    "person_spans._mid_sentence asks a lower-case word or a greeting right before the first name: a comma, a "
    "parenthesis or 'Good morning' before it is none")
_ZU = _open("person_spans._particles_after: the listed first name's rule reads 'von' only, not 'zu'")
_CHILD_LIST = _open(
    "field_values: the child rule reads one word; children's first names after a comma, a lower-case one or a "
    "French one ('Perle') are not taken")
_LOWER_PARTICLE = _open(
    "field_values._first_and_surname: its first word must be a listed first name or rare and no ordinary word "
    "('Morena', Italian's moraine) before a lower-case particle")

LEAKS = [
    # fixed in this review -- guards
    pytest.param("Contact: L. Delle Piane\n", "Delle Piane", PERSON, id="initial-delle"),
    pytest.param("Kontakt: P. Dalle Vedove\n", "Dalle Vedove", PERSON, id="initial-dalle-key"),
    pytest.param("Hey Sky Holridge, thanks for the photos!\n", "Sky", PERSON, id="greeting-hey"),
    pytest.param("dear Sky Holridge,\nthank you for applying.\n", "Sky", PERSON, id="greeting-lower"),
    pytest.param("Grüezi Sky Holridge\nDanke für die Anmeldung.\n", "Sky", PERSON, id="greeting-gruezi"),
    pytest.param("Buongiorno Sole Ritacca,\ngrazie per la richiesta.\n", "Sole", PERSON, id="greeting-buongiorno"),
    pytest.param("Die Schlüssel übergibt Adolf von Haaren (+49 178 9679619).\n", "Haaren", PERSON, id="von-guard"),
    pytest.param("  - booking_ref: SM-1\n    athlete: Eitel Zänker\n    dob: 1976-08-10\n", "Eitel", PERSON,
                 id="first-german-word-guard"),
    pytest.param("Our daughter Poppy Weaver (date of birth 03/03/2010) has a new placement.\n", "Poppy", PERSON,
                 id="mid-sentence-guard"),
    pytest.param("TOP 3 – Wahlen\nZur neuen Kassierin wird Sita Thapa gewählt (27 Ja, 2 Nein).\n", "Sita", PERSON,
                 id="mid-sentence-short-word-guard"),
    pytest.param("Via Mazzini 39, 70122 Bari (BA)\n   Ritiro anche da Liberto Deiana\n", "Liberto", PERSON,
                 id="mid-sentence-italian-word-guard"),
    pytest.param("Nr;Gast;Tour;Guide\nT-1;Brunner, Ida;Piz Buin;L. Wehrli\nT-2;Keller, Jonas;Tödi;M. Stadelmann\n"
                 "T-3;Gerber, Lea;Säntis;S. Fröhlich\nT-4;Frei, Nino;Rigi;B. Kranich\n", "B. Kranich", PERSON,
                 id="column-guard"),
    pytest.param("```\n| 1° sx  P. Carbone            | 1° dx  M. Polishchuk         |\n"
                 "| PT sx  S. Pelarini           | PT dx  G. Sereno             |\n```\n", "G. Sereno", PERSON,
                 id="bell-grid-guard"),
    # open
    pytest.param("Guides:\nJ. Fröhlich\nD. Stadelmann\nN. Regen\n", "N. Regen", PERSON, id="one-pair-a-line",
                 marks=_ONE_A_LINE),
    pytest.param('{"pupil": {"id": 5, "first": "Poppy", "last": "Rhodes"}}', "Poppy", PERSON, id="object-id-first",
                 marks=_OBJECT_FIRST_KEY),
    pytest.param('{"pupils": [{"first": "Poppy", "last": "Rhodes"}, {"first": "Sky", "last": "Weaver"}]}', "Sky",
                 PERSON, id="object-array", marks=_OBJECT_FIRST_KEY),
    pytest.param("Our daughter, Poppy Weaver, has a new placement.\n", "Poppy", PERSON, id="comma-before",
                 marks=_PUNCTUATION_BEFORE),
    pytest.param("Our daughter (Poppy Weaver) has a new placement.\n", "Poppy", PERSON, id="parenthesis-before",
                 marks=_PUNCTUATION_BEFORE),
    pytest.param("Good morning Sky Holridge,\nthank you for applying.\n", "Sky", PERSON, id="good-morning",
                 marks=_PUNCTUATION_BEFORE),
    pytest.param("Die Schlüssel übergibt Adolf zu Haaren.\n", "Haaren", PERSON, id="zu", marks=_ZU),
    pytest.param("guide: gerwin klee\ntour: piz palü\n", "klee", PERSON, id="guide-lower"),
    pytest.param("Children: Isla, Poppy\n", "Poppy", PERSON, id="children-list"),
    pytest.param("Child: isla\nAge: 4\n", "isla", PERSON, id="child-lower"),
    pytest.param("Enfant : Perle\nÂge : 4 ans\n", "Perle", PERSON, id="enfant-perle", marks=_CHILD_LIST),
    pytest.param("volunteer: Morena delle Vedove\n", "Vedove", PERSON, id="volunteer-lower-particle",
                 marks=_LOWER_PARTICLE),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str | None) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# The new rules' shapes (and this review's fixes) repeated n and 4n times: the regex engine's positions stay
# proportional (measured: 3.4x-4.0x; a ';' table's 4.46x is the same at 00d0361, a pre-existing slow growth).
SHAPES = [
    pytest.param("", "T-1;Brunner, Ida;Piz Buin;L. Wehrli;079 555 10 20\n", "", id="initials-column"),
    pytest.param("", "A. Einleitung  M. Keller  ", "", id="initials-gap-one-line"),
    pytest.param("", "| P. Dalle Vedove | R. ap Griffith | ", "", id="initials-particles"),
    pytest.param("", "P. de de de ", "", id="initials-particle-run"),
    pytest.param('{"x": [', '{"pupil": {"first": "Poppy", "last": "Rhodes"}}, ', "{}]}", id="person-objects"),
    pytest.param("", '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": {', "", id="object-keys"),
    pytest.param("", "our daughter Poppy Weaver and ", "", id="mid-sentence"),
    pytest.param("", "supervisor River W. Robertson, ", "", id="before-initials"),
    pytest.param("", "Adolf von Haaren, Julia von Sunrise, ", "", id="von"),
    pytest.param("", "guide: Gerwin Klee\nwith: Solveig Sonntag\nBaby: Isla\n", "", id="new-keys"),
    pytest.param("", "Dear Sky Holridge, grüezi Sky Holridge, ", "", id="greetings"),
]


@pytest.mark.parametrize(("head", "unit", "tail"), SHAPES)
def test_new_rules_scan_linearly(anonymizer: Anonymizer, head: str, unit: str, tail: str) -> None:
    small = engine_work(anonymizer, head + unit * 100 + tail)
    large = engine_work(anonymizer, head + unit * 400 + tail)
    assert 0 < large <= 4.6 * small
