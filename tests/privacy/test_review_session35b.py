"""Review of session 35's person-name cue words (0a805fa..5bd36ae; src/tarnkappe/privacy): clergy and titles typed
in lower case or in a capitals line (person_titles: 'reverend', 'pfarrerin', 'pastor', 'don', 'm.', Italian 'lo' and
Welsh 'ap', "mr o'sullivan's", a hyphenated surname, a non-word ending a clause after a title; person_particles:
capitalised clergy before particles), a child in a parent's parentheses (person_kin: "(Mia's mum)", "(Leas Mama)"),
a class chat's cue phrases and a memorial's wording (person_chat_cues, new: 'fait pour X ✅', 'la festa di X', "X's
party", 'seen X's coat', 'la veste bleue de X', 'Remembering X', 'Rest in peace, X.' and the deceased's first name
wherever the text repeats it), two first names in a rota's cell (person_slashes.names_in_cell_pairs, and an HTML
tag ending a slash's part).  Read as an attacker and as the user whose data it is; every name, number and address is
invented for these tests (brands, towns, feasts and works are real, as a user writes them).

Each case was checked at 5bd36ae and at 0a805fa (pytest --runxfail with PYTHONPATH=<tree>/src).  REGRESSION: the
case passed at 0a805fa; open: it failed there too.  Counts: 27 over-masking REGRESSIONS, 9 leak REGRESSIONS, 1 work
REGRESSION, 41 open (37 leaks, 4 over-maskings), 98 guards (69 cases -- 30 of them fail at 0a805fa, leaks the change
closed -- and 29 work checks).

Leak REGRESSIONS, most serious first:
(1) person_titles._surname: a hyphenated surname now returns from the new '-' branch whenever one part is an
    ordinary word and unlisted, where 0a805fa took the whole (unknown, rare) word: 'frau keller-tisch hat
    angerufen', 'mrs hartley-bread called', 'frau zumbrunn-haus', 'mme gaulle-merle a appelé' are in clear now.
(2) person_titles._TITLE: the English clergy words are titles now, so 'reverend dr bird', 'pastor dr bird',
    'reverend mrs bird', 'vicar mr bird', 'reverend ms bird' match from the clergy's word, the second title ('dr',
    'mrs' without a dot) is read as the first surname word and rejected, and finditer does not go back to the
    'dr bird' / 'mrs bird' match that masked 'bird' at 0a805fa.
Over-masking REGRESSIONS, most serious first:
(a) person_chat_cues._FOR takes any word below Zipf 5 after 'bezahlt für'/'payé pour'/'pagato per'/'paid for' +
    tick or full stop: the things a class chat pays for are children -- 'bezahlt für skilager ✅', 'Erledigt für
    Klassenlager ✅', 'überwiesen für schulreise ✅', 'znüni', 'mittagstisch', 'fasnacht', 'payé pour kermesse ✅',
    'pagato per gita ✅', 'paid for babysitting ✅', 'paid for bowling.'.
(b) person_chat_cues._EVENT_OF / _OWNER: feasts and firms -- 'la festa di carnevale', 'la festa di Natale è bella'
    (a listed name that is an Italian word passes where the text is long enough for the model), 'la fête de
    diwali', 'Migros Geburtstag' ('Migro' masked).
(c) person_chat_cues._deceased: after 'Rest in peace,' any capitalised word before '.' that no list holds as
    ordinary ('Sweetheart', 'Queen'), after 'In Erinnerung an' a place's exonym ('Tschernobyl'); and
    _mentions_of then masks that word all through the text: 'The Queen's Gambit', and a month after a memorial
    for 'June …' ('the funeral is on 3 June 2026').
(d) person_titles: lower-case 'don' and 'm.' before French particles take a listed name that is a word: 'un don
    de sang', 'le don du sang', 'm. le maire'; English clergy take any word below Zipf 4 ('tacos al pastor
    recipe', 'pastor aleman'), 'don chisciotte'; the clause-end rule takes 'ms sql.'.
(e) person_kin._child_of: any capitalised first word of two in parentheses before a parent's word: '(Stay-at-home
    Dad)', '(Queen Mother)'.
Open (so at 0a805fa too), the largest groups: the session's own headline cell '| YONAS & EVA-MARIA |' still leaves
'S' and 'EVA-MARIA' in clear (only a side found whole makes its partner a name; 'YONA' is a part), two first names
no rule found ('MIRJAM & ZENEBECH', '&amp;' in HTML); memorial wordings in title case, capitals or lower case
('In Loving Memory of', 'Rest In Peace,', 'RIP', 'In memoriam', 'Forever in our hearts,'); cue phrasings the lists
lack ('für nevio erledigt', 'fatto anche per', 'done for lily, thanks', '🙏', capitals, 'and rose', "ruby's bday",
'found', 'le pull de'); a child's name that is a word of the phrase's own language ('hope', 'ernst', 'poppy');
parents' words the list lacks ('nan', 'grandad', 'Mutti', 'mum & dad'); clergy the list lacks ('rabbi', 'father',
'suor', 'père', 'pfr.') and 'the reverend bird' (the module's own example: a determiner vetoes a listed word);
'CHÈRE MADAME BLANC' (the capitals view is English only).

Work: names_in_cell_pairs re-sorts all found spans each time it adds a name (``spans = sorted([*spans, …])``): a
rota whose every row adds one is quadratic -- detect() on '| Anna Meier | <new name> & Anna |' rows: 100 KB 1.3 s,
200 KB 4.0 s, 400 KB 18.9 s (0a805fa: 0.7/1.2/2.5 s).  Every new regex scans linearly (100 KB and 200 KB of each
shape once: 2.00x the engine's positions, 1.5x-2.8x the time).

Fixes: person_titles._surname's hyphen branch should fall through to the whole word's test instead of returning
False; _TITLE should take 'dr'/'mrs'/'ms'/'mr' after a clergy word like 'dr.' (the {0,3} group) or restart the
scan after a failed clergy match.  person_chat_cues._FOR/_EVENT_OF/_OWNER: ask for a listed first name (or an
unlisted word that is no German noun or compound -- german_word, compound_tail -- and not a feast) instead of Zipf
< 5; _deceased after 'Rest in peace,' only a listed name; _mentions_of only where the word is a listed first name
and not a month.  person_titles: no particle after 'don'/'m.' unless the surname is rare; English clergy should use
the non-English rule (listed or no ordinary word).  person_kin._child_of: a word with no genitive ending only if
it is a listed first name that is no ordinary word.  person_slashes.names_in_cell_pairs: insort into spans (or
collect and sort once per pass); read a partly found side ('YONA' of 'YONAS') as found.
"""

