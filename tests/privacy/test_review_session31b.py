"""Review of session 31's second change (9853835..3aa1c92; src/tarnkappe/privacy): lower-case titles before a
surname and 'RA'/'RAin' (person_titles.py), a dated chat header's speaker (chat_layouts._dated_speaker), a chat line's
lower-case message after a capitalised speaker (person_lowercase._SPEAKER_PREFIX), '>'/'<' as an HTML cell's bounds
(surname_first, persons), French/English words that are surnames made weak (names._words_of_french_or_english), the
dateline filter's recent year, same-shape neighbours and newborns (datelines.py), a record's first/last pair
(person_records._name_value), life dates' lead and period words (dates._life_lead, _PERIOD_WORD) and Italian/English
streets alone in a cell (address_en._italian_cell, _MEASURES).  What tests/privacy/test_review_session31.py covers is
not repeated.  Read as an attacker and as the user whose data it is; every name, number and address is invented.

Each case was checked at 3aa1c92 and at 9853835 (pytest --runxfail with PYTHONPATH=<tree>/src).  REGRESSION: the
case passed at 9853835; open: it failed there too.  Dates near today are built from today's year (datelines asks
for this year, the last or the next two).

Leaks: 15 REGRESSIONS -- _PERIOD_WORD is searched as a substring of the key: 'Please engrave:' ('lease'), 'Margaret
Bailey:' ('bail'), 'Vereinsmitglied:' ('mitglied'), 'Madeleine Dauer :' ('dauer') refuse a life's birth date;
_words_of_french_or_english makes Québec's and Vaud's commonest surnames weak in any language ('Paquet', 'Gagné',
'Cardinaux' lost after 'bei', before ', tél.'); _name_value drops a pair whose surname is read as a German compound
('Wasserfallen', 'Winterhalter'); _italian_cell refuses a street's name no frequency list knows (Lugano's 'via
Nassa', 'via Pioda'); _MEASURES refuses any weak suffix after 'Sea', 'Miles' ('12 Sea View', '7 Sea Way', '4 Miles
Close').  10 open: a newborn's announcement whose birth word is not in the list ('Naissance', 'Es ist ein
Mädchen!'), a list of children with a blank line or another shape between; the speaker rule's own example
('Atılgan A.: albrecht zwahlen ...'), WhatsApp's Android export line ('12.03.26, 09:12 - Isabella R.: ') and a
quoted '> Isabella: '; lower-case titles before a French word that is a surname ('mme petit', 'mme côté') or after
'dalla' ('sig. dalla valle').
Work: none found -- the new rules' shapes counted linear (guards below).
Over-masking: 13 REGRESSIONS -- person_titles takes any word after 'mr'/'ms'/'mrs': milliseconds ('120 ms to 180 ms
after', '200 ms statt'), a merge request ('the mr looks good', 'my mr before'), Microsoft's products ('ms word'),
multiple sclerosis ('ms patients'), 'my mrs thinks', and after 'herr' the waiter ('herr ober'); _dated_speaker
takes a calendar's entries ('Meeting', 'Zahnarzt', 'Réunion', 'Dentist'/'Haircut' before a date and a time); a '>'
before a surname-first pair makes two towns in an HTML cell one name ('<td>London, Victoria</td>').  1 open: a weak
name joins the next line's 'Loyer' ('Voisin\\nLoyer' is one PERSON).
"""

from __future__ import annotations

import datetime

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked

PERSON, ADDRESS, DOB = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB
Y = datetime.date.today().year


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"regression (readable at 9853835): {what}")


def _lost(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"regression (masked at 9853835): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (so at 9853835 too): {what}")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_MS_UNIT = _over(
    "person_titles: after an English title ('mr', 'ms', 'mrs') any word is a surname -- 'ms' after a number is "
    "milliseconds, and the next word ('to', 'after', 'because', 'statt', 'environ') is masked; refuse a title right "
    "after a digit (and a space), and after an English title still refuse a stop word or a word of Zipf >= 4 that is "
    "no listed surname")
_MR_WORD = _over(
    "person_titles: 'mr' is a merge request, 'ms' Microsoft or multiple sclerosis, 'my mrs' a wife -- the word "
    "after an English title is taken whatever it is ('looks', 'before', 'word', 'teams', 'patients', 'thinks'); ask "
    "a listed surname or a word no list knows as an ordinary one, and refuse after 'the'/'my'/'a'")
_HERR_OBER = _over(
    "person_titles._surname: a listed name that is a role after 'herr' ('herr ober', the waiter) -- refuse a word "
    "the frequency lists know in German (Zipf >= 3) unless it is a listed surname and no word")
