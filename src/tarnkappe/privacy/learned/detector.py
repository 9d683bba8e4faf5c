"""The learned person-name detector: a CRF (python-crfsuite) over shipped features.

Runs next to the rules (``detectors/persons.py``) and adds the names they miss: bare surnames
in prose ("Halmich musste", "Richter Bubik"), names in no list.  See ``features.py`` for
what the model sees and ``training.py`` for what it was trained on.

Cost control: the CRF only looks where there is a doubt.  A token is a *candidate* if it is
capitalised, not masked by another detector, and either no ordinary word or a word of the name
lists; the model tags a window of two tokens either side of each candidate (windows merged, at
most 256 tokens each), so text without candidates costs one scan for capitalised words.  An
identical window (same words, same context) is tagged once per call.  Every step is bounded per
token, so time is linear in the text.

Veto: the rules' weaker names (no cue, not at a line start; one word not part of a longer name, or
a span of several words, see :meth:`doubtful`) are asked about too, and dropped when the model
gives each of their words less than ``DEFAULT_VETO``.

A name the model finds is a name everywhere in the text (its other mentions, its genitive), and
through the vault's hints in the request's later messages too.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from importlib import resources

from ..detectors import scan
from ..detectors.person_cues import (
    CHAT_SPEAKER,
    COMPANY_SUFFIXES,
    CUES,
    GREETINGS,
    LOWER_TITLES,
    NAME_LABELS,
    ROLE_CUES,
    ROLE_WORDS,
    STOP,
    TITLE_PARTS,
    WEEKDAY_ABBREVIATIONS,
    dated_weekday,
)
from ..entities import Entity, EntityType
from ..names import NameLexicon
from .features import Featurizer, line_start_at, load_word_freq, rare_word, tokenize
from .forms import FORMS_THRESHOLD, StructuredLines

MODEL_FILE = "names_crf.model"
# The second CRF, trained on forms, exports and lists; it speaks only on structured lines (forms.py).
FORMS_MODEL_FILE = "names_crf_forms.model"
DEFAULT_THRESHOLD = 0.3
# A single-word name of the rules with no cue that the model gives less than this is dropped.
DEFAULT_VETO = 0.05
_WINDOW = 2
# The number a word labels: "Payroll no. 695634", "Police Nr. 12", "Ticket # 4471", "Dossier n° 88"
_NUMBER_LABEL = scan.compile(r"[ ](?:[Nn]o|NO|[Nn]r|NR|[Nn]°|[Nn]º|#)\.?[ ]?\d")
# Longest sequence handed to the tagger at once (tokens): the C tagger holds the GIL while it
# runs, so a text dense with candidates is tagged in pieces that meet end to end.
_MAX_WINDOW = 256
# Work bound (issue 12): a text gets ASK_BUDGET_BASE + len // ASK_BUDGET_CHARS candidates asked
# about (the evaluation documents ask at most 48, ~5 per 1,000 characters).  Past that a candidate
# is not asked: one that would add a name is masked without asking (UNASKED: fails closed, more is
# masked, never less) and a doubtful name of the rules is not vetoed (the rules' span stands).
ASK_BUDGET_BASE = 200
ASK_BUDGET_CHARS = 100
UNASKED = "names-crf-unasked"
# The forms model speaks only within this many characters of another detector's value (learned/forms.py).
_FORMS_REACH = 400
# The detector's name on a span a word of which only the forms model called a name (learned/forms.py).
FORMS = "names-crf-forms"
# A capitalised word (the same word the tokenizer sees when it starts after a non-letter).
_CAP = re.compile(r"[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĻŁŃŅŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽƏȘȚƠƯ][^\W\d_]*+(?:['’\-][^\W\d_]++)*+")
# Characters of context either side of a candidate that the model reads: at least the two
# tokens it tags either side and the two those see (words rarely exceed ~12 characters).
_MARGIN = 40
# Past the ask budget, two candidates at most this many characters apart are masked as one span,
# whatever stands between them ("Via Via …", "Van der Van der …", "Aa Co. Bb A98 Aa …"): each entity
# costs ~10 us downstream, and a text this dense with unknown capitalised words is masked fail
# closed anyway -- the gap is masked with them (more is masked, never less).
_UNASKED_GAP = 24
# Keywords of structured formats that look like capitalised words ("BEGIN:VCARD": 120 of
# holdout3's false names).
_FORMAT_WORDS = frozenset("VCARD VCALENDAR VEVENT VTODO VJOURNAL VALARM VTIMEZONE".split())
_NEVER = CUES | STOP | TITLE_PARTS | _FORMAT_WORDS
# Levels and tiers a table's column may hold, not for the forms model to call names.
_LEVELS = frozenset("Junior Senior Master Standard Premium Basic Gold Silver Bronze Platinum Trainee".split())
_CUE_BEFORE = CUES | TITLE_PARTS | GREETINGS | ROLE_CUES
_GENDERED_ROLE = scan.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,40}+(?:/-?in|\*in|:in|_in|\(in\))")
# German-noun endings: an unknown word ending so is a noun, never worth the model's time.
_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
                 "tionen", "ität", "täten", "nis", "nisse", "ismus", "ierung", "ment", "mente")


# Words that join names in a list ("Huy Trần et Martina", "Lara Vogt und Anna", "Frieda, Duyên").
_CONJUNCTIONS = frozenset("und et e and y sowie oder ou or o &".split())


def _coordinated(text: str, start: int, people: dict[int, str]) -> bool:
    """The first name at ``start`` follows a person of the rules (a full name or a first name,
    by the end in ``people``) and ", " or a conjunction: one of a list of people ("Huy Trần et
    Martina", "Tatiana et Anna").  Not after a surname alone or any capitalised word: "Siemens und
    Bombardier", "Myers and Sons", "Holland, England und Frankreich" are no people."""
    if text[start - 2:start] == ", ":
        return start - 2 in people
    if start < 2 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 8), start - 1)
    return space > 0 and text[space + 1:start - 1] in _CONJUNCTIONS and space in people


