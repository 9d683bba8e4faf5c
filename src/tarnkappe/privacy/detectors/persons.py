"""Person names, with and without cue words, from shipped name lists.

Evidence model (a name-list word alone is not enough when it is also an
ordinary word):

* cue before the name: Herr/Frau/Dr./M./Mme/Sig.ra/Mr/... -> the following
  capitalised words are a name, even ordinary words ("Frau Weiss", "Herr Koch");
* greeting ("Hallo Anna", "Liebe Frau", "Dear John") or signature after a
  closing formula ("Freundliche Grüsse\\nAnna Meier");
* a sequence first name + surname/unknown capitalised word ("Anna Abgottspon");
* a single word that is a name and NOT an ordinary word (a surname known only
  as a surname, e.g. "Huber", "Merkel"), unless an article, a locative
  preposition or a company suffix says otherwise ("in Paris", "die Bank",
  "Müller AG");
* propagation: once "Anna Meier" is found, later "Meier"/"Meiers" in the same
  request is masked too (hints from the vault carry this across messages).

German genitive -s stays outside the span: "Meiers" -> "Meier" + "s".
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Collection, Iterable, Iterator
from collections.abc import Set as AbstractSet
from types import MappingProxyType

from ..entities import Entity, EntityType
from ..learned.features import german_word, rare_word
from ..names import NameLexicon, compound_tail
from . import scan
from .person_context import (
    KIN_GATE,
    chat_speaker,
    initial_after,
    is_role_compound,
    kin_before,
    label_lines,
    relative_before,
    role_before,
    starts_list_item,
    timed_speaker,
)
from .person_cues import (
    ARTICLES,
    CAR_MAKES,
    COMPANY_SUFFIXES,
    CUE_GAP,
    CUES,
    GERMAN_RELATIVES,
    GREETINGS,
    IMPERATIVES,
    LOCATIVES,
    NAME_GAP,
    ROLE_CUES,
    STOP,
    TITLE_PARTS,
    UPPER_TITLES,
    VENUES,
    WEEKDAY_ABBREVIATIONS,
    closing_lines,
    dated_weekday,
    imperative_use,
)

# Capitalised words only: lower-case words matter just as context, which is
# read directly from the text where needed (cheaper than tokenising everything).
# A letter run, then runs joined by an apostrophe or hyphen ("O'Brien", "Hans-Peter"); taken
# possessively, which gives the same longest match as letter-by-letter alternation, ~2x faster.
# Bounded (scan.py): a word of at most 64 letters in each of at most 8 parts; a longer one is
# cut into tokens of that size (a name is never that long).
_CAP = scan.compile(
    r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĻŁŃŅŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽƏȘȚƠƯ][^\W\d_]{0,63}+(?:['’\-][^\W\d_]{1,64}+){0,7}+"
)
# searched in the 16 characters before a word; not German's feminine ending after a slash, a star or a colon, which is
# no preposition "in": "Hufschmied/in Tom Lange", "Trainer*in Anna Meier" (holdout35, read in session 31)
_PREV_WORD = scan.compile(r"(?<![/*:_·])([^\W\d_]{1,16})[ \u00a0]{1,16}$")
_NEXT_LINE = scan.compile(r"\n[ \t>]{0,16}\n?[ \t>]{0,16}(?=[^\s>])")  # also in a quoted reply ("> ")
_GENITIVE_APOS = ("'s", "’s")
_FORCING_CUES = frozenset(
    "Herr Herrn Frau Fräulein Hr Fr Mr Mrs Ms Miss Mx M Mme Mlle Me Monsieur Madame Mademoiselle "
    "Sig Signor Signora Signorina Sigra Dott Dottor Dottoressa Avv Dr Prof Mag Maître".split()
)

_CUE_OR_TITLE = CUES | TITLE_PARTS | ROLE_CUES
# Stop words a list knows as names that are no surname after a title: greetings and titles ("Mr Dear", "Frau Liebe"),
# months ("Miss January"); and the titles of a person after which one is ("Dear Mr. Best,"; not "Dr. Best" the
# toothbrush, "Mr. Handy" the robot -- the review of session 34), where the name ends at a comma or a sentence's end
_NOT_AFTER_TITLE = frozenset(
    """Dear Hello Hey Bonjour Cher Chère Gentile Gentili Liebe Lieber Herr Herren Frauen Fräulein Miss Speaker January
    March June July August September""".split()
)
# What follows "&" in a firm's name, not a partner's first name
_FIRM_PARTNERS = frozenset(
    "Partner Partners Partnerin Söhne Sohn Fils Figli Figlio Sons Son Co Cie Associates Team Friends Kinder Family"
    " Familie".split()
)
_SURNAME_TITLES = frozenset("Herr Herrn Frau Hr Mr Mrs Ms Mme Monsieur Madame Signor Signora".split())
_NAME_ENDS = frozenset((",", ".", ";", ")", "!", "?", "'", "’", "\n", ""))
_NAME_ENDS_OR_SPACE = (_NAME_ENDS - {"'", "’"}) | {" "}
# Weekdays and months are never names on their own (STOP), but after "Herr"/"Frau" they are.
_CALENDAR_WORDS = frozenset(
    """Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August
    September Oktober November Dezember Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Avril Mars Juin
    Juillet""".split()
)
# A phone number in parentheses right after a name: "Fragen an Marco (+423 789 46 23)".
_PHONE_AFTER = scan.compile(r"[ \u00a0]{1,2}\([ \u00a0]?(?:\+|0)\d")
# Ordinary words never taken as a surname after a first name ("Anna und", "Peter Im").
_FUNCTION_LIKE = frozenset(
    ARTICLES | LOCATIVES | {"und", "oder", "and", "or", "et", "ou", "e", "o", "mit", "with", "avec", "con"}
)
_COLON_AFTER = scan.compile(r"[ \t]{0,2}:")
# Capitalised particles that may begin a surname written first ("De Bont, Linde").
_VENUE_PARTICLES = frozenset("da di de del della du la le il al zum zur chez au aux".split())
_INVERTED_PARTICLES = frozenset("Van Von De Da Di Del Della Dos Das Du Des Le La Ter Ten".split())
_GAP_FIRST = " \u00a0"  # NAME_GAP's first character
_STREET_ENDS = ("strasse", "straße", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer", "steig", "pfad",
                "markt", "graben", "zeile", "kai", "quai")
# Swiss words for where one is, after "in der"/"uf der": the pool, the grammar school, the pub, the shops
_SWISS_PLACES = frozenset("Badi Kanti Beiz Migros Migi Coop Denner Volg Landi Kita Uni Sek Bez Stadt Chuchi".split())
_PREPOSITION_PARTICLES = (" in der ", " in den ", " uf der ", " in\u00a0der ")

# token kinds
_OTHER, _COMMON, _UNKNOWN, _NAME = 0, 1, 2, 3


# (text, norm, kind, is_first_name, is_strong, an ordinary word that is a listed first name too,
# a role noun: person_context.is_role_compound of norm)
_Shape = tuple[str, str, int, bool, bool, bool, bool]


class _Tok:
    """A capitalised word (genitive suffix already cut off)."""

    __slots__ = ("start", "end", "text", "norm", "kind", "first", "strong", "common_first", "role")

    def __init__(self, start: int, end: int, shape: _Shape) -> None:
        self.start, self.end = start, end
        self.text, self.norm, self.kind, self.first, self.strong, self.common_first, self.role = shape


MONTH_ABBREVIATIONS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
"""English months as dates abbreviate them ("Jan. 23, 1933"); "May" is a first name as often and stays out."""
_LOWER_PARTICLES_BEFORE = scan.compile(
    r"(?<![^\W\d_])(?:(?:van|von)[ ](?:der|den|de)|auf[ ](?:der|dem)|zur|zum|ter|ten)[ ]\Z"
    # (not "da", "di", "de": prepositions; not "von", "van" alone: "Antwort von Weber, Lukas" -- a preposition as
    # often; "auf der Maur", "zur Mühlen": Swiss and German names)
)


_PARTICLE_AT_VALUE = scan.compile(
    r"(?:(?<=:)[ \t]{1,24}|(?<=[|;\t>])[ ]{0,4}|(?<![^\n])[ \t]{0,8})"
    r"(?P<particle>von|van|de|di|da|du|del|della|le|la)[ ]\Z"
)


def _with_particles(text: str, start: int, first: bool) -> int:
    """Where a name that begins at ``start`` begins with the lower-case particles before it: "van der
    Dussen, Bruno", "ter Horst, Jan", "auf der Maur" (the particles are no tokens) -- German's "zur", "zum",
    "auf der" not before a first name, where they are prepositions ("Ich fahre zur Claudia Brunner").
    A particle alone ("von", "de") where a form's value or a cell begins: "Alpmeister: von Gunten Kamil"
    (no preposition starts a value; holdout26, session 23)."""
    if start > 3 and text[start - 2] in "rnem" and (
            particles := scan.search(_LOWER_PARTICLES_BEFORE, text, max(0, start - 12), start)) is not None:
        if first and particles.group().startswith(("zur", "zum", "auf")):
            return start
        return particles.start()
    if start > 3 and text[start - 1] == " " and text[start - 2] in "nealu" and (
            particle := scan.search(_PARTICLE_AT_VALUE, text, max(0, start - 40), start)) is not None:
        return particle.start("particle")
    return start


def _ends_item(after: str) -> bool:
    """The two characters after a name end a list's item: punctuation, a line's end, " (", a
    column's gap or a cell's bar ("WATSON, Nicholas   DOB", "| Servais, Valérie Betty | …"), a
    bracket, a slash or a dash before what follows ("KLAPP, Steve [13,8] / …" of a start list), an HTML
    tag ("<td>Melnyk, Nataliia</td>"; holdout35, read in session 31)."""
    return after == "" or after[0] in ",;)\t\r\n<" or after in (" (", "  ", ".", ". ", ".\n", " |", " [", " /", " –")


class PersonDetector:
    """Rule-based person-name detector over a shipped lexicon (no model)."""

    name = "persons"

    def __init__(self, lexicon: NameLexicon) -> None:
        self._lex = lexicon

    # -- tokenisation / classification ----------------------------------
    def _classify(self, word: str) -> tuple[int, bool, bool]:
        """Return (kind, is_first_name, is_strong) for a Title-case word."""
        lex = self._lex
        if word in STOP:
            return _OTHER, False, False
        if "-" in word:
            parts = word.split("-")
            first = all(lex.is_first_name(p) for p in parts)
            named = [p for p in parts if lex.is_known_name(p)]
            common = [p for p in parts if p.lower() in lex.common_words]
            if named and not common:
                return _NAME, first, True
            if common and not named:
                return _COMMON, False, False
            if named:
                return _NAME, first, False
            return _UNKNOWN, False, False
        if word.lower() in lex.common_words:  # includes function-word names ("Das", "Will")
            return _COMMON, False, False
        if lex.is_known_name(word):  # (a prompt's verb is made weak where it is used so: _tokens)
            return _NAME, lex.is_first_name(word), word not in lex.ambiguous
        return _UNKNOWN, False, False

    def _shape(self, raw: str, hints: Collection[str]) -> tuple[int, _Shape]:
        """(characters cut off the end, (text, norm, kind, is_first_name, is_strong, common_first,
        role)) of a capitalised word; depends only on the word, the lexicon and the hints.
        ``common_first``: an ordinary word that is a listed first name too ("Will", "Rose"); ``role``:
        a role noun (is_role_compound) -- asked once per word here rather than at each of its
        occurrences in _runs."""
        word = norm = raw
        cut = 0
        if len(word) == 1:  # an initial ("M. M. M." was 33,000 names in 100 KB); with_initials adds it to a name
            return 0, (word, word, _OTHER, False, False, False, is_role_compound(word))
        if word.isupper():
            if len(word) <= 4:  # acronym (IDE, AHV, UID), not a name
                return 0, (word, word, _OTHER, False, False, False, is_role_compound(word))
            norm = "-".join(p.capitalize() for p in word.split("-"))
        if norm.endswith(_GENITIVE_APOS):
            norm, word, cut = norm[:-2], word[:-2], 2
        classify, lex = self._classify, self._lex
        cls = classify(norm)
        if (
            norm[-1] == "s"
            and len(norm) > 4
            and norm not in hints
            and (
                (cls[0] == _UNKNOWN and (lex.is_known_name(norm[:-1]) or norm[:-1] in hints))
                # "Müllers" is also listed as a word form; "Weiss" is no genitive of "Weis"
                or (cls[0] == _COMMON and norm[-2] != "s" and (norm[:-1] in hints or classify(norm[:-1])[2]))
            )
        ):
            # genitive "Meiers" -> "Meier" + s (the s stays outside the span)
            norm, word, cut = norm[:-1], word[:-1], cut + 1
            cls = classify(norm)
            if cls[0] != _NAME:
                cls = (_NAME, False, False)
        return cut, (word, norm, *cls, cls[0] == _COMMON and lex.is_first_name(norm), is_role_compound(norm))

    def _tokens(self, text: str, hints: Collection[str]) -> list[_Tok]:
        """Every capitalised word that starts a word, in order.

        Speed: a text repeats its words, so each distinct word is shaped once
        per call; per occurrence only its position is new.
        """
        toks: list[_Tok] = []
        shapes: dict[str, tuple[int, _Shape]] = {}
        prev_cut = 0  # characters cut off the previous token (a genitive s)
        for m in scan.finditer(_CAP, text):
            start = m.start()
            if start and text[start - 1].isalpha():
                continue  # inner capital ("McDonald", "iPhone")
            raw = m.group()
            shaped = shapes.get(raw)
            if shaped is None:
                shaped = shapes[raw] = self._shape(raw, hints)
            tok = _Tok(start, start + len(raw) - shaped[0], shaped[1])
            if raw in WEEKDAY_ABBREVIATIONS and dated_weekday(text, raw, tok.end):
                tok.kind = _OTHER
            if tok.strong and tok.norm in IMPERATIVES and imperative_use(text, tok.end):
                tok.strong = False  # a prompt's verb is weak evidence alone: "Mach aus der Mail …" (not "Mach, Ernst")
            if prev_cut == 1 and toks[-1].first and toks[-1].end + 2 == start and text[start - 2:start] == "s " \
                    and (tok.kind == _UNKNOWN and not self._is_compound_noun(tok.norm)
                         or tok.kind == _NAME and not tok.first and tok.norm in self._lex.surnames
                         and not self._lex.is_place_only(tok.norm)):
                # a first name's s before a surname is no genitive: "Justinas Kairys" (Baltic first
                # names), "Frans Lund" (a listed surname after it) -- cut off, it left the surname on
                # its own; "Annas Vater", "Stanleys Geburtsdatum", "Napoleons Regensburg" stay genitives
                toks[-1].end += 1
            prev_cut = shaped[0]
            toks.append(tok)
        return toks

    # -- detection ---------------------------------------------------------
    def detect(self, text: str, hints: Iterable[str] = ()) -> Iterator[Entity]:
        """Yield PERSON entities; ``hints`` are name parts known from the request."""
        # Not copied when already a set (the vault's parts grow with the request: copying them
        # for each of its texts would take time quadratic in the request).
        hint_set = hints if isinstance(hints, (AbstractSet, MappingProxyType)) else frozenset(hints)
        toks = self._tokens(text, hint_set)
        used = [False] * len(toks)
        spans: list[tuple[int, int]] = []
        parts: set[str] = set()
        labelled = label_lines(text) if toks else []
        unlinked: set[int] = set()  # ordinary words taken as a surname: not propagated
        found = (*self._signatures(text, toks), *self._inverted(text, toks),
                 *self._runs(text, toks, labelled, unlinked))
        for i, j in found:
            spans.append((_with_particles(text, toks[i].start, toks[i].first), toks[j - 1].end))
            for k in range(i, j):
                used[k] = True
                t = toks[k]
                if t.kind != _OTHER and len(t.norm) >= 3 and k not in unlinked:
                    parts.add(t.norm)
        for k, t in enumerate(toks):
            # a listed first name with an initial after it is a name ("Begleitung Rosi E.", "# Umgangskontakte
            # Liliane S."): a first name alone may be a word ("Rosi", "Liliane" of no one in particular); a
            # name found already takes its initial too ("Gino B." of a timetable: "Gino" alone was the
            # learned model's to veto)
            if t.first and t.kind == _NAME and (end := initial_after(text, t.end)) > t.end:
                spans.append((t.start, end))
                used[k] = True
        if parts or hint_set:
            for k, t in enumerate(toks):
                if used[k]:
                    continue
                if t.norm in parts or t.norm in hint_set:
                    spans.append((_with_particles(text, t.start, t.first), t.end))  # ("auf der Maur" again)
                elif t.norm[-1] == "s" and (t.norm[:-1] in parts or t.norm[:-1] in hint_set):  # genitive
                    spans.append((t.start, t.end - 1))
        for s, e in _merge(spans, text):  # initials before a name are added by person_spans.widen_names
            yield Entity(s, e, EntityType.PERSON, text[s:e], self.name)

    def _signatures(self, text: str, toks: list[_Tok]) -> Iterator[tuple[int, int]]:
        """Token ranges [i, j) of names on the line after a closing formula."""
        if not toks:
            return
        by_start: dict[int, int] | None = None
        for same_start, same_end in closing_lines(text):
            if not text[same_start:same_end].isspace() and same_start < same_end:
                line_start, line_end = same_start, same_end
            else:
                nxt = scan.match(_NEXT_LINE, text, same_end)
                if not nxt:
                    continue
                line_start = nxt.end()
                line_end = text.find("\n", line_start)
                line_end = len(text) if line_end < 0 else line_end
            if by_start is None:
                by_start = {t.start: k for k, t in enumerate(toks)}
            i = by_start.get(line_start)
            if i is None:
                continue
            while i < len(toks) and toks[i].start < line_end and toks[i].text in TITLE_PARTS:
                i += 1
            j = i
            while (
                j < len(toks)
                and toks[j].end <= line_end
                and j - i < 4
                and toks[j].kind in (_NAME, _UNKNOWN)
                and (j == i or scan.fullmatch(NAME_GAP, text, toks[j - 1].end, toks[j].start)
                     and self._not_a_place_after(text, toks[j - 1].end, toks[j]))
            ):
                j += 1
            if j > i and (j - i >= 2 or toks[i].kind == _NAME):
                yield i, j
            elif j == i and self._signed_pair(text, toks, i, line_end):
                yield i, i + 2

    def _signed_pair(self, text: str, toks: list[_Tok], i: int, line_end: int) -> bool:
        """A signature's line of two words whose first is also a word and whose second is a name or no word
        of ours: "Cordialement\nRim Zaoui", "Grüsse\nSole Quadri" (holdout37, read in session 33) -- the
        line holds nothing else, and its first word is no stop word ("Ihr Team", "The Management")."""
        if i + 1 >= len(toks):
            return False
        first, second = toks[i], toks[i + 1]
        lex = self._lex
        named = second.kind == _UNKNOWN and rare_word(second.norm) or second.kind == _NAME and (
            second.norm not in lex.ambiguous and second.norm.lower() not in lex.common_words)  # (not "Service Client")
        # (no office and its town, no desk and its product: "Gemeinde Oberrieden", "Praxis Zumikon", "Support
        # Zendesk" -- the first word a listed first name or a short one, the second no town; review of session 33)
        return (first.kind == _COMMON and named and first.text not in STOP and not lex.is_place_only(second.norm)
                and (lex.is_first_name(first.norm) or len(first.norm) <= 4)
                and second.text not in STOP and not first.role and not second.role
                and text[first.end:second.start] == " " and not text[second.end:line_end].strip(" \t.,\r"))

    def _not_a_place_after(self, text: str, gap_start: int, tok: _Tok) -> bool:
        """The particles "in der", "in den", "uf der" join a name ("Sasa in der Gand", Swiss) but are a
        preposition before a place ("Peter in der Schweiz"): then no name goes on over them."""
        if not text.startswith(_PREPOSITION_PARTICLES, gap_start):
            return True
        if text[tok.end:tok.end + 1] == " " and text[tok.end + 1:tok.end + 2].isdigit():
            return False  # a street and its number: "Anna Keller in der Gand 3, 8400 Winterthur" (review 26)
        low = tok.norm.lower()
        if tok.norm in _SWISS_PLACES:
            return False  # "Lara in der Badi", "Marco in der Kanti" (review 26)
        return (tok.norm not in self._lex.places and not german_word(low, below=4) and not low.endswith(_STREET_ENDS)
                and not compound_tail(low, self._lex))  # ("bin bei Pieter in der Rosenstraße 4")

    def _inverted(self, text: str, toks: list[_Tok]) -> Iterator[tuple[int, int]]:
        """Token ranges of names written surname first: "FELLAH, Fodil, né le …", "Name: Kranz,
        John", "Karlsen, Mia." -- a surname, ", ", a first name, then the item ends.

        Evidence, besides the item ending right after the first name (",", ";", ")", ".", a
        line's end or " ("): a listed first name after a word no list knows as an ordinary word
        (or in capitals); a listed first name that is no ordinary word after any word when a
        label's colon leads the line ("Name: Kranz, John"); or anything capitalised after a
        surname in capitals ("AZZOUZ, Bouchra").  The pair is one name ("Karlsen, Mia"): one
        placeholder, and the model does not veto half of it.  Searched from each ", " between two
        capitalised words: the ", " are found with str.find, the tokens after them by bisection."""
        lex, common = self._lex, self._lex.common_words
        starts: list[int] | None = None
        pos = text.find(", ")
        while pos >= 0:
            comma, pos = pos, text.find(", ", pos + 2)
            # (a directory's escaped comma: "CN=Mattsson\\, Lauri Esa,OU=…")
            surname_end = comma - 1 if text[comma - 1:comma] == "\\" else comma
            if not text[comma + 2:comma + 3].isupper() or not text[surname_end - 1:surname_end].isalpha():
                continue
            if starts is None:
                starts = [t.start for t in toks]
            k = bisect.bisect_left(starts, comma + 2)
            if k == 0 or k == len(toks) or starts[k] != comma + 2 or toks[k - 1].end != surname_end:
                continue
            f, s = toks[k], toks[k - 1]
            if f.text in STOP or s.text in STOP or s.text in _CUE_OR_TITLE:
                continue
            if s.start and text[s.start - 1] not in " \t\n(:;=>":  # "S/4HANA, Python" is no surname ("<td>Wyss,")
                continue
            if lex.is_place_only(s.norm) and lex.is_place_only(f.norm):
                continue  # a list of towns: "Standorte: Aarau, Seon, Lenzburg" ("Seon" a Korean name too)
            last = k  # a second listed given name ends the item too: "Servais, Valérie Betty |" (not after a
            # first name: "Crescenzi, Pierluigi, Roberto Grossi" is a list of authors; not a surname:
            # "Einwohnerdienste, Viviane Isler")
            if k + 1 < len(toks) and not s.first and not self._is_compound_noun(s.norm) \
                    and toks[k + 1].start == f.end + 1 and text[f.end] == " " \
                    and toks[k + 1].first and toks[k + 1].text not in STOP \
                    and not toks[k + 1].text.isupper() and not lex.is_place_only(toks[k + 1].norm) \
                    and _ends_item(text[toks[k + 1].end:toks[k + 1].end + 2]):
                last = k + 1
            # the item ends: punctuation, a line's end, " (", or a column's gap ("WATSON, Nicholas   DOB")
            if not _ends_item(text[toks[last].end:toks[last].end + 2]):
                continue
            if last == k and f.text in MONTH_ABBREVIATIONS and text[f.end:f.end + 3].lstrip(". ")[:1].isdigit():
                continue  # a name and a date: "CHILD 1: Bernard, Dec. 7, 2012", "Leah Rose, Jan. 23, 1933"
            upper = s.text.isupper() and len(s.text) > 1 and s.norm.lower() not in common
            listed = lex.is_first_name(f.norm)
            if not (
                (listed and (s.kind in (_NAME, _UNKNOWN) or upper))
                # a short surname in capitals after a label ("Beteiligte/r 2: MAI, Frank, …"): no acronym
                or (listed and s.text.isupper() and len(s.text) > 1 and not f.text.isupper()
                    and self._after_label(text, s.start))
                or (upper and f.kind in (_NAME, _UNKNOWN) and not f.text.isupper())
                or (listed and f.norm.lower() not in common and s.kind == _COMMON and self._after_label(text, s.start))
            ):
                continue
            # the surname may be two words joined by a space ("De Bont", "OVALLE VENEGAS")
            start = k - 1
            if start and text[toks[start - 1].end:s.start] == " " and (
                    toks[start - 1].text.isupper() and len(toks[start - 1].text) > 1
                    or toks[start - 1].norm in _INVERTED_PARTICLES):
                start -= 1
            yield start, last + 1

    @staticmethod
    def _after_label(text: str, start: int) -> bool:
        """Only a label and its colon lead the line before ``start`` ("Name: ", "Beteiligte/r 1: ")."""
        line = text.rfind("\n", max(0, start - 40), start) + 1
        return text[max(line, start - 40):start].rstrip(" \t").endswith(":")

    @staticmethod
    def _cue_before(text: str, toks: list[_Tok], i: int) -> tuple[bool, bool]:
        """(has cue, cue forces even an ordinary word) for token i."""
        k = i - 1
        forcing = found = False
        while k >= 0 and i - k <= 4:
            prev = toks[k]
            if not scan.fullmatch(CUE_GAP, text, prev.end, toks[k + 1].start):
                break
            word = prev.text
            if word in CUES or word in ROLE_CUES or prev.role:
                if word == "M" and text[prev.end:prev.end + 1] != ".":
                    break
                found = True
                forcing = forcing or word in _FORCING_CUES
            elif word not in TITLE_PARTS:
                break
            k -= 1
        return found, forcing

    def _runs(
        self, text: str, toks: list[_Tok], labelled: list[tuple[int, int]], unlinked: set[int]
    ) -> Iterator[tuple[int, int]]:
        """Token ranges [i, j) judged to be names by cue, greeting, sequence or lexicon."""
        n = len(toks)
        i = 0
        blocked: dict[str, bool] = {}  # the 16 characters before a word -> _blocked (texts repeat)
        label = 0  # index into labelled (its ranges are in text order, as the tokens are)
        kin_possible = KIN_GATE.opens(text)  # (kin_before is never true without one of its words)
        while i < n:
            t = toks[i]
            if t.kind == _OTHER:
                if (t.text in _CALENDAR_WORDS and i and toks[i - 1].text in _FORCING_CUES
                        or t.text in STOP and t.text not in _NOT_AFTER_TITLE and self._lex.is_known_name(t.text)
                        and i and toks[i - 1].text in _SURNAME_TITLES and text[t.end:t.end + 1] in _NAME_ENDS) \
                        and scan.fullmatch(CUE_GAP, text, toks[i - 1].end, t.start):
                    # a surname that is a weekday or month, or a closing's word: "Herr Sonntag", "Frau Mai", "Dear Mr.
                    # Best," (holdout38)
                    yield i, i + 1
                elif t.text.isupper() and len(t.text) > 1 and i and toks[i - 1].text in UPPER_TITLES \
                        and scan.fullmatch(CUE_GAP, text, toks[i - 1].end, t.start):
                    # a passenger list or an envelope: "MR HAO WANG", "MME LE DUC" -- short words
                    # in capitals after a title in capitals are a name, not acronyms
                    j = i + 1
                    while j < n and j - i < 4 and toks[j].text.isupper() and len(toks[j].text) > 1 \
                            and text[toks[j - 1].end:toks[j].start] == " " and toks[j].text not in STOP:
                        j += 1
                    yield i, j
                    i = j
                    continue
                i += 1
                continue
            if t.text in CAR_MAKES and t.kind != _NAME and not (i and toks[i - 1].text in _CUE_OR_TITLE):
                # a car make before its model: "Opel Corsa" (not "Herr Suzuki", "Kia Meier": names)
                if i + 1 < n and text[t.end:toks[i + 1].start] == " " and toks[i + 1].kind != _NAME:
                    i += 1
                i += 1
                continue
            # Only a cue or title right before can start a cue chain (cheap test first).
            cue, forcing = (
                self._cue_before(text, toks, i)
                if i and (
                    toks[i - 1].text in _CUE_OR_TITLE
                    or (toks[i - 1].kind == _COMMON and toks[i - 1].role)
                )
                else (False, False)
            )
            if t.kind != _OTHER and not forcing and (text[t.start - 2:t.start - 1].islower()
                                                      or text[t.start - 2:t.start - 1] == ".") \
                    and kin_possible and kin_before(text, t.start) and not t.text.isupper() \
                    and (t.kind != _COMMON or not relative_before(text, t.start) or self._lex.is_first_name(t.text)):
                cue = forcing = True  # "zio Durante", "la famille Petit", "son fils François", "(sig.ra Zakrajšek)"
            if t.kind == _COMMON and not cue and not t.common_first:
                # An ordinary word no cue or kin word leads and no first name: what the tests below
                # conclude for it (a relative's word, a time or a chat stamp can only make a first
                # name forcing), without them -- most capitalised words of German prose.
                i += 1
                continue
            if cue and (t.text in ROLE_CUES or t.role):
                i += 1  # "Der Vorsitzende Richter Bubik": a role after a role is still the title
                continue
            if not cue and t.text in GERMAN_RELATIVES and i + 1 < n and text[t.end:toks[i + 1].start] == " " \
                    and text[t.start - 2:t.start - 1].islower():
                i += 1  # a relative, not a surname: "ihr Bruder Ivo" (the name after it is read as kin's)
                continue
            # A chat speaker stands at a line's start or after a time stamp: a word after a space
            # that follows a letter (most words of prose) is neither, which one test tells.
            plain = t.start > 1 and text[t.start - 1] == " " and text[t.start - 2].isalpha()
            # "François (13h20) : …": the time after the name's first or second word
            timed = not cue and not plain and timed_speaker(text, t.start, tuple(tok.end for tok in toks[i:i + 2]))
            speaker = not cue and not plain and not timed and chat_speaker(text, t.start)  # "[09:14] Anna:"
            if timed:
                cue = True
                # "John (10:15) : …": a listed first name that is also an ordinary word
                forcing = self._lex.is_first_name(t.norm)
            if speaker:
                cue = True  # not forcing: "[09:15] Update: …" is no speaker's name
                forcing = self._lex.is_first_name(t.norm)  # but "[16.30] Celestino Fuente:" is
            if t.kind == _COMMON and not forcing:
                nxt = toks[i + 1] if i + 1 < n else None
                if (nxt is not None and nxt.kind == _NAME and nxt.strong and not nxt.first
                        and text[t.end:nxt.start] == " " and self._lex.is_first_name(t.norm)
                        and not self._blocked(text, t.start, blocked)):
                    # a first name that is also a word, before a surname no list knows as a word:
                    # "John Smith", "Will Meierhans", "Rose Baumgartner"
                    yield i, i + 2
                    i += 2
                    continue
                i += 1
                continue
            if t.kind == _UNKNOWN and plain and not cue and i + 2 < n and toks[i + 1].first \
                    and text[t.end:toks[i + 1].start] == " " and text[toks[i + 1].end:toks[i + 2].start] == " " \
                    and self._german_noun(t.norm):
                # (a surname after the first name: "Als Vertretung kommt Kirchhof Tim." is a name written surname first)
                i += 1  # a role before a first name: "Bundeskanzlerin Angela …", "Kontrahentin Hagar …"
                continue
            j = i + 1
            while (
                j < n
                and j - i < 4
                and toks[j].kind in (_NAME, _UNKNOWN)
                and text[toks[j - 1].end] in _GAP_FIRST  # what NAME_GAP starts with: cheap test first
                and scan.fullmatch(NAME_GAP, text, toks[j - 1].end, toks[j].start)
                and self._not_a_place_after(text, toks[j - 1].end, toks[j])
            ):
                j += 1
            if (
                j == i + 1 < n
                and t.first
                and t.strong
                and toks[j].kind == _COMMON
                and text[t.end:toks[j].start] == " "
                and toks[j].text not in STOP
                and toks[j].norm.lower() not in _FUNCTION_LIKE
            ):
                # "sagt Christiane Holländer", "Laut Joachim Fest": after a first name that is no
                # ordinary word, a capitalised word is its surname -- but that word alone is not
                # a name elsewhere in the text ("das Fest" stays a feast).
                unlinked.add(j)
                j += 1
            if speaker and scan.match(_COLON_AFTER, text, toks[j - 1].end) is None:
                cue = False  # a time and a word, but no speaker's colon
            while label < len(labelled) and labelled[label][1] <= t.start:
                label += 1
            if not cue and self._is_company(text, toks, j) and not self._couple(text, toks, i, j):
                i = j + 1
                continue
            if cue:
                yield i, j
            elif (
                i
                and toks[i - 1].text in GREETINGS
                and text[toks[i - 1].end:t.start] == " "
                and t.kind in (_NAME, _UNKNOWN)
            ):
                yield i, j
            elif j - i >= 2 and self._is_full_name(text, toks[i:j]):
                yield i, j
            elif (k := self._first_name_inside(text, toks, i, j)) is not None:
                # "Bildungsminister Henry Tesch": the name starts at the first name
                yield k, j
            elif (
                (label < len(labelled) and starts_list_item(text, labelled[label][0], t.start))  # "Anwesend: Gassner"
                or role_before(text, t.start)  # "Sa fille Claude", "The defendant, Foyle,"
                or ("(" in text[toks[j - 1].end:toks[j - 1].end + 3]  # "an Marco (+423 …)"
                    and scan.match(_PHONE_AFTER, text, toks[j - 1].end) is not None)
            ):
                yield i, j
            else:
                for k in range(i, j):
                    if (toks[k].strong or (toks[k].kind == _UNKNOWN and text.startswith(_GENITIVE_APOS, toks[k].end))) \
                            and (k > i or not self._blocked(text, t.start, blocked)):
                        # a word no list knows before a possessive 's: "O'Connor's report",
                        # "Okafor's team" (a brand, "Nvidia's", is masked too: fail closed)
                        yield k, k + 1
            i = j

    def _is_company(self, text: str, toks: list[_Tok], j: int) -> bool:
        """The run ending before token j is followed by "AG"/"GmbH"/"& Co." etc."""
        end = toks[j - 1].end
        follow = text[end:end + 3]
        if follow.startswith((" &", "&", " +")):
            # not a partner's first name alone after it: "Anna Meier & Yurii kommen", "Maël Berger & Kelly" (a
            # household; holdout15 read in session 34 -- "Meier & Söhne", "Müller & Partner", "Anna Meier & Peter
            # Huber Treuhand" are firms)
            return not (follow == " & " and j < len(toks) and toks[j].start == end + 3 and toks[j].first
                        and toks[j].text not in _FIRM_PARTNERS and toks[j].norm.lower() not in self._lex.common_words
                        and not text[toks[j].end:toks[j].end + 2].lstrip(" ")[:1].isupper()
                        and text[toks[j].end:toks[j].end + 1] in _NAME_ENDS_OR_SPACE)
        # The suffix may follow up to two more capitalised words: "Müller Reisen AG", "Steiner Bau
        # GmbH", "Meier Treuhand und Revision AG" is not looked at (a clause of its own).
        for k in range(j, min(j + 3, len(toks))):
            if text[end:toks[k].start] != " ":
                return False
            if toks[k].text in COMPANY_SUFFIXES:
                return True
            end = toks[k].end
        return False

    def _couple(self, text: str, toks: list[_Tok], i: int, j: int) -> bool:
        """Two people joined by "&", each a listed first name (a middle name allowed) and one more word
        ("Kunigunda Hein & Jeffrey Kumi", "Anna Lea Meier & Peter Huber" of a contract's parties): no
        firm ("Meier & Söhne", "Anna Meier & Partner", "Hans Meier & Rose AG", "Anna Meier & Jeffrey
        Kumi Treuhand")."""
        if not 2 <= j - i <= 3 or j + 1 >= len(toks) or not (toks[i].first or rare_word(toks[i].norm)) \
                or not self._lex.is_first_name(toks[j].norm) or text[toks[j - 1].end:toks[j].start] != " & ":
            return False
        last = j + 1
        if text[toks[j].end:toks[last].start] != " ":
            return False
        if last + 1 < len(toks) and toks[last + 1].first and text[toks[last].end:toks[last + 1].start] == " ":
            last += 1  # the second one's middle name: "Peter Paul Huber"
            if last + 1 >= len(toks) or text[toks[last].end:toks[last + 1].start] != " ":
                return False
            last += 1
        after = text[toks[last].end:toks[last].end + 2]
        return toks[last].text not in COMPANY_SUFFIXES and not (after[:1] == " " and after[1:].isupper()) \
            and toks[i].norm.lower() not in self._lex.common_words

    def _german_noun(self, word: str) -> bool:
        """A capitalised word no list knows that is a German noun: frequent in German only
        ("Bundeskanzlerin"), a compound of a German word ("Handelsminister"), or the feminine of one
        ("Kontrahentin")."""
        low = word.lower()
        if german_word(low):
            return True
        lex = self._lex
        return compound_tail(low, lex) or low.endswith("in") and len(low) > 6 and (
            low[:-2] in lex.common_words or compound_tail(low[:-2], lex))

    @staticmethod
    def _blocked(text: str, start: int, memo: dict[str, bool]) -> bool:
        """An article, a locative preposition or a venue word right before: "die Bank", "in Paris",
        "Sitzungszimmer Eiger"."""
        before = text[max(0, start - 16):start]  # all _PREV_WORD may read
        verdict = memo.get(before)
        if verdict is None:
            m = scan.search(_PREV_WORD, before)
            verdict = memo[before] = m is not None and (
                m.group(1).lower() in ARTICLES or m.group(1).lower() in LOCATIVES or m.group(1).lower() in VENUES
            )
        if not verdict and start > 4:
            # a venue, then a particle: "Trattoria Da Gino", "Café de Flore", "Gasthof zum Adler"
            words = text[max(0, start - 40):start].rsplit(None, 2)
            verdict = len(words) > 1 and words[-1].lower() in _VENUE_PARTICLES and words[-2].lower() in VENUES
        return verdict

    def _first_name_inside(self, text: str, toks: list[_Tok], i: int, j: int) -> int | None:
        for k in range(i + 1, j - 1):
            if toks[k].first and self._is_full_name(text, toks[k:j]):
                return k
        return None

    def _is_full_name(self, text: str, run: list[_Tok]) -> bool:
        """First name + name/unknown words; or unknown/unambiguous word + surname.

        The second form ("Zeljko Koch", "Suzana Kaiser": a first name missing
        from the lists) needs exactly two words separated by a plain space, so
        "Dehnung des Stahl" or "Sohn von Gottfried" do not qualify.
        """
        if run[0].kind == _NAME and run[0].first:
            return True
        a, b = run[0], run[-1]
        return (
            len(run) == 2
            and text[a.end:b.start] == " "
            and b.kind == _NAME
            and (a.strong or (a.kind == _UNKNOWN and not self._is_compound_noun(a.norm)))
        )

    def _is_compound_noun(self, word: str) -> bool:
        """An unknown word that ends in an ordinary word is a German compound noun ("Steueramt
        Baden", "Sitzungszimmer Rigi"), not a first name missing from the lists."""
        low = word.lower()
        return len(low) >= 7 and compound_tail(low, self._lex)


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Union overlapping spans and join names separated by one space ("Osvaldo" "Mercati")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans) if len(spans) <= 4096 else _sorted_runs(spans):
        if out and (s < out[-1][1] or (s == out[-1][1] + 1 and text[s - 1] == " ")):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _sorted_runs(spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``sorted(spans)`` for many spans, merged in Python from their sorted runs (signatures, runs
    and mentions each come in text order): one sort of 100,000 tuples holds the GIL for ms."""
    runs: list[list[tuple[int, int]]] = [[]]
    for span in spans:
        if runs[-1] and span < runs[-1][-1]:
            runs.append([])
        runs[-1].append(span)
    if len(runs) > 64:  # not the few runs expected: one sort after all
        return iter(sorted(spans))
    return heapq.merge(*runs)
