"""A surname typed in lower case after a title typed so: "mme verdier annule", "herr löffler von nebenan",
"sig.ra malipiero", "mrs parry", "dott. stojanović", "dr marthe le gall".

The name rules read capitals; chats.py reads a title before a lower-case name inside a chat's message or a line
typed wholly in lower case.  A lower-case title in any other line -- a chat line whose speaker is capitalised, a
table's cell, a dispatcher's note -- left its name in clear: holdout35 (read in session 31) had 25 such, in all
four languages.  Here, anywhere, a title written in lower case (frau, herr, mme, madame, monsieur, mlle, sig.,
sig.ra, signora, signor, dott., dott.ssa, dr, mr, mrs, ms) and the word after it is a PERSON when that word is a
surname: a listed name or a word no frequency list knows, no ordinary word ("herr pfarrer", "frau doktor", "mme la
directrice" are roles) -- after an English title also an ordinary word the lists know as a surname ("mr fry", "mrs
parry"); not after a number or a determiner ("120 ms to 180 ms", "the mr looks good", "my mrs thinks": milliseconds,
merge requests, a wife; the review of session 31); a listed first name first takes the surname after it ("dr marthe le
gall"), particles join it ("herr von arx").  Not "m." (a metre, a masculine), nor a title with a capital (the
rules').

And a German lawyer's "RA" / "RAin" before a surname ("RA Trommler fragt nach dem Bescheid"): a listed surname or a
word below Zipf 3.3 that is no compound noun -- "RA" is rheumatoid arthritis and any two capitals too ("Start der RA
Basistherapie", "Der RA Workshop"; the review of session 31).

A role typed so stands where a title does: "besichtigung bitte mit hausbesorgerin krainz", "viewing via the
caretaker aadhya pillai", "le concierge, alfred le bris", "mentor lennard lerche" (holdout36, read in session 32:
caretakers, concierges, mentors and treasurers named in lower-case chats); a first name that is an ordinary word
too takes a surname no list knows as a word after it ("dr. ernst morgenroth").

Linear: one scan, gated on the titles' words; each match reads at most four words after it.
"""

from __future__ import annotations

import re

from .detectors import scan
from .detectors.person_cues import STOP, STOP_LOWER
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import load_word_freq, rare_word
from .names import NameLexicon, compound_tail

# Roles typed in lower case that stand where a title does ("hausbesorgerin krainz", "the caretaker aadhya pillai")
_ROLES_AS_TITLES = (
    "hauswart", "hauswartin", "hausbesorger", "hausbesorgerin", "hausmeister", "hausmeisterin", "abwart", "abwartin",
    "caretaker", "concierge", "custode", "portinaio", "portinaia", "gardien", "gardienne", "mentor", "mentorin",
    "treasurer", "trésorier", "trésorière", "tesoriere", "tesoriera",
    # a class's teacher by first name in a parents' chat: "il regalo per il maestro giuseppe" (holdout39)
    "maestro", "maestra",
)
# Clergy typed in lower case stand where a title does: "reverend bird rang", "pfarrerin casutt hat angerufen", "la
# pasteure cornaz a appelé", "don de filippo ha chiamato" (holdout39, read in session 35: condolence chats)
_CLERGY = ("reverend", "rev.", "rev", "revd", "revd.", "pfarrer", "pfarrerin", "pastor", "pastorin", "pasteur",
           "pasteure", "abbé", "père", "padre", "don", "vicar", "dekan", "dekanin", "diakon", "diakonin",
           # an examiner named as the clergy are: "ok, l'esaminatore leone è avvisato", "l'examinateur grosjean est
           # prévenu" (holdout40's boat licence chats, read in session 36)
           "esaminatore", "esaminatrice", "examinateur", "examinatrice", "prüfer", "prüferin")
