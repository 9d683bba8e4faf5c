"""Nicknames a text introduces as someone's: "Christian Salzmann v/o Pfiff", "(Biername Zapfen)",
"(Cerevis: Krümel)", "Nathalie Ferrand, dite « Gégé »", "Lorenzo Gadda, detto "Baffo"", "Anna Meier
genannt Nanni".

A student society's couleur name, a club's or a family's nickname names one person among those who
read the text as surely as the name does; written after a name with one of these cues it is one
whatever word it is ("Sprint", "Loki", "Plato").  Where the text writes it again -- the chat of the
same society, its list of birthdays -- it is the same person: every mention is masked, as written (and
in any case where the nickname is no ordinary word: "morgen hat kolibri geburtstag").  (holdout30,
read in session 27: 60 nicknames of students' societies and clubs leaked, most of them as chat
speakers and in lists beside a name.)

A list of at least three lines "<name> (<nickname>): …" -- a society's birthdays, a committee with its
nicknames ("Lübs, Bianca (Zapfen): 17. Januar") -- gives its nicknames too, the name found by the other
detectors and first on its line; one or two such lines are as often a name and a role ("Anna Meier (Kasse):"),
and family words and keys are no nicknames ("Mato (Sohn): 0049 …").  A date with a year at least ten years back
after such a line's colon is that person's date of birth ("Ina Pölitz (Sprint): 06.11.96"), whatever the
parentheses hold but digits (a contract's or a flat's number: "(Vertrag 2005/17): 01.04.2005"; review of session
28): a CRM's birthdays of key accounts list each with a company ("Valerij Christoph (Hansa
Versicherungsmakler): 18.09.1970"; holdout32, read in session 28: 26 such dates of birth leaked).

The cues of their own ("v/o", "Biername", "Cerevis", "Vulgo", "Spitzname", "nickname", "surnom",
"soprannome") need nothing before them; the words of ordinary prose that can introduce one ("genannt",
"alias", "aka", "dite", "detto", "surnommé", "known as") count only right after a name found by the
other detectors.  Work bound: one scan for the cues; each nickname's mentions by ``str.find``, for at most
:data:`MAX_NICKNAMES` of them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from .detectors import scan
from .detectors.dates import DATE, MONTHS
from .detectors.field_keys import ALL_KEYS, normalise_key
from .detectors.person_cues import KIN_WORDS, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .names import NameLexicon
from .person_kin import KIN

MAX_NICKNAMES = 32
# Family words and relations a list writes in the nickname's place
_RELATIONS = KIN | KIN_WORDS | frozenset(
    """neffe nichte enkel enkelin ehemann ehefrau gatte gattin partner partnerin schwager schwägerin stiefvater
    stiefmutter stiefsohn stieftochter pate patin götti gotte vormund beiständin beistand betreuer betreuerin
    grand-mère grand-père petit-fils petite-fille beau-frère belle-sœur parrain marraine tuteur tutrice
    nipote cognato cognata padrino madrina genero nuora stepfather stepmother stepson stepdaughter godfather
    godmother guardian carer spouse partner""".split())
# (the nickname: one or two words, in quotes any case and with an article of its own -- "il Moro", "la Puce")
_NICK = (
    r"(?:(?P<q>[\"«“„‹'][ \u00a0]?)(?P<quoted>(?:(?:il|la|le|lo|l')[ ]?)?[^\W\d_][\w'’\-]{0,24}+"
    r"(?:[ ][^\W\d_][\w'’\-]{0,24}+)?)[ \u00a0]?[\"»”“›']"
    r"|(?P<plain>(?:(?:The|Il|La|Le|Lo|Der|Die|Das|El)[ ])?[A-ZÀ-ÖØ-Þ][\w'’\-]{1,24}+))"
)
# Each cue starts with a consuming letter the engine looks for, the rest of the word behind it (a
# look-behind or alternation first would be tried at every position of the text).
_OWN_CUE = scan.compile(
    r"[vBbCcSs](?<![\w/][vBbCcSs])(?:(?<=v)/o|(?<=[Bb])iername|(?<=[Cc])erevis|(?<=[Ss])pitzname)"
    rf"(?::[ ]{{0,2}}|[ ]{{1,2}}){_NICK}"
)
# ("dit" alone is "says" as often: "Paul Martin dit « Non »"; "vulgo", "nickname" gloss words and types too:
# "vulgo Sozialhilfe", "nickname: Optional[str]" -- after a name only)
_PROSE_CUE = scan.compile(
    r"[gadsknv](?<![\w][gadsknv])(?:(?<=g)enannt|(?<=a)(?:lias|ka|\.k\.a\.)|(?<=d)(?:ite|ett[oa])"
    r"|(?<=s)(?:urnommée?|oprannominat[oa]|oprannome|urnom)|(?<=k)nown[ ]as|(?<=n)ickname|(?<=v)ulgo)"
    rf"(?::[ ]{{0,2}}|[ ]{{1,2}}){_NICK}"
)
_GATE = Gate(("v/o", "iername", "erevis", "ulgo", "pitzname", "ickname", "urnom", "oprannom", "genannt", "alias",
              "aka ", "a.k.a.", "dite ", "dett", "known as"))
# A list of people with their nicknames in parentheses, each with what is said of them: "Lübs, Bianca (Zapfen): 17.
# Januar", "> Kerry Hamilton (Boots): May 17, 1998" -- the parentheses right after a name that starts its line
_LISTED = scan.compile(r"[ ]\((?:(?P<nick>[A-ZÀ-ÖØ-Þ][\w'’\-]{1,24}+)|[^()\n:\d]{2,64}+)\)[ ]?:[ ]")
_LISTED_GATE = Gate(("):", ") :"))
_LIST_LINE_LEAD = frozenset(" \t>-*•")
_LEAD = 8  # characters of a line before its name, at most (quote marks, a bullet): a bounded look back
# a day: a date, or a day and a month ("17. Januar", "08.04.", "April 7", "25/06")
_DAY_AFTER = scan.compile(
    rf"(?:{DATE}|\d{{1,2}}\.?[ ]?(?:\d{{1,2}}\.|(?i:{MONTHS}))|(?i:{MONTHS})\.?[ ]\d{{1,2}}|\d{{1,2}}/\d{{1,2}})(?!\d)"
)
# What such a list says of each is most often the birthday; with a year at least _MIN_AGE years back it is the
# date of birth ("Ina Pölitz (Sprint): 06.11.96", "Gerfried von Hoff (Gizmo): 6. Dezember '03")
_DATE_AFTER = scan.compile(rf"(?P<date>{DATE})(?!\d)")
_MIN_AGE = 10
MIN_LISTED = 3  # lines of that shape: one or two are a name and a role ("Anna Meier (Kasse): …")
# What may stand between a name and a prose cue: "Nathalie Ferrand, dite", "Anna Meier (genannt"
_BETWEEN = frozenset(("", " ", ", ", " (", ",  "))


def nicknames(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the nicknames ``text`` introduces and for their other mentions (see the
    module's docstring); ``found``: the entities of the other detectors (a prose cue needs a name
    before it)."""
    cued, listing = _GATE.opens(text), _LISTED_GATE.opens(text)
    if not cued and not listing:
        return []
    ends = {e.end for e in found if e.type == EntityType.PERSON}
    out: list[Entity] = []
    nicks: dict[str, None] = {}
    for pattern in (_OWN_CUE, _PROSE_CUE) if cued else ():
        for m in scan.finditer(pattern, text):
            if pattern is _PROSE_CUE and not any(
                    text[e:m.start()] in _BETWEEN for e in range(max(0, m.start() - 3), m.start() + 1) if e in ends):
                continue
            group = "quoted" if m.group("quoted") is not None else "plain"
            nick = m.group(group)
            if not _nickname(nick):
                continue
            out.append(Entity(m.start(group), m.end(group), EntityType.PERSON, nick, "nickname"))
            if len(nicks) < MAX_NICKNAMES:
                nicks.setdefault(nick)
    if listing:
        latest = datetime.date.today().year - _MIN_AGE
        for nick, start, end, after in _listed(text, {e.end: e.start for e in found if e.type == EntityType.PERSON}):
            date = scan.match(_DATE_AFTER, text, after)  # (after "): ")
            if date is not None and _born_by(date.group("date"), latest):
                out.append(Entity(date.start("date"), date.end("date"), EntityType.DOB, date.group("date"), "nickname"))
            if nick is None or not _nickname(nick):
                continue
            out.append(Entity(start, end, EntityType.PERSON, nick, "nickname"))
            if len(nicks) < MAX_NICKNAMES:
                nicks.setdefault(nick)
    if nicks:
        out += _mentions(text, nicks, {(e.start, e.end) for e in out}, lexicon)
    return out