def load_model_bytes(name: str = MODEL_FILE) -> bytes:
    pkg = __package__.rsplit(".", 1)[0]
    return resources.files(pkg).joinpath("data", name).read_bytes()


# Before a name, what makes it an author's or a place's as often ("Die Briefe von Goethe", "la maison de Victor")
_AUTHORS_OF = frozenset("von van de di da du del dal der by".split())


def _first_name_in_a_sentence(text: str, p: Entity, lex: NameLexicon) -> bool:
    """``p`` is one listed first name, no word of the lists nor a town, inside a sentence and not after "von"/"de":
    "pour Cédric, nous avons besoin …", "für Sven benötigen wir …" (holdout38: the model vetoed them).  Measured
    over every set in session 34: 101 names fewer in clear (19 of them on the three never-read sets), 187 words more
    masked for nothing ("Edelweiss", pets' "Lola", "Sammy")."""
    word = p.text
    return " " not in word and len(word) >= 4 and lex.is_first_name(word) and word not in lex.ambiguous \
        and word.lower() not in lex.common_words and word not in lex.places and p.start > 1 \
        and text[p.start - 2:p.start] not in (". ", "\n") \
        and text[max(0, p.start - 5):p.start - 1].rsplit(" ", 1)[-1] not in _AUTHORS_OF
# A birth told right after a name: "Blanche est née le …", "Sven ist am 3. Mai geboren", "Aimé was born on …"
_BORN_AFTER = scan.compile(
    r"[ ](?:est[ ]née?|ist[ ](?:am[ ])?(?:\d{1,2}\.[^\n]{0,20}?[ ])?geboren|wurde[ ](?:am[ ][^\n]{0,20}?[ ])?geboren"
    r"|was[ ]born|è[ ]nat[oa]|nacque|born[ ]on|née?[ ]le)(?![\w])"
)


def _line_before(text: str, start: int) -> str:
    """The (at most 40) characters of its line before ``start``."""
    line = text.rfind("\n", max(0, start - 40), start)
    return text[max(line + 1, start - 40):start]


