"""Who wrote the quoted mail: the name in a reply's attribution line.

A reply quotes the mail it answers under a line that names its writer -- "On 9/28/2026 at 5:00 PM, Best,
Mark wrote:", "Am 29.01.2026 um 11:40 schrieb Chen, Lina:", "Le 15.09.2026 à 15:45, Métral, Margaux a
écrit :", "Il giorno 25/10/2026 alle 08:10 saleh, said ha scritto:". Mail clients write there the sender's
display name as their address book has it: often surname first, often a name no list knows, in lower case
when the sender typed it so. The rules found "Chen" and "Lina" as two names and left the comma between
them (one person read as two, and the name masked in halves), took the time's "PM" into "PM, Yamamoto",
and left lower-case and unlisted names in clear: 60 of the 295 names holdout38 leaked (read in session 34).

The line's shape is the cue: it opens with "On"/"Le"/"Il (giorno)"/"Am", holds a date or a time, and ends
with the verb ("wrote:", "a écrit :", "ha scritto:"; German: "schrieb <name>:"); the name is what stands
between the last number (or "AM"/"PM") and the verb -- one to six words of letters, a comma between a
surname and its first name, a mail address in angle brackets after it; never a date's month or weekday. Not an
organisation's display name (an office's word, a legal form, a role mailbox, a brand's or an acronym's shape, one
word that is no listed first name) nor prose ("the court"): see ``_someones`` (the review of session 34).  The names
found are hints: the writer's other mentions in the mail are masked too.

Bounded work: each verb found with ``str.find``; only its line (at most 240 characters) is read.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.dates import MONTHS
from .detectors.person_cues import COMPANY_SUFFIXES
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon, compound_tail

_VERBS_AFTER = (" wrote:", " wrote :", " a écrit", " ha scritto")  # the name stands before them
_VERB_BEFORE = "schrieb "  # ... after this one: "Am 29.01.2026 um 11:40 schrieb Chen, Lina:"
GATE = Gate((*_VERBS_AFTER, _VERB_BEFORE))
_LONGEST_LINE = 240

_WORD = r"[^\W\d_]{1,30}+(?:['’.\-][^\W\d_]{1,30}+){0,3}+\.?"
_DAYS = (rf"{MONTHS}|Mon|Monday|Tue|Tues|Tuesday|Wed|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday|Sat|Saturday|Sun"
         r"|Sunday|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lun|lundi|mar|mardi"
         r"|mer|mercredi|jeu|jeudi|ven|vendredi|sam|samedi|dim|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì"
         r"|sabato|domenica|Uhr|h")
# (a date's month or day before the name is the date's: "On 3 March, Zhaleh Oyelaran wrote:", "Le lun. 29 janv.")
_NAME = rf"(?![AaPp]\.?[Mm]\b\.?)(?!(?i:{_DAYS})\b)(?:{_WORD})(?:(?:,[ ]|[ ])(?:{_WORD})){{0,5}}+"
_MAILBOX = r"(?:[ ]<(?P<mailbox>[^<>\n]{3,100})>|[ ]\([^()\n]{3,100}\))?"
# the line's opening word (a quote's marks before it) and, somewhere after it, a number
_OPENING = scan.compile(r"(?:>[ ]?){0,6}+[ ]{0,4}+(?:On|on|Le|le|Il|il|Am|am)[ ][^\n]{0,120}?\d")
# a number (or a time's AM/PM, a French "h" time's minutes), then the name to the verb
_NAME_BEFORE_VERB = scan.compile(
    rf"(?:\d|\b[AaPp]\.?[Mm]\.?|\b(?i:{_DAYS})\.?)(?:,[ ]|[ ])(?P<name>{_NAME}){_MAILBOX}\Z"
)
_NAME_AFTER_VERB = scan.compile(rf"(?P<name>{_NAME}){_MAILBOX}[ ]?:[ ]{{0,4}}+\r?\Z")

# The local parts of a firm's or an office's mailboxes (without ".", "-", "_").
_ROLE_MAILBOXES = frozenset(
    """noreply donotreply support info kontakt contact service services kundenservice kundendienst office buero bureau
    ufficio segreteria sekretariat secretariat admin hello hallo bonjour mail post posta verwaltung reception empfang
    accueil billing sales vertrieb team help hilfe assistenza news newsletter notifications""".split()
)
_PARTICLES = frozenset("von vom van der den de du des di da del della le la zu zur ten ter ap".split())
_FUNCTION_WORDS = frozenset("""the a an of and for to from by on at le la les un une et die der das den dem des ein eine
    und il lo gli i una uno e""".split())
# Words of an organisation's display name, not a person's.
_ORGANISATION_WORDS = frozenset(
    """team support service services kundendienst kundenservice hotline helpdesk info office büro sekretariat
    secrétariat segreteria verwaltung administration amministrazione redaktion rédaction redazione customer
    client clients clientela noreply no-reply admin system newsletter""".split()
)


def names_in_replies(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the writers named in reply attribution lines (module docstring)."""
    if not GATE.opens(text):
        return []
    out: list[Entity] = []
    seen: set[int] = set()  # line starts read
    for verb in (*_VERBS_AFTER, _VERB_BEFORE):
        pos = text.find(verb)
        while pos >= 0:
            line_start = text.rfind("\n", max(0, pos - _LONGEST_LINE), pos) + 1
            line_end = text.find("\n", pos, pos + _LONGEST_LINE)
            if line_end < 0:
                line_end = len(text) if len(text) - pos <= _LONGEST_LINE else -1
            if line_end >= 0 and (line_start > 0 or pos < _LONGEST_LINE) and line_start not in seen:
                entity = _writer(text, line_start, pos, verb, line_end, lexicon)
                if entity is not None:
                    seen.add(line_start)
                    out.append(entity)
            pos = text.find(verb, pos + len(verb))
    return out


