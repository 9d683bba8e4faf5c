"""Text written with combining marks: decomposed Unicode (NFD), as macOS, some PDFs and some web
pages hand it over ("Mu\\u0308ller": "u" and a combining diaeresis), and letters Unicode has no
single character for ("Morẹ́nikẹ́": "ẹ" and a combining acute).  Every detector reads words as runs of
letters, and a combining mark is no letter: "Jürgen Müller" and "3. März 1980" written decomposed
were no name and no date at all, and "8001 Zürich" was cut at the "u" (found in session 12).
The invisible characters of typeset and web text do the same inside a word: a soft hyphen
("Mül\u00adler" left "ler" in clear), a zero-width space or joiner, a word joiner.

The detectors read instead a *detection text*: each letter with its marks composed (NFC), marks
that compose with nothing dropped, and for each of its characters the span of the characters it
came from.  A span found there is the span of the same characters in the original, marks included.
Letters written as escapes are read the same way (found in the review of session 12): JSON's
("J\\u00fcrgen M\\u00fcller", as Python's json.dumps writes every letter outside ASCII -- the fields
detector decoded them in a name's value only, a message's text left the name, the street and the
town in clear) and HTML's ("Herr M&uuml;ller", "W&#243;jcik", "Anna&nbsp;Okonkwo"), and HTML's
separators between a name and what follows ("Gérant: Thomas Besse &middot; IBAN …", holdout9).  An
escape of anything else stays as written ("&amp;", "&lt;", "\\u0022": the text's structure).

LaTeX is read so too, in a text with a LaTeX command ("\\address{", "\\textbf{", "\\\"{u}"): its
accents ("Z\\\"urich", "Z\\\"{u}rich", "Z{\\\"u}rich", "Fran\\c{c}ois"), its letters ("Stra\\ss{}e",
"Bj\\o rn") and its line breaks ("\\\\", "\\\\[2pt]", "\\newline") -- the address detectors' view
(markup.py) read "\\\"u" only, and a name or street with any other form was cut or missed.

Mail headers pasted from an e-mail's source write a name outside ASCII as an RFC 2047 encoded word
("Reply-To: =?UTF-8?Q?Tr=C3=A9sor_Tshibanda?= <…>", "=?utf-8?B?SsO8cmdlbiBNw7xsbGVy?="): the rules
read "Tr", "C3", "A9sor_Tshibanda", and at most the surname came out (holdout7, session 13).  The
detection text reads the decoded words; whatever is found in one maps to the whole encoded word.

Linear: one C scan finds the letters with marks and the escapes (and one LaTeX's); text between them
is copied in one piece (its map by ``range``); only a text holding a combining mark of the Latin
script's blocks, an escaped letter or LaTeX is read so.
"""

from __future__ import annotations

import base64
import html
import quopri
import unicodedata

from .detectors import scan
from .markup import line_break_at

# the Latin script's combining blocks, and the invisible characters typeset and web text carries
# inside words: soft hyphens ("Mül\u00adler"), zero-width spaces and joiners, word joiners, BOMs
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060\ufeff"
# A character and its marks (or marks alone, after 64 of them: zalgo text is read, not skipped).
_CLUSTER = f"[^{_MARKS}]?[{_MARKS}]{{1,64}}+"
# A JSON or HTML escape ("\\u00fc", "&uuml;", "&#252;", "&#xfc;"); a named one of at most 32 characters.
_ESCAPE = r"\\u[0-9a-fA-F]{4}|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_PIECE = scan.compile(f"(?P<escape>{_ESCAPE})|{_CLUSTER}")
_MARK = scan.compile(f"[{_MARKS}]")
# What a composed text that still needs the detection text holds: an invisible character, or one of
# the marks Unicode has no precomposed letter for with some base ("ẹ́"; zalgo draws on these too).
# Substring tests (~1 us each on the ~2,000-token prompt) before a scan of every character (~50 us).
_TELLTALE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0300", "\u0301", "\u0302",
             "\u0303", "\u0304", "\u0306", "\u0307", "\u0308", "\u030a", "\u030b", "\u030c", "\u0323",
             "\u0327", "\u0328", "\u0331")


