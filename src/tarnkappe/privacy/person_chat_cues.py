"""A child's first name in a class parents' chat, by the phrases that name it: who a payment was made for, whose
party it is, whose coat is lost -- and the deceased a memorial's or a condolence book's wording names.

"fait pour alba ✅", "erledigt für nevio ✅", "fatto per vittoria ✅", "done for john paul ✅";
"n'oubliez pas l'anniversaire de lucas", "ricordate la festa di tharshini", "nicht vergessen: bohdans geburtstag",
"don't forget pooja's party"; "has anyone seen harper's blue coat?" (a child's thing after it), "la veste bleue de
léonie", "die blaue Jacke von Mila".
Parents type their children's names in lower case, and a child's name is an ordinary word as often ("alba", "lou",
"mia", "can"): holdout39 (read in session 35) left some thirty such in clear.  Each phrase is fixed by its words;
the name after it (or before "'s party", "s geburtstag") is one or two words, each a listed name or a word no
language uses often, no ordinary word -- "fatto per domani", "done for today", "erledigt für heute ✅" stay.  A
listed first name that is an ordinary word of another language than the phrase's is a name there (Italian "mia"
after "la veste de", English "can" after "la giacca blu di"; not "fatto per mia", "done for can").

"Remembering Hamish White", "In loving memory of Mai Truong", "En souvenir de Hervé", "In Erinnerung an …", "In
memoria di …", "Online condolence book for Poppy Mitchell-Mills", "Rest in peace, Poppy." -- the name after the
wording: capitalised words, the first a listed name or no ordinary word, or any capitalised word but a stop or a
family word where a surname follows it or the address "Rest in peace," ends at it ("Poppy", a flower, too; "Rest in
peace, Grandma." names no one).  Its first name is masked wherever the text writes it again: repeats
(person_mentions.repeated_names) would not take "Poppy" (a flower) at a line's start or before a full stop.

Linear: one scan of each pattern, gated on its phrases' words; each match reads a few words after its phrase; a
``str.find`` scan for each of at most four deceased's first names.
"""

from __future__ import annotations

import re

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import german_word, load_word_freq, rare_word
from .names import NameLexicon, compound_tail
from .person_kin import KIN

_DE, _FR, _IT, _EN = 0, 1, 2, 3  # the order of the word frequency table's four Zipf digits
_MOURNED = 4  # the deceased whose first name is looked for again (a text names one or two)
_WORD = r"[^\W\d_][^\W\d_'’\-]{1,24}+"
# "fait pour alba ✅", "Erledigt für Lio ✅", "done for john paul ✅": what a payment or a form was done for
_FOR = scan.compile(
    r"(?<![\w])(?P<cue>[Ff]ait[ ]pour|[Pp]ayé[ ]pour|[Ee]rledigt[ ]für|[Bb]ezahlt[ ]für|[Üü]berwiesen[ ]für"
    r"|[Ff]atto[ ]per|[Pp]agato[ ]per|[Vv]ersato[ ]per|[Dd]one[ ]for|[Pp]aid[ ]for)[ ]"
    rf"(?P<name>{_WORD}(?:[ ]{_WORD})?)(?=[ ]{{0,2}}(?:✅|✔|☑|✓|👍|[.!]|\r?\n|\Z))"
)
_FOR_GATE = Gate(("ait pour ", "ayé pour ", "rledigt für ", "ezahlt für ", "berwiesen für ", "atto per ", "agato per ",
                  "ersato per ", "one for ", "aid for "))
# "l'anniversaire de lucas", "la festa di tharshini", "il compleanno di …", "die Party von …", "the party for …"
_EVENT_OF = scan.compile(
    r"(?<![\w])(?P<cue>l['’]anniversaire[ ]de|[Ll]a[ ]fête[ ]de|[Ll]a[ ]festa[ ]di|[Ii]l[ ]compleanno[ ]di"
    r"|[Gg]eburtstag[ ]von|[Gg]eburtstagsfeier[ ]von|[Gg]eburtstagsparty[ ]von|birthday[ ]party[ ]for)[ ]"
    rf"(?P<name>{_WORD})(?![\w'’\-])"
)
_EVENT_GATE = Gate(("anniversaire de ", "fête de ", "festa di ", "compleanno di ", "eburtstag von ",
                    "eburtstagsfeier von ", "eburtstagsparty von ", "birthday party for "))