_DATED_KEPT = pytest.mark.xfail(strict=True, reason=(
    "kept: a calendar copied as a chat ('Meeting, [03.12.26 10:00]') takes its entries for speakers -- refusing "
    "frequent words lost names the lists lack ('Viktor', 'Igor', 'Vladimir', 'Hansi': 9 names on the read sets)"))
_DATED = _over(
    "chat_layouts._dated_speaker: 'none an ordinary word' asks lexicon.common_words, which lacks most nouns "
    "('meeting', 'zahnarzt', 'mathematik', 'réunion', 'dentist', 'haircut'); a calendar's entries are dated "
    "headers too -- ask the frequency lists (Zipf >= 3 in any language refuses, unless a listed first name)")
_TD_TOWNS = _over(  # kept: both are listed names too (a person may be called Victoria London)
    "persons/surname_first: '>' before the surname-first pair -- a town before a listed first name that is a town "
    "too ('London, Victoria', 'Zürich, Florence') is one name now; refuse a town-only word as the surname")
_JOINED = _open(
    "a weak French word on the line after a name is joined to it across the line break ('Voisin\\nLoyer' one "
    "PERSON): the commit's own 'Loyer mensuel' is masked after a tenant's line; never join across '\\n'")

OVER = [
    # person_titles: English titles take any word -- REGRESSIONS
    pytest.param("p95 latency went from 120 ms to 180 ms after the deploy\n", "180 ms after", id="ms-latency-en"),
    pytest.param("Antwortzeit liegt bei 200 ms statt 50 ms\n", "ms statt", id="ms-latency-de"),
    pytest.param("the mr looks good to me, merging now\n", "mr looks", id="mr-merge-request"),
    pytest.param("can you review my mr before lunch?\n", "mr before", id="mr-before-lunch"),
    pytest.param("ms word, ms excel und ms outlook sind installiert\n", "ms word", id="ms-office", marks=_MR_WORD),
    pytest.param("ms patients often report fatigue and numbness\n", "ms patients", id="ms-sclerosis"),
    pytest.param("my mrs thinks we should go\n", "mrs thinks", id="my-mrs"),
    pytest.param("herr ober, zahlen bitte!\n", "herr ober", id="herr-ober"),
    # ... guards
    pytest.param("Termin beim dr hausarzt morgen\n", "dr hausarzt", id="dr-role-guard"),
    pytest.param("mme la directrice arrive demain\n", "mme la directrice", id="mme-role-guard"),
    # chat_layouts._dated_speaker -- REGRESSIONS
    pytest.param("Meeting, [03.12.26 10:00]\nRaum 4, bitte pünktlich\n\nStandup, [04.12.26 09:15]\nStatus bitte\n",
                 "Meeting,", id="dated-meeting", marks=_DATED_KEPT),
    pytest.param("Zahnarzt, [03.12.26 10:00]\nKontrolle\n\nFriseur, [05.12.26 16:00]\nnur schneiden\n",
                 "Zahnarzt,", id="dated-dentist-de", marks=_DATED_KEPT),
    pytest.param("Réunion, [03.12.26 10:00]\nsalle 4\n\nDéjeuner, [03.12.26 12:00]\ncantine\n", "Réunion,",
                 id="dated-reunion-fr", marks=_DATED_KEPT),
    pytest.param("Dentist — 7/17/25 9:00 AM\ncheck-up\n\nHaircut — 7/18/25 4:00 PM\nshort\n", "Haircut",
                 id="dated-calendar-en", marks=_DATED_KEPT),
    # person_lowercase._SPEAKER_PREFIX: a message's ordinary words -- guard
    pytest.param("Jana: kaufst du noch rosmarin und salbei für heute abend\n", "rosmarin und salbei",
                 id="speaker-message-words-guard"),
    # persons/surname_first: '>' -- REGRESSIONS
    pytest.param("<td>London, Victoria</td>\n", "London", id="td-two-towns", marks=_TD_TOWNS),
    # names._words_of_french_or_english: the commit's own case (guard) and a join across lines (open)
    pytest.param("Loyer mensuel : 60,00 €\nPaiement : carte bancaire\n", "Loyer mensuel", id="weak-loyer-guard"),
    pytest.param("Locataire : Voisin\nLoyer mensuel : 1450 CHF\n", "Loyer mensuel", id="weak-joined-next-line"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_WEAK_SURNAME = _lost(
    "names._words_of_french_or_english: Québec's and Vaud's commonest surnames ('Paquet', 'Gagné', 'Cardinaux') are "
    "weak everywhere now -- in German text ('bei Cardinaux', 'bei Gagné') and before ', tél.'; make them weak only "
    "alone on their line before ':' (the 'Loyer mensuel :' the commit meant), or in French/English text")
_COMPOUND_SURNAME = _lost(
    "person_records._name_value: a surname no list knows that ends in a German word ('Wasserfallen', "
    "'Winterhalter') is a compound noun and drops the pair, the listed first name beside it notwithstanding; "
    "refuse a compound only where neither value is a listed first name")
_IT_UNKNOWN = _lost(
    "address_en._italian_cell: a street's name no frequency list knows (Lugano's 'Nassa', 'Pioda', 'Besso') is no "
    "Italian name now ('code is not None' required); a word no list knows is a proper name -- take it, refuse only "
    "known words more frequent outside Italian")
_MEASURE_WORDS = _lost(
    "address_en._MEASURES refuses every weak suffix ('View', 'Way', 'Close', 'Row') after 'Sea', 'Miles', 'Round', "
    "'Step' -- '12 Sea View', '7 Sea Way', '4 Miles Close' are homes; keep the measures for 'Walk' only, and 'Sea' "
    "for a room type's 'View' with no number of a house before")
_NEWBORN_WORDS = _open(
    "datelines._BIRTH_WORDS: 'naissance', 'née', 'nata'/'nato', 'Mädchen'/'Junge', 'welcome' are no birth words, "
    "and only the line right above is read; keep a first name whose date is detected as a DOB (the filter drops a "
    "name beside its own DOB entity), or read two lines up")
_LIST_SHAPES = _open(
    "datelines._same_shape: a list of children with a blank line between, or a neighbour with an aside after its "
    "date ('Leo, 12.03.2019 (Kita)'), is no list; skip blank lines and let a line ending in '(...)' count")
_SPEAKER_SHAPES = _open(
    "person_lowercase._SPEAKER_PREFIX: WhatsApp's Android export '12.03.26, 09:12 - Name: ', a time without "
    "brackets '09:12 Name: ', a quote's '> Name: ' are not read; and the module's own example ('Atılgan A.: albrecht "
    "zwahlen ...') leaks: 'albrecht' is a listed surname, no first name, and 'zwahlen' is unknown")
_TITLE_EDGES = _open(
    "person_titles: after 'mme' (as surely a name's cue as 'mr') a French word that is a surname ('petit', 'côté') "
    "is refused, and 'dalla', 'lo', 'zur' are no particles ('sig. dalla valle', 'herr zur mühlen')")

LEAKS = [
    # dates._life_lead / _PERIOD_WORD -- REGRESSIONS
    pytest.param("Please engrave: 12.03.1940 – 01.02.2025\n", "12.03.1940", DOB, id="life-please-engrave"),
    pytest.param("Inscription for Margaret Bailey: 12.03.1940 – 01.02.2025\n", "12.03.1940", DOB,
                 id="life-bailey"),
    pytest.param("Plaque text (please check): June 15, 1941 – August 14, 2024\n", "June 15, 1941", DOB,
                 id="life-please-check"),
    pytest.param("Gedenkplatte Vereinsmitglied: 12.03.1940 – 01.02.2025\n", "12.03.1940", DOB,
                 id="life-vereinsmitglied"),
    pytest.param("Dates de vie de Madeleine Dauer : 22 septembre 1940 – 14 septembre 2025\n", "22 septembre 1940",
                 DOB, id="life-surname-dauer"),  # (fixed in session 35: a life's dates after a name)
    # ... guards
    pytest.param("Lapide: 22 settembre 1940 – 14 settembre 2025\n", "22 settembre 1940", DOB, id="life-key-guard"),
    # names._words_of_french_or_english -- REGRESSIONS
    pytest.param("Contact : Paquet, tél. 079 555 12 34\n", "Paquet", PERSON, id="weak-paquet-phone"),
    pytest.param("Bei Cardinaux nachfragen wegen Offerte.\n", "Cardinaux", PERSON, id="weak-cardinaux-de"),
    pytest.param("Rückfrage bei Gagné wegen Lieferung\n", "Gagné", PERSON, id="weak-gagne-de"),
    # person_records._name_value -- REGRESSIONS
    pytest.param("first: Anna\nlast: Wasserfallen\n", "Wasserfallen", PERSON, id="keys-wasserfallen"),
    pytest.param("first: Lukas\nlast: Winterhalter\n", "Winterhalter", PERSON, id="keys-winterhalter"),
    # address_en._italian_cell -- REGRESSIONS
    pytest.param("Consegna: (via Nassa 5)\n", "via Nassa 5", ADDRESS, id="it-cell-nassa"),
    pytest.param("<td>via Pioda 2</td>\n", "via Pioda 2", ADDRESS, id="it-cell-pioda"),
    # address_en._MEASURES -- REGRESSIONS
    pytest.param("Judith Brown,12 Sea View,Whitby\n", "12 Sea View", ADDRESS, id="en-cell-sea-view"),
    pytest.param("| J. Brown | 7 Sea Way |\n", "7 Sea Way", ADDRESS, id="en-cell-sea-way"),
    pytest.param("| J. Brown | 4 Miles Close |\n", "4 Miles Close", ADDRESS, id="en-cell-miles-close"),
    # datelines -- open and guards
    pytest.param(f"Naissance\nFlorence, le 03.02.{Y}\n3,4 kg\n", "Florence", PERSON, id="dateline-naissance"),
    pytest.param(f"Es ist ein Mädchen!\nCharlotte, 03.02.{Y}\n3450 g, 51 cm\n", "Charlotte", PERSON,
                 id="dateline-maedchen", marks=_NEWBORN_WORDS),
    pytest.param(f"Kinder:\nCharlotte, 03.02.{Y}\n\nAustin, 03.07.{Y - 1}\n", "Charlotte", PERSON,
                 id="dateline-list-blank-line", marks=_LIST_SHAPES),
    pytest.param(f"Kinder:\nCharlotte, 03.02.{Y}\nLeo, 12.03.2019 (Kita)\n", "Charlotte", PERSON,
                 id="dateline-list-aside", marks=_LIST_SHAPES),
    pytest.param(f"Wir freuen uns über die Geburt unserer Tochter\nCharlotte, 03.02.{Y}\n3450 g, 51 cm\n",
                 "Charlotte", PERSON, id="dateline-newborn-guard"),
    # person_lowercase._SPEAKER_PREFIX -- open and guards
    pytest.param("Atılgan A.: albrecht zwahlen ist übrigens umgezogen\n", "albrecht zwahlen", PERSON,
                 id="speaker-docstring-example", marks=_SPEAKER_SHAPES),
    pytest.param("12.03.26, 09:12 - Isabella R.: ok, gianluca moretti arriva domani\n", "gianluca moretti", PERSON,
                 id="speaker-whatsapp-android", marks=_SPEAKER_SHAPES),
    pytest.param("> Isabella: ok, gianluca moretti arriva domani\n", "gianluca moretti", PERSON,
                 id="speaker-quoted", marks=_SPEAKER_SHAPES),
    pytest.param("Hinweis: bei fragen an hans peter wenden, tel. siehe intranet\n", "hans peter", PERSON,
                 id="speaker-key-name-guard"),
    # person_titles -- open and guards
    pytest.param("Rappel : mme petit attend au guichet 3.\n", "petit", PERSON, id="mme-petit"),
    pytest.param("Rappel : mme côté attend au guichet 3.\n", "côté", PERSON, id="mme-cote"),
    pytest.param("Notiz: sig. dalla valle kommt später.\n", "valle", PERSON, id="sig-dalla-valle"),
    pytest.param("bitte frag mrs parry nach dem schlüssel\n", "parry", PERSON, id="mrs-parry-guard"),
    pytest.param("Termin: dr marthe le gall, 14 Uhr\n", "marthe le gall", PERSON, id="dr-first-particle-guard"),
    # chat_layouts._dated_speaker -- guard (the commit's own example)
    pytest.param("Marieluise, [21.02.26 07:35]\nkomme später, Bus verpasst\n\nTorben, [21.02.26 07:36]\nok\n",
                 "Marieluise", PERSON, id="dated-speaker-guard"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# The new rules' shapes repeated n and 4n times: the regex engine's positions stay proportional (measured 1.8-4.1).
SHAPES = [
    pytest.param("", "120 ms to 180 ms ", "\n", id="ms-chain"),
    pytest.param("", "Atılgan A.: albrecht zwahlen ist übrigens umgezogen\n", "", id="speaker-lines"),
    pytest.param("", "Marieluise, [21.02.26 07:35]\nkomme später\n", "", id="dated-headers"),
    pytest.param("", f"Kinder:\nVictoria, 14.02.{Y}\n\n", "", id="datelines-neighbours"),
    pytest.param("", "Please engrave: 12.03.1940 – 01.02.2025 ", "\n", id="life-lead-one-line"),
    pytest.param("", "first: Anna\nlast: Wasserfallen\n", "", id="keys-compounds"),
]


@pytest.mark.parametrize(("head", "unit", "tail"), SHAPES)
def test_new_rules_scan_linearly(anonymizer: Anonymizer, head: str, unit: str, tail: str) -> None:
    small = engine_work(anonymizer, head + unit * 100 + tail)
    large = engine_work(anonymizer, head + unit * 400 + tail)
    assert 0 < large <= 4.6 * small


@pytest.mark.parametrize("shape", ["mme verdier ", "dr marthe de de de ", "RA Trommler "])
def test_new_rules_look_up_names_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch,
                                          shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)
