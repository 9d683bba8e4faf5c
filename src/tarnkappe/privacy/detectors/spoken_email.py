"""E-mail addresses spelled out as people say them on a call and transcripts write them: "amy punkt
walder at gmail punkt com", "a point hernandez arobase wanadoo point fr", "yuksel punto vefia
chiocciola hispeed punto ch" (issue 13: holdout6's call transcripts) -- and as web pages and
signatures hide them from harvesters: "amy.walder (at) gmail (dot) com", "amy.walder[at]gmail.com".

The "at" word of each language is the anchor; the domain after it must have at least one dot --
spoken, in brackets or written -- and end in a TLD of letters; the local part before it is one to
four words joined by such dots, dashes or underscores.  The spoken words in any case: German writes
the noun "Punkt" capitalised, a transcript may capitalise every word ("Amy Punkt Walder at Gmail
Punkt com").  German and English "at" is also a preposition ("looked at the dot com bubble"): with
it, the local part must be joined or have a digit, an e-mail word ("Adresse", "mail", "courriel",
"indirizzo") must stand shortly before, or the domain must be a mail provider's ("walder at gmail
dot com").  " @ " between written dots only is code ("weights.T @ inputs.mean"), not a spelled-out
address (an address written whole is the contact detector's).

Linear: the anchors are found by one scan; each reads at most ~160 characters before and after.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan

_SPOKEN_DOT = r"(?i:punkt|dot|point|punto)"
_SPOKEN_JOIN = r"(?i:punkt|dot|point|punto|unterstrich|underscore|tiret|trattino|bindestrich|minus|dash)"
# a dot between two labels: spoken ("gmail punkt com"), in brackets ("gmail (dot) com", "gmail[dot]com")
# or written ("gmail.com")
_DOT = rf"(?:[ ]{_SPOKEN_DOT}[ ]|[ ]?[(\[]{_SPOKEN_DOT}[)\]][ ]?|\.)"
_JOIN = rf"(?:[ ]{_SPOKEN_JOIN}[ ]|[ ]?[(\[]{_SPOKEN_JOIN}[)\]][ ]?|\.)"
_LABEL = r"[^\W_][\w\-]{0,39}+"
# The anchor: an "at" word between spaces, or "(at)", "[at]" with or without them.  Two patterns:
# one that could start with " ", "(" or "[" tried every position (~10x slower on prose); the
# look-ahead lets the engine pass a space before any other word with one test (~2.5x faster).
_AT = scan.compile(
    r"[ ](?=[aAäÄcCkK@])(?P<at>(?i:at-zeichen|at[ ]zeichen|at|ät|arobase|chiocciola|klammeraffe)|@)[ ]")
_AT_BRACKET = scan.compile(r"[(\[{](?i:at|ät|@)[)\]}]")
_DOMAIN = scan.compile(rf"{_LABEL}(?:{_DOT}{_LABEL}){{1,3}}(?![\w\-])")
_LOCAL = scan.compile(rf"(?<![\w\-.@])(?P<local>{_LABEL}(?P<more>(?:{_JOIN}{_LABEL}){{0,3}}))\Z")
_MAIL_WORD = scan.compile(r"(?i:adresse|address|mail|courriel|indirizzo|schreib|écri|scriv|write)")
_COMMON_TLDS = frozenset(
    "com org net edu gov info biz shop store online site email swiss berlin wien paris club pro name".split()
)
# Mail providers: "walder at gmail dot com" is an address without an e-mail word before it.
_PROVIDERS = frozenset(
    "gmail googlemail hotmail outlook msn yahoo ymail aol icloud gmx bluewin hispeed sunrise swissonline "
    "protonmail proton tutanota posteo freenet t-online wanadoo laposte libero tiscali virgilio fastwebnet"
    .split()
)


class SpokenEmailDetector:
    """E-mail addresses spelled out in words or hidden behind "(at)"."""

    name = "contact"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield each spelled-out address as one EMAIL (see the module's docstring)."""
        for m in scan.finditer(_AT, text):
            found = _address_at(text, m.start(), m.end(), m.group("at"))
            if found is not None:
                yield found
        for m in scan.finditer(_AT_BRACKET, text):  # a bracket's spaces are the anchor's: "amy.walder (at) gmail.com"
            start, end = m.start(), m.end()
            found = _address_at(text, start - 1 if text[start - 1:start] == " " else start,
                                end + 1 if text[end:end + 1] == " " else end, None)
            if found is not None:
                yield found