# "pooja's party", "harper's blue coat" after "seen", "bohdans geburtstag"
_OWNER = scan.compile(
    r"(?<![\w'’\-])(?P<word>[^\W\d_][^\W\d_'’\-]{1,26}+(?:['’]s?)?)[ ]"
    r"(?P<what>party|birthday|geburtstag|geburtstagsfeier|geburtstagsparty|Geburtstag|Geburtstagsfeier"
    r"|Geburtstagsparty)(?![\w])"
)
_OWNER_GATE = Gate(("s party", "s birthday", "s geburtstag", "s Geburtstag", "' party", "' birthday"))
_SEEN = scan.compile(
    r"(?<![\w])(?:seen|Seen)[ ](?P<name>[^\W\d_][^\W\d_\-]{1,24}+)['’]s[ ](?:[^\W\d_]{2,12}+[ ])?"
    r"(?:coat|jacket|hat|cap|scarf|gloves|jumper|sweater|hoodie|fleece|bag|backpack|lunchbox|lunch[ ]box|bottle"
    r"|water[ ]bottle|shoes|trainers|wellies|book|pencil[ ]case)(?![\w])"
)
_SEEN_GATE = Gate(("seen ", "Seen "))
# "la veste bleue de mia", "la giacca blu di can", "die blaue Jacke von Mila" -- a child's lost clothes
_ITEM_OF = scan.compile(
    r"(?<![\w])(?P<item>veste|manteau|bonnet|écharpe|gourde|doudou|giacca|giubbotto|felpa|cappello|sciarpa"
    r"|borraccia|zaino|[Jj]acke|[Mm]ütze|[Ss]chal|[Tt]rinkflasche|[Rr]ucksack|[Tt]urnbeutel)"
    r"(?:[ ][^\W\d_]{2,12}+)?[ ](?P<prep>de|di|von)[ ](?P<name>[^\W\d_][^\W\d_'’\-]{1,24}+)(?![\w'’\-])"
)
_ITEM_GATE = Gate(("veste ", "manteau ", "bonnet ", "écharpe ", "gourde ", "doudou ", "giacca ", "giubbotto ",
                   "felpa ", "cappello ", "sciarpa ", "borraccia ", "zaino ", "acke ", "ütze ", "chal ",
                   "rinkflasche ", "ucksack ", "urnbeutel "))
# "In loving memory of Mai Truong", "Remembering Hamish White", "En souvenir de Hervé", "Rest in peace, Poppy."
_CAP = r"[A-ZÀ-ÖØ-Þ][^\W\d_'’\-]{1,24}+(?:[\-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][^\W\d_]{1,24}+)?"
_MEMORIAL = scan.compile(
    r"(?<![\w])(?P<cue>Remembering|[Ii]n[ ]loving[ ]memory[ ]of|[Ii]n[ ]memory[ ]of|[Ee]n[ ]souvenir[ ]de"
    r"|[Ee]n[ ]mémoire[ ]de|[Àà][ ]la[ ]mémoire[ ]de|[Ii]n[ ](?:liebevoller[ ])?Erinnerung[ ]an|[Ii]m[ ]Gedenken[ ]an"
    r"|[Ii]n[ ]ricordo[ ]di|[Ii]n[ ]memoria[ ]di|[Cc]ondolence[ ]book[ ]for|[Kk]ondolenzbuch[ ]für"
    r"|[Ll]ivre[ ]de[ ]condoléances[ ]pour|[Ll]ibro[ ](?:delle[ ])?condoglianze[ ]per"
    r"|(?P<peace>Rest[ ]in[ ]peace|Repose[ ]en[ ]paix|Ruhe[ ]in[ ]Frieden|Riposa[ ]in[ ]pace),)[ ]"
    rf"(?P<name>{_CAP}(?:[ ](?:(?:von|van|de|du|di|da|del|della|der|den|le|la|lo)[ ]){{0,2}}{_CAP}){{0,2}})"
    r"(?![\w\-'’])"
)
_MEMORIAL_GATE = Gate(("Remembering ", "memory of ", "souvenir de ", "mémoire de ", "Erinnerung an ", "Gedenken an ",
                       "ricordo di ", "memoria di ", "ondolence book for ", "ondolenzbuch für ", "condoléances pour ",
                       "condoglianze per ", "Rest in peace, ", "Repose en paix, ", "Ruhe in Frieden, ",
                       "Riposa in pace, "))