def _writer(text: str, line_start: int, verb_at: int, verb: str, line_end: int,
            lexicon: NameLexicon) -> Entity | None:
    """The writer's name on the line ``text[line_start:line_end]`` whose verb stands at ``verb_at``."""
    opening = scan.match(_OPENING, text, line_start, verb_at)
    if opening is None:
        return None
    if verb == _VERB_BEFORE:
        m = scan.match(_NAME_AFTER_VERB, text, verb_at + len(verb), line_end)
    else:
        after = text[verb_at + len(verb):line_end].strip(" :\r")
        if after:
            return None  # the verb ends the line ("… a écrit :")
        m = scan.search(_NAME_BEFORE_VERB, text, opening.end() - 1, verb_at)
    if m is None:
        return None
    name = m.group("name")
    words = name.replace(",", " ").split()
    if any(w.lower().strip(".") in _ORGANISATION_WORDS or w in COMPANY_SUFFIXES for w in words):
        return None
    mailbox = m.group("mailbox") or ""
    if mailbox.split("@", 1)[0].lower().replace("-", "").replace("_", "").replace(".", "") in _ROLE_MAILBOXES:
        return None  # a firm's: "Stadtwerke Fiber <noreply@stadtwerkefiber.de>", "Hyperoptic <support@…>"
    if not _someones(words, lexicon):
        return None
    return Entity(m.start("name"), m.end("name"), EntityType.PERSON, name, "reply")


def _someones(words: list[str], lexicon: NameLexicon) -> bool:
    """The display name's words are a person's: not one word but a listed first name (a firm writes so: "Swisscom",
    "Raiffeisen"), no brand's or acronym's shape ("GitHub", "ETH Zürich", "Booking.com"), no ordinary word nor a
    compound of one that no list knows as a name ("Studio Ortodontico Centro", "Kieferorthopädie am Markt"), and in
    lower case no function word nor ordinary word but a listed first name ("the court", "cron job"; "saleh, said" and
    "zaoui rim" are names) -- the review of session 34."""
    if len(words) == 1:
        return lexicon.is_first_name(words[0].capitalize())
    common = lexicon.common_words
    if len(words) == 2 and all(w.islower() and w not in _FUNCTION_WORDS for w in words) \
            and words[0] not in common and rare_word(words[0]) and rare_word(words[1], 6):
        return True  # a name typed in lower case, its surname no word: "zaoui, rim", "zaoui rim" (not "the court")
    for w in words:
        if w in _PARTICLES:
            continue
        if w.lower() in _FUNCTION_WORDS or "." in w.rstrip(".") or w.isupper() and len(w) > 1 \
                or any(c.isupper() for c in w[1:]) and not w.startswith(("Mc", "Mac", "O'", "O’")):
            return False
        if w[:1].isupper() and (w.lower() in common or compound_tail(w.lower(), lexicon, shortest=5)) \
                and not lexicon.is_known_name(w):
            return False
        if w.islower() and w in common and not lexicon.is_first_name(w.capitalize()):
            return False
    return True
