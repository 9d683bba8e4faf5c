"""Dates of birth: a date shortly after a birth cue word (de/fr/it/en), or right after the
genealogical "*" or English "b.".  A date in a table's birth-date column or after a "Geburtsdatum"
key of structured text is found by ``fields.py``, a date written in words by ``word_dates.py``.

Plain dates (invoice dates, deadlines) are not personal data on their own and
masking them would hurt answers, so only cue-anchored dates are masked.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from . import scan

MONTHS = (
    r"Jan(?:uar|uary)?|J[äa]nner|Jän|Feb(?:ruar|ruary)?|Feber|M[äa]r(?:z|ch)?|Maerz|Mrz|Apr(?:il)?|Mai|May|Jun[ie]?|Jul[iy]?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|De[zc](?:ember)?"
    r"|janvier|janv|f[ée]vrier|f[ée]vr?|mars|avril|avr|juin|juillet|juil|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|d[ée]c"
    # (French cut to four letters, as forms with narrow fields print them: "26 octo. 2002", "21 nove. 1964")
    r"|avri|octo|nove|d[ée]ce"
    r"|gennaio|genn?|febbraio|febb?r?|marzo|aprile|maggio|magg?|giugno|giu|luglio|lug|agosto|ago|settembre|sett?"
    r"|ottobre|ott|dicembre|dic"
)
# A date with day, month and year: numeric (12.03.1985, 1985-03-12, 12/03/85), with the month's
# name ("3rd of March, 1985", "12 Mar '85", "March 3rd, 1985", "28.Juni 1946", "14TH JANUARY 1986":
# any case), with a Roman month as Austrian and medical forms write it ("12. III. 1985", "21/II/1986",
# "21-II-86"), and compact
# as registers and HL7 write it (19850312: a real month and day, so "20231299" is no date; "14MAR1985" as
# travel and medical systems print it), with spaces alone between a day, a month and a full year
# ("14 03 1985", as a form's boxes are typed).  A
# four-digit year from 1500 on: family trees give their ancestors' births ("* 07.03.1844").
_YEAR4 = r"(?:1[5-9]|20)\d{2}"
DATE = (
    r"(?:\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:1[5-9]|20)?\d{2}"
    rf"|{_YEAR4}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
    rf"|(?:\d{{1,2}}|1er|1°)(?:\.\s{{0,8}}+|(?:st|nd|rd|th|ST|ND|RD|TH)?(?:\s{{1,8}}(?:of\s{{1,8}})?|-))"
    rf"(?i:{MONTHS})\.?,?(?:\s{{1,8}}|-)"
    r"(?:(?:1[5-9]|20)?\d{2}|['’]\d{2})"
    rf"|(?i:{MONTHS})\.?\s{{1,8}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,8}}{_YEAR4}"
    rf"|\d{{1,2}}(?:\.\s?|/|-)(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s?|/|-)(?:{_YEAR4}|\d{{2}}(?!\d))"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|\d{1,2}(?i:JAN|FEB|MAR|MRZ|APR|AVR|MAY|MAI|MAG|JUN|GIU|JUL|LUG|AUG|AGO|AOU|SEP|SET|OCT|OKT|OTT"
    r"|NOV|DEC|DEZ|DIC|GEN|FEV)(?:19|20)?\d{2}"
    r"|\d{1,2}[ ]{1,2}\d{1,2}[ ]{1,2}(?:19|20)\d{2})"
)
_CUES = (
    r"geboren|geb\.|Geburtsdatum|Geb\.-?Datum|Geburtstag|Jahrgang"
    r"|née?s?(?:\(e\)s?|·e)?|nee|date\s{1,8}de\s{1,8}naissance|naissance|DDN"
    r"|nat[oai]|data\s{1,8}di\s{1,8}nascita|nascita"
    r"|born|DOB|D\.O\.B\.|date\s{1,8}of\s{1,8}birth|birth\s{0,8}date|birthday"
)
# ("Geb.Dat.", "Geb. Datum", "Gebdat.", as forms abbreviate it; not "Geb:", a building's "Gebäude" too)
_CUES_G = r"eboren|eb\.(?:[ \-]?Dat(?:um|\.)?)?|eburtsdat(?:um|urn|\.)|eburtstag|ebdat(?:um|\.)?|eburtsurkunde"
# né(e), né·e, nés, nato/a, nati (not "nate": the English first name); "NE(E) LE" of forms in capitals
_CUES_N = r"ée?s?(?:\(e\)s?|·e)?|e\(e\)|ee|at[oai](?:/[ao])?|aissance|aiss\.?|ascita|asc\."
_CUES_D = (r"ate\s{1,8}de\s{1,8}naissance|ata\s{1,8}di\s{1,8}nascita|OB|\.O\.B\.|ate[\s_]{0,8}of[\s_]{0,8}birth|DN"
           r"|\.[ ]?N\.")
_CUES_B = r"orn|irth[\s_\-]{0,8}date|irthday|irth\s{1,8}certificate"
# cue, then up to four short words ("am", "le", "in Luzern am"; also a question and the answer's
# speaker: "votre date de naissance, pour vérifier ?\nClient : 3 janvier 1965", "Bitte bestätigen Sie Ihr
# Geburtsdatum.\nEleonora: 18.12.1987"; "(BA)", "/"), then the date;
# a form may align its values with many spaces ("Nato il:         10.08.2002") or dot leaders ("geboren am
# ....... 11.12.1948"), after a qualifier in parentheses ("Geburtsdatum (18+) ... 01-04-1990", "Date de naissance
# (majeur) ... 21 OCTOBRE 2003"; holdout30, session 27: the date on the same line -- an empty "Geburtsdatum (falls
# bekannt) ....." does not reach the next line's date), and Markdown,
# LaTeX and tables put their marks between ("**Geburtsdatum:** …", "\\textbf{DOB:} …", "| DOB | …"),
# and code and markup theirs ("birthdate = '…'", '<birthDate value="…"/>', "<dateOfBirth>…").
# "-" and "'" separate only right after the cue ("DOB - 12/03/1985"): between the words they
# belong to the words, or a run of them could be split in many ways (test_linear_time).
# The first letter is matched case-sensitively (both cases listed) and only the rest with
# (?i:...): a case-insensitive first character makes the engine's scan for it ~1.7x slower.
# Bounded (scan.py): white space runs of at most 8, words of at most 48 characters.
# A transcript's time stamps between the question and the answer ("votre date de naissance\nspk1 0:37
# 14 juin 1973", "[00:24.074] SPEAKER_01: …", SRT's "00:00:12,000 --> 00:00:15,000"): words of the
# pattern below.  (A stamp starts with a digit, a word with a letter: no position is both.)  A date
# with a time after it is a chat's stamp ("… dein geburtsdatum?\n[03.12.26, 19:08:53] Darsh: …"), not the answer.
_STAMP = r"\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?(?:[ ]-->)?"
# (a chat's stamp starts its line or its bracket: "\n03.12.26, 19:08 - Darsh: …", "[03.12.26, 19:08:53]"; a
# date of birth right after its cue may have a time, as exports print one: "Geburtsdatum: 12.03.1980 00:00:00",
# "DOB: 1980-03-12 00:00" -- and a midnight is no chat's stamp)
_NO_STAMP = r"(?!(?<=[\n\[])\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4},?[ ](?!00:00)\d{1,2}:\d\d)"
_DOB = scan.compile(
    rf"[gGjJnNdDbB](?<![^\W_][gGjJnNdDbB])(?i:(?:(?<=[gG])(?:{_CUES_G})|(?<=[jJ])ahrgang|(?<=[nN])(?:{_CUES_N})"
    rf"|(?<=[dD])(?:{_CUES_D})|(?<=[bB])(?:{_CUES_B}))(?![^\W\d_])(?:[ ]{{1,2}}\([^()\n]{{1,24}}+\)"
    r"(?:[ ]{0,2}[.…]{2,60}+)?[ \t]{0,8}+(?![\s.…]))?(?:[ ]{0,2}[.…]{2,60}+)?"
    rf"[\s:,.?(*_|{{}}\[\]\-–=\"'<>]{{0,24}}(?:(?:[^\W\d_][\w'’.\-]{{0,47}}|{_STAMP})"
    rf"(?:[\s,:?!()/*|{{}}\[\]–=\"<>]{{1,24}}|[ ]{{1,2}}\.{{3,60}}+[ ]{{1,24}})){{0,4}}?"
    rf"{_NO_STAMP}(?P<date>{DATE})(?!\d))",
)
# (its cues start with "né", "d." or longer strings: a few places of a letter, where its first letters g, j, n,
# d, b start most words -- ~150 us a scan of the ~2,000-token prompt; found by the start index instead)
scan.note_rare_starts(_DOB)
# Birthday cues of French and Italian, looked for only where the text has them (a first letter a/c
# in the pattern above would make the engine try every "a" and "c"): "Anniversaire : 13.10.1988".
# Up to three short words may stand between ("joyeux anniversaire pour le 6/25/1951", "tanti auguri per
# il compleanno del 12/22/1965": a mail merge's preview with the date of birth in the wrong field).
_BIRTHDAY = scan.compile(
    rf"(?<!\w)(?:[Aa]nniversaire|ANNIVERSAIRE|[Cc]ompleanno|COMPLEANNO)[\s:,(*|]{{0,24}}"
    rf"(?:[^\W\d_]{{1,8}}[ ]){{0,3}}(?P<date>{DATE})(?!\d)"
)
# A date of birth corrected: the other date right after it is the same person's ("als Geburtsdatum
# 01/07/1979 statt 07/01/1979", "la date de naissance indiquée est le 21.02.1973 au lieu du 20.02.1973",
# "10 NOVEMBRE 1988 invece di 11 OTTOBRE 1988", "says 10/12/1975 instead of 12/10/1975"; holdout29, read in
# session 26): one of the two is wrong, the other is the birth, and a reader cannot tell which.
_CORRECTION = scan.compile(
    r"[ ,(]{1,3}(?:statt|anstatt|anstelle[ ]von|und[ ]nicht|nicht|au[ ]lieu[ ]d[eu]|au[ ]lieu[ ]de[ ]l[ae']|et[ ]non"
    r"(?:[ ]pas)?|et[ ]pas|plutôt[ ]que|invece[ ]d(?:i|el|ello)|anziché|e[ ]non|instead[ ]of|rather[ ]than|not)"
    rf"(?:[ ]{{1,3}}(?:(?:le|il|the|dem)[ ])?|[ ]dell['’])[\"„“«'‘]?(?P<date>{DATE})(?!\d)"
)
_CORRECTION_STARTS = frozenset(" ,(")
# A date of birth said wrong, and the right one later in the sentence: "Mein Geburtsdatum im System ist falsch,
# richtig ist der 01.08.2003", "my date of birth is wrong in the system, it should be May 10, 1985", "Ma date de
# naissance est erronée, la bonne est le 30.09.1990", "La data di nascita è sbagliata: è il 23 ott 1980" (holdout34,
# read in session 30: the cue more than four words before the date).  The cue is found first (rare words), then
# the right one's words and the date on the rest of its line, at most _STATED_REACH characters on.
_STATED_CUE = scan.compile(
    r"(?<![\w])(?i:geburtsdatum|geburtstag|geb\.-?datum|date[ ]de[ ]naissance|data[ ]di[ ]nascita"
    r"|date[ ]of[ ]birth|birth[ ]?date|dob|birthday)(?![\w])"
)
_STATED = scan.compile(
    r"(?i:(?:richtig|korrekt)(?:[ ](?:ist|wäre))?|(?:it[ ])?should[ ](?:be|read)|is[ ]actually"
    r"|(?:the[ ])?(?:correct|right)(?:[ ](?:one|date))?[ ]is|la[ ]bonne(?:[ ]date)?[ ]est|c'est|est[ ]en[ ]fait"
    r"|(?:quella[ ])?(?:giusta|corretta)[ ]è|è|dovrebbe[ ]essere)"
    rf"[ ]{{0,2}}[:,]?[ ]{{0,2}}(?:(?i:der|den|am|le|il|the)[ ]{{1,2}})?(?P<date>{DATE})(?!\d)"
)
_STATED_REACH = 120
_STATED_CUES = 64  # cues looked past at most per text (a text of nothing but "DOB DOB …" is read once)
_STATED_GATE = Gate(("eburts", "naissance", "nascita", "birth", "DOB", "dob", "Dob", "eb.-Datum", "eb.Datum"))
# A date with the sex after it, as laboratories and registers write a patient: "05.08.1954 (F)".
_SEX_AFTER = scan.compile(rf"(?P<date>{DATE})[ ]{{0,2}}\((?:[MFWDmfwd]|männlich|weiblich|male|female)\)")


# The signs and abbreviations for "born" right before a date: the genealogical asterisk
# ("Hans Muster, * 12.03.1980", "(*14. Mai 1975)"; a gravestone's star: "✶ 3. März 1952   † 29.05.2024")
# and French degree sign ("° 24 septembre 1876"),
# English "b." ("b. 3 March 1948") and, in parentheses, after a comma or first on a line, Italian "n."
# ("(n. 26/02/1977)", "Swen Guscetti, n. 15/07/1911", a patient's "n. 11.03.1990" under the name;
# elsewhere it is "numero": "Fattura n. 12/03/24" -- tested in Python, see _italian_sign).  Each sign
# first, its look-behind after: a look-behind first kept the engine from skipping to the signs'
# characters (~500 us on the ~2,000-token prompt, now ~60).
_BORN_SIGN = scan.compile(
    rf"(?:[*✶✱⁎](?<![\w*✶✱⁎][*✶✱⁎])|°(?<![\w°]°)|b\.(?<![\w.]b\.)|n\.(?<![\w.]n\.))[ \u00a0]{{0,2}}"
    rf"(?P<date>{DATE})(?!\d)"
)
# "wurde am 13. April 1944 (in Bern) geboren": German puts the cue after the date.  Read only in the
# 80 characters before each "geboren", back from it.
# (The date starts with a digit there: "(?=\d)" first lets the engine pass every other position
# with one test -- without it each of the 80 tried the month names: ~50 us per "geboren".)
_DATE_BEFORE_BORN = scan.compile(
    rf"(?=\d)(?P<date>{DATE})(?:[ ,]{{1,8}}[^\W\d_][\w'’.\-]{{0,47}}){{0,5}}[ ]{{1,8}}\Z"
)
# A date made in code, as test fixtures and seed data write a birth date: "birth_date=date(1985, 3,
# 12)", "dob: LocalDate.of(1985, 3, 12)", "Geburtsdatum = new DateTime(1985, 3, 12)", "time.Date(1985,
# time.March, 12, 0, 0, 0, 0, time.UTC)": a call of something named "date" with a year, a month and a
# day, a birth key at most 60 characters before it.  The scan starts at "(" and a year.
_DATE_CALL = scan.compile(
    r"\((?:1[5-9]|20)\d{2},[ ]?(?:\d{1,2}|[A-Za-z_][\w.]{0,24}+),[ ]?\d{1,2}(?:,[^()\n]{0,60}+)?\)"
)
_CALL_NAME = scan.compile(r"(?:new[ ])?[A-Za-z_][\w.]{0,30}+\Z")
_BIRTH_KEY = scan.compile(r"(?i:birth|dob|geburt|gebdat|naissance|nascita|born)")


# A child's name with a date in parentheses under a heading or cue naming children ("Kinder:\n-
# Bilal (6.2.2019): …", "Kids: Summer (06/13/2020)"): the date is the child's birth.
# (or brackets, the month's name first: "Levin [4.3.2017]", "Juniper (June 13, 2020)"; or "(il 06/01/2013)" with
# an article, a date in the past: "Elternabend (am 12.03.2026)" is an event, holdout29 and review of session 26)
_DATE_IN_PARENTHESES = scan.compile(
    rf"(?:\((?P<article>(?:il|le|am|on|né[e]?[ ]le|nat[oa][ ]il|geb\.|b\.)[ ])?(?P<date>{DATE})\)"
    rf"|\[(?P<bracketed>{DATE})\])"
)
_YEAR_IN_DATE = scan.compile(r"(?:1[5-9]|20)\d{2}(?!\d)")
_NAME_BEFORE = scan.compile(r"[^\W\d_][\w'’\-]{0,30}+[ ]\Z")
# (in lower case too, as a social worker's note writes them: "vive sola con i figli Liezl (01/08/2022)", "with
# her children Sonny (14/01/2023)"; scanned only once a date in parentheses follows a name)
_CHILDREN_CUE = scan.compile(
    r"(?<!\w)(?i:Kinder|Kind|Sohn|Tochter|Söhne|Töchter|Enkel|Enkelin|Kids|Children|Child|Son|Daughter|Sons"
    r"|Daughters|Grandchildren|Enfants|Enfant|Fils|Fille|Filles|Bambini|Bambino|Bambina|Figli|Figlio|Figlia"
    r"|Figlie|Nipoti)(?!\w)"
)
_TIME_AFTER = scan.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+\-]\d\d:?\d\d)?(?![\w])")
_SEX_MARK = scan.compile(r"\((?:[MFWDmfwd]|männlich|weiblich|male|female)\)")
# A year of birth alone, after its cue ("Jahrgang 1985", "Jg. 1985", "Geburtsjahr: 1987", "born in 1985",
# "YOB 1985", "b. 1985", "né en 1985", "nato nel 1985", Italian "classe 1985", "Maria Rossi (*1985)"; not a
# school's "Abiturjahrgang 1994"): found from the
# years of a text (a digit first: cheaper than a scan for the cue words), each judged by the 28
# characters before it.  Its first character is a class the engine skips to (a leading look-behind
# made it try every position: ~5x the time on the ~2,000-token prompt); the look-behinds then read
# back over that character.
_YEAR_CANDIDATE = scan.compile(
    r"[12'’](?<![\w\-/][12'’])(?:(?<!\.[12'’])|(?<=[gGbB]\.[12'’]))(?:(?<=1)9\d{2}|(?<=2)0\d{2}|(?<=['’])\d{2})"
    r"(?![\w.\-/,]\d|[\w%€$])"
)
_YEAR_CUE_BEFORE = scan.compile(
    r"(?:(?<![\w])(?i:geburtsjahr|jahrgang|year[ ]of[ ]birth|birth[ ]?year|année[ ]de[ ]naissance|anno[ ]di[ ]nascita"
    r"|born[ ]in|(?<=[,(][ ])born|(?<=\()born|née?[ ]en|nat[oa][ ]nel|jg\.?|jahrg\.|yob|b\.|(?<![Ll]a[ ])classe)"
    r"[ \t]{0,3}:?[ \t]{0,3}"
    r"|\(\*[ ]?)\Z"
)


# Year cues that are also a vintage, a volume, an answer or a school class (see _dates); and the cues
# after which a year may be written with two digits ("classe '85", "Jg. '71").
_AGED_CUES = ("jahrgang", "jahrg", "jg", "b.", "classe")
_SHORT_YEAR_CUES = ("jahrgang", "jahrg", "jg", "classe", "born in", "né", "nat")
# A year of birth in two digits after "Jahrgang"/"Jg" ("Jahrgang 85, ledig", "Jg 71, Bern").
_TWO_DIGIT_AFTER_JG = scan.compile(r"(?<![\w])(?i:jahrgang|jahrg\.|jg\.?)[ ]{1,3}(?P<year>\d{2})(?![\d.,:/\-]\d|\w)")
# Labels of a line whose date is no answer to a question for the date of birth on the line before it.
_DATE_LABELS = frozenset(
    "termin datum date appointment rendez-vous rdv appuntamento visite besuch frist deadline ankunft arrival"
    " heute today abgabe fällig".split()
)
_VOLUME_BEFORE = scan.compile(r"\d[.][ ]?\Z")  # "45. Jg." of a journal, "246. Jg." of a newspaper
_JG_GATE = Gate(('ahrg', 'Jg', 'jg', 'JG'))
_BIRTHDAY_GATE = Gate(('niversaire', 'ompleanno', 'NIVERSAIRE', 'OMPLEANNO'))
_BORN_SIGN_GATE = Gate(('*', 'b.', 'n.', '°', '✶', '✱', '⁎'))
_DATE_CALL_GATE = Gate(('(1', '(2'))
_HEADING_GATE = Gate((':\n', ':\r\n'))


def _stated_later(text: str, this_year: int) -> Iterator[Entity]:
    """The right date of birth after its cue said it was wrong, on the cue's line (see _STATED): a date of a
    past year, the first date after the cue."""
    for k, cue in enumerate(scan.finditer(_STATED_CUE, text)):
        if k >= _STATED_CUES:
            return
        end = text.find("\n", cue.end(), cue.end() + _STATED_REACH)
        end = min(len(text), cue.end() + _STATED_REACH) if end < 0 else end
        first = scan.search(_FIRST_DATE, text, cue.end(), end)
        if first is None:
            continue
        m = scan.search(_STATED, text, max(cue.end(), first.start() - 40), min(len(text), first.end() + 1))
        if m is None or m.start("date") != first.start():
            continue
        year = _year_of(m.group("date"), this_year)
        if year is not None and 1900 <= year < this_year:
            yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))


def _life_dates(text: str, this_year: int) -> Iterator[Entity]:
    """The first of two full dates across a dash when the second is a life's length later (see _LIFE_DASH); both
    with a four-digit year."""
    for dash in scan.finditer(_LIFE_DASH, text):
        start = dash.start()
        while start and start > dash.start() - 2 and text[start - 1] in " \u00a0":
            start -= 1
        gap = scan.match(_LIFE_GAP, text, dash.end())
        after_start = dash.end() if gap is None else gap.end()
        if text[dash.start()] == "-" and after_start == dash.end():
            continue  # a hyphen between two dates is a range only with spaces around it ("06.09.1929 - 25.11.2025")
        if not start or not text[start - 1].isalnum() or not text[after_start:after_start + 1].isalnum():
            continue
        after = scan.match(_LIFE_AFTER, text, after_start)
        if after is None:
            continue
        before = scan.search(_LIFE_BEFORE, text, max(0, start - 32), start)
        if before is None or not _life_lead(text, before.start("date")):
            continue
        born, died = _full_year(before.group("date")), _full_year(after.group())
        if born is not None and died is not None and 1800 <= born <= died - _LIFE_YEARS and died <= this_year + 1:
            yield Entity(before.start("date"), before.end("date"), EntityType.DOB, before.group("date"))


def life_span_after(text: str, end: int, born: int, this_year: int) -> bool:
    """A death's date follows the date that ends at ``end`` across a dash, a life's length (_LIFE_YEARS) after
    ``born`` and not in the future: "… / 29. Apr. 1931 – 18. Juli 2024" of a memorial's plaque.  For a date after
    a person's name, which a life's range makes that person's birth wherever the name stands ("In loving memory
    of Anna Muster / 11/03/1960 – 26/03/2024"; holdout39, read in session 35)."""
    gap = scan.match(_LIFE_SPAN_AFTER, text, end)
    if gap is None:
        return False
    died = _full_year(gap.group("date"))
    return died is not None and 1800 <= born <= died - _LIFE_YEARS and died <= this_year + 1