def _cued(before: str) -> bool:
    """A cue, a role word or a lower-case title ends ``before`` ("Herr ", "Dr. ", "mme "), or a role written for
    both genders, as German forms write them ("Hufschmied/in ", "Trainer*in ", "Mitveranstalter:in "; holdout35,
    read in session 31: the model vetoed "Tom Lange" after one); a role after an elided article ("dall'agente
    Aldobrandi": the model retrained on the lists of session 32 vetoed it)."""
    prev = before.rstrip(" .\u00a0,(").rsplit(None, 1)
    if not prev:
        return False
    # after an elided article: "dall'agente", "l'avvocato"; after an opening parenthesis: "(Mr Cooper)" (holdout38; not
    # after a quote: "«Madame Dubois»" left the model's view of its neighbours -- the review of session 34)
    word = prev[-1].replace("’", "'").rsplit("'", 1)[-1].lstrip("(")
    return word in _CUE_BEFORE or word.lower() in ROLE_WORDS or word.lower() in LOWER_TITLES \
        or word.lower() + "." in LOWER_TITLES or _gendered_role(prev[-1])


def _gendered_role(word: str) -> bool:
    word = word.strip("([\"'*]:")
    return scan.fullmatch(_GENDERED_ROLE, word, 0, len(word)) is not None