_ENGLISH_CLERGY = frozenset(("reverend", "rev.", "rev", "revd", "revd.", "pastor", "vicar"))
_TITLE = scan.compile(
    r"(?<![\w.\-])(?P<title>frau|herrn?|mme|mlle|madame|monsieur|sig\.(?:ra)?|signora|signor|dott\.(?:ssa)?"
    r"|dr\.?|mrs?\.?|ms\.?|m\.|" + "|".join(re.escape(c) for c in sorted(_CLERGY, key=len, reverse=True))
    + r"|(?P<role>" + "|".join(sorted(_ROLES_AS_TITLES, key=len, reverse=True)) + "))"
    # "herr dr. ernst morgenthaler", "frau dr. med. kessler", "reverend dr bird", "vicar mrs bird"
    r"(?:[ ](?:dr|prof|med|dipl)\.|[ ](?:dr|mrs?|ms)(?=[ ])){0,3}"
    # (the first word of one letter before an apostrophe too: "mr o'sullivan's")
    r",?[ ](?P<words>[^\W\d_A-ZÀ-Þ](?:[^\W\d_]{1,30}+|(?=['’]))(?:['’\-][^\W\d_]{1,30}+){0,3}+"
    r"(?:[ ][^\W\d_A-ZÀ-Þ][^\W\d_]{0,30}+(?:['’\-][^\W\d_]{1,30}+){0,3}+){0,3}+)"
)
_GATE = Gate(("frau ", "herr", "mme ", "mlle ", "madame ", "monsieur ", "sig.", "signor", "dott.", "dr ", "dr. ",
              "mr ", "mr. ", "mrs", "ms ", "ms. ", "m. ", *_ROLES_AS_TITLES, *(c + " " for c in _CLERGY)))
# a title and its name in a line typed in capitals: "> DEAR MS FIELD," of a quoted mail (holdout39)
_CAPITAL_GATE = Gate(("MR ", "MR. ", "MRS ", "MRS. ", "MS ", "MS. ", "DR ", "DR. ", "REVEREND ", "REV. "))
_LAWYER = scan.compile(
    r"(?<![\w.])RA(?:in)?[ ](?P<name>[A-ZÄÖÜ][^\W\d_]{1,30}+(?:-[A-ZÄÖÜ][^\W\d_]{1,30}+)?)(?![\w\-])"
)
_ENGLISH_TITLES = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", *_ENGLISH_CLERGY))
# (Italian "lo"/"li" and Welsh "ap"/"ab" lead surnames too: "sig.ra lo bianco", "dr ap rhys"; holdout39)
_PARTICLES = frozenset(
    "von vom van de du des di da del della dalla dei degli delle le la lo li ap ab ter ten zu zum zur".split())
# verbs after a subject that are names too ("Said", "Will", "May")
_VERBS = frozenset(
    "said says will may can might must shall should would could did does is was has had told asked".split())
_CELTIC_ITALIAN = frozenset(("ap", "ab", "lo", "li"))  # particles no language's prose puts before its words
_DETERMINERS = frozenset("the my a an your our his her their this that mein meine dein unser ma mon".split())
_ROLES = frozenset("ober doktor pfarrer professor präsident direktor kollege nachbar chef minister".split())


# A capitalised surname after the clergy's, an examiner's or a teacher's word, in either case: "Pfarrer Löffler will
# wissen", "don Mkhandlela chiede", "Revd ap Griffith asks", "l'esaminatore Miniati è avvisato", "la maestra Dalle
# Vedove dice" (holdout40's chats, read in session 36: the name rules take a capitalised word after "Pfarrer" only
# where it is no ordinary word -- "Löffler" is one -- and know no lower-case "don", "revd", "l'esaminatore")
_OFFICIALS = ("Pfarrer", "Pfarrerin", "pfarrer", "pfarrerin", "Revd", "revd", "Rev.", "rev.", "Reverend", "reverend",
              "don", "Père", "père", "Padre", "padre", "Pasteur", "Pasteure", "pasteur", "pasteure", "esaminatore",
              "esaminatrice", "examinateur", "examinatrice", "Prüfer", "Prüferin", "prüfer", "prüferin", "maestra",
              "maestro", "Maestra", "Maestro")
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,30}+)?"
_OFFICIAL_NAME = scan.compile(
    r"(?<![\w.\-])(?P<title>" + "|".join(re.escape(t) for t in sorted(_OFFICIALS, key=len, reverse=True)) + r")[ ]"
    r"(?P<name>(?:(?:[Dd]e|[Dd]i|[Dd]a|[Dd]el|[Dd]ella|[Dd]alle|[Dd]alla|[Dd]egli|[Dd]ei|[Ll]o|[Vv]on|[Vv]an|ap|ab)"
    rf"[ ]){{0,2}}(?P<head>{_CAP})(?:[ ](?P<second>{_CAP}))?)(?![\w\-'’])"
)
_OFFICIAL_GATE = Gate(tuple(t + " " for t in _OFFICIALS))
# (a feast's figures, "père Noël", "père fouettard"; "Padre Pio", a saint's)
_NO_SURNAMES = frozenset("Noël Noel Natale Christmas Pio Fouettard".split())
# a conjunction, an article or a particle capitalised after the word ("Pfarrer Und Gemeinde", "maestra Della scuola")
_NO_HEADS = frozenset("""und oder and or et ou ed the der die das dem den des le la les il lo gli un une ein eine
    de di da del della dalle dalla degli dei von van ap ab""".split())