from __future__ import annotations

import string

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, person_slashes
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON = EntityType.PERSON


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _kept = review_marks("0a805fa..5bd36ae", "0a805fa")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_PAID = _over(
    "person_chat_cues._FOR/_child: after a payment's phrase and a tick any word below Zipf 5 in all four languages "
    "is a child -- the class chat's camps, trips, snacks, feasts and activities are what it pays for")
_FEAST = _over(
    "person_chat_cues._EVENT_OF/_OWNER: a feast or a firm after 'la festa di'/'la fête de' or before "
    "'Geburtstag' is a child (a rare word, or a listed name that is a word of the phrase's language)")
_PEACE = _over(
    "person_chat_cues._deceased: after 'Rest in peace,' any capitalised word below Zipf 6 before '.' is the "
    "deceased, after 'In Erinnerung an' any rare capital word (a place's exonym); _mentions_of then masks the "
    "deceased's first word wherever the text writes it (a title, a month in a date)")
_PARTICLE_WORD = _over(
    "person_titles: lower-case 'don'/'m.' are titles now, and after a particle _surname takes a listed surname "
    "that is an ordinary word ('Sang', 'Maire')")
_ENGLISH_CLERGY = _over(
    "person_titles: English clergy words use the English titles' test -- any word below Zipf 4 is a surname "
    "('pastor' of 'tacos al pastor', Spanish 'pastor alemán', 'don chisciotte'); the clause-end rule takes 'sql'")
_PARENS = _over(
    "person_kin._child_of: with no genitive ending any capitalised rare word before a parent's word is a child "
    "('Stay-at-home'), and a listed first name that is an ordinary word ('Queen')")