def _address_at(text: str, start: int, end: int, word: str | None) -> Entity | None:
    """The address around the anchor text[start:end] ("at" word ``word``, None for a bracket)."""
    domain = scan.match(_DOMAIN, text, end)
    if domain is None:
        return None
    tld = _tld(domain.group())
    if not tld.isalpha() or len(tld) < 2:
        return None
    local = scan.search(_LOCAL, text, max(0, start - 120), start)
    if local is None or not _plausible(text, word, local, domain.group()):
        return None
    return Entity(local.start(), domain.end(), EntityType.EMAIL, text[local.start():domain.end()])


def _tld(domain: str) -> str:
    """The last label of a domain however its dots are written."""
    for sep in (" ", ".", ")", "]"):
        domain = domain.rsplit(sep, 1)[-1]
    return domain


def _plausible(text: str, word: str | None, local: re.Match[str], domain: str) -> bool:
    """An "at" word may be a preposition and " @ " code's operator (see the module's docstring)."""
    if word is None:
        return True  # "(at)", "[at]": hidden from harvesters, never prose
    spelled = any(c in domain or c in local.group() for c in " ([")  # a dot spoken or in brackets
    if word == "@":  # "weights.T @ inputs.mean": Python's matrix product; "anna.meier @ gmx.ch" an address
        return spelled or _provider_or_mail_word(text, local, domain)
    if word.lower() not in ("at", "ät"):
        return True  # "arobase", "chiocciola", "Klammeraffe", "at-Zeichen"
    provider, mail_word = _provider(domain), _mail_word_before(text, local)
    joined = bool(local.group("more"))
    if not spelled:  # written dots only: "config.yaml at github.com", "looked at gmail.com" are no address
        return provider and (joined or mail_word)
    return provider or mail_word or joined or any(c.isdigit() for c in local.group("local"))


def _provider(domain: str) -> bool:
    first = domain.split(" ", 1)[0].split(".", 1)[0].split("(", 1)[0].split("[", 1)[0].lower()
    return first in _PROVIDERS or "mail" in first


def _mail_word_before(text: str, local: re.Match[str]) -> bool:
    return scan.search(_MAIL_WORD, text, max(0, local.start() - 60), local.start()) is not None


def _provider_or_mail_word(text: str, local: re.Match[str], domain: str) -> bool:
    """A " @ " between a written local part and domain: an address at a mail provider, or after a
    mail word written as a word ("E-Mail: anna.meier @ example.ch", as OCR and dictation space it)
    with a top-level domain of two letters or a common one -- not code's matrix product after a
    name with "mail" in it ("mail_vecs @ model.weight"; reviews of session 17)."""
    if _provider(domain):
        return True
    tld = _tld(domain).lower()
    if not (len(tld) == 2 or tld in _COMMON_TLDS):
        return False
    lo = max(0, local.start() - 60)
    # a mail word as a word of its own or a compound's part ("Mailadresse", "Privatmail", "E-Mail-Adresse"),
    # never a part of code's name ("mail_vecs", "write_output"): the word around it is read here
    for m in scan.finditer(_MAIL_WORD, text, lo, local.start()):
        start, end = m.start(), m.end()
        while start > lo and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        while end < local.start() and (text[end].isalpha() or text[end] == "-"):
            end += 1
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")) and not (
                text[end:end + 1].isalnum() or text[end:end + 1] == "_"):
            return True
    return False
