"""A full date right after a person's name is that person's date of birth.

Forms, police and accident reports, passenger lists and registers write a person as
"SURNAME, First, 13.08.1975", "Name – 30/04/2000", "Name | 05.08.1954", "Name (12.03.1980)" or "Name (F,
12.03.1980)": no cue word, but
the date belongs to the person, and with the name it identifies them.  Only a date with a
four-digit year from 1900 up to ten years before today counts (a letter's date, a booking's
date are recent), and not one followed by a time ("12.03.2026 14:30": an appointment); a more recent
one of a past year only near such an adult's date (a child on a hotel's registration card, in a
family's list).  A newborn's date has its own shapes (`newborn_dates`): the weight and length after it,
or a child who "arrived" on it.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable

from .detectors import scan
from .detectors.dates import DATE, PERIOD_WORD, life_span_after
from .entities import Entity, EntityType
from .gates import Gate

# (an age or the sex in parentheses may stand between: "Anna Meier (38), 12.03.1985", "(F, 12.03.1985)")
# (or the person's role in the family: "- Urs (mein Mann), 3.12.1985", "Paula (mia moglie), 4 agosto 1993")
# (a place or a job before the date in the parentheses: "Lea Brunner (Zürich, 14.03.1985)", "(Lehrerin, …)")
# (a CSV row's next cell too: "Lea Brunner;14.03.1985;Bern", '"Lea Brunner";"14.03.1985"', "Lea Brunner ; 14.03.1985")
# (an age after a comma or between dashes or slashes: "Lea Brunner, 41 J., 14.03.1985", "Anna Meier, age 41,
# …", "Anna Meier / 41 / …"; the separators "—", "/", "·", "•", "--", "‒", ":" only after a name first on its
# line or item: "Rechnung — Anna Meier — 14.03.2009" is a document's date)
_AGE = r"(?:age[ ])?\d{1,3}(?:[ ]?(?:J\.|Jahre(?:[ ]alt)?|ans|anni|yrs?|years(?:[ ]old)?|y/o))?"
_AFTER_NAME = scan.compile(
    rf"(?:[ ]?\((?:{_AGE}|[MFWDmfwd]"
    r"|[^\W\d_]{2}[^\W\d_ ]{0,16}(?:[ ][^\W\d_]{1,18}){0,2})\))?"
    rf"(?:,[ ]{_AGE},|[ ][/–\-][ ]{_AGE}[ ](?=[/–\-]))?"
    rf"\"?(?P<sep>[ ]?[,;]|[ ]?[–\-|]|[ ]?(?:[—/·•:‒]|--)"
    rf"|[ ]?\((?:(?:[MFWDmfwd]|{_AGE}|(?P<aside>[^\W\d_]{{2,20}}(?:\.?[ \-][^\W\d_]{{1,18}}){{0,3}}))[,;][ ]?)?)?"
    r"[ \t]{0,4}\"?"
    rf"(?P<date>{DATE})(?!\d)"
)
_LOOSE = frozenset("—/·•:‒-")
# words of an event's date in a name's aside (no place, no job)
_EVENT_WORDS = scan.compile(
    r"(?i:eintritt|austritt|beitritt|diplom|mitglied|member|joined|seit|since|depuis|dal|entrée|ingresso|abschluss"
    r"|start|beginn|ende|end|hired|eingestellt|angestellt|embauch|assunt|pensioni|retired|rente|heirat|married"
    r"|mariage|matrimonio|wedding|tod|died|décès|morte|death|verstorben|gestorben|prüfung|exam|abitur|matura)"
)
_YEAR = scan.compile(r"(?:19|20)\d{2}(?!\d)")
# the start of a list's item before a name ("- ", "  * ", "3. ")
# (also in a quoted reply: "> - Selma Kitzmann, 13.07.17")
_ITEM_BEFORE = scan.compile(r"(?:^|\n)(?:>[ ]?){0,3}+[ \t]{0,4}(?:[-*•–][ \t]{1,3}|\d{1,2}[.)][ \t]{1,3})\Z")
# a year of two digits at a numeric date's end ("Gabriella Gentili, 19/12/97", "Callum, 8/11/22")
_SHORT_YEAR = scan.compile(r"(?:(?<=[./\-A-Za-z])|(?<=[^\W\d_][ ]))\d{2}\Z")  # (and "14MAR85", "6. Mai 85")
# a compact date's year ("Kravchuk, Mykola  19770428")
_COMPACT_YEAR = scan.compile(r"(?:19|20)\d{2}(?=\d{4}\Z)")
_TIME_AFTER = scan.compile(r"[ ,]{1,3}(?:um[ ]|at[ ]|à[ ]|alle[ ])?\d{1,2}[:h.]\d{2}(?!\d)")
_MIN_AGE = 10
_LINE_REACH = 120  # characters before a name that its line's words of a period are looked for in
# (inside a word too: "Mietvertrag", "Arbeitsvertrag", "Jahresabo")
# (and an office's, a membership's, a tenancy's: "Präsident: Markus Frei / 01.04.1985 – 31.03.2024", "Tenancy: …";
# the review of session 35)
_TERM_INSIDE = scan.compile(
    r"(?i:vertrag|miet|contrat|abo(?:nnement)?(?![^\W\d_])|tenan|locat|inquilin|mitglied|member|membre|membro"
    r"|präsident|president|chair|vorsitz|amtszeit|mandat)"
)
# An ICD-10 diagnosis' code after the date: "Nasser, Yusuf, 12.04.2020 - F84.0" (a patient's header line)
# (with its decimal: "A12", "C12" after a booking's date are a parking space's, a seat's; the review of session 32)
_DIAGNOSIS_AFTER = scan.compile(r"[ ]?[–\-][ ][A-TV-Z]\d{2}\.\d{1,2}[A-Z]?(?![\w.])")
# the writer's own date before a companion's name in a list of dates of birth: "ich 14.06.1994, ", "me 5 Oct 1962, "
_SELF_BEFORE = scan.compile(
    rf"(?<![^\W\d_])(?i:ich|me|myself|moi|io|mine)[ :]{{1,2}}(?P<date>{DATE})(?!\d),[ ]\Z"
)
_SELF_REACH = 48
# ... said to be births: a birth's word or an insurance's (travel insurance asks for them) before the list
_BIRTH_OR_INSURANCE = scan.compile(
    r"(?i:geb|birth|dob|naiss|nasc|born|versicher|assuran|assicura|insuran)"
)
_CUE_REACH = 120
_LIST_REACH = 400  # characters between an adult's date of birth and a child's in one list
_OTHER_REACH = 300  # … and between a child's and a date of birth a form's key or a cue gave


def birth_dates_after_names(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """DOB entities for the dates written right after a PERSON of ``entities`` (sorted by start)
    that no entity covers yet."""
    found = list(entities)
    this_year = datetime.date.today().year
    latest = this_year - _MIN_AGE
    taken = sorted((e.start, e.end) for e in found)
    out: list[Entity] = []
    recent: list[tuple[int, int, int]] = []  # (start, end, year) of a child's date: a DOB only among others
    siblings: list[tuple[int, int, bool]] = []  # (start, end, in parentheses) of a child's date in a family's list
    headers: dict[int, bool] = {}  # a line's start -> its table's header names no birth
    for e in found:
        if e.type != EntityType.PERSON:
            continue
        m = scan.match(_AFTER_NAME, text, e.end)
        if m is None or m.start("date") == e.end:  # "Meier12.03.1980": no gap, no pair
            continue
        if m.group("aside") is not None and scan.search(_EVENT_WORDS, m.group("aside")) is not None:
            continue  # "Lea Brunner (Eintritt, 01.04.2015)": a membership's date, a diploma's
        sep = (m.group("sep") or "").strip()
        start, end = m.span("date")
        born, short = _year(text, start, end, this_year)
        if sep and sep[-1] in _LOOSE and sep not in ("-", "–") and not _line_start(text, e.start) \
                and not _life_of(text, e.start, end, born, this_year):
            continue  # "Protokoll: Anna Meier / 14.03.2012": a document's author and its date
        if not 1900 <= born < this_year:
            continue
        coded = scan.match(_DIAGNOSIS_AFTER, text, end) is not None
        if short and not coded and text[start - 1] != "(" \
                and scan.search(_ITEM_BEFORE, text, max(0, e.start - 8), e.start) is None \
                and not _cell_start(text, e.start) and not _form_value(text, e.start) \
                and not any(sep in text[e.end:start] for sep in ";|\t") \
                and not ((text[e.end:start] in (" – ", " - ") or 1 < start - e.end <= 8 and not text[
                    e.end:start].strip(" ")) and _line_start(text, e.start)):
            # a two-digit year in a list's item, a table's cell, a form's value ("Patient/in:  Sigrist, Paul,
            # 07.06.52"), in parentheses or after a name first on its line and a column's gap or a dash only
            # ("Floriane Kurz  17.4.67", "Susi Meili – 06.04.50"): "Anna Meier, 12.03.90" in prose says too little
            continue
        if scan.match(_TIME_AFTER, text, end) is not None or overlaps_any(taken, start, end):
            continue
        if text[e.end:start].strip(" \"") in (";", "|", ",", "\t", ""):
            line = text.rfind("\n", 0, e.start)  # (one header question per line: a CSV written on one line asks once)
            no_birth = headers.get(line)
            if no_birth is None:
                no_birth = headers[line] = _header_names_no_birth(text, e.start)
            if no_birth:
                continue  # a table whose header says what its dates are: "Kunde;Rechnungsdatum;Betrag"
        if born > latest and coded:
            # a patient's line in a therapist's notes: "Ella Mair-Schrenk, 25.03.2020 - F84.0", "SCHOMBER Marie,
            # 16.03.16 - F84.0" -- the diagnosis' code after it says whose date it is (holdout36, session 32)
            out.append(Entity(start, end, EntityType.DOB, text[start:end], "dob-after-name"))
            continue
        if born > latest:
            recent.append((start, end, born))
            if born < this_year:
                gap = text[e.end:start]
                if text[start - 1] == "(" and text[end:end + 1] == ")":
                    siblings.append((start, end, True))
                elif _line_start(text, e.start) and gap.strip(" ") in (",", "-", "–", "") and "  " not in gap:
                    siblings.append((start, end, False))
            continue
        out.append(Entity(start, end, EntityType.DOB, text[start:end], "dob-after-name"))
        own = scan.search(_SELF_BEFORE, text, max(0, e.start - _SELF_REACH), e.start)
        if own is not None and not overlaps_any(taken, own.start("date"), own.end("date")) \
                and scan.search(_BIRTH_OR_INSURANCE, text, max(0, own.start() - _CUE_REACH), own.start()) is not None \
                and 1900 <= _year(text, own.start("date"), own.end("date"), this_year)[0] <= latest:
            # the writer's own before the companion's: "Geburtsdaten für die Versicherung: ich 14. 06. 1994,
            # Regula Rabe 08. 10. 1995", "me 5 Oct 1962, Siobhan Robinson 17 Oct 1946" (holdout33, session 29)
            out.append(Entity(own.start("date"), own.end("date"), EntityType.DOB, own.group("date"), "dob-after-name"))
    if recent and out:
        # the companions of a hotel's registration card, a family's list ("– Schenk, Sakura, 30.04.1954
        # / – Schenk, Zarina, 15.02.2024"): a recent date after a name, near an adult's date of birth
        # written the same way, is a child's
        out += _near(text, [(start, end) for start, end, _ in recent], [e.start for e in out], _LIST_REACH)
    older = [(start, end) for start, end, born in recent if born <= this_year - 2 and text[start - 1] == " "]
    if older:
        # a prison visit's second visitor ("Geburtsdatum: 12.03.1980" … "Besucher/in 2 (Kind): Flo Krenn,
        # 2022-05-13"): a date after a name two years old at least, near a date of birth found otherwise
        # (not last year's: "Bonn, 04.12.2025" of a letter's head is a town and its date; not a CSV row's
        # next cell: "Rachid Watson,2023-11-06" of a library's export is the card's date)
        taken_dates = {e.start for e in out}
        # (a full date: a year of birth alone ends a row of a club's list whose dates are members' joins --
        # "Frauke Zurbriggen   11.02.2021 … Jg. 1967")
        births = sorted(e.start for e in found if e.type == EntityType.DOB and len(e.text) > 4)
        out += [e for e in _near(text, older, births, _OTHER_REACH) if e.start not in taken_dates]
    if len(siblings) >= 2:
        # a family's children, each after a name: "Besuch für Paweł (15. Jänner 2019), Joanna (9. November
        # 2019)" on one line, "  Gudrun Specht, 24.Februar 2018" / "  Massimo Specht 20.November 2011" as a
        # list's items on lines one after the other (holdout26, session 23) -- not a message's date ("---
        # Message from K. Todd (14 Oct 2025) ---"), a table's column (animals' births, members' joins)
        taken_dates = {e.start for e in out}
        out += [e for e in _siblings(text, siblings) if e.start not in taken_dates]
    return out


# Words of a text about children, births or people signed up or insured, which a list of names with recent dates
# under them is one of ("meine Kinder (für die Versicherung):", "Besuch für …", "ich melde an:"; not "Freigabe:",
# "Letzte Besuche:", storms, releases, foals -- review of session 23)
_FAMILY_TALK = scan.compile(
    r"(?i:kind|child|kids|enfant|figli|figlio|figlia|bambin|sohn|söhne|tochter|töchter|\bsons?\b|daughter|\bfils\b"
    r"|\bfille|geburt|birth|\bborn\b|naiss|\bnée?\b|nasc|\bnat[oi]\b|\bgeb\.|versicher|assuran|insuran|assicura"
    r"|besuch[ ]für|visite[ ]pour|visit[ ]for|visita[ ]per|anmeld|melde[ ]an|inscri|iscri|sign[ -]?up|register"
    r"|teilnehm|particip|familie|famille|famiglia|family)"
)
_FAMILY_TALK_REACH = 400


def family_talk_before(text: str, pos: int, talk: list[int] | None = None) -> bool:
    """``text`` speaks of children, births, sign-ups or insurance within ``_FAMILY_TALK_REACH`` characters
    before ``pos`` (or on its line).  ``talk``: the ends of family_talk(text), for many questions about one text."""
    line_end = text.find("\n", pos)
    end = len(text) if line_end < 0 else min(line_end, pos + 200)
    if talk is None:
        return scan.search(_FAMILY_TALK, text, max(0, pos - _FAMILY_TALK_REACH), end) is not None
    k = bisect.bisect_left(talk, max(0, pos - _FAMILY_TALK_REACH) + 1)  # a word that ends inside the window
    return k < len(talk) and talk[k] <= end


def family_talk(text: str) -> list[int]:
    """Where each family word of ``text`` ends, in order: one scan of the text for all the dates asked about (a
    window of 400 characters searched per date cost ~1 s on 100 KB of "Basel, 25.10.2025" lines, session 31)."""
    return [m.end() for m in scan.finditer(_FAMILY_TALK, text)]


def _siblings(text: str, dates: list[tuple[int, int, bool]]) -> list[Entity]:
    """DOB entities for the sorted ``dates`` next to another of the same shape: in parentheses on the
    same line, or as items on the line before or after -- where the text speaks of a family (`family_talk_before`)."""
    kept = []
    talk: dict[int, bool] = {}  # a date's start -> family talk before it (asked once per date)
    words: list[int] | None = None
    for k, (start, end, paren) in enumerate(dates):
        for j in (k - 1, k + 1):
            if 0 <= j < len(dates) and dates[j][2] == paren:
                a, b = (dates[j][1], start) if j < k else (end, dates[j][0])
                if text.count("\n", a, b) == (0 if paren else 1) and b - a <= _LIST_REACH:
                    if start not in talk:
                        if words is None:
                            words = family_talk(text)
                        talk[start] = family_talk_before(text, start, words)
                    if talk[start]:
                        kept.append(Entity(start, end, EntityType.DOB, text[start:end], "dob-after-name"))
                    break
    return kept


def _life_of(text: str, name_start: int, end: int, born: int, this_year: int) -> bool:
    """The date ending at ``end`` starts a life's range (a death's date a life's length later: "Konstantinos
    Konstantinidis / 29. Apr. 1931 – 18. Juli 2024" of a memorial's plaque, holdout39), and its line says of no
    contract or term before the name ("Mietvertrag Anna Meier / 01.04.1990 – 31.03.2026" is a lease's term)."""
    if not life_span_after(text, end, born, this_year):
        return False
    lo = max(0, name_start - _LINE_REACH)
    line = max(lo, text.rfind("\n", lo, name_start) + 1)  # (no line break in reach: the reach, not the text's start)
    return scan.search(PERIOD_WORD, text, line, name_start) is None \
        and scan.search(_TERM_INSIDE, text, line, name_start) is None


def _line_start(text: str, pos: int) -> bool:
    """Only a bullet, a number or spaces before ``pos`` on its line (read at most 8 characters back)."""
    newline = text.rfind("\n", max(0, pos - 8), pos)
    if newline < 0 and pos > 8:
        return False
    return not text[newline + 1:pos].strip(" \t") or scan.search(_ITEM_BEFORE, text, max(0, pos - 8), pos) is not None


def _header_names_no_birth(text: str, pos: int) -> bool:
    """The row holding ``pos`` is under a header line (the first of the lines above it that hold the
    row's cell separator, no digit in it) without a birth key: the header decides what its dates are
    ("Kunde;Rechnungsdatum;Betrag", "| Mitglied | Eintritt |").  At most 40 lines up, 200 characters a line."""
    newline = text.rfind("\n", max(0, pos - 400), pos)
    if newline < 0 and pos > 400:
        return False  # a line longer than a table's row: no header to ask (the date stays a birth's)
    line_start = newline + 1
    line_end = text.find("\n", pos, pos + 400)
    row = text[line_start:line_end if line_end >= 0 else min(len(text), pos + 400)]
    sep = next((c for c in ("\t", "|", ";", ",", "  ") if c in row), None)  # (last: columns aligned by spaces)
    if sep is None:
        return False
    header = None
    start, blank = line_start, 0
    for _ in range(40):
        if start == 0:
            break
        newline = text.rfind("\n", max(0, start - 201), start - 1)
        if newline < 0 and start > 201:
            break  # a line longer than a header's
        prev = text[newline + 1:start - 1]
        if not prev.strip() and header is None and blank < 1:
            blank += 1  # one blank line between a header and its rows
            start = newline + 1
            continue
        if sep not in prev:
            break
        header, start = prev, newline + 1
    if header is None or any(c.isdigit() for c in header) or not _header_cells(header, sep):
        return False
    return scan.search(_BIRTH_WORD, header) is None


def _header_cells(line: str, sep: str) -> bool:
    """``line`` reads as a header's names: short cells, no sentence's end ("Kunde;Rechnungsdatum;Betrag";
    not "io e i miei figli, per l'assicurazione:" before a family's list -- holdout26, session 23); not one cell
    and a separator after it, a letter's salutation "Cara Rania," over its first paragraph (holdout33, session 29;
    an export's unnamed index column before one cell, ",Eintritt", is a header)."""
    if line.rstrip().endswith((":", ".", "!", "?")):
        return False
    cells = [cell for cell in line.split(sep) if cell.strip()]
    if len(cells) == 1 and line.rstrip().endswith(sep.strip() or sep):
        return False
    return all(len(cell) <= 32 and len(cell.split()) <= 4 for cell in cells)


_BIRTH_WORD = scan.compile(r"(?i:geb|birth|dob|naiss|nasc|born|né|nat[oa]|jahrg|jg|anniv|complean)")


def _cell_start(text: str, pos: int) -> bool:
    """A table's cell starts at ``pos``: a "|", ";" or tab before it, past spaces ("| Lea Brunner | 14.03.85 |")."""
    before = text[max(0, pos - 4):pos].rstrip(" ")
    return before[-1:] in ("|", ";", "\t") and before != ""


# a form's key first on its line before the name ("Patient/in:        ", "- Paziente: ", "**Patient:** ")
_FORM_KEY_BEFORE = scan.compile(
    r"(?:^|\n)[ \t]{0,4}(?:[-*•][ \t]{1,3})?(?:\*\*|__)?(?P<key>[^\W\d_][^\n:*]{0,60}):(?:\*\*|__)?[ \t]{1,24}\Z")
# keys whose value's date is a document's or an event's: its author, its signature, a customer since …
_DOCUMENT_KEY_WORDS = scan.compile(
    r"(?<![^\W\d_])(?i:seit|since|depuis|dal|datum|date|data|stand|unterschrift|unterzeichnet|signature|sign|firma|autor|author"
    r"|auteur|autore|erstellt|created|verfasst|version|protokoll|visum|visa|geprüft|checked|approved|freigabe)"
)


def _form_value(text: str, pos: int) -> bool:
    """The name at ``pos`` is a form's value: its line's key and a colon before it, a key that
    names no document's or event's date ("Autor:", "Unterschrift:", "Kunde seit:")."""
    key = scan.search(_FORM_KEY_BEFORE, text, max(0, pos - 96), pos)
    return key is not None and scan.search(_DOCUMENT_KEY_WORDS, key.group("key")) is None


def _near(text: str, dates: list[tuple[int, int]], anchors: list[int], reach: int) -> list[Entity]:
    """DOB entities for the ``dates`` within ``reach`` characters of one of the sorted ``anchors``."""
    out = []
    for start, end in dates:
        k = bisect.bisect_left(anchors, start)
        if (k < len(anchors) and anchors[k] - start <= reach) or (k and start - anchors[k - 1] <= reach):
            out.append(Entity(start, end, EntityType.DOB, text[start:end], "dob-after-name"))
    return out


def _year(text: str, start: int, end: int, this_year: int) -> tuple[int, bool]:
    """The year of the date text[start:end] (0 if none) and whether it was written with two digits:
    such a year is of this century up to this year's, of the last one after it."""
    year = scan.search(_YEAR, text, start, end) or scan.match(_COMPACT_YEAR, text, start, end)
    if year is not None:
        return int(year.group()), False
    short = scan.search(_SHORT_YEAR, text, start, end)
    if short is None:
        return 0, False
    yy = int(short.group())
    return (2000 + yy if yy <= this_year % 100 else 1900 + yy), True


def overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted spans overlaps [start, end) (the few before ``end`` are looked
    at; an overlap this misses is settled by the overlap resolution after)."""
    k = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, k - 8):k])


def disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap: disjoint, in order (one pass)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def covered_by_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted spans holds all of [start, end) (the few before ``end`` are looked
    at): a longer name found around a shorter one is still new ("R. da |Cunha|")."""
    k = bisect.bisect_left(spans, (end, end))
    return any(s <= start and end <= e for s, e in spans[max(0, k - 8):k])


# A date joined to a date of birth by a slash, a comma and a space, "&" or "and": the next person's
# ("09.04.1951 / 16.04.1956" in a rooming list's cell for a couple, "nés le 3.4.1980 et le 5.6.1982").
# (A comma without a space separates a CSV's cells: "12.03.1980,01.04.2025" is a birth and a start.)
_JOIN = r"[ \t]{0,3}(?:[/&+]|,(?=[ \t])|(?i:und|et|e|and|y)(?=[ \t]))[ \t]{0,3}(?:(?i:le|am|il|on)[ \t]{1,3})?"
# After a comma or a word the joined date must end its clause ("nés le 3.4.2012 et le 5.6.2015, …"),
# not lead on ("geb. 14.02.1978, 03.05.2023: Kontrolle", "nata il … e il 15.03.2020 assunta"; review
# of session 17); after "/", "&" or "+" it is a cell's or a pair's next value.
_JOINED_AFTER = scan.compile(
    rf"(?:[ \t]{{0,3}}[/&+][ \t]{{0,3}}(?P<date>{DATE})(?!\d)"
    rf"|{_JOIN}(?P<clause>{DATE})(?!\d)(?=[ \t]{{0,3}}(?:[,.;)|\t\r\n]|\Z)))"
)
_JOINED_BEFORE = scan.compile(rf"(?<!\d)(?P<date>{DATE}){_JOIN}\Z")
_LIST_MAX = 8  # dates joined to one date of birth, either side


_JOIN_WORDS = frozenset({"und", "et", "e", "and", "y"})
_JOIN_ARTICLES = frozenset({"le", "am", "il", "on"})


def _joined_before(text: str, start: int) -> bool:
    """A join ("/", "&", "+", ",", "und", "et le" …) stands right before ``start`` (a cheap test)."""
    words = text[max(0, start - 20):start].rsplit(None, 2)[-2:]
    if words and words[-1].lower() in _JOIN_ARTICLES:
        words = words[:-1]  # "et le", "und am"
    last = words[-1] if words else ""
    return last[-1:] in ("/", "&", "+", ",") or last.lower() in _JOIN_WORDS


def birth_date_lists(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """Dates joined to a date of birth ("date / date", "date, date", "date und date") are dates of
    birth too: one cell or clause lists a couple's or a family's (holdout17's rooming lists left the
    second and third in clear).  Only a date of a past year from 1900 on (not "geb. 12.03.1980 /
    Eintritt 01.04.2025" -- a word stands between -- nor a date still to come).  At most ``_LIST_MAX``
    either side; each step is one bounded match."""
    found = [e for e in entities if e.type == EntityType.DOB]
    if not found:
        return []
    this_year = datetime.date.today().year
    taken = {(e.start, e.end) for e in found}
    out: list[Entity] = []

    def take(m: re.Match[str]) -> int | None:
        """The start of the date ``m`` found, if it is taken as a date of birth (else None)."""
        group = "clause" if "clause" in m.re.groupindex and m.group("clause") is not None else "date"
        start, end = m.start(group), m.end(group)
        if (start, end) in taken:
            return None
        year, _ = _year(text, start, end, this_year)
        if not 1900 <= year < this_year:
            return None
        taken.add((start, end))
        out.append(Entity(start, end, EntityType.DOB, text[start:end], "dob-list"))
        return start

    for e in found:
        end = e.end
        for _ in range(_LIST_MAX):
            m = scan.match(_JOINED_AFTER, text, end)
            if m is None or take(m) is None:
                break
            end = m.end()
        start = e.start
        for _ in range(_LIST_MAX):
            if not _joined_before(text, start):
                break  # (the search below tries 48 starts: only where a join stands right before)
            m = scan.search(_JOINED_BEFORE, text, max(0, start - 48), start)
            taken_start = None if m is None or m.end() != start else take(m)
            if taken_start is None:
                break
            start = taken_start
    return out


# A newborn's card or message: the date, its time, then weight and length ("14.03.2025 um 15:05 Uhr, 3654 g,
# 53 cm", "née le 11/11/2024 à 18:00, 3032 g, 54 cm"), or a child who "arrived" on a date ("Unsere Tochter Leonie
# ist jetzt schon am 2026-06-15 gekommen!", "Notre fille Gwenola est arrivée le 03/01/2026"; holdout19, session 20)
_WEIGHT_AND_LENGTH = scan.compile(r"[1-5](?<![\w.,][1-5])[.']?\d{3}[ ]?gr?,[ ]\d{2}(?:[.,]\d)?[ ]?cm(?![\w])")
# the date, then at most its time, right before the weight
_DATE_BEFORE_WEIGHT = scan.compile(
    rf"(?P<date>{DATE})(?:,?[ ](?:um|à|alle|at)[ ]\d{{1,2}}[:.h]\d{{2}}(?:[ ]Uhr|[ ]?[ap]m)?)?,?[ ]\Z"
)
# A child's date of birth before its height, as a ski rental or a sports club lists those it equips ("- Vivian,
# 6. Mai 2021, 137 cm, 38 kg", "- Ruth Lam, 11/19/2018, 126 cm"; holdout31, read in session 27): a line that is a
# name, a date and a body's height is a person's
_HEIGHT = scan.compile(r"[1-2]?\d{2}[ ]?cm(?![\w])")
# (an item of its own: a bullet, a name, the date -- not "versandt am 03.02.2025, 120 cm, 30 kg" of a parcel)
_DATE_BEFORE_HEIGHT = scan.compile(
    rf"(?:\A|\n)(?:>[ ]?){{0,3}}[ \t]{{0,4}}(?:[-*•][ ]{{1,3}})?[A-ZÀ-ÖØ-Þ][^\W\d_]{{1,29}}"
    rf"(?:[ \-][A-ZÀ-ÖØ-Þ][^\W\d_]{{1,29}}){{0,2}},[ ](?P<date>{DATE}),[ ]\Z"
)
_ARRIVAL = scan.compile(
    rf"(?:arriv(?:ée?s?|é|at[oaie])[ ](?:le|il)|arrived[ ]on|am)[ ](?P<date>{DATE})(?!\d)"
)
_GEKOMMEN = scan.compile(r"[ ](?:zur[ ]Welt[ ])?gekommen(?![\w])")
_CHILD_WORDS = ("Tochter", "Sohn", "Baby", "fille", "fils", "bébé", "figlia", "figlio", "bambin", "daughter", "son ",
                "baby")
# ... or a parent's leave after it ("Alan arrived on 01/18/2026! As discussed I'd like to start my leave";
# holdout31, read in session 27)
_LEAVE_WORDS = ("my leave", "parental leave", "Elternzeit", "Mutterschaft", "Vaterschaft", "congé", "congedo",
                "maternit", "paternit")
_CHILD_GATE = Gate(_CHILD_WORDS + _LEAVE_WORDS)
# a name alone starts the sentence before "arrived"
_NAME_STARTS_SENTENCE = scan.compile(r"(?:\A|[\n.!?][ ]{0,2})[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}[ ]\Z")


def newborn_dates(text: str) -> list[Entity]:
    """A newborn's date of birth: right before its weight and length (its time may stand between), or the
    date a child "arrived" on (see above).  Found from the weight (a digit class the engine skips to) and
    from "arriv"/"gekommen" (substring tests): a text without them costs two C scans."""
    out: list[Entity] = []
    if "cm" in text:
        for m in scan.finditer(_WEIGHT_AND_LENGTH, text):
            date = scan.search(_DATE_BEFORE_WEIGHT, text, max(0, m.start() - 64), m.start())
            if date is not None:
                out.append(Entity(date.start("date"), date.end("date"), EntityType.DOB, date.group("date"), "dob"))
        this_year = datetime.date.today().year
        for m in scan.finditer(_HEIGHT, text):
            date = scan.search(_DATE_BEFORE_HEIGHT, text, max(0, m.start() - 120), m.start())
            if date is not None and _past_year(date.group("date"), this_year):
                out.append(Entity(date.start("date"), date.end("date"), EntityType.DOB, date.group("date"), "dob"))
    if ("arriv" in text or "gekommen" in text) and _CHILD_GATE.opens(text):
        for m in scan.finditer(_ARRIVAL, text):
            sentence = text[max(0, m.start() - 80):m.start()]
            if not any(word in sentence for word in _CHILD_WORDS) and not (
                    scan.search(_NAME_STARTS_SENTENCE, sentence) is not None  # ("Sherri arrived on", not "the
                    # parcel", "The shipment from DHL", "Il tecnico Rossi")
                    and any(word in text[m.end():m.end() + 120] for word in _LEAVE_WORDS)):
                continue
            if m.group().startswith("am") and scan.match(_GEKOMMEN, text, m.end()) is None:
                continue  # "am 3. März" alone is any date; the German needs "gekommen" after it
            out.append(Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"), "dob"))
    return out


def _past_year(date: str, this_year: int) -> bool:
    """The date's year -- four digits, or two after a separator -- is 1900 or later and before this one."""
    digits = date[len(date.rstrip("0123456789")):]
    if len(digits) == 2:
        year = int(digits) + (2000 if int(digits) < this_year % 100 else 1900)
    elif len(digits) == 4:
        year = int(digits)
    else:
        return False
    return 1900 <= year < this_year
