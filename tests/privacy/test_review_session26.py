"""Review of session 26's anonymizer change (d8a3590; src/tarnkappe/privacy): a town under its own key on the line
after a street (address_parts._KEYED_TOWN_LINE), a German street widened over its preposition or adjective
(_DE_PREFIX_BEFORE), French street names that no longer run into a next line with a key (address._FR_NAME), lettered
German house numbers (de_prefix_lettered, de_field_lettered, de_prefix_field before ' – digit'), English weak
suffixes after 'at'/'via' and 'St./Mt./Ft.' towns (address_en), corrected dates of birth, dot leaders and children's
'(il 06/01/2013)' (dates.py), the Swiss and Dutch particles 'in der', 'in den', 'uf der', 'op de(n)' (person_cues,
persons), 'SURNAME Firstname' in capitals (capital_surnames.py), 'mutter von X' and 'frag X,' (person_kin).  Read as
an attacker and as the user whose data it is; every name, number and address here is invented for these tests.

Three groups:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   Regressions (masked at 134a66e, sent in clear at d8a3590) are marked so; the others are gaps next to the new
   rules (open) or what the new rules now mask (plain tests: keep it so).
2. OVER-MASKING: ordinary text that must stay as written.
3. WORK: runs of the new shapes, bounded by counted start positions and counted lexicon look-ups.

Written with 60 cases (39 leaks, 21 over-masking) plus the work checks, each checked at d8a3590 and at 134a66e
(pytest --runxfail with PYTHONPATH=<worktree>/src).

Leaks: 11 REGRESSIONS.  The worst: the new particles join a name to the street after it ('Anna Keller in der Gand 3,
8400 Winterthur'); the PERSON 'Anna Keller in der Gand' then overlaps the ADDRESS 'Gand 3, 8400 Winterthur' and
one of the two is dropped whole -- either the full name is sent in clear (Gand, Sandgrube; the commit's own 'Sasa in
der Gand') or the house number, postcode and town are ('in der Looren 3, 8053 Zürich', 'in den Bünten 4', 'op de
Beeck 4, 1000 Brussel').  _not_a_place_after vetoes only places, frequent German words, compounds and '-strasse'
words, not a street's name of one word.  Next: the French street name's new stop at a next line with a colon
within 40 characters ('tél:', 'natel:', '14:00', 'code:') cuts a wrapped street -- 'Domicile: Route de la
Vieille\\nFonderie 12, natel: ...' and 'Chemin des Grandes\\nRoches 5, tél: ...' are sent whole, the postcode and
town after a wrapped '8 chemin des Grandes\\nRoches, 2000 Neuchâtel, code: 4711' too.  And a year of birth under its
key after an address ('Geburtsjahr: 1985 Bern') is now one ADDRESS with the word after it (masked, but as an
address).  Gaps (open): 18 -- a keyed town that begins with a common word or an article ('1997 Haute-Nendaz', '1934
Le Châble'), corrections in parentheses, with 'et pas' or an elided 'dell'', '……' leaders, 'Sonnenhang 23A', a
start list's 'HOLZ Frank' after '1. ', a title before a particle ('Herr in der Gand'), 'frag Suter!' / 'chiedi a
Soldati.', the docstring's own 'ask McAllister, they've got two', 'mami von', 'grossmutter von', 'mamma di', 'at
no. 20 Manor Way', 'Sault Ste. Marie'.  Guards: 10 (the new rules' own examples and near variants).
Over-masking: 18 REGRESSIONS -- amounts and measures under a key after an address ('Miete: 1850 CHF', 'Montant:
1500 Francs', 'Affitto: 1500 CHF', 'Rent: 1500 GBP', 'Fläche: 1200 Quadratmeter'; _AMOUNTS knows eight words and no
currency code), appendices, tables, clauses and school groups numbered with a letter ('Anhang 3a', 'In Tabelle 3a',
'Unter Punkt 3a', 'Im Kindergarten 2a'; _NUMBERED_THINGS is a short list; also 'In Abbildung 2b', 'In Aufgabe 3b',
'Im Modul 3a', 'In Lektion 5a', 'Am Schalter 3b', 'Im Labor 4c' seen), a range after a field's name ('Montag, Im
Wald 2 – 3 Stunden'), an hour and a restaurant ('Dinner at 8 Sea View'), a Swiss place after 'in der' ('Lara in der
Badi'; 'uf der Badi', 'in der Kanti' too), tools and shops after 'frag' ('frag ChatGPT,', 'frag Migros,'; 'Siri',
'Digitec', 'Wikipedia' too), a school event's date in parentheses near a word for children (de/fr/en; it too) and a
missed appointment after a date of birth ('geb. 12.03.1985, nicht am 14.05.2026 erschienen').  3 guards.

Speed: no super-linear cost found.  25 KB -> 100 KB -> 200 KB of each new shape (keyed town lines with long keys and
dot leaders, wrapped French streets with colons, lettered numbers, chained 'statt', dot leaders, particles in a
row, capitals before names, kin and 'frag' runs, 'St. St. St.', 'at via at via'): start positions per character
constant (20-57), time x3-x5 per 4x and x2 per 2x, with and without the learned model.

After the review (the commit after d8a3590): all 11 leak regressions and all 18 over-masking regressions fixed, and 9
of the gaps ('……' leaders, 'Sonnenhang 23A', corrections in parentheses, 'et pas', 'dell'', 'frag Suter!', 'chiedi a
Soldati.', 'mami von', 'grossmutter von', 'mamma di'); their marks are off.  Open still: the cases marked below.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import _positions, assert_look_ups_grow_linearly, budget, metered  # noqa: F401

from .review_helpers import in_clear, masked

PERSON, ADDRESS, DOB = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB


def _regression(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of d8a3590 (masked at 134a66e): {what}")


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of d8a3590 (readable at 134a66e): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at 134a66e too): {what}")


_OVERLAP = ("persons._not_a_place_after lets 'in der'/'in den'/'op de' join a name to a one-word street; the PERSON "
            "then overlaps the street's ADDRESS and one of the two is dropped whole")
_FR_STOP = "address._FR_NAME: a wrapped street stops at a next line with a colon in 40 characters (a phone's key, time)"
_KEYED = "address_parts._KEYED_TOWN_LINE takes any code and capitalised word under any key after a street"
_LETTERED = "de_prefix_lettered: any 'Am/Im/In/Unter/Zum' + word + number with a letter (_NUMBERED_THINGS too short)"
_FIELD = "de_field_lettered: a word ending in a field's tail ('-hang', '-garten', '-grund') + a lettered number"
_FRAG = "person_kin._ASK: a capitalised word after 'frag' is a name unless a place (tools, shops, sites)"
_CHILD = "dates._DATE_IN_PARENTHESES: '(am|le|il|on DATE)' after any capitalised word within 300 chars of 'Kind'"

# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # persons: the new particles -- REGRESSIONS, the worst first: the whole name sent in clear
    pytest.param("Anna Keller in der Gand 3, 8400 Winterthur", "Anna Keller", PERSON,
                 id="particle-name-dropped-before-street"),
    pytest.param("Bitte schicke es an Anna Keller in der Sandgrube 3, 8400 Winterthur.", "Anna Keller", PERSON,
                 id="particle-name-dropped-compound-street"),
    pytest.param("Sasa in der Gand 3, 8400 Winterthur", "Sasa", PERSON,
                 id="particle-commit-example-with-address"),
    # ... or the house number, postcode and town sent in clear
    pytest.param("Lea Huber in der Looren 3, 8053 Zürich", "3, 8053 Zürich", ADDRESS,
                 id="particle-address-dropped-in-der"),
    pytest.param("Peter Gerber in den Bünten 4, 8000 Zürich", "4, 8000 Zürich", ADDRESS,
                 id="particle-address-dropped-in-den"),
    pytest.param("Jan Jansen op de Beeck 4, 1000 Brussel", "4, 1000 Brussel", ADDRESS,
                 id="particle-address-dropped-op-de", marks=_regression(_OVERLAP)),
    # address._FR_NAME -- REGRESSIONS: a wrapped street with a colon on its second line
    pytest.param("Domicile: Route de la Vieille\nFonderie 12, natel: 079 555 12 34", "Route de la Vieille\nFonderie 12",
                 ADDRESS, id="fr-wrapped-street-natel"),
    pytest.param("Adresse : Chemin des Grandes\nRoches 5, tél: 032 555 12 34", "Chemin des Grandes\nRoches 5",
                 ADDRESS, id="fr-wrapped-street-tel"),
    pytest.param("Merci de livrer au Chemin des Grandes\nRoches 5, dès 14:00 svp", "Chemin des Grandes\nRoches 5",
                 ADDRESS, id="fr-wrapped-street-time"),
    pytest.param("Livraison: 8 chemin des Grandes\nRoches, 2000 Neuchâtel, code: 4711", "2000 Neuchâtel", ADDRESS,
                 id="fr-wrapped-street-town-after"),
    # address_parts._KEYED_TOWN_LINE -- REGRESSION: a year of birth under its key read as a postcode and a town
    pytest.param("Adresse: Rosenweg 12\nGeburtsjahr: 1985 Bern", "1985", DOB, id="keyed-town-year-of-birth"),
    # ... guards: the rule's examples and near variants
    pytest.param("Winterquartier: Rosenweg 1\nWinterquartier (2): 8003 Zürich", "8003 Zürich", ADDRESS,
                 id="keyed-town-commit-example"),
    # ... gaps: a year-like Swiss postcode before a common word, a town that begins with an article
    pytest.param("Adresse: Route du Village 5\nLocalité (2): 1997 Haute-Nendaz", "1997 Haute-Nendaz", ADDRESS,
                 id="keyed-town-common-word", marks=_open("_no_town: a year-like code and 'Haute' is no town")),
    pytest.param("Adresse: Route du Village 5\nLocalité (2): 1934 Le Châble", "1934 Le Châble", ADDRESS,
                 id="keyed-town-article", marks=_open("_KEYED_TOWN_LINE: a town's article ('Le', 'Les', 'La')")),
    # dates.py -- guards: the correction, dot leaders, children's dates with a word before them
    pytest.param("Im System steht als Geburtsdatum 01/07/1979 statt 07/01/1979.", "07/01/1979", DOB,
                 id="dob-correction-statt"),
    pytest.param("geboren am ....... 11.12.1948", "11.12.1948", DOB, id="dob-dot-leaders"),
    pytest.param("Kinder: Lea (il 06/01/2013), Tim (am 3.4.2015)", "3.4.2015", DOB, id="dob-children-am"),
    # ... gaps: the correction in parentheses, 'et pas', an elided article, an ellipsis character as leaders
    pytest.param("Geburtsdatum: 01/07/1979 (nicht 07/01/1979)", "07/01/1979", DOB, id="dob-correction-parentheses"),
    pytest.param("DOB 10/12/1975 (not 12/10/1975)", "12/10/1975", DOB, id="dob-correction-parentheses-en"),
    pytest.param("date de naissance : 21.02.1973 et pas le 20.02.1973", "20.02.1973", DOB,
                 id="dob-correction-et-pas"),
    pytest.param("data di nascita 10.11.1988 invece dell'11.10.1988", "11.10.1988", DOB,
                 id="dob-correction-elided", marks=_open("_CORRECTION: 'invece del' but not the elided 'dell''")),
    pytest.param("Geburtsdatum …… 11.12.1948", "11.12.1948", DOB, id="dob-ellipsis-leaders"),
    # addresses -- guards: lettered numbers and weak English suffixes the commit reads; gaps next to them
    pytest.param("Wohnt An der Bleiche 3a seit Jahren.", "An der Bleiche 3a", ADDRESS, id="de-prefix-lettered"),
    pytest.param("meet at 231 Orchard Close by the gate", "231 Orchard Close", ADDRESS, id="en-weak-at"),
    pytest.param("4500 Forest Park Ave\nSt. Louis, MO 63110", "St. Louis, MO 63110", ADDRESS, id="en-saint-town"),
    pytest.param("Sie wohnt Sonnenhang 23A.", "Sonnenhang 23A", ADDRESS, id="de-field-capital-letter"),
    pytest.param("drop it off at no. 20 Manor Way", "20 Manor Way", ADDRESS, id="en-weak-at-no",
                 marks=_open("_PLACE_BEFORE: 'at' right before the number only")),
    pytest.param("Sault Ste. Marie, MI 49783", "Sault Ste. Marie", ADDRESS, id="en-saint-town-second-word",
                 marks=_open("'Ste.' only as the town's first word")),
    # names -- guards: capitals, kin, 'frag'; gaps next to them
    pytest.param("HOLZ Frank Peter\nMONTAG Ingrid", "HOLZ Frank Peter", PERSON, id="capitals-two-first-names"),
    pytest.param("die Mutter von Gschwendholzer wohnt am Buchenweg 30", "Gschwendholzer", PERSON, id="kin-mutter-von"),
    pytest.param("Chiedi a Soldati, ne ha due.", "Soldati", PERSON, id="ask-chiedi-a"),
    pytest.param("Startliste\n1. HOLZ Frank  SUI  1:23.45\n2. GRAF Katrin  AUT  1:24.10", "HOLZ Frank", PERSON,
                 id="capitals-start-list-rank", marks=_open("capital_surnames._item_starts: no item after '1. '")),
    pytest.param("Sehr geehrter Herr in der Gand", "Gand", PERSON, id="particle-after-title"),
    pytest.param("frag Suter!", "Suter", PERSON, id="ask-frag-exclamation"),
    pytest.param("chiedi a Soldati.", "Soldati", PERSON, id="ask-chiedi-full-stop"),
    pytest.param("ask McAllister, they've got two", "McAllister", PERSON, id="ask-commit-example-en"),
    pytest.param("bin bei der mami von Tschümperlin", "Tschümperlin", PERSON, id="kin-mami-von"),
    pytest.param("ich bin bei der grossmutter von tschümperlin", "tschümperlin", PERSON, id="kin-grossmutter-von"),
    pytest.param("sono dalla mamma di pedrazzini", "pedrazzini", PERSON, id="kin-mamma-di"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # address_parts._KEYED_TOWN_LINE -- REGRESSIONS: an amount or a measure under a key after the address
    pytest.param("Mietobjekt: Rosenweg 12\nMiete: 1850 CHF\nNebenkosten: 250 CHF", "1850 CHF", id="keyed-rent-chf"),
    pytest.param("Adresse: Chemin des Vignes 25\nMontant: 1500 Francs", "1500 Francs", id="keyed-montant-francs"),
    pytest.param("Indirizzo: Via Roma 5\nAffitto: 1500 CHF", "1500 CHF", id="keyed-affitto-chf"),
    pytest.param("Address: 12 Baker Street\nRent: 1500 GBP", "1500 GBP", id="keyed-rent-gbp"),
    pytest.param("Adresse: Rosenweg 12\nFläche: 1200 Quadratmeter", "1200 Quadratmeter", id="keyed-area"),
    # ... guards: what _no_town already leaves readable
    pytest.param("Adresse: Rosenweg 12\nBetrag: 1500 Franken", "1500 Franken", id="keyed-franken"),
    # address.py de_prefix_lettered / de_field_lettered / de_prefix_field -- REGRESSIONS
    pytest.param("Siehe Anhang 3a der Verordnung.", "Anhang 3a", id="lettered-anhang"),
    pytest.param("In Tabelle 3a sind die Werte.", "In Tabelle 3a", id="lettered-tabelle"),
    pytest.param("Unter Punkt 3a steht das.", "Unter Punkt 3a", id="lettered-punkt"),
    pytest.param("Im Kindergarten 2a ist Platz.", "Im Kindergarten 2a", id="lettered-kindergarten"),
    pytest.param("Montag, Im Wald 2 – 3 Stunden laufen.", "Im Wald 2", id="prefix-field-range-after-comma"),
    # ... guards
    pytest.param("Im Kapitel 3a steht es.", "Im Kapitel 3a", id="lettered-kapitel"),
    # address_en._PLACE_BEFORE -- REGRESSION: a time and a restaurant's name
    pytest.param("Dinner at 8 Sea View, the restaurant by the pier.", "8 Sea View", id="en-weak-time-venue"),
    # persons: particles -- REGRESSIONS: a place after 'in der' / 'uf der' joined to the name
    pytest.param("Lara in der Badi getroffen.", "in der Badi", id="particle-badi"),
    # person_kin._ASK -- REGRESSIONS
    pytest.param("frag ChatGPT, das hilft", "ChatGPT", id="ask-frag-chatgpt"),
    pytest.param("frag Migros, die haben das", "Migros", id="ask-frag-migros"),
    pytest.param("frag Google, der weiss es", "Google", id="ask-frag-google"),
    # dates.py -- REGRESSIONS: a school event's date, a missed appointment after a date of birth
    pytest.param("Liebe Eltern\nIhr Kind ist für den Elternabend (am 12.03.2026) eingeladen.", "12.03.2026",
                 id="child-date-elternabend"),
    pytest.param("Chers parents\nVotre enfant participe à la Fête (le 12/03/2026) de l'école.", "12/03/2026",
                 id="child-date-fete"),
    pytest.param("Dear parents\nYour child is invited to the Picnic (on 03/12/2026) at school.", "03/12/2026",
                 id="child-date-picnic"),
    pytest.param("Frau Meier, geb. 12.03.1985, nicht am 14.05.2026 erschienen.", "14.05.2026",
                 id="dob-correction-missed-appointment"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
NEW_SHAPES = [
    "Rosenweg 1\nAa Bb Cc Dd Ee Ff: 1950 Sion\n",      # keyed town lines, the longest key
    "Rosenweg 1\nAa .................................. 8003 Aa\n",  # ... with dot leaders
    "Rue Aa Bb\nCc Dd Ee Ff Gg Hh Ii Jj Kk Ll: ",     # French street names wrapped before a key
    "Aahang 12a Bbhang 13b ",                        # lettered field names
    "In der Aa Bb 12a Am Aa Bb 1/2/3 ",               # lettered prefixed streets
    "geboren am ....... Aa ....... Bb ....... 1.1.1990 ",  # dot leaders between words
    "Geburtsdatum 1.1.1990 statt 2.2.1990 statt ",     # corrections in a row
    "Anna in der Aa in der Bb op de Cc uf der Dd ",    # particles in a row
    "| AA Anna | BB Maria | AM ZU CC Petra |\n",        # capitals before first names
    "mutter von Aa frag Bb, chiedi a Cc, ",            # kin and 'frag'
    "St. St. Aa Bb, MO 12345 at via 12 Aa Way ",       # saints' towns, weak suffixes
]


@pytest.mark.parametrize("shape", NEW_SHAPES)
def test_runs_of_a_new_shape_stay_within_the_position_budget(metered: Anonymizer, shape: str) -> None:  # noqa: F811
    text = shape * (6000 // len(shape) + 1)
    assert _positions(metered, text) <= budget(text)


@pytest.mark.parametrize("shape", [
    "Anna in der Aa, ",             # each word after a particle judged
    "HOLZ Aa,\n",                   # each pair in capitals looked up
    "mutter von Aa, frag Bb, ",     # kin and 'frag' names looked up
])
def test_lexicon_look_ups_grow_linearly(metered: Anonymizer, monkeypatch, shape: str) -> None:  # noqa: F811
    assert_look_ups_grow_linearly(metered, monkeypatch, shape)