def _life_lead(text: str, start: int) -> bool:
    """What stands before a life's first date on its line: nothing but a quote's "> ", a bullet, a birth's or a
    death's sign, an opening parenthesis right before ("Anna Muster (12.03.1940 – 01.02.2025)"), or a key that
    names no period ("Headstone: …") -- a period's dates follow words ("Die DDR bestand vom …", "Policy term: …",
    "beschäftigt …"; review of session 31)."""
    k = start
    while k > 0 and text[k - 1] in _LIFE_LEAD and start - k < 8:
        k -= 1
    if k == 0 or text[k - 1] == "\n" or text[start - 1:start] == "(":
        return True
    key = scan.search(_LIFE_KEY, text, max(0, k - 40), k)  # a key's value: "Headstone: September 6, 1929 — …"
    return key is not None and scan.search(PERIOD_WORD, text, key.start(), key.end()) is None


def _full_year(date: str) -> int | None:
    """The four-digit year of a date as written, or None ("01.01.27 – 31. Dezember 2027" is a policy's term)."""
    return next((int(g.group()) for g in scan.finditer(_DIGIT_RUN, date, 0, len(date)) if len(g.group()) == 4), None)


def _year_of(date: str, this_year: int) -> int | None:
    """The year of a date as written ("01.08.2003", "1998-09-08", "06.03.82", "May 10, 1985"), or None."""
    groups = [g.group() for g in scan.finditer(_DIGIT_RUN, date, 0, len(date))]
    four = [int(g) for g in groups if len(g) == 4]
    if four:
        return four[0]
    if len(groups) == 3 and len(groups[-1]) == 2:
        yy = int(groups[-1])
        return 2000 + yy if yy <= this_year % 100 else 1900 + yy
    return None


