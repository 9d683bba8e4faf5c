"""Widen the person names the detectors found to the whole name they stand in.

The rules (``detectors/persons.py``) and the learned model each see a name word by word, so a
name of two surnames, with a capitalised particle or a surname in capitals often came out in
pieces: "Van der Berg" as "Van" and "Berg", "Camargo Cavalcanti" as "Camargo", "SOTO Carlos" as
"Carlos" -- and what is left over is sent in clear.  This pass, run on what all person detectors
found (issue 13), widens each name:

* to the left over initials ("J. Beck", "J.-P. Dupont"; not "M.", Monsieur), over a capitalised
  particle ("Van der ", "De ", "Da ", "Di ", "Del ", "Le ", "Ó "), over
  a surname in capitals ("SOTO Carlos") and over a first name ("Iván| Valencia Mejía");
* a name of one word, to the right over up to two more words ("Camargo Cavalcanti", "ORTIZ
  Sebastián") -- a name of two words is whole ("Anna Meier| Zürich");
  a word added on either side must be known to the name lists and to no list as an ordinary word;
* to the right over a particle and the surname it begins ("Filip| Van Hecke", "Donal| Ó
  Maolallaigh", "Jean| de La Fontaine"; after a lower-case particle only a word that is no
  ordinary word);
* joining two names that only a particle separates ("Ecrin van der Klijn").

It never starts a name of its own: a word is only ever added to a name found by a detector.
Work is bounded: at most three words are read on each side of a name.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.dates import MONTHS
from .detectors.person_context import initial_after, with_initials
from .detectors.person_cues import COMPANY_SUFFIXES, NAME_GAP, STOP
from .entities import Entity, EntityType
from .learned.features import german_word, load_word_freq, rare_word
from .names import NameLexicon, compound_tail
from .saints import without_saints

# Capitalised particles that begin a surname, and the lower-case ones that may follow them
# (Irish "Ó Líthe", "Mac an Éanaigh", "Ní Bhriain" included).
_PARTICLES = frozenset(
    "Van Von De Da Di Del Della Dello Degli Dalla Dal Lo Li Dos Das Du Des Le La Ten Ter Al El Ben Abu Bin Ibn"
    " Ó Ní Mac Nic Ua".split()
)
_SECOND_PARTICLES = frozenset("der den de la van di dos los las le del an".split())
# Lower-case particles between a name and the rest of its surname ("Jean de La Fontaine",
# "Ecrin van der Klijn"): taken only before a word that is no ordinary word.
_LOWER_PARTICLES = frozenset("van von zu zur de da di del della dos das du des ter ten ó mac ní bin ap".split())
# Lower-case particles of a surname written first at an item's start ("op den Camp, Leon", "in der Gand, M.")
_LEFT_PARTICLES = frozenset("op in den der de la".split())
# German and Swiss particles that are prepositions too: taken only before a rare word no place's name
_GERMAN_PARTICLES = frozenset("am im vom zum auf".split())
_WORD_AFTER = scan.compile(r"[ ]([A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:[\-’'][^\W\d_]{1,29}+)?)(?![\w\-])")
# A surname after a particle: Irish ones may start with a lower-case h, n or t ("Ó hEachairn", "Mac an tSaoir").
_SURNAME_AFTER = scan.compile(
    r"[ ]((?:[hnt](?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:[\-’'][^\W\d_]{1,29}+)?)(?![\w\-])"
)
_PERSON = EntityType.PERSON
_ELIDED = frozenset({"d'", "D'", "d’", "D’"})
# A town's preposition after "St. Johann": "im Pongau", "in Tirol", "an der Pielach", "bei Salzburg"
_PLACE_AFTER = scan.compile(r"[ ](?:im|in|an|am|bei|ob|sur|sous|en|upon|on)[ ]")
# After a name, a surname its elided particle is glued to ("d'Épinay", "dell'Acqua"), or a saint's ("St. John",
# "St Clair"): the rest of the name
_GLUED_SURNAME_AFTER = scan.compile(
    r"[ ](?:[dD](?:ell|all)?['’]|(?P<st>St\.?[ ]))(?P<last>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)(?![\w\-'’])"
)
# A capitalised word right before ``start`` (one space between): the first name before initials.
_WORD_BEFORE = scan.compile(r"(?<![\w\-'’])([A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)[ ]\Z")
# A surname right before a comma: its particles, an apostrophe ("Dell'Acqua"), a hyphen; in capitals too.
_SURNAME_BEFORE = scan.compile(
    r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]a|[Dd]u|[Dd]el|[Dd]ella|[Dd]alla|[Dd]er|[Zz]ur|[Zz]um|[Vv]om|[Ll]e|[Ll]a|"
    r"[Ll]o|[Ee]l|[Aa]l|Mac|Mc|Ó|Ní|O'|St\.|[Oo]p|[Ii]n|[Aa]m|[Dd]en)[ ]){0,2}(?:[Dd]['’])?"
    r"(?P<last>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{0,29}+(?:[\-’'][^\W\d_]{1,29}+)?)\Z"
)


def widen_names(text: str, found: list[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``found`` with each PERSON entity widened (see the module's docstring); others unchanged.

    Speed: a name with no capitalised word right before or after it (most) costs a few string
    calls; entities that do not change are kept as they are (a text dense with names has tens of
    thousands)."""
    persons = sorted((e for e in found if e.type == _PERSON), key=_START)
    if not persons:
        return found
    out: list[Entity] = [e for e in found if e.type != _PERSON]
    # The name being built: its span, the entity it started from, and whether it is still one
    # detector's name, not merged (only then, and if it is one surname, may a surname-first pair
    # join it).  The Entity is made once
    # per name when it is done: made per merge, a chain of 200,000 merged names copied a growing
    # slice each time (quadratic; issue 12, found in review).
    cur: tuple[int, int, Entity, bool] | None = None
    for ent in without_saints(text, persons, lexicon):
        head, comma, last = ent.text.rpartition(", ")
        if comma and last in _CALENDAR_WORDS and head and _log_date(
                text, Entity(ent.end - len(last), ent.end, _PERSON, last, ent.detector)):
            # "Companion: Leah Rose, Jan. 23, 1933", "CHILD 1: Bernard, Dec. 7, 2012": a name, then a date
            ent = Entity(ent.start, ent.start + len(head), _PERSON, head, ent.detector)
        if (ent.text in _CALENDAR_WORDS or " " in ent.text and _calendar_words(ent.text)) and _log_date(text, ent):
            continue  # "Date:   Thu Nov 24 18:45:32 2026": a day and a month, no "Thu Nov"
        start, end = _widened(text, ent.start, ent.end, lexicon)
        if text[end:end + 1] == "\n" and " " not in ent.text and lexicon.is_first_name(ent.text):
            end = _wrapped_surname(text, end, lexicon)
        if cur is not None:
            c_start, c_end, first, single = cur
            if start <= c_end or _only_particles(text, c_end, start) or (
                    single and text[c_end:start] == ", " and _one_surname(text[c_start:c_end])
                    and _surname_first_pair(text, c_start, c_end, start, end, lexicon)):
                cur = (c_start, max(c_end, end), first, False)
                continue
            out.append(_entity(text, c_start, c_end, first))
        cur = (start, end, ent, True)
    if cur is not None:
        out.append(_entity(text, cur[0], cur[1], cur[2]))
    return out