_OPEN_CELL_TOWNS = _open(
    "person_slashes.names_beside_slashes: towns that are listed first names beside one found ('Florence / Milan')")
_OPEN_WORKS = _open("persons: 'Don' before a capitalised word is a title ('Don Quijote')")
_OPEN_CAPITAL_BRANDS = _open("persons: a title in capitals before a brand ('DR MARTENS', 'MS VISIO')")

OVER = [
    # person_chat_cues: what a payment was made for -- REGRESSIONS
    pytest.param("Ursina: bezahlt für skilager ✅", "skilager", id="paid-skilager"),
    pytest.param("Ursina: Erledigt für Klassenlager ✅", "Klassenlager", id="paid-klassenlager"),
    pytest.param("Ursina: überwiesen für schulreise ✅", "schulreise", id="paid-schulreise"),
    pytest.param("Ursina: bezahlt für znüni ✅", "znüni", id="paid-znueni", marks=_PAID),
    pytest.param("Ursina: erledigt für mittagstisch ✅", "mittagstisch", id="paid-mittagstisch"),
    pytest.param("Ursina: erledigt für fasnacht ✅", "fasnacht", id="paid-fasnacht"),
    pytest.param("Louise: payé pour kermesse ✅", "kermesse", id="paid-kermesse"),
    pytest.param("Sacha: pagato per gita ✅", "gita", id="paid-gita", marks=_PAID),
    pytest.param("Rey: paid for babysitting ✅", "babysitting", id="paid-babysitting"),
    pytest.param("Rey: paid for bowling.", "bowling", id="paid-bowling-stop", marks=_PAID),
    # person_chat_cues -- guards
    pytest.param("done for today ✅", "today", id="done-today-guard"),
    pytest.param("fait pour demain ✅", "demain", id="fait-demain-guard"),
    pytest.param("ok, fatto per domani ✅", "domani", id="fatto-domani-guard"),
    pytest.param("erledigt für dich ✅", "dich", id="erledigt-dich-guard"),
    pytest.param("Rey: paid for netflix ✅", "netflix", id="paid-netflix-guard"),
    pytest.param("I paid for parking.", "parking", id="paid-parking-guard"),
    pytest.param("Louise: payé pour la kermesse ✅", "kermesse", id="paid-la-kermesse-guard"),
    # person_chat_cues: feasts and firms -- REGRESSIONS and guards
    pytest.param("andrea: la festa di carnevale sabato", "carnevale", id="festa-carnevale"),
    pytest.param("la festa di Natale è bella", "Natale", id="festa-natale"),
    pytest.param("Cédric: n'oubliez pas la fête de diwali", "diwali", id="fete-diwali"),
    pytest.param("Tetiana: Migros Geburtstag feiern wir", "Migros", id="geburtstag-migros", marks=_FEAST),
    pytest.param("ricordate la festa di halloween sabato", "halloween", id="festa-halloween-guard"),
    pytest.param("la festa della Repubblica", "Repubblica", id="festa-della-guard"),
    pytest.param("Sanjay: the pyjama party", "pyjama", id="pyjama-party-guard"),
    pytest.param("Sanjay: the sleepover party", "sleepover", id="sleepover-party-guard"),
    pytest.param("Tetiana: zum Vereins Geburtstag", "Vereins", id="vereins-geburtstag-guard"),
    # person_chat_cues: memorial wordings -- REGRESSIONS and guards
    pytest.param("Rest in peace, Sweetheart.\n", "Sweetheart", id="peace-sweetheart", marks=_kept(
        "'Rest in peace, Poppy.' (holdout39): a name that is a word too ends the address, as a pet name does")),
    pytest.param("Rest in peace, Queen.\nThe Queen's Gambit is on tonight.", "The Queen's Gambit",
                 id="peace-queen-spread", marks=_PEACE),
    pytest.param("In Erinnerung an Tschernobyl\n", "Tschernobyl", id="erinnerung-tschernobyl", marks=_PEACE),
    pytest.param("In loving memory of June Whitfield\nThe funeral is on 3 June 2026.", "3 June 2026",
                 id="memory-june-date-spread", marks=_PEACE),
    pytest.param("In loving memory of my grandmother", "grandmother", id="memory-grandmother-guard"),
    pytest.param("Rest in peace, dear friend", "dear friend", id="peace-dear-friend-guard"),
    pytest.param("Ruhe in Frieden", "Frieden", id="ruhe-in-frieden-guard"),
    pytest.param("Rest in peace, Brother.\n", "Brother", id="peace-brother-guard"),
    pytest.param("Rest in peace, Legend.\n", "Legend", id="peace-legend-guard"),
    pytest.param("Remembering Windows XP\n", "Windows XP", id="remembering-windows-guard"),
    pytest.param("Rest in peace, Twitter.\n", "Twitter", id="peace-twitter-guard"),
    # person_titles: clergy and 'm.' in lower case -- REGRESSIONS and guards
    pytest.param("un don de sang sauve des vies", "de sang", id="don-de-sang"),
    pytest.param("merci pour le don du sang", "du sang", id="don-du-sang"),
    pytest.param("m. le maire a parlé", "le maire", id="m-le-maire"),
    pytest.param("tacos al pastor recipe", "recipe", id="al-pastor-recipe", marks=_ENGLISH_CLERGY),
    pytest.param("pastor aleman puppies for sale", "aleman", id="pastor-aleman", marks=_ENGLISH_CLERGY),
    pytest.param("leggo il don chisciotte", "chisciotte", id="don-chisciotte-lower", marks=_ENGLISH_CLERGY),
    pytest.param("install ms sql.", "sql", id="ms-sql-clause-end", marks=_ENGLISH_CLERGY),
    pytest.param("Don Quijote de la Mancha es una novela.", "Quijote", id="don-quijote", marks=_OPEN_WORKS),
    pytest.param("the reverend said grace.", "said", id="reverend-said-guard"),
    pytest.param("m. le président a signé", "président", id="m-le-president-guard"),
    pytest.param("faire un don d'organes", "organes", id="don-organes-guard"),
    pytest.param("le don de plasma aide", "plasma", id="don-plasma-guard"),
    pytest.param("don your gloves before handling", "gloves", id="don-gloves-guard"),
    pytest.param("hit the rev limiter on the highway", "limiter", id="rev-limiter-guard"),
    pytest.param("the rev. notes are attached", "notes", id="rev-notes-guard"),
    pytest.param("ask the vicar tomorrow.", "tomorrow", id="vicar-tomorrow-guard"),
    pytest.param("der dekan der fakultät hat geschrieben", "fakultät", id="dekan-der-guard"),
    pytest.param("il maestro di cerimonie", "cerimonie", id="maestro-di-guard"),
    pytest.param("SUPPORT FOR MS PATIENTS AND CARERS", "PATIENTS", id="caps-ms-patients-guard"),
    pytest.param("MS EXCEL TRAINING", "EXCEL", id="caps-ms-excel-guard"),
    pytest.param("I WEAR DR MARTENS BOOTS", "MARTENS", id="caps-dr-martens", marks=_OPEN_CAPITAL_BRANDS),
    pytest.param("OPEN IN MS VISIO", "VISIO", id="caps-ms-visio", marks=_OPEN_CAPITAL_BRANDS),
    # person_kin: a parent's parentheses -- REGRESSIONS and guards
    pytest.param("He is a (Stay-at-home Dad) now.", "Stay-at-home", id="parens-stay-at-home"),
    pytest.param("Invited: the (Queen Mother) herself", "Queen", id="parens-queen-mother", marks=_PARENS),
    pytest.param("Ho chiamato (Mia mamma) ieri", "Mia", id="parens-mia-mamma-guard"),
    pytest.param("Sie ist (Tiger Mom) genau.", "Tiger", id="parens-tiger-mom-guard"),
    pytest.param("Liste: (Gottes Mutter)", "Gottes", id="parens-gottes-guard"),
    # person_slashes: two words in a cell -- guards and open
    pytest.param("| Team | Lead |\n|---|---|\n| Anna Keller | Salt & Pepper |\n", "Salt & Pepper",
                 id="cell-salt-pepper-guard"),
    pytest.param("| Team | Lead |\n|---|---|\n| Anna Keller | Sophie & Co |\n", "Co", id="cell-and-co-guard"),
    pytest.param("| Datum | Dienst |\n|---|---|\n| 3.5. | Noah Keller / Remote |\n", "Remote", id="cell-remote-guard"),
    pytest.param("| Datum | Dienst |\n|---|---|\n| 3.5. | Noah Keller & Backoffice |\n", "Backoffice",
                 id="cell-backoffice-guard"),
    pytest.param("| Route | Driver |\n|---|---|\n| Florence / Milan | Anna Keller |\n", "Milan",
                 id="cell-florence-milan", marks=_OPEN_CELL_TOWNS),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_HYPHEN = _lost(
    "person_titles._surname: the new hyphen branch returns False when one part is an ordinary word no list holds as "
    "a name; 0a805fa tested the whole word (not common, rare) and masked it")
_SECOND_TITLE = _lost(
    "person_titles._TITLE: an English clergy word matches first, the second title without a dot ('dr', 'mrs', "
    "'mr', 'ms') is read as the surname and rejected, and finditer never tries the 'dr bird' match of 0a805fa")
_CELL_PART = _open(
    "person_slashes.names_in_cell_pairs: a side found only in part ('YONA' of 'YONAS') makes no partner a name, "
    "and a cell neither of whose names another rule found stays in clear (also '&amp;' joins no pair)")
_KIN_WORDS = _open(
    "person_kin._PARENT_WORDS lacks 'nan', 'grandad', 'Mutti'; a parent's parentheses of more than two words "
    "('mum & dad')")
_CUE_PHRASES = _open(
    "person_chat_cues: phrasings the patterns lack ('für X erledigt', 'fatto anche per', ', thanks', '🙏', "
    "capitals, 'X and Y', 'bday', 'found', 'le pull de', 'die Party von')")
_OWN_LANGUAGE = _open(
    "person_chat_cues._child: a listed first name that is an ordinary word of the phrase's own language "
    "('hope', 'ernst', 'poppy') is never a child")
_MEMORIAL_FORMS = _open(
    "person_chat_cues._MEMORIAL: title case ('In Loving Memory of', 'Rest In Peace,'), capitals, lower case, "
    "'RIP', 'In memoriam', 'Forever in our hearts,' are no cue; the name's first word stays in clear")
_CLERGY_MISS = _open(
    "person_titles._CLERGY lacks 'rabbi', 'father', 'suor', 'père', 'pfr.'; a determiner vetoes a listed word "
    "after the clergy ('the reverend bird', the module's own example); a title before the clergy's word")
_CAPS_ROMANCE = _open("person_titles._CAPITAL_GATE: English titles only ('CHÈRE MADAME BLANC')")

LEAKS = [
    # person_titles: hyphenated surnames -- REGRESSIONS
    pytest.param("frau keller-tisch hat angerufen", "keller-tisch", id="hyphen-keller-tisch"),
    pytest.param("mrs hartley-bread called", "hartley-bread", id="hyphen-hartley-bread"),
    pytest.param("frau zumbrunn-haus hat angerufen", "zumbrunn-haus", id="hyphen-zumbrunn-haus"),
    pytest.param("mme gaulle-merle a appelé", "gaulle-merle", id="hyphen-gaulle-merle"),
    pytest.param("pfarrer meier-gasser hat angerufen", "meier-gasser", id="hyphen-meier-gasser-guard"),
    # person_titles: a second title after the clergy's word -- REGRESSIONS
    pytest.param("reverend dr bird preached", "bird", id="reverend-dr"),
    pytest.param("pastor dr bird preached", "bird", id="pastor-dr"),
    pytest.param("reverend mrs bird preached", "bird", id="reverend-mrs"),
    pytest.param("vicar mr bird rang", "bird", id="vicar-mr"),
    pytest.param("ring reverend ms bird", "bird", id="reverend-ms"),
    pytest.param("reverend dr. bird preached", "bird", id="reverend-dr-dot-guard"),
    # person_titles -- guards (leaks the change closed)
    pytest.param("reverend bird rang about sunday", "bird", id="reverend-lower"),
    pytest.param("diakon stutz kommt", "stutz", id="diakon-lower"),
    pytest.param("dekanin koch hat angerufen", "koch", id="dekanin-lower"),
    pytest.param("vicar hartley rang", "hartley", id="vicar-lower"),
    pytest.param("l'abbé mourgues a appelé", "mourgues", id="abbe-lower"),
    pytest.param("DEAR REVEREND BIRD,\nTHANK YOU", "BIRD", id="caps-reverend"),
    pytest.param("DEAR DR FIELD,\nTHANK YOU", "FIELD", id="caps-dr"),
    pytest.param("m. blanc a appelé", "blanc", id="m-blanc"),
    pytest.param("mr ng.", "ng", id="mr-ng-clause-end"),
    pytest.param("dann herr vo!", "vo", id="herr-vo-bang"),
    pytest.param("mrs o'neill's dog barked", "o'neill", id="mrs-o-neill-genitive"),
    pytest.param("dott. d'amico ha chiamato", "d'amico", id="dott-d-amico"),
    # person_titles -- open
    pytest.param("the reverend bird preached", "bird", id="the-reverend-bird", marks=_CLERGY_MISS),
    pytest.param("rabbi bird rang about the service", "bird", id="rabbi-lower", marks=_CLERGY_MISS),
    pytest.param("father bird rang about the hymns", "bird", id="father-lower", marks=_CLERGY_MISS),
    pytest.param("suor bianca ha chiamato", "bianca", id="suor-lower", marks=_CLERGY_MISS),
    pytest.param("le père blanc a appelé pour la messe", "blanc", id="pere-lower"),
    pytest.param("pfr. koch hat angerufen", "koch", id="pfr-abbreviation", marks=_CLERGY_MISS),
    pytest.param("frau pfarrerin koch hat angerufen", "koch", id="frau-pfarrerin", marks=_CLERGY_MISS),
    pytest.param("CHÈRE MADAME BLANC,\nVOTRE CARTE", "BLANC", id="caps-madame", marks=_CAPS_ROMANCE),
    # person_slashes: two first names in a cell -- guards and open
    pytest.param("| Sophie Ruch | Amaru & Sophie |\n", "Amaru", id="cell-first-unfound"),
    pytest.param("| Sophie Ruch | SOPHIE & AMARU |\n", "AMARU", id="cell-capitals"),
    pytest.param("| 4.5. | Gebre | Zenebech & Mirjam |\n", "Zenebech", id="cell-rare-first"),
    pytest.param("| Mo | Di |\n|---|---|\n| YONAS & EVA-MARIA | x |\n", "YONAS & EVA-MARIA", id="cell-yonas-eva-maria",
                 marks=_CELL_PART),
    pytest.param("| 4.5. | GEBRE | MIRJAM & ZENEBECH |\n", "MIRJAM & ZENEBECH", id="cell-capitals-unfound",
                 marks=_CELL_PART),
    pytest.param("| 4.5. | Gebre | Mirjam & Zenebech |\n", "Mirjam & Zenebech", id="cell-neither-found",
                 marks=_CELL_PART),
    pytest.param("<td>4.5.</td><td>Mirjam &amp; Zenebech</td>", "Mirjam", id="cell-html-amp", marks=_CELL_PART),
    # person_kin: a parent's parentheses -- guards and open
    pytest.param("- Tom Baker (Lily's mummy): 07700 900123", "Lily", id="parens-lily-mummy"),
    pytest.param("Team (Sunny's dad) here", "Sunny", id="parens-sunny-dad"),
    pytest.param("(Alba's mum)", "Alba", id="parens-alba-mum"),
    pytest.param("- Tom Baker (lily's mum): 07700 900123", "lily", id="parens-lower-guard"),
    pytest.param("- Tom Baker (Hope's nan): 07700 900123", "Hope", id="parens-nan", marks=_KIN_WORDS),
    pytest.param("- Tom Baker (Rose's grandad): 07700 900123", "Rose", id="parens-grandad", marks=_KIN_WORDS),
    pytest.param("- Karin Vogt (Leas Mutti): 079 412 33 10", "Lea", id="parens-mutti", marks=_KIN_WORDS),
    pytest.param("- Tom Baker (Mia's mum & dad): 07700 900123", "Mia", id="parens-mum-and-dad", marks=_KIN_WORDS),
    # person_chat_cues: a class chat -- guards
    pytest.param("Louise: fait pour rose ✅", "rose", id="fait-pour-rose"),
    pytest.param("Ursina: überwiesen für luna ✅", "luna", id="ueberwiesen-luna"),
    pytest.param("Rey: done for grace ✅", "grace", id="done-for-grace"),
    pytest.param("Cédric: l'anniversaire de rose samedi", "rose", id="anniversaire-rose"),
    pytest.param("Tetiana: rosas geburtstag am samstag", "rosa", id="rosas-geburtstag"),
    pytest.param("Sanjay: invite for ruby's birthday", "ruby", id="ruby-birthday"),
    pytest.param("Dwayne: has anyone seen grace's PE bag?", "grace", id="seen-grace-bag"),
    pytest.param("Jean-Luc: la gourde de rose", "rose", id="gourde-de-rose"),
    pytest.param("Jean-Luc: il giubbotto di viola", "viola", id="giubbotto-viola"),
    # person_chat_cues -- open
    pytest.param("Ursina: für nevio erledigt ✅", "nevio", id="fuer-x-erledigt", marks=_CUE_PHRASES),
    pytest.param("Sacha: fatto anche per vittoria ✅", "vittoria", id="fatto-anche-per", marks=_CUE_PHRASES),
    pytest.param("Rey: done for lily, thanks", "lily", id="done-for-comma", marks=_CUE_PHRASES),
    pytest.param("Rey: done for lily 🙏", "lily", id="done-for-pray", marks=_CUE_PHRASES),
    pytest.param("Rey: DONE FOR LILY ✅", "LILY", id="done-for-capitals", marks=_CUE_PHRASES),
    pytest.param("Rey: paid for lily and rose ✅", "lily", id="paid-for-two", marks=_CUE_PHRASES),
    pytest.param("Sanjay: don't forget ruby's bday", "ruby", id="ruby-bday", marks=_CUE_PHRASES),
    pytest.param("Dwayne: found grace's coat", "grace", id="found-coat", marks=_CUE_PHRASES),
    pytest.param("Jean-Luc: le pull de jade a disparu", "jade", id="pull-de-jade", marks=_CUE_PHRASES),
    pytest.param("Tetiana: die Party von Luna am Samstag", "Luna", id="party-von", marks=_CUE_PHRASES),
    pytest.param("Rey: paid for hope ✅", "hope", id="paid-for-hope", marks=_OWN_LANGUAGE),
    pytest.param("Ursina: erledigt für ernst ✅", "ernst", id="erledigt-fuer-ernst", marks=_OWN_LANGUAGE),
    pytest.param("Sanjay: don't forget hope's party", "hope", id="hopes-party", marks=_OWN_LANGUAGE),
    pytest.param("Dwayne: anyone seen poppy's lunchbox?", "poppy", id="seen-poppy", marks=_OWN_LANGUAGE),
    # person_chat_cues: memorials -- guards and open
    pytest.param("Remembering Rose, 1931-2024\n", "Rose", id="remembering-rose"),
    pytest.param("The walks with Poppy were the best.\nRest in peace, Poppy.\n", "Poppy", id="peace-mentions"),
    pytest.param("In Loving Memory of Poppy Hartwell\n", "Poppy", id="memory-title-case", marks=_MEMORIAL_FORMS),
    pytest.param("IN LOVING MEMORY OF POPPY HARTWELL\n", "POPPY", id="memory-capitals", marks=_MEMORIAL_FORMS),
    pytest.param("in loving memory of poppy hartwell\n", "poppy hartwell", id="memory-lower",
                 marks=_MEMORIAL_FORMS),
    pytest.param("Rest In Peace, Poppy.\n", "Poppy", id="peace-title-case", marks=_MEMORIAL_FORMS),
    pytest.param("RIP Poppy. So sad.\n", "Poppy", id="rip", marks=_MEMORIAL_FORMS),
    pytest.param("Forever in our hearts, Poppy.\n", "Poppy", id="forever-in-our-hearts", marks=_MEMORIAL_FORMS),
    pytest.param("In memoriam Poppy\n", "Poppy", id="in-memoriam", marks=_MEMORIAL_FORMS),
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, PERSON) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# The new rules' shapes repeated 400 and 1,600 times: the regex engine's positions stay proportional.  (At 100 and 400
# repetitions some shapes step -- 5.4x for '<td>Anna / Qorvath</td>', 5.0x for 'DEAR MS FIELD ', at 0a805fa too: the
# long text's path starts past ~4,000 characters; past it 3.7x-4.0x per 4x.  Measured once at 100 KB and 200 KB:
# every shape 2.00x the positions, 1.5x-2.8x the time.)
@pytest.mark.parametrize("unit", [
    "| Anna & Qorvath |\n",
    "\tAnna, Qorvath\t",
    "<td>Anna / Qorvath</td>",
    "Anna & Qorvath  ",
    "| ANNA & EVA-MARIA |",
    "fait pour lou ✅ ",
    "done for lily lily ",
    "la festa di tharshini ",
    "pooja's party ",
    "aaaaaaaaaaaaaaaaaaaaaaaaaas ",
    "seen harper's blue coat ",
    "la veste bleue de mia ",
    "In loving memory of Mai Truong ",
    "Rest in peace, Poppy. ",
    "reverend dr bird ",
    "m. dupont ",
    "DEAR MS FIELD ",
    "dann herr vo. ",
    "mr o'sullivan's ",
    "sig.ra lo bianco ",
    "- Tom Baker (Mia's mum)\n",
])
def test_new_shapes_regex_work_grows_linearly(anonymizer: Anonymizer, unit: str) -> None:
    small, large = engine_work(anonymizer, unit * 400), engine_work(anonymizer, unit * 1600)
    assert 0 < large <= 4.5 * small


# (shapes long enough that 50 of them take the long text's path: '(Leas Mama) ' alone steps from 155 to 2,461
# look-ups between 50 and 200 repetitions, from 5 to 1,861 at 0a805fa, and grows 2.4x-3.4x per 4x past it)
@pytest.mark.parametrize("shape", [
    "(Leas Mama) (Idas Mama) (Felix' Papa) (Mia's mum) (Lily's dad) (Noahs Opa) ok\n",
    "la festa di tharshini, pooja's party, seen harper's blue coat, la veste bleue de mia\n",
    "fait pour lou ✅\n",
    "Rest in peace, Poppy.\n",
    "| Anna & Qorvath |\n",
    "reverend bird \n",
])
def test_new_rules_look_up_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)