_FIRST_DATE = scan.compile(rf"(?<![\w.])(?:{DATE})(?!\d)")
# A life's dates, as death notices, gravestones and family trees write them: "22 SEPTEMBRE 1940 – 14 SEPTEMBRE
# 2025", "Jun. 15, 1941 – Aug. 14, 2024", "06.09.1929 - 25.11.2025" -- two full dates across a dash, the second
# at least _LIFE_YEARS later, first on its line or in parentheses: the first is a birth (holdout35, read in session
# 31: a stonemason's orders).  Read
# from each dash: the date after it matched there, the one before it searched in the 32 characters before.
_LIFE_DASH = scan.compile(r"[–—]|(?<=[ \u00a0])-")  # (a hyphen only with a space before it)
_LIFE_GAP = scan.compile(r"[ \u00a0]{0,2}(?:†[ ]?)?")
_LIFE_AFTER = scan.compile(rf"(?:{DATE})(?!\d)")
_LIFE_BEFORE = scan.compile(rf"(?<![\w./\-])(?P<date>{DATE})\Z")
_LIFE_YEARS = 16
# (a dash with a space either side or none, a hyphen only with spaces: "1931 – 2024", "1931–2024", "1931 - 2024")
_LIFE_SPAN_AFTER = scan.compile(
    rf"(?:[ \u00a0]{{0,2}}[–—]|[ \u00a0]-(?=[ \u00a0]))[ \u00a0]{{0,2}}(?:†[ ]?)?(?P<date>{DATE})(?!\d)"
)
_LIFE_GATE = Gate(("–", "—", " - ", "\u00a0-"))
_LIFE_LEAD = frozenset(" \t>*•-✝†")
_LIFE_KEY = scan.compile(r"(?:\A|\n)[ \t]{0,8}+[^\W\d_][^\n:]{0,30}+:[ \t]{0,8}+\Z")
PERIOD_WORD = scan.compile(  # (a word's start: not "please", "Bailey", "Vereinsmitglied"; the review of session 31)
    r"(?<![^\W\d_])(?i:term|period|laufzeit|periode|zeitraum|durée|durata|periodo|validit|gültig|contract|vertrag"
    r"|lease|bail(?![^\W\d_])|miete|loyer|affitto|employ|beschäftig|emploi|impiego|mandat|amtszeit|membership)"
)
_DIGIT_RUN = scan.compile(r"\d{1,8}+")