class LearnedNameDetector:
    """PERSON spans found by the CRF (and their repetitions). Thread-safe: one tagger per thread."""

    name = "names-crf"

    __slots__ = ("_lex", "_all", "_feat", "_freq", "_model", "_forms_model", "_local", "_threshold", "_veto")

    def __init__(self, lexicon: NameLexicon, model: bytes | None = None,
                 threshold: float = DEFAULT_THRESHOLD, veto: float = DEFAULT_VETO,
                 forms_model: bytes | None = None, forms: bool = True) -> None:
        """``model``/``forms_model``: the CRFs' bytes (default: the shipped ones); ``forms=False``:
        the prose model alone (the configuration before session 18)."""
        self._lex = lexicon.core()  # (the lists the models were trained on and ask about: names.NameLexicon.core)
        self._all = lexicon  # (and all the rules' lists: a first name only they know is not the model's to veto)
        self._freq = load_word_freq()
        self._feat = Featurizer(self._lex, self._freq)
        # (the taggers read these bytes in place: they live as long as the detector)
        self._model = load_model_bytes() if model is None else model
        self._forms_model = None if not forms else load_model_bytes(FORMS_MODEL_FILE) if forms_model is None \
            else forms_model
        self._local = threading.local()
        self._threshold = threshold
        self._veto = veto
        self._tagger()  # a missing package or broken model fails here, at start-up
        self._forms_tagger()

    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = _open(self._model)
        return tagger

    def _forms_tagger(self):
        """The forms model's tagger of this thread, or None (no forms model)."""
        if self._forms_model is None:
            return None
        tagger = getattr(self._local, "forms_tagger", None)
        if tagger is None:
            tagger = self._local.forms_tagger = _open(self._forms_model)
        return tagger

    def candidate(self, word: str) -> bool:
        """A capitalised word worth asking the model about: a word of the name lists, or no
        ordinary word (not common, not a German-only frequent word, no German noun ending)."""
        if len(word) < 2 or not word[-1].isalpha() or word in _NEVER or word[:2] in ("J'", "J’"):
            return False  # (French "J’ai", "J'aime": a pronoun, no name)
        if word.isupper():
            if len(word) <= 4:
                return False
            word = word.capitalize()
        lex = self._lex
        if lex.is_known_name(word):
            return True
        if "-" in word:  # "Hans-Peter", "Müller-Lüdenscheidt", not "AHV-Nummer", "E-Mail"
            return all(len(p) > 1 and (lex.is_known_name(p) or self.candidate(p)) for p in word.split("-"))
        low = word.lower().replace("ß", "ss")  # as wordfreq and the common-word list spell it
        if low in lex.common_words or low.endswith(_NOUN_ENDINGS):
            return False
        f = self._freq.get(low)
        return f is None or f[0] <= "3" or max(f[1:]) >= "2"

    def ordinary(self, word: str) -> bool:
        """A frequent word of one of our languages (Zipf >= 4: "Treasurer", "Carte", "Medico") that
        is no listed first name: before a colon at a line's start it is a form's label."""
        if self._lex.is_first_name(word):
            return False
        f = self._freq.get(word.lower().replace("ß", "ss"))
        return f is not None and max(f) >= "4"

    def ordinary_for_forms(self, word: str) -> bool:
        """A word the forms model must not make a name: an ordinary word (:meth:`ordinary`), or a
        level or tier a column may hold (:data:`_LEVELS`: "Junior" is a listed first name too).
        (Not every name that is a word: "Aurora", "Barbara", "Max" in a table's cells are names
        more often than not -- excluding the lists' ambiguous names lost two thirds of the gain.)
        A town of the places list and a plural of an ordinary word are none either."""
        if word in _LEVELS or self.ordinary(word) or self._lex.is_place_only(word):
            return True  # (and no town: "Wetzikon" in a city column)
        # a plural of an ordinary word no list has as a name ("Dashboards" of a ticket's title)
        if word.endswith("s") and not self._lex.is_known_name(word):
            stem = self._freq.get(word[:-1].lower())
            return stem is not None and max(stem) >= "4" and not self._lex.is_known_name(word[:-1].capitalize())
        return False

    def detect(self, text: str, hints: Iterable[str] = (),
               known: Sequence[tuple[int, int]] = ()) -> list[Entity]:
        """PERSON entities (``hints``: name parts already known in the request).

        ``known``: sorted, character spans other detectors (the rules) already mask; a
        candidate inside one is no doubt, and the model is not asked about it.
        """
        return self.analyse(text, hints, known)[0]

    def doubtful(self, text: str, persons: Iterable[Entity], hints: Iterable[str] = ()) -> list[tuple[int, int]]:
        """The rules' weaker names: not at the start of a line (signatures, lists), no cue or
        greeting right before; a single word also not part of a longer name of the text or the
        request ("Ahltener Wald", "Olde Burg" are asked about as a whole).
        Sorted spans; bounded work per name."""
        persons = list(persons)
        confirmed = set(hints)
        for p in persons:
            if " " in p.text:
                # "TREMMELHUBER, Swaantje" confirms "Tremmelhuber" too (a police report's later "B1
                # (Tremmelhuber)"; found in holdout3)
                for word in p.text.replace(",", " ").split():
                    confirmed.add(word)
                    if word.isupper():
                        confirmed.add("-".join(part.capitalize() for part in word.split("-")))
        hinted = set(hints)
        lex = self._lex
        people = {p.end: p.text for p in persons if " " in p.text or lex.is_first_name(p.text)}
        # a surname a cue gave elsewhere in the text ("Sehr geehrter Herr Kanagaratnam" … "die Trauerfeier
        # für Piratheepan Kanagaratnam": the full name is that person's; holdout23, session 20)
        cued = {p.text for p in persons if " " not in p.text and _cued(_line_before(text, p.start))}
        out = []
        for p in persons:
            if " " in p.text:
                # a name written surname first ("Okafor, Stephen (HR)") stands on the item's shape
                if ", " in p.text or any(w in hinted or w in cued for w in p.text.split()):
                    continue
                first, *rest = p.text.split(" ")
                if len(rest) == 1 and lex.is_first_name(first) and first not in lex.ambiguous \
                        and first.lower() not in lex.common_words and not lex.is_place_only(first) \
                        and rest[0].lower() not in lex.common_words and not lex.is_place_only(rest[0]):
                    continue  # a first name that is no word, then names: "Kennwort „Peter Mohaupt“" (holdout5)
                last = rest[-1] if rest else ""
                if lex.is_first_name(first) and not first.isupper() and last.isupper() and len(last) > 1 \
                        and last not in COMPANY_SUFFIXES:
                    continue  # "Prénom NOM", as French records write a person: "Benoît RENARD", "Reine RENARD"
            elif p.text in confirmed or p.text in cued or (p.text.isupper() and "-".join(
                    part.capitalize() for part in p.text.split("-")) in confirmed and rare_word(p.text)):
                continue  # ("PÄRTZELT" where a form gave "Pärtzelt"; not "HEADER" of a constant's name)
            if text[p.end:p.end + 2] in ("'s", "’s"):
                continue  # a possessive: "Smith's invoice", "O'Connor's report" (review of session 8)
            if lex.inner_capital_surname(p.text):
                continue  # a surname with a capital inside: "McKenzie", "MacGregor" of a rota (holdout38) is no word
            if _first_name_in_a_sentence(text, p, lex):
                continue
            if scan.match(_BORN_AFTER, text, p.end) is not None:
                continue  # the one a birth is told of: "Attention, Blanche est née le 15 juillet 2017" (holdout38)
            if " " not in p.text and self._all.is_first_name(p.text) and not lex.is_first_name(p.text):
                continue  # a first name the model's lists lack: "mit Tilmann telefoniert" (review of session 32)
            if " " not in p.text and lex.is_first_name(p.text) and _coordinated(text, p.start, people):
                continue  # "Les vérificateurs Huy Trần et Martina", "Tatiana et Anna": one of a list of names
            before = _line_before(text, p.start)
            if not any(map(str.isalpha, before)):  # a C loop, not a generator step per character
                continue
            if _cued(before):
                continue
            # The rules' context evidence: a label of names at the line's start ("Entschuldigt: "),
            # a chat line's time stamp ("[09:15] ").
            if scan.match(NAME_LABELS, "\n" + before) is not None or scan.search(CHAT_SPEAKER, before) is not None:
                continue
            out.append((p.start, p.end))
        return sorted(out)

    def analyse(self, text: str, hints: Iterable[str] = (), known: Sequence[tuple[int, int]] = (),
                doubtful: Sequence[tuple[int, int]] = ()) -> tuple[list[Entity], set[tuple[int, int]]]:
        """(PERSON entities, the ``doubtful`` spans the model vetoes).

        ``doubtful`` (sorted, disjoint spans, see :meth:`doubtful`) are asked about even inside
        ``known``; one whose every word the model calls a name with less than the veto
        probability is returned (not one with a word past the ask budget).
        """
        doubt: dict[int, tuple[int, int]] = {}  # start of a capitalised word -> the doubtful span around it
        dk, n_doubt = 0, len(doubtful)
        caps: list[tuple[int, int, str]] = []
        regions: list[list[int]] = []
        verdict: dict[str, bool] = {}
        n = len(text)
        kn, n_known = 0, len(known)
        starts: set[int] = set()  # of the candidates the model is asked about
        straddling: set[int] = set()  # … of those, the ones that overlap a known span: not for the forms model
        budget = ASK_BUDGET_BASE + n // ASK_BUDGET_CHARS
        unasked: list[tuple[int, int]] = []  # candidates past the budget that may be names
        unvetoable: set[tuple[int, int]] = set()
        for m in _CAP.finditer(text):
            s, e = m.span()
            if s and text[s - 1].isalpha():
                continue
            word = m.group()
            if word in WEEKDAY_ABBREVIATIONS and dated_weekday(text, word, e):
                continue  # "Thu, 03 Dec 2026"
            caps.append((s, e, word))
            while dk < n_doubt and doubtful[dk][1] <= s:
                dk += 1
            if dk < n_doubt and doubtful[dk][0] <= s:  # starts inside ("Müllers" of the rules' "Müller")
                doubt[s] = doubtful[dk]
            ok = verdict.get(word)
            if ok is None:
                ok = verdict[word] = self.candidate(word)
            if not ok and s not in doubt:
                continue
            while kn < n_known and known[kn][1] <= s:
                kn += 1
            inside = kn < n_known and known[kn][0] <= s and e <= known[kn][1]
            if inside and s not in doubt:
                continue
            if kn < n_known and known[kn][0] < e and not inside:
                straddling.add(s)  # a word glued to another detector's value ("P<CHEGRUBENMANN<<" of an MRZ)
            if len(starts) >= budget:
                if s not in doubt:
                    if unasked and s - unasked[-1][1] <= _UNASKED_GAP:
                        # "Via Via …", "St. St. …", "Van der Van der …": a run past the budget is
                        # one entity, not one per word (each costs ~10 us downstream)
                        unasked[-1] = (unasked[-1][0], e)
                    else:
                        unasked.append((s, e))
                else:  # a doubtful span with a word not asked about stands
                    unvetoable.add(doubt[s])
                continue
            starts.add(s)
            lo, hi = max(0, s - _MARGIN), min(n, e + _MARGIN)
            if regions and lo <= regions[-1][1]:
                regions[-1][1] = hi
            else:
                regions.append([lo, hi])
        if not regions:
            return [], set()
        spans, probs, by_forms = self._tag_regions(text, regions, starts, verdict, straddling, known)
        best: dict[tuple[int, int], float] = {}  # a doubtful span: its words' highest P(name)
        for s, span in doubt.items():
            p = probs.get(s)
            if p is not None and p > best.get(span, -1.0):
                best[span] = p
        vetoed = {span for span, p in best.items() if p < self._veto and span not in unvetoable}
        spans = [sp for sp in spans if sp[0] not in doubt]  # the rules' span stands (or falls)
        # a word of the frequency lists that labels a number is no name: "Payroll no. 695634", "Policy Nr. 12" (a
        # form's next column; a surname no list knows stays one: "Okonkwo #7", the review of session 32)
        spans = [sp for sp in spans if " " in text[sp[0]:sp[1]] or rare_word(text[sp[0]:sp[1]])
                 or scan.match(_NUMBER_LABEL, text, sp[1]) is None]
        if not spans and not unasked:
            return [], vetoed
        lex = self._lex
        parts = {text[s:e] for s, e in (*spans, *unasked)}
        parts = {w for p in parts for w in p.split() if len(w) >= 3 and w.lower() not in lex.common_words}
        parts.update(hints)
        out = [self._entity(text, s, e, parts, FORMS if s in by_forms else "") for s, e in spans]
        out += [self._entity(text, s, e, parts, UNASKED) for s, e in unasked]
        if unasked:  # each is an entity already, its words too: not again as mentions below
            spans_unasked = iter(unasked)
            current = next(spans_unasked, None)
            kept = []
            for c in caps:  # both in text order
                while current is not None and current[1] <= c[0]:
                    current = next(spans_unasked, None)
                if current is None or c[0] < current[0]:
                    kept.append(c)
            caps = kept
        k, n_spans = 0, len(spans)  # spans are sorted and disjoint; so are caps
        kn = 0
        for s, e, word in caps:  # other mentions of a found name in this text
            while k < n_spans and spans[k][1] <= s:
                k += 1
            if k < n_spans and spans[k][0] <= s:
                continue  # inside a found span
            while kn < n_known and known[kn][1] <= s:
                kn += 1
            if kn < n_known and known[kn][0] <= s and e <= known[kn][1] and s not in doubt:
                # masked by another detector or the rules already, as the candidates above (a
                # text where every word is a name had an entity per word twice over)
                continue
            if word in parts or (word[-1] == "s" and word[:-1] in parts):
                out.append(self._entity(text, s, e, parts))
        return out, vetoed

    def _tag_regions(self, text: str, regions: list[list[int]], starts: set[int], verdict: dict[str, bool],
                     straddling: AbstractSet[int] = frozenset(), known: Sequence[tuple[int, int]] = ()
                     ) -> tuple[list[tuple[int, int]], dict[int, float], set[int]]:
        """(Name spans the models find around the candidates, P(name) of each candidate, the starts
        of the spans the forms model found)."""
        tagger = self._tagger()
        forms = self._forms_tagger()
        lines = StructuredLines(text) if forms is not None else None
        feat_cache: dict = {}
        seen: dict[tuple, tuple[list[tuple[int, int]], dict[int, float], set[int]]] = {}
        spans: list[tuple[int, int]] = []
        probs: dict[int, float] = {}
        by_forms: set[int] = set()
        n = len(text)
        for lo, hi in regions:
            # Whole tokens only: start after a space, end before one (else keep the cut).
            if lo:
                k = text.find(" ", lo, lo + 16)
                lo = k + 1 if k >= 0 else lo
            if hi < n:
                k = text.rfind(" ", hi - 16, hi)
                hi = k if k >= 0 else hi
            first = line_start_at(text, lo)
            toks = tokenize(text, lo, hi, first)
            cands = [i for i, s in enumerate(toks.starts) if s in starts]
            # which tokens stand on a structured line (the forms model speaks there): part of the key,
            # the same words on another line may be read otherwise
            # (only near another detector's value: a table about people has their phones, e-mails, dates or
            # names the rules found; a timetable's stops, a bird list's species have none)
            structured = tuple(at and s not in straddling
                               for s, at in zip(toks.starts, lines.at_each(toks.starts), strict=True)) \
                if lines is not None and _near(known, lo, hi, _FORMS_REACH) else ()
            key = (text[lo:hi], first, tuple(toks.starts[i] - lo for i in cands), structured)
            got = seen.get(key)
            if got is None:
                got = seen[key] = self._tag(text, toks, cands, lo, tagger, feat_cache, verdict,
                                            forms if any(structured) else None, structured)
            spans.extend((s + lo, e + lo) for s, e in got[0])
            probs.update((s + lo, p) for s, p in got[1].items())
            by_forms.update(s + lo for s in got[2])
        return spans, probs, by_forms

    def _tag(self, text: str, toks, cands: list[int], lo: int, tagger, feat_cache: dict,
             verdict: dict[str, bool], forms=None, structured: tuple[bool, ...] = ()
             ) -> tuple[list[tuple[int, int]], dict[int, float], set[int]]:
        """Name spans in one region (relative to its start): the model tags two tokens either
        side of each candidate; a span is made of candidate words and contains one asked about.
        ``forms``: the forms model's tagger, whose P(name) of a token on a structured line
        (``structured[i]``) counts where it reaches FORMS_THRESHOLD; the third value: the starts
        of the spans a word of which only the forms model called a name."""
        n = len(toks)
        windows: list[list[int]] = []
        for i in cands:
            a, b = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
            if windows and a <= windows[-1][1]:
                if b - windows[-1][0] <= _MAX_WINDOW:
                    windows[-1][1] = b
                else:  # the next piece starts where this one ends: windows never overlap
                    windows.append([windows[-1][1], b])
            else:
                windows.append([a, b])
        words, starts, ends = toks.words, toks.starts, toks.ends
        cand_set = set(cands)
        thr = self._threshold
        out: list[tuple[int, int]] = []
        probs: dict[int, float] = {}
        raised: list[int] = []
        for a, b in windows:
            sequence = self._feat.sequence(toks, feat_cache, a, b)
            tagger.set(sequence)
            on_form = forms is not None and any(structured[a:b])
            if on_form:
                forms.set(sequence)

            def p_name(i: int, a: int = a, on_form: bool = on_form) -> float:
                p = 1.0 - tagger.marginal("O", i - a)
                if on_form and structured[i] and not self.ordinary_for_forms(words[i]):
                    # (not an ordinary word: a salon's "Junior", a pawn ticket's "Zoll" -- the forms
                    # model learned the columns that hold names, and sometimes a column's other words)
                    p_form = 1.0 - forms.marginal("O", i - a)
                    if p_form >= FORMS_THRESHOLD and p_form > p:
                        if p < thr:
                            raised.append(starts[i] - lo)  # the forms model's word, not the prose model's
                        return p_form
                return p

            cur: list[int] | None = None
            has_cand = False
            for i in range(a, b):
                word = words[i]
                keep = word[0].isupper() and word[-1].isalpha()
                if keep:
                    ok = verdict.get(word)
                    if ok is None:
                        ok = verdict[word] = self.candidate(word)
                    keep = ok  # ordinary words ("Laut Bubik") stay outside a name
                if i in cand_set:  # asked about (a doubtful ordinary word too: "Wald", "Burg")
                    p = p_name(i)
                    probs[starts[i] - lo] = p
                    keep = keep and p >= thr
                elif keep:
                    keep = p_name(i) >= thr
                # one character apart -- a line break too: a name wrapped by a mail client
                # ("Frau Swaantje\nBüren") stays one (review of session 9)
                if keep and cur is not None and starts[i] - ends[i - 1] == 1 and text[ends[i - 1]] == "\n" and (
                        i + 1 < n and words[i + 1] == ":"):
                    keep = False  # the next line's label ("Président : M. Bouvard\nGreffière : …"), no name
                if keep and cur is not None and starts[i] - ends[i - 1] == 1 and text[ends[i - 1]] == "\n" and (
                        _table_row(text, ends[i - 1])):
                    # a row's last cell and the next row's first ("…;Sanitas\nBarrett;Courtney;…" of a CSV
                    # export): two values, no wrapped name (it masked the insurer with the surname)
                    if has_cand:
                        out.append((cur[0] - lo, cur[1] - lo))
                    cur, has_cand = [starts[i], ends[i]], i in cand_set
                    continue
                if keep and cur is not None and starts[i] - ends[i - 1] == 1 and text[ends[i - 1]] != "\t":
                    # (a tab separates cells: "Grafana Dashboards\tLea Brunner" are no one name)
                    cur[1] = ends[i]
                    has_cand = has_cand or i in cand_set
                    continue
                if cur is not None and has_cand:
                    out.append((cur[0] - lo, cur[1] - lo))
                cur, has_cand = ([starts[i], ends[i]], i in cand_set) if keep else (None, False)
            if cur is not None and has_cand:
                out.append((cur[0] - lo, cur[1] - lo))
        by_forms = _holding(out, raised)
        if by_forms:
            # one word only the forms model called a name, in no list, beside an ordinary word of its
            # cell: a phrase's word ("Grafana Dashboards" of a ticket's title), not a cell's name
            phrase = {s for s, e in out if s in by_forms and " " not in text[s + lo:e + lo]
                      and not self._lex.is_known_name(text[s + lo:e + lo])
                      and self._beside_a_word(text, s + lo, e + lo)}
            if phrase:
                out = [span for span in out if span[0] not in phrase]
                by_forms -= phrase
        return out, probs, by_forms

    def _beside_a_word(self, text: str, start: int, end: int) -> bool:
        """An ordinary word (or one in lower case) right before or after, one space between."""
        after = text[end + 1:end + 41].split(None, 1)[:1] if text[end:end + 1] == " " else []
        before = text[max(0, start - 41):start - 1].rsplit(None, 1)[-1:] if start and text[start - 1] == " " else []
        for word in (*after, *before):
            word = word.strip(".,;:!?()\"'")
            if len(word) >= 3 and word.isalpha() and (word.islower() or self.ordinary_for_forms(word)):
                return True
        return False

    def _entity(self, text: str, s: int, e: int, parts: set[str], detector: str = "") -> Entity:
        """The span, without a German genitive -s of a known name ("Özdemirs" -> "Özdemir")."""
        word = text[s:e].rsplit(" ", 1)[-1]
        if word.endswith(("'s", "’s")) and len(word) > 3:
            e -= 2
        elif word.endswith("s") and len(word) > 4 and (word[:-1] in parts or self._lex.is_known_name(word[:-1])):
            e -= 1
        return Entity(s, e, EntityType.PERSON, text[s:e], detector or self.name)


def _near(spans: Sequence[tuple[int, int]], lo: int, hi: int, reach: int) -> bool:
    """One of the sorted, disjoint ``spans`` lies within ``reach`` characters of [lo, hi)."""
    k = bisect.bisect_left(spans, (lo - reach, lo - reach))
    return k < len(spans) and spans[k][0] < hi + reach or (k > 0 and spans[k - 1][1] > lo - reach)


def _holding(spans: list[tuple[int, int]], positions: list[int]) -> set[int]:
    """The starts of the sorted, disjoint ``spans`` that hold one of ``positions``."""
    out = set()
    for pos in positions:
        k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            out.add(spans[k][0])
    return out


def _open(model: bytes):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    return tagger


def _table_row(text: str, line_end: int) -> bool:
    """The line ending at ``line_end`` is a row of a table: it holds a cell separator (";", a tab,
    "|", or three commas), read in its last 400 characters at most."""
    line_start = max(text.rfind("\n", 0, line_end) + 1, line_end - 400)
    return any(sep in text[line_start:line_end] for sep in (";", "\t", "|")) or (
        text.count(",", line_start, line_end) >= 3)