def _latin1(text: str) -> bool:
    """Every character of ``text`` is below U+0100 (Latin-1: most German, French and Italian prose).
    A copy of a text CPython stores one byte a character (a memcpy), or one pass to its first wider
    character: cheaper than the regex and normalisation checks it answers for such a text."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _has_mark(text: str, latin1: bool | None = None) -> bool:
    """A combining mark or an invisible character: none in ASCII; in Latin-1 only the soft hyphen
    can be one; none in a composed (NFC) text without one of the telltale characters (C calls only);
    else one scan. ``latin1``: whether the text is Latin-1, where the caller knows (_latin1)."""
    if text.isascii():
        return False
    if latin1 is None:
        latin1 = _latin1(text)
    if latin1:
        return "\u00ad" in text  # (the only one of _MARKS below U+0100)
    if unicodedata.is_normalized("NFC", text) and not any(c in text for c in _TELLTALE):
        return False
    return scan.search(_MARK, text) is not None
# Whether a text has an escape is asked at each "\\" and "&" that str.find finds (one character: memchr);
# one pattern for marks and escapes cost the ~2,000-token prompt ~95 us more than the marks' alone.
_ESCAPE_AT = scan.compile(_ESCAPE)


# LaTeX: a command with an argument, "\\newline" or an accent in braces says a text is LaTeX (JSON writes
# "\\\"" too: its bare accents are read in LaTeX only).  Code writes LaTeX's commands with the backslash
# escaped ("'\\\\item[]{…}'", "\\\\frac{"): no marker, and "\\\\" before a command is no line break.
_LATEX_MARKER = scan.compile(
    r"(?<!\\)\\[a-zA-Z]{2,30}\{|\\newline(?![A-Za-z])|\\[\"'`^~=.uvHcdbkr]\{[A-Za-z]\}|\{\\[\"'`^~=.][A-Za-z]\}"
)
_LATEX = scan.compile(
    r"(?P<newline>\\\\(?![a-zA-Z]{2,30}+[{\[@])(?:\[[^\]\n]{0,12}+\])?|\\newline(?![A-Za-z]))"
    r"|\{\\(?P<a1>[\"'`^~=.])(?P<l1>[A-Za-z])\}"
    r"|\\(?P<a2>[\"'`^~=.uvHcdbkr])\{(?P<l2>[A-Za-z])\}"
    r"|\\(?P<a3>[\"'`^~=.])(?P<l3>[A-Za-z])"
    r"|\\(?P<letter>ss|ae|AE|oe|OE|aa|AA|o|O|l|L)(?:\{\}|[ ](?=[a-z])|(?![A-Za-z]))"
)
# An RFC 2047 encoded word: charset, Q or B encoding, the encoded text (at most 75 characters by the
# RFC; 400 here), in a text with "=?" (one substring test).
_MIME_WORD = scan.compile(r"=\?(?P<charset>[A-Za-z0-9_\-]{1,40})\?(?P<enc>[QqBb])\?(?P<data>[^?\s]{1,400})\?=")
# Full-width forms (U+FF01-U+FF5E, and the ideographic space), as East Asian input methods type Latin
# letters and digits: "０７９ １２３ ４５ ６７", "ＣＨ９３ ００７６ …" were no number to the rules (review of
# session 20).  Read as the ASCII characters they stand for, one for one.
_WIDE = scan.compile("[\uff01-\uff5e\u3000]")
# A backslash that escapes a dot, underscore, hyphen, at or plus inside a word, as a regular expression
# ("^anna\\.meier@example\\.ch$") or Markdown ("anna\\_meier@…") writes an address: read without it
# (review of session 20: "anna" and "meier@example" were left in clear).  Not before a letter: "C:\\Users".
_SLASHED = scan.compile(r"(?<=[^\W_])\\{1,2}(?=[._\-@+][^\W_])")  # (two inside a JSON string: "anna\\\\.meier")


def _narrow(c: str) -> str:
    return " " if c == "\u3000" else chr(ord(c) - 0xFEE0)


_LATEX_ACCENTS = {
    '"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
    "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "d": "\u0323", "b": "\u0331", "k": "\u0328",
    "r": "\u030a",
}
_LATEX_LETTERS = {"ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "o": "ø", "O": "Ø",
                  "l": "ł", "L": "Ł"}


def detection_text(text: str) -> tuple[str, list[int], list[int]] | None:
    """(The detection text, for each of its characters the start and the end of the characters of
    ``text`` it stands for), or None when ``text`` holds no combining mark, invisible character,
    escaped letter or LaTeX and is read as it is."""
    latex = "\\" in text and scan.search(_LATEX_MARKER, text) is not None
    mime = "=?" in text and scan.search(_MIME_WORD, text) is not None
    latin1 = text.isascii() or _latin1(text)  # (no full-width form, and at most a soft hyphen of the marks)
    wide = not latin1 and scan.search(_WIDE, text) is not None
    slashed = "\\" in text and scan.search(_SLASHED, text) is not None
    if not latex and not mime and not wide and not slashed and not _has_mark(text, latin1) and not _has_escape(
            text, "\\") and not _has_escape(text, "&"):
        return None
    pieces = _pieces(text)
    if latex:
        pieces = _merged(pieces, _latex_pieces(text))
    if mime:
        pieces = _merged(pieces, _mime_pieces(text))
    if wide:
        pieces = _merged(pieces, [(m.start(), m.end(), _narrow(m.group())) for m in scan.finditer(_WIDE, text)])
    if slashed:
        pieces = _merged(pieces, [(m.start(), m.end(), "") for m in scan.finditer(_SLASHED, text)])
    if not pieces:
        return None  # escapes of other characters only ("R&amp;D")
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, letters in pieces:
        if a > pos:
            out.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        for c in letters:
            out.append(c)
            starts.append(a)
            ends.append(b)
        pos = b
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends


def _has_escape(text: str, start: str) -> bool:
    """An escape starts at one of the places ``start`` is written (after 64 of them without one, the
    rest is scanned: a text of backslashes is no Python step per character)."""
    pos = text.find(start)
    for _ in range(64):
        if pos < 0:
            return False
        if scan.match(_ESCAPE_AT, text, pos) is not None:
            return True
        pos = text.find(start, pos + 1)
    return pos >= 0 and scan.search(_ESCAPE_AT, text, pos) is not None


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """(Start, end, what the detection text reads) of each cluster and each escape it decodes."""
    pieces: list[tuple[int, int, str]] = []
    for m in scan.finditer(_PIECE, text):
        if m.group("escape") is not None:
            decoded = _unescaped(m.group())
            if decoded is not None and len(decoded) == 1 and unicodedata.category(decoded)[0] == "P":
                decoded = _punctuation_in_place(text, m.start(), m.end(), decoded)
            if decoded is not None:
                pieces.append((m.start(), m.end(), decoded))
            continue
        # the letter, composed where Unicode has it ("ü"), else bare ("ẹ"); the marks dropped
        letters = "".join(c for c in unicodedata.normalize("NFC", m.group())
                          if not unicodedata.combining(c) and unicodedata.category(c) not in ("Mn", "Cf"))
        pieces.append((m.start(), m.end(), letters))
    return pieces


def _latex_pieces(text: str) -> list[tuple[int, int, str]]:
    """(Start, end, what the detection text reads) of LaTeX's line breaks, accents and letters."""
    pieces: list[tuple[int, int, str]] = []
    for m in scan.finditer(_LATEX, text):
        if m.group("newline") is not None:
            # (nothing where a line break follows already: a second one left a blank line between a
            # street and its postcode line, "Bahnhofstrasse 12\\\\\n8001 Zürich}"; review of session 17)
            read = "" if line_break_at(text, m.end()) else "\n"
        elif m.group("letter") is not None:
            read = _LATEX_LETTERS[m.group("letter")]
        else:
            accent, letter = next((m.group(f"a{k}"), m.group(f"l{k}")) for k in (1, 2, 3) if m.group(f"a{k}"))
            composed = unicodedata.normalize("NFC", letter + _LATEX_ACCENTS[accent])
            read = composed if len(composed) == 1 else letter  # "Z\\\"urich" -> "Zürich"
        pieces.append((m.start(), m.end(), read))
    return pieces