def _listed(text: str, starts: dict[int, int]) -> list[tuple[str | None, int, int, int]]:
    """The lines of a list of at least :data:`MIN_LISTED` lines "<name> (<aside>): …", the name a PERSON found
    that starts its line (``starts``: each PERSON's start by its end): (the aside when it may be a nickname, else
    None; the nickname's start and end, -1 without one; where the line's colon and its space end)."""
    listed = []
    for m in scan.finditer(_LISTED, text):
        name_start = starts.get(m.start())
        if name_start is None or scan.match(_DAY_AFTER, text, m.end()) is None:
            continue  # (what a list of nicknames says of each is a day: "Chair", "Host" of minutes say more)
        line = text.rfind("\n", max(0, name_start - _LEAD), name_start) + 1
        if (line or name_start <= _LEAD) and all(c in _LIST_LINE_LEAD for c in text[line:name_start]):
            nick = m.group("nick")
            listed.append((nick, m.start("nick"), m.end("nick"), m.end()))
    return listed if len(listed) >= MIN_LISTED else []


def _born_by(date: str, latest: int) -> bool:
    """The date's year -- its last digits, four or two ("'96", "10.2.04"; a compact "19960612" its first
    four) -- is 1900 or later and at most ``latest``."""
    run = date.rstrip().rstrip(".")
    digits = len(run) - len(run.rstrip("0123456789"))
    run = run[len(run) - digits:]
    if len(run) == 8:
        run = run[:4] if run[:2] in ("19", "20") else run[4:]
    if len(run) not in (2, 4):
        return False
    year = int(run[-4:]) if len(run) == 4 else int(run) + (2000 if 2000 + int(run) <= latest + _MIN_AGE else 1900)
    return 1900 <= year <= latest