def test_deceased_mentions_scan_linearly(anonymizer: Anonymizer) -> None:
    """One memorial, then its first name n and 4n times (person_chat_cues._mentions_of)."""
    head = "Rest in peace, Poppy.\n"
    small, large = engine_work(anonymizer, head + "Poppy " * 400), engine_work(anonymizer, head + "Poppy " * 1600)
    assert 0 < large <= 4.5 * small


def _new_name(i: int) -> str:
    letters = ""
    for _ in range(4):
        letters += string.ascii_lowercase[i % 26]
        i //= 26
    return "Zq" + letters


def _sorted_work(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, rows: int) -> int:
    """The items person_slashes sorts while a rota of ``rows`` rows, each adding one new name, is detected."""
    work = [0]

    def counted(items, *args, **kwargs):
        items = list(items)
        work[0] += len(items)
        return sorted(items, *args, **kwargs)

    monkeypatch.setattr(person_slashes, "sorted", counted, raising=False)
    anonymizer.detect("".join(f"| Anna Meier | {_new_name(i)} & Anna |\n" for i in range(rows)))
    return work[0]


def test_cell_pairs_sort_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cell pairs' spans grow by insertion (bisect.insort), not by a sort of all of them per name added: a rota's
    rows were quadratic (400 KB 18.9 s; fixed in session 35)."""
    small, large = _sorted_work(anonymizer, monkeypatch, 100), _sorted_work(anonymizer, monkeypatch, 400)
    assert large <= 4.5 * small + 64