_NO_ONE = frozenset("mir dir uns euch ihm ihr moi toi nous vous lui me te noi voi lei him her us them you "
                    "deine deiner meine meiner seine ihre your my his their all alle tous tutti "
                    "everyone everybody".split())
_FEASTS = frozenset("""natale carnevale pasqua diwali fasnacht fasching ostern weihnachten noël noel pâques paques
    halloween ramadan eid hanukkah chanukka kermesse chilbi""".split())
_CALENDAR = frozenset(
    "heute morgen montag dienstag mittwoch donnerstag freitag samstag sonntag aujourd'hui demain lundi mardi mercredi "
    "jeudi vendredi samedi dimanche oggi domani lunedì martedì mercoledì giovedì venerdì sabato domenica today "
    "tomorrow monday tuesday wednesday thursday friday saturday sunday".split())


def names_by_chat_cues(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the children and the deceased the phrases of the module's docstring name."""
    out: list[Entity] = []
    if _FOR_GATE.opens(text):
        for m in scan.finditer(_FOR, text):
            cue = m.group("cue").lower()
            language = _FR if cue.startswith(("fait", "payé")) else _DE if cue.startswith(
                ("erledigt", "bezahlt", "überwiesen")) else _IT if cue.startswith(("fatto", "pagato", "versato")) \
                else _EN
            words = m.group("name").split(" ")
            if len(words) == 2 and all(lexicon.is_first_name(w.capitalize()) for w in words) and any(
                    _child(w, language, lexicon) for w in words):
                out.append(_entity(text, m.start("name"), m.end("name")))  # "done for john paul ✅"
                continue
            if not _child(words[0], language, lexicon):
                continue
            end = m.end("name") if len(words) == 2 and _child(words[1], language, lexicon) else \
                m.start("name") + len(words[0])
            out.append(_entity(text, m.start("name"), end))
    if _EVENT_GATE.opens(text):
        for m in scan.finditer(_EVENT_OF, text):
            cue = m.group("cue").lower()
            language = _FR if "anniversaire" in cue or "fête" in cue else _IT if cue.startswith(("la festa", "il c")) \
                else _EN if cue.startswith("birthday") else _DE
            if _child(m.group("name"), language, lexicon):
                out.append(_entity(text, m.start("name"), m.end("name")))
    if _OWNER_GATE.opens(text):
        for m in scan.finditer(_OWNER, text):
            word = m.group("word")
            language = _DE if m.group("what").lower().startswith("geburtstag") else _EN
            name = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word.endswith(("'", "’", "s")) else ""
            if word.endswith("s") and not word.endswith(("'s", "’s")) and (
                    language == _EN or lexicon.is_first_name(word.capitalize())):
                continue  # ("this party", "his birthday"; "jonas geburtstag" is Jonas's, read by the name rules)
            if name and _child(name, language, lexicon):
                out.append(_entity(text, m.start("word"), m.start("word") + len(name)))
    if _SEEN_GATE.opens(text):
        for m in scan.finditer(_SEEN, text):
            if _child(m.group("name"), _EN, lexicon):
                out.append(_entity(text, m.start("name"), m.end("name")))
    if _ITEM_GATE.opens(text):
        for m in scan.finditer(_ITEM_OF, text):
            prep = m.group("prep")
            language = _FR if prep == "de" else _IT if prep == "di" else _DE
            if _child(m.group("name"), language, lexicon, listed_only=True):
                out.append(_entity(text, m.start("name"), m.end("name")))
    if _MEMORIAL_GATE.opens(text):
        deceased: dict[str, None] = {}
        for m in scan.finditer(_MEMORIAL, text):
            span = _deceased(text, m, lexicon)
            if span is not None:
                out.append(_entity(text, *span))
                deceased.setdefault(text[span[0]:span[1]].split(" ", 1)[0])
        for word in list(deceased)[:_MOURNED]:
            out += _mentions_of(text, word)
    return out


def _mentions_of(text: str, word: str) -> list[Entity]:
    """The deceased's first name wherever the book writes it again, as a whole word: "the walks with Poppy.",
    "Poppy taught me so much" -- repeats (person_mentions) take a name's word that is an ordinary one ("poppy", a
    flower) only in mid-sentence and not before a full stop, nor where German writes it as a noun: a guess of a
    name's rule spreads so; the wording of a memorial is no guess."""
    out = []
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'’@.")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "-@_")):
            out.append(_entity(text, pos, end))
        pos = text.find(word, end)
    return out


def _child(word: str, language: int, lexicon: NameLexicon, *, listed_only: bool = False) -> bool:
    """``word`` names a child after a phrase in ``language``: a listed name that is no ordinary word -- or an
    ordinary word of another language only ("mia" after French "de") -- or, unless ``listed_only``, a word no list
    and no language knows as a word ("tharshini", "lio"); never a pronoun, a family word, a day or a stop word."""
    lower = word.lower()
    if lower in _NO_ONE or lower in KIN or lower in _CALENDAR or lower in _FEASTS or word.capitalize() in STOP \
            or len(word) < 2:
        return False
    cap = "-".join(part.capitalize() for part in word.split("-"))
    if lexicon.is_place_only(cap):
        return False
    if lower in lexicon.common_words:
        return lexicon.is_first_name(cap) and _word_of_another_language(lower, language)
    if lexicon.is_known_name(cap):
        return True  # (a name that is a word too but no common one: "harper", "alba")
    # (a word below Zipf 5 everywhere, no German noun or compound: "pooja", "tharshini" -- not what a class pays for
    # or celebrates: "bezahlt für skilager ✅", "pagato per gita", "paid for bowling", "la festa di carnevale";
    # the review of session 35)
    return not listed_only and rare_word(word, 5) and "'" not in word and "’" not in word and lower not in _FEASTS \
        and not german_word(lower) and not compound_tail(lower, lexicon)


def _word_of_another_language(word: str, language: int) -> bool:
    """``word`` is frequent in one language other than ``language`` only, by three Zipf steps or more over the next:
    Italian "mia" (8 there, 5 elsewhere) is no word after a French or an English phrase."""
    code = load_word_freq().get(word)
    if code is None:
        return False
    levels = [int(c) for c in code]
    top = max(range(4), key=levels.__getitem__)
    return top != language and levels[top] - sorted(levels)[-2] >= 3


def _deceased(text: str, m: re.Match[str], lexicon: NameLexicon) -> tuple[int, int] | None:
    """The span of the name a memorial's or a condolence book's wording gives (see the module's docstring)."""
    words = m.group("name").split(" ")
    first, last = words[0], words[-1]
    if first.lower() in KIN or first.lower() in _CALENDAR or lexicon.is_place_only(first) or any(
            w in STOP for w in words[1:]):
        return None
    common = lexicon.common_words
    if not (lexicon.is_first_name(first) or rare_word(first, 6)):
        return None  # (a frequent word: "In memory of Our Lady", "Remembering The …")
    listed = lexicon.is_first_name(first) or first.lower() not in common and (
        lexicon.is_known_name(first) or rare_word(first, 5))  # ("Hamish": Zipf 4 in English)
    if len(words) == 1:
        # "Rest in peace, Poppy." -- the address ends at the name
        if first in STOP or not (listed or m.group("peace") is not None
                                 and text[m.end("name"):m.end("name") + 1] in (".", "!", ",", "\n")):
            return None
        return m.start("name"), m.end("name")
    # (a surname after it: no ordinary word -- "Mai Truong", "Poppy Mitchell-Mills"; not "Our Lady")
    surname = all(p.lower() not in common and (lexicon.is_known_name(p.capitalize()) or rare_word(p))
                  for p in last.split("-") if p)
    if not surname and not (listed and first not in STOP and lexicon.is_known_name(last)):
        return None
    if first in STOP and not lexicon.is_first_name(first):
        return None
    return m.start("name"), m.end("name")


def _entity(text: str, start: int, end: int) -> Entity:
    return Entity(start, end, EntityType.PERSON, text[start:end], "chat-cue")