def _nickname(nick: str) -> bool:
    """A nickname is a word or two of letters, no cue's or title's word ("v/o Herr", "alias Frau"), no family
    word or form's key ("- Mato (Sohn): 0049 174 …", "Albina Schiller (Tochter): …" of an emergency list)."""
    if len(nick) < 2 or nick.isupper() and len(nick) <= 4:
        return False
    return not any(w in STOP or w.lower() in _RELATIONS or normalise_key(w) in ALL_KEYS for w in nick.split())


def _mentions(text: str, nicks: Iterable[str], taken: set[tuple[int, int]], lexicon: NameLexicon) -> list[Entity]:
    """The other mentions of each nickname, whole words: as written, and in any case where it is no
    ordinary word ("kolibri" of a chat typed in lower case)."""
    lowered = text.lower() if len(text.lower()) == len(text) else None  # (lower() may change a length: "İ")
    out: list[Entity] = []
    for nick in nicks:
        any_case = lowered is not None and nick.lower() not in lexicon.common_words
        haystack, needle = (lowered, nick.lower()) if any_case and lowered is not None else (text, nick)
        pos = haystack.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if (pos, end) not in taken and not (pos and (text[pos - 1].isalnum() or text[pos - 1] in "_-")) and not (
                    end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                out.append(Entity(pos, end, EntityType.PERSON, text[pos:end], "nickname"))
            pos = haystack.find(needle, end)
    return out
