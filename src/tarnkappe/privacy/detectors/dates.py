"""Dates of birth: a date shortly after a birth cue word (de/fr/it/en), or right after the
genealogical "*" or English "b.".

Plain dates (invoice dates, deadlines) are not personal data on their own and
masking them would hurt answers, so only cue-anchored dates are masked.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan

_MONTHS = (
    r"Jan(?:uar|uary)?|J[äa]nner|Feb(?:ruar|ruary)?|M[äa]r(?:z|ch)?|Apr(?:il)?|Mai|May|Jun[ie]?|Jul[iy]?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|De[zc](?:ember)?"
    r"|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre"
)
_DATE = (
    r"(?:\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    rf"|(?:\d{{1,2}}|1er|1°)(?:\.|st|nd|rd|th)?(?:\s{{1,8}}(?:of\s{{1,8}})?|-)(?:{_MONTHS})\.?(?:\s{{1,8}}|-)(?:19|20)?\d{{2}}"
    rf"|(?:{_MONTHS})\.?\s{{1,8}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,8}}(?:19|20)\d{{2}})"
)
_CUES = (
    r"geboren|geb\.|Geburtsdatum|Geb\.-?Datum|Geburtstag|Jahrgang"
    r"|née?(?:\(e\)|·e)?|nee|date\s{1,8}de\s{1,8}naissance|naissance"
    r"|nat[oa]|data\s{1,8}di\s{1,8}nascita|nascita"
    r"|born|DOB|D\.O\.B\.|date\s{1,8}of\s{1,8}birth|birth\s{0,8}date|birthday"
)
_CUES_G = r"eboren|eb\.|eburtsdatum|eb\.-?Datum|eburtstag"
_CUES_N = r"ée?(?:\(e\)|·e)?|ee|at[oa](?:/[ao])?|aissance|ascita"  # né(e), né·e, nato/a
_CUES_D = r"ate\s{1,8}de\s{1,8}naissance|ata\s{1,8}di\s{1,8}nascita|OB|\.O\.B\.|ate\s{1,8}of\s{1,8}birth"
_CUES_B = r"orn|irth\s{0,8}date|irthday"
# cue, then up to four short words ("am", "le", "in Luzern am"; also a question and the answer's
# speaker: "votre date de naissance, pour vérifier ?\nClient : 3 janvier 1965"), then the date;
# a form may align its values with many spaces ("Nato il:         10.08.2002")
# The first letter is matched case-sensitively (both cases listed) and only the rest with
# (?i:...): a case-insensitive first character makes the engine's scan for it ~1.7x slower.
# Bounded (scan.py): white space runs of at most 8, words of at most 48 characters.
_DOB = scan.compile(
    rf"[gGjJnNdDbB](?<!\w[gGjJnNdDbB])(?i:(?:(?<=[gG])(?:{_CUES_G})|(?<=[jJ])ahrgang|(?<=[nN])(?:{_CUES_N})|(?<=[dD])(?:{_CUES_D})|(?<=[bB])(?:{_CUES_B}))(?![^\W\d_])[\s:,]{{0,24}}(?:[^\W\d_][\w'’\-]{{0,47}}\.?[\s,:?!]{{1,24}}){{0,4}}?(?P<date>{_DATE})(?!\d))",
)


# The signs and abbreviations for "born" right before a date: the genealogical asterisk
# ("Hans Muster, * 12.03.1980", "(*14. Mai 1975)"), English "b." ("b. 3 March 1948") and, in
# parentheses, Italian "n." ("(n. 26/02/1977)": after no "(" it is "numero").
_BORN_SIGN = scan.compile(rf"(?:(?<![\w*])\*|(?<![\w.])b\.|(?<=\()n\.)[ \u00a0]{{0,2}}(?P<date>{_DATE})(?!\d)")
# A table's header cell that names the date of birth ("| Name | Geburtsdatum | Telefon",
# "Name;Date of birth;Phone"): the dates in that column below are dates of birth.
_HEADER_CUE = scan.compile(
    r"(?i)(?:geburtsdatum|geb\.?[ -]?datum|geboren|date de naissance|née?(?:\(e\))? le|naissance"
    r"|data di nascita|nat[oa](?:/[ao])? il|date of birth|birth ?date|d\.?o\.?b\.?|born)"
)
_DATE_CELL = scan.compile(rf"[ \t]{{0,24}}(?P<date>{_DATE})[ \t]{{0,24}}")


class BirthDateDetector:
    """Cue-anchored dates of birth."""

    name = "dob"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the date part (not the cue) as DOB."""
        for m in scan.finditer(_DOB, text):
            yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
        if "*" in text or "b." in text or "(n." in text:
            for m in scan.finditer(_BORN_SIGN, text):
                yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
        yield from _table_column(text)


def _table_column(text: str) -> Iterator[Entity]:
    """Dates in a table's date-of-birth column: a header line split by "|", ";", a tab or ","
    has a cell naming the date of birth; on each following line split the same way (up to a
    blank line or a line without the separator), that column's cell, if it is a date.
    Linear: each line is split once."""
    for cue in scan.finditer(_HEADER_CUE, text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        header = text[line_start:line_end]
        sep = next((c for c in "|;\t," if c in header), None)
        if sep is None:
            continue
        offset = cue.start() - line_start
        column = header.count(sep, 0, offset)
        pos = line_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = text[pos:end]
            if sep not in row:
                break
            cells = row.split(sep)
            if column < len(cells):
                cell_start = pos + sum(len(c) + 1 for c in cells[:column])
                m = scan.fullmatch(_DATE_CELL, text, cell_start, cell_start + len(cells[column]))
                if m is not None:
                    yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
            pos = end + 1