def _mime_pieces(text: str) -> list[tuple[int, int, str]]:
    """(Start, end, the decoded text) of each RFC 2047 encoded word a codec can read."""
    pieces: list[tuple[int, int, str]] = []
    for m in scan.finditer(_MIME_WORD, text):
        data = m.group("data")
        try:
            if m.group("enc") in "Qq":
                raw = quopri.decodestring(data.replace("_", " ").encode("ascii"), header=True)
            else:
                raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
            decoded = raw.decode(m.group("charset"))
        except (ValueError, LookupError, UnicodeError):
            continue  # not an encoded word after all, or a charset Python has no codec for: as written
        pieces.append((m.start(), m.end(), decoded.replace("\r", " ").replace("\n", " ")))
    return pieces


def _merged(first: list[tuple[int, int, str]], second: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Both lists of pieces in the text's order; a piece overlapping one before it is dropped."""
    out: list[tuple[int, int, str]] = []
    for piece in sorted(first + second):
        if not out or piece[0] >= out[-1][1]:
            out.append(piece)
    return out


def _punctuation_in_place(text: str, start: int, end: int, c: str) -> str | None:
    """What an escaped punctuation mark (text[start:end], ``c``) is read as.  With a space or a
    line's end beside it, as written: a separator ("Alena Eberth &middot; IBAN"), a quotation mark.
    Between digits as written too ("12&#47;03&#47;1980", "044&#47;668 18 00").  Inside a word (a
    letter on one side, a letter or digit on the other) only what words hold: a dash is a hyphen
    ("Meier&ndash;Keller" is one double name, "5&ndash;7" a house number's range), an apostrophe,
    a dot and an at sign are themselves ("O&rsquo;Brien", "anna&#46;meier&#64;example.ch"); any
    other stays as written (review of session 14: "Meier&middot;Keller", "Keller&#47;Bucher" read
    as one word left "Keller" in clear, which the escape as written had let the rules find)."""
    before, after = text[start - 1:start], text[end:end + 1]
    if not (before.isalnum() and after.isalnum()) or (before.isdigit() and after.isdigit() and c != "·"):
        return c  # (between digits as written: "12&#47;03&#47;1980", "044&#47;668 18 00")
    if unicodedata.category(c) == "Pd":
        return "-"
    return c if c in "’.@" else None


def _unescaped(escape: str) -> str | None:
    """The letter an escape writes; "" for a mark or an invisible character (dropped as above), " "
    for a space within a line ("&nbsp;"); HTML's dashes, dots and quotation marks ("&middot;", "&ndash;",
    "&laquo;"); None for anything else (it stays as written: "&amp;", "&lt;", JSON's "\\u0022")."""
    c = chr(int(escape[2:], 16)) if escape[0] == "\\" else html.unescape(escape)
    if len(c) != 1:
        return None  # an unknown name: "&foo;" is read as it is
    category = unicodedata.category(c)
    if category[0] == "L":
        return c
    if category in ("Mn", "Me", "Cf"):
        return ""
    if c.isspace() and c not in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
        return " "
    if escape[0] == "&" and category in ("Pd", "Po", "Pi", "Pf") and c not in "&\"'<>":
        return c  # HTML's separators and quotes in a line: "Geschäftsführer: Alena Eberth &middot; IBAN …"
    if escape in ("&lt;", "&gt;"):
        return c  # an address's angle brackets: "Jürg Müller &lt;juerg@example.org&gt;" (review of session 20)
    return None