# what a clergy's name leads as often as a person: "Reverend Street is closed", a venue's "Pasteur Room"
_PLACES_AFTER = frozenset("""street road lane avenue drive close square place way court hall house church chapel school
    college centre center room institute institut saal salle sala strasse straße gasse weg platz allee kirche haus rue
    via chiesa""".split())


def names_after_officials(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the capitalised surnames after the clergy's, an examiner's or a teacher's word
    (``_OFFICIAL_NAME``): any capitalised word but a stop word, a feast's, a town's, one in capitals (a donation's
    "don CHF 30.00", a currency); a second capitalised word only
    after a listed first name ("maestra Anna Rossi"), particles before it ("Revd ap Griffith", "maestra Della
    Casa")."""
    if not _OFFICIAL_GATE.opens(text):
        return []
    out: list[Entity] = []
    for m in scan.finditer(_OFFICIAL_NAME, text):
        head = m.group("head")
        english = m.group("title").lower().startswith("rev")  # (English: any capitalised word starts a name there)
        if head in STOP or head.isupper() or head.lower() in _NO_HEADS or head in _NO_SURNAMES \
                or head.lower() in _PLACES_AFTER or english and head.lower() in lexicon.common_words or (
                lexicon.is_place_only(head) and not rare_word(head)):
            continue
        end = m.end("name")
        second = m.group("second")
        if second is not None and (not lexicon.is_first_name(head) or second in STOP):
            end = m.end("head")
        out.append(Entity(m.start("name"), end, EntityType.PERSON, text[m.start("name"):end], "titles"))
    return out


def lower_case_titled_names(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for surnames typed in lower case after a title typed so, and after "RA"/"RAin" (see the
    module's docstring)."""
    out: list[Entity] = []
    if "RA" in text:
        for m in scan.finditer(_LAWYER, text):
            name = m.group("name")
            if (lexicon.is_known_name(name) and name.lower() not in lexicon.common_words and name not in STOP) or (
                    rare_word(name, below=5) and not compound_tail(name.lower(), lexicon)):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, name, "titles"))
    views = [text] if _GATE.opens(text) else []
    if _CAPITAL_GATE.opens(text) and len(lowered := text.lower()) == len(text):
        views.append(lowered)  # (the same offsets: no character lower-cased to two)
    for view in views:
        capitals = view is not text
        for m in scan.finditer(_TITLE, view):
            if capitals and any(c.islower() for c in text[m.start():m.end()]):
                continue  # (in the lower-cased view only what the text typed in capitals: "DEAR MS FIELD")
            name = _titled_name(view, m, lexicon)
            if name is not None:
                out.append(Entity(name[0], name[1], EntityType.PERSON, text[name[0]:name[1]], "titles"))
    return out


def _titled_name(text: str, m: re.Match[str], lexicon: NameLexicon) -> tuple[int, int] | None:
    """The span of the name after a title's match ``m`` in ``text`` (typed in lower case), or None."""
    title = m.group("title")
    before = text[max(0, m.start() - 8):m.start()]
    role = m.group("role") is not None  # (a role goes after an article: "viewing via the caretaker …")
    clergy = title in _CLERGY  # (so does the clergy's: "the reverend bird", "la pasteure cornaz")
    determined = before.rstrip().rsplit(" ", 1)[-1].lower() in _DETERMINERS
    if before[-1:] == " " and before[-2:-1].isdigit() or not (role or clergy) and determined:
        return None  # "120 ms to 180 ms", "the mr looks good", "my mrs thinks" (the review of session 31)
    english = title in _ENGLISH_TITLES and not clergy  # ("tacos al pastor recipe": a clergy's name is rare)
    words = m.group("words").split(" ")
    if clergy and (words[0] in _VERBS or determined and not rare_word(words[0])):
        return None  # "the reverend said grace", "pfarrer will …": a verb after the clergy's word as after a role's
    if (role or clergy) and text[m.end("title"):m.start("words")].startswith(","):
        return None  # a role's word before a comma is no title: "Email alla maestra, correggi gli errori"
    if title == "don" and (words[0] in ("du", "des", "d'") or words[0] == "de" and len(words) > 1 and (
            words[1] in lexicon.common_words) or lexicon.is_first_name(words[0].capitalize())):
        return None  # French "don" is a gift: "votre RDV don du sang", "Forme du don : don manuel"
    if words[0].capitalize() in _NO_SURNAMES:
        return None  # "le père fouettard", "père noël"
    for k, word in enumerate(words):
        if len(word) > 4 and word.endswith(("'s", "’s")):  # "no answer at mr o'sullivan's": the name ends there
            words = [*words[:k], word[:-2]]
            break
    if role and (words[0] in lexicon.common_words or words[0].capitalize() in lexicon.ambiguous) and not (
            len(words) > 1 and lexicon.is_first_name(words[0].capitalize()) and _rare_surname(words[1], lexicon)):
        return None  # a role's word goes on: "der concierge service", "the treasurer will present", "the caretaker
        # said", "our treasurer rose to speak" (listed first names too: the review of session 32); "mentor will
        # smithers" is a name
    start = m.start("words")
    taken = 0
    while taken < len(words) and words[taken] in _PARTICLES:
        taken += 1
    if taken == len(words):
        return None
    if taken and words[taken - 1] in _CELTIC_ITALIAN and words[taken].isalpha() and len(words[taken]) >= 3 \
            and words[taken] not in lexicon.common_words and words[taken] not in STOP_LOWER:
        # (after Welsh "ap" any word no ordinary one: "dr ap rhys")
        return start, start + len(" ".join(words[:taken + 1]))
    if taken and not _surname(words[taken], lexicon, english):
        return None
    if taken and title in ("don", "m.") and _french_word(words[taken]):
        return None  # a French gift's or office's words: "un don de sang", "m. le maire" (not "don de angelis")
    if not taken and lexicon.is_first_name(words[0].capitalize()) and len(words) > 1 and (
            words[0] not in lexicon.common_words or _rare_surname(words[1], lexicon)):
        # a first name, then its surname after particles: "dr marthe le gall"
        k = 1
        while k < len(words) and words[k] in _PARTICLES:
            k += 1
        if k < len(words) and _surname(words[k], lexicon, english):
            taken = k
    elif not _surname(words[taken], lexicon, english) and not (
            title != "m." and len(words) == 1 and _ends_clause(text, start + len(words[0]))
            and words[0].isalpha() and words[0] not in lexicon.common_words and words[0] not in STOP_LOWER
            and words[0] not in _ROLES):
        # (a word no list knows as an ordinary one that ends the clause after the title is its surname: "dann herr
        # vo.", "frau ngo," -- holdout39; not "ms he" where the pronoun "he" is an ordinary word)
        return None
    return start, start + len(" ".join(words[:taken + 1]))


def _french_word(word: str) -> bool:
    """A word French uses often (Zipf >= 5) and more than Italian: "sang", "maire" -- not "angelis", "filippo"."""
    zipf = load_word_freq().get(word)
    return zipf is not None and zipf[1] >= "5" and zipf[1] > zipf[2]


def _ends_clause(text: str, end: int) -> bool:
    """What follows ``end`` ends a clause: a stop, a comma, a line's or the text's end."""
    return end >= len(text) or text[end] in ".,;:!?)\n\r"


def _rare_surname(word: str, lexicon: NameLexicon) -> bool:
    """A word after a first name that is an ordinary word too ("dr. ernst morgenroth"): a surname only if it is
    no ordinary word at all -- listed, or no frequency list knows it."""
    return word not in lexicon.common_words and word not in STOP_LOWER and word not in _PARTICLES and (
        lexicon.is_known_name(word.capitalize()) or rare_word(word))


def _surname(word: str, lexicon: NameLexicon, english: bool) -> bool:
    """A listed name, also where it is an ordinary word ("mrs parry", "mme petit"), or a word no frequency list knows
    -- after a title other than an English one no ordinary word ("herr pfarrer"); never a stop word or a role ("herr
    ober"); not "ms word", "ms teams", "mr looks"."""
    if word in STOP_LOWER or word in _PARTICLES or len(word) < 2 or word in _ROLES:
        return False
    if lexicon.is_known_name(word.capitalize()):
        return True  # (also an ordinary word: "mme petit", "mme côté", "mrs parry")
    cut = max(word.find("'"), word.find("’"))
    if cut == 1 and word[0] in "od" and len(word) > 3:  # "mr o'sullivan", "dott. d'amico": the name after it
        rest = word[2:]
        return lexicon.is_known_name(rest.capitalize()) or rest not in lexicon.common_words and rare_word(rest)
    if "-" in word and all(len(p) >= 2 for p in word.split("-")) and all(  # "pfarrer haas-brunner"
            lexicon.is_known_name(p.capitalize()) or p not in lexicon.common_words and rare_word(p)
            for p in word.split("-")):
        return True  # (else judged whole, as before: "dr. al-khatib", "dr. junk-dobes")
    return (english or word not in lexicon.common_words) and rare_word(word)