# A surname the line's wrap put on the next line, its sentence or clause ending after it ("Besuch von Quirin\nErlach.
# Seit Jahren Kunde."): a capitalised word no list knows as an ordinary word, no stop word (a town too: "Erlach")
_WRAPPED_SURNAME = scan.compile(
    r"\n(?P<word>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,29}+)?)(?=[.,;])"
)


def _wrapped_surname(text: str, end: int, lexicon: NameLexicon) -> int:
    """Where a listed first name ending its line ends with its surname at the next line's start (a wrapped
    sentence; session 32: the rules knew "Quirin" once the lists had Jörg Michael's names, and the model, asked
    about "Erlach" beside a known name, no longer took it)."""
    m = scan.match(_WRAPPED_SURNAME, text, end)
    if m is None:
        return end
    word = m.group("word")
    if word in STOP or word.lower() in lexicon.common_words or not (lexicon.is_known_name(word) or rare_word(word, 5)):
        return end
    return m.end("word")


# English abbreviations of weekdays and months, as logs and e-mail headers write dates ("Mon Nov 5").
_CALENDAR_WORDS = frozenset("Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _calendar_words(name: str) -> bool:
    return all(w in _CALENDAR_WORDS for w in name.split(" "))


# After a month: the day, then the year or a time ("Nov 24 18:45:32", "Jan 12, 2026").
# (also after an abbreviation's full stop: "Companion: Leah Rose, Jan. 23, 1933"; holdout30, session 27)
_DAY_AFTER = scan.compile(r"\.?[ ]{1,2}\d{1,2}(?:st|nd|rd|th)?,?[ ]{1,2}(?:(?:19|20)\d{2}|\d{1,2}:\d{2})(?!\d)")


_DAY_BEFORE_YEAR_AFTER = scan.compile(r"(?<!\d)\d{1,2}\.?[ ]\Z")
_YEAR_AFTER = scan.compile(r"\.?,?[ ]{1,2}(?:19|20)?\d{2}(?!\d)")


def _log_date(text: str, ent: Entity) -> bool:
    """The calendar words of ``ent`` are a date: two of them ("Thu Nov") before a number, or one
    after a weekday ("Mon Dec 5") or before a day and a year or a time ("Nov 24 18:45:32").  Not
    any number after one word: "Jan" is a first name too ("Herr Jan 34 Jahre", "- Jan 079 …")."""
    if " " in ent.text:
        return text[ent.end:ent.end + 2].strip(" ,")[:1].isdigit()
    if scan.search(_DAY_BEFORE_YEAR_AFTER, text, max(0, ent.start - 5), ent.start) is not None and scan.match(
            _YEAR_AFTER, text, ent.end) is not None:
        return True  # the month between a day and a year: "DUARTE Rita  19. Jan. 1987", "5 Jan 1993"
    stop = text[ent.end:ent.end + 1] == "."  # "Jan. 23, 1933"
    return (text[ent.end + stop:ent.end + stop + 1] == " " and text[ent.end + stop + 1:ent.end + stop + 2].isdigit()
            and (text[max(0, ent.start - 4):ent.start - 1] in _CALENDAR_WORDS and text[ent.start - 1:ent.start] == " "
                 or scan.match(_DAY_AFTER, text, ent.end) is not None))


def _one_surname(name: str) -> bool:
    """One word, or one after its particles ("Meier", "Dalla Costa", "Mac Ceoinín", "de Smet")."""
    words = name.split(" ")
    return all(_is_particle(w) or w in _LOWER_PARTICLES or w in _SECOND_PARTICLES for w in words[:-1]) and len(
        words) <= 3


def _entity(text: str, start: int, end: int, first: Entity) -> Entity:
    """``first`` itself if the name kept its span, else a new entity of its detector."""
    if (start, end) == (first.start, first.end):
        return first
    return Entity(start, end, _PERSON, text[start:end], first.detector)


def _surname_first_pair(text: str, s_start: int, s_end: int, start: int, end: int, lex: NameLexicon) -> bool:
    """Two names found apart are one written surname first: "| Krastiņa, Harijs |", "- Kabir,
    Shamsuddeen, b. 1971": one word each, ", " between, the first at the start of a list item or
    table cell, the second no surname of the lists (a first name, or a word no list knows) and
    followed by the item's end.  "Anwesend: Meier, Müller, Huber" stays three names."""
    if text[s_end:start] != ", " or " " in text[start:end]:
        return False
    word = text[start:end]
    if word in lex.surnames and not lex.is_first_name(word):
        return False
    return item_start(text, s_start) and _pair_end(text, end)


def _pair_end(text: str, end: int) -> bool:
    """A surname-first pair's item ends at ``end``: as any item (``_item_end``), or where the
    item's value follows it -- two spaces of an aligned column, a date, a number or a birth star
    ("Lang, Edward  20.10.1970", "- Şama, Teybet 1991-12-09", "- Hermann, Karl-Hans *11.05.1997",
    "warteliste: Duke, Sandra 1-415-…"; holdout24, session 21)."""
    if text[end:end + 3].lstrip(". ")[:1].isdigit():  # "CHILD 1: Bernard, Dec. 7, 2012": a date, no name
        last = text[max(0, end - 12):end].rsplit(None, 1)[-1].lstrip(",")
        if scan.fullmatch(MONTH_WORD, last, 0, len(last)) is not None:
            return False
    if _item_end(text, end) or text.startswith(_BIRTH_AFTER, end):
        return True  # (a birth cue after the pair: "- Conradi, Niroshan geb. 28.4.2018", "Garzón, Dan né(e) le …")
    if not (text[end:end + 2] == "  " or text[end:end + 1] == " " and text[end + 1:end + 2] in _VALUE_STARTS):
        return False
    last = text[max(0, end - 12):end].rsplit(None, 1)[-1].lstrip(",")
    return scan.fullmatch(MONTH_WORD, last, 0, len(last)) is None  # "- Santino, Nov 27, 2019": a date


_BIRTH_AFTER = (" geb.", " geb ", " geboren", " né", " nee", " nato", " nata", " born", " b. ", " DOB", " dob")
MONTH_WORD = scan.compile(rf"(?i:{MONTHS})\.?")  # a month's name, whole


def _first_name_after(word: str, lex: NameLexicon) -> bool:
    """A word that may be the first name after a surname: a listed first name, or a word no list
    knows (neither a surname nor an ordinary word)."""
    if word in STOP or word.isupper():
        return False
    if lex.is_first_name(word):
        return True
    return not lex.is_known_name(word) and word.lower() not in lex.common_words


def _given_in_item(word: str, lex: NameLexicon) -> bool:
    """Any capitalised word after "Surname, " that ends a list item or table cell is its first
    name, ordinary words included ("| Rusconi, Sole |", "- Hörle, Asta – zugesagt"): a surname
    found at the item's start leaves no other reading.  Not a town ("- Meier, Zürich") and not
    a listed surname ("Anwesend: Tralovik, Beckmann" are two people)."""
    return word[:1].isupper() and not word.isupper() and word not in STOP and not lex.is_place_only(word) and (
        word not in lex.surnames or lex.is_first_name(word))


def item_start(text: str, pos: int) -> bool:
    """Only a bullet, a number, a cell's "|" or a label's ":" lead the line before ``pos``; or
    a quote opens the name after a list separator ("An: …; \"Stadler, Emma\" <…>")."""
    if pos and text[pos - 1] in "\"'" and text[max(0, pos - 3):pos - 1].rstrip(" ")[-1:] in ("", "\n", ":", ";", ","):
        return True
    if text[max(0, pos - 4):pos].rstrip(" \t")[-1:] in (":", "|"):
        # a label's value or a table cell, however long the line before it ("… Assigned to: Boucsein,
        # Hans-Gerd", "… | 1992 | Rusconi, Sole |")
        return True
    line = text.rfind("\n", max(0, pos - 24), pos)
    if line < 0 and pos > 24:
        return False
    lead = text[line + 1:pos].strip(" \t")
    return lead == "" or lead[-1] in "|-–•*:" or (lead[-1] in ".)" and lead[:-1].isdigit())


def _item_end(text: str, end: int, label: bool = True) -> bool:
    """Whether an item of a list ends at ``end``; with ``label``, also before a colon or a long
    dash ("- Jessel, Silvana: 0152-…", "Unterweger, Manuel — 0688 …"); without, only where a
    phone number follows them ("- Salvatore Pinna: 345 …"): after a first name and a word they
    may end a label instead ("Max Antwort: ok", "- Marco Rückruf: morgen")."""
    after = text[end:end + 2]
    if after[:1] == ":" or after == " —":
        return label or text[end + 1:end + 4].lstrip(" —")[:1] in _NUMBER_STARTS
    return after == "" or after[0] in ",;|)\n\r\"'\t" or after in (" |", " –", " -", " (", ". ", " /", " <")


_NUMBER_STARTS = frozenset("+(0123456789")
_VALUE_STARTS = frozenset("+(*0123456789")


def _START(e: Entity) -> int:
    return e.start


# An Arabic surname's article or "son of" after a name ("Ibrahim al-Rashid", "Nour El-Sayed", "Khaled
# bin Talal", "Hamza ibn Rushd")
_ARABIC_AFTER = scan.compile(
    r"[ ](?:(?:al|el|ad|as|an|ar|at|az|Al|El)-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+"
    r"|(?:bin|ibn|ben|abu|Abu|Ibn|ould|Ould)[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)(?![\w\-])"
)
# " T." after a first name: the surname's initial (a space, a comma, a bracket or the line's end after it)
INITIAL_AFTER = scan.compile(r"[ ][A-ZÀ-ÖØ-Þ]\.(?=[ ,;:)\r\n]|\Z)")


def _widened(text: str, start: int, end: int, lex: NameLexicon) -> tuple[int, int]:
    initials = with_initials(text, start)  # "J. Beck", "PC B. Mpangazitha" -- whichever detector found it
    if initials < start:
        start = _first_name_before_initials(text, initials, lex)
    elif start > 3 and text[start - 3:start] == "M. ":  # "Cristina M. Terrazas" -- "M." after a first name
        before = _first_name_before_initials(text, start - 3, lex)
        if before < start - 3 and lex.is_first_name(text[before:start - 4]):
            start = before
    if start >= 2 and text[start - 2:start] in _ELIDED and (start == 2 or not text[start - 3].isalnum()):
        start -= 2  # "M. d'Almeida", "Anastasie d'Almeida": the particle glued to the surname
    first: bool | None = None  # the name is one listed first name: asked only when it matters (speed)
    for _ in range(3):  # "Van der Berg", "SOTO Van ...", "DE LA ROUX Fidèle" -- at most three steps
        if start < 2 or text[start - 1] != " " or text[start - 2] in " \t":
            break  # (one space: a table's column gap is no name's -- "Jovanović Jelena     Pirashanth P.")
        words = text[max(0, start - 40):start - 1].rsplit(None, 2)
        if not words:
            break
        word = words[-1]
        if _is_particle(word):
            if word == "Da" and _sentence_start(text, start - 1 - len(word)):
                break  # German "Da Meier krank ist, ...": a conjunction, not "Da Costa"
            start -= len(word) + 1
        elif (word in _SECOND_PARTICLES or word.isupper() and word.lower() in _SECOND_PARTICLES) and len(
                words) > 1 and _is_particle(words[-2]):
            gap = text.rfind(words[-2], max(0, start - 40), start)  # "Van der |Berg"
            if gap < 0:
                break
            start = gap
        elif word[:1].isupper() and word.isalpha() and (
            _name_word(word.capitalize(), lex)
            if word.isupper()
            else (lex.is_first_name(word) and _name_word(word, lex))
        ):
            start -= len(word) + 1  # "SOTO Carlos", "Iván Valencia Mejía"
        elif word.isupper() and len(word) >= 3 and word.isalpha() and word not in STOP and (
                first if first is not None else (first := _one_first_name(text, start, end, lex))):
            start -= len(word) + 1  # a surname in capitals before a first name: "TRON Alessandra", "HENSGEN Guy"
        elif word.isupper() and len(word) >= 3 and word.isalpha() and word not in STOP and " " not in text[
                start:end] and text[start + 1:end].islower() and item_start(text, start - len(word) - 1) and (
                text[start:end].lower() not in lex.common_words and not lex.is_place_only(word.capitalize())) and (
                lex.is_known_name(word.capitalize()) or rare_word(word, 6)):
            # at an item's or a label's start, a surname in capitals before a name no list knows as a first
            # name: "- TOSI Ermenegildo – …", "Adoptant(e):   AKÇA Fazul" (holdout24, session 21); not a
            # brand's capitals, words of their own ("- IKEA Kallax", "| BMW Isetta |")
            start -= len(word) + 1
        elif (word.istitle() and word.isalpha() and (word not in STOP or word in _MONTH_FIRST_NAMES)
              and word.lower() not in _ARTICLE_OR_PREPOSITION  # ("The", "Les" are listed: "The Brown family")
              and lex.is_first_name(word)
              and " " not in text[start:end] and not _title_or_article(words, lex)):
            # a listed first name that is also a word, before a name found: "August Storch", "Mia Palić"
            start -= len(word) + 1
            first = True
        elif word.istitle() and word.isalpha() and word not in STOP and " " not in text[start:end] \
                and text[max(0, start - len(word) - 4):start - len(word) - 1].rstrip(" ")[-1:] in ("|", "\t", ";") \
                and rare_word(text[start:end], 5) \
                and not lex.is_place_only(word) and not german_word(word) and word.lower() not in _BUSINESS_WORDS:
            # a table cell's first word before a rare surname: its first name, whatever else it means ("|
            # Tamburi Adinolfi |": Italian drums; not a German noun -- "| Rechnung Adinolfi"; not a sentence's
            # first word: "Selon Varlemont, …")
            start -= len(word) + 1
            break
        elif word.istitle() and word.isalpha() and " " not in text[start:end] and _mid_sentence(words) \
                and word not in STOP and word.lower() not in _ARTICLE_OR_PREPOSITION and not german_word(word) \
                and word not in lex.places and not _title_or_article(words, lex) and len(word) >= 3 \
                and (_greeting(words[-2]) or rare_word(word, 6) and not compound_tail(word.lower(), lex)
                     and not _romance_noun(word)):
            # a capitalised word inside a sentence, right before a surname found: its first name, whatever else
            # it means -- French, Italian and English write no other word so but a firm's or a place's, whose
            # words are frequent ones ("our daughter Poppy Weaver", "Dear Sky Holridge"; holdout40, read in session
            # 36; not "della Navigazione Ceresio", "the Playing Fields"); not a German noun ("die Firma Weber"), nor
            # a French or an Italian trade's ("presso Carrozzeria Ferrari", "di Ascensori Genova", "percorso
            # Randonnée Cuneo"; review of session 36)
            start -= len(word) + 1
            break
        elif word.istitle() and word.isalpha() and _unknown_word(word, lex):
            # a word no list and no dictionary knows right before a name: its first name ("Žanis
            # Briedis", "Ji-woo Rahimi", "Siyar Santos Costa")
            start -= len(word) + 1
        elif word in _LOWER_PARTICLES and len(words) > 1 and words[-2].rstrip(".") in _TITLE_CUES:
            start -= len(word) + 1  # after a title: "Frau von Lipp", "Mme de Mercier", "Maître de Blanc"
            break
        elif (word in _LOWER_PARTICLES or word in _GERMAN_PARTICLES or word in _LEFT_PARTICLES) and text[
                start:end].split(",", 1)[0].lower() not in lex.common_words and (
                " " not in text[start:end] and text[end:end + 2] == ", " or text[start:end].count(" ") == 1
                and ", " in text[start:end]) and (particle_start := _item_particles(text, start, words)) is not None:
            # a surname written first, its particle lower-case, at an item's start: "- de Rham, Margaud",
            # "op den Camp, Leon", "in der Gand, Marianna" (holdout32, read in session 28)
            start = particle_start
            break
        else:
            break
    start = with_initials(text, start)  # again, after particles: "V. De Wolf", "R. da Cunha"
    end = _particles_after(text, end, lex)
    if text[end:end + 1] == " " and text[end + 2:end + 3] == "." and (
            " " not in text[start:end] or lex.is_first_name(text[text.rfind(" ", start, end) + 1:end])):
        end = initial_after(text, end)  # "Pirashanth P.", "Ayan Đ.": a first name's initial after it
    arabic = scan.match(_ARABIC_AFTER, text, end) if text[end:end + 1] == " " else None
    if arabic is not None:
        end = arabic.end()  # "Ibrahim al-Rashid", "Khaled bin Talal": the article or "son of" and the name
    if text[end:end + 1] == "s" and not text[end + 1:end + 2].isalpha() and not (
            text[end + 1:end + 2] == " " and text[end + 2:end + 3].isupper()):
        end += 1  # no genitive before a verb, a comma or the line's end: "Debbie Janssens apportera", "T. Krebs –"
    if text[start - 2:start] == ", " and " " not in text[start:end] and _pair_end(text, end):
        if first is None:
            first = _one_first_name(text, start, end, lex)
        start = _surname_first(text, start - 2, start, lex, particle_only=not first)
    if " " not in text[start:end] and scan.match(INITIAL_AFTER, text, end) is not None and (
            (first if first is not None else (first := _one_first_name(text, start, end, lex)))
            or item_start(text, start) and _item_end(text, end + 3)):
        # a first name and the initial of the surname: "Agent: Mykola T.", "Nico G. freut sich"; a
        # surname and the first name's initial alone in a cell or a list item: "| Fontaine I. |"
        end += 3
    if " " in text[start:end]:
        return start, end  # a name of two words or more is whole ("Anna Meier| Zürich")
    if text[end:end + 2] == ", " and item_start(text, start):
        given = scan.match(_WORD_AFTER, text, end + 1)
        if given is not None and _pair_end(text, given.end()) and (
                _first_name_after(given.group(1), lex) or _given_in_item(given.group(1), lex)):
            return start, given.end()  # "- Ochieng, Jalia, b. 2000", "| Rusconi, Sole |": written surname first
    upper = text[start:end].isupper() and end - start > 1
    for _ in range(2):
        if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper():
            break
        if first is None:
            first = _one_first_name(text, start, end, lex)
        m = scan.match(_WORD_AFTER, text, end)
        if m is None:
            break
        word = m.group(1)
        if not _name_word(word if not word.isupper() else word.capitalize(), lex) and not (
                upper and not word.isupper() and _first_name_after(word, lex)) and not (
                first and not word.isupper() and word not in STOP and not lex.is_known_name(word)
                and word.lower() not in lex.common_words) and not (
                first and not word.isupper() and (word not in STOP or word in _WEEKDAY_SURNAMES and _weekday_surname(
                    text, start, m.end())) and _item_end(text, m.end(), label=False)
                and text[start:end].lower() not in lex.common_words) and not (
                first is False and " " not in text[start:end] and not word.isupper() and word not in STOP
                and _item_end(text, m.end(), label=False)
                and text[start:end].lower() not in lex.common_words and not lex.is_place_only(word)
                and not german_word(word)) and not (
                first and word.isupper() and len(word) >= 3 and word not in STOP
                and word.lower() not in lex.common_words) and not (
                not word.isupper() and _unknown_word(word, lex)):
            # but after a surname in capitals, its first name ("CAPUTO Ermenegildo", "DELATTRE
            # Aimée"); after a first name, a word no list knows ("Eulalie Pouyanne"), any word
            # that ends the item ("Passeggero 2: Speranza Guerra – 16.08.1964") or a surname in
            # capitals ("Eulalie POUYANNE"), and after any name a word no list and no dictionary
            # knows ("Paoletta Cagnin", "Viesturs Zirnis"); after a name no list has as a first name that a
            # detector found, any word but a German noun that ends the item ("Dr. med. Murat Frei", "Georgios
            # Karagiannis, 0174 …"; holdout28, session 25: its surname was sent in clear)
            break
        end = m.end()
        first = False
    return start, end


# a business before its owner's name in a cell ("| Farmacia Adinolfi |", "| Cantina Rossi |"): no first name
_BUSINESS_WORDS = frozenset(
    """farmacia pharmacie pharmacy apotheke condominio cantina ristorante restaurant trattoria pizzeria hotel albergo
    bar café caffè garage officina autohaus carrozzeria bäckerei boulangerie panetteria panificio macelleria metzgerei
    boucherie studio praxis kanzlei cabinet agenzia agence agentur ditta firma impresa atelier salon salone""".split()
)


def _item_particles(text: str, start: int, words: list[str]) -> int | None:
    """Where an item starts with the particle or two before the surname at ``start`` (``words``: the words before
    it, the last one a particle): "- de |Rham, Margaud", "op den |Camp, Leon"; None if no item starts there."""
    one = start - len(words[-1]) - 1
    if item_start(text, one):
        return one
    if len(words) > 1 and words[-2] in _LEFT_PARTICLES and item_start(text, two := one - len(words[-2]) - 1):
        return two
    return None


def _surname_first(text: str, comma: int, start: int, lex: NameLexicon, particle_only: bool = False) -> int:
    """``start`` moved over the surname a list item writes before a first name ("- Kraft,
    Patricia – zugesagt", "| POLANI, Simone |", "Caller: Heuser, Traute"): the item starts
    right before it."""
    m = scan.search(_SURNAME_BEFORE, text, max(0, comma - 48), comma)
    if m is None or m.group("last") in STOP or not item_start(text, m.start()):
        return start
    if particle_only and (m.start("last") == m.start() or text[m.start()].isupper() or not rare_word(m.group("last"))):
        return start  # a name no list has as a first name: only after a surname with a lower-case particle, rare
        # ("- de Rham, Margaud"; holdout32, session 28)
    last = m.group("last")
    if text[m.start():m.start() + 3].lower() in ("in ", "am ") and last.lower() in lex.common_words \
            and not lex.is_known_name(last):
        return start  # a particle and an ordinary word are a phrase: "- in Ordnung, Anna" (review of session 28)
    return m.start()


def _first_name_before_initials(text: str, start: int, lex: NameLexicon) -> int:
    """``start`` moved over a first name before the middle initials ("Cristina M. Terrazas",
    "Ekansh H. Sule"): a listed first name, or a capitalised word no list knows as an ordinary
    word."""
    m = scan.search(_WORD_BEFORE, text, max(0, start - 32), start)
    if m is None:
        return start
    word = m.group(1)
    if word in STOP:
        return start
    if not (lex.is_first_name(word) or word.lower() not in lex.common_words and not lex.is_known_name(word)) and not (
            _mid_sentence(text[max(0, m.start(1) - 40):m.end(1)].rsplit(None, 2)) and not german_word(word)
            and word.lower() not in _ARTICLE_OR_PREPOSITION and word not in lex.places):
        return start  # (but a capitalised word inside a sentence: "supervisor River W. Robertson"; holdout40)
    return m.start(1)


def _one_first_name(text: str, start: int, end: int, lex: NameLexicon) -> bool:
    """The span is one word, a listed first name."""
    return " " not in text[start:end] and lex.is_first_name(text[start:end])


# Titles after which a lower-case particle begins the surname ("Frau von Lipp", "Maître de Blanc").
_TITLE_CUES = frozenset(
    "Herr Herrn Frau Mr Mrs Ms M Mme Mlle Me Maître Monsieur Madame Sig Signor Signora Dr Dott Avv Prof".split()
)
# Weekdays that are surnames too: after a listed first name at an item's end that begins its line or a mail
# header's value ("Von: Xaver Freitag", a signature's "Ekkehart Freitag"), or before a comma and a word ("und Ilija
# Sonntag, wohnhaft"); not before a time ("Termin mit Peter Montag, 10 Uhr") nor at a sentence's end
_WEEKDAY_SURNAMES = frozenset("Freitag Sonntag Montag Samstag".split())
_HEADER_LEAD = scan.compile(r"[ \t>]{0,8}(?:(?:Von|From|An|To|Cc|De|À|Da|A|Absender|Sender)[ \t]{0,4}:[ \t]{0,8})?")


def _weekday_surname(text: str, start: int, end: int) -> bool:
    """The weekday ending at ``end`` is the surname of the name at ``start`` (see _WEEKDAY_SURNAMES)."""
    return _heads_line(text, start) or text[end:end + 2] == ", " and text[end + 2:end + 3].isalpha()


def _heads_line(text: str, start: int) -> bool:
    """The name at ``start`` begins its line, or a mail header's value ("Von: ", "From: ")."""
    line = text.rfind("\n", max(0, start - 24), start) + 1
    if line == 0 and start > 24:
        return False
    return scan.fullmatch(_HEADER_LEAD, text, line, start) is not None
# Months that are first names too ("bei August Storch"), taken before a found name unless a word
# before them makes them a month.
_MONTH_FIRST_NAMES = frozenset("August April May June".split())
# Words before a month ("im August", "bis Mai", "en avril", "since June"): no first name after them.
_ARTICLE_OR_PREPOSITION = frozenset(
    "der die das den dem des ein eine im am vom zum zur in an von nach seit ab bis für vor um anfang ende mitte "
    "le la les un une du de des au aux à en dans depuis il lo gli i una uno del della dei nel nella al alla dal "
    "the a an of on in for from since until during".split()
)


def _title_or_article(words: list[str], lex: NameLexicon) -> bool:
    """The word before a first name is an article or preposition: "im August Storch…" is a month."""
    return len(words) > 1 and words[-2].lower() in _ARTICLE_OR_PREPOSITION


def _is_particle(word: str) -> bool:
    return word in _PARTICLES or (len(word) > 1 and word.isupper() and word.capitalize() in _PARTICLES)


def _particles_after(text: str, end: int, lex: NameLexicon) -> int:
    """``end`` moved over the rest of a surname that a particle continues: "Filip| Van Hecke",
    "Gert De| Cock" (the particle already in the name), "Donal| Ó Maolallaigh", "Ian| Mac an
    Éanaigh", "Jean| de La Fontaine".  A capitalised particle takes any capitalised word after
    it; a lower-case one only a word that is no ordinary word.  At most two particles, one word."""
    if text[end - 3:end] == " St" and text[end:end + 1] == "." \
            and (before := text[max(0, end - 40):end - 3].split()) and before[-1][:1].isupper() and (
            saint := scan.match(_SURNAME_AFTER, text, end + 1)) is not None and _saints_surname(saint.group(1), lex) \
            and scan.match(_PLACE_AFTER, text, saint.end()) is None:
        return saint.end()  # "Mohammed St| . John": the rules took "St" for a word of the name
    if text[end:end + 1] != " ":
        return end  # most names: nothing or punctuation after them
    glued = scan.match(_GLUED_SURNAME_AFTER, text, end)
    if glued is not None and (
            _saints_surname(glued.group("last"), lex) and scan.match(_PLACE_AFTER, text, glued.end()) is None
            if glued.group("st") is not None
            else _glued_surname(glued.group("last"), glued.group()[2:5] in ("ell", "all"), lex)):
        return glued.end()  # "Élise d'Épinay", "Alba d'Harcourt", "Mohammed St. John" (holdout32, session 28)
    last = text[max(0, end - 8):end].rsplit(" ", 1)[-1]
    pos, capital = end, _is_particle(last) and end - len(last) > 0 and text[end - len(last) - 1] == " "
    taken, german = 0, False
    while taken < 2 and text[pos:pos + 1] == " ":
        nxt = text[pos + 1:pos + 6].split(" ", 1)[0]
        if not nxt or text[pos + 1 + len(nxt):pos + 2 + len(nxt)] != " ":
            break
        if _is_particle(nxt) or (capital and nxt in _SECOND_PARTICLES):
            capital = capital or nxt[:1].isupper()
        elif nxt in _LOWER_PARTICLES or taken == 1 and nxt in _SECOND_PARTICLES:
            pass  # ("de la", "van der", "von der": the second one lower-case too)
        elif taken == 0 and nxt in _GERMAN_PARTICLES:
            german = True  # "Karl-Werner am Rhyn", "Luise auf der Maur" (holdout26, session 23)
        else:
            break
        pos += 1 + len(nxt)
        taken += 1
    if pos == end and not capital:
        return end
    m = scan.match(_SURNAME_AFTER, text, pos)
    if m is None:
        return end
    word = m.group(1)
    # Lower-case particles take an ordinary word only where they are no preposition of our languages:
    # Dutch "van", French and Spanish "de la", "de los" ("Nivetha van Tours", "Melek de la Tour", "Fenna van
    # Gelder"; holdout24, session 21) -- not "von", "von der", "de" ("Anna Müller von der Firma Meier",
    # "Anna von Hand", "Marie de Paris")
    if not capital and (word in STOP or word.lower() in lex.common_words and not (
            text[end + 1:end + 4] == "van" or taken == 2 and text[end + 1:end + 3] == "de"
            or taken == 1 and text[end + 1:end + 5] == "von " and lex.is_first_name(last)
            and last.lower() not in lex.common_words and word not in lex.ambiguous and not german_word(word, 7)
            and not _english_rather(word))):
        return end  # (but a listed first name's "von" and a word not of German's most frequent: "Adolf von Haaren",
        # "Zara von Haaren"; not "Anna von der Firma Meier", "Jonas von Hand" -- holdout40, read in session 36 --
        # nor a word English writes more than German: a firm's, "von" its "from": "Julia von Sunrise", "Anna von
        # Salt"; review of session 36)
    if word in STOP or _is_particle(word):
        return end
    if german and (word.lower() in lex.common_words or lex.is_place_only(word) or not rare_word(word)):
        return end  # German's "am", "im", "auf", "vom" are prepositions first: "Peter am Bodensee", "Anna auf Sylt",
        # "Frau Anna im Büro" -- and so "Dr. Käthe im Hof" stays a first name alone (holdout40)
    return m.end()


def _glued_surname(word: str, italian: bool, lex: NameLexicon) -> bool:
    """"d'Épinay", "d'Harcourt": no company's capitals ("d'EDF"), no place ("d'Orange"); after French "d'" no
    ordinary word ("Julie d'Air") -- after Italian "dell'", "dall'" ordinary words make surnames ("Dell'Acqua",
    "Dall'Olio", "Dell'Orto"): "Anna dall'Ufficio" is masked with them (review of session 28)."""
    return not word.isupper() and not lex.is_place_only(word) and word not in lex.places and (
        italian or word.lower() not in lex.common_words)


def _saints_surname(word: str, lex: NameLexicon) -> bool:
    """"St. John", "St. Clair" after a name are its surname: a saint's name, no town's ("St. Gallen", "St. Louis")."""
    return lex.is_known_name(word) and f"St. {word}" not in lex.places and not lex.is_place_only(word)


def _english_rather(word: str) -> bool:
    """``word`` is more frequent in English than in German: after a German "von" a firm's or a brand's ("Sunrise",
    "Salt"), where a noble's or a Swiss family's surname is a German word or a place's ("Haaren", "Wattenwyl")."""
    code = load_word_freq().get(word.lower())
    return code is not None and code[3] > code[0]


def _romance_noun(word: str) -> bool:
    """``word`` is a long ordinary French or Italian word (8 letters or more, Zipf 3 or more) that English writes
    less: a firm's trade before its owner's or its town's name ("Carrozzeria", "Traslochi", "Randonnée"), where an
    English word before a surname may be a first name ("Poppy", "Sky", "River") and so may a short French or Italian
    one ("Avi", "Sita", "Liberto" of holdout5, 16, 17)."""
    code = load_word_freq().get(word.lower()) if len(word) >= 8 else None
    return code is not None and max(code[1], code[2]) >= "3" and max(code[1], code[2]) > code[3]


# Greetings after which a capitalised word is a name's
# (in any case: "dear Sky"; and a good morning's, a Swiss and an Italian greeting: "Good morning Sky Holridge",
# "Grüezi Sky", "Buongiorno Sole" -- review of session 36)
_GREETINGS = frozenset("""Dear Hi Hello Hey Morning Evening Afternoon Liebe Lieber Hallo Hoi Grüezi Servus Moin Cher
    Chère Bonjour Bonsoir Salut Caro Cara Ciao Gentile Buongiorno Buonasera Salve""".split())


def _mid_sentence(words: list[str]) -> bool:
    """The word before a name (``words[-1]``) stands inside a sentence: a lower-case word before it ("our daughter
    Poppy"), or a greeting ("Dear Sky")."""
    return len(words) >= 2 and (words[-2].isalpha() and words[-2].islower() or _greeting(words[-2]))


def _greeting(word: str) -> bool:
    """``word`` greets, in any case ("Dear", "dear", "Grüezi")."""
    return word.capitalize() in _GREETINGS


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


def _name_word(word: str, lex: NameLexicon) -> bool:
    """A word the name lists know and no list knows as an ordinary word."""
    return (
        word not in STOP
        and lex.is_known_name(word)
        and word not in lex.ambiguous
        and word.lower() not in lex.common_words
    )


# German noun endings: a word no dictionary has that ends so is a noun ("Gartenzaunreparatur").
_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "nis", "ismus", "ierung",
                 "ment", "mente", "ness", "ship", "isme", "ismo")


def _unknown_word(word: str, lex: NameLexicon) -> bool:
    """A capitalised word beside a name that is no ordinary word of any of our languages, no
    place, no firm's suffix and no compound of a German word: beside a name, a name's part."""
    if len(word) < 3 or word in STOP or word in COMPANY_SUFFIXES or lex.is_known_name(word):
        return False  # (a known name is the lists' business, above)
    low = word.lower()
    return (low not in lex.common_words and rare_word(word) and not lex.is_place_only(word)
            and not low.endswith(_NOUN_ENDINGS) and not compound_tail(low.replace("ß", "ss"), lex))


def _only_particles(text: str, end: int, start: int) -> bool:
    """Between two names only a particle gap ("Ecrin| van der |Klijn") -- one name."""
    return 0 < start - end <= 24 and scan.fullmatch(NAME_GAP, text, end, start) is not None