def _volume_before(text: str, cue_start: int) -> bool:
    return scan.search(_VOLUME_BEFORE, text, max(0, cue_start - 4), cue_start) is not None


class BirthDateDetector:
    """Cue-anchored dates of birth."""

    name = "dob"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the date part (not the cue) as DOB, with a time of day written onto it
        ("1949-10-10T00:00:00Z", as exports of directories and APIs write a date of birth)."""
        for entity in self._dates(text):
            time = scan.match(_TIME_AFTER, text, entity.end) if text[entity.end:entity.end + 1] == "T" else None
            if time is None:
                yield entity
            else:
                yield Entity(entity.start, time.end(), EntityType.DOB, text[entity.start:time.end()])
            if text[entity.end:entity.end + 1] in _CORRECTION_STARTS:
                corrected = scan.match(_CORRECTION, text, entity.end)
                # (a correction's year is the birth's, give or take a typo: "geb. 12.03.1985, nicht am 14.05.2026
                # erschienen" is an appointment; review of session 26)
                if corrected is not None and _near_years(entity.text, corrected.group("date")):
                    yield Entity(corrected.start("date"), corrected.end("date"), EntityType.DOB,
                                 corrected.group("date"))

    def _dates(self, text: str) -> Iterator[Entity]:
        this_year = datetime.date.today().year
        for m in scan.finditer(_DOB, text):
            lead = text[m.start():m.start("date")]
            if ".\n" in lead and lead.rstrip(" :\t").rsplit(None, 1)[-1].lower() in _DATE_LABELS:
                continue  # "… Ausweis mit Geburtsdatum.\nTermin: 18.12.2007": the next line's date is an appointment
            yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
        if _STATED_GATE.opens(text):
            yield from _stated_later(text, this_year)
        if _LIFE_GATE.opens(text):
            yield from _life_dates(text, this_year)
        if _JG_GATE.opens(text):
            for m in scan.finditer(_TWO_DIGIT_AFTER_JG, text):  # "Jahrgang 85", "Jg 71" (a wine's "Jg. 22" is recent)
                yy = int(m.group("year"))
                if (2000 + yy if yy <= this_year % 100 else 1900 + yy) <= this_year - 14:
                    yield Entity(m.start("year"), m.end("year"), EntityType.DOB, m.group("year"))
        for m in scan.finditer(_YEAR_CANDIDATE, text):
            digits = m.group().lstrip("'’")
            year = int(digits) if len(digits) == 4 else 2000 + int(digits) if int(digits) <= this_year % 100 \
                else 1900 + int(digits)
            # (a cue ends in a letter, "(*" or a dot ("Jg."), at most a colon and spaces before the year: a cheap test
            # first -- the search cost ~2 us for each year of a table of years)
            last = text[max(0, m.start() - 8):m.start()].rstrip(" \t:")[-1:]
            year_cue = scan.search(_YEAR_CUE_BEFORE, text, max(0, m.start() - 28), m.start()) \
                if year <= this_year and (last.isalpha() or last in "*.") and last else None
            if year_cue is None or (len(digits) == 2 and not year_cue.group().lower().startswith(_SHORT_YEAR_CUES)):
                continue  # ("'85" after "classe" or "Jg." only: "since '85", "the '90s" are no births)
            cue = year_cue.group().lower()
            # "Jahrgang"/"Jg." is a wine's vintage and a journal's volume too, "b." a quiz's answer, "classe" a
            # school's: a person's only fourteen years back or more ("45. Jg. 2019", "a. 2019 b. 2020")
            if cue.startswith(_AGED_CUES) and (year > this_year - 14 or _volume_before(text, year_cue.start())):
                continue
            yield Entity(m.start(), m.end(), EntityType.DOB, m.group())
        if _BORN_SIGN_GATE.opens(text):
            for m in scan.finditer(_BORN_SIGN, text):
                if text[m.start()] == "n" and not _italian_sign(text, m.start()):
                    continue
                yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
        # the cue after the date: "am 13. April 1944 (in Bern) geboren", "ist am 29. August 2026 zur Welt
        # gekommen" (a birth announcement)
        for cue, initials in (("eboren", "gG"), ("elt gekommen", "Ww")):
            pos = text.find(cue)
            while pos >= 0:
                if pos and text[pos - 1] in initials:
                    window_end = pos - 1 if cue == "eboren" else max(0, pos - 5)  # (before "zur"/"auf die")
                    before = scan.search(_DATE_BEFORE_BORN, text, max(0, window_end - 80), window_end)
                    if before is not None:
                        yield Entity(before.start("date"), before.end("date"), EntityType.DOB, before.group("date"))
                pos = text.find(cue, pos + len(cue))
        if _DATE_CALL_GATE.opens(text):
            for m in scan.finditer(_DATE_CALL, text):
                name = scan.search(_CALL_NAME, text, max(0, m.start() - 36), m.start())
                if name is None or "date" not in name.group().lower():
                    continue
                if scan.search(_BIRTH_KEY, text, max(0, name.start() - 60), name.start()) is not None:
                    yield Entity(name.start(), m.end(), EntityType.DOB, text[name.start():m.end()])
        if _BIRTHDAY_GATE.opens(text):
            recent = str(datetime.date.today().year - 1)
            for m in scan.finditer(_BIRTHDAY, text):
                if m.group("date")[-4:] >= recent and m.group("date")[-5:-4] in "./- ":
                    continue  # the coming birthday ("anniversaire le 12 mars 2026"): a plain date
                yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
        if "(" in text or "[" in text:
            yield from _children_dates(text)
        if _HEADING_GATE.opens(text):
            yield from _listed_under_birth_heading(text)
        if ")" in text and scan.search(_SEX_MARK, text) is not None:
            for m in scan.finditer(_SEX_AFTER, text):
                yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))



# A heading that says its list's items give a date of birth: "Kinder (Vorname, Geburtsdatum, Kita/Schule):",
# "Enfants (prénom, date de naissance, école) :", "Children (first name, date of birth, school):"
# (whole words: not "Neugeborene", "Renaissance", "NATO"; not "Geburtstage:", a club's list of round
# birthdays with a day and an age, "am 17. Januar, 75 Jahre")
_HEADING_WORDS = frozenset({"geburtsdatum", "geburtsdaten", "geboren", "naissance", "nascita", "birth", "birthdate",
                            "dob", "geb"})
_HEADING_PUNCTUATION = scan.compile(r"[^\w]{1,64}")
_ITEM_START = scan.compile(r"[ \t]{0,8}(?:[-*•–·][ \t]{1,3}|\d{1,2}[.)][ \t]{1,3})")
_ITEM_DATE = scan.compile(rf"(?<![\w.\-/])(?P<date>{DATE})(?!\d)")
_MAX_ITEMS = 40


def _listed_under_birth_heading(text: str) -> Iterator[Entity]:
    """The first date of each item of a list under a heading that names a date of birth among what
    its items give ("Kinder (Vorname, Geburtsdatum, Kita/Schule):" then "  - Silke, 19.04.2017,
    Krippe").  Each heading line is read once (a lower-case copy of at most 160 characters), each
    item line once, at most _MAX_ITEMS of them; the next ":\n" and ":\r\n" are each searched for
    only once the last one found is passed (searched again from every heading, to the text's end,
    it was quadratic: review of session 16)."""
    lf, crlf = text.find(":\n"), text.find(":\r\n")
    while lf >= 0 or crlf >= 0:
        colon = lf if crlf < 0 or 0 <= lf < crlf else crlf
        line_start = text.rfind("\n", max(0, colon - 160), colon) + 1
        line = text.find("\n", colon) + 1
        heading = text[line_start:colon].lower()
        words = _HEADING_PUNCTUATION.sub(" ", heading).split()
        if (line_start or colon < 160) and not _HEADING_WORDS.isdisjoint(words):
            for _ in range(_MAX_ITEMS):
                item = scan.match(_ITEM_START, text, line)
                if item is None:
                    break
                line_end = text.find("\n", line)
                line_end = len(text) if line_end < 0 else line_end
                m = scan.search(_ITEM_DATE, text, item.end(), line_end)
                # (someone's before the date: "- Silke, 19.04.2017", not an event's "- 12.06.2024 Berlin")
                if m is not None and any(c.isalpha() for c in text[item.end():m.start()]):
                    yield Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"))
                line = line_end + 1
        if 0 <= lf < line:
            lf = text.find(":\n", line)
        if 0 <= crlf < line:
            crlf = text.find(":\r\n", line)


def _children_dates(text: str) -> Iterator[Entity]:
    """Dates in parentheses right after a capitalised word, with a word for children at most 300
    characters before.  The words for children are found by one scan of the text, on the first
    such date (a window searched per date read "A (1.1.19)" x 2,000 up to 300 times a character:
    review of session 13)."""
    cues: list[int] | None = None
    for m in scan.finditer(_DATE_IN_PARENTHESES, text):
        start = m.start()
        name = scan.search(_NAME_BEFORE, text, max(0, start - 33), start)
        if name is None or not text[name.start()].isupper():
            continue
        if cues is None:
            cues = [c.end() for c in scan.finditer(_CHILDREN_CUE, text)]
        k = bisect.bisect_right(cues, start) - 1
        if k >= 0 and cues[k] >= start - 300:
            group = "date" if m.group("date") is not None else "bracketed"
            if m.group("article") is not None and _not_past(m.group("date")):
                continue  # "Riunione (il 12.03.2026)": an event's date, not a birth (review of session 26)
            yield Entity(m.start(group), m.end(group), EntityType.DOB, m.group(group))


def _near_years(first: str, second: str) -> bool:
    """Two dates whose four-digit years (where both have one) are at most ten years apart, or the same digits
    in another order ("01.07.1979 statt 01.07.1997": a typo's swap; second review of session 26)."""
    a, b = scan.search(_YEAR_IN_DATE, first), scan.search(_YEAR_IN_DATE, second)
    if a is None or b is None:
        return True
    return abs(int(a.group()) - int(b.group())) <= 10 or sorted(a.group()) == sorted(b.group())


def _not_past(date: str) -> bool:
    """The date's year is this year or later: no one's birth.  A two-digit year is of this century up to this
    year, else of the last ("(il 06/01/13)" is 2013, a birth; "(am 12.03.26)" this year's event)."""
    this_year = datetime.date.today().year
    year = scan.search(_YEAR_IN_DATE, date)
    if year is not None:
        return int(year.group()) >= this_year
    tail = date.rstrip()[-2:]
    if not tail.isdigit():
        return False  # (a month's name and no year: as a child's birth before)
    yy = int(tail)
    return 2000 + yy >= this_year if yy <= this_year % 100 else False


def _italian_sign(text: str, start: int) -> bool:
    """Italian "n." is "nato" in parentheses, first on its line (spaces before) or after a comma
    that follows a name ("Swen Guscetti, n. 15/07/1911"; not "Rif. fattura, n. 12/03/24")."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] in "(\n":
        return True
    if text[k - 1] != ",":
        return False
    word = text[max(0, k - 31):k - 1].rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper() and word[0].isalpha()
